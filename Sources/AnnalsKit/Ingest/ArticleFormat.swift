/// The kinds of input the reader understands.
public enum ArticleFormat: String, Hashable, Sendable, CaseIterable {
    /// Plain text with optional `title:` / `source:` / `url:` / `published:` header lines.
    case text
    case html
    /// One JSON object per line (`.jsonl`, `.ndjson`).
    case jsonl

    /// The format for a file name's extension (case-insensitive), nil when unknown.
    ///
    /// ```swift
    /// ArticleFormat(fileName: "a/b/Story.HTM")  // .html
    /// ArticleFormat(fileName: "notes.pdf")       // nil
    /// ```
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml", "shtml": self = .html
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// Guesses the format of content: JSONL if the first non-space character is `{`, HTML if
    /// it is `<`, else text.
    public static func sniff(_ bytes: some Sequence<UInt8>) -> ArticleFormat {
        var iterator = bytes.makeIterator()
        var skippedBOM = 0
        while let c = iterator.next() {
            if skippedBOM < 3 && (c == 0xEF || c == 0xBB || c == 0xBF) { skippedBOM += 1; continue }
            if UTF8Bytes.isASCIISpace(c) { continue }
            if c == 0x7B { return .jsonl }
            if c == 0x3C { return .html }
            return .text
        }
        return .text
    }
}
