-- 0005_kb_performance: keeps ingest cost independent of the size of the knowledge base.
--
-- Actors: an actor's display name, country, CAMEO code and description are computed from
-- counts over its links (how many articles used each name, how many links gave each
-- value). The counts are updated as links are added, so a popular actor (a country named
-- by thousands of articles) is not re-read on every ingest; they are recomputed from
-- `actor_link` only when links go away (an article removed, a surname-only link moved).
--
-- Events: mentions of repeating event types (statements, meetings, appeals, vetoes, ...)
-- merge only within a merge window: the day the mention is anchored to (its date when it
-- names a day, its `before` bound, else its article's publication day). A mention with no
-- such day is an event of its own. Once-per-person types (defection, resignation) have
-- the empty window: all their mentions with the same agents may merge, as before.

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
    field     TEXT    NOT NULL CHECK (field IN ('country', 'cameo_code', 'description')),
    value     TEXT    NOT NULL,
    links     INTEGER NOT NULL,
    PRIMARY KEY (actor_id, field, value)
) STRICT, WITHOUT ROWID;

INSERT INTO actor_name_count(actor_id, name, articles)
SELECT actor_id, name, count(DISTINCT article_id) FROM actor_link GROUP BY actor_id, name;
INSERT INTO actor_value_count(actor_id, field, value, links)
SELECT actor_id, 'country', country, count(*) FROM actor_link WHERE country IS NOT NULL GROUP BY actor_id, country
UNION ALL
SELECT actor_id, 'cameo_code', cameo_code, count(*) FROM actor_link WHERE cameo_code IS NOT NULL GROUP BY actor_id, cameo_code
UNION ALL
SELECT actor_id, 'description', description, count(*) FROM actor_link WHERE description IS NOT NULL GROUP BY actor_id, description;

-- The merge window of a mention ('' = unbounded; '2012-07-19' = that day; '~' || sort_key = alone).
ALTER TABLE event_mention ADD COLUMN merge_window TEXT NOT NULL DEFAULT '';
UPDATE event_mention SET merge_window = CASE
    WHEN type IN ('defection', 'resignation') THEN ''
    WHEN date_precision = 'day' AND date_start IS NOT NULL THEN date_start
    WHEN date_precision = 'before' AND date_end IS NOT NULL THEN date_end
    WHEN (SELECT a.published FROM article a WHERE a.id = event_mention.article_id) IS NOT NULL
        THEN (SELECT substr(a.published, 1, 10) FROM article a WHERE a.id = event_mention.article_id)
    ELSE '~' || sort_key
END;
DROP INDEX event_mention_group;
CREATE INDEX event_mention_group ON event_mention(type, agents, merge_window);
