import ArgumentParser
import AnnalsKit
import Foundation

/// `annals ingest PATH... | -`: read, extract and store articles.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add articles to the knowledge base (.txt, .html, .jsonl, folders, or - for stdin).",
        discussion: """
            A .txt file may start with header lines (title:, source:, url:, published:) and a blank
            line. A .jsonl file has one object per line with "text" or "body" and optional "title",
            "source", "url", "published". Re-ingesting the same text adds nothing. A bad file (or
            JSONL line) is reported and skipped; the rest go in. Exit status: 0 when every input
            went in, 1 when some were skipped.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Files, folders, or - for stdin.") var paths: [String]
    @Option(help: "Title for every article read (overrides the file's).") var title: String?
    @Option(help: "Source for every article read.") var source: String?
    @Option(help: "URL for every article read.") var url: String?
    @Option(help: "Publication date for every article read (YYYY-MM-DD).") var published: String?
    @Option(help: "Extraction threads (default: all cores).") var jobs: Int?
    @Flag(name: .shortAndLong, help: "Print nothing but errors.") var quiet = false
    @Flag(inversion: .prefixedNo, help: "Show progress (articles, MB/s, ETA) on stderr (default: when stderr is a terminal).")
    var progress: Bool?
    @Flag(help: "List every article as it is stored.") var verbose = false

    func run() async throws {
        var overrides = ArticleOverrides(title: title, source: source, url: url)
        if let published {
            guard case .day(let d) = MetadataDate.parse(published) else {
                throw ValidationError("--published wants a date like 2012-07-12, not '\(published)'")
            }
            overrides.published = d
        }
        let store = try openStore(global, readOnly: false)
        let pipeline = IngestPipeline(store: store, overrides: overrides)
        if let jobs { pipeline.jobs = max(1, jobs) }
        let verbose = self.verbose, quiet = self.quiet
        let meter = (progress ?? (isatty(2) == 1)) && !quiet ? ProgressMeter(totalBytes: ProgressMeter.inputSize(paths)) : nil
        defer { meter?.finish() }
        let summary = try pipeline.run(paths: paths) { event in
            switch event {
            case .skipped(let error): printError("skipped \(error)")
            case .warning(let path, let message): if !quiet { printError("warning: \(path ?? "-"): \(message)") }
            case .note(let note): if !quiet { printError("note: \(note)") }
            case .ingested(let path, let id): if verbose { printError("stored \(path ?? "-") as article \(id)") }
            case .duplicate(let path, let id): if verbose { printError("already have \(path ?? "-") (article \(id))") }
            case .progress(let articles, let bytes): meter?.update(articles: articles, bytes: bytes)
            }
        }
        if !quiet {
            let mb = Double(summary.bytes) / 1_000_000
            printError("ingested \(summary.ingested) article\(summary.ingested == 1 ? "" : "s"), \(summary.duplicates) already present, \(summary.skipped.count) skipped (\(String(format: "%.2f", mb)) MB in \(String(format: "%.2f", summary.seconds)) s) into \(global.databasePath)")
        }
        if !summary.skipped.isEmpty {
            // Why, grouped: the lines above scroll away in an overnight run.
            if !quiet { printError("skipped: " + Self.reasons(summary.skipped)) }
            throw ExitCode(1)
        }
    }

    /// "2 × invalid JSON, 1 × empty file", most frequent first, at most 10 kinds.
    static func reasons(_ skipped: [ReadError]) -> String {
        var counts: [String: Int] = [:]
        for e in skipped { counts[e.reason, default: 0] += 1 }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var parts = sorted.prefix(10).map { "\($0.value) × \($0.key)" }
        if sorted.count > 10 { parts.append("\(sorted.count - 10) other reasons (listed above)") }
        return parts.joined(separator: ", ")
    }
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
