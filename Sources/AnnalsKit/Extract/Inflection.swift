/// Regular English inflections of a trigger lemma: defect → defects, defected, defecting;
/// veto → vetoes, vetoed; co-sponsor → co-sponsors. Irregular forms come from the lexicon.
enum Inflection {
    static func forms(of lemma: String, pos: String) -> [String] {
        if pos == "noun" {
            if lemma.hasSuffix("y") && !lemma.hasSuffix("ey") { return [lemma, String(lemma.dropLast()) + "ies"] }
            if lemma.hasSuffix("o") || lemma.hasSuffix("s") || lemma.hasSuffix("ch") || lemma.hasSuffix("sh") {
                return [lemma, lemma + "es"]
            }
            return [lemma, lemma + "s"]
        }
        var out = [lemma]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if lemma.hasSuffix("e") {
            out += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if lemma.hasSuffix("y"), let p = lemma.dropLast().last, !vowels.contains(p) {
            out += [String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("o") || lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            out += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            out += [lemma + "s", lemma + "ed", lemma + "ing"]
            // Short CVC verbs double the last consonant: ban → banned.
            let chars = Array(lemma)
            if chars.count >= 3 && chars.count <= 4, !vowels.contains(chars[chars.count - 1]),
               vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3]),
               !["w", "x", "y"].contains(chars[chars.count - 1]) {
                out += [lemma + String(chars[chars.count - 1]) + "ed", lemma + String(chars[chars.count - 1]) + "ing"]
            }
        }
        return out
    }
}
