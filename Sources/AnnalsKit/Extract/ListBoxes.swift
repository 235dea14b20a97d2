/// Fact boxes that list events under a heading ("High-Profile Defectors:", "RECENT MILITARY
/// DEFECTIONS ACROSS THE DMZ", "Venezuelan officers who have broken with Maduro") then lines
/// that each end with a date after a dash ("Manaf Tlass - July 6", "Rudolf Nureyev, Kirov
/// Ballet star, breaks away from his company in Paris - June 16, 1961"): each entry is an event
/// of the heading's type, by the actor it opens with, on the date it ends with. Captions and
/// menus are not lists: the heading must be a line of its own, without a final full stop,
/// that names an event type (a heading word or one of the lexicon's triggers), and each entry
/// a line of its own.
enum ListBoxes {
    /// Heading words and the event type their entries are.
    static let headings: [String: String] = [
        "defectors": "defection", "defections": "defection", "defected": "defection",
        "vetoes": "veto", "vetoed": "veto",
    ]
    /// Event types a list box can hold.
    static let listTypes: Set<String> = ["defection", "veto"]
    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]

    static func candidates(_ words: [SentenceWords], _ mentions: [[Mention]], sentences: [Sentence], utf8: [UInt8],
                           tagger: TemporalTagger, lexicon: Lexicon) -> [EventCandidate] {
        var out: [EventCandidate] = []
        var n = 0
        while n + 1 < words.count {
            guard let type = headingType(words[n], n: n, sentences: sentences, utf8: utf8, lexicon: lexicon),
                  let trigger = lexicon.firstTrigger[type] else {
                n += 1
                continue
            }
            var k = n + 1
            while k < words.count, Extractor.opensParagraph(k, sentences, utf8),
                  let c = entry(words[k], mentions[k], sentence: sentences[k], type: type, trigger: trigger, tagger: tagger) {
                out.append(c)
                k += 1
            }
            n = max(k, n + 1)
        }
        return out
    }

    /// The event type a heading line names: "Notable Cold War defections:", "Officials who have
    /// broken with Lukashenko since 2020:". Nil for anything that is not a short line of its own.
    static func headingType(_ s: SentenceWords, n: Int, sentences: [Sentence], utf8: [UInt8], lexicon: Lexicon) -> String? {
        guard s.count >= 2, s.count <= 12, Extractor.opensParagraph(n, sentences, utf8),
              Extractor.opensParagraph(n + 1, sentences, utf8), ![".", "!", "?"].contains(s.lower(s.count - 1)) else { return nil }
        if let type = s.words.lazy.compactMap({ headings[$0.lower] }).first { return type }
        for i in 0..<s.count where s.has(i, .triggerStart) {
            if let trigger = lexicon.trigger(at: i, in: s, types: listTypes) { return trigger.type }
        }
        return nil
    }

    /// "Manaf Tlass - July 6", "Nawaf Fares, ambassador to Iraq - July 11", "A teenage North
    /// Korean soldier crosses the western front ... - June 15, 2015": an actor among the first
    /// words, then a dash, then a date that ends the line.
    static func entry(_ s: SentenceWords, _ mentions: [Mention], sentence: Sentence, type: String,
                      trigger: Lexicon.Trigger, tagger: TemporalTagger) -> EventCandidate? {
        if let c = dateFirstEntry(s, mentions, sentence: sentence, type: type, trigger: trigger, tagger: tagger) { return c }
        guard s.count <= 40, let first = mentions.first(where: { m in
                  m.actor >= 0 && (type == "veto" ? m.kind == .known : [.person, .unnamed].contains(m.kind))
              }), first.start <= 4,
              let dash = s.words.indices.last(where: { dashes.contains(s[$0].text) }), dash >= first.end, dash >= s.count - 8 else { return nil }
        let base = sentence.range.lowerBound
        guard let t = tagger.tag(sentence.text).last(where: { $0.date != nil && $0.range.lowerBound + base > s[dash].range.lowerBound }),
              let date = t.date,
              // The date runs to the end of the line (a closing bracket or full stop aside).
              !s.words[dash...].contains(where: { $0.range.lowerBound >= t.range.upperBound + base && $0.text.first?.isLetter == true })
        else { return nil }
        var c = EventCandidate(type: type, trigger: trigger, sentence: s.index, words: 0..<first.end,
                               range: s[0].range.lowerBound..<s[first.end - 1].range.upperBound)
        c.agents = [first.actor]
        c.tense = .past
        c.explicitDate = date
        return c
    }

    /// "- July 11, 2008: Russia and China vote down sanctions on ...", "- June 15, 2009: A
    /// Russian no ends the observer mission": a timeline entry (`Extractor.timelineEntryDate`),
    /// then the act with its actors first (for vetoes, the permanent members named or told by their
    /// adjective among its first words).
    static func dateFirstEntry(_ s: SentenceWords, _ mentions: [Mention], sentence: Sentence, type: String,
                               trigger: Lexicon.Trigger, tagger: TemporalTagger) -> EventCandidate? {
        guard s.count >= 4, s.count <= 45,
              let (date, dash) = Extractor.timelineEntryDate(s, text: sentence.text, tagger: tagger) else { return nil }
        let opening = mentions.filter { $0.actor >= 0 && $0.start > dash && $0.start <= dash + 4 }
        let agents: [Mention]
        if type == "veto" {
            // Only those coordinated at the start ("Russia and China block ..."), not the drafters
            // further on ("Russia blocks a British-American draft").
            var coordinated: [Mention] = []
            for m in opening where coordinated.isEmpty || Extractor.joinsList((coordinated.last!.end..<m.start).map { s.lower($0) }) {
                coordinated.append(m)
            }
            agents = coordinated.filter { $0.entry.map { $0.kind == .country && EventFinder.permanentMembers.contains($0.code ?? "") } ?? false }
        } else if let group = opening.first, group.kind == .unnamed, group.isPlural, let count = group.count, count >= 2,
                  s.lower(group.end) == "," {
            // "- July 25, 1990: Five members, A, B, C, D and E, break with ...": the people named
            // in apposition, when there are as many as the count says.
            let named = mentions.filter { $0.start > group.end && $0.kind == .person && $0.actor >= 0 }.prefix(count)
            agents = named.count == count ? Array(named) : [group]
        } else {
            agents = opening.prefix(1).filter { [.person, .unnamed].contains($0.kind) }
        }
        guard let first = agents.first, let last = agents.last else { return nil }
        var c = EventCandidate(type: type, trigger: trigger, sentence: s.index, words: first.start..<last.end,
                               range: s[first.start].range.lowerBound..<s[last.end - 1].range.upperBound)
        c.agents = agents.map(\.actor).uniqued()
        c.tense = .past
        c.explicitDate = date
        return c
    }
}
