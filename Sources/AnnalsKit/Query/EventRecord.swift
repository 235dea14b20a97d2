/// One event as `annals events --format json` prints it (the DESIGN.md contract):
///
/// ```json
/// {"id": 7, "type": "defection", "date": "2012-07-12", "date_precision": "before",
///  "date_start": null, "date_end": "2012-07-12", "date_basis": "publication date",
///  "status": "asserted", "cameo_code": null, "plover_type": null, "object": null,
///  "summary": "Nawaf Fares defected ...",
///  "participants": [{"name": "Nawaf Fares", "kind": "person", "part": "agent",
///                    "role": "ambassador to Iraq", "of": "Syria"}],
///  "sources": [{"article_id": 1, "title": "...", "url": "...", "published": "2012-07-12",
///               "status": "asserted", "evidence": "Syria's ambassador to Iraq defected ..."}]}
/// ```
public struct EventRecord: Sendable, Hashable, Encodable, JSONRepresentable {
    public struct Participant: Sendable, Hashable, Encodable, JSONRepresentable {
        /// The actor's row id (not part of the JSON contract).
        public var actorID: Int64
        public var name: String
        public var kind: String
        public var part: String
        /// The actor's role, preferring one read in an article that reports the event.
        public var role: String?
        /// Whose role it is ("Syria" for "Syria's ambassador to Iraq").
        public var of: String?

        enum CodingKeys: String, CodingKey { case name, kind, part, role, of }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(kind, forKey: .kind)
            try c.encode(part, forKey: .part)
            try c.encode(role, forKey: .role)
            try c.encode(of, forKey: .of)
        }

        public var jsonValue: JSONValue {
            .object([("name", .string(name)), ("kind", .string(kind)), ("part", .string(part)),
                     ("role", JSONValue(role)), ("of", JSONValue(of))])
        }
    }

    /// An article reporting the event, with what it said.
    public struct Source: Sendable, Hashable, Encodable, JSONRepresentable {
        public var articleID: Int64
        public var title: String?
        public var url: String?
        public var published: String?
        /// The status this source gave the event.
        public var status: String
        /// The sentence.
        public var evidence: String

        enum CodingKeys: String, CodingKey {
            case articleID = "article_id", title, url, published, status, evidence
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(articleID, forKey: .articleID)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
            try c.encode(published, forKey: .published)
            try c.encode(status, forKey: .status)
            try c.encode(evidence, forKey: .evidence)
        }

        public var jsonValue: JSONValue {
            .object([("article_id", .int(articleID)), ("title", JSONValue(title)), ("url", JSONValue(url)),
                     ("published", JSONValue(published)), ("status", .string(status)), ("evidence", .string(evidence))])
        }
    }

    public var id: Int64
    public var type: String
    public var date: String?
    public var datePrecision: String
    public var dateStart: String?
    public var dateEnd: String?
    public var dateBasis: String?
    public var status: String
    public var cameoCode: String?
    public var ploverType: String?
    public var object: String?
    public var summary: String
    public var participants: [Participant]
    public var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case id, type, date, datePrecision = "date_precision", dateStart = "date_start", dateEnd = "date_end",
             dateBasis = "date_basis", status, cameoCode = "cameo_code", ploverType = "plover_type",
             object, summary, participants, sources
    }

    /// Encodes every key, nil as `null` (JSONEncoder would otherwise drop them).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(dateStart, forKey: .dateStart)
        try c.encode(dateEnd, forKey: .dateEnd)
        try c.encode(dateBasis, forKey: .dateBasis)
        try c.encode(status, forKey: .status)
        try c.encode(cameoCode, forKey: .cameoCode)
        try c.encode(ploverType, forKey: .ploverType)
        try c.encode(object, forKey: .object)
        try c.encode(summary, forKey: .summary)
        try c.encode(participants, forKey: .participants)
        try c.encode(sources, forKey: .sources)
    }

    /// The contract JSON, keys in contract order.
    public var jsonValue: JSONValue {
        .object([
            ("id", .int(id)), ("type", .string(type)), ("date", JSONValue(date)),
            ("date_precision", .string(datePrecision)), ("date_start", JSONValue(dateStart)),
            ("date_end", JSONValue(dateEnd)), ("date_basis", JSONValue(dateBasis)), ("status", .string(status)),
            ("cameo_code", JSONValue(cameoCode)), ("plover_type", JSONValue(ploverType)), ("object", JSONValue(object)),
            ("summary", .string(summary)),
            ("participants", .array(participants.map(\.jsonValue))),
            ("sources", .array(sources.map(\.jsonValue))),
        ])
    }
}

extension EventRecord: TableRepresentable {
    /// Flat form: id, date, precision, status, type, participants ("Nawaf Fares (agent,
    /// ambassador to Iraq); Syria (from)"), summary, number of sources.
    public static func queryResult(_ records: [EventRecord]) -> QueryResult {
        QueryResult(
            columns: ["id", "date", "precision", "status", "type", "participants", "summary", "sources"],
            rows: records.map { r in
                [.integer(r.id), r.date.databaseValue, .text(r.datePrecision), .text(r.status), .text(r.type),
                 .text(r.participants.map { p in
                     let details = [p.part, [p.of.map { $0 + "'s" }, p.role].compactMap { $0 }.joined(separator: " ")]
                         .filter { !$0.isEmpty }.joined(separator: ", ")
                     return "\(p.name) (\(details))"
                 }.joined(separator: "; ")),
                 .text(r.summary), .integer(Int64(Set(r.sources.map(\.articleID)).count))]
            })
    }
}
