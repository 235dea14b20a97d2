import ArgumentParser
import AnnalsKit
import Foundation

/// `annals extract FILE`: what the extractor finds in one article, without a database.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what Annals extracts from articles (actors, roles, events), without storing anything.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article files.") var paths: [String]
    @Option(help: "Publication date when the file gives none (YYYY-MM-DD).") var published: String?
    @Flag(help: "Also list every actor mention.") var mentions = false

    func run() async throws {
        var articles: [Article] = []
        var overrides = ArticleOverrides()
        overrides.published = published.flatMap { CalendarDay(iso: $0) }
        try ArticleReader.read(paths: paths, overrides: overrides) { result in
            switch result {
            case .success(var article):
                IngestPipeline.datePublication(&article)
                articles.append(article)
            case .failure(let error): printError("skipped \(error)")
            }
        }
        for article in articles {
            let path = article.path ?? "-"
            let pub = article.published
            let x = Extractor().extract(article)
            print("== \(path) published \(pub?.iso ?? "?")")
            for (i, a) in x.actors.enumerated() { print("actor \(i): \(a.name) [\(a.kind.rawValue)\(a.isNamed ? "" : ", unnamed")] aliases=\(a.aliases)") }
            if mentions {
                for m in x.mentions { print("mention s\(m.sentence): «\(m.text)» → \(x.actors[m.actor].name)") }
            }
            for r in x.roles { print("role: \(x.actors[r.actor].name) — \(r.title)\(r.of.map { " of " + x.actors[$0].name } ?? "")") }
            for r in x.relations { print("relation: \(x.actors[r.subject].name) \(r.predicate) \(x.actors[r.object].name)") }
            for e in x.events {
                let parts = e.participants.map { "\($0.part.rawValue)=\(x.actors[$0.actor].name)" }.joined(separator: ", ")
                print("event: \(e.type) \(e.status.rawValue) \(e.date.text ?? "-") (\(e.date.precision.rawValue), \(e.date.basis)) [\(parts)] «\(x.sentences[e.sentence].text.prefix(100))»")
            }
        }
    }
}
