/// Turns the bytes of a file into text, or refuses them.
///
/// - valid UTF-8 is used as is; a UTF-8 byte order mark is removed;
/// - UTF-16 with a byte order mark is decoded;
/// - invalid UTF-8 that has no (or hardly any) valid multi-byte sequences is read as
///   Windows-1252, with the warning "decoded as Windows-1252";
/// - other invalid UTF-8 is decoded with U+FFFD replacement characters, with the warning
///   "invalid UTF-8 replaced";
/// - binary data (known magic numbers, NUL bytes, many control bytes) is refused.
///
/// ```swift
/// SourceDecoding.decode([0x63, 0x61, 0x66, 0xE9])  // .success(("café", ["decoded as Windows-1252"]))
/// ```
public enum SourceDecoding {
    public enum Failure: Error, Equatable, Sendable {
        /// The bytes are not text; the associated value names what they look like ("a PDF file").
        case binary(String)
    }

    public static let invalidUTF8Warning = "invalid UTF-8 replaced"
    public static let windows1252Warning = "decoded as Windows-1252"

    public static func decode(_ bytes: some Collection<UInt8>) -> Result<(text: String, warnings: [String]), Failure> {
        let bytes = Array(bytes)
        if let kind = binaryKind(bytes) { return .failure(.binary(kind)) }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .success((decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF), []))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let (invalid, multibyte) = utf8Census(body)
        if invalid == 0 {
            return .success((String(decoding: body, as: UTF8.self), []))
        }
        if multibyte == 0 || invalid > 4 * multibyte {
            return .success((decodeWindows1252(body), [windows1252Warning]))
        }
        return .success((String(decoding: body, as: UTF8.self), [invalidUTF8Warning]))
    }

    /// What binary data looks like, from its first bytes; nil when it looks like text.
    public static func binaryKind(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(65_536))
        let magics: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF file"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
            ([0x50, 0x4B, 0x05, 0x06], "a ZIP archive"),
            ([0x1F, 0x8B], "gzip-compressed data"),
            (Array("GIF87a".utf8), "a GIF image"),
            (Array("GIF89a".utf8), "a GIF image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
            (Array("BZh".utf8), "bzip2-compressed data"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
            (Array("Rar!".utf8), "a RAR archive"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
            (Array("SQLite format 3".utf8), "an SQLite database"),
            (Array("RIFF".utf8), "a RIFF media file"),
            ([0x00, 0x00, 0x00], "binary data"),
        ]
        for (magic, kind) in magics where head.starts(with: magic) { return kind }
        if head.count >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
            return nil  // UTF-16 text: its NUL bytes are expected
        }
        var control = 0
        for b in head {
            if b == 0 { return "binary data (NUL bytes)" }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x0B && b != 0x1B { control += 1 }
        }
        if head.count > 0 && control * 20 > head.count { return "binary data (control bytes)" }
        return nil
    }

    /// Counts invalid bytes and valid multi-byte sequences.
    static func utf8Census(_ b: ArraySlice<UInt8>) -> (invalid: Int, multibyte: Int) {
        var invalid = 0, multibyte = 0
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var v: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; min = 0x80; v = UInt32(c & 0x1F) }
            else if c & 0xF0 == 0xE0 { need = 2; min = 0x800; v = UInt32(c & 0x0F) }
            else if c & 0xF8 == 0xF0 { need = 3; min = 0x10000; v = UInt32(c & 0x07) }
            else { invalid += 1; i += 1; continue }
            var ok = i + need < end
            if ok {
                for k in 1...need {
                    let d = b[i + k]
                    if d & 0xC0 != 0x80 { ok = false; break }
                    v = v << 6 | UInt32(d & 0x3F)
                }
            }
            if ok && v >= min && v <= 0x10FFFF && !(0xD800...0xDFFF).contains(v) {
                multibyte += 1
                i += need + 1
            } else {
                invalid += 1
                i += 1
            }
        }
        return (invalid, multibyte)
    }

    static func decodeWindows1252(_ b: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for c in b {
            if c < 0x80 || c >= 0xA0 {
                scalars.append(Unicode.Scalar(c))
            } else if let v = HTMLEntities.windows1252High[Int(c - 0x80)], let s = Unicode.Scalar(v) {
                scalars.append(s)
            } else {
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }

    static func decodeUTF16(_ b: [UInt8], littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = 2
        while i + 1 < b.count {
            units.append(littleEndian ? UInt16(b[i]) | UInt16(b[i + 1]) << 8 : UInt16(b[i]) << 8 | UInt16(b[i + 1]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
