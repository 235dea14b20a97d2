/// Metadata as a file states it, before parsing.
struct ArticleMetadata: Hashable, Sendable {
    var title: String?
    var source: String?
    var url: String?
    var published: String?
}

extension ArticleReader {
    /// One `.txt` or `.html` article from its bytes.
    static func document(_ bytes: [UInt8], path: String, format: ArticleFormat, overrides: ArticleOverrides) -> Result<Article, ReadError> {
        if bytes.allSatisfy({ UTF8Bytes.isASCIISpace($0) }) {
            return .failure(ReadError(path: path, reason: "empty file"))
        }
        let decoded: (text: String, warnings: [String])
        switch SourceDecoding.decode(bytes) {
        case .failure(.binary(let kind)):
            return .failure(ReadError(path: path, reason: "not a text file: looks like \(kind)"))
        case .success(let value):
            decoded = value
        }
        switch format {
        case .html:
            let page = HTMLText.extract(decoded.text)
            let meta = ArticleMetadata(title: page.title, source: page.siteName, url: page.url, published: page.published)
            return makeArticle(body: page.text, meta: meta, path: path, line: nil, warnings: decoded.warnings, overrides: overrides)
        case .text, .jsonl:
            let (meta, body) = parseTextHeader(normalizingLineEnds(decoded.text))
            return makeArticle(body: String(body), meta: meta, path: path, line: nil, warnings: decoded.warnings, overrides: overrides)
        }
    }

    /// Splits optional header lines (`title:`, `source:`, `url:`, `published:` or `date:`, any
    /// order, keys case-insensitive, values may be empty) from the body. The header must be
    /// followed by a blank line (or the end); otherwise the whole text is body.
    ///
    /// ```swift
    /// ArticleReader.parseTextHeader("Title: Talks\npublished: \n\nBody.")
    /// // (ArticleMetadata(title: "Talks"), "Body.")
    /// ```
    static func parseTextHeader(_ text: String) -> (ArticleMetadata, Substring) {
        var meta = ArticleMetadata()
        var rest = text[...]
        // Leading blank lines.
        while let nl = rest.firstIndex(of: "\n"), rest[..<nl].allSatisfy(\.isWhitespace) {
            rest = rest[rest.index(after: nl)...]
        }
        var sawHeader = false
        var cursor = rest
        while true {
            let lineEnd = cursor.firstIndex(of: "\n") ?? cursor.endIndex
            let line = cursor[..<lineEnd]
            let next = lineEnd == cursor.endIndex ? cursor[lineEnd...] : cursor[cursor.index(after: lineEnd)...]
            if line.allSatisfy(\.isWhitespace) {
                // A blank line (or the end) closes the header.
                return sawHeader ? (meta, next) : (ArticleMetadata(), rest)
            }
            guard let colon = line.firstIndex(of: ":") else { return (ArticleMetadata(), rest) }
            let key = line[..<colon].trimmedWhitespace.lowercased()
            var value = String(line[line.index(after: colon)...].trimmedWhitespace)
            if value.last == "\r" { value.removeLast() }
            let stored: String? = value.isEmpty ? nil : value
            switch key {
            case "title": meta.title = stored
            case "source": meta.source = stored
            case "url": meta.url = stored
            case "published", "date": meta.published = stored ?? meta.published
            default: return (ArticleMetadata(), rest)
            }
            sawHeader = true
            if lineEnd == cursor.endIndex { return (meta, next) }
            cursor = next
        }
    }

    /// `\r\n` and `\r` become `\n` (in Swift, "\r\n" is one `Character`, which line
    /// splitting on "\n" would not see).
    static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for s in text.unicodeScalars {
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = s == "\r"
            out.append(previousCR ? "\n" : s)
        }
        return String(out)
    }

    /// Cleans the body, parses the metadata date, applies overrides.
    static func makeArticle(body: String, meta: ArticleMetadata, path: String, line: Int?, warnings: [String],
                            overrides: ArticleOverrides) -> Result<Article, ReadError> {
        var warnings = warnings
        let title = overrides.title ?? meta.title
        let text = PageCleaner.clean(body, title: title)
        guard !text.isEmpty else {
            return .failure(ReadError(path: path, line: line,
                                      reason: body.allSatisfy(\.isWhitespace) ? "empty body" : "empty body after removing page clutter"))
        }
        var published: CalendarDay? = nil
        if let raw = meta.published {
            switch MetadataDate.parse(raw) {
            case .day(let day): published = day
            case .empty: break
            case .impossible: warnings.append("impossible published date \"\(raw)\" ignored")
            case .unrecognized: warnings.append("unrecognised published date \"\(raw)\" ignored")
            }
        }
        var article = Article(title: meta.title, source: meta.source, url: meta.url,
                              path: line.map { "\(path):\($0)" } ?? path,
                              published: published, publishedBasis: "metadata", text: text, warnings: warnings)
        overrides.apply(to: &article)
        return .success(article)
    }
}

extension Substring {
    fileprivate var trimmedWhitespace: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
