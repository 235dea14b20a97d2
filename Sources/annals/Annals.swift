import ArgumentParser
import AnnalsKit

/// `annals`: news articles in, a SQLite knowledge base of actors, roles and events out.
@main
struct Annals: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news articles into a SQLite knowledge base of political actors, roles and events.",
        discussion: """
            The database is ./annals.sqlite unless --db or $ANNALS_DB names another.
            Start with `annals demo`, then `annals ingest FOLDER` and `annals ask "who defected and when"`.
            """,
        subcommands: [
            Demo.self,
            Ingest.self,
            Ask.self,
            Query.self,
            Timeline.self,
            Events.self,
            Actors.self,
            Actor.self,
            Remove.self,
            Sql.self,
            Dates.self,
            Extract.self,
            Bench.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}
