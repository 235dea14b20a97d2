import ArgumentParser
import AnnalsKit
import Foundation

/// `annals query save|list|show|run|delete`: named queries kept in the database.
struct Query: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Save, list, show, run and delete named queries.",
        discussion: """
            Saved queries live in the saved_query table (sqlite3 users see them too). Named
            parameters (:type) are bound from --param k=v, never spliced into the SQL.
              annals query save by-type "select * from event_timeline where type = :type" --title "Events by type"
              annals query run by-type --param type=veto
              annals timeline by-type --param type=veto --format html -o vetoes.html
            Built in: defections, vetoes, resolutions, actor-timeline (--param actor=NAME).
            """,
        subcommands: [Save.self, List.self, Show.self, Run.self, Delete.self])

    struct Save: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a query under a name.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The name (letters, digits, '-' and '_').") var name: String
        @Argument(help: "The SQL (read-only; named parameters like :type).") var sql: String
        @Option(help: "A title (timelines show it).") var title: String?
        @Option(help: "What the query is for.") var description: String?
        @Flag(help: "Overwrite a query of the same name.") var replace = false

        func run() async throws {
            let store = try openStore(global, readOnly: false)
            let saved = try store.saveQuery(name: name, sql: sql, title: title, description: description, replace: replace)
            print("saved '\(saved.name)'" + (saved.parameters.isEmpty ? "" : " (parameters: \(saved.parameters.map { ":" + $0 }.joined(separator: ", ")))"))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List saved queries.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() async throws {
            print(Render.render(try openStore(global, readOnly: true).savedQueries(), as: output.format), terminator: "")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a saved query's SQL and details.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String
        @Option(help: "Output format: text or json.") var format: ShowFormat = .text

        enum ShowFormat: String, ExpressibleByArgument { case text, json }

        func run() async throws {
            guard let q = try openStore(global, readOnly: true).savedQuery(named: name) else { throw SavedQueryError.notFound(name) }
            if format == .json {
                print(q.jsonValue.serialized())
                return
            }
            print("-- \(q.name)" + (q.title.map { ": " + $0 } ?? ""))
            if let d = q.description { print("-- \(d)") }
            if !q.parameters.isEmpty {
                print("-- parameters: " + q.parameters.map { p in ":" + p + (q.defaults[p].map { " (default \($0.isNull ? "NULL" : $0.sqlLiteral))" } ?? "") }.joined(separator: ", "))
            }
            print(q.sql)
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run a saved query.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument var name: String
        @Option(name: .customLong("param"), help: "A parameter value, k=v (repeatable).") var params: [String] = []

        func run() async throws {
            let store = try openStore(global, readOnly: true)
            let result = try store.runSavedQuery(name, parameters: try parameterValues(params))
            print(Render.render(result, as: output.format), terminator: "")
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a saved query.")
        @OptionGroup var global: GlobalOptions
        @Argument var name: String

        func run() async throws {
            guard try openStore(global, readOnly: false).deleteSavedQuery(named: name) else { throw SavedQueryError.notFound(name) }
            print("deleted '\(name)'")
        }
    }
}

/// `k=v` pairs as a dictionary (the last value of a repeated key wins).
func parameterValues(_ params: [String]) throws -> [String: String] {
    var values: [String: String] = [:]
    for p in params {
        guard let eq = p.firstIndex(of: "="), eq != p.startIndex else { throw ValidationError("--param wants k=v, not '\(p)'") }
        values[String(p[..<eq])] = String(p[p.index(after: eq)...])
    }
    return values
}
