/// Fact boxes that list events under a heading ("High-Profile Defectors:" then lines like
/// "Manaf Tlass - July 6"): each entry is an event of the heading's type, by the person it
/// names, on the date it gives. Captions and menus are not lists; only a heading that names
/// an event type and entries of the shape NAME [, ROLE] - DATE count.
enum ListBoxes {
    /// Heading words and the event type their entries are.
    static let headings: [String: String] = [
        "defectors": "defection", "defections": "defection", "defected": "defection",
        "vetoes": "veto", "vetoed": "veto",
    ]

    static func candidates(_ words: [SentenceWords], _ mentions: [[Mention]], sentences: [Sentence],
                           tagger: TemporalTagger, lexicon: Lexicon) -> [EventCandidate] {
        var out: [EventCandidate] = []
        var n = 0
        while n < words.count {
            let s = words[n]
            guard s.count >= 2, s.count <= 8, s.lower(s.count - 1) == ":",
                  let type = s.words.lazy.compactMap({ headings[$0.lower] }).first,
                  let trigger = lexicon.firstTrigger[type] else {
                n += 1
                continue
            }
            var k = n + 1
            while k < words.count, let c = entry(words[k], mentions[k], sentence: sentences[k], type: type, trigger: trigger, tagger: tagger) {
                out.append(c)
                k += 1
            }
            n = k
        }
        return out
    }

    /// "Manaf Tlass - July 6", "Nawaf Fares, ambassador to Iraq - July 11".
    static func entry(_ s: SentenceWords, _ mentions: [Mention], sentence: Sentence, type: String,
                      trigger: Lexicon.Trigger, tagger: TemporalTagger) -> EventCandidate? {
        guard s.count <= 16, let first = mentions.first, first.start == 0, first.actor >= 0,
              let dash = s.words.indices.first(where: { ["-", "\u{2013}", "\u{2014}"].contains(s[$0].text) }), dash >= first.end else { return nil }
        let base = sentence.range.lowerBound
        guard let t = tagger.tag(sentence.text).first(where: { $0.date != nil && $0.range.lowerBound + base > s[dash].range.lowerBound }),
              let date = t.date else { return nil }
        var c = EventCandidate(type: type, trigger: trigger, sentence: s.index, words: 0..<first.end,
                               range: s[0].range.lowerBound..<s[first.end - 1].range.upperBound)
        c.agents = [first.actor]
        c.tense = .past
        c.explicitDate = date
        return c
    }
}
