-- 0007_event_member_summary: what a growing event needs to take one more mention without
-- reading the ones it has.
--
-- event_member_summary: for an event whose mentions all belong to one group, what the
-- in-place extension (Store.appendToSoleEvent) reads from them: the distinct bounded
-- merge dates (a chain of nested intervals), the earliest `before` bound, the key of the
-- first reading (rank, end day, sort key) and the first sort keys that carry a CAMEO code,
-- a PLOVER type and an object. A row is valid only while the event's mentions are those
-- it was computed from: the triggers delete it whenever a mention joins, leaves or changes
-- the fields it summarises, so a missing row means "read the mentions".
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
