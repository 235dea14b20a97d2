/// A person's name reduced to what survives transliteration, for matching across articles.
///
/// Titles and honorifics are dropped ("Brig. Gen.", "Mr."), Arabic article particles too
/// ("al-", "el-", "ad-"), then each word is reduced to a *skeleton*: lower-case ASCII,
/// doubled letters collapsed, `y` read as a vowel, every run of vowels inside a word read as
/// one `a` (a final vowel keeps its class: `i`, `a` or `u`).
///
/// ```swift
/// PersonName("Brig. Gen. Manaf Tlass")?.key   // "manaf tlas"
/// PersonName("Manaf Tlas")?.key               // "manaf tlas"
/// PersonName("Riyad Hijab")?.key == PersonName("Riad Hijab")?.key          // true
/// PersonName("Abdul-Aziz Saleh")?.key == PersonName("Abdelaziz Saleh")?.key // true
/// PersonName("Bashar al-Assad")?.key == PersonName("Hafez al-Assad")?.key   // false
/// PersonName("Tlass")?.isSurnameOnly          // true
/// ```
///
/// The key is the first given name and the surname (middle names are left out: "Hillary
/// Rodham Clinton" is "Hillary Clinton"), plus any middle initials ("George W. Bush" is not
/// "George H. W. Bush"). Different first names never give the same key.
public struct PersonName: Sendable, Hashable {
    /// The words of the name after titles and particles are removed (normalized, not skeletons).
    public let words: [String]
    /// Skeleton of the surname (the last word).
    public let surname: String
    /// Skeleton of the first given name, nil for a surname alone ("Tlass").
    public let given: String?
    /// Single-letter middle initials, in order.
    public let initials: [String]

    public init?(_ name: String) {
        var words = normalizedName(name).split(separator: " ").map(String.init)
        while let first = words.first, words.count > 1, PersonName.titles.contains(first) { words.removeFirst() }
        while let last = words.last, words.count > 1, PersonName.suffixes.contains(last) { words.removeLast() }
        words = PersonName.joiningCompounds(words)
        // Particles go except when they would leave nothing ("Al" alone stays).
        let kept = words.enumerated().filter { i, w in !(PersonName.particles.contains(w) && i < words.count - 1) }.map(\.element)
        words = kept.isEmpty ? words : kept
        guard words.contains(where: { $0.count > 1 }) else { return nil }
        if PersonName.isSurnameFirst(name, words: words), let family = words.first {
            words = Array(words.dropFirst()) + [family]   // "Thae Yong-ho": the family name first
        }
        guard let last = words.last else { return nil }
        self.words = words
        self.surname = PersonName.skeleton(last)
        if words.count > 1, let first = words.first {
            self.given = PersonName.skeleton(first)
            self.initials = words.dropFirst().dropLast().filter { $0.count == 1 }
        } else {
            self.given = nil
            self.initials = []
        }
    }

    /// The resolution key: `given [initials] surname` of skeletons, or `~surname` for a
    /// surname alone.
    public var key: String {
        guard let given else { return "~" + surname }
        return ([given] + initials + [surname]).joined(separator: " ")
    }

    public var isSurnameOnly: Bool { given == nil }

    /// A word reduced to its transliteration skeleton ("Tlass" → "tlas", "Riyad" → "rad",
    /// "Husameddine" → "hasamadin").
    public static func skeleton(_ word: String) -> String {
        var s = Array(normalizedName(word).replacingDigraphs().unicodeScalars.filter { $0 != " " })
        // y between or after letters is a vowel (Riyad, Hillary); a leading y is a consonant (Yasser).
        for i in s.indices where s[i] == "y" && i > 0 { s[i] = "i" }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if isVowel(c) {
                var j = i
                while j < s.count, isVowel(s[j]) { j += 1 }
                if j == s.count && i > 0 {
                    // A final vowel keeps its class: Ali ≠ Alaa, Bushra ≠ Bashar.
                    let v = s[j - 1]
                    out.append(v == "i" || v == "e" ? "i" : (v == "o" || v == "u") ? "u" : "a")
                } else {
                    out.append("a")
                }
                i = j
            } else {
                if out.last != c { out.append(c) }
                i += 1
            }
        }
        // A final h after a vowel is silent in transliteration (Abdullah, Abdulla).
        if out.count > 2, out.last == "h", let prev = out.dropLast().last, isVowel(prev) { out.removeLast() }
        return String(out)
    }

    private static func isVowel(_ c: Unicode.Scalar) -> Bool {
        c == "a" || c == "e" || c == "i" || c == "o" || c == "u"
    }

    /// East Asian order, family name first: a common family name followed by a hyphenated
    /// given name of short syllables ("Thae Yong-ho", "Lee Cook-jong") or by one or two short
    /// syllables ("Kim Jong Un", "Wang Yi").
    static func isSurnameFirst(_ raw: String, words: [String]) -> Bool {
        guard words.count >= 2, let first = words.first, eastAsianFamilyNames.contains(first) else { return false }
        let rawWords = raw.split(separator: " ")
        if rawWords.count == 2, let given = rawWords.last, given.contains("-") {
            return given.split(separator: "-").allSatisfy { (2...4).contains($0.count) }
        }
        return words.count <= 3 && words.dropFirst().allSatisfy { (1...4).contains($0.count) }
    }

    static let eastAsianFamilyNames: Set<String> = [
        "kim", "lee", "park", "choi", "jeong", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo", "kwon",
        "hwang", "ahn", "song", "ryu", "hong", "thae", "ri", "pak", "ban", "moon", "yoo",
        "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "he", "guo", "ma", "luo", "xi", "wen", "jiang", "fu", "geng", "hua", "qin", "cui",
    ]

    /// "Abdul Aziz", "Abd al-Aziz" and "Abdelaziz" are one word: a servant-of prefix joins
    /// the word after it (with a particle between, if any).
    static func joiningCompounds(_ words: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if ["abd", "abdul", "abdel", "abdal", "abdu", "abdoul", "abdur", "abdar"].contains(w), i + 1 < words.count - 1 {
                var j = i + 1
                var joined = w
                if particles.contains(words[j]), j + 1 < words.count - 1 { joined += words[j]; j += 1 }
                out.append(joined + words[j])
                i = j + 1
            } else {
                out.append(w)
                i += 1
            }
        }
        return out
    }

    /// Words before a name that are titles, ranks or honorifics (normalized).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh", "shaikh", "sheik",
        "president", "vice", "prime", "minister", "premier", "king", "queen", "prince", "princess", "emir", "sultan",
        "gen", "general", "brig", "brigadier", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain",
        "cmdr", "commander", "adm", "admiral", "sgt", "sergeant", "marshal", "field", "senator", "sen", "rep",
        "gov", "governor", "ambassador", "amb", "secretary", "foreign", "defense", "defence", "chancellor",
        "ayatollah", "imam", "rev", "reverend", "pope", "father", "judge", "justice", "mayor", "deputy", "chief",
        "spokesman", "spokeswoman", "envoy", "special", "the", "former", "late", "acting",
    ]

    /// Generational suffixes and degrees after a name.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md"]

    /// Arabic (and similar) particles that transliterations keep or drop at will.
    static let particles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ed", "es", "er"]
}

private extension String {
    /// Digraphs that spell one sound differently across transliterations.
    func replacingDigraphs() -> String {
        let digraphs = [("ph", "f"), ("ou", "u"), ("ee", "i"), ("oo", "u"), ("dh", "d"), ("th", "t"), ("ck", "k"), ("q", "k")]
        // ASCII (nearly every name): the same replacements, one after another, each leftmost
        // first, on the bytes (where characters are bytes), without a string search per pair.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(utf8)
            for (from, to) in digraphs {
                let f = Array(from.utf8), t = Array(to.utf8)
                guard bytes.count >= f.count else { continue }
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count)
                var i = 0
                while i < bytes.count {
                    if i + f.count <= bytes.count, bytes[i] == f[0], f.count == 1 || bytes[i + 1] == f[1] {
                        out.append(contentsOf: t)
                        i += f.count
                    } else {
                        out.append(bytes[i])
                        i += 1
                    }
                }
                bytes = out
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var s = self
        for (from, to) in digraphs {
            s = s.replacingAll(from, with: to)
        }
        return s
    }

}
