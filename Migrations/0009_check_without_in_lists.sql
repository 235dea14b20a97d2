-- 0009_check_without_in_lists: the same CHECK constraints, as comparisons.
--
-- A CHECK of the form `x IN ('a', 'b', ...)` with more than two values is evaluated by
-- building a temporary B-tree of the values, for every row inserted or updated: about
-- 4.5 microseconds each, nine of them per article stored (events have two, participants,
-- actors and attribute counts one), up to a tenth of the writer's time. `x = 'a' OR
-- x = 'b' ...` accepts exactly the same values (every such column is NOT NULL TEXT) and
-- costs a few comparisons.
--
-- A CHECK constraint cannot be altered, and rebuilding these tables would fire their
-- foreign keys' ON DELETE actions. The constraints are rewritten in place instead, by
-- the procedure SQLite documents for changes that leave the stored rows as they are
-- (https://sqlite.org/lang_altertable.html#otheralter): edit the table's SQL in
-- sqlite_schema, reload the schema (writable_schema = RESET), and change the schema
-- version (the CREATE and DROP at the end) so other connections reload it too. Every
-- stored row already satisfies the old constraint, hence the new one.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''person'', ''country'', ''organization'', ''group'', ''location''))',
    'CHECK (kind = ''person'' OR kind = ''country'' OR kind = ''organization'' OR kind = ''group'' OR kind = ''location'')')
WHERE type = 'table' AND name = 'actor';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (date_precision IN (''day'', ''week'', ''month'', ''quarter'', ''season'', ''year'', ''decade'', ''century'', ''before'', ''unknown''))',
    'CHECK (date_precision = ''day'' OR date_precision = ''week'' OR date_precision = ''month'' OR date_precision = ''quarter'' OR date_precision = ''season'' OR date_precision = ''year'' OR date_precision = ''decade'' OR date_precision = ''century'' OR date_precision = ''before'' OR date_precision = ''unknown'')')
WHERE type = 'table' AND name = 'event';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''asserted'', ''denied'', ''rumored'', ''claimed'', ''negated'', ''hypothetical'', ''called_for''))',
    'CHECK (status = ''asserted'' OR status = ''denied'' OR status = ''rumored'' OR status = ''claimed'' OR status = ''negated'' OR status = ''hypothetical'' OR status = ''called_for'')')
WHERE type = 'table' AND name = 'event';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (part IN (''agent'', ''target'', ''from'', ''to'', ''location''))',
    'CHECK (part = ''agent'' OR part = ''target'' OR part = ''from'' OR part = ''to'' OR part = ''location'')')
WHERE type = 'table' AND name = 'event_participant';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (part IN (''agent'', ''target'', ''from'', ''to'', ''location''))',
    'CHECK (part = ''agent'' OR part = ''target'' OR part = ''from'' OR part = ''to'' OR part = ''location'')')
WHERE type = 'table' AND name = 'event_mention_participant';
UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (field IN (''country'', ''cameo_code'', ''description''))',
    'CHECK (field = ''country'' OR field = ''cameo_code'' OR field = ''description'')')
WHERE type = 'table' AND name = 'actor_value_count';
PRAGMA writable_schema = RESET;
CREATE TABLE annals_schema_changed(x);
DROP TABLE annals_schema_changed;
