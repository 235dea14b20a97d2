/// Converts UTF-8 byte offsets into a text to code-point offsets (what SQLite's `substr()`
/// and `length()` count). Built once per article from the positions of its multi-byte
/// characters only; a lookup is a binary search among them (an article holds a few dozen
/// curly quotes, dashes and accented letters, against thousands of bytes).
///
/// ```swift
/// let offsets = CodePointOffsets("Père Noël")
/// offsets[6]   // 5: "è" is two bytes, one code point
/// ```
/// An offset inside a multi-byte character maps to that character's start; offsets out of
/// range are clamped to the text.
public struct CodePointOffsets: Sendable {
    /// The byte offset of each multi-byte character, ascending.
    private var starts: [Int32] = []
    /// `extra[j]`: the bytes beyond the first of the multi-byte characters before `starts[j]`
    /// (one more entry than `starts`: the last is the whole text's).
    private var extra: [Int32] = [0]
    public private(set) var byteCount: Int

    public init(_ text: String) {
        var starts: [Int32] = []
        var extra: [Int32] = [0]
        var offset: Int32 = 0, beyond: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = Int32(UTF8.width(scalar))
            if width > 1 {
                starts.append(offset)
                beyond += width - 1
                extra.append(beyond)
            }
            offset += width
        }
        self.starts = starts
        self.extra = extra
        byteCount = Int(offset)
    }

    public var codePointCount: Int { byteCount - Int(extra[extra.count - 1]) }

    public subscript(byteOffset: Int) -> Int {
        let b = min(max(byteOffset, 0), byteCount)
        // How many multi-byte characters start before `b`.
        var low = 0, high = starts.count
        while low < high {
            let mid = (low &+ high) &>> 1
            if Int(starts[mid]) < b { low = mid &+ 1 } else { high = mid }
        }
        if low > 0 {
            // Inside the last of them: its start.
            let start = Int(starts[low - 1]), width = Int(extra[low] - extra[low - 1]) + 1
            if b < start + width { return start - Int(extra[low - 1]) }
        }
        return b - Int(extra[low])
    }

    /// A byte range as a code-point range (clamped; never inverted).
    public func convert(_ range: Range<Int>) -> Range<Int> {
        let lower = self[range.lowerBound]
        return lower..<max(lower, self[range.upperBound])
    }
}
