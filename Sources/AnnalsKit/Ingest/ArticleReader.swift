import Foundation

/// Reads articles from files, folders and stdin.
///
/// ```swift
/// try ArticleReader.read(paths: ["articles/", "extra.jsonl"], overrides: ArticleOverrides()) { result in
///     switch result {
///     case .success(let article): print(article.title ?? "untitled", article.text.count)
///     case .failure(let error): print("skipped", error)   // "extra.jsonl:7: invalid JSON"
///     }
/// }
/// ```
///
/// - Paths: files; folders, recursively, in byte order of names (hidden entries skipped,
///   files with unknown extensions skipped with a note); `-` is stdin, whose format is sniffed.
///   A file named explicitly with an unknown extension is sniffed too.
/// - Every body goes through `PageCleaner`; metadata `published` values are parsed with
///   `MetadataDate` (basis `metadata`); overrides win (basis `flag`).
/// - Errors never stop the walk: each bad file or JSONL line is passed to `body` as a
///   `ReadError` and reading goes on. Only an error thrown by `body` stops it.
/// - JSONL is streamed in 1 MB chunks; other files are read whole, up to
///   `ReadOptions.maxArticleBytes`.
public enum ArticleReader {
    public static func read(paths: [String],
                            overrides: ArticleOverrides = ArticleOverrides(),
                            options: ReadOptions = ReadOptions(),
                            onNote: (ReadNote) -> Void = { _ in },
                            _ body: (Result<Article, ReadError>) throws -> Void) throws {
        var visited = Set<String>()
        for path in paths {
            if path == "-" {
                try readStream(ByteSource(fd: 0, closeOnDeinit: false), path: "-", format: nil,
                               overrides: overrides, options: options, body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.failure(ReadError(path: path, reason: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                try walk(directory: path, visited: &visited, overrides: overrides, options: options, onNote: onNote, body)
            } else {
                try readFile(path, format: ArticleFormat(fileName: path), overrides: overrides, options: options, body)
            }
        }
    }

    /// Reads one file; `format` nil means sniff the content.
    public static func readFile(_ path: String, format: ArticleFormat?,
                                overrides: ArticleOverrides = ArticleOverrides(),
                                options: ReadOptions = ReadOptions(),
                                _ body: (Result<Article, ReadError>) throws -> Void) throws {
        switch ByteSource.open(path: path) {
        case .failure(let error): try body(.failure(error))
        case .success(let source): try readStream(source, path: path, format: format, overrides: overrides, options: options, body)
        }
    }

    /// Reads articles from a document already in memory (one `.txt` or `.html` article, or
    /// any number of JSONL lines); `format` nil means sniff.
    public static func read(bytes: [UInt8], path: String, format: ArticleFormat?,
                            overrides: ArticleOverrides = ArticleOverrides(),
                            options: ReadOptions = ReadOptions(),
                            _ body: (Result<Article, ReadError>) throws -> Void) rethrows {
        let format = format ?? ArticleFormat.sniff(bytes.prefix(4096))
        switch format {
        case .jsonl:
            var lines = JSONLLines(path: path, maxLineBytes: options.maxArticleBytes)
            try lines.feed(bytes[...], overrides: overrides, body)
            try lines.finish(overrides: overrides, body)
        case .text, .html:
            guard bytes.count <= options.maxArticleBytes else {
                try body(.failure(tooLarge(path: path, line: nil, options: options)))
                return
            }
            try body(document(bytes, path: path, format: format, overrides: overrides))
        }
    }

    // MARK: - Walking folders

    static func walk(directory: String, visited: inout Set<String>, overrides: ArticleOverrides, options: ReadOptions,
                     onNote: (ReadNote) -> Void, _ body: (Result<Article, ReadError>) throws -> Void) throws {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else {
            onNote(ReadNote(path: directory, message: "skipped: folder already read (symbolic link loop?)"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            try body(.failure(ReadError(path: directory, reason: "cannot list folder")))
            return
        }
        let sorted = names.filter { !$0.hasPrefix(".") }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in sorted {
            let path = base + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                onNote(ReadNote(path: path, message: "skipped: broken link"))
                continue
            }
            if isDirectory.boolValue {
                try walk(directory: path, visited: &visited, overrides: overrides, options: options, onNote: onNote, body)
            } else if let format = ArticleFormat(fileName: name) {
                try readFile(path, format: format, overrides: overrides, options: options, body)
            } else {
                onNote(ReadNote(path: path, message: "skipped: unknown extension (expected .txt, .html, .htm, .jsonl, .ndjson)"))
            }
        }
    }

    // MARK: - Streams

    static func readStream(_ source: ByteSource, path: String, format: ArticleFormat?, overrides: ArticleOverrides,
                           options: ReadOptions, _ body: (Result<Article, ReadError>) throws -> Void) throws {
        // Peek until the first non-space byte (or the end) to sniff and to spot binary data.
        var head: [UInt8] = []
        while true {
            let chunk = source.next()
            if chunk.isEmpty { break }
            head.append(contentsOf: chunk)
            if chunk.contains(where: { !UTF8Bytes.isASCIISpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) { break }
            if head.count > options.maxArticleBytes { break }
        }
        if let code = source.error {
            try body(.failure(ReadError(path: path, reason: "cannot read: \(ByteSource.errnoMessage(code))")))
            return
        }
        if head.isEmpty {
            try body(.failure(ReadError(path: path, reason: "empty file")))
            return
        }
        if let kind = SourceDecoding.binaryKind(head) {
            try body(.failure(ReadError(path: path, reason: "not a text file: looks like \(kind)")))
            return
        }
        let format = format ?? ArticleFormat.sniff(head)
        source.pushedBack = head

        if format == .jsonl {
            var lines = JSONLLines(path: path, maxLineBytes: options.maxArticleBytes)
            while true {
                let chunk = source.next()
                if chunk.isEmpty { break }
                try lines.feed(chunk[...], overrides: overrides, body)
            }
            if let code = source.error {
                try body(.failure(ReadError(path: path, line: lines.lineNumber + 1, reason: "cannot read: \(ByteSource.errnoMessage(code))")))
            }
            try lines.finish(overrides: overrides, body)
            return
        }
        if let size = source.regularFileSize, size > options.maxArticleBytes {
            try body(.failure(tooLarge(path: path, line: nil, options: options)))
            return
        }
        guard let bytes = source.readAll(limit: options.maxArticleBytes) else {
            try body(.failure(tooLarge(path: path, line: nil, options: options)))
            return
        }
        if let code = source.error {
            try body(.failure(ReadError(path: path, reason: "cannot read: \(ByteSource.errnoMessage(code))")))
            return
        }
        try body(document(bytes, path: path, format: format, overrides: overrides))
    }

    static func tooLarge(path: String, line: Int?, options: ReadOptions) -> ReadError {
        ReadError(path: path, line: line, reason: "article larger than the \(describe(bytes: options.maxArticleBytes)) limit; refused")
    }

    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) byte"
    }
}
