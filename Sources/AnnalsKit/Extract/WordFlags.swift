/// The word classes and lexicon tables a lower-cased word belongs to, as bits, so the
/// extractor tests membership with one AND instead of hashing the word again for every
/// table it consults.
///
/// The table is built once per `Lexicon` (`Lexicon.wordFlags`) from the same sets the rules
/// name (`WordClass`, `MentionFinder`, the lexicon's phrase tables), so a flag is set exactly
/// when the set contains the word:
///
/// ```swift
/// let words = SentenceWords(...)            // each Word carries its flags
/// words.has(3, .preposition)                // == WordClass.prepositions.contains(words.lower(3))
/// ```
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    static let preposition = WordFlags(rawValue: 1 << 0)
    static let auxiliary = WordFlags(rawValue: 1 << 1)
    static let determiner = WordFlags(rawValue: 1 << 2)
    static let clauseOpener = WordFlags(rawValue: 1 << 3)
    static let personNoun = WordFlags(rawValue: 1 << 4)
    static let collectiveNoun = WordFlags(rawValue: 1 << 5)
    static let notName = WordFlags(rawValue: 1 << 6)
    static let reportingVerb = WordFlags(rawValue: 1 << 7)
    static let pronoun = WordFlags(rawValue: 1 << 8)
    static let locativePreposition = WordFlags(rawValue: 1 << 9)
    static let roleModifier = WordFlags(rawValue: 1 << 10)
    /// "the", "a", "an".
    static let article = WordFlags(rawValue: 1 << 11)
    /// First word of a title phrase (`Lexicon.titlePhrases` has the word).
    static let titleStart = WordFlags(rawValue: 1 << 12)
    /// First word of a gazetteer phrase (`Lexicon.placePhrases` has the word).
    static let placeStart = WordFlags(rawValue: 1 << 13)
    /// First word of a trigger form (`Lexicon.triggerForms` has the word).
    static let triggerStart = WordFlags(rawValue: 1 << 14)
    static let givenName = WordFlags(rawValue: 1 << 15)
    static let resolutionNoun = WordFlags(rawValue: 1 << 16)
    static let modifierWord = WordFlags(rawValue: 1 << 17)
    static let beForm = WordFlags(rawValue: 1 << 18)
    static let lightVerb = WordFlags(rawValue: 1 << 19)
    static let relativePronoun = WordFlags(rawValue: 1 << 20)
    static let modal = WordFlags(rawValue: 1 << 21)
    static let irregularParticiple = WordFlags(rawValue: 1 << 22)
    static let irregularPast = WordFlags(rawValue: 1 << 23)
    static let countWord = WordFlags(rawValue: 1 << 24)
    static let ordinal = WordFlags(rawValue: 1 << 25)
    /// Words that can open an unnamed actor (`MentionFinder.unnamed`) besides numbers.
    static let unnamedStart = WordFlags(rawValue: 1 << 26)
    /// The word has a hyphen byte ("U.S.-drafted"); set per token, not from the table.
    static let hyphen = WordFlags(rawValue: 1 << 27)
    static let institutionWord = WordFlags(rawValue: 1 << 28)
    static let nameParticle = WordFlags(rawValue: 1 << 29)
    static let compoundHead = WordFlags(rawValue: 1 << 30)
    static let undatedPastAdverb = WordFlags(rawValue: 1 << 31)
    static let earlierWord = WordFlags(rawValue: 1 << 32)
    static let firstPerson = WordFlags(rawValue: 1 << 33)
    static let groupNoun = WordFlags(rawValue: 1 << 34)
    static let governmentNoun = WordFlags(rawValue: 1 << 35)
    /// Can start a status cue (`Lexicon.cues`: first word of a cue phrase).
    static let cueStart = WordFlags(rawValue: 1 << 36)
    /// Words before a body or place that `MentionFinder.place` reads (`MentionFinder.councilLeads`).
    static let placeLead = WordFlags(rawValue: 1 << 37)
    static let denialVerb = WordFlags(rawValue: 1 << 38)
    /// `TemporalScanner.vocabulary`: a temporal grammar may read the word.
    static let temporalWord = WordFlags(rawValue: 1 << 39)
    /// `Unconfirmed.verbs`: "confirm", "verified", "confirmation".
    static let unconfirmWord = WordFlags(rawValue: 1 << 40)
    /// `Denials.verdicts`: "untrue", "baseless".
    static let denialVerdict = WordFlags(rawValue: 1 << 41)
    /// `EventFinder.grantVerbs` and `EventFinder.askVerbs`: the shelter rules' first words.
    static let shelterVerb = WordFlags(rawValue: 1 << 42)
    /// `EventFinder.followVerbs`: "followed (suit)", "did (the same)".
    static let followVerb = WordFlags(rawValue: 1 << 43)
    /// `Identification.startWords`: "identified", "named", "called" ...
    static let namingVerb = WordFlags(rawValue: 1 << 44)
    /// `EventFinder.partyMemberWords`: "Democrat", "Tory" ("Democrat to Republican").
    static let partyMember = WordFlags(rawValue: 1 << 45)
    /// `TemporalTagger.dateWords`: one of them (or a number) is in every time expression that
    /// carries a date (see `Extractor.mayHoldDate`).
    static let dateWord = WordFlags(rawValue: 1 << 46)
    /// `EventFinder.leadForms`: "led" (a following out of a party, `EventFinder.ledOutOf`).
    static let leadVerb = WordFlags(rawValue: 1 << 47)

    /// Words (besides numbers) `MentionFinder.unnamed` can start at: the word lists its
    /// first test reads, so the gate cannot drift from the rule.
    static let unnamedStarters: WordSet = MentionFinder.unnamedIndefinites
        .union(MentionFinder.unnamedDefinites).union(MentionFinder.unnamedComparatives).union(MentionFinder.unnamedApproximations)
        .union(MentionFinder.unnamedQuantifiers).union(MentionFinder.unnamedMultiples)
        .union(WordClass.countWords.keys)

    /// The flag table of a lexicon: every word of every class it names.
    static func table(titlePhrases: [String: [[String]]], placePhrases: [String: [[String]]],
                      triggerForms: [String: [(Lexicon.Trigger, [String])]], givenNames: Set<String>,
                      cues: [Lexicon.Cue], personNouns: Set<String>, collectiveNouns: Set<String>) -> [String: WordFlags] {
        var t: [String: WordFlags] = [:]
        func add<S: Sequence>(_ words: S, _ f: WordFlags) where S.Element == String {
            for w in words { t[w, default: []].insert(f) }
        }
        add(WordClass.prepositions, .preposition)
        add(WordClass.auxiliaries, .auxiliary)
        add(WordClass.determiners, .determiner)
        add(WordClass.clauseOpeners, .clauseOpener)
        add(personNouns, .personNoun)
        add(collectiveNouns, .collectiveNoun)
        add(WordClass.notNames, .notName)
        add(WordClass.reportingVerbs, .reportingVerb)
        add(WordClass.pronouns, .pronoun)
        add(WordClass.locativePrepositions, .locativePreposition)
        add(MentionFinder.roleModifiers, .roleModifier)
        add(MentionFinder.articles, .article)
        add(titlePhrases.keys, .titleStart)
        add(placePhrases.keys, .placeStart)
        add(triggerForms.keys, .triggerStart)
        add(givenNames, .givenName)
        add(Lexicon.resolutionNouns, .resolutionNoun)
        add(MentionFinder.modifierWords, .modifierWord)
        add(WordClass.beForms, .beForm)
        add(WordClass.lightVerbs, .lightVerb)
        add(WordClass.relativePronouns, .relativePronoun)
        add(WordClass.modals, .modal)
        add(WordClass.irregularParticiples, .irregularParticiple)
        add(WordClass.irregularPast, .irregularPast)
        add(WordClass.countWords.keys, .countWord)
        add(WordClass.ordinals, .ordinal)
        add(unnamedStarters, .unnamedStart)
        add(WordClass.countWords.keys, .unnamedStart)
        add(MentionFinder.institutionWords, .institutionWord)
        add(MentionFinder.nameParticles, .nameParticle)
        add(MentionFinder.compoundHeads, .compoundHead)
        add(WordClass.undatedPastAdverbs, .undatedPastAdverb)
        add(WordClass.earlierWords, .earlierWord)
        add(WordClass.firstPerson, .firstPerson)
        add(WordClass.groupNouns, .groupNoun)
        add(WordClass.governmentNouns, .governmentNoun)
        add(cues.compactMap(\.phrase.first), .cueStart)
        add(MentionFinder.councilLeads, .placeLead)
        add(Denials.verbs, .denialVerb)
        add(TemporalScanner.vocabulary, .temporalWord)
        add(TemporalTagger.dateWords, .dateWord)
        add(Unconfirmed.verbs, .unconfirmWord)
        add(Denials.verdicts, .denialVerdict)
        add(EventFinder.grantVerbs.union(EventFinder.askVerbs), .shelterVerb)
        // "fate" too: "met the same fate" (`EventFinder.followedSuit`).
        add(EventFinder.followVerbs.union(["fate"]), .followVerb)
        add(Identification.startWords, .namingVerb)
        add(EventFinder.partyMemberWords, .partyMember)
        add(EventFinder.leadForms, .leadVerb)
        return t
    }
}
