import ArgumentParser
import AnnalsKit
import Foundation

extension TimelineFormat: ExpressibleByArgument {}

/// `annals timeline NAME`: a saved query drawn as a timeline.
struct Timeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a saved query as a timeline (text, md, csv, json, timelinejs, html).",
        discussion: """
            The query's rows need columns date and title; end_date, date_precision, text,
            group (else type) and url (else source_url) are used when present. The view
            event_timeline has them all:
              annals query save by-type "select * from event_timeline where type = :type"
              annals timeline by-type --param type=veto --format html -o vetoes.html
            timelinejs is Knight Lab's TimelineJS JSON; html is one self-contained file.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "A saved query (see `annals query list`).") var name: String
    @Option(name: .customLong("param"), help: "A parameter value, k=v (repeatable).") var params: [String] = []
    @Option(help: "Output format: \(TimelineFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TimelineFormat = .text
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let store = try openStore(global, readOnly: true)
        guard let saved = try store.savedQuery(named: name) else { throw SavedQueryError.notFound(name) }
        let result = try store.runSavedQuery(name, parameters: try parameterValues(params))
        let timeline = try AnnalsKit.Timeline(result, title: saved.title ?? saved.name, description: saved.description)
        let text: String
        switch format {
        case .text: text = TimelineText.render(timeline)
        case .md: text = TimelineText.markdown(timeline)
        case .csv: text = Render.csv(TimelineText.rows(timeline))
        case .json: text = Render.json(TimelineText.rows(timeline))
        case .timelinejs: text = TimelineJS.render(timeline)
        case .html: text = TimelineHTML.render(timeline)
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            FileHandle.standardError.write(Data("wrote \(output) (\(timeline.entries.count) dated events, \(timeline.undated.count) undated)\n".utf8))
        } else {
            print(text, terminator: "")
        }
    }
}
