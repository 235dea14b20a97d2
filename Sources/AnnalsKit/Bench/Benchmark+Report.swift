import Foundation

extension Benchmark.Report {
    /// The report as pretty JSON (keys sorted).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// The report as plain-text tables.
    public var table: String {
        var out = "\nstage                 jobs  articles      MB        s   articles/s    MB/s\n"
        for r in ingest {
            out += pad(r.stage, 20) + lpad(String(r.jobs), 6) + lpad(String(r.articles), 10) + lpad(String(format: "%.1f", r.megabytes), 8)
                + lpad(String(format: "%.2f", r.seconds), 9) + lpad(String(format: "%.0f", r.articlesPerSecond), 13)
                + lpad(String(format: "%.2f", r.megabytesPerSecond), 8) + "\n"
        }
        let floor = ingest.first { $0.stage == "sqlite fts5 floor" }?.megabytesPerSecond
        let one = ingest.first { $0.stage == "ingest" && $0.jobs == 1 }?.megabytesPerSecond
        let two = ingest.first { $0.stage == "ingest" && $0.jobs == 2 }?.megabytesPerSecond
        if let one {
            out += String(format: "ingest, 1 job: %.1fx spaCy small (quoted %.2f MB/s)", one / spacySmallMegabytesPerSecond, spacySmallMegabytesPerSecond)
            if let floor { out += String(format: "; floor / ingest = %.1fx", floor / one) }
            if let two { out += String(format: "; 2 jobs / 1 job = %.2fx", two / one) }
            out += "\n"
        }
        out += String(format: "peak RSS: %.0f MB after ingest, %.0f MB at the end\n", peakRSSMegabytesAfterIngest, peakRSSMegabytes)
        out += "\nquery                                                                    events   median ms   rows\n"
        for q in queries {
            out += pad(q.query, 70) + lpad(String(q.events), 10) + lpad(String(format: "%.2f", q.medianMilliseconds), 12) + lpad(String(q.rows), 7) + "\n"
        }
        for note in notes { out += "note: " + note + "\n" }
        return out
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? String(s.prefix(n)) : s + String(repeating: " ", count: n - s.count) }
    private func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
