import Testing
import Foundation
@testable import AnnalsKit

@Suite struct StoreRenderTests {
    let result = QueryResult(
        columns: ["id", "name", "note"],
        rows: [[.integer(1), .text("Fares, Nawaf"), .text("said \"no\"\nthen left")],
               [.integer(22), .text("a|b"), .null],
               [.real(2.5), .text(" padded "), .text("tab\there")]])

    @Test func csvQuotesPerRFC4180() {
        #expect(Render.csv(result) == """
            id,name,note
            1,"Fares, Nawaf","said ""no""
            then left"
            22,a|b,
            2.5," padded ",tab\there

            """)
    }

    @Test func markdownEscapesPipes() {
        #expect(Render.markdown(result) == """
            | id | name | note |
            | --- | --- | --- |
            | 1 | Fares, Nawaf | said "no"<br>then left |
            | 22 | a\\|b |   |
            | 2.5 |  padded  | tab\there |

            """)
    }

    @Test func jsonEscapesAndTypes() throws {
        let tricky = QueryResult(columns: ["s", "n", "r", "z", "b"],
                                 rows: [[.text("q\"b\\s\n\r\t\u{01}\u{7F}é\u{2028}"), .integer(-3), .real(0.5), .null, .blob([0xAB])]])
        let json = Render.json(tricky)
        #expect(json == #"[\#n{"s":"q\"b\\s\n\r\t\u0001\u007fé\u2028","n":-3,"r":0.5,"z":null,"b":"x'ab'"}\#n]\#n"#)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["s"] as? String == "q\"b\\s\n\r\t\u{01}\u{7F}é\u{2028}")
        #expect(parsed?.first?["n"] as? Int == -3)
        #expect(Render.json(QueryResult(columns: ["a"], rows: [])) == "[]\n")
        #expect(JSONValue.double(.nan).serialized() == "null")
        #expect(JSONValue.double(3).serialized() == "3.0")
    }

    @Test func tableAlignsAndTruncates() {
        let long = QueryResult(columns: ["n", "text"],
                               rows: [[.integer(5), .text(String(repeating: "x", count: 100))], [.integer(123), .text("two\nlines")]])
        let table = Render.table(long, maxCellWidth: 10)
        #expect(table == """
            n    text
            ---  ----------
              5  xxxxxxxxx…
            123  two lines

            """)
        #expect(Render.table(QueryResult(columns: ["a"], rows: [])).hasSuffix("(no rows)\n"))
    }

    @Test func recordsRenderInEveryFormat() {
        let record = EventRecord(id: 1, type: "veto", date: "2012-02-04", datePrecision: "day", dateStart: "2012-02-04",
                                 dateEnd: "2012-02-04", dateBasis: nil, status: "asserted", cameoCode: "129", ploverType: nil,
                                 object: nil, summary: "Russia vetoed",
                                 participants: [.init(actorID: 1, name: "Russia", kind: "country", part: "agent", role: nil, of: nil)],
                                 sources: [])
        for format in OutputFormat.allCases {
            #expect(!Render.render([record], as: format).isEmpty)
        }
        #expect(Render.render([record], as: .csv).contains("Russia (agent)"))
    }
}
