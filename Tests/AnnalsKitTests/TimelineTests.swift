import Testing
import Foundation
@testable import AnnalsKit

@Suite("timeline renderers")
struct TimelineTests {
    static func sample() throws -> Timeline {
        let result = QueryResult(
            columns: ["date", "date_precision", "end_date", "type", "title", "text", "source_url"],
            rows: [
                [.text("2012-07-19"), .text("day"), .null, .text("veto"), .text("Russia vetoes <script>alert(1)</script>"),
                 .text("A \"quoted\" </script> & more"), .text("https://example.org/a?x=1&y=2")],
                [.text("2011-08"), .text("month"), .text("2011-08-31"), .text("resignation"), .text("A prosecutor resigns"), .null,
                 .text("javascript:alert(1)")],
                [.text("2012-07-12"), .text("before"), .null, .text("defection"), .text("Nawaf Fares defects"), .null, .null],
                [.text("2012-04-09"), .text("week"), .text("2012-04-15"), .text("resolution_adopted"), .text("Council adopts"), .null, .null],
                [.null, .text("unknown"), .null, .text("veto"), .text("Someone vetoes, undated"), .null, .null],
            ])
        return try Timeline(result, title: "Sample <b>", description: "Own test rows")
    }

    @Test func readsDatesHonestly() throws {
        let t = try Self.sample()
        #expect(t.entries.map(\.title) == ["A prosecutor resigns", "Council adopts", "Nawaf Fares defects", "Russia vetoes <script>alert(1)</script>"])
        #expect(t.undated.map(\.title) == ["Someone vetoes, undated"])
        let month = t.entries[0]
        #expect(month.start == CalendarDay(2011, 8, 1) && month.end == CalendarDay(2011, 8, 31) && month.isSpan)
        #expect(month.displayDate == "August 2011")
        let before = t.entries[2]
        #expect(before.start == nil && before.end == CalendarDay(2012, 7, 12) && before.isBefore && !before.isSpan)
        #expect(before.displayDate == "on or before 12 July 2012")
        #expect(t.entries[1].displayDate == "9 April 2012 – 15 April 2012")
        #expect(t.groups == ["resignation", "resolution_adopted", "defection", "veto"])
    }

    @Test func needsDateAndTitle() {
        #expect(throws: TimelineError.self) { try Timeline(QueryResult(columns: ["name"], rows: [])) }
    }

    @Test func textGroupsByYearAndMonth() throws {
        let text = TimelineText.render(try Self.sample())
        #expect(text.hasPrefix("Sample <b> — 5 events\n"))
        #expect(text.contains("\n2011\n  August\n    August 2011"))
        #expect(text.contains("\n2012\n  April\n"))
        #expect(text.contains("  July\n    on or before 12 July 2012"))
        #expect(text.contains("\nUndated\n"))
    }

    @Test func markdownEscapes() throws {
        let md = TimelineText.markdown(try Self.sample())
        #expect(md.contains("## 2011"))
        #expect(md.contains("Russia vetoes &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!md.contains("javascript:"))
    }

    @Test func timelineJSFormat() throws {
        let json = TimelineJS.render(try Self.sample())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 4)  // the undated row cannot be a slide
        let month = try #require(events[0]["start_date"] as? [String: Int])
        #expect(month == ["year": 2011, "month": 8])
        #expect(events[0]["end_date"] == nil)
        let week = try #require(events[1]["end_date"] as? [String: Int])
        #expect(week == ["year": 2012, "month": 4, "day": 15])
        #expect(events[2]["display_date"] as? String == "on or before 12 July 2012")
        let text = try #require(events[3]["text"] as? [String: String])
        #expect(text["headline"] == "Russia vetoes &lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(text["text"]?.contains("<a href=\"https://example.org/a?x=1&amp;y=2\">") == true)
        #expect(events[3]["group"] as? String == "veto")
        let title = try #require((object["title"] as? [String: Any])?["text"] as? [String: String])
        #expect(title["headline"] == "Sample &lt;b&gt;")
        #expect(title["text"] == "<p>Own test rows</p><p>1 undated event is not shown.</p>")
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let html = TimelineHTML.render(try Self.sample())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // Data stays text: one <script> for data, one for the page's code, none from a title.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.contains("Russia vetoes &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("\\u003c/script\\u003e"))
        #expect(!html.contains("javascript:alert"))
        // Nothing from the network.
        for remote in ["src=\"http", "href=\"//", "@import", "url(http", "<link"] { #expect(!html.contains(remote), "\(remote)") }
        // Honest marks: a span for the month and week, an open mark for `before`, a dot for the day.
        #expect(html.components(separatedBy: "class=\"span\"").count - 1 == 2)
        #expect(html.components(separatedBy: "class=\"open\"").count - 1 == 1)
        #expect(html.components(separatedBy: "class=\"dot\"").count - 1 == 1)
        #expect(html.components(separatedBy: "class=\"ev\"").count - 1 == 4)
    }
}
