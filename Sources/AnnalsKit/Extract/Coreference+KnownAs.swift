/// "Juana Castro Ruz, known to everyone in the family as Juanita," : the name a "known as"
/// phrase gives is the same person's, so a headline's "Juanita Castro" is Juana Castro Ruz.
///
/// ```swift
/// // "Juanita Castro Says Cuba Is a Prison" ... "Juana Castro Ruz, known to all as Juanita, flew out"
/// // -> one actor, Juana Castro Ruz, with the alias "Juanita Castro".
/// ```
extension Coreference {
    /// Adverbs that may open the phrase ("better known as", "also called").
    static let knownAsAdverbs: WordSet = ["better", "also", "widely", "popularly", "commonly", "affectionately", "universally"]
    /// Participles naming a person by another name; "known" takes "as" within a few words,
    /// the others name right away ("nicknamed Juanita", "dubbed 'the Jackal'").
    static let knownAsVerbs: WordSet = ["known", "nicknamed", "dubbed", "called"]

    /// The other name a "known as" phrase right after mention `m` gives: its capitalised
    /// words, lower-cased; nil when none follows.
    static func nameKnownAs(after m: Mention, in s: SentenceWords) -> [String]? {
        var k = m.end
        guard k < s.count, s.lower(k) == "," else { return nil }
        k += 1
        while k < s.count, knownAsAdverbs.contains(s.lower(k)) { k += 1 }
        guard k < s.count, knownAsVerbs.contains(s.lower(k)) else { return nil }
        if s.lower(k) == "known" || s.lower(k) == "called" && s.lower(k + 1) == "by" {
            guard let a = ((k + 1)..<min(s.count, k + 16)).first(where: { s.lower($0) == "as" }),
                  !((k + 1)..<a).contains(where: { s[$0].isPunct }) else { return nil }
            k = a + 1
        } else {
            k += 1
        }
        while k < s.count, s[k].isPunct && s.lower(k) != "," { k += 1 }  // an opening quote
        var name: [String] = []
        while k < s.count, s[k].isCapitalized, !s[k].isPunct { name.append(s.lower(k)); k += 1 }
        return name.isEmpty ? nil : name
    }

    /// Merges into a named person the other named people the article calls by the name a
    /// "known as" phrase gives them: the same name ("Juanita"), or its first word with one of
    /// the person's family names ("Juanita Castro" for Juana Castro Ruz).
    mutating func linkKnownAs(_ sentences: [[Mention]], words: [SentenceWords]) {
        for (k, ms) in sentences.enumerated() {
            for m in ms where m.kind == .person && m.actor >= 0 {
                guard let other = Coreference.nameKnownAs(after: m, in: words[k]) else { continue }
                let id = canonical(m.actor)
                let names = actors[id].name.map { $0.lowercased() }
                guard names.count >= 2 else { continue }
                for u in actors.indices where actors[u].mergedInto == nil && u != id && actors[u].kind == .person && actors[u].isNamed {
                    let name = actors[u].name.map { $0.lowercased() }
                    if name == other || name.count == 2 && name[0] == other[0] && names.dropFirst().contains(name[1]) {
                        for a in [actors[u].name.joined(separator: " ")] + actors[u].aliases where !actors[id].aliases.contains(a) { actors[id].aliases.append(a) }
                        merge(u, into: id)
                    }
                }
            }
        }
    }
}
