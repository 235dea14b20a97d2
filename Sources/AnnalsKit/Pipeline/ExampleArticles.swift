/// The example articles built into the binary for `annals demo`: short news stories written
/// for Annals (real events, our own words), in the `.txt` format `annals ingest` reads.
public enum ExampleArticles {
    /// (file name, contents), in name order.
    public static var all: [(name: String, text: String)] {
        EmbeddedExamples.files.sorted { $0.key < $1.key }.map { (name: $0.key, text: $0.value) }
    }

    /// Reads every example into articles (publication dates inferred when missing).
    public static func articles() -> [Article] {
        var out: [Article] = []
        for example in all {
            ArticleReader.read(bytes: Array(example.text.utf8), path: "examples/\(example.name)", format: .text) { result in
                if case .success(var article) = result {
                    IngestPipeline.datePublication(&article)
                    out.append(article)
                }
            }
        }
        return out
    }
}
