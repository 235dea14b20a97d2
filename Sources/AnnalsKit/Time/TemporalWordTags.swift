/// The scanner tables a temporal token's word belongs to, looked up once per token, so the
/// grammars skip the phrase lists and tables that cannot match before comparing any string.
///
/// A tag is set exactly when the table has the word (or a phrase of the list starts with it):
///
/// ```swift
/// scanner.has(i, .unit)     // == (TemporalLexicon.units[w(i)] != nil)
/// ```
struct TemporalWordTags: OptionSet, Sendable {
    let rawValue: UInt32

    /// First word of one of `TemporalScanner.modifierPrefixes`.
    static let modifierStart = TemporalWordTags(rawValue: 1 << 0)
    /// First word of one of `TemporalScanner.referencePhrases`.
    static let referenceStart = TemporalWordTags(rawValue: 1 << 1)
    /// First word of one of `TemporalScanner.deixisTable`.
    static let deixisStart = TemporalWordTags(rawValue: 1 << 2)
    /// First word of one of `TemporalScanner.durationLeads`.
    static let leadStart = TemporalWordTags(rawValue: 1 << 3)
    /// First word of one of `TemporalScanner.hedges`.
    static let hedgeStart = TemporalWordTags(rawValue: 1 << 4)
    static let unit = TemporalWordTags(rawValue: 1 << 5)
    static let cardinal = TemporalWordTags(rawValue: 1 << 6)
    static let ordinal = TemporalWordTags(rawValue: 1 << 7)
    static let tens = TemporalWordTags(rawValue: 1 << 8)
    static let season = TemporalWordTags(rawValue: 1 << 9)
    static let decade = TemporalWordTags(rawValue: 1 << 10)
    static let partOfDay = TemporalWordTags(rawValue: 1 << 11)
    /// `TemporalLexicon.starters`: a grammar may start at the word.
    static let starter = TemporalWordTags(rawValue: 1 << 12)
    /// First word of `TemporalScanner.spelledYear` ("two", "eighteen", "nineteen", "twenty").
    static let spelledYearStart = TemporalWordTags(rawValue: 1 << 13)
    /// `TemporalTagger.dateWords`.
    static let dateWord = TemporalWordTags(rawValue: 1 << 14)
    /// Words one of which (or a number) is in every expression the scanner matches: the date
    /// words, the last word of each reference phrase ("now", "the future"), the frequency
    /// adverbs ("daily"). Durations, offsets and sets all need a unit, a weekday or a number.
    static let coreWord = TemporalWordTags(rawValue: 1 << 15)
    /// `TemporalScanner.vocabulary`: a grammar may read the word.
    static let vocabulary = TemporalWordTags(rawValue: 1 << 16)

    static let table: WordTable<TemporalWordTags> = WordTable({
        var t: [String: TemporalWordTags] = [:]
        func add<S: Sequence>(_ words: S, _ tag: TemporalWordTags) where S.Element == String {
            for w in words { t[w, default: []].insert(tag) }
        }
        add(TemporalScanner.modifierPrefixes.compactMap(\.first), .modifierStart)
        add(TemporalScanner.referencePhrases.compactMap(\.0.first), .referenceStart)
        add(TemporalScanner.deixisTable.compactMap(\.0.first), .deixisStart)
        add(TemporalScanner.durationLeads.compactMap(\.0.first), .leadStart)
        add(TemporalScanner.hedges.compactMap(\.first), .hedgeStart)
        add(TemporalLexicon.units.keys, .unit)
        add(TemporalLexicon.cardinals.keys, .cardinal)
        add(TemporalLexicon.ordinals.keys, .ordinal)
        add(TemporalLexicon.tens, .tens)
        add(TemporalLexicon.seasons.keys, .season)
        add(TemporalLexicon.decadeWords.keys, .decade)
        add(TemporalLexicon.partsOfDay.keys, .partOfDay)
        add(TemporalLexicon.starters, .starter)
        add(TemporalScanner.spelledCenturies.keys, .spelledYearStart)
        add(["two"], .spelledYearStart)
        add(TemporalTagger.dateWords, .dateWord)
        add(TemporalTagger.dateWords, .coreWord)
        add(TemporalScanner.referencePhrases.compactMap(\.0.last), .coreWord)
        add(TemporalScanner.frequencyAdverbs.keys, .coreWord)
        add(TemporalScanner.vocabulary, .vocabulary)
        return t
    }())
}
