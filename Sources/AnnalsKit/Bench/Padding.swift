/// Synthetic rows that grow a knowledge base to a given number of events without running
/// the extractor: for query benchmarks at 100 thousand and 1 million events.
///
/// Padding events are of every type but `defection` (statements and meetings most
/// common), dated over 2000-2019, each with an agent and a target among `events / 20`
/// padding people, one mention in a padding sentence, ten events per padding article.
enum Padding {
    static let types: [String] = {
        var t: [String] = []
        let weights: [(String, Int)] = [("statement", 30), ("meeting", 20), ("criticism", 10), ("appeal", 8), ("agreement", 6),
                                        ("protest", 6), ("attack", 6), ("demand", 4), ("sanction", 3), ("threat", 3),
                                        ("veto", 1), ("resolution_adopted", 1), ("resolution_proposed", 1), ("resignation", 1)]
        for (type, w) in weights { t += Array(repeating: type, count: w) }
        return t
    }()

    static func add(events count: Int, to db: Database) throws {
        guard count > 0 else { return }
        let actors = max(100, count / 20)
        let articles = max(1, (count + 9) / 10)
        let typesJSON = "[" + types.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        try db.transaction {
            let firstActor = (try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM actor") ?? 0) + 1
            let firstArticle = (try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM article") ?? 0) + 1
            let firstSentence = (try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM sentence_span") ?? 0) + 1
            let firstEvent = (try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) FROM event") ?? 0) + 1
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO actor(id, key, name, kind, is_named) SELECT ? + i, 'person:padding person ' || i, 'Padding Person ' || i, 'person', 1 FROM n
                """, actors, firstActor)
            try db.execute("""
                INSERT INTO actor_alias(actor_id, alias, normalized)
                SELECT id, name, lower(name) FROM actor WHERE id >= ?
                """, firstActor)
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO article(id, content_hash, path, title, source, published, published_basis, ingested_at, body)
                SELECT ? + i, 'padding-' || i, 'padding:' || i, 'Padding article ' || i, 'Padding',
                       date('2000-01-01', '+' || ((i * 7919) % 7300) || ' days'), 'metadata', '2020-01-01T00:00:00Z',
                       'Padding article ' || i || ' reports ten synthetic events.'
                FROM n
                """, articles, firstArticle)
            // Each of an article's ten sentences is its whole body (a sentence is a span of it).
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO sentence_span(id, article_id, ordinal, start, end)
                SELECT ? + i, ? + i / 10, i % 10, 0, length('Padding article ' || (i / 10) || ' reports ten synthetic events.')
                FROM n
                """, count, firstSentence, firstArticle)
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?),
                d AS (SELECT i, date('2000-01-01', '+' || ((i * 7919) % 7300) || ' days') AS day FROM n)
                INSERT INTO event(id, type, date, date_start, date_end, date_precision, date_basis, status, summary)
                SELECT ? + i, json_extract(?, '$[' || (i * 2654435761 % ?) || ']'), day, day, day, 'day', 'padding',
                       CASE WHEN i % 17 = 0 THEN 'negated' WHEN i % 10 = 0 THEN 'claimed' ELSE 'asserted' END,
                       'synthetic event ' || i
                FROM d
                """, count, firstEvent, typesJSON, types.count)
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO event_participant(event_id, actor_id, part)
                SELECT ? + i, ? + (i % ?), 'agent' FROM n
                UNION ALL
                SELECT ? + i, ? + ((i * 31 + 7) % ?), 'target' FROM n WHERE (i * 31 + 7) % ? <> i % ?
                """, count, firstEvent, firstActor, actors, firstEvent, firstActor, actors, actors, actors)
            try db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
                INSERT INTO event_mention(event_id, article_id, sentence_id, trigger_start, trigger_end, status, date, date_precision, date_basis)
                SELECT ? + i, ? + i / 10, ? + i, 0, 10, 'asserted', NULL, 'day', 'padding' FROM n
                """, count, firstEvent, firstArticle, firstSentence)
        }
    }
}
