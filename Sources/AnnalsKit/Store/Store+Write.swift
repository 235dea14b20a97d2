extension Store {
    /// SHA-256 hex of `title + "\n" + text`: the identity of an article's content.
    public static func contentHash(title: String?, text: String) -> String {
        SHA256.hex((title ?? "") + "\n" + text)
    }

    /// Writes one article and what was extracted from it, in one transaction. Writing the
    /// same title and text again is a no-op that returns `.duplicate`.
    ///
    /// Indexes in the extraction that point nowhere (a mention of actor 9 when there are
    /// 3 actors, an event in sentence 40 of 12) are skipped, never trusted.
    @discardableResult
    public func write(article: Article, extraction: Extraction) throws -> WriteOutcome {
        try withoutForeignKeyChecks { try database.transaction {
            try batchEnd(defersCounts: true) {  // (a failure rolls back all of it)
                let changes = KnowledgeChanges()
                let outcome = try insert(PreparedArticle(article: article, extraction: extraction), changes: changes)
                try settle(changes)
                return outcome
            }
        } }
    }

    /// Runs `body` (a transaction of the writer's) with SQLite's foreign-key enforcement off,
    /// when no transaction is open yet (the pragma is a no-op inside one).
    ///
    /// Every row the writer inserts points at rows it has just read or written itself (ids
    /// from `lastInsertedRowID` or from look-ups), so checking each reference again costs a
    /// cursor and a seek in the parent table per reference (about 210,000 per 1,000 bench
    /// articles: a tenth of the writer) and never fails. What enforcement also did for the
    /// writer, the cascades of its two deletes (an actor no link names any more, an event
    /// left without mentions), it does itself (`deleteActor`, `deleteEventIfWithoutMentions`),
    /// before deleting the parent, so the same rows go whether enforcement is on or off.
    /// Other connections, `removeArticle` and everything outside the writer keep it on.
    ///
    /// Nested calls leave it off: setting the pragma, even to the value it has, expires every
    /// prepared statement (SQLite compiles the checks into them), and the writer's 170 or so
    /// were prepared again after each switch. `IngestPipeline` keeps it off for its whole
    /// run, so they are prepared once per ingest, not twice per batch.
    func withoutForeignKeyChecks<T>(_ body: () throws -> T) throws -> T {
        guard database.isAutocommit, !foreignKeyChecksOff else { return try body() }
        try database.execute(Store.foreignKeysOff)
        foreignKeyChecksOff = true
        defer {
            foreignKeyChecksOff = false
            try? database.execute(Store.foreignKeysOn)
        }
        return try body()
    }

    static let foreignKeysOff = SQL("PRAGMA foreign_keys = OFF")
    static let foreignKeysOn = SQL("PRAGMA foreign_keys = ON")

    /// Runs `body` (inside a transaction) with two things deferred to its end, done once for
    /// all the articles it writes:
    /// - the full-text indexing of the articles it inserts, by one statement (migration 0013:
    ///   FTS5 writes its pending terms at every statement savepoint, so indexing each
    ///   article as it was inserted made a segment per article);
    /// - re-choosing the name and attributes of the actors other than people that its
    ///   articles linked (`refreshActor`, a function of the actor's counts alone: choosing
    ///   once from the final counts gives what choosing after every article gave, and while
    ///   writing, only people's rows are read, for surname-only links);
    /// - writing the increments of actors' counts (`PendingCounts`), when `defersCounts` (the
    ///   caller rolls back the whole transaction if anything in it fails).
    /// Nested calls defer to the outermost.
    func batchEnd<T>(defersCounts: Bool, _ body: () throws -> T) throws -> T {
        if defersIndexing { return try body() }
        let db = database
        let last = try db.int64(Store.lastArticleID) ?? 0
        try db.execute(Store.deferIndexing)
        defersIndexing = true
        pendingRefreshes = []
        surnameCandidatesCache = [:]
        batchLookups = BatchLookups()
        pendingCounts = defersCounts ? PendingCounts() : nil
        defer {
            defersIndexing = false
            pendingRefreshes = nil
            surnameCandidatesCache = nil
            batchLookups = nil
            pendingCounts = nil
        }
        let result = try body()
        try writeAllCounts()
        for actor in (pendingRefreshes ?? []).sorted() {
            try refreshActor(actor)
        }
        try db.execute(Store.indexArticlesAfter, last)
        try db.execute(Store.endDeferredIndexing)
        return result
    }

    static let lastArticleID = SQL("SELECT max(id) FROM article")
    static let deferIndexing = SQL("INSERT INTO article_fts_deferred(one) VALUES (1)")
    /// (The transaction holds the write lock: every article after the last one before it is its own.)
    static let indexArticlesAfter = SQL("INSERT INTO article_fts(rowid, title, body) SELECT id, title, body FROM article WHERE id > ? ORDER BY id")
    static let endDeferredIndexing = SQL("DELETE FROM article_fts_deferred")

    /// Writes several articles in one transaction (much faster than one each). Each article
    /// runs in its own savepoint, so one that fails is rolled back alone and reported in
    /// its `Result`; duplicates, within the batch too, come back as `.duplicate`. Throws
    /// only when the transaction itself cannot begin or commit.
    public func write(_ items: [(article: Article, extraction: Extraction)]) throws -> [Result<WriteOutcome, any Error>] {
        try write(prepared: items.map { PreparedArticle(article: $0.article, extraction: $0.extraction) })
    }

    /// `write(_:)` for articles prepared beforehand (on other threads: see `PreparedArticle`).
    public func write(prepared items: [PreparedArticle]) throws -> [Result<WriteOutcome, any Error>] {
        try write(streaming: items)
    }

    /// `write(prepared:)` for articles that may still be on their way: each is written as the
    /// sequence hands it over, inside the one transaction, so a writer need not wait for a
    /// whole batch to be extracted before it starts (see `IngestPipeline`). The rows are those
    /// the whole batch at once gives: the same articles in the same order, in one transaction.
    func write<S: Sequence>(streaming items: S) throws -> [Result<WriteOutcome, any Error>] where S.Element == PreparedArticle {
        let start = StatementProfile.timesWrites ? StatementProfile.threadCPUNanoseconds() : 0
        defer {
            if StatementProfile.timesWrites { StatementProfile.recordWrite(nanoseconds: StatementProfile.threadCPUNanoseconds() - start) }
        }
        func write(_ item: PreparedArticle) throws -> WriteOutcome {
            let changes = KnowledgeChanges()
            let outcome = try insert(item, changes: changes)
            try settle(changes)
            return outcome
        }
        // First without a savepoint per article: each costs a RELEASE and, for every page an
        // article writes, a copy of the page as it was (to roll back to). Articles almost
        // never fail; when one does, the whole batch is rolled back and written again with
        // a savepoint per article, so that only the failing one is left out. Writing is
        // deterministic, so both ways give the same rows and ids.
        // The articles handed over so far (to write again if one fails).
        var taken: [PreparedArticle] = []
        var rest = items.makeIterator()
        if database.isAutocommit {
            do {
                return try withoutForeignKeyChecks { try database.transaction {
                    try batchEnd(defersCounts: true) {
                        var results: [Result<WriteOutcome, any Error>] = []
                        while let item = rest.next() {
                            taken.append(item)
                            do {
                                results.append(.success(try write(item)))
                            } catch {
                                throw ArticleWriteFailed()
                            }
                        }
                        return results
                    }
                } }
            } catch is ArticleWriteFailed {
                // Rolled back: write the batch again below, one savepoint per article.
            }
        }
        while let item = rest.next() { taken.append(item) }
        return try withoutForeignKeyChecks { try database.transaction {
            try batchEnd(defersCounts: false) {
                taken.map { item in
                    let result = Result { try database.savepoint { try write(item) } }
                    if case .failure = result, surnameCandidatesCache != nil {
                        surnameCandidatesCache = [:]  // (what it remembered may have been rolled back)
                        batchLookups = BatchLookups()
                    }
                    return result
                }
            }
        } }
    }

    /// Deletes an article and everything that only it supported: its sentences, mentions,
    /// roles, relations, event mentions and actor links; events and actors that other
    /// articles still support stay, recomputed from those (dates, statuses, names, aliases,
    /// surname-only links), so that removing an article and ingesting it again gives back the
    /// same knowledge base. Returns false when there was no such article.
    @discardableResult
    public func removeArticle(id: Int64) throws -> Bool {
        try database.transaction {
            let db = database
            guard try db.scalar(Int64.self, "SELECT id FROM article WHERE id = ?", id) != nil else { return false }
            let changes = KnowledgeChanges()
            try db.forEach("SELECT DISTINCT type, agents, merge_window FROM event_mention WHERE article_id = ? AND agents <> ''",
                           arguments: [id]) { row in
                if let type = row[0, as: String.self], let agents = row[1, as: String.self], let window = row[2, as: String.self] {
                    changes.groups.insert(EventGroup(type: type, agents: agents, window: window))
                }
            }
            var events: [Int64] = []
            try db.forEach("SELECT DISTINCT event_id FROM event_mention WHERE article_id = ?", arguments: [id]) { row in
                if let e = row[0, as: Int64.self] { events.append(e) }
            }
            try db.forEach("SELECT DISTINCT l.actor_id, a.surname FROM actor_link l JOIN actor a ON a.id = l.actor_id WHERE l.article_id = ?",
                           arguments: [id]) { row in
                if let a = row[0, as: Int64.self] { changes.actors.insert(a) }
                if let s = row[1, as: String.self] { changes.surnames.insert(s) }
            }
            try db.execute("DELETE FROM article WHERE id = ?", id)
            for e in events {
                try db.execute("DELETE FROM event WHERE id = ? AND NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = event.id)", e)
                try db.execute("UPDATE event SET date_basis = NULL WHERE id = ?", e)
            }
            try settle(changes)
            return true
        }
    }

    /// Brings what `changes` touched up to date: surname-only links, then the events of every
    /// touched group, then actors' names and aliases (deleting actors no article names).
    func settle(_ changes: KnowledgeChanges) throws {
        for surname in changes.surnames.sorted() {
            try reconcileSurname(surname, changes: changes)
        }
        // A mention written settled in an event of its own, alone in its group, is already
        // what regrouping would make of it (see `storeEvent`).
        func isSettledAlone(_ mentions: [Int64]?) -> Bool {
            guard regroupsIncrementally, !changes.mentionsMoved, let mentions, mentions.count == 1 else { return false }
            return changes.settledAlone.contains(mentions[0])
        }
        for group in changes.groups.sorted(by: { ($0.type, $0.agents, $0.window) < ($1.type, $1.agents, $1.window) })
        where !isSettledAlone(changes.addedMentions[group]) {
            try recluster(group, changes: changes)
        }
        for mention in changes.singleMentions.sorted() where !isSettledAlone([mention]) {
            try reclusterSingle(mention)
        }
        for actor in changes.actors.sorted() {
            try recomputeActor(actor)
        }
        for actor in changes.grownActors.subtracting(changes.actors).subtracting(changes.freshActors).sorted() {
            if pendingRefreshes != nil, changes.notPeople.contains(actor) {
                pendingRefreshes?.insert(actor)
            } else {
                try refreshActor(actor)
            }
        }
    }

    // MARK: - Writing one article (inside a transaction)

    func insert(_ prepared: PreparedArticle, changes: KnowledgeChanges) throws -> WriteOutcome {
        let db = database
        let article = prepared.article, extraction = prepared.extraction
        let hash = prepared.contentHash
        if let existing = try db.int64(Store.articleByHash, hash) {
            return .duplicate(existing)
        }
        try db.execute(Store.insertArticle, hash, article.path, article.url, article.title, article.source, article.published,
                       article.publishedBasis, now(), article.text)
        let articleID = db.lastInsertedRowID
        changes.articleID = articleID
        let offsets = prepared.offsets

        // Sentences, mentions, roles and relations go in by the dozen (see `MultiRowInsert`).
        let sentences = extraction.sentences
        var sentenceIDs: [Int64] = []
        sentenceIDs.reserveCapacity(sentences.count)
        if let last = try Store.insertSentences.insert(sentences.count, in: db, { s, i, p in
            let range = offsets.convert(sentences[i].range)
            s.bind(articleID, p); s.bind(i, p + 1); s.bind(range.lowerBound, p + 2); s.bind(range.upperBound, p + 3)
        }) {
            // (Consecutive: the rows of one statement, and statements one after the other.)
            let first = last - Int64(sentences.count) + 1
            for i in 0..<sentences.count { sentenceIDs.append(first + Int64(i)) }
        }
        func sentenceID(_ index: Int) -> Int64? {
            sentenceIDs.indices.contains(index) ? sentenceIDs[index] : nil
        }

        var rows = ArticleRows(articleID: articleID)
        var actorIDs: [Int64] = []
        for (index, actor) in extraction.actors.enumerated() {
            actorIDs.append(try resolveActor(actor, resolution: prepared.resolutions[index], names: prepared.names[index],
                                             articleID: articleID, rows: &rows, changes: changes))
        }
        try flushLinks(&rows)
        func actorID(_ index: Int?) -> Int64? {
            guard let index, actorIDs.indices.contains(index) else { return nil }
            return actorIDs[index]
        }

        var mentions: [(actor: Int64, sentence: Int64, mention: ActorMention)] = []
        mentions.reserveCapacity(extraction.mentions.count)
        for mention in extraction.mentions {
            guard let actor = actorID(mention.actor), let sentence = sentenceID(mention.sentence) else { continue }
            mentions.append((actor, sentence, mention))
        }
        try Store.insertMentions.insert(mentions.count, in: db) { s, i, p in
            let m = mentions[i]
            let range = offsets.convert(m.mention.range)
            s.bind(m.actor, p); s.bind(m.sentence, p + 1); s.bind(range.lowerBound, p + 2); s.bind(range.upperBound, p + 3)
            s.bind(m.mention.text, p + 4)
        }

        var seenRoles = Set<[String]>()
        var roles: [(actor: Int64, of: Int64?, sentence: Int64, role: ExtractedRole)] = []
        for role in extraction.roles {
            guard let actor = actorID(role.actor), let sentence = sentenceID(role.sentence) else { continue }
            let of = actorID(role.of)
            guard seenRoles.insert([String(actor), role.title, of.map(String.init) ?? "", String(sentence)]).inserted else { continue }
            roles.append((actor, of, sentence, role))
        }
        try Store.insertRoles.insert(roles.count, in: db) { s, i, p in
            let r = roles[i]
            s.bind(r.actor, p); s.bind(r.role.title, p + 1); s.bind(r.of, p + 2); s.bind(r.role.isFormer, p + 3)
            s.bind(r.role.validFrom?.firstDay, p + 4); s.bind(r.role.validTo?.lastDay, p + 5); s.bind(r.sentence, p + 6)
        }

        var seenRelations = Set<[String]>()
        var relations: [(subject: Int64, object: Int64, sentence: Int64, relation: ExtractedRelation)] = []
        for relation in extraction.relations {
            guard let subject = actorID(relation.subject), let object = actorID(relation.object),
                  let sentence = sentenceID(relation.sentence) else { continue }
            guard seenRelations.insert([String(subject), relation.predicate, String(object), String(sentence)]).inserted else { continue }
            relations.append((subject, object, sentence, relation))
        }
        try Store.insertRelations.insert(relations.count, in: db) { s, i, p in
            let r = relations[i]
            s.bind(r.subject, p); s.bind(r.relation.predicate, p + 1); s.bind(r.object, p + 2)
            s.bind(r.relation.validFrom?.firstDay, p + 3); s.bind(r.relation.validTo?.lastDay, p + 4); s.bind(r.sentence, p + 5)
        }

        for (index, event) in extraction.events.enumerated() {
            guard let sentence = sentenceID(event.sentence) else { continue }
            var participants: [(actor: Int64, part: ParticipantPart)] = []
            for participant in event.participants {
                guard let actor = actorID(participant.actor),
                      !participants.contains(where: { $0.actor == actor && $0.part == participant.part }) else { continue }
                participants.append((actor, participant.part))
            }
            try storeEvent(event, keys: prepared.events[index], participants: participants, articleID: articleID,
                           sentenceID: sentence, trigger: offsets.convert(event.trigger), rows: &rows, changes: changes)
        }
        try flushParticipants(&rows)
        return .inserted(articleID)
    }

    static let articleByHash = SQL("SELECT id FROM article WHERE content_hash = ?")
    static let insertArticle = SQL("""
        INSERT INTO article(content_hash, path, url, title, source, published, published_basis, ingested_at, body)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    /// (The text of a sentence is its article's body between the offsets: the `sentence` view.)
    static let insertSentence = SQL("INSERT INTO sentence_span(article_id, ordinal, start, end) VALUES (?, ?, ?, ?)")
    static let insertMention = SQL("INSERT INTO mention(actor_id, sentence_id, start, end, text) VALUES (?, ?, ?, ?, ?)")
    static let insertRole = SQL("""
        INSERT INTO role(actor_id, title, of_actor_id, is_former, valid_from, valid_to, sentence_id)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    static let insertRelation = SQL("""
        INSERT INTO relation(subject_id, predicate, object_id, valid_from, valid_to, sentence_id)
        VALUES (?, ?, ?, ?, ?, ?)
        """)

    static let insertSentences = MultiRowInsert("INSERT OR IGNORE INTO sentence_span(article_id, ordinal, start, end)", columns: 4)
    static let insertMentions = MultiRowInsert("INSERT OR IGNORE INTO mention(actor_id, sentence_id, start, end, text)", columns: 5)
    static let insertRoles = MultiRowInsert(
        "INSERT OR IGNORE INTO role(actor_id, title, of_actor_id, is_former, valid_from, valid_to, sentence_id)", columns: 7)
    static let insertRelations = MultiRowInsert(
        "INSERT OR IGNORE INTO relation(subject_id, predicate, object_id, valid_from, valid_to, sentence_id)", columns: 6)

    /// The resolution key of an actor (see `ActorResolver.key`); kept for callers of the
    /// first schema: unnamed actors are keyed by article id here.
    public static func actorKey(_ actor: ExtractedActor, articleID: Int64, index: Int) -> String {
        let key = ActorResolver.key(for: actor, article: String(articleID), index: index).key
        return key
    }
}

/// An article of a batch written without savepoints failed: the batch is written again
/// with one savepoint per article (see `Store.write(prepared:)`).
private struct ArticleWriteFailed: Error {}

extension EventDate {
    /// The first day the date can stand for (for a `before`, its bound).
    var firstDay: String? { (start ?? end)?.iso }
    /// The last day the date can stand for.
    var lastDay: String? { (end ?? start)?.iso }
}
