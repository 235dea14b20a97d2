import Testing
@testable import AnnalsKit

/// `UTF8Bytes.lowercased` gives the bytes of `String.lowercased()`.
@Suite struct TextUTF8BytesTests {
    @Test func lowercasesLikeTheStandardLibrary() {
        let texts = ["", "Plain ASCII, Mostly Lower Case.", "PARIS \u{2014} \u{201C}We Will\u{201D} Not\u{2019}s",
                     "\u{130}stanbul and the \u{212A}ELVIN sign", "\u{39F}\u{394}\u{39F}\u{3A3} \u{3A3}\u{391}\u{3A3}",
                     "Caf\u{C9} A\u{301} \u{1C5} \u{1E9E} \u{FB03}", "\u{2014}Leading dash THEN ASCII", "TWO YEARS EARLIER\u{2026}"]
        for text in texts {
            #expect(UTF8Bytes.lowercased(text) == Array(text.lowercased().utf8), "\(text)")
        }
    }
}
