import ArgumentParser
import Foundation

/// Options every command takes. `--db` may come before or after the command name
/// (`annals --db kb.sqlite ask ...` and `annals ask ... --db kb.sqlite`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The database file (default: $ANNALS_DB or ./annals.sqlite).")
    var db: String?

    /// The database path to use.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["ANNALS_DB"], !env.isEmpty { return env }
        return "annals.sqlite"
    }
}
