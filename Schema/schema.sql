-- Annals knowledge base: the full current schema (schema version 15; the 0003 to 0008 and 0010 to 0015 blocks at the end; 0009
-- rewrote the CHECK constraints on kinds, statuses, precisions, parts and fields as comparisons, as they read here).
--
-- This file is documentation you can also execute: `sqlite3 new.sqlite < Schema/schema.sql`
-- makes the same tables, indexes, triggers and views as migrating an empty database with
-- Migrations/*.sql (a test checks it). Change the schema by adding a migration, then update
-- this file by hand. An Annals database also has PRAGMA application_id = 0x416E6E6C ('Annl')
-- and PRAGMA user_version = the latest migration applied.
--
-- Useful in the sqlite3 shell:
--   SELECT * FROM defections;                         -- who defected, when, with a role
--   SELECT * FROM actor_roles WHERE actor LIKE '%Fares%';
--   SELECT title FROM article_fts WHERE article_fts MATCH 'veto*';
--   SELECT date, title FROM event_timeline WHERE type = 'veto';
--   SELECT name, title, sql FROM saved_query;

-- Migrations applied to this file (written by Annals itself, not by a migration).
CREATE TABLE annals_migration (
    version     INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    applied_at  TEXT    NOT NULL            -- UTC, YYYY-MM-DDTHH:MM:SSZ
) STRICT;


-- One row per distinct article (content_hash = SHA-256, lower-case hex, of title + "\n" + body).
CREATE TABLE article (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,
    path             TEXT,                      -- file it was read from (path:LINE for JSONL)
    url              TEXT,
    title            TEXT,
    source           TEXT,
    published        TEXT,                      -- YYYY-MM-DD, NULL when unknown
    published_basis  TEXT    NOT NULL DEFAULT 'unknown',  -- metadata|flag|dateline|caption|weekday|text|unknown
    ingested_at      TEXT    NOT NULL,          -- UTC, YYYY-MM-DDTHH:MM:SSZ
    body             TEXT    NOT NULL           -- cleaned text that every offset refers to
) STRICT;
CREATE INDEX article_url ON article(url);
CREATE INDEX article_published ON article(published);

-- Full-text search over titles and bodies: SELECT * FROM article_fts WHERE article_fts MATCH 'defect*'.
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='article', content_rowid='id');
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Sentences of an article, in order; evidence for every fact points here.
CREATE TABLE sentence (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,               -- 0-based position in the article
    start       INTEGER NOT NULL,               -- character offset into article.body
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    UNIQUE (article_id, ordinal)
) STRICT;

-- People, countries, organisations, groups and places, merged across articles.
-- key is the resolution key: 'country:SYR', 'person:nawaf fares', 'unnamed:12:3'.
CREATE TABLE actor (
    id           INTEGER PRIMARY KEY,
    key          TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind = 'person' OR kind = 'country' OR kind = 'organization' OR kind = 'group' OR kind = 'location'),
    is_named     INTEGER NOT NULL DEFAULT 1,    -- 0 for "a North Korean soldier"
    country      TEXT,                          -- ISO 3166 alpha-3 of the actor's country
    cameo_code   TEXT,
    description  TEXT                           -- words describing an unnamed actor
, surname TEXT) STRICT;
CREATE INDEX actor_name ON actor(name);

-- Every spelling an actor was seen under; normalized = lower-case, accents and dots removed.
CREATE TABLE actor_alias (
    actor_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    alias       TEXT    NOT NULL,
    normalized  TEXT    NOT NULL,
    PRIMARY KEY (actor_id, normalized)
) STRICT;
CREATE INDEX actor_alias_normalized ON actor_alias(normalized);

-- Where an actor is named in a sentence.
CREATE TABLE mention (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT    NOT NULL
) STRICT;
CREATE INDEX mention_actor ON mention(actor_id);
CREATE INDEX mention_sentence ON mention(sentence_id);

-- Roles an actor holds: Nawaf Fares, 'ambassador to Iraq', of Syria.
CREATE TABLE role (
    id           INTEGER PRIMARY KEY,
    actor_id     INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    title        TEXT    NOT NULL,
    of_actor_id  INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    is_former    INTEGER NOT NULL DEFAULT 0,
    valid_from   TEXT,
    valid_to     TEXT,
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX role_actor ON role(actor_id);
CREATE INDEX role_sentence ON role(sentence_id);

-- Real-world events, merged across mentions and articles.
CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    type            TEXT    NOT NULL,           -- defection, veto, resolution_adopted, ...
    cameo_code      TEXT,
    plover_type     TEXT,
    date            TEXT,                       -- as read: 2012-07-12, 2011-08, 2010, or the 'before' bound
    date_start      TEXT,                       -- first day of the interval (YYYY-MM-DD)
    date_end        TEXT,                       -- last day of the interval, or the 'before' bound
    date_precision  TEXT    NOT NULL CHECK (date_precision = 'day' OR date_precision = 'week' OR date_precision = 'month' OR date_precision = 'quarter' OR date_precision = 'season' OR date_precision = 'year' OR date_precision = 'decade' OR date_precision = 'century' OR date_precision = 'before' OR date_precision = 'unknown'),
    date_basis      TEXT,                       -- the words that gave the date
    status          TEXT    NOT NULL CHECK (status = 'asserted' OR status = 'denied' OR status = 'rumored' OR status = 'claimed' OR status = 'negated' OR status = 'hypothetical' OR status = 'called_for'),
    object          TEXT,                       -- what it was about ("a U.S.-backed resolution ...")
    summary         TEXT    NOT NULL
) STRICT;
CREATE INDEX event_type_date ON event(type, date_end);
CREATE INDEX event_date ON event(date_end);

CREATE TABLE event_participant (
    event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    part      TEXT    NOT NULL CHECK (part = 'agent' OR part = 'target' OR part = 'from' OR part = 'to' OR part = 'location'),
    PRIMARY KEY (event_id, actor_id, part)
) STRICT;
CREATE INDEX event_participant_actor ON event_participant(actor_id, part);

-- Each reading of an event in a sentence, with what that source said of its status and date.
CREATE TABLE event_mention (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence_id     INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    status          TEXT    NOT NULL,
    date            TEXT,
    date_precision  TEXT    NOT NULL,
    date_basis      TEXT
, type TEXT, date_start TEXT, date_end TEXT, cameo_code TEXT, plover_type TEXT, object TEXT, summary TEXT, agents TEXT, sort_key TEXT, merge_window TEXT NOT NULL DEFAULT '') STRICT;
CREATE INDEX event_mention_event ON event_mention(event_id);
CREATE INDEX event_mention_article ON event_mention(article_id);

-- Actor-actor facts: ambassador_to, member_of, leader_of, spokesperson_of, envoy_of, ...
CREATE TABLE relation (
    id           INTEGER PRIMARY KEY,
    subject_id   INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    predicate    TEXT    NOT NULL,
    object_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    valid_from   TEXT,
    valid_to     TEXT,
    sentence_id  INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX relation_subject ON relation(subject_id);
CREATE INDEX relation_object ON relation(object_id);

-- Named queries, usable from `annals query run NAME` and from the sqlite3 shell.
CREATE TABLE saved_query (
    name         TEXT PRIMARY KEY,
    sql          TEXT NOT NULL,
    title        TEXT,
    description  TEXT,
    parameters   TEXT,                          -- JSON array of :parameter names
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
    , defaults   TEXT                           -- JSON object: parameter -> value used when a run gives none
) STRICT;

-- The roles of each actor, with the organisation or country spelled out.
CREATE VIEW actor_roles AS
SELECT r.actor_id,
       a.name AS actor,
       r.title,
       o.name AS of,
       CASE WHEN o.name IS NOT NULL THEN o.name || '''s ' || r.title ELSE r.title END AS label,
       r.is_former,
       r.valid_from,
       r.valid_to,
       s.article_id,
       s.text AS evidence
FROM role r
JOIN actor a ON a.id = r.actor_id
LEFT JOIN actor o ON o.id = r.of_actor_id
JOIN sentence s ON s.id = r.sentence_id;

-- One row per event and agent, with a role for the agent and the first source.
CREATE VIEW event_agents AS
SELECT e.id AS event_id,
       e.type,
       a.id AS actor_id,
       a.name AS actor,
       (SELECT ar.label FROM actor_roles ar WHERE ar.actor_id = a.id ORDER BY ar.is_former, length(ar.label) DESC LIMIT 1) AS role,
       e.date,
       e.date_precision,
       e.date_start,
       e.date_end,
       e.status,
       e.object,
       e.summary,
       (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS sources
FROM event e
JOIN event_participant p ON p.event_id = e.id AND p.part = 'agent'
JOIN actor a ON a.id = p.actor_id;

CREATE VIEW defections AS SELECT * FROM event_agents WHERE type = 'defection';
CREATE VIEW vetoes AS SELECT * FROM event_agents WHERE type = 'veto';
CREATE VIEW resolutions AS SELECT * FROM event_agents WHERE type LIKE 'resolution%';

-- How each event type reads in a headline: "vetoes", or "veto" after several agents.
CREATE TABLE event_type_phrase (
    type      TEXT PRIMARY KEY,
    singular  TEXT NOT NULL,                    -- "vetoes"
    plural    TEXT NOT NULL,                    -- "veto"
    takes_object INTEGER NOT NULL DEFAULT 0,    -- 1: the event's object follows ("vetoes a resolution ...")
    default_object TEXT                         -- when the event has none
) STRICT;
INSERT INTO event_type_phrase(type, singular, plural, takes_object, default_object) VALUES
    ('defection',           'defects',              'defect',              0, NULL),
    ('veto',                'vetoes',               'veto',                1, 'a resolution'),
    ('resolution_adopted',  'adopts',               'adopt',               1, 'a resolution'),
    ('resolution_failed',   'fails to adopt',       'fail to adopt',       1, 'a resolution'),
    ('resolution_proposed', 'proposes',             'propose',             1, 'a resolution'),
    ('resignation',         'resigns',              'resign',              0, NULL),
    ('appointment',         'is appointed',         'are appointed',       0, NULL),
    ('statement',           'makes a statement',    'make a statement',    0, NULL),
    ('appeal',              'makes an appeal',      'make an appeal',      0, NULL),
    ('meeting',             'meets',                'meet',                0, NULL),
    ('agreement',           'agrees',               'agree',               0, NULL),
    ('criticism',           'criticizes',           'criticize',           0, NULL),
    ('demand',              'makes a demand',       'make a demand',       0, NULL),
    ('protest',             'protests',             'protest',             0, NULL),
    ('threat',              'threatens',            'threaten',            0, NULL),
    ('sanction',            'imposes sanctions',    'impose sanctions',    0, NULL),
    ('attack',              'attacks',              'attack',              0, NULL);

-- One row per event the sources report (asserted, claimed, rumored, denied), ready for a
-- timeline: `date` as read (2012-07-12, 2011-08, 2010; for `before`, the bound),
-- `end_date` the last day of a span (week, month, year, ...; NULL for a day or `before`),
-- `title` a headline built from the agents, the role of a single agent and the type
-- ("Nawaf Fares, Syria's ambassador to Iraq, defects"), `text` the first sentence that
-- reports it, `actors` every participant, `source_url` the first article's address.
--   sqlite3 annals.sqlite "select date, title from event_timeline where type = 'veto'"
CREATE VIEW event_timeline AS
WITH agents AS (
    SELECT event_id, count(*) AS n, group_concat(name, ', ') AS names, min(actor_id) AS first_id
    FROM (SELECT p.event_id, a.id AS actor_id, a.name
          FROM event_participant p
          JOIN actor a ON a.id = p.actor_id
          WHERE p.part = 'agent'
          ORDER BY p.event_id, a.name)
    GROUP BY event_id
),
first_mention AS (
    SELECT m.event_id, s.text, ar.url, ar.published,
           row_number() OVER (PARTITION BY m.event_id ORDER BY ar.published IS NULL, ar.published, m.article_id, s.ordinal, m.id) AS k
    FROM event_mention m
    JOIN sentence s ON s.id = m.sentence_id
    JOIN article ar ON ar.id = m.article_id
)
SELECT e.date,
       e.date_precision,
       CASE WHEN e.date_precision IN ('week', 'month', 'quarter', 'season', 'year', 'decade', 'century')
            THEN e.date_end END AS end_date,
       e.type,
       coalesce(ag.names, 'Someone')
       || CASE WHEN ag.n = 1 THEN coalesce((
              SELECT ', ' || replace(ar.label, 's''s ', 's'' ') || ','
              FROM actor_roles ar
              JOIN actor a ON a.id = ar.actor_id
              LEFT JOIN event_mention m ON m.event_id = e.id AND m.article_id = ar.article_id
              WHERE ar.actor_id = ag.first_id
                AND instr(lower(a.name), lower(ar.title)) = 0
              ORDER BY m.id IS NULL, ar.is_former, length(ar.label) DESC
              LIMIT 1), '') ELSE '' END
       || ' '
       || coalesce(CASE WHEN coalesce(ag.n, 1) > 1 THEN ph.plural ELSE ph.singular END, replace(e.type, '_', ' '))
       || CASE WHEN ph.takes_object = 1 THEN ' ' || coalesce(
              CASE WHEN length(e.object) > 90 THEN substr(e.object, 1, 89) || '…' ELSE e.object END,
              ph.default_object, '') ELSE '' END
       || CASE WHEN e.status = 'asserted' THEN '' ELSE ' (' || e.status || ')' END AS title,
       fm.text,
       (SELECT group_concat(name, '; ') FROM (
            SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
            WHERE p.event_id = e.id
            ORDER BY CASE p.part WHEN 'agent' THEN 0 WHEN 'target' THEN 1 WHEN 'from' THEN 2 WHEN 'to' THEN 3 ELSE 4 END, a.name)
       ) AS actors,
       fm.url AS source_url,
       e.status,
       e.id AS event_id
FROM event e
LEFT JOIN agents ag ON ag.event_id = e.id
LEFT JOIN event_type_phrase ph ON ph.type = e.type
LEFT JOIN first_mention fm ON fm.event_id = e.id AND fm.k = 1
WHERE e.status IN ('asserted', 'claimed', 'rumored', 'denied');

-- Built-in saved queries (`annals query list`); a user's query of the same name wins.
INSERT OR IGNORE INTO saved_query(name, sql, title, description, parameters, created_at, updated_at) VALUES
    ('defections',
     'SELECT * FROM event_timeline WHERE type = ''defection'' ORDER BY date IS NULL, date, event_id',
     'Defections', 'Every reported defection, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('vetoes',
     'SELECT * FROM event_timeline WHERE type = ''veto'' ORDER BY date IS NULL, date, event_id',
     'Vetoes', 'Every reported veto, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('resolutions',
     'SELECT * FROM event_timeline WHERE type LIKE ''resolution%'' ORDER BY date IS NULL, date, event_id',
     'Resolutions', 'Resolutions proposed, adopted and failed, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('actor-timeline',
     'SELECT t.* FROM event_timeline t
WHERE t.event_id IN (
    SELECT p.event_id FROM event_participant p
    JOIN actor_alias al ON al.actor_id = p.actor_id
    WHERE al.normalized = lower(:actor) OR lower(al.alias) = lower(:actor) OR al.normalized LIKE ''% '' || lower(:actor))
ORDER BY t.date IS NULL, t.date, t.event_id',
     'An actor''s timeline', 'Every reported event an actor took part in: --param actor=NAME.', '["actor"]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- From 0003_knowledge_base: cross-article resolution (see the migration for details).
-- actor.surname: transliteration skeleton of a person's surname; event_mention keeps what
-- its sentence said so events can be reclustered from mentions whatever the ingest order.
CREATE INDEX actor_surname ON actor(surname) WHERE surname IS NOT NULL;
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
-- Who took part in an event according to one mention.
CREATE TABLE event_mention_participant (
    mention_id  INTEGER NOT NULL REFERENCES event_mention(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    part        TEXT    NOT NULL CHECK (part = 'agent' OR part = 'target' OR part = 'from' OR part = 'to' OR part = 'location'),
    PRIMARY KEY (mention_id, actor_id, part)
) STRICT;
CREATE INDEX event_mention_participant_actor ON event_mention_participant(actor_id);

-- ---------------------------------------------------------------------------
-- From Migrations/0004_performance_indexes.sql (schema version 4), as applied:
-- 0004_performance_indexes: event_timeline without whole-table work, and indexes shaped for
-- the store's resolution lookups and the query filters.
--
-- event_timeline used to build its agents and first mentions for every event (a GROUP BY
-- and a window over all of event_mention) before joining, so even a question about 25
-- defections read every event. The same columns are now per-event subqueries: a filter on
-- the view (type = 'defection') reaches event_type_date and only those events are read.
DROP VIEW event_timeline;
CREATE VIEW event_timeline AS
SELECT e.date,
       e.date_precision,
       CASE WHEN e.date_precision IN ('week', 'month', 'quarter', 'season', 'year', 'decade', 'century')
            THEN e.date_end END AS end_date,
       e.type,
       coalesce(e.agent_names, 'Someone')
       || CASE WHEN e.agent_count = 1 THEN coalesce((
              SELECT ', ' || replace(ar.label, 's''s ', 's'' ') || ','
              FROM actor_roles ar
              JOIN actor a ON a.id = ar.actor_id
              LEFT JOIN event_mention m ON m.event_id = e.id AND m.article_id = ar.article_id
              WHERE ar.actor_id = e.first_agent_id
                AND instr(lower(a.name), lower(ar.title)) = 0
              ORDER BY m.id IS NULL, ar.is_former, length(ar.label) DESC
              LIMIT 1), '') ELSE '' END
       || ' '
       || coalesce(CASE WHEN e.agent_count > 1 THEN ph.plural ELSE ph.singular END, replace(e.type, '_', ' '))
       || CASE WHEN ph.takes_object = 1 THEN ' ' || coalesce(
              CASE WHEN length(e.object) > 90 THEN substr(e.object, 1, 89) || '…' ELSE e.object END,
              ph.default_object, '') ELSE '' END
       || CASE WHEN e.status = 'asserted' THEN '' ELSE ' (' || e.status || ')' END AS title,
       fs.text,
       (SELECT group_concat(name, '; ') FROM (
            SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
            WHERE p.event_id = e.id
            ORDER BY CASE p.part WHEN 'agent' THEN 0 WHEN 'target' THEN 1 WHEN 'from' THEN 2 WHEN 'to' THEN 3 ELSE 4 END, a.name)
       ) AS actors,
       fa.url AS source_url,
       e.status,
       e.id AS event_id
FROM (
    SELECT ev.*,
           (SELECT count(*) FROM event_participant p WHERE p.event_id = ev.id AND p.part = 'agent') AS agent_count,
           (SELECT group_concat(name, ', ') FROM (
                SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
                WHERE p.event_id = ev.id AND p.part = 'agent' ORDER BY a.name)) AS agent_names,
           (SELECT min(p.actor_id) FROM event_participant p WHERE p.event_id = ev.id AND p.part = 'agent') AS first_agent_id,
           (SELECT m.id FROM event_mention m
            JOIN sentence s ON s.id = m.sentence_id
            JOIN article ar ON ar.id = m.article_id
            WHERE m.event_id = ev.id
            ORDER BY ar.published IS NULL, ar.published, m.article_id, s.ordinal, m.id
            LIMIT 1) AS first_mention_id
    FROM event ev
    WHERE ev.status IN ('asserted', 'claimed', 'rumored', 'denied')
) e
LEFT JOIN event_type_phrase ph ON ph.type = e.type
LEFT JOIN event_mention fm ON fm.id = e.first_mention_id
LEFT JOIN sentence fs ON fs.id = fm.sentence_id
LEFT JOIN article fa ON fa.id = fm.article_id;

-- Merge lookups (store): an event's mentions in one article.
CREATE INDEX event_mention_event_article ON event_mention(event_id, article_id);
DROP INDEX event_mention_event;
-- Filters by status and ordering by the interval's first day.
CREATE INDEX event_type_start ON event(type, coalesce(date_start, date_end));


-- From 0005_kb_performance: ingest cost independent of the base's size (see the migration).
-- event_mention.merge_window: '' (once-per-agent types), the anchor day, or '~' || sort_key.
CREATE INDEX event_mention_group ON event_mention(type, agents, merge_window);
-- How many articles linked to an actor used each name.
CREATE TABLE actor_name_count (
    actor_id  INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (actor_id, name)
) STRICT, WITHOUT ROWID;
-- How many links of an actor gave each country, CAMEO code or description.
CREATE TABLE actor_value_count (
    actor_id  INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    field     TEXT    NOT NULL CHECK (field = 'country' OR field = 'cameo_code' OR field = 'description'),
    value     TEXT    NOT NULL,
    links     INTEGER NOT NULL,
    PRIMARY KEY (actor_id, field, value)
) STRICT, WITHOUT ROWID;


-- From 0006_write_speed: the writer's cost independent of the base's size (see the migration).
-- Per surname skeleton, the candidates its surname-only links were last reconciled against.
CREATE TABLE surname_state (
    surname     TEXT PRIMARY KEY,
    candidates  TEXT NOT NULL,
    dirty       INTEGER NOT NULL DEFAULT 0  -- 1: an actor of this surname was added, removed or changed since
) STRICT, WITHOUT ROWID;
CREATE TRIGGER surname_state_actor_insert AFTER INSERT ON actor WHEN new.surname IS NOT NULL BEGIN
    UPDATE surname_state SET dirty = 1 WHERE surname = new.surname AND dirty = 0;
END;
CREATE TRIGGER surname_state_actor_delete AFTER DELETE ON actor WHEN old.surname IS NOT NULL BEGIN
    UPDATE surname_state SET dirty = 1 WHERE surname = old.surname AND dirty = 0;
END;
CREATE TRIGGER surname_state_actor_update AFTER UPDATE OF key, kind, country, surname ON actor
WHEN old.surname IS NOT NULL OR new.surname IS NOT NULL BEGIN
    UPDATE surname_state SET dirty = 1 WHERE surname IN (old.surname, new.surname) AND dirty = 0;
END;
CREATE INDEX role_of_actor ON role(of_actor_id);
CREATE INDEX event_mention_sentence ON event_mention(sentence_id);
CREATE INDEX relation_sentence ON relation(sentence_id);
DROP INDEX actor_link_key;
CREATE INDEX actor_link_key_country ON actor_link(key, country);
-- Events whose participants must be rebuilt from their mentions when next written.
CREATE TABLE event_participant_stale (
    event_id  INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE
) STRICT;
DROP INDEX event_mention_group;
CREATE INDEX event_mention_group ON event_mention(type, agents, merge_window, event_id);


-- From 0007_event_member_summary: a growing event takes one more mention without reading the others (see the migration).
CREATE TABLE event_member_summary (
    event_id     INTEGER PRIMARY KEY,
    closed       TEXT    NOT NULL,  -- distinct bounded dates: 'precision|start|end' lines, sorted
    before_end   TEXT,              -- earliest bound of a dated `before` reading
    first_rank   INTEGER NOT NULL,
    first_end    INTEGER NOT NULL,
    first_sort   TEXT    NOT NULL,
    cameo_sort   TEXT,
    plover_sort  TEXT,
    object_sort  TEXT
) STRICT;
CREATE TRIGGER event_member_summary_mention_insert AFTER INSERT ON event_mention BEGIN
    DELETE FROM event_member_summary WHERE event_id = new.event_id;
END;
CREATE TRIGGER event_member_summary_mention_delete AFTER DELETE ON event_mention BEGIN
    DELETE FROM event_member_summary WHERE event_id = old.event_id;
END;
CREATE TRIGGER event_member_summary_mention_update
AFTER UPDATE OF event_id, type, agents, merge_window, date_start, date_end, date_precision, date_basis, sort_key,
                cameo_code, plover_type, object ON event_mention BEGIN
    DELETE FROM event_member_summary WHERE event_id IN (old.event_id, new.event_id);
END;
CREATE TRIGGER event_member_summary_event_delete AFTER DELETE ON event BEGIN
    DELETE FROM event_member_summary WHERE event_id = old.id;
END;

-- 0008_event_span_index: date-window filters answered from the index.
--
-- `annals events --type T --since A --until B` keeps events whose interval overlaps
-- [A, B]: first day <= B and last day >= A. The index on (type, first day) bounds the
-- first condition only, so every older event of the type was read from the table to test
-- the second (300 ms at a million events). With the last day and the status in the index,
-- those tests run on index entries and only the rows returned are read (12x fewer pages).
DROP INDEX event_type_start;
CREATE INDEX event_type_span ON event(type, coalesce(date_start, date_end), date_end, status);


-- ---------------------------------------------------------------------------
-- From Migrations/0010_sentence_offsets.sql (schema version 10), as applied:
-- 0010_sentence_offsets: a sentence is its article's characters from start to end; its text
-- is no longer stored a second time.
--
-- `sentence.text` held a copy of `substr(article.body, start + 1, end - start)`: a sixth of
-- the file, written again by every ingest. The rows keep their ids, article, ordinal and
-- offsets in `sentence_span`; `sentence` is now a view with the same columns, `text`
-- read from the body, so every query, view and `annals sql` user reading `sentence` gets
-- what it got before. Foreign keys to sentences (mention, role, relation, event_mention)
-- now name `sentence_span` (ALTER TABLE RENAME rewrites them); deleting an article still
-- deletes its sentences and what was read from them.
--
-- The view reads one table (the text is a subquery, evaluated only when asked for), so
-- SQLite merges it into the queries that use it, also on the right of a LEFT JOIN (a view
-- joining two tables would be computed whole there: event_timeline took 30x longer).
--
-- The views that read sentences are dropped first and made again unchanged (a view must
-- not refer to a column being dropped). Dropping the column rewrites the table once; the
-- pages it frees are reused by later ingests (VACUUM returns them to the file system).
DROP VIEW event_timeline;
DROP VIEW defections;
DROP VIEW vetoes;
DROP VIEW resolutions;
DROP VIEW event_agents;
DROP VIEW actor_roles;
ALTER TABLE sentence RENAME TO sentence_span;
ALTER TABLE sentence_span DROP COLUMN text;
CREATE VIEW sentence AS
SELECT s.id, s.article_id, s.ordinal, s.start, s.end,
       (SELECT substr(a.body, s.start + 1, s.end - s.start) FROM article a WHERE a.id = s.article_id) AS text
FROM sentence_span s;

-- Scripts that insert sentences with their text (older ones, test fixtures) still can,
-- through the view: the text must be the body's characters between the offsets.
CREATE TRIGGER sentence_insert INSTEAD OF INSERT ON sentence BEGIN
    SELECT RAISE(ABORT, 'sentence text is not the article body between start and end')
    WHERE new.text IS NOT NULL
      AND new.text IS NOT (SELECT substr(body, new.start + 1, new.end - new.start) FROM article WHERE id = new.article_id);
    INSERT INTO sentence_span(id, article_id, ordinal, start, end) VALUES (new.id, new.article_id, new.ordinal, new.start, new.end);
END;

CREATE VIEW actor_roles AS
SELECT r.actor_id,
       a.name AS actor,
       r.title,
       o.name AS of,
       CASE WHEN o.name IS NOT NULL THEN o.name || '''s ' || r.title ELSE r.title END AS label,
       r.is_former,
       r.valid_from,
       r.valid_to,
       s.article_id,
       s.text AS evidence
FROM role r
JOIN actor a ON a.id = r.actor_id
LEFT JOIN actor o ON o.id = r.of_actor_id
JOIN sentence s ON s.id = r.sentence_id;

CREATE VIEW event_agents AS
SELECT e.id AS event_id,
       e.type,
       a.id AS actor_id,
       a.name AS actor,
       (SELECT ar.label FROM actor_roles ar WHERE ar.actor_id = a.id ORDER BY ar.is_former, length(ar.label) DESC LIMIT 1) AS role,
       e.date,
       e.date_precision,
       e.date_start,
       e.date_end,
       e.status,
       e.object,
       e.summary,
       (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS sources
FROM event e
JOIN event_participant p ON p.event_id = e.id AND p.part = 'agent'
JOIN actor a ON a.id = p.actor_id;

CREATE VIEW defections AS SELECT * FROM event_agents WHERE type = 'defection';

CREATE VIEW vetoes AS SELECT * FROM event_agents WHERE type = 'veto';

CREATE VIEW resolutions AS SELECT * FROM event_agents WHERE type LIKE 'resolution%';

CREATE VIEW event_timeline AS
SELECT e.date,
       e.date_precision,
       CASE WHEN e.date_precision IN ('week', 'month', 'quarter', 'season', 'year', 'decade', 'century')
            THEN e.date_end END AS end_date,
       e.type,
       coalesce(e.agent_names, 'Someone')
       || CASE WHEN e.agent_count = 1 THEN coalesce((
              SELECT ', ' || replace(ar.label, 's''s ', 's'' ') || ','
              FROM actor_roles ar
              JOIN actor a ON a.id = ar.actor_id
              LEFT JOIN event_mention m ON m.event_id = e.id AND m.article_id = ar.article_id
              WHERE ar.actor_id = e.first_agent_id
                AND instr(lower(a.name), lower(ar.title)) = 0
              ORDER BY m.id IS NULL, ar.is_former, length(ar.label) DESC
              LIMIT 1), '') ELSE '' END
       || ' '
       || coalesce(CASE WHEN e.agent_count > 1 THEN ph.plural ELSE ph.singular END, replace(e.type, '_', ' '))
       || CASE WHEN ph.takes_object = 1 THEN ' ' || coalesce(
              CASE WHEN length(e.object) > 90 THEN substr(e.object, 1, 89) || '…' ELSE e.object END,
              ph.default_object, '') ELSE '' END
       || CASE WHEN e.status = 'asserted' THEN '' ELSE ' (' || e.status || ')' END AS title,
       fs.text,
       (SELECT group_concat(name, '; ') FROM (
            SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
            WHERE p.event_id = e.id
            ORDER BY CASE p.part WHEN 'agent' THEN 0 WHEN 'target' THEN 1 WHEN 'from' THEN 2 WHEN 'to' THEN 3 ELSE 4 END, a.name)
       ) AS actors,
       fa.url AS source_url,
       e.status,
       e.id AS event_id
FROM (
    SELECT ev.*,
           (SELECT count(*) FROM event_participant p WHERE p.event_id = ev.id AND p.part = 'agent') AS agent_count,
           (SELECT group_concat(name, ', ') FROM (
                SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
                WHERE p.event_id = ev.id AND p.part = 'agent' ORDER BY a.name)) AS agent_names,
           (SELECT min(p.actor_id) FROM event_participant p WHERE p.event_id = ev.id AND p.part = 'agent') AS first_agent_id,
           (SELECT m.id FROM event_mention m
            JOIN sentence s ON s.id = m.sentence_id
            JOIN article ar ON ar.id = m.article_id
            WHERE m.event_id = ev.id
            ORDER BY ar.published IS NULL, ar.published, m.article_id, s.ordinal, m.id
            LIMIT 1) AS first_mention_id
    FROM event ev
    WHERE ev.status IN ('asserted', 'claimed', 'rumored', 'denied')
) e
LEFT JOIN event_type_phrase ph ON ph.type = e.type
LEFT JOIN event_mention fm ON fm.id = e.first_mention_id
LEFT JOIN sentence fs ON fs.id = fm.sentence_id
LEFT JOIN article fa ON fa.id = fm.article_id;


-- ---------------------------------------------------------------------------
-- From Migrations/0011_surname_link_index.sql (schema version 11), as applied:
-- 0011_surname_link_index: only surname-only links are looked up by key.
--
-- The writer looks links up by key (and country) for one kind of key only: the surname-only
-- placeholder keys ('person:~' || surname) whose links `reconcileSurname` re-decides. The
-- index on every link's key held an entry per link, most of them names, countries and
-- unnamed actors never looked up that way, each written at a scattered place in a growing
-- index: one of the costs that made writing into a big base slower. The partial index
-- holds the surname-only links alone; the writer's look-ups repeat its condition so that
-- SQLite uses it.
DROP INDEX actor_link_key_country;
CREATE INDEX actor_link_surname_only ON actor_link(key, country) WHERE substr(key, 1, 8) = 'person:~';


-- ---------------------------------------------------------------------------
-- From Migrations/0012_fewer_write_indexes.sql (schema version 12), as applied:
-- 0012_fewer_write_indexes: three indexes that no query used, each written at a scattered
-- place for every new article, event or actor.
--
-- Writing into a big knowledge base costs more per article than into an empty one mostly
-- because each transaction writes every index page it touched, and in a big base the
-- entries of a batch land on different pages. These three indexes were maintained on
-- every write and read by nothing:
--   article_published (article.published): articles are never filtered or sorted by
--     publication day alone (queries sort the few articles of one event by it);
--   event_type_date (event.type, date_end): every type-and-date filter is answered by
--     event_type_span (type, first day, last day, status) from 0008, from the index
--     entries alone; with both, SQLite chose this one and read each candidate's row;
--   actor_name (actor.name): actors are found by alias or key, never by display name, and
--     every change of an actor's display name rewrote its entry.
-- `EXPLAIN QUERY PLAN` of `annals ask`, `annals events` and the timeline views still shows
-- index searches only (`annals bench` prints them).
DROP INDEX article_published;
DROP INDEX event_type_date;
DROP INDEX actor_name;


-- ---------------------------------------------------------------------------
-- From Migrations/0013_batched_fts.sql (schema version 13), as applied:
-- 0013_batched_fts: the writer indexes a batch of articles for full-text search with one
-- statement before it commits, instead of one article at a time as it inserts them.
--
-- SQLite 3.40's FTS5 writes its pending terms to disk at every statement savepoint, and
-- the trigger that indexed each new article made its INSERT a statement with a savepoint:
-- every article became a segment of its own, merged again and again (about a tenth of
-- the writer's time). While `article_fts_deferred` holds a row, a new article is not
-- indexed by the trigger; the writer inserts that row at the start of its transaction,
-- indexes every article it inserted (`INSERT INTO article_fts ... SELECT`) and deletes
-- the row before committing, so no other connection ever sees it: for everyone else the
-- trigger indexes every new article, as before, and the index holds the same articles.
CREATE TABLE article_fts_deferred (
    one  INTEGER PRIMARY KEY CHECK (one = 1)
) STRICT;
DROP TRIGGER article_fts_insert;
CREATE TRIGGER article_fts_insert AFTER INSERT ON article
WHEN NOT EXISTS (SELECT 1 FROM article_fts_deferred) BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;


-- ---------------------------------------------------------------------------
-- From Migrations/0014_surname_state_without_triggers.sql (schema version 14), as applied:
-- 0014_surname_state_without_triggers: the writer tells an unchanged surname by comparing
-- its candidates with those stored, not by a flag that triggers on `actor` kept.
--
-- The three triggers of 0006 marked a surname's `surname_state` row dirty whenever an actor
-- of that surname was inserted, deleted or had its key, kind, country or surname updated,
-- so that a reconcile could skip an unchanged surname without reading its candidates. A
-- trigger makes every INSERT into `actor`, and every UPDATE of those columns, a statement
-- that runs a trigger program and keeps a statement journal (a copy of every page it
-- writes, in case it must be undone alone), whatever the actor: about a tenth of the
-- writer's time on a synthetic corpus, for a look-up the writer can do instead. A reconcile
-- now reads the surname's candidates (remembered for the batch) and its placeholder, and
-- skips the surname when they are what `candidates` holds: exactly when the row was not
-- dirty, since the triggers fired on every change those are read from.
DROP TRIGGER surname_state_actor_insert;
DROP TRIGGER surname_state_actor_delete;
DROP TRIGGER surname_state_actor_update;
ALTER TABLE surname_state DROP COLUMN dirty;


-- ---------------------------------------------------------------------------
-- From Migrations/0015_member_summary_count.sql (schema version 15), as applied:
-- 0015_member_summary_count: an event's member summary says how many mentions it was made
-- from, instead of a trigger deleting it whenever a mention is inserted.
--
-- The trigger `event_member_summary_mention_insert` ran a trigger program for every row
-- inserted into `event_mention` (and made each insert keep a statement journal), about a
-- third of the cost of the insert, although a new mention almost always starts an event of
-- its own, which has no summary to delete. A summary now records `members`, the number of
-- the event's mentions it summarises, and is read as valid only while the event still has
-- that many (`Store.memberSummary`): inserting a mention, by the writer or by hand in the
-- sqlite3 shell, makes the count differ, which is what the trigger's delete stood for. A
-- deleted or changed mention still deletes the summary (the other triggers stay), so
-- removing one and inserting another cannot leave the count right by chance. The summaries
-- stored so far were valid (the trigger kept them so): they take their event's count.
DROP TRIGGER event_member_summary_mention_insert;
ALTER TABLE event_member_summary ADD COLUMN members INTEGER;  -- mentions summarised; NULL: none valid
UPDATE event_member_summary
SET members = (SELECT count(*) FROM event_mention m WHERE m.event_id = event_member_summary.event_id);
