/// "Britain and France did something new. They vetoed ...": the list a plural pronoun that no
/// group answers stands for.
extension Extractor {
    /// The actors of the last list of two or more named countries, bodies or people joined by
    /// "and" in a sentence ("Britain and France", "Russia, China and Iran").
    static func lastNamedList(_ s: SentenceWords, _ mentions: [Mention], actors: [Coreference.Actor]) -> [Int] {
        let named = mentions.filter { $0.actor >= 0 && ($0.kind == .known || $0.kind == .person) && actors[$0.actor].isNamed }
            .sorted { $0.start < $1.start }
        var best: [Int] = []
        var list: [Int] = []
        for (n, m) in named.enumerated() {
            let joined = n > 0 && {
                let gap = (named[n - 1].end..<m.start).map { s.lower($0) }
                // "at a meeting in New York, Britain and France": a city is no member of a list
                // of countries; members are of one kind.
                return joinsList(gap) && named[n - 1].kind == m.kind && named[n - 1].entry?.kind == m.entry?.kind
            }()
            if joined { list.append(m.actor) } else { list = [m.actor] }
            if list.count >= 2, Set(list).count == list.count, n + 1 == named.count || !((m.end..<named[n + 1].start).map { s.lower($0) }.allSatisfy { [",", "and"].contains($0) }) {
                best = list
            }
        }
        return best
    }

    /// The last list of named countries or bodies in the six sentences before sentence `n`.
    static func recentNamedList(before n: Int, words: [SentenceWords], mentions: [[Mention]], actors: [Coreference.Actor]) -> [Int] {
        for k in stride(from: n - 1, through: max(0, n - 6), by: -1) {
            let list = lastNamedList(words[k], mentions[k], actors: actors)
            if !list.isEmpty { return list.allSatisfy { actors[$0].kind != .person } ? list : [] }
        }
        return []
    }

    /// Whether the words between two names join them in a list ("and", ",", ", and").
    static func joinsList(_ gap: [String]) -> Bool {
        gap == ["and"] || gap == [","] || gap == [",", "and"]
    }
}
