extension Lexicon {
    /// A gazetteer phrase with what `MentionFinder.gazetteer` looks up for it, precomputed:
    /// its words, the joined key, the capitalisation rule and the entry.
    struct PlaceCandidate: Sendable {
        let words: [String]
        let joined: String
        let caseRule: [Character]?
        let entry: Entry?
    }

    /// `placePhrases` with each phrase's key, rule and entry, in the same order.
    static func placeCandidates(_ placePhrases: [String: [[String]]], places: [String: Entry],
                                placeCase: [String: [Character]]) -> [String: [PlaceCandidate]] {
        placePhrases.mapValues { phrases in
            phrases.map { p in
                let joined = p.joined(separator: " ")
                return PlaceCandidate(words: p, joined: joined, caseRule: placeCase[joined], entry: places[joined])
            }
        }
    }
}
