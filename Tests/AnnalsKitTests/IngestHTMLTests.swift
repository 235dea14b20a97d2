import Testing
@testable import AnnalsKit

@Suite struct IngestHTMLTests {
    @Test func dropsScriptStyleNavAndComments() {
        let html = """
        <html><head><title>Ignored Title</title><style>p { color: red }</style>
        <script>var x = "<p>not text</p>";</script></head>
        <body><nav><a href="/">Home</a> <a>World</a></nav>
        <header><h1>Site Name</h1></header>
        <!-- <p>commented out</p> -->
        <p>The ministers met in Geneva.</p><aside>Related: other talks</aside>
        <form><input value="x"><button>Go</button></form>
        <footer>Copyright</footer></body></html>
        """
        let page = HTMLText.extract(html)
        #expect(page.text == "The ministers met in Geneva.")
        #expect(page.title == "Ignored Title")
    }

    @Test func decodesEntities() {
        let page = HTMLText.extract("<p>Tom &amp; Jerry&#8217;s &#x201C;plan&#x201d; &mdash; caf&eacute; &lt;b&gt; &nbsp;x &bogus; &#150;</p>")
        #expect(page.text == "Tom & Jerry’s “plan” — café <b> \u{A0}x &bogus; –")
    }

    @Test func blockElementsBreakLines() {
        let page = HTMLText.extract("<div>First block</div><p>Second<br>line two</p><ul><li>one</li><li>two</li></ul><h2>Head</h2>tail")
        #expect(page.text == "First block\n\nSecond\nline two\n\none\n\ntwo\n\nHead\n\ntail")
    }

    @Test func whitespaceCollapsesInsideText() {
        let page = HTMLText.extract("<p>  The   envoy\n   arrived <b>on</b>  <i>Monday</i>.</p>")
        #expect(page.text == "The envoy arrived on Monday.")
    }

    @Test func metadataFromMetaTagsLinkAndTime() {
        let html = """
        <head><title>Page - Site</title>
        <meta property="og:title" content="Envoy Resigns &amp; Leaves">
        <meta property="og:url" content="https://example.org/og">
        <link rel="canonical" href="https://example.org/canonical">
        <meta property="og:site_name" content="Example News">
        <meta name="date" content="2012-07-18">
        <meta property="article:published_time" content="2012-07-19T08:00:00Z">
        </head><body><time datetime="2001-01-01">old</time><p>The envoy resigned.</p></body>
        """
        let page = HTMLText.extract(html)
        #expect(page.title == "Envoy Resigns & Leaves")
        #expect(page.url == "https://example.org/canonical")
        #expect(page.published == "2012-07-19T08:00:00Z")
        #expect(page.siteName == "Example News")
    }

    @Test func timeDatetimeAndMetaDateFallbacks() {
        #expect(HTMLText.extract("<time datetime='2010-05-06'>May 6</time><p>x</p>").published == "2010-05-06")
        #expect(HTMLText.extract("<meta name=\"date\" content=\"2010-05-07\"><time datetime='2010-05-06'></time>").published == "2010-05-07")
        #expect(HTMLText.extract("<meta property=og:url content=https://e.org/u><p>x</p>").url == "https://e.org/u")
    }

    @Test func brokenNestingDoesNotLoseText() {
        let page = HTMLText.extract("<div><p>One <b>bold <i>both</p> Two</div></div></span> Three <p>Four")
        #expect(page.text == "One bold both\n\nTwo\n\nThree\n\nFour")
    }

    @Test func unclosedNavFallsBackToLenientPass() {
        let page = HTMLText.extract("<body><nav>Menu<p>The real story is here.</p><script>x()</script>")
        #expect(page.text.contains("The real story is here."))
        #expect(!page.text.contains("x()"))
    }

    @Test func strayAngleBracketsAndUnterminatedTags() {
        #expect(HTMLText.extract("<p>3 < 5 and 7 > 2</p>").text == "3 < 5 and 7 > 2")
        // An unterminated quote ends at the next '>': the text after it is kept.
        #expect(HTMLText.extract("<p>before</p><a href=\"oops>after").text == "before\n\nafter")
        #expect(HTMLText.extract("<p>x<!-- never closed").text == "x")
        #expect(HTMLText.extract("<script>never closed <p>hidden").text == "")
        #expect(HTMLText.extract("").text == "")
    }

    @Test func deepNestingAndManyBrokenTagsStayLinear() {
        let depth = 100_000
        let deep = String(repeating: "<div>", count: depth) + "core" + String(repeating: "</span>", count: depth)
        #expect(HTMLText.extract(deep).text == "core")
        let quotes = String(repeating: "<a b=\"x>text ", count: 50_000)
        #expect(HTMLText.extract(quotes).text.hasPrefix("text text"))
        let closes = String(repeating: "<nav>", count: 30_000) + "<p>kept</p>" + String(repeating: "</div>", count: 30_000)
        #expect(HTMLText.extract(closes).text == "kept")
    }

    @Test func htmlArticleThroughReaderIsCleaned() throws {
        let html = """
        <html><head><title>Talks Collapse</title><meta name="date" content="July 19, 2012"></head>
        <body><p>Skip to main content</p><h1>Talks Collapse</h1><p>By Jane Roe</p>
        <p>The talks collapsed on Thursday.</p><p>Share</p></body></html>
        """
        let c = ingestReadBytes(Array(html.utf8), format: .html)
        let a = try #require(c.articles.first)
        #expect(a.title == "Talks Collapse")
        #expect(a.published == CalendarDay(2012, 7, 19))
        #expect(a.text == "The talks collapsed on Thursday.")
    }
}
