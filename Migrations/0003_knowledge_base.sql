-- 0003_knowledge_base: cross-article actor resolution and order-independent event merging.
--
-- Actors: `surname` is the transliteration skeleton of a person's last name (indexed, so a
-- surname-only mention finds its candidates without scanning). `actor_link` records, for
-- every article that names an actor, the name it used and why it was linked to this row;
-- an actor's name, aliases, country and codes are computed from its links, so they do not
-- depend on which article came first.
--
-- Events: an event is derived from its mentions. Each mention keeps what its sentence said
-- (type, date interval, object, summary, participants), so the events of a group (same
-- type, same agents) can be recomputed from the mentions alone, whatever the ingest order.

ALTER TABLE actor ADD COLUMN surname TEXT;
CREATE INDEX actor_surname ON actor(surname) WHERE surname IS NOT NULL;

-- One row per article and actor of that article: which name it used and the justification
-- of the link ('same name key', 'surname only; the one known person named Tlass', ...).
CREATE TABLE actor_link (
    actor_id     INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,              -- the name the article used
    key          TEXT    NOT NULL,              -- the resolution key computed from it
    reason       TEXT    NOT NULL,
    aliases      TEXT    NOT NULL DEFAULT '[]', -- JSON array of the other names the article used
    kind         TEXT    NOT NULL,
    country      TEXT,
    cameo_code   TEXT,
    description  TEXT,
    PRIMARY KEY (article_id, key, actor_id)
) STRICT;
CREATE INDEX actor_link_actor ON actor_link(actor_id);
CREATE INDEX actor_link_key ON actor_link(key);

ALTER TABLE event_mention ADD COLUMN type TEXT;
ALTER TABLE event_mention ADD COLUMN date_start TEXT;
ALTER TABLE event_mention ADD COLUMN date_end TEXT;
ALTER TABLE event_mention ADD COLUMN cameo_code TEXT;
ALTER TABLE event_mention ADD COLUMN plover_type TEXT;
ALTER TABLE event_mention ADD COLUMN object TEXT;
ALTER TABLE event_mention ADD COLUMN summary TEXT;
-- Sorted agent actor ids, comma separated ('8,13'); '' when the mention has no agent.
ALTER TABLE event_mention ADD COLUMN agents TEXT;
-- Orders mentions the same way whatever the ingest order: article content hash, sentence, offset.
ALTER TABLE event_mention ADD COLUMN sort_key TEXT;
CREATE INDEX event_mention_group ON event_mention(type, agents);

-- Who took part in an event according to one mention.
CREATE TABLE event_mention_participant (
    mention_id  INTEGER NOT NULL REFERENCES event_mention(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    part        TEXT    NOT NULL CHECK (part IN ('agent', 'target', 'from', 'to', 'location')),
    PRIMARY KEY (mention_id, actor_id, part)
) STRICT;
CREATE INDEX event_mention_participant_actor ON event_mention_participant(actor_id);

-- Existing knowledge bases: fill the new columns from what schema 2 stored.
UPDATE event_mention SET
    type = (SELECT e.type FROM event e WHERE e.id = event_mention.event_id),
    date_start = (SELECT e.date_start FROM event e WHERE e.id = event_mention.event_id AND e.date IS event_mention.date),
    date_end = (SELECT e.date_end FROM event e WHERE e.id = event_mention.event_id AND e.date IS event_mention.date),
    cameo_code = (SELECT e.cameo_code FROM event e WHERE e.id = event_mention.event_id),
    plover_type = (SELECT e.plover_type FROM event e WHERE e.id = event_mention.event_id),
    object = (SELECT e.object FROM event e WHERE e.id = event_mention.event_id),
    summary = (SELECT e.summary FROM event e WHERE e.id = event_mention.event_id),
    agents = coalesce((SELECT group_concat(actor_id, ',') FROM (
        SELECT p.actor_id FROM event_participant p
        WHERE p.event_id = event_mention.event_id AND p.part = 'agent' ORDER BY p.actor_id)), ''),
    sort_key = (SELECT a.content_hash FROM article a WHERE a.id = event_mention.article_id)
        || '|' || substr('000000000' || (SELECT s.ordinal FROM sentence s WHERE s.id = event_mention.sentence_id), -9)
        || '|' || substr('000000000' || event_mention.trigger_start, -9);
INSERT OR IGNORE INTO event_mention_participant(mention_id, actor_id, part)
SELECT m.id, p.actor_id, p.part FROM event_mention m JOIN event_participant p ON p.event_id = m.event_id;
INSERT OR IGNORE INTO actor_link(actor_id, article_id, name, key, reason, kind, country, cameo_code, description)
SELECT a.id, r.article_id, a.name, a.key, 'linked before schema 3', a.kind, a.country, a.cameo_code, a.description
FROM actor a JOIN (
    SELECT m.actor_id, s.article_id FROM mention m JOIN sentence s ON s.id = m.sentence_id
    UNION SELECT r.actor_id, s.article_id FROM role r JOIN sentence s ON s.id = r.sentence_id
    UNION SELECT r.of_actor_id, s.article_id FROM role r JOIN sentence s ON s.id = r.sentence_id WHERE r.of_actor_id IS NOT NULL
    UNION SELECT r.subject_id, s.article_id FROM relation r JOIN sentence s ON s.id = r.sentence_id
    UNION SELECT r.object_id, s.article_id FROM relation r JOIN sentence s ON s.id = r.sentence_id
    UNION SELECT p.actor_id, m.article_id FROM event_participant p JOIN event_mention m ON m.event_id = p.event_id
) r ON r.actor_id = a.id;
