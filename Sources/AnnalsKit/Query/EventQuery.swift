/// Events filtered by type, actor, date range and status, with participants and sources.
///
/// ```swift
/// let records = try EventQuery(type: "defection", actor: "Fares", since: CalendarDay(2012, 1, 1))
///     .fetch(store.database)
/// print(Render.render(records, as: .json), terminator: "")
/// ```
///
/// - `actor` matches an alias exactly after normalization ("U.N." = "un"), or its last
///   words ("Fares" finds "Nawaf Fares").
/// - `since`/`until` keep events whose date interval overlaps the range; a `before` date
///   counts from the beginning of time to its bound; undated events are left out when a
///   range is given.
/// - Results are ordered by date (undated last), then id.
public struct EventQuery: Sendable, Hashable {
    public var type: String?
    public var actor: String?
    public var since: CalendarDay?
    public var until: CalendarDay?
    /// Statuses to keep; nil keeps every status. The default keeps what the text reports as
    /// having happened or as reported (asserted, claimed, rumored, denied) and leaves out
    /// negated, hypothetical and called-for events ("threatened to ...", "urged to defect").
    public var statuses: [EventStatus]?
    public var limit: Int?
    /// One event by id.
    public var id: Int64?

    public static let reported: [EventStatus] = EventStatus.allCases.filter(\.isReported)

    public init(type: String? = nil, actor: String? = nil, since: CalendarDay? = nil, until: CalendarDay? = nil,
                statuses: [EventStatus]? = EventQuery.reported, limit: Int? = nil) {
        self.type = type
        self.actor = actor
        self.since = since
        self.until = until
        self.statuses = statuses
        self.limit = limit
    }

    /// The statement for this query's filters: only the clauses of the filters that are set,
    /// so SQLite can use an index for each (`:type IS NULL OR e.type = :type` would force a
    /// scan of every event). Values are always bound, never spliced.
    var sql: String {
        var clauses: [String] = []
        if id != nil { clauses.append("e.id = :id") }
        if type != nil { clauses.append("e.type = :type") }
        if statuses != nil { clauses.append("e.status IN (SELECT value FROM json_each(:statuses))") }
        if since != nil { clauses.append("e.date_end >= :since") }
        if until != nil { clauses.append("coalesce(e.date_start, e.date_end) <= :until") }
        if actor != nil {
            clauses.append("""
                e.id IN (SELECT p.event_id FROM event_participant p
                         WHERE p.actor_id IN (SELECT al.actor_id FROM actor_alias al
                                              WHERE al.normalized = :actor OR al.normalized LIKE '% ' || :actor))
                """)
        }
        return """
            SELECT e.id, e.type, e.date, e.date_precision, e.date_start, e.date_end, e.date_basis, e.status,
                   e.cameo_code, e.plover_type, e.object, e.summary
            FROM event e
            \(clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: "\n  AND "))
            ORDER BY coalesce(e.date_start, e.date_end) IS NULL, coalesce(e.date_start, e.date_end), e.id
            LIMIT :limit
            """
    }

    /// The bound values of `sql`.
    var arguments: StatementArguments {
        var named: [String: (any DatabaseValueConvertible)?] = [":limit": limit ?? -1]
        if let id { named[":id"] = id }
        if let type { named[":type"] = type }
        if let statuses { named[":statuses"] = "[" + statuses.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]" }
        if let since { named[":since"] = since }
        if let until { named[":until"] = until }
        if let actor { named[":actor"] = normalizedName(actor) }
        return StatementArguments(named: named)
    }

    public func fetch(_ db: Database) throws -> [EventRecord] {
        let actorKey = actor.map(normalizedName)
        if let actorKey, actorKey.isEmpty { return [] }
        var records: [EventRecord] = []
        try db.forEach(sql, arguments: arguments) { row in
            guard let id = row["id", as: Int64.self] else { return }
            records.append(EventRecord(
                id: id, type: row["type", as: String.self] ?? "", date: row["date", as: String.self],
                datePrecision: row["date_precision", as: String.self] ?? "unknown",
                dateStart: row["date_start", as: String.self], dateEnd: row["date_end", as: String.self],
                dateBasis: row["date_basis", as: String.self], status: row["status", as: String.self] ?? "asserted",
                cameoCode: row["cameo_code", as: String.self], ploverType: row["plover_type", as: String.self],
                object: row["object", as: String.self], summary: row["summary", as: String.self] ?? "",
                participants: [], sources: []))
        }
        for i in records.indices {
            records[i].participants = try EventQuery.participants(of: records[i].id, in: db)
            records[i].sources = try EventQuery.sources(of: records[i].id, in: db)
        }
        return records
    }

    /// Fetches one event by id.
    public static func event(id: Int64, in db: Database) throws -> EventRecord? {
        var query = EventQuery()
        query.id = id
        return try query.fetch(db).first
    }

    static func participants(of eventID: Int64, in db: Database) throws -> [EventRecord.Participant] {
        var participants = try db.query("""
            SELECT a.id, a.name, a.kind, p.part
            FROM event_participant p
            JOIN actor a ON a.id = p.actor_id
            WHERE p.event_id = ?
            ORDER BY CASE p.part WHEN 'agent' THEN 0 WHEN 'target' THEN 1 WHEN 'from' THEN 2 WHEN 'to' THEN 3 ELSE 4 END,
                     a.name
            """, eventID).compactMap { row -> EventRecord.Participant? in
            guard let id = row["id", as: Int64.self] else { return nil }
            return EventRecord.Participant(actorID: id, name: row["name", as: String.self] ?? "",
                                           kind: row["kind", as: String.self] ?? "", part: row["part", as: String.self] ?? "",
                                           role: nil, of: nil)
        }
        for i in participants.indices {
            // The actor's role, preferring one read in an article that reports this event, then a
            // current one, then one that says whose it is, then the most specific title.
            if let role = try db.query("""
                SELECT r.title, o.name AS of
                FROM role r
                JOIN sentence s ON s.id = r.sentence_id
                LEFT JOIN actor o ON o.id = r.of_actor_id
                JOIN article ar ON ar.id = s.article_id
                WHERE r.actor_id = :actor
                ORDER BY s.article_id IN (SELECT m.article_id FROM event_mention m WHERE m.event_id = :event) DESC,
                         r.is_former, r.of_actor_id IS NULL, length(r.title) DESC, ar.content_hash, s.ordinal, r.title
                LIMIT 1
                """, arguments: [":actor": participants[i].actorID, ":event": eventID]).first {
                participants[i].role = role["title", as: String.self]
                participants[i].of = role["of", as: String.self]
            }
        }
        return participants
    }

    static func sources(of eventID: Int64, in db: Database) throws -> [EventRecord.Source] {
        var seen = Set<[String]>()
        return try db.query("""
            SELECT m.article_id, ar.title, ar.url, ar.published, m.status, s.text AS evidence
            FROM event_mention m
            JOIN article ar ON ar.id = m.article_id
            JOIN sentence s ON s.id = m.sentence_id
            WHERE m.event_id = ?
            ORDER BY ar.published IS NULL, ar.published, ar.content_hash, s.ordinal, m.trigger_start
            """, eventID).compactMap { row in
            guard let article = row["article_id", as: Int64.self] else { return nil }
            let source = EventRecord.Source(articleID: article, title: row["title", as: String.self],
                                            url: row["url", as: String.self], published: row["published", as: String.self],
                                            status: row["status", as: String.self] ?? "asserted",
                                            evidence: row["evidence", as: String.self] ?? "")
            return seen.insert([String(article), source.status, source.evidence]).inserted ? source : nil
        }
    }
}
