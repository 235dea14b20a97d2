// libFuzzer entry point for the extractor and the rest of the pipeline.
//
// Built by Tests/Fuzz/fuzz.sh together with the AnnalsKit sources in one module (no SwiftPM
// target: `-sanitize=fuzzer` brings its own `main`). Each input is read as one document
// (the first byte picks text, HTML, JSONL or sniffing), extracted, checked with
// PipelineSelfCheck and written into an in-memory store that is rolled back.
// A crash, a hang (libFuzzer's -timeout) or a self-check problem is a finding.

import Foundation

nonisolated(unsafe) let fuzzStore: Store? = try? Store(path: ":memory:")
let fuzzExtractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let format: ArticleFormat?
    switch bytes[0] % 4 {
    case 0: format = .text
    case 1: format = .html
    case 2: format = .jsonl
    default: format = nil
    }
    let problems = PipelineSelfCheck.run(bytes: Array(bytes.dropFirst()), format: format, store: fuzzStore, extractor: fuzzExtractor)
    if !problems.isEmpty {
        print("PipelineSelfCheck:", problems.prefix(5).joined(separator: "; "))
        abort()
    }
    return 0
}
