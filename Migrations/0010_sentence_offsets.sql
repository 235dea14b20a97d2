-- 0010_sentence_offsets: a sentence is its article's characters from start to end; its text
-- is no longer stored a second time.
--
-- `sentence.text` held a copy of `substr(article.body, start + 1, end - start)`: a sixth of
-- the file, written again by every ingest. The rows keep their ids, article, ordinal and
-- offsets in `sentence_span`; `sentence` is now a view with the same columns, `text`
-- read from the body, so every query, view and `annals sql` user reading `sentence` gets
-- what it got before. Foreign keys to sentences (mention, role, relation, event_mention)
-- now name `sentence_span` (ALTER TABLE RENAME rewrites them); deleting an article still
-- deletes its sentences and what was read from them.
--
-- The view reads one table (the text is a subquery, evaluated only when asked for), so
-- SQLite merges it into the queries that use it, also on the right of a LEFT JOIN (a view
-- joining two tables would be computed whole there: event_timeline took 30x longer).
--
-- The views that read sentences are dropped first and made again unchanged (a view must
-- not refer to a column being dropped). Dropping the column rewrites the table once; the
-- pages it frees are reused by later ingests (VACUUM returns them to the file system).
DROP VIEW event_timeline;
DROP VIEW defections;
DROP VIEW vetoes;
DROP VIEW resolutions;
DROP VIEW event_agents;
DROP VIEW actor_roles;
ALTER TABLE sentence RENAME TO sentence_span;
ALTER TABLE sentence_span DROP COLUMN text;
CREATE VIEW sentence AS
SELECT s.id, s.article_id, s.ordinal, s.start, s.end,
       (SELECT substr(a.body, s.start + 1, s.end - s.start) FROM article a WHERE a.id = s.article_id) AS text
FROM sentence_span s;

-- Scripts that insert sentences with their text (older ones, test fixtures) still can,
-- through the view: the text must be the body's characters between the offsets.
CREATE TRIGGER sentence_insert INSTEAD OF INSERT ON sentence BEGIN
    SELECT RAISE(ABORT, 'sentence text is not the article body between start and end')
    WHERE new.text IS NOT NULL
      AND new.text IS NOT (SELECT substr(body, new.start + 1, new.end - new.start) FROM article WHERE id = new.article_id);
    INSERT INTO sentence_span(id, article_id, ordinal, start, end) VALUES (new.id, new.article_id, new.ordinal, new.start, new.end);
END;

CREATE VIEW actor_roles AS
SELECT r.actor_id,
       a.name AS actor,
       r.title,
       o.name AS of,
       CASE WHEN o.name IS NOT NULL THEN o.name || '''s ' || r.title ELSE r.title END AS label,
       r.is_former,
       r.valid_from,
       r.valid_to,
       s.article_id,
       s.text AS evidence
FROM role r
JOIN actor a ON a.id = r.actor_id
LEFT JOIN actor o ON o.id = r.of_actor_id
JOIN sentence s ON s.id = r.sentence_id;

CREATE VIEW event_agents AS
SELECT e.id AS event_id,
       e.type,
       a.id AS actor_id,
       a.name AS actor,
       (SELECT ar.label FROM actor_roles ar WHERE ar.actor_id = a.id ORDER BY ar.is_former, length(ar.label) DESC LIMIT 1) AS role,
       e.date,
       e.date_precision,
       e.date_start,
       e.date_end,
       e.status,
       e.object,
       e.summary,
       (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS sources
FROM event e
JOIN event_participant p ON p.event_id = e.id AND p.part = 'agent'
JOIN actor a ON a.id = p.actor_id;

CREATE VIEW defections AS SELECT * FROM event_agents WHERE type = 'defection';

CREATE VIEW vetoes AS SELECT * FROM event_agents WHERE type = 'veto';

CREATE VIEW resolutions AS SELECT * FROM event_agents WHERE type LIKE 'resolution%';

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
