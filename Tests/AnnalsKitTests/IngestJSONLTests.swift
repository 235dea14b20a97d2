import Foundation
import Testing
@testable import AnnalsKit

@Suite struct IngestJSONLTests {
    @Test func malformedLinesAreReportedAndGoodLinesRead() throws {
        let folder = IngestTempFolder()
        let lines = [
            #"{"title": "One", "text": "The first story is short.", "published": "2012-07-19"}"#,
            #"{"title": "Two", "text": "unterminated"#,
            "",
            #"{"body": "The second story uses body.", "date": "July 20, 2012", "source": "Wire"}"#,
            #"["not", "an", "object"]"#,
            #"{"title": "No text"}"#,
            #"{"text": 42}"#,
            #"{"text": "The third story has a bad date.", "published": "2012-02-30", "url": "https://e.org/3"}"#,
        ]
        let path = folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let c = try ingestRead([path])
        #expect(c.articles.map(\.text) == ["The first story is short.", "The second story uses body.", "The third story has a bad date."])
        #expect(c.articles.map(\.path) == ["\(path):1", "\(path):4", "\(path):8"])
        #expect(c.articles[0].published == CalendarDay(2012, 7, 19))
        #expect(c.articles[1].published == CalendarDay(2012, 7, 20))
        #expect(c.articles[1].source == "Wire")
        #expect(c.articles[2].published == nil)
        #expect(c.articles[2].warnings.count == 1)
        #expect(c.errors.map(\.line) == [2, 5, 6, 7])
        #expect(c.errors.allSatisfy { $0.path == path })
        #expect(c.errors.map(\.reason) == ["invalid JSON", "not a JSON object", "no \"text\" or \"body\" field", "\"text\" is not a string"])
        #expect(c.errors[0].description == "\(path):2: invalid JSON")
        // Yielded in line order.
        #expect(c.order.first == "A:\(path):1")
        #expect(c.order[1].hasPrefix("E:\(path):2:"))
    }

    @Test func ndjsonWithCRLFAndNoFinalNewline() throws {
        let folder = IngestTempFolder()
        let path = folder.write("x.ndjson", "{\"text\": \"First line story.\"}\r\n{\"text\": \"Second line story.\"}")
        let c = try ingestRead([path])
        #expect(c.articles.map(\.text) == ["First line story.", "Second line story."])
        #expect(c.errors.isEmpty)
    }

    @Test func invalidUTF8InOneLineIsDecodedWithWarning() throws {
        var bytes = Array(#"{"text": "Caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)
        bytes += Array(#"{"text": "Fine line."}"#.utf8)
        let c = ingestReadBytes(bytes, format: .jsonl)
        #expect(c.articles.map(\.text) == ["Café", "Fine line."])
        #expect(c.articles[0].warnings == [SourceDecoding.windows1252Warning])
    }

    @Test func overlongLineIsRefusedAndStreamingContinues() throws {
        let folder = IngestTempFolder()
        let long = #"{"text": ""# + String(repeating: "word ", count: 600_000) + #""}"#  // ~3 MB, spans chunks
        let path = folder.write("big.jsonl", long + "\n" + #"{"text": "Small story after."}"# + "\n")
        let c = try ingestRead([path], options: ReadOptions(maxArticleBytes: 1 << 20))
        #expect(c.articles.map(\.text) == ["Small story after."])
        #expect(c.articles.first?.path == "\(path):2")
        #expect(c.errors.map(\.line) == [1])
        #expect(c.errors.first?.reason.contains("1 MB limit") == true)
    }

    @Test func linesSpanningChunksAreJoined() throws {
        let folder = IngestTempFolder()
        var lines: [String] = []
        for i in 0..<3000 {
            lines.append(#"{"text": "Story number \#(i) has a body that is long enough to matter \#(String(repeating: "x", count: 500)).", "title": "T\#(i)"}"#)
        }
        let path = folder.write("many.jsonl", lines.joined(separator: "\n"))
        let c = try ingestRead([path])
        #expect(c.errors.isEmpty)
        #expect(c.articles.count == 3000)
        #expect(c.articles.last?.title == "T2999")
        #expect(c.articles.last?.path == "\(path):3000")
    }

    @Test func emptyJSONLFileIsRefused() throws {
        let folder = IngestTempFolder()
        let path = folder.write("e.jsonl", "\n \n")
        let c = try ingestRead([path])
        #expect(c.articles.isEmpty)
        #expect(c.errors.map(\.reason) == ["empty file"])
    }
}
