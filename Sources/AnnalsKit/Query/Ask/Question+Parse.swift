import Foundation

extension Question {
    /// Reads a question in words. Throws `QuestionNotUnderstood`, with the closest forms,
    /// for anything that is not one of `Question.forms`: it never guesses.
    ///
    /// ```swift
    /// try Question.parse("What did Russia do in July 2012?")
    /// // .activity(actor: "russia", period: 2012-07-01..2012-07-31)
    /// ```
    public static func parse(_ text: String) throws -> Question {
        var words = normalizedWords(text)
        if let question = parse(words: &words) { return question }
        throw QuestionNotUnderstood(question: text, suggestions: suggestions(for: text))
    }

    /// Lower case, straight apostrophes, no surrounding punctuation, "and when" dropped.
    static func normalizedWords(_ text: String) -> [String] {
        var cleaned = ""
        for c in text.lowercased() {
            switch c {
            case "\u{2019}", "\u{2018}", "`": cleaned.append("'")
            case "?", "!", ";", "\"", "\u{201C}", "\u{201D}": cleaned.append(" ")
            default: cleaned.append(c.isWhitespace ? " " : c)
            }
        }
        var words = cleaned.split(separator: " ").map { w -> String in
            var s = Substring(w)
            while let last = s.last, last == "." || last == "," { s.removeLast() }
            return String(s)
        }.filter { !$0.isEmpty }
        if words.first == "please" { words.removeFirst() }
        for tail in [["and", "when"], ["when"], ["please"], ["and", "on", "what", "date"]] where words.count > tail.count {
            if Array(words.suffix(tail.count)) == tail { words.removeLast(tail.count) }
        }
        return words
    }

    static let periodWords: Set<String> = ["in", "on", "during", "throughout", "since", "after", "from", "before", "until", "till", "by", "between"]

    /// Removes the longest period phrase ("in july 2012") and returns it.
    static func takePeriod(_ words: inout [String]) -> Period? {
        var best: (Range<Int>, Period)?
        for i in words.indices where periodWords.contains(words[i]) {
            for j in stride(from: words.count, to: i + 1, by: -1) {
                if let p = Period(phrase: words[i..<j].joined(separator: " ")) {
                    if (j - i) > (best?.0.count ?? 0) { best = (i..<j, p) }
                    break
                }
            }
        }
        guard let (range, period) = best else { return nil }
        words.removeSubrange(range)
        return period
    }

    /// Removes a trailing "KEYWORD rest..." clause and returns the rest.
    static func takeClause(_ words: inout [String], after keywords: Set<String>) -> (keyword: String, value: String)? {
        guard let i = words.indices.last(where: { keywords.contains(words[$0]) && $0 + 1 < words.count && $0 > 0 }) else { return nil }
        let value = words[(i + 1)...].joined(separator: " ")
        let keyword = words[i]
        words.removeSubrange(i...)
        return (keyword, value)
    }

    static func strippedArticle(_ text: String) -> String {
        for prefix in ["the ", "a ", "an "] where text.hasPrefix(prefix) { return String(text.dropFirst(prefix.count)) }
        return text
    }

    private static func parse(words: inout [String]) -> Question? {
        let period = takePeriod(&words)
        let text = words.joined(separator: " ")
        func rest(after prefix: String) -> String? {
            if text == prefix { return "" }
            return text.hasPrefix(prefix + " ") ? String(text.dropFirst(prefix.count + 1)) : nil
        }
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }

        // who defected [from X]
        for prefix in ["who defected", "who has defected", "who have defected", "who defects"] {
            if let r = rest(after: prefix) {
                if r.isEmpty { return .defectors(from: nil, period: period) }
                if r.hasPrefix("from ") { return .defectors(from: String(r.dropFirst(5)), period: period) }
                return nil
            }
        }
        // who vetoed [WHAT]
        for prefix in ["who vetoed", "who has vetoed", "which countries vetoed", "who used a veto", "who used their veto"] {
            if let r = rest(after: prefix) {
                var about = strippedArticle(r)
                for lead in ["resolutions on ", "resolution on ", "resolutions about ", "resolution about ", "resolutions ", "resolution "] where about.hasPrefix(lead) {
                    about = String(about.dropFirst(lead.count))
                    break
                }
                if ["resolution", "resolutions", "it", "what", ""].contains(about) { return .vetoes(about: nil, period: period) }
                return .vetoes(about: about, period: period)
            }
        }
        // which resolutions were adopted [on X]
        for prefix in ["which resolutions", "what resolutions", "which resolution", "what resolution", "resolutions", "list resolutions"] {
            guard var r = rest(after: prefix) else { continue }
            var about: String?
            var ws = r.split(separator: " ").map(String.init)
            if let clause = takeClause(&ws, after: ["on", "about", "concerning", "regarding"]) { about = clause.value }
            else if ws.first.map({ ["on", "about", "concerning", "regarding"].contains($0) }) == true, ws.count > 1 {
                about = ws.dropFirst().joined(separator: " ")
                ws = []
            }
            r = ws.joined(separator: " ")
            for aux in ["were ", "was ", "have been ", "has been ", "got ", "did the council "] where r.hasPrefix(aux) {
                r = String(r.dropFirst(aux.count))
                break
            }
            let outcomes: [String: ResolutionOutcome] = [
                "adopted": .adopted, "passed": .adopted, "approved": .adopted, "adopt": .adopted, "pass": .adopted,
                "failed": .failed, "rejected": .failed, "vetoed": .failed, "defeated": .failed, "blocked": .failed,
                "proposed": .proposed, "drafted": .proposed, "put forward": .proposed, "tabled": .proposed,
                "introduced": .proposed, "there": .proposed,
            ]
            if r.isEmpty || r == "there were" { return .resolutions(outcome: nil, about: about, period: period) }
            if let outcome = outcomes[r] { return .resolutions(outcome: r == "there" ? nil : outcome, about: about, period: period) }
            return nil
        }
        // what did ACTOR do
        for (prefix, suffix) in [("what did", "do"), ("what has", "done"), ("what have", "done"), ("what does", "do")] {
            if let r = rest(after: prefix), r.hasSuffix(" " + suffix) {
                let actor = String(r.dropLast(suffix.count + 1))
                return validActor(actor).map { .activity(actor: $0, period: period) }
            }
        }
        // how many times did ACTOR VERB
        if let r = rest(after: "how many times did") ?? rest(after: "how often did") {
            guard let (actor, type) = actorAndVerb(r) else { return nil }
            return .count(type: type, actor: actor, agentOnly: true, period: period)
        }
        // when did ACTOR VERB
        if let r = rest(after: "when did") ?? rest(after: "when has") ?? rest(after: "when have") {
            guard period == nil, let (actor, type) = actorAndVerb(r) else { return nil }
            return .when(actor: actor, type: type)
        }
        // which roles did ACTOR hold
        for prefix in ["which roles did", "what roles did", "which roles has", "what roles has", "what role did", "which role did",
                       "what positions did", "which positions did", "what positions has"] {
            if let r = rest(after: prefix) {
                var ws = r.split(separator: " ").map(String.init)
                guard let last = ws.last, ["hold", "held", "have", "had", "occupy", "occupied"].contains(last) else { return nil }
                ws.removeLast()
                return validActor(ws.joined(separator: " ")).map { .roles(actor: $0) }
            }
        }
        // who is/was ...
        for prefix in ["who is", "who was", "who's", "who were", "who are"] {
            guard let r = nonEmpty(rest(after: prefix)) else { continue }
            // X's ROLE
            if let apostrophe = r.range(of: "'s ") {
                let of = String(r[..<apostrophe.lowerBound]), role = String(r[apostrophe.upperBound...])
                guard validActor(strippedArticle(of)) != nil, !role.isEmpty else { return nil }
                return .roleHolder(role: role, of: strippedArticle(of), period: period)
            }
            // the ROLE of X
            if r.hasPrefix("the ") {
                let phrase = String(r.dropFirst(4))
                if let of = phrase.range(of: " of ", options: .backwards) {
                    return .roleHolder(role: String(phrase[..<of.lowerBound]), of: String(phrase[of.upperBound...]), period: period)
                }
                return .roleHolder(role: phrase, of: nil, period: period)
            }
            guard period == nil else { return nil }
            return validActor(r).map { .roles(actor: $0) }
        }
        // events [involving X] PERIOD
        for prefix in ["events", "what happened", "show events", "list events", "show me events", "which events"] {
            guard let r = rest(after: prefix) else { continue }
            var involving: String?
            if !r.isEmpty {
                var ws = r.split(separator: " ").map(String.init)
                guard let first = ws.first, ["involving", "with", "about", "by", "concerning"].contains(first), ws.count > 1 else { return nil }
                ws.removeFirst()
                involving = validActor(ws.joined(separator: " "))
                if involving == nil { return nil }
            }
            guard let period else { return nil }
            return .events(period: period, involving: involving)
        }
        // how many EVENTS [by X | involving X]
        if let r = rest(after: "how many") {
            var ws = r.split(separator: " ").map(String.init)
            var actor: String?
            var agentOnly = true
            if let clause = takeClause(&ws, after: ["by", "involving", "with", "from", "of"]) {
                actor = validActor(clause.value)
                agentOnly = clause.keyword == "by" || clause.keyword == "from" || clause.keyword == "of"
                if actor == nil { return nil }
            }
            for tail in [["were", "there"], ["happened"], ["took", "place"], ["occurred"], ["are", "there"], ["were", "reported"]]
            where ws.count > tail.count && Array(ws.suffix(tail.count)) == tail {
                ws.removeLast(tail.count)
            }
            guard ws.count == 1, let pattern = nouns[ws[0]] else { return nil }
            return .count(type: pattern == "%" ? nil : pattern, actor: actor, agentOnly: agentOnly, period: period)
        }
        return nil
    }

    /// "russia veto" -> ("russia", "veto"); the verb is the last word, perhaps followed by
    /// "a resolution" or similar.
    static func actorAndVerb(_ r: String) -> (String, String)? {
        var ws = r.split(separator: " ").map(String.init)
        for tail in [["a", "resolution"], ["the", "resolution"], ["resolutions"], ["a", "draft"], ["it"]]
        where ws.count > tail.count + 1 && Array(ws.suffix(tail.count)) == tail {
            ws.removeLast(tail.count)
        }
        guard ws.count >= 2, let verb = ws.last, let type = verbs[verb] else { return nil }
        ws.removeLast()
        guard let actor = validActor(ws.joined(separator: " ")) else { return nil }
        return (actor, type)
    }

    /// A name to look up, or nil when it has no letters or is a question word.
    static func validActor(_ text: String) -> String? {
        let name = text.trimmingSpaces
        guard name.contains(where: \.isLetter), !normalizedName(name).isEmpty else { return nil }
        let questionWords: Set<String> = ["who", "what", "which", "when", "where", "how", "he", "she", "they", "it", "anyone", "someone"]
        if questionWords.contains(name) { return nil }
        return name
    }

    /// The examples closest to `text` by shared word stems, at most three.
    static func suggestions(for text: String) -> [String] {
        func stems(_ s: String) -> Set<String> {
            let stop: Set<String> = ["the", "a", "an", "of", "and", "in", "on", "did", "do", "is", "was", "to", "x"]
            return Set(normalizedWords(s).filter { !stop.contains($0) }.map { String($0.prefix(5)) })
        }
        let asked = stems(text)
        let scored = forms.map { form -> (Int, String) in
            (asked.intersection(stems(form.form).union(stems(form.example))).count, form.example)
        }
        let best = scored.filter { $0.0 > 0 }.sorted { $0.0 > $1.0 }.prefix(3).map(\.1)
        return best.isEmpty ? forms.prefix(3).map(\.example) : Array(best)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
