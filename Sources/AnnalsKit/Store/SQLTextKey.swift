/// A text as SQLite compares a bound value with `=` (BINARY collation): its UTF-8 bytes up to
/// the first NUL, where a bound text ends. Unlike `String`, two canonically equivalent
/// spellings with different bytes are different keys, as they are to SQLite.
///
/// ```swift
/// SQLTextKey("country:SYR") == SQLTextKey("country:SYR\u{0}x")   // true
/// SQLTextKey("caf\u{E9}") == SQLTextKey("cafe\u{301}")            // false
/// ```
struct SQLTextKey: Hashable {
    let bytes: [UInt8]

    init(_ text: String) {
        // (A native string's bytes are contiguous: one search and one copy, instead of
        // appending byte by byte through the view's iterator, which is not specialized.)
        if let bytes = text.utf8.withContiguousStorageIfAvailable({ buffer in
            Array(buffer[..<(buffer.firstIndex(of: 0) ?? buffer.endIndex)])
        }) {
            self.bytes = bytes
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == 0 { break }
            bytes.append(byte)
        }
        self.bytes = bytes
    }

    /// Hashed in one call (an array of bytes hashes byte by byte).
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
