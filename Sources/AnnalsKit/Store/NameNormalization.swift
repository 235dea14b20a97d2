import Foundation

/// The form names are matched in: lower-case, accents removed (ASCII-folded), dots and
/// apostrophes dropped, other punctuation turned into spaces, whitespace collapsed.
///
/// ```swift
/// normalizedName("U.N. Security Council")  // "un security council"
/// normalizedName("Bashar al-Assad")        // "bashar al assad"
/// normalizedName("François  Hollande")     // "francois hollande"
/// normalizedName("Sana'a")                 // "sanaa"
/// ```
public func normalizedName(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNormalizedName(name) }
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            continue  // accents (after decomposition), zero-width joiners
        default:
            break
        }
        // Dropped without a trace: dots (U.N.) and apostrophes (Sana'a, O’Brien).
        if scalar == "." || scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "`" || scalar == "\u{02BC}" {
            continue
        }
        let folded: String
        if scalar.isASCII {
            folded = String(Character(scalar)).lowercased()
        } else if let special = specialFolds[scalar] {
            folded = special
        } else if properties.isAlphabetic {
            folded = String(scalar).lowercased()
        } else {
            folded = " "
        }
        for f in folded.unicodeScalars {
            let isWordCharacter = f.properties.isAlphabetic || f.properties.numericType != nil
            if isWordCharacter {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(f)
            } else {
                pendingSpace = true
            }
        }
    }
    return String(out)
}

/// `normalizedName` of an ASCII name, byte by byte (the same result, without Unicode tables).
private func asciiNormalizedName(_ name: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for byte in name.utf8 {
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { continue }
        let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
            if pendingSpace && !out.isEmpty { out.append(32) }
            pendingSpace = false
            out.append(lower)
        } else {
            pendingSpace = true
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Letters that do not decompose into an ASCII letter plus marks.
private let specialFolds: [Unicode.Scalar: String] = [
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    "ħ": "h", "Ħ": "h",
]
