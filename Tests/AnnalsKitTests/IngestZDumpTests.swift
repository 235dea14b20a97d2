import Foundation
import Testing
@testable import AnnalsKit

@Test func zzDumpCorpus() throws {
    guard ProcessInfo.processInfo.environment["ANNALS_DUMP"] != nil else { return }
    let c = try ingestRead(["/work/shared/corpus/dev/articles"])
    var out = ""
    for a in c.articles {
        out += "=== \(a.path ?? "") | \(a.title ?? "-") | \(a.published?.iso ?? "-") | \(a.warnings)\n"
        out += String(a.text.prefix(1500)) + "\n"
        for s in SentenceSplitter.split(a.text) { out += "  [S] \(s.text)\n" }
    }
    try out.write(toFile: "/tmp/ingest-scratch/dump.txt", atomically: true, encoding: .utf8)
}
