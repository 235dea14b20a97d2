-- 0006_write_speed: what the writer needs to stay fast as the knowledge base grows.
--
-- surname_state: for each surname skeleton whose surname-only links were last reconciled,
-- the candidates that reconcile saw (placeholder id, then each full-named person's id and
-- country). While they stay the same, every surname-only link of that surname is already
-- where it belongs, and the writer skips re-deciding them (they grow with the base).
CREATE TABLE surname_state (
    surname     TEXT PRIMARY KEY,
    candidates  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Foreign-key look-ups that had no index: deleting an actor (role.of_actor_id SET NULL),
-- deleting an article's sentences (event_mention and relation cascade), so that removing
-- an article or an orphaned actor does not scan whole tables.
CREATE INDEX role_of_actor ON role(of_actor_id);
CREATE INDEX event_mention_sentence ON event_mention(sentence_id);
CREATE INDEX relation_sentence ON relation(sentence_id);

-- Surname-only links by key and country: a reconcile reads only the countries whose
-- target changed (the key alone is a prefix of it).
DROP INDEX actor_link_key;
CREATE INDEX actor_link_key_country ON actor_link(key, country);

-- Events whose participants may still include those of a mention that has since moved to
-- another event (participants are rebuilt from the mentions when the event is next written;
-- events without a row here have exactly their mentions' participants, and a new mention's
-- are simply added). Every event of an older file is rebuilt once.
CREATE TABLE event_participant_stale (
    event_id  INTEGER PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE
) STRICT;
INSERT INTO event_participant_stale(event_id) SELECT id FROM event;
