/// An article and its extraction with what the writer derives from them without the
/// database: the content hash, the code-point offsets of its text and each actor's
/// resolution key. Making one is a pure function of the article, so `IngestPipeline`
/// makes them on the extraction threads and the writer, the one stage that does not run
/// in parallel, only reads and writes rows.
///
/// ```swift
/// let prepared = PreparedArticle(article: article, extraction: Extractor().extract(article))
/// let results = try store.write(prepared: [prepared])
/// ```
public struct PreparedArticle: Sendable {
    public let article: Article
    public let extraction: Extraction
    /// `Store.contentHash(title:text:)` of the article.
    let contentHash: String
    let offsets: CodePointOffsets
    /// The resolution key of each extracted actor, by index.
    let resolutions: [ActorResolver.Resolution]
    /// What `Store.resolveActor` writes of each actor's names, by index (see `ActorNames`).
    let names: [ActorNames]
    /// Per event, by index: what `Store.storeEvent` derives from it alone (see `EventKeys`).
    let events: [EventKeys]

    /// An actor's names as the writer stores them: the JSON array of the article's other
    /// names for it (`actor_link.aliases`), and the names it keeps as aliases (its name, then
    /// its aliases; empty ones left out) with their normalized forms (`normalizedName`).
    struct ActorNames: Sendable {
        var aliasesJSON: String
        var aliases: [(text: String, normalized: String)]

        init(_ actor: ExtractedActor) {
            aliasesJSON = jsonArray(Array(Set(actor.aliases.filter { !$0.isEmpty && $0 != actor.name })).sorted())
            aliases = ([actor.name] + actor.aliases).filter { !$0.isEmpty }.map { ($0, normalizedName($0)) }
        }
    }

    /// An event's sort key ("hash|sentence|offset", content order), merge window
    /// (`Store.mergeWindow`), its reading alone (`Store.readingAlone`) and whether any of its
    /// texts has a NUL (cut short when bound).
    struct EventKeys: Sendable {
        var sortKey: String
        var window: String
        var reading: Store.MentionReading
        var hasNUL: Bool
    }

    public init(article: Article, extraction: Extraction) {
        self.article = article
        self.extraction = extraction
        contentHash = Store.contentHash(title: article.title, text: article.text)
        offsets = CodePointOffsets(article.text)
        let prefix = String(contentHash.prefix(16))
        resolutions = extraction.actors.enumerated().map { index, actor in
            ActorResolver.key(for: actor, article: prefix, index: index)
        }
        names = extraction.actors.map(ActorNames.init)
        let hash = contentHash, offsets = offsets, published = article.published
        events = extraction.events.map { event in
            let trigger = offsets.convert(event.trigger)
            let sortKey = "\(hash)|\(Store.padded(event.sentence))|\(Store.padded(trigger.lowerBound))"
            let hasNUL = [event.type, event.date.basis, event.cameoCode, event.ploverType, event.object, event.summary]
                .contains { $0?.utf8.contains(0) ?? false }
            return EventKeys(sortKey: sortKey, window: Store.mergeWindow(type: event.type, date: event.date, published: published, sortKey: sortKey),
                             reading: Store.readingAlone(event), hasNUL: hasNUL)
        }
    }
}
