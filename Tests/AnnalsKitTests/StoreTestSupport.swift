import Foundation
@testable import AnnalsKit

/// A fresh path in the temporary folder; the file and its -wal/-shm are removed after `body`.
func withTemporaryDatabasePath<T>(_ body: (String) throws -> T) rethrows -> T {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("annals-test-\(UUID().uuidString).sqlite").path
    defer {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    return try body(path)
}

/// The package root, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readPackageFile(_ relative: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relative), encoding: .utf8)
}

/// Files of a package folder with an extension, name -> contents.
func packageFiles(in folder: String, ext: String) throws -> [String: String] {
    let url = packageRoot.appendingPathComponent(folder)
    guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix("." + ext) {
        files[name] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }
    return files
}

/// Builds an extraction over `text` by finding substrings, so tests give words, not offsets.
struct ExtractionBuilder {
    let text: String
    var extraction = Extraction()

    init(text: String) { self.text = text }

    func range(of needle: String, after start: Int = 0) -> Range<Int> {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        var i = start
        while i + pattern.count <= bytes.count {
            if Array(bytes[i..<(i + pattern.count)]) == pattern { return i..<(i + pattern.count) }
            i += 1
        }
        fatalError("test setup: \(needle) not in text")
    }

    @discardableResult
    mutating func sentence(_ s: String) -> Int {
        extraction.sentences.append(Sentence(range: range(of: s), text: s))
        return extraction.sentences.count - 1
    }

    @discardableResult
    mutating func actor(_ a: ExtractedActor) -> Int {
        extraction.actors.append(a)
        return extraction.actors.count - 1
    }

    func contains(_ words: String) -> Bool { text.contains(words) }

    mutating func mention(_ actor: Int, _ words: String, sentence: Int) {
        extraction.mentions.append(ActorMention(actor: actor, sentence: sentence, range: range(of: words), text: words))
    }
}
