extension Extractor {
    /// Nouns of a sitting of a council or assembly ("at the same meeting", "in the same session").
    static let sittingNouns: Set<String> = ["meeting", "session", "sitting"]

    /// "On Monday, three drafts were not adopted ... At the same meeting the Council adopted
    /// resolution 417": a council act told "at the same meeting" (session, sitting) is on the day
    /// of the council act told last before it, within three sentences, when that one has a day.
    ///
    /// ```swift
    /// // "A Soviet text failed on July 26. An Italian one was also rejected at the same session."
    /// // the second failure: 26 July
    /// ```
    static func dateSameMeeting(_ candidates: inout [EventCandidate], words: [SentenceWords]) {
        for n in candidates.indices where candidates[n].explicitDate == nil && councilActTypes.contains(candidates[n].type) {
            let sn = candidates[n].sentence
            let s = words[sn]
            guard s.words.indices.contains(where: { k in
                sittingNouns.contains(s.lower(k)) && s.lower(k - 1) == "same" && s.lower(k - 2) == "the"
            }) else { continue }
            let earlier = candidates.indices.filter { k in
                k != n && councilActTypes.contains(candidates[k].type) && candidates[k].explicitDate?.precision == .day
                    && (candidates[k].sentence < sn && candidates[k].sentence >= sn - 3
                        || candidates[k].sentence == sn && candidates[k].words.upperBound <= candidates[n].words.lowerBound)
            }
            if let k = earlier.max(by: { (candidates[$0].sentence, candidates[$0].words.lowerBound) < (candidates[$1].sentence, candidates[$1].words.lowerBound) }) {
                candidates[n].explicitDate = candidates[k].explicitDate
            }
        }
    }
}
