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

    func run() async throws {
        for path in paths {
            let raw = try String(contentsOfFile: path, encoding: .utf8)
            var lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
            var meta: [String: String] = [:]
            while let l = lines.first, let c = l.firstIndex(of: ":"), ["title", "source", "url", "published"].contains(l[..<c].lowercased()) {
                meta[l[..<c].lowercased()] = l[l.index(after: c)...].trimmingCharacters(in: .whitespaces)
                lines.removeFirst()
            }
            let body = lines.joined(separator: "\n")
            let pub = (published ?? meta["published"]).flatMap { CalendarDay(iso: $0) }
            let article = Article(title: meta["title"], url: meta["url"], path: path, published: pub, publishedBasis: "metadata", text: body)
            let x = Extractor().extract(article)
            print("== \(path) published \(pub?.iso ?? "?")")
            for (i, a) in x.actors.enumerated() { print("actor \(i): \(a.name) [\(a.kind.rawValue)\(a.isNamed ? "" : ", unnamed")] aliases=\(a.aliases)") }
            for r in x.roles { print("role: \(x.actors[r.actor].name) — \(r.title)\(r.of.map { " of " + x.actors[$0].name } ?? "")") }
            for r in x.relations { print("relation: \(x.actors[r.subject].name) \(r.predicate) \(x.actors[r.object].name)") }
            for e in x.events {
                let parts = e.participants.map { "\($0.part.rawValue)=\(x.actors[$0.actor].name)" }.joined(separator: ", ")
                print("event: \(e.type) \(e.status.rawValue) \(e.date.text ?? "-") (\(e.date.precision.rawValue), \(e.date.basis)) [\(parts)] «\(x.sentences[e.sentence].text.prefix(100))»")
            }
        }
    }
}
