import Foundation
@testable import AnnalsKit

/// A temporary folder removed when the value goes away.
final class IngestTempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("annals-ingest-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = path + "/" + name
        let dir = (full as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

/// Collects what the reader yields.
struct IngestCollected {
    var articles: [Article] = []
    var errors: [ReadError] = []
    var notes: [ReadNote] = []
    /// "A:path" / "E:path:line" in yield order.
    var order: [String] = []
}

func ingestRead(_ paths: [String], overrides: ArticleOverrides = ArticleOverrides(),
                options: ReadOptions = ReadOptions()) throws -> IngestCollected {
    var c = IngestCollected()
    try ArticleReader.read(paths: paths, overrides: overrides, options: options, onNote: { c.notes.append($0) }) { result in
        switch result {
        case .success(let a): c.articles.append(a); c.order.append("A:\(a.path ?? "")")
        case .failure(let e): c.errors.append(e); c.order.append("E:\(e.description)")
        }
    }
    return c
}

func ingestReadBytes(_ bytes: [UInt8], format: ArticleFormat?, path: String = "mem",
                     overrides: ArticleOverrides = ArticleOverrides(), options: ReadOptions = ReadOptions()) -> IngestCollected {
    var c = IngestCollected()
    ArticleReader.read(bytes: bytes, path: path, format: format, overrides: overrides, options: options) { result in
        switch result {
        case .success(let a): c.articles.append(a)
        case .failure(let e): c.errors.append(e)
        }
    }
    return c
}
