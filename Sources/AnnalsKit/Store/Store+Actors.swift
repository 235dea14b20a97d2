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
    /// Actors the article being written created, with its one link's name and attributes
    /// already in their row (what re-choosing from that one link gives): no re-choosing
    /// needed unless a second link joins them.
    var freshActors = Set<Int64>()
    /// Actors the article linked under a key that is not a person's (countries,
    /// organizations, unnamed actors, ...): never read while writing, so their name and
    /// attributes can be re-chosen once at the end of a batch (`Store.batchEnd`).
    var notPeople = Set<Int64>()
    var surnames = Set<String>()
    var groups = Set<EventGroup>()
    var singleMentions = Set<Int64>()
    /// The (key, actor) links and (actor, name) pairs the article being written has stored
    /// so far, and the aliases it has added: an article's links all come from its own
    /// insert, so these answer "is this link new?" without asking SQLite. Keys are the bytes
    /// SQLite compares (up to a NUL, where a bound text ends).
    var articleLinks = Set<ActorText>()
    var articleNames = Set<ActorText>()
    var articleAliases = Set<ActorText>()
    /// Per group, the event mentions the article being written added to it.
    var addedMentions: [EventGroup: [Int64]] = [:]
    /// Mentions written in an event of their own, settled, into a group that had no other
    /// mention (or without agents): regrouping them would find them as they are, unless
    /// another mention joins the group or `relink` moves mentions between groups.
    var settledAlone = Set<Int64>()
    /// Whether `relink` moved event mentions of the article to other actors (and groups).
    var mentionsMoved = false
    /// The article being written (nil when removing one).
    var articleID: Int64?
    /// Mentions written straight into the event they join, by group (see `Store.PendingJoin`).
    var pendingJoins: [EventGroup: Store.PendingJoin] = [:]
    /// The ids of their provisional events, taken until their group's turn in `settle`.
    var phantoms = Set<Int64>()
}

/// An actor id and a text as SQLite compares them (`actor_id = ? AND name = ?`): equal exactly
/// when SQLite's `=` says so (the text up to its first NUL, what SQLite stores of a bound text).
struct ActorText: Hashable {
    var actor: Int64
    var text: SQLTextKey

    init(_ actor: Int64, _ text: String) {
        self.actor = actor
        self.text = SQLTextKey(text)
    }
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

    /// Links an actor of an article, whose resolution key is `resolution` (see
    /// `PreparedArticle`), to a knowledge-base actor (creating it when new) and records the
    /// link and its justification. Returns the actor id. A new link goes to `rows`, written
    /// after the article's last actor (see `ArticleRows`).
    func resolveActor(_ actor: ExtractedActor, resolution: ActorResolver.Resolution, names: PreparedArticle.ActorNames,
                      articleID: Int64, rows: inout ArticleRows, changes: KnowledgeChanges) throws -> Int64 {
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
        } else if let surname = resolution.surname {
            id = try findOrCreateActor(key: resolution.key, kind: actor.kind, isNamed: actor.isNamed, surname: surname, name: actor.name)
            changes.surnames.insert(surname)
        } else if let existing = try actorID(key: resolution.key) {
            id = existing
            changes.freshActors.remove(id)  // a second link: its name and attributes are chosen from the counts
        } else {
            // New and without a surname (so no surname's candidates see it): written with what
            // `refreshActor` would choose from this one link, instead of updated to it later.
            try database.run(Store.insertChosenActor) { s in
                s.bind(resolution.key, 1); s.bind(actor.name, 2); s.bind(actor.kind.rawValue, 3); s.bind(actor.isNamed, 4)
                s.bind(actor.country, 5); s.bind(actor.cameoCode, 6); s.bind(actor.descriptor, 7)
            }
            id = database.lastInsertedRowID
            batchLookups?.actorIDs[SQLTextKey(resolution.key)] = .some(id)
            batchLookups?.insertedActors.insert(id)
            changes.freshActors.insert(id)
        }
        let aliases = names.aliasesJSON
        let db = database
        // The article's links so far are the ones this insert wrote (see `KnowledgeChanges`).
        let isNewLink = changes.articleLinks.insert(ActorText(id, resolution.key)).inserted
        if let lookups = batchLookups, !lookups.surnameOnlyLinks.isEmpty {
            let k = SQLTextKey(resolution.key)
            if lookups.surnameOnlyLinks[k] == false { lookups.surnameOnlyLinks[k] = nil }
        }
        let isNewName = isNewLink && changes.articleNames.insert(ActorText(id, actor.name)).inserted
        if isNewLink {
            rows.links.append(ArticleRows.Link(actor: id, name: actor.name, key: resolution.key, reason: reason, aliases: aliases,
                                               kind: actor.kind.rawValue, country: actor.country, cameoCode: actor.cameoCode,
                                               description: actor.descriptor))
        } else {
            // (The link it adds to is the article's own, maybe still collected.)
            try flushLinks(&rows)
            try db.run(Store.upsertLink) { s in
                s.bind(id, 1); s.bind(articleID, 2); s.bind(actor.name, 3); s.bind(resolution.key, 4); s.bind(reason, 5)
                s.bind(aliases, 6); s.bind(actor.kind.rawValue, 7); s.bind(actor.country, 8); s.bind(actor.cameoCode, 9)
                s.bind(actor.descriptor, 10)
            }
        }
        // Keep the actor's counts and aliases up to date (see `refreshActor`).
        if let pending = pendingCounts {
            // (Written with their sums when the counts are next read, see `PendingCounts`.)
            if isNewName { pending.addName(id, actor.name) }
            if isNewLink {
                for (field, value) in [actor.country, actor.cameoCode, actor.descriptor].enumerated() {
                    if let value { pending.addValue(id, field: field, value) }
                }
            }
        } else {
            if isNewName {
                try db.execute(Store.countName, id, actor.name)
            }
            if isNewLink {
                for (field, value) in [actor.country, actor.cameoCode, actor.descriptor].enumerated() {
                    guard let value else { continue }
                    try db.execute(Store.countValue, id, Store.countedFields[field], value)
                }
            }
        }
        for alias in names.aliases {
            // A second call for the same alias and actor would find it kept already.
            guard changes.articleAliases.insert(ActorText(id, alias.text)).inserted else { continue }
            try addAlias(alias.text, normalized: alias.normalized, to: id)
        }
        changes.grownActors.insert(id)
        if !resolution.key.hasPrefix("person:") { changes.notPeople.insert(id) }
        return id
    }

    static let upsertLink = SQL("""
        INSERT INTO actor_link(actor_id, article_id, name, key, reason, aliases, kind, country, cameo_code, description)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(article_id, key, actor_id) DO UPDATE SET aliases = (
            SELECT json_group_array(value) FROM (
                SELECT value FROM json_each(actor_link.aliases) UNION SELECT value FROM json_each(excluded.aliases)
                UNION SELECT excluded.name WHERE excluded.name <> actor_link.name))
        """)
    static let countName = SQL("""
        INSERT INTO actor_name_count(actor_id, name, articles) VALUES (?, ?, 1)
        ON CONFLICT(actor_id, name) DO UPDATE SET articles = articles + 1
        """)
    static let countValue = SQL("""
        INSERT INTO actor_value_count(actor_id, field, value, links) VALUES (?, ?, ?, 1)
        ON CONFLICT(actor_id, field, value) DO UPDATE SET links = links + 1
        """)
    static let countNameBy = SQL("""
        INSERT INTO actor_name_count(actor_id, name, articles) VALUES (?, ?, ?)
        ON CONFLICT(actor_id, name) DO UPDATE SET articles = articles + excluded.articles
        """)
    static let countValueBy = SQL("""
        INSERT INTO actor_value_count(actor_id, field, value, links) VALUES (?, ?, ?, ?)
        ON CONFLICT(actor_id, field, value) DO UPDATE SET links = links + excluded.links
        """)
    /// The fields of `actor_value_count`, in the order `resolveActor` counts them.
    static let countedFields = ["country", "cameo_code", "description"]

    /// Writes the pending count increments of actor `id` (see `PendingCounts`).
    func writeCounts(of id: Int64) throws {
        guard let pending = pendingCounts, let counts = pending.byActor.removeValue(forKey: id) else { return }
        try writeCounts(counts, of: id)
    }

    /// Writes every pending count increment (in actor order).
    func writeAllCounts() throws {
        guard let pending = pendingCounts else { return }
        let all = pending.byActor
        pending.byActor = [:]
        for id in all.keys.sorted() {
            try writeCounts(all[id]!, of: id)
        }
    }

    private func writeCounts(_ counts: PendingCounts.Counts, of id: Int64) throws {
        let db = database
        for (name, by) in counts.names.values {
            try db.run(Store.countNameBy) { s in s.bind(id, 1); s.bind(name, 2); s.bind(by, 3) }
        }
        for (key, value) in counts.values {
            try db.run(Store.countValueBy) { s in
                s.bind(id, 1); s.bind(Store.countedFields[key.field], 2); s.bind(value.text, 3); s.bind(value.by, 4)
            }
        }
    }
    static let actorByKey = SQL("SELECT id FROM actor WHERE key = ?")
    static let insertActor = SQL("INSERT INTO actor(key, name, kind, is_named, surname) VALUES (?, ?, ?, ?, ?)")
    static let insertChosenActor = SQL("""
        INSERT INTO actor(key, name, kind, is_named, country, cameo_code, description) VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    static let surnameCandidates = SQL("""
        SELECT id, name, country FROM actor
        WHERE surname = ? AND kind = 'person' AND key NOT LIKE 'person:~%'
        """)

    /// The id of the actor with `key` (`actorByKey`); while a batch is written, asked of
    /// SQLite once per key (see `BatchLookups`).
    func actorID(key: String) throws -> Int64? {
        guard let lookups = batchLookups else { return try database.int64(Store.actorByKey, key) }
        let k = SQLTextKey(key)
        if let known = lookups.actorIDs[k] { return known }
        let id = try database.int64(Store.actorByKey) { s in s.bind(key, 1) }
        lookups.actorIDs[k] = .some(id)
        return id
    }

    func findOrCreateActor(key: String, kind: ActorKind, isNamed: Bool, surname: String?, name: String) throws -> Int64 {
        if let id = try actorID(key: key) { return id }
        try database.execute(Store.insertActor, key, name, kind.rawValue, isNamed, surname)
        let id = database.lastInsertedRowID
        batchLookups?.actorIDs[SQLTextKey(key)] = .some(id)
        batchLookups?.insertedActors.insert(id)
        if let surname, surnameCandidatesCache?[surname] != nil {
            if surname.utf8.contains(0) {
                surnameCandidatesCache?[surname] = nil
            } else if kind == .person && !Store.isSurnameOnlyKey(key) {
                // A person with a full name joins the candidates as reading them again would list
                // it (its country is not set yet); the order of candidates matters to no one.
                surnameCandidatesCache?[surname]?.append(SurnameCandidate(id: id, name: Store.storedText(name), country: nil))
            }
        }
        return id
    }

    /// Whether `key` is a surname-only placeholder's to `key NOT LIKE 'person:~%'` (which
    /// ignores the case of ASCII letters; the bound key ends at a NUL).
    static func isSurnameOnlyKey(_ key: String) -> Bool {
        let prefix = Array("person:~".utf8)
        var k = 0
        for byte in key.utf8 {
            if k == prefix.count { return true }
            guard byte != 0, (byte >= 65 && byte <= 90 ? byte | 0x20 : byte) == prefix[k] else { return false }
            k += 1
        }
        return k == prefix.count
    }

    /// The one person with a full name and this surname skeleton whose country does not
    /// contradict `country`, if there is exactly one (an indexed look-up).
    func soleSurnameCandidate(_ surname: String, country: String?) throws -> (Int64, String)? {
        Store.soleCandidate(try surnameCandidates(surname), country: country)
    }

    /// A known person with a full name: a candidate for the surname-only links of its surname.
    struct SurnameCandidate {
        var id: Int64
        var name: String
        var country: String?
    }

    /// Every person with a full name and this surname skeleton (an indexed look-up; while a
    /// batch is written, remembered until an actor of theirs changes: see
    /// `surnameCandidatesCache`).
    func surnameCandidates(_ surname: String) throws -> [SurnameCandidate] {
        if let cached = surnameCandidatesCache?[surname] { return cached }
        var found: [SurnameCandidate] = []
        try database.forEach(Store.surnameCandidates, [surname]) { row in
            guard let id = row.columnInt64(at: 0) else { return }
            found.append(SurnameCandidate(id: id, name: row.columnText(at: 1) ?? "", country: row.columnText(at: 2)))
        }
        surnameCandidatesCache?[surname] = found
        return found
    }

    /// Forgets the remembered candidates that include actor `id` (its row changed or went away).
    func forgetSurnameCandidates(of id: Int64) {
        guard let cache = surnameCandidatesCache, cache.values.contains(where: { $0.contains { $0.id == id } }) else { return }
        surnameCandidatesCache = cache.filter { !$0.value.contains { $0.id == id } }
    }

    /// Sets the name and country of actor `id` where the remembered candidates list it (its
    /// row was updated to them), as reading the candidates again would give them.
    func updateSurnameCandidates(of id: Int64, name: String, country: String?) {
        guard let cache = surnameCandidatesCache else { return }
        for (surname, candidates) in cache {
            guard let i = candidates.firstIndex(where: { $0.id == id }) else { continue }
            surnameCandidatesCache?[surname]?[i].name = Store.storedText(name)
            surnameCandidatesCache?[surname]?[i].country = country.map(Store.storedText)
        }
    }

    /// The one candidate whose country does not contradict `country`, if there is exactly one.
    static func soleCandidate(_ candidates: [SurnameCandidate], country: String?) -> (Int64, String)? {
        var found: (Int64, String)?
        for candidate in candidates {
            if let country, let theirs = candidate.country, country != theirs { continue }
            guard found == nil else { return nil }
            found = (candidate.id, candidate.name)
        }
        return found
    }

    // MARK: - Keeping surname-only links right

    /// Re-decides every surname-only link of `surname`: to the one known person of that
    /// surname when there is exactly one (and the country agrees), else to the surname's
    /// placeholder. Run after any change to the people of that surname, so that the result
    /// does not depend on whether "Tlass" was read before or after "Manaf Tlass".
    func reconcileSurname(_ surname: String, changes: KnowledgeChanges) throws {
        let key = "person:~" + surname
        let db = database
        // No surname-only link: nothing to decide.
        guard try hasSurnameOnlyLinks(key) else { return }
        // Where a link goes depends only on its country, the candidates (ids and countries)
        // and the placeholder. Since the last reconcile of this surname, every older link is
        // where it put it (or was left, see below): only links whose target changed with
        // the candidates, and the links of the article being written (which `resolveActor`
        // decided while the candidates may still have been growing), can move.
        // Unchanged candidates and placeholder: every link is where the last reconcile put it
        // (migration 0014).
        let stored = try surnameState(surname)
        let candidates = try surnameCandidates(surname)
        let now = SurnameState(placeholder: try actorID(key: key), candidates: candidates)
        if let stored, stored == now { return }

        var links: [(article: Int64, actor: Int64, country: String?)] = []
        func collect(_ sql: SQL, _ arguments: [(any DatabaseValueConvertible)?], where keep: (String?) -> Bool = { _ in true }) throws {
            try db.forEach(sql, arguments) { row in
                guard let a = row.columnInt64(at: 0), let b = row.columnInt64(at: 1) else { return }
                let country = row.columnText(at: 2)
                if keep(country) { links.append((a, b, country)) }
            }
        }
        var full = true
        if let stored {
            full = false
            // Countries that name a candidate now or before; every other country is one class.
            let named = Set(stored.candidates.compactMap(\.country) + now.candidates.compactMap(\.country))
            for country in named where stored.target(country: country) != now.target(country: country) {
                try collect(Store.linksWithKeyAndCountry, [key, country])
            }
            if stored.target(country: nil) != now.target(country: nil) {
                try collect(Store.linksWithKeyWithoutCountry, [key])
            }
            let other = "\u{0}other"  // not a country any link has (bound text ends at a NUL)
            if stored.target(country: other) != now.target(country: other) {
                try collect(Store.linksWithKeyAndSomeCountry, [key], where: { $0.map { !named.contains($0) } ?? false })
            }
            if let article = changes.articleID {
                try collect(Store.articleLinksWithKey, [article, key])
            }
            // A placeholder to create is named after the first link (in link order) that needs it.
            if now.placeholder == nil, links.contains(where: { Store.soleCandidate(candidates, country: $0.country) == nil }) {
                full = true
            }
        }
        if full {
            links = []
            try collect(Store.linksWithKey, [key])
        }
        var seen = Set<[Int64]>()
        var placeholder: Int64?
        for link in links where seen.insert([link.article, link.actor]).inserted {
            let target: Int64
            let reason: String
            if let (person, name) = Store.soleCandidate(candidates, country: link.country) {
                (target, reason) = (person, "surname only; the one known person named so is \(name)")
            } else {
                if let placeholder {
                    target = placeholder
                } else if let existing = try actorID(key: key) {
                    target = existing
                } else {
                    let name = try db.scalar(String.self, Store.linkName, link.article, key) ?? surname
                    target = try findOrCreateActor(key: key, kind: .person, isNamed: true, surname: surname, name: name)
                }
                placeholder = target
                reason = "surname only, no single known person named so"
            }
            guard target != link.actor else { continue }
            // Rows of an article that also names the person in full cannot be told apart: leave them.
            let others = try db.int64(Store.otherLinksOfActor, link.article, link.actor, key) ?? 0
            guard others == 0 else { continue }
            try relink(articleID: link.article, from: link.actor, to: target, changes: changes)
            try db.execute(Store.moveLink, target, reason, link.article, key, link.actor)
            changes.actors.formUnion([link.actor, target])
        }
        let after = SurnameState(placeholder: try actorID(key: key), candidates: candidates)
        let encoded = after.encoded
        try db.execute(Store.saveSurnameState, surname, encoded)
        // (As reading the row back gives it: the text as bound, decoded.)
        batchLookups?.surnameStates[SQLTextKey(surname)] = .some(SurnameState(encoded: Store.storedText(encoded)))
    }

    /// Whether any link has the surname-only key `key` (asked of SQLite once per batch while
    /// it has none: see `BatchLookups.surnameOnlyLinks`).
    func hasSurnameOnlyLinks(_ key: String) throws -> Bool {
        let ask = { try self.database.int64(Store.anyLinkWithKey, { s in s.bind(key, 1) }) != nil }
        guard let lookups = batchLookups else { return try ask() }
        let k = SQLTextKey(key)
        if let known = lookups.surnameOnlyLinks[k] { return known }
        let found = try ask()
        lookups.surnameOnlyLinks[k] = found
        return found
    }

    /// What the surname-only links of `surname` were last reconciled against (`surname_state`;
    /// read once per batch, see `BatchLookups.surnameStates`).
    func surnameState(_ surname: String) throws -> SurnameState? {
        let k = batchLookups.map { _ in SQLTextKey(surname) }
        if let k, let known = batchLookups?.surnameStates[k] { return known }
        var stored: SurnameState?
        try database.forEach(Store.surnameState, [surname]) { row in
            stored = row.columnText(at: 0).flatMap(SurnameState.init(encoded:))
        }
        if let k { batchLookups?.surnameStates[k] = .some(stored) }
        return stored
    }

    /// What the surname-only links of one surname were last decided from (`surname_state`).
    struct SurnameState: Equatable {
        var placeholder: Int64?
        /// (id, country) of each candidate, by id.
        var candidates: [Candidate]
        struct Candidate: Equatable {
            var id: Int64
            var country: String?
        }

        init(placeholder: Int64?, candidates: [SurnameCandidate]) {
            self.placeholder = placeholder
            self.candidates = candidates.map { Candidate(id: $0.id, country: $0.country.map(Store.storedText)) }.sorted { $0.id < $1.id }
        }

        /// Parses `encoded`: `placeholder` then `;id` or `;id:length:country` per candidate.
        init?(encoded text: String) {
            let bytes = Array(text.utf8)
            var i = 0
            func number() -> Int64? {
                var value: Int64 = 0, digits = 0
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, digits < 18 {
                    value = value * 10 + Int64(bytes[i] - 48)
                    i += 1
                    digits += 1
                }
                return digits > 0 ? value : nil
            }
            func skip(_ byte: UInt8) -> Bool {
                guard i < bytes.count, bytes[i] == byte else { return false }
                i += 1
                return true
            }
            guard let first = number() else { return nil }
            placeholder = first == 0 ? nil : first
            candidates = []
            while skip(UInt8(ascii: ";")) {
                guard let id = number() else { return nil }
                var country: String?
                if skip(UInt8(ascii: ":")) {
                    guard let length = number(), skip(UInt8(ascii: ":")), Int(length) <= bytes.count - i else { return nil }
                    country = String(decoding: bytes[i..<(i + Int(length))], as: UTF8.self)
                    i += Int(length)
                }
                candidates.append(Candidate(id: id, country: country))
            }
            guard i == bytes.count else { return nil }
        }

        var encoded: String {
            var text = String(placeholder ?? 0)
            for c in candidates {
                text += ";\(c.id)"
                if let country = c.country { text += ":\(country.utf8.count):" + country }
            }
            return text
        }

        /// Where a link with this country goes: the one candidate whose country does not
        /// contradict it, else the placeholder (nil: none yet).
        func target(country: String?) -> Int64? {
            var found: Int64?
            for candidate in candidates {
                if let country, let theirs = candidate.country, country != theirs { continue }
                guard found == nil else { return placeholder }
                found = candidate.id
            }
            return found ?? placeholder
        }

        static func == (a: SurnameState, b: SurnameState) -> Bool {
            a.placeholder == b.placeholder && a.candidates.count == b.candidates.count
                && zip(a.candidates, b.candidates).allSatisfy { x, y in
                    x.id == y.id && (x.country?.utf8).map { xs in (y.country?.utf8).map { xs.elementsEqual($0) } ?? false } ?? (y.country == nil)
                }
        }
    }

    /// A text as SQLite keeps it when bound (up to its first NUL).
    static func storedText(_ text: String) -> String {
        guard let nul = text.utf8.firstIndex(of: 0) else { return text }
        return String(text[..<nul])
    }

    // Look-ups of surname-only links by key: the condition on the key's prefix lets SQLite
    // use the partial index that holds those links alone (`actor_link_surname_only`).
    static let anyLinkWithKey = SQL("SELECT 1 FROM actor_link WHERE key = ? AND substr(key, 1, 8) = 'person:~' LIMIT 1")
    static let linksWithKey = SQL("""
        SELECT article_id, actor_id, country FROM actor_link WHERE key = ? AND substr(key, 1, 8) = 'person:~' ORDER BY rowid
        """)
    static let linksWithKeyAndCountry = SQL("""
        SELECT article_id, actor_id, country FROM actor_link WHERE key = ? AND country = ? AND substr(key, 1, 8) = 'person:~'
        """)
    static let linksWithKeyWithoutCountry = SQL("""
        SELECT article_id, actor_id, country FROM actor_link WHERE key = ? AND country IS NULL AND substr(key, 1, 8) = 'person:~'
        """)
    static let linksWithKeyAndSomeCountry = SQL("""
        SELECT article_id, actor_id, country FROM actor_link WHERE key = ? AND country IS NOT NULL AND substr(key, 1, 8) = 'person:~'
        """)
    static let articleLinksWithKey = SQL("SELECT article_id, actor_id, country FROM actor_link WHERE article_id = ? AND key = ?")
    static let linkName = SQL("SELECT name FROM actor_link WHERE article_id = ? AND key = ?")
    static let otherLinksOfActor = SQL("SELECT count(*) FROM actor_link WHERE article_id = ? AND actor_id = ? AND key <> ?")
    static let moveLink = SQL("UPDATE actor_link SET actor_id = ?, reason = ? WHERE article_id = ? AND key = ? AND actor_id = ?")
    static let surnameState = SQL("SELECT candidates FROM surname_state WHERE surname = ?")
    static let saveSurnameState = SQL("""
        INSERT INTO surname_state(surname, candidates) VALUES (?, ?)
        ON CONFLICT(surname) DO UPDATE SET candidates = excluded.candidates
        """)

    /// Moves every row of one article that refers to actor `from` to actor `to`.
    func relink(articleID: Int64, from: Int64, to: Int64, changes: KnowledgeChanges) throws {
        let db = database
        // (It reads and marks mentions' events: pending joins first write theirs as they would be.)
        try materializeAll(changes)
        let inArticle = "sentence_id IN (SELECT id FROM sentence_span WHERE article_id = ?)"
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
        if !mentions.isEmpty { changes.mentionsMoved = true }
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
        try addAlias(alias, normalized: normalizedName(alias), to: actorID)
    }

    /// `addAlias(_:to:)` with the alias's `normalizedName` given.
    func addAlias(_ alias: String, normalized n: String, to actorID: Int64) throws {
        guard !n.isEmpty else { return }
        let db = database
        // While a batch is written, the stored alias is asked of SQLite once (`BatchLookups`).
        let lookups = batchLookups
        let key = lookups.map { _ in BatchLookups.AliasKey(actor: actorID, normalized: SQLTextKey(n)) }
        let old: String?
        if let key, let lookups, let known = lookups.aliases[key] {
            old = known
        } else if let lookups, lookups.insertedActors.contains(actorID) {
            old = nil  // (an actor inserted in this batch has only the aliases in `aliases`)
        } else {
            old = try db.text(Store.aliasOf) { s in s.bind(actorID, 1); s.bind(n, 2) }
            if let key, let lookups { lookups.aliases[key] = .some(old) }
        }
        if let old {
            guard alias < old else { return }
            try db.execute(Store.updateAlias, alias, actorID, n)
        } else {
            try db.run(Store.insertAlias) { s in s.bind(actorID, 1); s.bind(alias, 2); s.bind(n, 3) }
        }
        // (What SQLite stores of a bound text, and so would read back.)
        if let key, let lookups { lookups.aliases[key] = .some(Store.storedText(alias)) }
    }

    static let aliasOf = SQL("SELECT alias FROM actor_alias WHERE actor_id = ? AND normalized = ?")
    static let updateAlias = SQL("UPDATE actor_alias SET alias = ? WHERE actor_id = ? AND normalized = ?")
    static let insertAlias = SQL("INSERT INTO actor_alias(actor_id, alias, normalized) VALUES (?, ?, ?)")

    /// Recomputes an actor's name counts, attribute counts and aliases from all the articles
    /// linked to it (after links went away or moved), then its name and attributes; deletes
    /// the actor when no article links to it any more.
    func recomputeActor(_ id: Int64) throws {
        let db = database
        try writeCounts(of: id)
        // Its aliases are rewritten below and the actor may go: forget what the batch read.
        if batchLookups != nil { batchLookups = BatchLookups() }
        guard try db.scalar(Int64.self, "SELECT id FROM actor WHERE id = ?", id) != nil else { return }
        guard try db.scalar(Int.self, "SELECT 1 FROM actor_link WHERE actor_id = ? LIMIT 1", id) != nil else {
            try deleteActor(id)
            forgetSurnameCandidates(of: id)
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

    /// Deletes an actor and the rows that point at it, as the foreign keys' actions do when
    /// enforced (see `withoutForeignKeyChecks`): every row naming it is deleted, and a role
    /// held of it keeps its title without the `of`.
    func deleteActor(_ id: Int64) throws {
        let db = database
        for sql in Store.deleteActorReferences {
            try db.execute(sql, id)
        }
        try db.execute(Store.deleteActorRow, id)
    }

    static let deleteActorReferences = [
        "DELETE FROM actor_alias WHERE actor_id = ?",
        "DELETE FROM mention WHERE actor_id = ?",
        "DELETE FROM role WHERE actor_id = ?",
        "UPDATE role SET of_actor_id = NULL WHERE of_actor_id = ?",
        "DELETE FROM event_participant WHERE actor_id = ?",
        "DELETE FROM relation WHERE subject_id = ?",
        "DELETE FROM relation WHERE object_id = ?",
        "DELETE FROM actor_link WHERE actor_id = ?",
        "DELETE FROM event_mention_participant WHERE actor_id = ?",
        "DELETE FROM actor_name_count WHERE actor_id = ?",
        "DELETE FROM actor_value_count WHERE actor_id = ?",
    ].map(SQL.init)
    static let deleteActorRow = SQL("DELETE FROM actor WHERE id = ?")

    /// Chooses an actor's display name, country, CAMEO code and description from its counts
    /// (the same whatever order its articles came in): the preferred name by
    /// `ActorResolver.prefer`, and each attribute's most common value (ties: the least).
    func refreshActor(_ id: Int64) throws {
        let db = database
        try writeCounts(of: id)
        // The actor's row, its name counts and its value counts, read by one statement (rows
        // tagged 0, 1, 2; the order of the rows does not matter: ties are broken below on
        // the bytes, as SQLite's BINARY collation orders texts).
        var current: (kind: String, name: String?, country: String?, cameo: String?, description: String?)?
        var names: [(name: String, articles: Int)] = []
        // Per field (0: country, 1: cameo_code, 2: description): the most common value (ties: the least).
        var mostCommon: [(value: String, links: Int64)?] = [nil, nil, nil]
        try db.forEach(Store.actorChoicesAndCounts, [id]) { row in
            switch row.columnInt64(at: 0) {
            case 0:
                current = (row.columnText(at: 1) ?? "", row.columnText(at: 2), row.columnText(at: 3), row.columnText(at: 4), row.columnText(at: 5))
            case 1:
                if let name = row.columnText(at: 1), let n = row.columnInt64(at: 2) { names.append((name, Int(n))) }
            default:
                guard let field = row.columnText(at: 1).flatMap(Store.countedFields.firstIndex(of:)),
                      let value = row.columnText(at: 2), let links = row.columnInt64(at: 3) else { return }
                if let best = mostCommon[field],
                   best.links > links || (best.links == links && !value.utf8.lexicographicallyPrecedes(best.value.utf8)) {
                    return
                }
                mostCommon[field] = (value, links)
            }
        }
        guard let current else { return }
        guard !names.isEmpty else { return }
        // (In the order of the names' bytes, as the counts' primary key lists them: `min` keeps
        // the first of names `prefer` finds equal.)
        names.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let best = names.min { ActorResolver.prefer($0, over: $1, kind: current.kind) }?.name ?? ""
        let country = mostCommon[0]?.value, cameo = mostCommon[1]?.value, description = mostCommon[2]?.value
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case let (a?, b?): return a.utf8.elementsEqual(b.utf8)
            default: return false
            }
        }
        if same(best, current.name) && same(country, current.country) && same(cameo, current.cameo)
            && same(description, current.description) && !best.utf8.contains(0) {
            return
        }
        try db.execute(Store.updateActorChoices, best, country, cameo, description, id)
        updateSurnameCandidates(of: id, name: best, country: country)
    }

    static let actorChoicesAndCounts = SQL("""
        SELECT 0, kind, name, country, cameo_code, description FROM actor WHERE id = ?1
        UNION ALL SELECT 1, name, articles, NULL, NULL, NULL FROM actor_name_count WHERE actor_id = ?1 AND articles > 0
        UNION ALL SELECT 2, field, value, links, NULL, NULL FROM actor_value_count WHERE actor_id = ?1 AND links > 0
        """)
    static let updateActorChoices = SQL("UPDATE actor SET name = ?, country = ?, cameo_code = ?, description = ? WHERE id = ?")
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
