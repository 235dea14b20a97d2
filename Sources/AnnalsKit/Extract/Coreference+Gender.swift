/// Gender agreement for pronouns: "she" is not Yair Lapid and "he" is not Mrs. Silman.
///
/// An actor's gender comes only from what the text says of it: a given name the list marks
/// (`given_names.tsv`, "Yair" male, "Idit" female), an honorific ("Mr.", "Mrs.", "Sir",
/// "Queen"), or a gendered noun or title ("the chairwoman", "a Cuban actress", "his wife").
/// A pronoun never sets it (a wrong antecedent would then spread), and an actor with no gender
/// fits every pronoun.
///
/// ```swift
/// // "Ghaida Zoabi met Yair Lapid. On Thursday she left the coalition."
/// // "she" skips Lapid (male by his given name) for Zoabi (no gender known): she fits.
/// ```
extension Coreference {
    enum Gender: Sendable, Equatable {
        case male, female

        /// `m` or `f`, the codes of `given_names.tsv`; nil for `-` or anything else.
        init?(code: String) {
            switch code {
            case "m": self = .male
            case "f": self = .female
            default: return nil
            }
        }
    }

    static let maleHonorifics: WordSet = ["mr", "mr.", "sir", "lord", "king", "prince", "emperor", "monsieur", "m.", "herr", "senor", "señor", "signor", "duke", "baron", "sheikh"]
    static let femaleHonorifics: WordSet = ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "lady", "dame", "queen", "princess", "empress", "frau", "senora", "señora", "signora", "duchess", "baroness", "countess", "sheikha"]
    /// Nouns and titles that tell a man or a woman ("the spokeswoman", "his wife", "the
    /// congressman"). Titles used of both ("chairman", "minister", "priest") are left out.
    static let maleNouns: WordSet = ["man", "husband", "father", "son", "brother", "boy", "uncle", "nephew", "grandfather", "grandson", "king", "prince", "emperor", "congressman", "assemblyman", "councilman", "spokesman", "businessman", "policeman", "widower", "monk", "duke", "baron", "sheikh", "sultan", "tsar", "czar", "shah"]
    static let femaleNouns: WordSet = ["woman", "wife", "mother", "daughter", "sister", "girl", "aunt", "niece", "grandmother", "granddaughter", "queen", "princess", "empress", "chairwoman", "spokeswoman", "congresswoman", "assemblywoman", "councilwoman", "businesswoman", "policewoman", "servicewoman", "sportswoman", "stateswoman", "actress", "ballerina", "widow", "nun", "duchess", "baroness", "countess", "stewardess", "heiress", "sheikha", "tsarina", "czarina"]

    /// The gender a pronoun asks for ("she" female); nil for any other word.
    static func gender(ofPronoun w: String) -> Gender? {
        switch w {
        case "he", "him", "his", "himself": return .male
        case "she", "her", "hers", "herself": return .female
        default: return nil
        }
    }

    static func gender(ofNoun w: String) -> Gender? {
        if maleNouns.contains(w) { return .male }
        if femaleNouns.contains(w) { return .female }
        return nil
    }

    /// What mention `m` tells of its referent's gender: an honorific opening it ("Mrs. Meir"),
    /// a gendered title or head ("the chairwoman", "Queen Noor"), else the first given name
    /// before the family name that the list marks ("Kim Jong-un": "Jong-un" male).
    func gender(of m: Mention) -> Gender? {
        guard m.kind != .pronoun, !m.isPlural else { return nil }
        let first = m.text.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        if Coreference.maleHonorifics.contains(first) { return .male }
        if Coreference.femaleHonorifics.contains(first) { return .female }
        for r in [m.role, m.appositiveRole].compactMap({ $0 }) {
            if let g = Coreference.gender(ofNoun: r.head.lowercased()) { return g }
        }
        if m.kind == .unnamed, let head = m.head, let g = Coreference.gender(ofNoun: head) { return g }
        if m.kind == .person {
            for t in m.name.dropLast() {
                if let g = givenNameGenders[t.lowercased()] { return g }
            }
        }
        return nil
    }

    /// Whether actor `id` can be what `pronoun` refers to: its gender, where known, agrees.
    func fits(_ id: Int, pronoun: String?) -> Bool {
        guard let wanted = pronoun.flatMap(Coreference.gender(ofPronoun:)), let known = actors[canonical(id)].gender else { return true }
        return wanted == known
    }

    /// Records what mention `m` tells of the gender of actor `id`, when nothing has yet.
    mutating func noteGender(of m: Mention, for id: Int) {
        guard actors[id].gender == nil, actors[id].kind == .person, !actors[id].isPlural, let g = gender(of: m) else { return }
        actors[id].gender = g
    }
}
