/// A set of byte values as a 256-bit mask: membership is a shift and a mask, with no
/// allocation or hashing, for scanners that skip most bytes of a text.
///
/// ```swift
/// let firsts = ByteSet(Array("tea".utf8))
/// firsts.contains(UInt8(ascii: "t"))   // true
/// firsts.contains(UInt8(ascii: "x"))   // false
/// ```
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes {
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let lane: UInt64
        switch b >> 6 {
        case 0: lane = bits.0
        case 1: lane = bits.1
        case 2: lane = bits.2
        default: lane = bits.3
        }
        return lane & (UInt64(1) << UInt64(b & 63)) != 0
    }
}
