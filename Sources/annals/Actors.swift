import ArgumentParser
import AnnalsKit

/// `annals actors`: every actor of the knowledge base, once, with its aliases.
struct Actors: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List actors (people, countries, organisations) with aliases and counts.",
        discussion: """
            Examples:
              annals actors --kind person
              annals actors --unnamed --format json
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "person, country, organization, group or location.") var kind: String?
    @Flag(help: "Include unnamed actors (\"a North Korean soldier\").") var unnamed = false

    func run() async throws {
        let store = try openStore(global, readOnly: true)
        print(Render.render(try store.actors(kind: kind, includeUnnamed: unnamed), as: output.format), terminator: "")
    }
}
