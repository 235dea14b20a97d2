import Foundation

/// What writing or removing articles touched, to be brought up to date before the
/// transaction ends: actors whose name and aliases come from their links, surnames whose
/// surname-only mentions may now resolve differently, event groups to recluster.
final class KnowledgeChanges {
    /// Actors whose links went away or moved: recomputed from all their links.
    var actors = Set<Int64>()
    /// Actors that only gained links (their counts and aliases already updated): their
    /// name and attributes are re-chosen from the counts.
    var grownActors = Set<Int64>()
    var surnames = Set<String>()
    var groups = Set<EventGroup>()
    var singleMentions = Set<Int64>()
}

/// Mentions that may be one event: same type, same agents (sorted actor ids, "8,13"),
/// same merge window (see `Store.mergeWindow`).
struct EventGroup: Hashable {
    var type: String
    var agents: String
    var window: String
}

extension Store {
    // MARK: - Resolving one article's actor

    /// Links the `index`th actor of an article to a knowledge-base actor (creating it when
    /// new) and records the link and its justification. Returns the actor id.
    func resolveActor(_ actor: ExtractedActor, articleID: Int64, articleHash: String, index: Int,
                      changes: KnowledgeChanges) throws -> Int64 {
        let resolution = ActorResolver.key(for: actor, article: String(articleHash.prefix(16)), index: index)
        var reason = resolution.reason
        let id: Int64
        if resolution.isSurnameOnly, let surname = resolution.surname {
            if let (person, name) = try soleSurnameCandidate(surname, country: actor.country) {
                id = person
                reason = "surname only; the one known person named so is \(name)"
            } else {
                id = try findOrCreateActor(key: resolution.key, kind: actor.kind, isNamed: true, surname: surname, name: actor.name)
            }
            changes.surnames.insert(surname)
        } else {
            id = try findOrCreateActor(key: resolution.key, kind: actor.kind, isNamed: actor.isNamed,
                                       surname: resolution.surname, name: actor.name)
            if let surname = resolution.surname { changes.surnames.insert(surname) }
        }
        let aliases = jsonArray(Array(Set(actor.aliases.filter { !$0.isEmpty && $0 != actor.name })).sorted())
        let db = database
        let isNewLink = try db.scalar(Int.self, "SELECT 1 FROM actor_link WHERE article_id = ? AND key = ? AND actor_id = ?",
                                      articleID, resolution.key, id) == nil
        let isNewName = try isNewLink
            && db.scalar(Int.self, "SELECT 1 FROM actor_link WHERE article_id = ? AND actor_id = ? AND name = ?", articleID, id, actor.name) == nil
        try db.execute("""
            INSERT INTO actor_link(actor_id, article_id, name, key, reason, aliases, kind, country, cameo_code, description)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(article_id, key, actor_id) DO UPDATE SET aliases = (
                SELECT json_group_array(value) FROM (
                    SELECT value FROM json_each(actor_link.aliases) UNION SELECT value FROM json_each(excluded.aliases)
                    UNION SELECT excluded.name WHERE excluded.name <> actor_link.name))
            """, id, articleID, actor.name, resolution.key, reason, aliases, actor.kind.rawValue, actor.country,
            actor.cameoCode, actor.descriptor)
        // Keep the actor's counts and aliases up to date (see `refreshActor`).
        if isNewName {
            try db.execute("""
                INSERT INTO actor_name_count(actor_id, name, articles) VALUES (?, ?, 1)
                ON CONFLICT(actor_id, name) DO UPDATE SET articles = articles + 1
                """, id, actor.name)
        }
        if isNewLink {
            for (field, value) in [("country", actor.country), ("cameo_code", actor.cameoCode), ("description", actor.descriptor)] {
                guard let value else { continue }
                try db.execute("""
                    INSERT INTO actor_value_count(actor_id, field, value, links) VALUES (?, ?, ?, 1)
                    ON CONFLICT(actor_id, field, value) DO UPDATE SET links = links + 1
                    """, id, field, value)
            }
        }
        for alias in [actor.name] + actor.aliases where !alias.isEmpty {
            try addAlias(alias, to: id)
        }
        changes.grownActors.insert(id)
        return id
    }

    func findOrCreateActor(key: String, kind: ActorKind, isNamed: Bool, surname: String?, name: String) throws -> Int64 {
        if let id = try database.scalar(Int64.self, "SELECT id FROM actor WHERE key = ?", key) { return id }
        try database.execute("INSERT INTO actor(key, name, kind, is_named, surname) VALUES (?, ?, ?, ?, ?)",
                             key, name, kind.rawValue, isNamed, surname)
        return database.lastInsertedRowID
    }

    /// The one person with a full name and this surname skeleton whose country does not
    /// contradict `country`, if there is exactly one (an indexed look-up).
    func soleSurnameCandidate(_ surname: String, country: String?) throws -> (Int64, String)? {
        var found: [(Int64, String)] = []
        try database.forEach("""
            SELECT id, name, country FROM actor
            WHERE surname = ? AND kind = 'person' AND key NOT LIKE 'person:~%'
            """, arguments: [surname]) { row in
            guard let id = row["id", as: Int64.self] else { return }
            let theirs = row["country", as: String.self]
            if let country, let theirs, country != theirs { return }
            found.append((id, row["name", as: String.self] ?? ""))
        }
        return found.count == 1 ? found[0] : nil
    }

    // MARK: - Keeping surname-only links right

    /// Re-decides every surname-only link of `surname`: to the one known person of that
    /// surname when there is exactly one (and the country agrees), else to the surname's
    /// placeholder. Run after any change to the people of that surname, so that the result
    /// does not depend on whether "Tlass" was read before or after "Manaf Tlass".
    func reconcileSurname(_ surname: String, changes: KnowledgeChanges) throws {
        let key = "person:~" + surname
        var links: [(article: Int64, actor: Int64, country: String?)] = []
        try database.forEach("SELECT article_id, actor_id, country FROM actor_link WHERE key = ?", arguments: [key]) { row in
            guard let a = row["article_id", as: Int64.self], let b = row["actor_id", as: Int64.self] else { return }
            links.append((a, b, row["country", as: String.self]))
        }
        // The candidate depends only on the link's country: look it up once per country.
        var candidates: [String?: (Int64, String)?] = [:]
        for link in links {
            let target: Int64
            let reason: String
            let candidate: (Int64, String)?
            if let cached = candidates[link.country] {
                candidate = cached
            } else {
                candidate = try soleSurnameCandidate(surname, country: link.country)
                candidates[link.country] = .some(candidate)
            }
            if let (person, name) = candidate {
                (target, reason) = (person, "surname only; the one known person named so is \(name)")
            } else {
                let name = try database.scalar(String.self, "SELECT name FROM actor_link WHERE article_id = ? AND key = ?", link.article, key) ?? surname
                target = try findOrCreateActor(key: key, kind: .person, isNamed: true, surname: surname, name: name)
                reason = "surname only, no single known person named so"
            }
            guard target != link.actor else { continue }
            // Rows of an article that also names the person in full cannot be told apart: leave them.
            let others = try database.scalar(Int.self, "SELECT count(*) FROM actor_link WHERE article_id = ? AND actor_id = ? AND key <> ?",
                                             link.article, link.actor, key) ?? 0
            guard others == 0 else { continue }
            try relink(articleID: link.article, from: link.actor, to: target, changes: changes)
            try database.execute("UPDATE actor_link SET actor_id = ?, reason = ? WHERE article_id = ? AND key = ? AND actor_id = ?",
                                 target, reason, link.article, key, link.actor)
            changes.actors.formUnion([link.actor, target])
        }
    }

    /// Moves every row of one article that refers to actor `from` to actor `to`.
    func relink(articleID: Int64, from: Int64, to: Int64, changes: KnowledgeChanges) throws {
        let db = database
        let inArticle = "sentence_id IN (SELECT id FROM sentence WHERE article_id = ?)"
        try db.execute("UPDATE mention SET actor_id = ? WHERE actor_id = ? AND \(inArticle)", to, from, articleID)
        try db.execute("UPDATE role SET actor_id = ? WHERE actor_id = ? AND \(inArticle)", to, from, articleID)
        try db.execute("UPDATE role SET of_actor_id = ? WHERE of_actor_id = ? AND \(inArticle)", to, from, articleID)
        try db.execute("UPDATE relation SET subject_id = ? WHERE subject_id = ? AND \(inArticle)", to, from, articleID)
        try db.execute("UPDATE relation SET object_id = ? WHERE object_id = ? AND \(inArticle)", to, from, articleID)
        var mentions: [Int64] = []
        try db.forEach("""
            SELECT DISTINCT p.mention_id FROM event_mention_participant p JOIN event_mention m ON m.id = p.mention_id
            WHERE p.actor_id = ? AND m.article_id = ?
            """, arguments: [from, articleID]) { row in
            if let id = row[0, as: Int64.self] { mentions.append(id) }
        }
        for mention in mentions {
            try db.execute("UPDATE OR IGNORE event_mention_participant SET actor_id = ? WHERE mention_id = ? AND actor_id = ?", to, mention, from)
            try db.execute("DELETE FROM event_mention_participant WHERE mention_id = ? AND actor_id = ?", mention, from)
            if let old = try mentionGroup(mention) { changes.groups.insert(old) }
            try db.execute("UPDATE event SET date_basis = NULL WHERE id = (SELECT event_id FROM event_mention WHERE id = ?)", mention)
            try refreshAgents(ofMention: mention, changes: changes)
        }
    }

    // MARK: - An actor's name, aliases and attributes from its links

    /// Adds one name an article used for an actor to its aliases: per normalized form, the
    /// least alias is kept (so the result does not depend on order).
    func addAlias(_ alias: String, to actorID: Int64) throws {
        let n = normalizedName(alias)
        guard !n.isEmpty else { return }
        let db = database
        if let old = try db.scalar(String.self, "SELECT alias FROM actor_alias WHERE actor_id = ? AND normalized = ?", actorID, n) {
            guard alias < old else { return }
            try db.execute("UPDATE actor_alias SET alias = ? WHERE actor_id = ? AND normalized = ?", alias, actorID, n)
        } else {
            try db.execute("INSERT INTO actor_alias(actor_id, alias, normalized) VALUES (?, ?, ?)", actorID, alias, n)
        }
    }

    /// Recomputes an actor's name counts, attribute counts and aliases from all the articles
    /// linked to it (after links went away or moved), then its name and attributes; deletes
    /// the actor when no article links to it any more.
    func recomputeActor(_ id: Int64) throws {
        let db = database
        guard try db.scalar(Int64.self, "SELECT id FROM actor WHERE id = ?", id) != nil else { return }
        guard try db.scalar(Int.self, "SELECT 1 FROM actor_link WHERE actor_id = ? LIMIT 1", id) != nil else {
            try db.execute("DELETE FROM actor WHERE id = ?", id)
            return
        }
        try db.execute("DELETE FROM actor_name_count WHERE actor_id = ?", id)
        try db.execute("""
            INSERT INTO actor_name_count(actor_id, name, articles)
            SELECT actor_id, name, count(DISTINCT article_id) FROM actor_link WHERE actor_id = ? GROUP BY name
            """, id)
        try db.execute("DELETE FROM actor_value_count WHERE actor_id = ?", id)
        try db.execute("""
            INSERT INTO actor_value_count(actor_id, field, value, links)
            SELECT actor_id, 'country', country, count(*) FROM actor_link WHERE actor_id = ?1 AND country IS NOT NULL GROUP BY country
            UNION ALL
            SELECT actor_id, 'cameo_code', cameo_code, count(*) FROM actor_link WHERE actor_id = ?1 AND cameo_code IS NOT NULL GROUP BY cameo_code
            UNION ALL
            SELECT actor_id, 'description', description, count(*) FROM actor_link WHERE actor_id = ?1 AND description IS NOT NULL GROUP BY description
            """, id)
        var aliases = Set<String>()
        try db.forEach("""
            SELECT name FROM actor_link WHERE actor_id = ?1
            UNION SELECT j.value FROM actor_link l, json_each(l.aliases) j WHERE l.actor_id = ?1
            """, arguments: [id]) { row in
            if let alias = row[0, as: String.self] { aliases.insert(alias) }
        }
        try db.execute("DELETE FROM actor_alias WHERE actor_id = ?", id)
        var byNormalized: [String: String] = [:]
        for alias in aliases {
            let n = normalizedName(alias)
            guard !n.isEmpty else { continue }
            if let old = byNormalized[n], old <= alias { continue }
            byNormalized[n] = alias
        }
        for (n, alias) in byNormalized.sorted(by: { $0.key < $1.key }) {
            try db.execute("INSERT INTO actor_alias(actor_id, alias, normalized) VALUES (?, ?, ?)", id, alias, n)
        }
        try refreshActor(id)
    }

    /// Chooses an actor's display name, country, CAMEO code and description from its counts
    /// (the same whatever order its articles came in): the preferred name by
    /// `ActorResolver.prefer`, and each attribute's most common value (ties: the least).
    func refreshActor(_ id: Int64) throws {
        let db = database
        guard let kind = try db.scalar(String.self, "SELECT kind FROM actor WHERE id = ?", id) else { return }
        var names: [(name: String, articles: Int)] = []
        try db.forEach("SELECT name, articles FROM actor_name_count WHERE actor_id = ? AND articles > 0", arguments: [id]) { row in
            if let name = row[0, as: String.self], let n = row[1, as: Int.self] { names.append((name, n)) }
        }
        guard !names.isEmpty else { return }
        let best = names.min { ActorResolver.prefer($0, over: $1, kind: kind) }?.name ?? ""
        func mostCommon(_ field: String) throws -> String? {
            try db.scalar(String.self, """
                SELECT value FROM actor_value_count WHERE actor_id = ? AND field = ? AND links > 0
                ORDER BY links DESC, value LIMIT 1
                """, id, field)
        }
        try db.execute("UPDATE actor SET name = ?, country = ?, cameo_code = ?, description = ? WHERE id = ?",
                       best, try mostCommon("country"), try mostCommon("cameo_code"), try mostCommon("description"), id)
    }
}

/// `["a","b"]` for a list of strings.
func jsonArray(_ values: [String]) -> String {
    "[" + values.map { value in
        var s = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": s += "\\\""
            case "\\": s += "\\\\"
            case "\n": s += "\\n"
            case "\r": s += "\\r"
            case "\t": s += "\\t"
            default:
                if scalar.value < 0x20 {
                    s += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    s.unicodeScalars.append(scalar)
                }
            }
        }
        return s + "\""
    }.joined(separator: ",") + "]"
}

/// The strings of a JSON array of strings (what `jsonArray` writes, or SQLite's json_group_array).
func parseJSONArray(_ text: String) -> [String] {
    guard let data = text.data(using: .utf8),
          let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return [] }
    return array.compactMap { $0 as? String }
}
