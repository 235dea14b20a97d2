import Foundation

/// One self-rewriting line on stderr: articles, MB/s and, when the input size is known,
/// percent done and time left. Redrawn at most four times a second.
final class ProgressMeter {
    let totalBytes: Int?
    let start = Date()
    private var last = Date.distantPast
    private var drawn = false

    init(totalBytes: Int?) { self.totalBytes = totalBytes }

    func update(articles: Int, bytes: Int) {
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.25 else { return }
        last = now
        let seconds = max(now.timeIntervalSince(start), 1e-3)
        let rate = Double(bytes) / seconds
        var line = String(format: "%d articles, %.1f MB, %.2f MB/s", articles, Double(bytes) / 1e6, rate / 1e6)
        if let total = totalBytes, total > 0, rate > 0 {
            // Text bytes run a little under file bytes (markup, JSON escapes): an estimate.
            let done = min(Double(bytes) / Double(total), 1)
            line += String(format: ", ~%.0f%%, ETA %@", done * 100, ProgressMeter.duration(Double(max(total - bytes, 0)) / rate))
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(String(format: "%02d", t % 3600 / 60))m" : t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }

    /// Bytes of the regular files under `paths` (nil when reading stdin).
    static func inputSize(_ paths: [String]) -> Int? {
        let fm = FileManager.default
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard let walker = fm.enumerator(atPath: path) else { continue }
                for case let name as String in walker {
                    total += (try? fm.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? 0
                }
            } else {
                total += (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
