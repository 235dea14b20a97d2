-- 0002_timeline_and_queries: the event_timeline view, default values for saved-query
-- parameters, and the built-in saved queries.

-- Values used for parameters a run does not give (JSON object, name -> value), as
-- `annals ask --save` stores the values of the question.
ALTER TABLE saved_query ADD COLUMN defaults TEXT;

-- How each event type reads in a headline: "vetoes", or "veto" after several agents.
CREATE TABLE event_type_phrase (
    type      TEXT PRIMARY KEY,
    singular  TEXT NOT NULL,                    -- "vetoes"
    plural    TEXT NOT NULL,                    -- "veto"
    takes_object INTEGER NOT NULL DEFAULT 0,    -- 1: the event's object follows ("vetoes a resolution ...")
    default_object TEXT                         -- when the event has none
) STRICT;
INSERT INTO event_type_phrase(type, singular, plural, takes_object, default_object) VALUES
    ('defection',           'defects',              'defect',              0, NULL),
    ('veto',                'vetoes',               'veto',                1, 'a resolution'),
    ('resolution_adopted',  'adopts',               'adopt',               1, 'a resolution'),
    ('resolution_failed',   'fails to adopt',       'fail to adopt',       1, 'a resolution'),
    ('resolution_proposed', 'proposes',             'propose',             1, 'a resolution'),
    ('resignation',         'resigns',              'resign',              0, NULL),
    ('appointment',         'is appointed',         'are appointed',       0, NULL),
    ('statement',           'makes a statement',    'make a statement',    0, NULL),
    ('appeal',              'makes an appeal',      'make an appeal',      0, NULL),
    ('meeting',             'meets',                'meet',                0, NULL),
    ('agreement',           'agrees',               'agree',               0, NULL),
    ('criticism',           'criticizes',           'criticize',           0, NULL),
    ('demand',              'makes a demand',       'make a demand',       0, NULL),
    ('protest',             'protests',             'protest',             0, NULL),
    ('threat',              'threatens',            'threaten',            0, NULL),
    ('sanction',            'imposes sanctions',    'impose sanctions',    0, NULL),
    ('attack',              'attacks',              'attack',              0, NULL);

-- One row per event the sources report (asserted, claimed, rumored, denied), ready for a
-- timeline: `date` as read (2012-07-12, 2011-08, 2010; for `before`, the bound),
-- `end_date` the last day of a span (week, month, year, ...; NULL for a day or `before`),
-- `title` a headline built from the agents, the role of a single agent and the type
-- ("Nawaf Fares, Syria's ambassador to Iraq, defects"), `text` the first sentence that
-- reports it, `actors` every participant, `source_url` the first article's address.
--   sqlite3 annals.sqlite "select date, title from event_timeline where type = 'veto'"
CREATE VIEW event_timeline AS
WITH agents AS (
    SELECT event_id, count(*) AS n, group_concat(name, ', ') AS names, min(actor_id) AS first_id
    FROM (SELECT p.event_id, a.id AS actor_id, a.name
          FROM event_participant p
          JOIN actor a ON a.id = p.actor_id
          WHERE p.part = 'agent'
          ORDER BY p.event_id, a.name)
    GROUP BY event_id
),
first_mention AS (
    SELECT m.event_id, s.text, ar.url, ar.published,
           row_number() OVER (PARTITION BY m.event_id ORDER BY ar.published IS NULL, ar.published, m.article_id, s.ordinal, m.id) AS k
    FROM event_mention m
    JOIN sentence s ON s.id = m.sentence_id
    JOIN article ar ON ar.id = m.article_id
)
SELECT e.date,
       e.date_precision,
       CASE WHEN e.date_precision IN ('week', 'month', 'quarter', 'season', 'year', 'decade', 'century')
            THEN e.date_end END AS end_date,
       e.type,
       coalesce(ag.names, 'Someone')
       || CASE WHEN ag.n = 1 THEN coalesce((
              SELECT ', ' || replace(ar.label, 's''s ', 's'' ') || ','
              FROM actor_roles ar
              JOIN actor a ON a.id = ar.actor_id
              LEFT JOIN event_mention m ON m.event_id = e.id AND m.article_id = ar.article_id
              WHERE ar.actor_id = ag.first_id
                AND instr(lower(a.name), lower(ar.title)) = 0
              ORDER BY m.id IS NULL, ar.is_former, length(ar.label) DESC
              LIMIT 1), '') ELSE '' END
       || ' '
       || coalesce(CASE WHEN coalesce(ag.n, 1) > 1 THEN ph.plural ELSE ph.singular END, replace(e.type, '_', ' '))
       || CASE WHEN ph.takes_object = 1 THEN ' ' || coalesce(
              CASE WHEN length(e.object) > 90 THEN substr(e.object, 1, 89) || '…' ELSE e.object END,
              ph.default_object, '') ELSE '' END
       || CASE WHEN e.status = 'asserted' THEN '' ELSE ' (' || e.status || ')' END AS title,
       fm.text,
       (SELECT group_concat(name, '; ') FROM (
            SELECT a.name FROM event_participant p JOIN actor a ON a.id = p.actor_id
            WHERE p.event_id = e.id
            ORDER BY CASE p.part WHEN 'agent' THEN 0 WHEN 'target' THEN 1 WHEN 'from' THEN 2 WHEN 'to' THEN 3 ELSE 4 END, a.name)
       ) AS actors,
       fm.url AS source_url,
       e.status,
       e.id AS event_id
FROM event e
LEFT JOIN agents ag ON ag.event_id = e.id
LEFT JOIN event_type_phrase ph ON ph.type = e.type
LEFT JOIN first_mention fm ON fm.event_id = e.id AND fm.k = 1
WHERE e.status IN ('asserted', 'claimed', 'rumored', 'denied');

-- Built-in saved queries (`annals query list`); a user's query of the same name wins.
INSERT OR IGNORE INTO saved_query(name, sql, title, description, parameters, created_at, updated_at) VALUES
    ('defections',
     'SELECT * FROM event_timeline WHERE type = ''defection'' ORDER BY date IS NULL, date, event_id',
     'Defections', 'Every reported defection, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('vetoes',
     'SELECT * FROM event_timeline WHERE type = ''veto'' ORDER BY date IS NULL, date, event_id',
     'Vetoes', 'Every reported veto, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('resolutions',
     'SELECT * FROM event_timeline WHERE type LIKE ''resolution%'' ORDER BY date IS NULL, date, event_id',
     'Resolutions', 'Resolutions proposed, adopted and failed, in date order.', '[]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('actor-timeline',
     'SELECT t.* FROM event_timeline t
WHERE t.event_id IN (
    SELECT p.event_id FROM event_participant p
    JOIN actor_alias al ON al.actor_id = p.actor_id
    WHERE al.normalized = lower(:actor) OR lower(al.alias) = lower(:actor) OR al.normalized LIKE ''% '' || lower(:actor))
ORDER BY t.date IS NULL, t.date, t.event_id',
     'An actor''s timeline', 'Every reported event an actor took part in: --param actor=NAME.', '["actor"]',
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
