import Foundation

/// A text as SQLite compares a bound value with `=` (BINARY collation): its UTF-8 bytes up to
/// the first NUL, where a bound text ends. Unlike `String`, two canonically equivalent
/// spellings with different bytes are different keys, as they are to SQLite.
///
/// ```swift
/// SQLTextKey("country:SYR") == SQLTextKey("country:SYR\u{0}x")   // true
/// SQLTextKey("caf\u{E9}") == SQLTextKey("cafe\u{301}")            // false
/// ```
struct SQLTextKey: Hashable {
    /// The text up to its first NUL: the text itself (no copy) when it has none, as almost
    /// every key, name and alias the writer looks up (about 30 keys per article, each an
    /// array of bytes allocated and freed before).
    let text: String

    init(_ text: String) {
        let nul = SQLTextKey.withBytes(text) { bytes in bytes.firstIndex(of: 0) }
        if let nul {
            self.text = SQLTextKey.withBytes(text) { bytes in String(decoding: bytes[..<nul], as: UTF8.self) }
        } else {
            self.text = text
        }
    }

    static func == (a: SQLTextKey, b: SQLTextKey) -> Bool {
        withBytes(a.text) { x in
            withBytes(b.text) { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    /// Hashed in one call (the bytes, not the characters `String` hashes).
    func hash(into hasher: inout Hasher) {
        SQLTextKey.withBytes(text) { bytes in
            hasher.combine(bytes.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text` (in place for a native string).
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
