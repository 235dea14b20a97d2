import ArgumentParser
import AnnalsKit
import Foundation

/// `annals demo`: the whole job on the example articles built into the binary.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest the built-in example articles and answer a few questions.",
        discussion: """
            Writes a knowledge base (default: a new file in the temporary folder, or --db) from the
            example articles written for Annals, then asks "who defected and when", lists the
            vetoes and shows an actor's profile. Run the same commands on your own articles with
            `annals ingest`.
            """)
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let path = global.db ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("annals-demo-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
        let store = try Store(path: path)
        let articles = ExampleArticles.articles()
        let extractor = Extractor()
        let results = try store.write(articles.map { (article: $0, extraction: extractor.extract($0)) })
        let stored = results.filter { if case .success = $0 { return true } else { return false } }.count
        print("Ingested \(stored) example articles into \(path)\n")
        for question in ["who defected and when", "who vetoed and when", "which resolutions were adopted"] {
            print("$ annals --db \(path) ask \"\(question)\"")
            let (plan, answer) = try store.ask(question)
            print(answer.rendered(as: .table, plan: plan))
        }
        print("Next: annals --db \(path) events | annals --db \(path) ask \"who is Riad Hijab\" | sqlite3 \(path) \"select * from defections\"")
    }
}
