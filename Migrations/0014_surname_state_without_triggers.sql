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
