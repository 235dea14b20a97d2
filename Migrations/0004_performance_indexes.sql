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
