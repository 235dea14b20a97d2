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
