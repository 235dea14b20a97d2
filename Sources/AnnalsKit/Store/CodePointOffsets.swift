/// Converts UTF-8 byte offsets into a text to code-point offsets (what SQLite's `substr()`
/// and `length()` count). Built once per article, then each lookup is O(1).
///
/// ```swift
/// let offsets = CodePointOffsets("Père Noël")
/// offsets[6]   // 5: "è" is two bytes, one code point
/// ```
/// An offset inside a multi-byte character maps to that character's start; offsets out of
/// range are clamped to the text.
public struct CodePointOffsets: Sendable {
    private var table: [Int32]

    /// For an ASCII text every offset is its own code-point offset: no table, just the length.
    private var asciiCount: Int?

    public init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            self.table = []
            asciiCount = text.utf8.count
            return
        }
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var index: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            for _ in 0..<width { table.append(index) }
            index += 1
        }
        table.append(index)
        self.table = table
    }

    public var byteCount: Int { asciiCount ?? table.count - 1 }
    public var codePointCount: Int { asciiCount ?? Int(table[table.count - 1]) }

    public subscript(byteOffset: Int) -> Int {
        if let asciiCount { return min(max(byteOffset, 0), asciiCount) }
        return Int(table[min(max(byteOffset, 0), table.count - 1)])
    }

    /// A byte range as a code-point range (clamped; never inverted).
    public func convert(_ range: Range<Int>) -> Range<Int> {
        let lower = self[range.lowerBound]
        return lower..<max(lower, self[range.upperBound])
    }
}
