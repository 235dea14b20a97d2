import Foundation
import Testing
@testable import AnnalsKit

@Suite struct IngestPathsTests {
    @Test func foldersAreWalkedRecursivelyInSortedOrder() throws {
        let folder = IngestTempFolder()
        folder.write("b.txt", "The b story.")
        folder.write("a/z.html", "<p>The a/z story.</p>")
        folder.write("a/c.TXT", "The a/c story.")
        folder.write("C.htm", "<p>The C story.</p>")
        folder.write(".hidden.txt", "Hidden story.")
        folder.write(".git/x.txt", "Hidden folder story.")
        folder.write("notes.pdf", "pretend")
        folder.write("d/e.jsonl", #"{"text": "The d/e story."}"#)
        let c = try ingestRead([folder.path])
        #expect(c.articles.map(\.text) == ["The C story.", "The a/c story.", "The a/z story.", "The b story.", "The d/e story."])
        #expect(c.notes.map { ($0.path as NSString).lastPathComponent } == ["notes.pdf"])
        #expect(c.errors.isEmpty)
        // Deterministic: a second walk gives the same order.
        #expect(try ingestRead([folder.path]).articles.map(\.path) == c.articles.map(\.path))
    }

    @Test func symbolicLinkLoopIsReadOnce() throws {
        let folder = IngestTempFolder()
        folder.write("sub/a.txt", "The only story.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/loop", withDestinationPath: folder.path)
        let c = try ingestRead([folder.path])
        #expect(c.articles.map(\.text) == ["The only story."])
        #expect(c.notes.count == 1)
    }

    @Test func missingPathIsAnErrorAndOthersStillRead() throws {
        let folder = IngestTempFolder()
        let good = folder.write("good.txt", "The good story.")
        let c = try ingestRead([folder.path + "/missing.txt", good])
        #expect(c.errors.map(\.reason) == ["no such file or directory"])
        #expect(c.articles.map(\.text) == ["The good story."])
    }

    @Test func explicitFileWithUnknownExtensionIsSniffed() throws {
        let folder = IngestTempFolder()
        let html = folder.write("page.asp", "  <html><body><p>Sniffed as HTML.</p></body></html>")
        let jsonl = folder.write("feed.log", "\n{\"text\": \"Sniffed as JSONL.\"}\n")
        let c = try ingestRead([html, jsonl])
        #expect(c.articles.map(\.text) == ["Sniffed as HTML.", "Sniffed as JSONL."])
    }

    @Test(arguments: [
        ("{\"text\": \"x\"}", ArticleFormat.jsonl),
        ("\u{FEFF}  \n<!doctype html>", .html),
        ("title: x\n\nbody", .text),
        ("", .text),
    ])
    func sniffing(_ input: String, _ expected: ArticleFormat) {
        #expect(ArticleFormat.sniff(Array(input.utf8)) == expected)
    }

    @Test func stdinIsSniffedAndStreamed() throws {
        // Stand in for stdin with a pipe: the reader's stream path takes any descriptor.
        let pipe = Pipe()
        let payload = "\n{\"text\": \"From stdin one.\"}\n{bad}\n{\"text\": \"From stdin two.\"}\n"
        pipe.fileHandleForWriting.write(Data(payload.utf8))
        try pipe.fileHandleForWriting.close()
        var c = IngestCollected()
        try ArticleReader.readStream(ByteSource(fd: pipe.fileHandleForReading.fileDescriptor, closeOnDeinit: false),
                                     path: "-", format: nil, overrides: ArticleOverrides(), options: ReadOptions()) { r in
            switch r {
            case .success(let a): c.articles.append(a)
            case .failure(let e): c.errors.append(e)
            }
        }
        #expect(c.articles.map(\.text) == ["From stdin one.", "From stdin two."])
        #expect(c.articles.map(\.path) == ["-:2", "-:4"])
        #expect(c.errors.map(\.description) == ["-:3: invalid JSON"])
    }

    @Test func extensionsMapToFormats() {
        #expect(ArticleFormat(fileName: "x/Story.HTM") == .html)
        #expect(ArticleFormat(fileName: "a.ndjson") == .jsonl)
        #expect(ArticleFormat(fileName: "a.text") == .text)
        #expect(ArticleFormat(fileName: "a.b/c") == nil)
        #expect(ArticleFormat(fileName: "README") == nil)
    }

    @Test func realCorpusReadsWhenPresent() throws {
        let dir = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev/articles").path
        guard FileManager.default.fileExists(atPath: dir) else { return }
        let c = try ingestRead([dir])
        #expect(c.errors.isEmpty)
        #expect(c.articles.count >= 5)
        for a in c.articles {
            #expect(!a.text.contains("Accessibility links"))
            #expect(!a.text.hasPrefix("News"))
            if let title = a.title { #expect(!a.text.hasPrefix(title)) }
        }
    }
}

@Suite struct IngestDecodingTests {
    @Test func validUTF8AndBOM() throws {
        let r = try SourceDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Zürich talks".utf8)).get()
        #expect(r.text == "Zürich talks")
        #expect(r.warnings.isEmpty)
    }

    @Test func latin1IsDecodedAsWindows1252() throws {
        // "Côte d’Ivoire" in Windows-1252: ô = F4, ’ = 92
        let r = try SourceDecoding.decode(Array("C".utf8) + [0xF4] + Array("te d".utf8) + [0x92] + Array("Ivoire".utf8)).get()
        #expect(r.text == "Côte d’Ivoire")
        #expect(r.warnings == [SourceDecoding.windows1252Warning])
    }

    @Test func mostlyUTF8WithABadByteGetsReplacement() throws {
        let bytes = Array("Zürich, Genève, Bogotá ".utf8) + [0xFF] + Array(" end".utf8)
        let r = try SourceDecoding.decode(bytes).get()
        #expect(r.text == "Zürich, Genève, Bogotá \u{FFFD} end")
        #expect(r.warnings == [SourceDecoding.invalidUTF8Warning])
    }

    @Test func utf16WithBOM() throws {
        let le: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]
        #expect(try SourceDecoding.decode(le).get().text == "Hi")
    }

    @Test func binaryIsRefusedWithItsKind() throws {
        #expect(SourceDecoding.binaryKind(Array("%PDF-1.4\n".utf8)) == "a PDF file")
        #expect(SourceDecoding.binaryKind([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]) == "a PNG image")
        #expect(SourceDecoding.binaryKind([0x50, 0x4B, 0x03, 0x04, 1, 2]) != nil)
        #expect(SourceDecoding.binaryKind([0x1F, 0x8B, 8, 0]) == "gzip-compressed data")
        #expect(SourceDecoding.binaryKind(Array("text".utf8) + [0] + Array("more".utf8)) == "binary data (NUL bytes)")
        #expect(SourceDecoding.binaryKind((0..<100).map { UInt8($0 % 8 + 1) }) == "binary data (control bytes)")
        #expect(SourceDecoding.binaryKind(Array("Plain\ttext\r\n".utf8)) == nil)

        let folder = IngestTempFolder()
        let pdf = folder.write("paper.txt", bytes: Array("%PDF-1.7 binary".utf8) + [0, 1, 2])
        let c = try ingestRead([pdf])
        #expect(c.articles.isEmpty)
        #expect(c.errors.first?.path == pdf)
        #expect(c.errors.first?.reason == "not a text file: looks like a PDF file")
    }

    @Test func emptyFilesAreRefused() throws {
        let folder = IngestTempFolder()
        let empty = folder.write("empty.txt", "")
        let blank = folder.write("blank.html", "  \n\t ")
        let tags = folder.write("tags.html", "<html><body><script>x</script></body></html>")
        let c = try ingestRead([empty, blank, tags])
        #expect(c.articles.isEmpty)
        #expect(c.errors.map(\.path) == [empty, blank, tags])
        #expect(c.errors.allSatisfy { $0.reason.contains("empty") })
    }

    @Test func invalidUTF8FileCarriesWarning() throws {
        let folder = IngestTempFolder()
        let path = folder.write("latin.txt", bytes: Array("title: Caf".utf8) + [0xE9] + Array("\n\nThe caf".utf8) + [0xE9] + Array(" reopened.".utf8))
        let a = try #require(try ingestRead([path]).articles.first)
        #expect(a.title == "Café")
        #expect(a.text == "The café reopened.")
        #expect(a.warnings == [SourceDecoding.windows1252Warning])
    }
}
