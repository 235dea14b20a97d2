/// "The government dismissed that video", "his office issued a statement denying them",
/// "her office called it completely untrue":
/// a denial of a report marks the events it refers to (in the same sentence before the
/// denial, or else in the previous sentence) as denied.
enum Denials {
    static let verbs: Set<String> = ["denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing",
                                     "rejected", "rejects", "refuted", "refutes", "refuting", "disputed", "disputes"]
    static let objects: Set<String> = ["video", "videos", "report", "reports", "claim", "claims", "statement", "rumors",
                                       "rumours", "rumor", "rumour", "account", "accounts", "announcement", "them", "it",
                                       "allegation", "allegations", "story", "stories"]

    /// Nouns for what was said, as the subject of "... that X happened were denied".
    static let reportNouns: Set<String> = ["report", "reports", "claim", "claims", "rumors", "rumours", "rumor", "rumour",
                                           "allegation", "allegations", "story", "stories", "suggestions", "speculation"]

    /// "called it completely untrue", "branded the report baseless": a denial told as a verdict.
    static let verdicts: Set<String> = ["untrue", "baseless", "groundless", "fabricated", "fabrication", "lies", "false", "fake",
                                        "invention", "fantasy", "nonsense", "rubbish", "fiction", "unfounded", "hoax", "lie", "concoction", "disinformation"]
    static let verdictVerbs: Set<String> = ["called", "calls", "calling", "branded", "brands", "described", "describes", "labelled", "labeled", "termed"]

    static func apply(to candidates: inout [EventCandidate], _ words: [SentenceWords]) {
        for s in words {
            for k in 0..<s.count where s.has(k, .denialVerdict) {
                guard (max(0, k - 5)..<k).contains(where: { verdictVerbs.contains(s.lower($0)) }) || isPredicateVerdict(k, in: s) else { continue }
                for t in referredTo(candidates, sentence: s.index, before: k) { deny(t, in: &candidates) }
            }
            for k in 0..<s.count where s.has(k, .denialVerb) {
                // "rejected as \"baseless\" reports circulating on Thursday that a second
                // diplomat had also quit": what the denied report says follows its "that".
                if let r = ((k + 1)..<min(s.count, k + 6)).first(where: { reportNouns.contains(s.lower($0)) }),
                   let that = ((r + 1)..<min(s.count, r + 8)).first(where: { s.lower($0) == "that" }) {
                    for t in candidates.indices where candidates[t].sentence == s.index && candidates[t].words.lowerBound > that
                        && candidates[t].type != "statement" {
                        deny(t, in: &candidates)
                    }
                }
                let window = (k + 1)..<min(s.count, k + 4)
                // "Reports that the minister had left for Tunisia were denied on Saturday": the
                // report is the subject of a passive denial.
                // "A report in a South Korean newspaper on Tuesday that ... was swiftly denied".
                let be = k >= 3 && s.lower(k - 1).hasSuffix("ly") ? k - 2 : k - 1
                let passiveOfReport = be >= 1 && (WordClass.beForms.contains(s.lower(be)) || s.lower(be) == "been")
                    && (0..<be).contains(where: { r in reportNouns.contains(s.lower(r)) && ((r + 1)...(r + 10)).contains { s.lower($0) == "that" } })
                guard passiveOfReport || window.contains(where: { objects.contains(s.lower($0)) }) else { continue }
                for t in referredTo(candidates, sentence: s.index, before: k) { deny(t, in: &candidates) }
            }
        }
    }

    /// "said ... that the report was false", "told me that that was, quote, a complete
    /// fabrication": a verdict word after a form of "be" whose subject is a report or a
    /// pronoun for one.
    static func isPredicateVerdict(_ k: Int, in s: SentenceWords) -> Bool {
        var b = k - 1
        while b >= 1, verdictFillers.contains(s.lower(b)) { b -= 1 }
        guard b >= 1, k - b <= 6, WordClass.beForms.contains(s.lower(b)) else { return false }
        let subject = s.lower(b - 1)
        return reportNouns.contains(subject) || ["that", "it", "this"].contains(subject)
    }

    /// Words between "was" and its verdict: "was, quote, a complete fabrication".
    static let verdictFillers: Set<String> = ["a", "an", "complete", "completely", "total", "totally", "utterly", "utter", "quote",
                                              ",", "\"", "pure", "simply", "just", "entirely", "absolute", "absolutely", "all", "malicious"]

    /// Marks candidate `t` denied, when it was told as happened, claimed or rumoured.
    static func deny(_ t: Int, in candidates: inout [EventCandidate]) {
        if [.asserted, .rumored, .claimed].contains(candidates[t].status) { candidates[t].status = .denied }
    }

    /// The events a remark about a report at word `k` of `sentence` refers to: those told
    /// before it in its sentence, else those of the sentence before (indices into `candidates`).
    static func referredTo(_ candidates: [EventCandidate], sentence: Int, before k: Int) -> [Int] {
        let here = candidates.indices.filter { candidates[$0].sentence == sentence && candidates[$0].words.upperBound <= k }
        // "denied a report that a second general had also switched sides": the report's own
        // content follows in the sentence, so nothing before is meant.
        if here.isEmpty, candidates.contains(where: { $0.sentence == sentence && $0.words.lowerBound > k && $0.type != "statement" }) { return [] }
        return here.isEmpty ? candidates.indices.filter { candidates[$0].sentence == sentence - 1 } : here
    }
}
