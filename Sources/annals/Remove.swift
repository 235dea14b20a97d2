import ArgumentParser
import AnnalsKit

/// `annals remove ARTICLE`: take an article out of the knowledge base.
struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove an article and everything only it supported.",
        discussion: """
            ARTICLE is an article id, the path it was read from, or its URL. Events and actors that
            other articles also report stay, recomputed from those articles; ingesting the article
            again gives back the same knowledge base.
              annals remove 12
              annals remove https://example.org/2012/07/12/fares
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Article id, path or URL.") var articles: [String]

    func run() async throws {
        let store = try openStore(global, readOnly: false)
        for reference in articles {
            guard let id = try store.findArticle(reference) else {
                throw ValidationError("no article '\(reference)' (give an id, the path it was read from, or its URL)")
            }
            try store.removeArticle(id: id)
            print("removed article \(id) (\(reference))")
        }
    }
}
