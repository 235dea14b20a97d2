/// "Neither the rebels nor any government would confirm that claim", "That could not be
/// independently verified": a sentence saying a report went unconfirmed makes the asserted
/// events it refers to (in the same sentence before it, or else in the previous sentence)
/// claims.
///
/// ```swift
/// // "The rebels said two pilots had fled this week. No government would confirm the claim."
/// // -> the pilots' defection is .claimed
/// ```
enum Unconfirmed {
    static let verbs: Set<String> = ["confirm", "confirmed", "verify", "verified", "corroborate", "corroborated", "substantiate", "substantiated",
                                     "confirmation", "verification", "corroboration"]
    static let negations: Set<String> = ["not", "n't", "no", "neither", "nor", "unable", "impossible", "cannot", "never"]

    static func apply(to candidates: inout [EventCandidate], _ words: [SentenceWords]) {
        for s in words {
            for k in 0..<s.count where s.has(k, .unconfirmWord) {
                // The negation governs the verb: within the four words before it, or the sentence
                // opens with "neither"/"no" ("Neither the rebels nor any government would confirm").
                let negated = (max(0, k - 4)..<k).contains { negations.contains(s.lower($0)) }
                    || ["neither", "no"].contains(s.lower(0))
                guard negated else { continue }
                let targets = Denials.referredTo(candidates, sentence: s.index, before: k)
                // "no official confirmation of the reports": unconfirmed reports are rumours; an
                // unconfirmed account by those involved is a claim.
                let reports = (0..<s.count).contains { ["report", "reports", "rumor", "rumors", "rumour", "rumours"].contains(s.lower($0)) }
                for t in targets where candidates[t].status == .asserted {
                    candidates[t].status = reports ? .rumored : .claimed
                }
            }
        }
    }
}
