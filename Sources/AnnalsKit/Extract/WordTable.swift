import Foundation

/// A dictionary from words to values that finds an ASCII word by hashing its bytes once
/// (FNV-1a) instead of seeding and finalising a SipHash and checking normalisation, as
/// `Dictionary<String, Value>` does: the extractor looks up every word of every sentence, and
/// the rules test words against word classes many times over.
///
/// Lookups answer exactly what the `Dictionary` it was built from answers: a word with a
/// non-ASCII byte (which may be canonically equivalent to another spelling) is looked up in
/// that dictionary; an ASCII word is equal to a key only when the bytes are, and keys that are
/// canonically equivalent to an ASCII spelling are also filed under that spelling.
///
/// ```swift
/// let table = WordTable(["the": 1, "a": 2])
/// table["the"]   // 1
/// table["The"]   // nil (no folding: callers pass lower-cased words)
/// ```
struct WordTable<Value: Sendable>: Sendable {
    /// The dictionary it was built from (and answers non-ASCII words).
    let dictionary: [String: Value]
    private let keys: [String]
    private let hashes: [UInt32]
    private let values: [Value?]
    private let mask: Int
    /// One bit per key hash (256 bits, from bits 8-15 of the hash), kept in the table value
    /// itself: most words looked up are in no set, and a clear bit answers that without
    /// reading the slot arrays (a cache miss on each of the many small tables). All ones
    /// (as on a large table) filters nothing.
    private let filter: (UInt64, UInt64, UInt64, UInt64)

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var ascii: [(String, Value)] = []
        for (key, value) in dictionary {
            if key.utf8.allSatisfy({ $0 < 0x80 }) {
                ascii.append((key, value))
            } else {
                // "\u{037E}" is ";" to `==`: file it under the ASCII form it is equal to (no
                // ASCII key has those bytes: it would be the same key of the dictionary).
                let composed = key.precomposedStringWithCanonicalMapping
                if composed.utf8.allSatisfy({ $0 < 0x80 }) {
                    ascii.append((composed, value))
                }
            }
        }
        var capacity = 16
        while capacity < ascii.count * 3 { capacity <<= 1 }
        var keys = Array(repeating: "", count: capacity)
        var hashes = Array(repeating: UInt32(0), count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        for (key, value) in ascii {
            let h = WordTable.hash(asciiBytesOf: key)!
            var i = WordTable.home(h, capacity - 1)
            while hashes[i] != 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            hashes[i] = h
            values[i] = value
        }
        self.keys = keys
        self.hashes = hashes
        self.values = values
        self.mask = capacity - 1
        var filter: [UInt64] = [0, 0, 0, 0]
        for h in hashes where h != 0 {
            let bit = Int(truncatingIfNeeded: h &>> 8) & 255
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = (filter[0], filter[1], filter[2], filter[3])
    }

    /// A hash of the UTF-8 bytes, never 0 (0 marks an empty slot); nil when a byte is not
    /// ASCII or the string has no contiguous UTF-8 storage. The bytes are gathered eight at a
    /// time into a word by shifts (no multiply per byte, as FNV-1a had: a chain of them was
    /// most of a lookup's time) and each word is mixed in with one multiply.
    @inline(__always)
    static func hash(asciiBytesOf word: String) -> UInt32? {
        // A small ASCII string (at most 15 bytes) holds its bytes in its own value, zero-padded
        // (`WordKey`): the same hash from the two words of the value, without reaching for the
        // bytes through a closure.
        let bits = WordKey.bits(word)
        if WordKey.isSmallASCII(bits) {
            let count = Int(truncatingIfNeeded: (bits.1 &>> 56) & 0x0F)
            var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
            var last = bits.0
            if count >= 8 {
                h = (h ^ bits.0) &* 0xBF58_476D_1CE4_E5B9
                last = bits.1 & 0x00FF_FFFF_FFFF_FFFF
            }
            h = (h ^ last) &* 0x94D0_49BB_1331_11EB
            h ^= h &>> 29
            return UInt32(truncatingIfNeeded: h &>> 32) | 1
        }
        return word.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
            var h = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
            var any: UInt8 = 0
            var chunk: UInt64 = 0
            var shift: UInt64 = 0
            for b in bytes {
                any |= b
                chunk |= UInt64(b) &<< shift
                shift &+= 8
                if shift == 64 {
                    h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
                    chunk = 0
                    shift = 0
                }
            }
            guard any < 0x80 else { return nil }
            h = (h ^ chunk) &* 0x94D0_49BB_1331_11EB
            h ^= h &>> 29
            return UInt32(truncatingIfNeeded: h &>> 32) | 1
        } ?? nil
    }

    /// The home slot of hash `h` (its low bit is always set, so it is not used).
    @inline(__always)
    private static func home(_ h: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: h &>> 1) & mask }

    subscript(word: String) -> Value? {
        guard let h = WordTable.hash(asciiBytesOf: word) else { return dictionary[word] }
        let bit = Int(truncatingIfNeeded: h &>> 8) & 255
        // The lane chosen by selects, not a switch (compiled to an indirect jump, which the
        // branch predictor misses on most words).
        let low = bit & 64 == 0 ? filter.0 : filter.1
        let high = bit & 64 == 0 ? filter.2 : filter.3
        let lane = bit & 128 == 0 ? low : high
        guard lane & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var i = WordTable.home(h, mask)
        while true {
            let slot = hashes[i]
            if slot == 0 { return nil }
            if slot == h && keys[i] == word { return values[i] }
            i = (i + 1) & mask
        }
    }

    var isEmpty: Bool { dictionary.isEmpty }
}

/// A set of words with `WordTable`'s lookup: `contains` answers what `Set<String>.contains`
/// would. Declared like a set (`static let modals: WordSet = ["will", "would"]`).
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words as a `Set`.
    let words: Set<String>
    private let table: WordTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        let unique = Set(words)
        self.words = unique
        self.table = WordTable(Dictionary(uniqueKeysWithValues: unique.map { ($0, true) }))
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }

    var count: Int { words.count }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
    func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(words.union(other)) }
}

/// Equal and hashed as its words (`Lexicon.Trigger` holds its objects as one).
extension WordSet: Hashable {
    static func == (a: WordSet, b: WordSet) -> Bool { a.words == b.words }
    func hash(into hasher: inout Hasher) { words.hash(into: &hasher) }
}
