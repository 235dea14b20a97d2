import Foundation
import ArgumentParser
import AnnalsKit

/// `annals events`: events with filters, as a table, JSON, CSV or Markdown.
struct Events: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List events, with filters.",
        discussion: """
            By default only events the articles report as happening are listed (asserted, claimed,
            rumored, denied); --status all adds negated, hypothetical and called-for ones.
            Examples:
              annals events --type defection --since 2012-01-01
              annals events --actor Russia --format json
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Event type (defection, veto, resolution_adopted, statement, ...).") var type: String?
    @Option(help: "An actor's name or alias.") var actor: String?
    @Option(help: "Events on or after this date (YYYY-MM-DD).") var since: String?
    @Option(help: "Events on or before this date (YYYY-MM-DD).") var until: String?
    @Option(help: "Statuses, comma separated (asserted, claimed, rumored, denied, negated, hypothetical, called_for), or 'all'.")
    var status: String?
    @Option(help: "At most this many events.") var limit: Int?

    func run() async throws {
        let store = try openStore(global, readOnly: true)
        var query = EventQuery(type: type, actor: actor, since: try day(since, "--since"), until: try day(until, "--until"), limit: limit)
        if let status {
            if status == "all" {
                query.statuses = nil
            } else {
                query.statuses = try status.split(separator: ",").map { s in
                    guard let st = EventStatus(rawValue: String(s).trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("unknown status '\(s)'; use one of \(EventStatus.allCases.map(\.rawValue).joined(separator: ", ")) or all")
                    }
                    return st
                }
            }
        }
        print(Render.render(try store.events(query), as: output.format), terminator: "")
    }
}

/// Parses a `YYYY-MM-DD` option value.
func day(_ text: String?, _ option: String) throws -> CalendarDay? {
    guard let text else { return nil }
    guard let d = CalendarDay(iso: text), text.count == 10 else { throw ValidationError("\(option) wants a date as YYYY-MM-DD, not '\(text)'") }
    return d
}
