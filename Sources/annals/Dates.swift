import ArgumentParser
import AnnalsKit
import Foundation

/// `annals dates`: find and normalise the temporal expressions of a text.
///
/// ```
/// annals dates --anchor 2012-07-12 "He defected last Friday, 16 months into the uprising."
/// printf '2012-07-12\tlast Friday\n' | annals dates --batch
/// ```
struct Dates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the temporal expressions of a text with their TIMEX3 values.",
        discussion: """
            With --batch, reads lines ANCHOR<TAB>TEXT on stdin and prints one line per input line:
            the TIMEX3 value of the main (longest) expression of TEXT, or an empty line.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "The publication date, YYYY-MM-DD (default: none).")
    var anchor: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Read ANCHOR<TAB>TEXT lines on stdin; print one value per line.")
    var batch = false

    @Argument(help: "The text (default: stdin).")
    var text: [String] = []

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if let anchor, CalendarDay(iso: anchor) == nil {
            throw ValidationError("--anchor must be a day as YYYY-MM-DD, got '\(anchor)'")
        }
    }

    func run() async throws {
        if batch {
            runBatch()
            return
        }
        let input = text.isEmpty ? readAllInput() : text.joined(separator: " ")
        let tagger = TemporalTagger(anchor: anchor.flatMap { CalendarDay(iso: $0) })
        let found = tagger.tag(input)
        switch format {
        case .text:
            for e in found {
                var line = "\(e.text)\t\(e.type.rawValue)\t\(e.value)"
                if let d = e.date {
                    line += "\t\(d.precision.rawValue) \(d.start?.iso ?? "…")..\(d.end?.iso ?? "…")"
                }
                print(line)
            }
        case .json:
            let rows = found.map { e -> [String: Any] in
                var row: [String: Any] = ["text": e.text, "type": e.type.rawValue, "value": e.value,
                                          "start": e.range.lowerBound, "end": e.range.upperBound]
                if let d = e.date {
                    row["precision"] = d.precision.rawValue
                    row["date_start"] = d.start?.iso
                    row["date_end"] = d.end?.iso
                }
                return row
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }

    /// One output line per input line, whatever the input.
    private func runBatch() {
        var out = ""
        while let line = readLine(strippingNewline: true) {
            var value = ""
            // An empty anchor is an unknown one (absolute dates still resolve); a malformed one is a bad line.
            if let tab = line.firstIndex(of: "\t") {
                let field = line[..<tab].trimmingCharacters(in: .whitespaces)
                let day = CalendarDay(iso: field)
                if day != nil || field.isEmpty {
                    let body = String(line[line.index(after: tab)...])
                    value = TemporalTagger(anchor: day).mainExpression(body)?.value ?? ""
                }
            }
            out += value
            out += "\n"
            if out.utf8.count > 1 << 16 {
                print(out, terminator: "")
                out = ""
            }
        }
        print(out, terminator: "")
    }

    private func readAllInput() -> String {
        var lines: [String] = []
        while let line = readLine(strippingNewline: false) { lines.append(line) }
        return lines.joined()
    }
}
