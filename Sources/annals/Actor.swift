import Foundation
import ArgumentParser
import AnnalsKit

/// `annals actor NAME`: one actor's aliases, roles over time, events and relations.
struct Actor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show an actor: aliases, roles with dates, events in date order, relations, sources.",
        discussion: """
            NAME is an id, any spelling the articles used ("Tlass", "Manaf Tlas"), or a surname
            only one person has.
              annals actor "Riyad Hijab"
              annals actor Fares --format json
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The actor's name, alias or id.") var name: String

    func run() async throws {
        let store = try openStore(global, readOnly: true)
        guard let p = try store.actorProfile(name) else {
            throw ValidationError("no actor '\(name)' (or a surname several people share); see `annals actors`")
        }
        if output.format == .json {
            func json(_ r: QueryResult) -> String {
                Render.render(r, as: .json).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let aliases = p.aliases.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            let name = p.name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            print("""
                {"id": \(p.id), "name": "\(name)", "kind": "\(p.kind)", "country": \(p.country.map { "\"\($0)\"" } ?? "null"),
                 "aliases": [\(aliases.joined(separator: ", "))],
                 "roles": \(json(p.roles)),
                 "events": \(json(p.events)),
                 "relations": \(json(p.relations)),
                 "sources": \(json(p.links))}
                """)
            return
        }
        print("\(p.name) (\(p.kind)\(p.country.map { ", \($0)" } ?? ""), id \(p.id))")
        print("aliases: \(p.aliases.joined(separator: "; "))")
        for (title, result) in [("roles", p.roles), ("events", p.events), ("relations", p.relations), ("sources", p.links)] {
            print("\n\(title):")
            print(result.rows.isEmpty ? "  (none)\n" : Render.render(result, as: output.format), terminator: "")
        }
    }
}
