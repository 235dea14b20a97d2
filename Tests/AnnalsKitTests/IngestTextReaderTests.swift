import Foundation
import Testing
@testable import AnnalsKit

@Suite struct IngestTextReaderTests {
    @Test func headerInAnyOrderWithCaseInsensitiveKeys() throws {
        let text = """
        Published: 2011-03-02
        URL: https://example.org/story
        TITLE: Council Meets Again
        source: Example Wire

        The council met on Tuesday in a closed session.
        """
        let c = ingestReadBytes(Array(text.utf8), format: .text)
        let a = try #require(c.articles.first)
        #expect(a.title == "Council Meets Again")
        #expect(a.source == "Example Wire")
        #expect(a.url == "https://example.org/story")
        #expect(a.published == CalendarDay(2011, 3, 2))
        #expect(a.publishedBasis == "metadata")
        #expect(a.text == "The council met on Tuesday in a closed session.")
    }

    @Test func emptyHeaderValuesMeanUnknown() throws {
        let text = "title: \npublished: \n\nThe envoy arrived in the capital on Monday."
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text).articles.first)
        #expect(a.title == nil)
        #expect(a.published == nil)
        #expect(a.publishedBasis == "unknown")
        #expect(a.warnings.isEmpty)
    }

    @Test func fileWithoutHeaderIsAllBody() throws {
        let text = "Note: the talks resumed.\nThe ministers met again."
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text).articles.first)
        #expect(a.title == nil)
        #expect(a.text == "Note: the talks resumed.\nThe ministers met again.")
    }

    @Test func headerLinesMustEndWithABlankLine() throws {
        // "Source:" followed directly by prose is body, not metadata.
        let text = "Source: a senior diplomat said the vote was close.\nThe count was 9-6."
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text).articles.first)
        #expect(a.source == nil)
        #expect(a.text.hasPrefix("Source: a senior diplomat"))
    }

    @Test func crlfHeaderAndBody() throws {
        let text = "title: Envoy Resigns\r\npublished: July 3, 2010\r\n\r\nThe envoy resigned on Friday.\r\nHe gave no reason."
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text).articles.first)
        #expect(a.title == "Envoy Resigns")
        #expect(a.published == CalendarDay(2010, 7, 3))
        #expect(a.text == "The envoy resigned on Friday.\nHe gave no reason.")
    }

    @Test func impossibleMetadataDateIsUnknownWithWarning() throws {
        let text = "published: 2012-02-30\n\nThe vote was delayed."
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text).articles.first)
        #expect(a.published == nil)
        #expect(a.publishedBasis == "unknown")
        #expect(a.warnings.contains { $0.contains("2012-02-30") })
    }

    @Test func overridesWinOverFileMetadata() throws {
        let text = "title: Old Title\nsource: Old Source\npublished: 2012-07-19\n\nThe envoy resigned on Friday."
        let overrides = ArticleOverrides(title: "New Title", source: nil, url: "https://x.example/1",
                                         published: CalendarDay(2012, 7, 20))
        let a = try #require(ingestReadBytes(Array(text.utf8), format: .text, overrides: overrides).articles.first)
        #expect(a.title == "New Title")
        #expect(a.source == "Old Source")
        #expect(a.url == "https://x.example/1")
        #expect(a.published == CalendarDay(2012, 7, 20))
        #expect(a.publishedBasis == "flag")
    }

    @Test func headerOnlyFileIsRefusedAsEmpty() {
        let c = ingestReadBytes(Array("title: Nothing Here\n\n   \n".utf8), format: .text, path: "h.txt")
        #expect(c.articles.isEmpty)
        #expect(c.errors.first?.path == "h.txt")
        #expect(c.errors.first?.reason.contains("empty") == true)
    }

    @Test func clutterOnlyBodyIsRefused() {
        let c = ingestReadBytes(Array("Share\nPrint\nComments\n".utf8), format: .text)
        #expect(c.articles.isEmpty)
        #expect(c.errors.first?.reason == "empty body after removing page clutter")
    }

    @Test func sizeCapRefusesLargeArticle() throws {
        let folder = IngestTempFolder()
        let path = folder.write("big.txt", String(repeating: "The council met. ", count: 200))
        let c = try ingestRead([path], options: ReadOptions(maxArticleBytes: 1024))
        #expect(c.articles.isEmpty)
        #expect(c.errors.first?.reason.contains("1 KB limit") == true)
    }
}

@Suite struct IngestMetadataDateTests {
    @Test(arguments: [
        ("2012-07-19", "2012-07-19"),
        ("2012-07-19T10:00:00Z", "2012-07-19"),
        ("2012-07-19T23:30:00-05:00", "2012-07-19"),
        ("July 19, 2012", "2012-07-19"),
        ("Jul. 19, 2012", "2012-07-19"),
        ("Thursday, July 19, 2012", "2012-07-19"),
        ("19 July 2012", "2012-07-19"),
        ("Thu, 19 Jul 2012 10:00:00 GMT", "2012-07-19"),
        ("7/19/2012", "2012-07-19"),
        ("19/7/2012", "2012-07-19"),
        ("July 6th, 2012", "2012-07-06"),
        ("2012/07/19", "2012-07-19"),
        ("20120719", "2012-07-19"),
    ])
    func parsesDay(_ input: String, _ expected: String) {
        #expect(MetadataDate.parse(input) == .day(CalendarDay(iso: expected)!))
    }

    @Test func impossibleEmptyAndUnrecognized() {
        #expect(MetadataDate.parse("2012-02-30") == .impossible)
        #expect(MetadataDate.parse("February 30, 2012") == .impossible)
        #expect(MetadataDate.parse("  ") == .empty)
        #expect(MetadataDate.parse("last week") == .unrecognized)
        #expect(MetadataDate.parse("July 2012") == .unrecognized)
        #expect(MetadataDate.day("13/13/2012") == nil)
    }
}
