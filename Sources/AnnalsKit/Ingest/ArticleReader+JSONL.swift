import Foundation

/// Splits a JSONL byte stream into lines as chunks arrive and turns each line into an
/// article or an error. Memory stays bounded by the longest line (itself capped).
struct JSONLLines {
    let path: String
    let maxLineBytes: Int
    private(set) var lineNumber = 0
    private var pending: [UInt8] = []
    private var discarding = false
    private var sawContent = false

    init(path: String, maxLineBytes: Int) {
        self.path = path
        self.maxLineBytes = maxLineBytes
    }

    mutating func feed(_ chunk: ArraySlice<UInt8>, overrides: ArticleOverrides,
                       _ body: (Result<Article, ReadError>) throws -> Void) rethrows {
        var start = chunk.startIndex
        while let nl = chunk[start...].firstIndex(of: 0x0A) {
            lineNumber += 1
            if discarding {
                discarding = false
                sawContent = true
                try body(.failure(ArticleReader.tooLarge(path: path, line: lineNumber, options: ReadOptions(maxArticleBytes: maxLineBytes))))
            } else if pending.isEmpty {
                try handle(chunk[start..<nl], overrides: overrides, body)
            } else {
                pending.append(contentsOf: chunk[start..<nl])
                let line = pending
                pending = []
                try handle(line[...], overrides: overrides, body)
            }
            start = nl + 1
        }
        if !discarding {
            pending.append(contentsOf: chunk[start...])
            if pending.count > maxLineBytes {
                pending = []
                discarding = true
            }
        }
    }

    mutating func finish(overrides: ArticleOverrides, _ body: (Result<Article, ReadError>) throws -> Void) rethrows {
        if discarding {
            lineNumber += 1
            discarding = false
            sawContent = true
            try body(.failure(ArticleReader.tooLarge(path: path, line: lineNumber, options: ReadOptions(maxArticleBytes: maxLineBytes))))
        } else if !pending.isEmpty {
            lineNumber += 1
            let line = pending
            pending = []
            try handle(line[...], overrides: overrides, body)
        }
        if !sawContent {
            try body(.failure(ReadError(path: path, reason: "empty file")))
        }
    }

    private mutating func handle(_ raw: ArraySlice<UInt8>, overrides: ArticleOverrides,
                                 _ body: (Result<Article, ReadError>) throws -> Void) rethrows {
        var line = raw
        while let last = line.last, UTF8Bytes.isASCIISpace(last) { line = line.dropLast() }
        while let first = line.first, UTF8Bytes.isASCIISpace(first) { line = line.dropFirst() }
        if line.isEmpty { return }
        sawContent = true
        try body(JSONLLines.article(line, path: path, lineNumber: lineNumber, overrides: overrides))
    }

    static func article(_ line: ArraySlice<UInt8>, path: String, lineNumber: Int, overrides: ArticleOverrides) -> Result<Article, ReadError> {
        func failure(_ reason: String) -> Result<Article, ReadError> {
            .failure(ReadError(path: path, line: lineNumber, reason: reason))
        }
        let decoded: (text: String, warnings: [String])
        switch SourceDecoding.decode(line) {
        case .failure(.binary(let kind)): return failure("not text: looks like \(kind)")
        case .success(let value): decoded = value
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.text.utf8), options: [.fragmentsAllowed])
        } catch {
            return failure("invalid JSON")
        }
        guard let fields = object as? [String: Any] else { return failure("not a JSON object") }

        func string(_ key: String) -> String? {
            switch fields[key] {
            case let s as String: return s.isEmpty ? nil : s
            case let n as NSNumber where key == "published" || key == "date": return n.stringValue
            default: return nil
            }
        }
        let bodyKey = fields["text"] != nil && !(fields["text"] is NSNull) ? "text" : "body"
        guard let value = fields[bodyKey], !(value is NSNull) else { return failure("no \"text\" or \"body\" field") }
        guard let text = value as? String else { return failure("\"\(bodyKey)\" is not a string") }
        let meta = ArticleMetadata(title: string("title"), source: string("source"), url: string("url"),
                                   published: string("published") ?? string("date"))
        return ArticleReader.makeArticle(body: text, meta: meta, path: path, line: lineNumber,
                                         warnings: decoded.warnings, overrides: overrides)
    }
}
