import Foundation
import Testing
@testable import AnnalsKit

@Suite struct TextPageCleanerTests {
    @Test func dropsMenuLinesAndBreadcrumbs() {
        let raw = """
        Accessibility links

        Skip to main content
        Breaking News

        World / Asia Pacific

        The delegates arrived in Jakarta on Monday.
        Share
        Print

        Leave a comment
        12 Comments
        Related
        """
        #expect(PageCleaner.clean(raw, title: nil) == "The delegates arrived in Jakarta on Monday.")
    }

    /// Headlines under "Related:" are links to other stories: dropped up to the first line
    /// that reads as a sentence (a caption after the list stays).
    @Test func dropsHeadlinesListedAsRelatedStories() {
        let raw = """
        The delegates arrived in Jakarta on Monday.

        Related:
        - Envoy breaks with the junta
        Aid trucks burn on the border

        Delegates pose for a photo in Jakarta, May 3, 2014.
        """
        #expect(PageCleaner.clean(raw, title: nil) == "The delegates arrived in Jakarta on Monday.\n\nDelegates pose for a photo in Jakarta, May 3, 2014.")
    }

    @Test func keepsSubheadingsThatAreNotMenus() {
        let raw = "The delegates arrived.\n\nAid convoy delayed\n\nThe convoy waited at the border."
        #expect(PageCleaner.clean(raw, title: nil) == "The delegates arrived.\n\nAid convoy delayed\n\nThe convoy waited at the border.")
    }

    @Test func dropsRepeatedTitleNearTheTop() {
        let raw = "News\n\n   Rebels Seize Border Post  \n\nRebels seized a border post on Sunday."
        #expect(PageCleaner.clean(raw, title: "Rebels Seize Border Post") == "Rebels seized a border post on Sunday.")
        // Compared loosely: case and curly quotes do not matter.
        #expect(PageCleaner.clean("Envoy’s “Last” Trip\nThe envoy left.", title: "Envoy's \"last\" trip") == "The envoy left.")
    }

    @Test func dropsDuplicateCaptionKeepingTheFirst() {
        let caption = "Soldiers stand guard outside the ministry in the capital, March 3, 2011."
        let raw = "\(caption)\n\(caption)\n\nThe ministry was closed on Thursday."
        #expect(PageCleaner.clean(raw, title: nil) == "\(caption)\n\nThe ministry was closed on Thursday.")
    }

    @Test func stripsFilePhotoPrefixKeepingCaption() {
        let raw = "FILE - Delegates vote at the assembly, May 2, 2009.\n\nFILE PHOTO – A convoy crosses the river, June 1, 2010.\n\nFILES were lost."
        #expect(PageCleaner.clean(raw, title: nil)
                == "Delegates vote at the assembly, May 2, 2009.\n\nA convoy crosses the river, June 1, 2010.\n\nFILES were lost.")
    }

    @Test func dropsBylinesNearTheTop() {
        let raw = "Treaty Signed\n\nJohanna Verhoef, Ali bin Saleh and Pete McKinley\nThe treaty was signed on Friday."
        #expect(PageCleaner.clean(raw, title: "Treaty Signed") == "The treaty was signed on Friday.")
        #expect(PageCleaner.clean("By Tomasz Nowak\n\nThe treaty was signed.", title: nil) == "The treaty was signed.")
        #expect(PageCleaner.clean("Ravi Sundaram\n\nThe treaty was signed.", title: nil) == "The treaty was signed.")
        // Not bylines: all-caps place abbreviations, lower-case words, or far from the top.
        #expect(PageCleaner.clean("Geneva, CH\nThe treaty was signed.", title: nil) == "Geneva, CH\n\nThe treaty was signed.")
        #expect(PageCleaner.clean("Talks in the capital\nThe treaty was signed.", title: nil) == "Talks in the capital\n\nThe treaty was signed.")
        let heading = "The first paragraph is a line of prose.\n\nThe second paragraph is a line of prose too.\n\nNavy Patrol Units"
        #expect(PageCleaner.clean(heading, title: nil).hasSuffix("Navy Patrol Units"))
        #expect(PageCleaner.clean("Iran's Naval Forces\nThe fleet sailed.", title: nil).hasPrefix("Iran's Naval Forces"))
        let far = (1...9).map { "Paragraph \($0) says something long enough to be prose." }.joined(separator: "\n\n")
        #expect(PageCleaner.clean(far + "\n\nRavi Sundaram", title: nil).hasSuffix("Ravi Sundaram"))
    }

    @Test func postedLineStaysAsItsOwnParagraph() {
        let raw = "Posted March 9th, 2011 at 4:15 pm (UTC-5)\nLeave a comment\nThe vote was postponed again."
        #expect(PageCleaner.clean(raw, title: nil) == "Posted March 9th, 2011 at 4:15 pm (UTC-5)\n\nThe vote was postponed again.")
    }

    @Test func listAndTableLinesBecomeParagraphs() {
        let raw = """
        Officials who left:
        Omar Haddad - March 4
        Lina Farouk - April 9
          • Navy
        12,000 - 14,000 sailors
           40  patrol boats
        The list was compiled by observers.
        """
        let cleaned = PageCleaner.clean(raw, title: nil)
        #expect(cleaned == "Officials who left:\n\nOmar Haddad - March 4\n\nLina Farouk - April 9\n\n• Navy\n\n12,000 - 14,000 sailors\n\n40 patrol boats\n\nThe list was compiled by observers.")
        // and so each is its own sentence
        #expect(SentenceSplitter.split(cleaned).map(\.text).contains("Omar Haddad - March 4"))
    }

    @Test func normalisesWhitespaceAndInvisibleCharacters() {
        let raw = "\u{FEFF}The\tenvoy\u{A0}\u{A0}met  the\u{200B} minister\u{200E} in\u{202B} Cairo\u{2069}.\r\nHe left\u{2003}early.\u{2028}Next line.  "
        #expect(PageCleaner.clean(raw, title: nil) == "The envoy met the minister in Cairo.\nHe left early.\nNext line.")
    }

    @Test func paragraphsAreSeparatedByOneBlankLine() {
        let raw = "\n\n  First paragraph line one.\n  First paragraph line two.\n\n\n\n   Second paragraph.   \n\n"
        #expect(PageCleaner.clean(raw, title: nil) == "First paragraph line one.\nFirst paragraph line two.\n\nSecond paragraph.")
    }

    @Test func joinsHardWrappedProse() {
        let raw = "The delegation said on Tuesday that it would return to\nthe capital once the talks resumed.\nA second line."
        #expect(PageCleaner.clean(raw, title: nil) == "The delegation said on Tuesday that it would return to the capital once the talks resumed.\nA second line.")
    }

    @Test func realCorpusClutterIsRemovedWhenPresent() throws {
        let dir = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev/articles").path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasSuffix(".txt") {
            let c = try ingestRead([dir + "/" + name])
            let a = try #require(c.articles.first)
            let lines = a.text.split(separator: "\n").map(String.init)
            #expect(!lines.contains("Accessibility links"))
            #expect(!lines.contains("Breaking News"))
            #expect(!lines.contains("Leave a comment"))
            #expect(!lines.contains("News / Middle East"))
            #expect(!lines.contains("Margaret Besheer"))
            #expect(Set(lines.filter { $0.count > 30 }).count == lines.filter { $0.count > 30 }.count)
        }
    }
}

@Suite struct TextPageCleanerScaleTests {
    @Test func longHardWrappedParagraphIsJoinedInLinearTime() {
        let line = "and the delegates kept talking about the treaty terms"
        let raw = "The session opened with a long statement\n" + Array(repeating: line, count: 20_000).joined(separator: "\n")
        let cleaned = PageCleaner.clean(raw, title: nil)
        #expect(!cleaned.contains("\n"))
        #expect(cleaned.utf8.count == raw.utf8.count)
    }
}
