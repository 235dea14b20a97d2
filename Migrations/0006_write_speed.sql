-- 0006_write_speed: what the writer needs to stay fast as the knowledge base grows.
--
-- surname_state: for each surname skeleton whose surname-only links were last reconciled,
-- the candidates that reconcile saw (placeholder id, then each full-named person's id and
-- country). While they stay the same, every surname-only link of that surname is already
-- where it belongs, and the writer skips re-deciding them (they grow with the base).
-- The triggers mark a surname dirty when an actor of that surname changes, so that an
-- unchanged surname is recognised without reading its candidates.
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

-- A group's mentions by event, counted from the index alone (does every other mention of
-- the group belong to one event?).
DROP INDEX event_mention_group;
CREATE INDEX event_mention_group ON event_mention(type, agents, merge_window, event_id);
