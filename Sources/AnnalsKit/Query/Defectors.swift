/// One defector, merged across the defection events and articles about them: the answer
/// to "who defected and when".
///
/// ```json
/// {"actor": "Nawaf Fares", "kind": "person", "role": "ambassador to Iraq", "from": "Syria",
///  "to": null, "date": "2012-07-12", "date_precision": "before", "status": "asserted",
///  "sources": [{"article_id": 1, ...}]}
/// ```
public struct DefectorRecord: Sendable, Hashable, Encodable, JSONRepresentable {
    public var actorID: Int64
    public var actor: String
    public var kind: String
    public var role: String?
    public var from: String?
    public var to: String?
    public var date: String?
    public var datePrecision: String
    public var status: String
    public var sources: [EventRecord.Source]
    /// The merged events (not part of the JSON contract).
    public var eventIDs: [Int64]

    enum CodingKeys: String, CodingKey {
        case actor, kind, role, from, to, date, datePrecision = "date_precision", status, sources
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actor, forKey: .actor)
        try c.encode(kind, forKey: .kind)
        try c.encode(role, forKey: .role)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(status, forKey: .status)
        try c.encode(sources, forKey: .sources)
    }

    public var jsonValue: JSONValue {
        .object([
            ("actor", .string(actor)), ("kind", .string(kind)), ("role", JSONValue(role)), ("from", JSONValue(from)),
            ("to", JSONValue(to)), ("date", JSONValue(date)), ("date_precision", .string(datePrecision)),
            ("status", .string(status)), ("sources", .array(sources.map(\.jsonValue))),
        ])
    }
}

extension DefectorRecord: TableRepresentable {
    public static func queryResult(_ records: [DefectorRecord]) -> QueryResult {
        QueryResult(
            columns: ["actor", "role", "from", "to", "date", "precision", "status", "sources"],
            rows: records.map { r in
                [.text(r.actor), r.role.databaseValue, r.from.databaseValue, r.to.databaseValue, r.date.databaseValue,
                 .text(r.datePrecision), .text(r.status), .integer(Int64(Set(r.sources.map(\.articleID)).count))]
            })
    }
}

/// "Who defected and when": one `DefectorRecord` per agent of a defection event.
///
/// Per defector: the date is the most precise of its events (ties: the earliest); the
/// status is `asserted` if any event is, else the strongest hedge (claimed, rumored,
/// denied); role, from and to come from the event with the chosen date, else any other.
/// Events that did not happen (negated, hypothetical, called_for) are left out unless
/// `includeUnrealized`.
public struct Defectors: Sendable {
    public var includeUnrealized: Bool
    public var eventType: String
    /// When set, only these events are merged (the rows of `annals ask`'s SQL).
    public var eventIDs: Set<Int64>?

    public init(includeUnrealized: Bool = false, eventType: String = "defection") {
        self.includeUnrealized = includeUnrealized
        self.eventType = eventType
    }

    static let statusOrder: [String] = ["asserted", "claimed", "rumored", "denied", "negated", "hypothetical", "called_for"]

    public func fetch(_ db: Database) throws -> [DefectorRecord] {
        let unrealized: Set<String> = ["negated", "hypothetical", "called_for"]
        let events = try EventQuery(type: eventType, statuses: includeUnrealized ? nil : EventQuery.reported).fetch(db)
            .filter { includeUnrealized || !unrealized.contains($0.status) }
            .filter { eventIDs?.contains($0.id) ?? true }
        var order: [Int64] = []
        var byActor: [Int64: [(EventRecord, EventRecord.Participant)]] = [:]
        for event in events {
            for agent in event.participants where agent.part == "agent" {
                if byActor[agent.actorID] == nil { order.append(agent.actorID) }
                byActor[agent.actorID, default: []].append((event, agent))
            }
        }
        func rankOf(_ e: EventRecord) -> Int {
            let date = EventDate(start: e.dateStart.flatMap { CalendarDay(iso: $0) }, end: e.dateEnd.flatMap { CalendarDay(iso: $0) },
                                 precision: DatePrecision(rawValue: e.datePrecision) ?? .unknown, basis: "")
            return date.rank
        }
        func statusIndex(_ s: String) -> Int { Defectors.statusOrder.firstIndex(of: s) ?? Defectors.statusOrder.count }

        var records: [DefectorRecord] = order.compactMap { actorID in
            guard let entries = byActor[actorID], let first = entries.first else { return nil }
            // Best-supported events first, then the most precise date, then the earliest.
            let best = entries.min { a, b in
                let sa = statusIndex(a.0.status) == 0, sb = statusIndex(b.0.status) == 0
                if sa != sb { return sa }
                let ra = rankOf(a.0), rb = rankOf(b.0)
                if ra != rb { return ra > rb }
                return (a.0.dateStart ?? a.0.dateEnd ?? "~") < (b.0.dateStart ?? b.0.dateEnd ?? "~")
            } ?? first
            let status = entries.map(\.0.status).min { statusIndex($0) < statusIndex($1) } ?? best.0.status
            func part(_ name: String) -> String? {
                ([best] + entries).lazy.compactMap { entry in entry.0.participants.first { $0.part == name }?.name }.first
            }
            var seen = Set<[String]>()
            let sources = entries.flatMap(\.0.sources).filter { seen.insert([String($0.articleID), $0.status, $0.evidence]).inserted }
                .sorted { ($0.published ?? "~", $0.articleID) < ($1.published ?? "~", $1.articleID) }
            return DefectorRecord(
                actorID: actorID, actor: best.1.name, kind: best.1.kind,
                role: ([best] + entries).lazy.compactMap { entry in
                    // "Syria's ambassador to Iraq": the title with whose it is.
                    entry.1.role.map { title in entry.1.of.map { "\($0)'s \(title)" } ?? title }
                }.first,
                from: part("from"), to: part("to"), date: best.0.date, datePrecision: best.0.datePrecision,
                status: status, sources: sources, eventIDs: entries.map(\.0.id))
        }
        records.sort { ($0.sortDate, $0.actor) < ($1.sortDate, $1.actor) }
        return records
    }
}

extension DefectorRecord {
    /// Undated last.
    var sortDate: String { date ?? "~" }
}
