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
        try database.transaction { try insert(article, extraction) }
    }

    /// Writes several articles in one transaction (much faster than one each). Each article
    /// runs in its own savepoint, so one that fails is rolled back alone and reported in
    /// its `Result`; duplicates, within the batch too, come back as `.duplicate`. Throws
    /// only when the transaction itself cannot begin or commit.
    public func write(_ items: [(article: Article, extraction: Extraction)]) throws -> [Result<WriteOutcome, any Error>] {
        try database.transaction {
            items.map { item in
                Result { try database.savepoint { try insert(item.article, item.extraction) } }
            }
        }
    }

    /// Deletes an article and everything that only it supported: its sentences, mentions,
    /// roles, relations, event mentions, then events left with no mention and actors left
    /// with no reference. Returns false when there was no such article.
    ///
    /// Dates of events that keep other mentions are not recomputed.
    @discardableResult
    public func removeArticle(id: Int64) throws -> Bool {
        try database.transaction {
            try database.execute("DELETE FROM article WHERE id = ?", id)
            guard database.changes > 0 else { return false }
            try database.execute("DELETE FROM event WHERE NOT EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = event.id)")
            try database.execute("""
                DELETE FROM actor WHERE
                    NOT EXISTS (SELECT 1 FROM mention m WHERE m.actor_id = actor.id)
                    AND NOT EXISTS (SELECT 1 FROM role r WHERE r.actor_id = actor.id OR r.of_actor_id = actor.id)
                    AND NOT EXISTS (SELECT 1 FROM event_participant p WHERE p.actor_id = actor.id)
                    AND NOT EXISTS (SELECT 1 FROM relation r WHERE r.subject_id = actor.id OR r.object_id = actor.id)
                """)
            return true
        }
    }

    // MARK: - Writing one article (inside a transaction)

    func insert(_ article: Article, _ extraction: Extraction) throws -> WriteOutcome {
        let db = database
        let hash = Store.contentHash(title: article.title, text: article.text)
        if let existing = try db.scalar(Int64.self, "SELECT id FROM article WHERE content_hash = ?", hash) {
            return .duplicate(existing)
        }
        guard let articleID = try db.scalar(Int64.self, """
            INSERT INTO article(content_hash, path, url, title, source, published, published_basis, ingested_at, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """, hash, article.path, article.url, article.title, article.source, article.published,
            article.publishedBasis, now(), article.text)
        else {
            throw DatabaseError(code: 1, message: "article insert returned no id")
        }
        let offsets = CodePointOffsets(article.text)

        var sentenceIDs: [Int64] = []
        for (ordinal, sentence) in extraction.sentences.enumerated() {
            let range = offsets.convert(sentence.range)
            try db.execute("INSERT INTO sentence(article_id, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?)",
                           articleID, ordinal, range.lowerBound, range.upperBound, sentence.text)
            sentenceIDs.append(db.lastInsertedRowID)
        }
        func sentenceID(_ index: Int) -> Int64? {
            sentenceIDs.indices.contains(index) ? sentenceIDs[index] : nil
        }

        var actorIDs: [Int64] = []
        for (index, actor) in extraction.actors.enumerated() {
            actorIDs.append(try upsertActor(actor, articleID: articleID, index: index))
        }
        func actorID(_ index: Int?) -> Int64? {
            guard let index, actorIDs.indices.contains(index) else { return nil }
            return actorIDs[index]
        }

        for mention in extraction.mentions {
            guard let actor = actorID(mention.actor), let sentence = sentenceID(mention.sentence) else { continue }
            let range = offsets.convert(mention.range)
            try db.execute("INSERT INTO mention(actor_id, sentence_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
                           actor, sentence, range.lowerBound, range.upperBound, mention.text)
        }

        var seenRoles = Set<[String]>()
        for role in extraction.roles {
            guard let actor = actorID(role.actor), let sentence = sentenceID(role.sentence) else { continue }
            let of = actorID(role.of)
            guard seenRoles.insert([String(actor), role.title, of.map(String.init) ?? "", String(sentence)]).inserted else { continue }
            try db.execute("""
                INSERT INTO role(actor_id, title, of_actor_id, is_former, valid_from, valid_to, sentence_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, actor, role.title, of, role.isFormer, role.validFrom?.firstDay, role.validTo?.lastDay, sentence)
        }

        var seenRelations = Set<[String]>()
        for relation in extraction.relations {
            guard let subject = actorID(relation.subject), let object = actorID(relation.object),
                  let sentence = sentenceID(relation.sentence) else { continue }
            guard seenRelations.insert([String(subject), relation.predicate, String(object), String(sentence)]).inserted else { continue }
            try db.execute("""
                INSERT INTO relation(subject_id, predicate, object_id, valid_from, valid_to, sentence_id)
                VALUES (?, ?, ?, ?, ?, ?)
                """, subject, relation.predicate, object, relation.validFrom?.firstDay, relation.validTo?.lastDay, sentence)
        }

        for event in extraction.events {
            guard let sentence = sentenceID(event.sentence) else { continue }
            var participants: [(actor: Int64, part: ParticipantPart)] = []
            for participant in event.participants {
                guard let actor = actorID(participant.actor),
                      !participants.contains(where: { $0.actor == actor && $0.part == participant.part }) else { continue }
                participants.append((actor, participant.part))
            }
            try storeEvent(event, participants: participants, articleID: articleID, sentenceID: sentence,
                           trigger: offsets.convert(event.trigger))
        }
        return .inserted(articleID)
    }

    /// The resolution key of an actor: countries by code (`country:SYR`), other named
    /// actors by kind and normalized name (`person:nawaf fares`, `organization:un security
    /// council`), unnamed actors one per article and index (`unnamed:12:3`).
    public static func actorKey(_ actor: ExtractedActor, articleID: Int64, index: Int) -> String {
        let unnamed = "unnamed:\(articleID):\(index)"
        guard actor.isNamed else { return unnamed }
        if actor.kind == .country,
           let code = [actor.cameoCode, actor.country].compactMap({ $0 }).map({ normalizedName($0).uppercased() })
               .first(where: { !$0.isEmpty && !$0.contains(" ") }) {
            return "country:\(code)"
        }
        let name = normalizedName(actor.name)
        return name.isEmpty ? unnamed : "\(actor.kind.rawValue):\(name)"
    }

    func upsertActor(_ actor: ExtractedActor, articleID: Int64, index: Int) throws -> Int64 {
        let key = Store.actorKey(actor, articleID: articleID, index: index)
        guard let id = try database.scalar(Int64.self, """
            INSERT INTO actor(key, name, kind, is_named, country, cameo_code, description)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET
                country = coalesce(actor.country, excluded.country),
                cameo_code = coalesce(actor.cameo_code, excluded.cameo_code),
                description = coalesce(actor.description, excluded.description)
            RETURNING id
            """, key, actor.name, actor.kind.rawValue, actor.isNamed, actor.country, actor.cameoCode, actor.descriptor)
        else {
            throw DatabaseError(code: 1, message: "actor upsert returned no id")
        }
        for alias in [actor.name] + actor.aliases {
            let normalized = normalizedName(alias)
            guard !normalized.isEmpty else { continue }
            try database.execute("INSERT OR IGNORE INTO actor_alias(actor_id, alias, normalized) VALUES (?, ?, ?)",
                                 id, alias, normalized)
        }
        return id
    }
}

extension EventDate {
    /// The first day the date can stand for (for a `before`, its bound).
    var firstDay: String? { (start ?? end)?.iso }
    /// The last day the date can stand for.
    var lastDay: String? { (end ?? start)?.iso }
}
