/// Everything the knowledge base knows about one actor: `annals actor NAME`.
///
/// ```swift
/// if let profile = try store.actorProfile("Tlass") {
///     print(profile.name, profile.roles.rows.count, profile.events.rows.count)
/// }
/// ```
public struct ActorProfile: Sendable {
    public var id: Int64
    public var name: String
    public var kind: String
    public var country: String?
    /// Every spelling articles used.
    public var aliases: [String]
    /// Title, of, from, until (a defection or resignation ends a current role), articles.
    public var roles: QueryResult
    /// The actor's events in date order, with its part and the number of sources.
    public var events: QueryResult
    /// Actor–actor facts in both directions, with validity and evidence.
    public var relations: QueryResult
    /// Which articles name the actor, under what name, and why they were linked to it.
    public var links: QueryResult
}

extension Store {
    /// Actors with how many articles name them and how many events they took part in.
    /// `kind` filters (person, country, organization, group, location); unnamed actors are
    /// left out unless `includeUnnamed`.
    public func actors(kind: String? = nil, includeUnnamed: Bool = false) throws -> QueryResult {
        try run(sql: """
            SELECT a.id, a.name, a.kind, a.country,
                   (SELECT count(DISTINCT l.article_id) FROM actor_link l WHERE l.actor_id = a.id) AS articles,
                   (SELECT count(DISTINCT p.event_id) FROM event_participant p WHERE p.actor_id = a.id) AS events,
                   (SELECT group_concat(alias, '; ') FROM (SELECT x.alias FROM actor_alias x WHERE x.actor_id = a.id
                        AND x.alias <> a.name ORDER BY x.alias)) AS aliases
            FROM actor a
            WHERE (:kind IS NULL OR a.kind = :kind) AND (:unnamed = 1 OR a.is_named = 1)
            ORDER BY a.kind, a.name COLLATE NOCASE, a.id
            """, arguments: [":kind": kind, ":unnamed": includeUnnamed])
    }

    /// The actor `name` stands for: an id, an alias (any spelling, normalized), a name with
    /// the same transliteration key ("Riyad Hijab" finds "Riad Hijab"), or a surname that
    /// only one person has. Nil when none, or when a surname is shared ("Assad").
    public func findActor(_ name: String) throws -> Int64? {
        let db = database
        if let id = Int64(name), try db.scalar(Int64.self, "SELECT id FROM actor WHERE id = ?", id) != nil { return id }
        let normalized = normalizedName(name)
        guard !normalized.isEmpty else { return nil }
        let byAlias = try db.query("""
            SELECT DISTINCT x.actor_id FROM actor_alias x JOIN actor a ON a.id = x.actor_id
            WHERE x.normalized = ? ORDER BY a.is_named DESC, x.actor_id
            """, normalized).compactMap { $0[0, as: Int64.self] }
        if byAlias.count == 1 { return byAlias[0] }
        if let person = PersonName(name) {
            if !person.isSurnameOnly,
               let id = try db.scalar(Int64.self, "SELECT id FROM actor WHERE key = ?", "person:" + person.key) { return id }
            if person.isSurnameOnly, let (id, _) = try soleSurnameCandidate(person.surname, country: nil) { return id }
        }
        return byAlias.first
    }

    /// The profile of the actor `name` finds (see `findActor`).
    public func actorProfile(_ name: String) throws -> ActorProfile? {
        guard let id = try findActor(name),
              let row = try database.query("SELECT name, kind, country FROM actor WHERE id = ?", id).first else { return nil }
        let aliases = try database.query("SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY alias", id)
            .compactMap { $0[0, as: String.self] }
        let args: StatementArguments = [":id": id]
        let roles = try run(sql: """
            WITH grouped AS (
                SELECT r.title, o.name AS of, r.of_actor_id, max(r.is_former) AS former, min(r.valid_from) AS valid_from,
                       max(r.valid_to) AS valid_to, count(DISTINCT s.article_id) AS articles
                FROM role r
                JOIN sentence s ON s.id = r.sentence_id
                LEFT JOIN actor o ON o.id = r.of_actor_id
                WHERE r.actor_id = :id
                GROUP BY lower(r.title), r.of_actor_id
            ),
            ending AS (
                SELECT min(coalesce(e.date_end, e.date_start)) AS day, e.type
                FROM event e JOIN event_participant p ON p.event_id = e.id AND p.actor_id = :id AND p.part = 'agent'
                WHERE e.type IN ('defection', 'resignation') AND e.status IN ('asserted', 'claimed')
            )
            SELECT g.title, g.of, g.former, g.valid_from AS "from",
                   coalesce(g.valid_to, CASE WHEN ending.day >= coalesce(g.valid_from, '') THEN ending.day END) AS until,
                   CASE WHEN g.valid_to IS NULL AND ending.day >= coalesce(g.valid_from, '') THEN 'ended by ' || ending.type END AS note,
                   g.articles
            FROM grouped g LEFT JOIN ending ON ending.day IS NOT NULL
            ORDER BY g.valid_from IS NULL, g.valid_from, g.articles DESC, g.title
            """, arguments: args)
        let events = try run(sql: """
            SELECT e.date, e.date_precision AS precision, e.type, p.part, e.status,
                   (SELECT count(DISTINCT m.article_id) FROM event_mention m WHERE m.event_id = e.id) AS sources,
                   e.summary
            FROM event e JOIN event_participant p ON p.event_id = e.id
            WHERE p.actor_id = :id
            ORDER BY coalesce(e.date_start, e.date_end) IS NULL, coalesce(e.date_start, e.date_end), e.type, e.summary
            """, arguments: args)
        let relations = try run(sql: """
            SELECT s.name AS subject, r.predicate, o.name AS object, min(r.valid_from) AS "from", max(r.valid_to) AS until,
                   count(DISTINCT se.article_id) AS articles, min(se.text) AS evidence
            FROM relation r
            JOIN actor s ON s.id = r.subject_id JOIN actor o ON o.id = r.object_id
            JOIN sentence se ON se.id = r.sentence_id
            WHERE r.subject_id = :id OR r.object_id = :id
            GROUP BY r.subject_id, r.predicate, r.object_id
            ORDER BY r.predicate, o.name
            """, arguments: args)
        let links = try run(sql: """
            SELECT l.article_id AS article, coalesce(ar.url, ar.path) AS source, l.name, l.reason
            FROM actor_link l JOIN article ar ON ar.id = l.article_id
            WHERE l.actor_id = :id
            ORDER BY ar.published, ar.content_hash
            """, arguments: args)
        return ActorProfile(id: id, name: row["name", as: String.self] ?? "", kind: row["kind", as: String.self] ?? "",
                            country: row["country", as: String.self], aliases: aliases, roles: roles, events: events,
                            relations: relations, links: links)
    }

    /// The article `reference` names: its id, the path it was read from, or its URL.
    public func findArticle(_ reference: String) throws -> Int64? {
        if let id = Int64(reference), try database.scalar(Int64.self, "SELECT id FROM article WHERE id = ?", id) != nil { return id }
        return try database.scalar(Int64.self, "SELECT id FROM article WHERE path = ? OR url = ? ORDER BY id LIMIT 1", reference, reference)
    }
}
