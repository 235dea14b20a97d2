/// Why a file, a JSONL line or stdin produced no article.
///
/// ```swift
/// ReadError(path: "feed.jsonl", line: 7, reason: "invalid JSON").description
/// // "feed.jsonl:7: invalid JSON"
/// ```
public struct ReadError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The file path (`-` for stdin).
    public var path: String
    /// The 1-based line number, for JSONL input.
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// Something the reader skipped on purpose, such as a file with an unknown extension in a
/// folder. Not an error.
public struct ReadNote: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Metadata given on the command line; each non-nil value replaces what the file says.
///
/// ```swift
/// ArticleOverrides(published: CalendarDay(2012, 7, 19))  // publishedBasis becomes "flag"
/// ```
public struct ArticleOverrides: Hashable, Sendable {
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: CalendarDay?

    public init(title: String? = nil, source: String? = nil, url: String? = nil, published: CalendarDay? = nil) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
    }

    /// Applies the overrides to an article read from a file.
    public func apply(to article: inout Article) {
        if let title { article.title = title }
        if let source { article.source = source }
        if let url { article.url = url }
        if let published {
            article.published = published
            article.publishedBasis = "flag"
        }
    }
}

/// Limits for reading.
public struct ReadOptions: Hashable, Sendable {
    /// Larger articles (a file, or one JSONL line) are refused. Default 64 MB.
    public var maxArticleBytes: Int

    public init(maxArticleBytes: Int = 64 << 20) {
        self.maxArticleBytes = maxArticleBytes
    }
}
