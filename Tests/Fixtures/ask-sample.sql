-- A small knowledge base for the ask, saved-query and timeline tests (own wording, not from
-- any article). Load into a migrated Annals database.
INSERT INTO article(id, content_hash, url, title, published, published_basis, ingested_at, body) VALUES
 (1, 'h1', 'https://example.org/2012/07/envoy-leaves', 'Envoy leaves his post', '2012-07-12', 'metadata', '2024-01-01T00:00:00Z',
  'Nawaf Fares, Syria''s ambassador to Iraq, defected on Wednesday. Russia said it would veto any new text.'),
 (2, 'h2', 'https://example.org/2012/07/council-vote', 'Council vote on Syria blocked', '2012-07-19', 'metadata', '2024-01-01T00:00:00Z',
  'Russia and China vetoed a draft resolution on Syria on Thursday. The Security Council failed to adopt the text.'),
 (3, 'h3', 'https://example.org/2012/04/observers', 'Observers approved', '2012-04-21', 'metadata', '2024-01-01T00:00:00Z',
  'The Security Council adopted resolution 2043 on Saturday. Russia drafted the resolution.'),
 (4, 'h4', NULL, 'Minister video', '2012-03-08', 'metadata', '2024-01-01T00:00:00Z',
  'A man calling himself Karim Haddad, a deputy minister, said in a video that he had defected.');
INSERT INTO sentence(id, article_id, ordinal, start, end, text) VALUES
 (1, 1, 0, 0, 63, 'Nawaf Fares, Syria''s ambassador to Iraq, defected on Wednesday.'),
 (2, 1, 1, 64, 104, 'Russia said it would veto any new text.'),
 (3, 2, 0, 0, 64, 'Russia and China vetoed a draft resolution on Syria on Thursday.'),
 (4, 2, 1, 65, 111, 'The Security Council failed to adopt the text.'),
 (5, 3, 0, 0, 57, 'The Security Council adopted resolution 2043 on Saturday.'),
 (6, 3, 1, 58, 88, 'Russia drafted the resolution.'),
 (7, 4, 0, 0, 92, 'A man calling himself Karim Haddad, a deputy minister, said in a video that he had defected.');
INSERT INTO actor(id, key, name, kind, country) VALUES
 (1, 'person:nawaf fares', 'Nawaf Fares', 'person', 'SYR'),
 (2, 'country:SYR', 'Syria', 'country', 'SYR'),
 (3, 'country:IRQ', 'Iraq', 'country', 'IRQ'),
 (4, 'country:RUS', 'Russia', 'country', 'RUS'),
 (5, 'country:CHN', 'China', 'country', 'CHN'),
 (6, 'organization:unsc', 'United Nations Security Council', 'organization', NULL),
 (7, 'person:karim haddad', 'Karim Haddad', 'person', 'SYR');
INSERT INTO actor_alias(actor_id, alias, normalized) VALUES
 (1, 'Nawaf Fares', 'nawaf fares'), (1, 'Fares', 'fares'),
 (2, 'Syria', 'syria'), (3, 'Iraq', 'iraq'), (4, 'Russia', 'russia'), (4, 'Moscow', 'moscow'), (5, 'China', 'china'),
 (6, 'United Nations Security Council', 'united nations security council'), (6, 'Security Council', 'security council'),
 (6, 'U.N. Security Council', 'un security council'), (7, 'Karim Haddad', 'karim haddad');
INSERT INTO role(actor_id, title, of_actor_id, is_former, sentence_id) VALUES
 (1, 'ambassador to Iraq', 2, 0, 1),
 (7, 'deputy minister', 2, 0, 7);
INSERT INTO event(id, type, date, date_start, date_end, date_precision, date_basis, status, object, summary) VALUES
 (1, 'defection', '2012-07-11', '2012-07-11', '2012-07-11', 'day', 'Wednesday', 'asserted', NULL, 'Nawaf Fares defected'),
 (2, 'veto', '2012-07-19', '2012-07-19', '2012-07-19', 'day', 'Thursday', 'asserted', 'a draft resolution on Syria', 'Russia vetoed'),
 (3, 'veto', '2012-07-19', '2012-07-19', '2012-07-19', 'day', 'Thursday', 'asserted', 'a draft resolution on Syria', 'China vetoed'),
 (4, 'resolution_failed', '2012-07-19', '2012-07-19', '2012-07-19', 'day', 'Thursday', 'asserted', 'the text', 'the Council failed to adopt'),
 (5, 'resolution_adopted', '2012-04-21', '2012-04-21', '2012-04-21', 'day', 'Saturday', 'asserted', 'resolution 2043', 'the Council adopted'),
 (6, 'resolution_proposed', '2012-04-21', NULL, '2012-04-21', 'before', 'publication date', 'asserted', 'the resolution', 'Russia drafted'),
 (7, 'veto', NULL, NULL, NULL, 'unknown', NULL, 'hypothetical', 'any new text', 'Russia would veto'),
 (8, 'defection', '2012-03', '2012-03-01', '2012-03-31', 'month', 'March', 'claimed', NULL, 'Karim Haddad defected');
INSERT INTO event_participant(event_id, actor_id, part) VALUES
 (1, 1, 'agent'), (1, 2, 'from'),
 (2, 4, 'agent'), (3, 5, 'agent'), (4, 6, 'agent'), (5, 6, 'agent'), (6, 4, 'agent'), (7, 4, 'agent'),
 (8, 7, 'agent');
INSERT INTO event_mention(event_id, article_id, sentence_id, trigger_start, trigger_end, status, date, date_precision) VALUES
 (1, 1, 1, 42, 50, 'asserted', '2012-07-11', 'day'),
 (2, 2, 3, 17, 24, 'asserted', '2012-07-19', 'day'),
 (3, 2, 3, 17, 24, 'asserted', '2012-07-19', 'day'),
 (4, 2, 4, 22, 28, 'asserted', '2012-07-19', 'day'),
 (5, 3, 5, 22, 29, 'asserted', '2012-04-21', 'day'),
 (6, 3, 6, 7, 14, 'asserted', '2012-04-21', 'before'),
 (7, 1, 2, 22, 27, 'hypothetical', NULL, 'unknown'),
 (8, 4, 7, 80, 88, 'claimed', '2012-03', 'month');
