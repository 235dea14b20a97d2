/// One article as read from a file, a JSONL line or stdin, before extraction.
///
/// `text` is the cleaned body (page clutter removed) that every offset refers to. Offsets in
/// the extraction are UTF-8 byte offsets into `text`; the store converts them to character
/// (code point) offsets, which is what SQLite's `substr()` counts.
public struct Article: Sendable, Hashable {
    public var title: String?
    public var source: String?
    public var url: String?
    /// Where it was read: a file path, `path:LINE` for JSONL, or `-` for stdin.
    public var path: String?
    /// The publication day, from metadata or inferred from the text.
    public var published: CalendarDay?
    /// How `published` was obtained: `metadata`, `flag`, `dateline`, `caption`,
    /// `weekday`, `text`, or `unknown`.
    public var publishedBasis: String
    /// The cleaned body text.
    public var text: String
    /// Notes about reading (e.g. "invalid UTF-8 replaced"), shown to the user.
    public var warnings: [String]

    public init(title: String? = nil, source: String? = nil, url: String? = nil, path: String? = nil,
                published: CalendarDay? = nil, publishedBasis: String = "unknown",
                text: String, warnings: [String] = []) {
        self.title = title
        self.source = source
        self.url = url
        self.path = path
        self.published = published
        self.publishedBasis = published == nil ? "unknown" : publishedBasis
        self.text = text
        self.warnings = warnings
    }
}
