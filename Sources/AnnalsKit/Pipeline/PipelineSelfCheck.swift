/// Runs raw bytes through the whole pipeline (reader → extractor → store) and checks what
/// comes out: for the fuzz target, the fuzz-seed regression test and bug reports.
///
/// ```swift
/// let store = try Store(path: ":memory:")
/// let problems = PipelineSelfCheck.run(bytes: Array("Russia vetoed it on 30 February.".utf8),
///                                      format: .text, store: store)
/// problems.isEmpty   // true: no range outside the text, no index pointing nowhere
/// ```
///
/// A crash or a hang is the failure the fuzzer looks for; `problems` are the softer ones:
/// an extraction whose offsets or indexes do not fit its article, or a store that throws.
public enum PipelineSelfCheck {
    /// Reads `bytes` as one document (`format` nil: sniff), extracts every article, and writes
    /// each into `store` (when given) inside a transaction that is rolled back, so the store
    /// stays empty. Returns what was wrong, empty when nothing was.
    public static func run(bytes: [UInt8], format: ArticleFormat?, store: Store?,
                           extractor: Extractor = Extractor()) -> [String] {
        var problems: [String] = []
        ArticleReader.read(bytes: bytes, path: "fuzz-input", format: format) { result in
            guard case .success(var article) = result else { return }
            IngestPipeline.datePublication(&article)
            let extraction = extractor.extract(article)
            problems += self.problems(in: extraction, of: article)
            guard let store else { return }
            do {
                try store.database.execute("BEGIN IMMEDIATE")
                defer { try? store.database.execute("ROLLBACK") }
                _ = try store.write(article: article, extraction: extraction)
                let orphans = try store.database.scalar(Int.self, "SELECT count(*) FROM pragma_foreign_key_check") ?? 0
                if orphans > 0 { problems.append("store: \(orphans) foreign key violations") }
            } catch {
                problems.append("store: \(error)")
            }
        }
        return problems
    }

    /// Offsets outside the text or off character boundaries, and indexes that point at no
    /// sentence or actor.
    public static func problems(in x: Extraction, of article: Article) -> [String] {
        var problems: [String] = []
        let utf8 = Array(article.text.utf8)
        func checkRange(_ what: String, _ r: TextRange) {
            guard r.lowerBound >= 0, r.upperBound <= utf8.count, r.lowerBound <= r.upperBound else {
                problems.append("\(what): range \(r) outside 0..<\(utf8.count)")
                return
            }
            for edge in [r.lowerBound, r.upperBound] where edge < utf8.count && utf8[edge] & 0xC0 == 0x80 {
                problems.append("\(what): range \(r) splits a character at byte \(edge)")
                return
            }
        }
        func checkSentence(_ what: String, _ i: Int) {
            if !x.sentences.indices.contains(i) { problems.append("\(what): sentence \(i) of \(x.sentences.count)") }
        }
        func checkActor(_ what: String, _ i: Int?) {
            if let i, !x.actors.indices.contains(i) { problems.append("\(what): actor \(i) of \(x.actors.count)") }
        }
        var previousEnd = 0
        for (n, s) in x.sentences.enumerated() {
            checkRange("sentence \(n)", s.range)
            if s.range.lowerBound < previousEnd { problems.append("sentence \(n) overlaps the one before") }
            previousEnd = max(previousEnd, s.range.upperBound)
        }
        for (n, m) in x.mentions.enumerated() {
            checkRange("mention \(n)", m.range)
            checkSentence("mention \(n)", m.sentence)
            checkActor("mention \(n)", m.actor)
        }
        for (n, r) in x.roles.enumerated() {
            checkRange("role \(n)", r.range)
            checkSentence("role \(n)", r.sentence)
            checkActor("role \(n)", r.actor)
            checkActor("role \(n) of", r.of)
        }
        for (n, e) in x.events.enumerated() {
            checkRange("event \(n)", e.trigger)
            checkSentence("event \(n)", e.sentence)
            for p in e.participants { checkActor("event \(n) participant", p.actor) }
        }
        for (n, r) in x.relations.enumerated() {
            checkSentence("relation \(n)", r.sentence)
            checkActor("relation \(n) subject", r.subject)
            checkActor("relation \(n) object", r.object)
        }
        return problems
    }
}
