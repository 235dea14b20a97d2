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

    public init(article: Article, extraction: Extraction) {
        self.article = article
        self.extraction = extraction
        contentHash = Store.contentHash(title: article.title, text: article.text)
        offsets = CodePointOffsets(article.text)
        let prefix = String(contentHash.prefix(16))
        resolutions = extraction.actors.enumerated().map { index, actor in
            ActorResolver.key(for: actor, article: prefix, index: index)
        }
    }
}
