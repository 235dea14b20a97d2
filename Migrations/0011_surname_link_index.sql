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
