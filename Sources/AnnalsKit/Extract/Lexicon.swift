/// The extractor's dictionaries: countries, organisations, titles, given names, event
/// triggers and modality cues. They are the TSV files in `Sources/AnnalsKit/Lexicon/`,
/// embedded in the binary (`EmbeddedLexicon`), so users can read and extend them.
///
/// ```swift
/// let lexicon = Lexicon.standard
/// lexicon.places["damascus"]?.code   // "SYR"
/// ```
public final class Lexicon: Sendable {
    /// A country, body or group the gazetteer knows.
    public struct Entry: Sendable, Hashable {
        struct Fields: Sendable, Hashable {
            var key: String
            var name: String
            var kind: ActorKind
            var code: String?
            var cameo: String?
            var adoptsResolutions: Bool
        }
        /// Held out of line, copy-on-write: mentions and their lookups copy entries, and a copy
        /// then retains one object instead of each string. Equality and hashing are the fields'
        /// (in their order, as the synthesized ones of the plain struct were).
        @Boxed var fields: Fields

        init(key: String, name: String, kind: ActorKind, code: String?, cameo: String?, adoptsResolutions: Bool) {
            fields = Fields(key: key, name: name, kind: kind, code: code, cameo: cameo, adoptsResolutions: adoptsResolutions)
        }

        public var key: String { get { fields.key } _modify { yield &fields.key } }          // "country:SYR", "org:unsc"
        public var name: String { get { fields.name } _modify { yield &fields.name } }
        public var kind: ActorKind { get { fields.kind } _modify { yield &fields.kind } }
        /// ISO3 for countries, the country of an organisation.
        public var code: String? { get { fields.code } _modify { yield &fields.code } }
        public var cameo: String? { get { fields.cameo } _modify { yield &fields.cameo } }
        public var adoptsResolutions: Bool { get { fields.adoptsResolutions } _modify { yield &fields.adoptsResolutions } }

        public static func == (a: Entry, b: Entry) -> Bool { a.fields == b.fields }
        public func hash(into hasher: inout Hasher) { fields.hash(into: &hasher) }
    }

    public struct Title: Sendable, Hashable {
        public var title: String
        public var category: String
        public var isHonorific: Bool
        /// False for words that are also ordinary words ("general", "major", "official").
        public var personOnly: Bool
    }

    public struct Trigger: Sendable, Hashable {
        struct Fields: Sendable, Hashable {
            var type: String
            var cameo: String?
            var plover: String?
            var pos: String
            var phrase: [String]
            var objects: WordSet
            var agent: String
        }
        /// Held out of line, copy-on-write, as `Entry`'s: every event candidate carries its
        /// trigger and the rules copy candidates often.
        @Boxed var fields: Fields

        init(type: String, cameo: String?, plover: String?, pos: String, phrase: [String], objects: Set<String>, agent: String) {
            fields = Fields(type: type, cameo: cameo, plover: plover, pos: pos, phrase: phrase, objects: WordSet(objects), agent: agent)
        }

        public var type: String { get { fields.type } _modify { yield &fields.type } }
        public var cameo: String? { get { fields.cameo } _modify { yield &fields.cameo } }
        public var plover: String? { get { fields.plover } _modify { yield &fields.plover } }
        public var pos: String { get { fields.pos } _modify { yield &fields.pos } }
        public var phrase: [String] { get { fields.phrase } _modify { yield &fields.phrase } }
        public var objects: Set<String> { get { fields.objects.words } set { fields.objects = WordSet(newValue) } }
        /// `objects` as a `WordSet`, for the rules that read it at every word (`objectWord`):
        /// the same answers without hashing each word with SipHash.
        var objectWords: WordSet { fields.objects }
        public var agent: String { get { fields.agent } _modify { yield &fields.agent } }

        public static func == (a: Trigger, b: Trigger) -> Bool { a.fields == b.fields }
        public func hash(into hasher: inout Hasher) { fields.hash(into: &hasher) }
    }

    public struct Cue: Sendable, Hashable {
        public var phrase: [String]
        public var status: String
        public var sentenceScope: Bool
        /// Anywhere before the trigger in its sentence.
        public var earlierScope: Bool = false
    }

    /// Lower-cased token sequences of gazetteer names ("united nations security council",
    /// "u.s.", "damascus", "syrian") keyed by their first token.
    public let places: [String: Entry]
    let placePhrases: WordTable<[[String]]>
    /// How each gazetteer phrase must be written: per word, "U" all capitals ("PA", "UN"),
    /// "C" capitalised, "l" anything ("Obama administration").
    let placeCase: WordTable<[Character]>
    /// Which gazetteer phrases are demonyms ("syrian" → Syria), for "a Syrian general".
    let demonyms: WordSet
    public let titles: [String: Title]
    let titlePhrases: WordTable<[[String]]>
    public let givenNames: Set<String>
    /// The gender a given name tells, where it tells one (`given_names.tsv`: "yair" male).
    let givenNameGenders: [String: Coreference.Gender]
    /// Chinese and Korean rows of the given-name list, which hold family names written first
    /// ("Kim", "Thae"): such a word alone can stand for the whole name.
    public let familyNamesFirst: Set<String>
    /// The singular people of `person_nouns.tsv` ("soldier", "radio operator"'s "operator"):
    /// an unnamed description with one of these heads is one person, not a group.
    public let personHeads: Set<String>
    /// Heads of descriptions of officials ("two soldiers", "the crew", "a clerk"): the rows of
    /// `person_nouns.tsv` marked official and `EventFinder.officialTitleHeads`.
    public let officialHeads: Set<String>
    let triggerForms: WordTable<[(Trigger, [String])]>
    /// The first trigger of each event type in `events.tsv`: its CAMEO and PLOVER codes stand
    /// for the type when an event is retyped ("threatened to veto" → threat) or read from a list.
    let firstTrigger: [String: Trigger]
    public let cues: [Cue]
    /// Word classes and phrase-table membership of each known word (see `WordFlags`).
    let wordFlags: WordTable<WordFlags>
    /// `placePhrases` with their keys, case rules and entries (see `PlaceCandidate`).
    let placeCandidates: WordTable<[PlaceCandidate]>
    /// Indices into `cues` by the first word of the cue phrase; cues with an empty phrase are
    /// in `emptyCues`.
    let cuesByFirstWord: WordTable<[Int]>
    let emptyCues: [Int]

    init(files: [String: String]) {
        var places: [String: Entry] = [:]
        var placePhrases: [String: [[String]]] = [:]
        var placeCase: [String: [Character]] = [:]
        var demonyms: Set<String> = []
        func addPlace(_ phrase: String, _ entry: Entry) {
            let original = Lexicon.originalWords(phrase)
            let words = original.map { $0.lowercased() }
            guard let first = words.first else { return }
            let joined = words.joined(separator: " ")
            if places[joined] == nil { places[joined] = entry }
            let rule: [Character] = original.map { w in
                let letters = w.filter(\.isLetter)
                if letters.count >= 2, letters == letters.uppercased(), !w.contains(".") { return "U" }
                return w.first?.isUppercase == true ? "C" : "l"
            }
            if let old = placeCase[joined] {
                // Two spellings of one phrase ("PA" and "Pa"): keep the looser rule.
                placeCase[joined] = zip(old, rule).map { $0 == "l" || $1 == "l" ? "l" : ($0 == "C" || $1 == "C" ? "C" : "U") }
            } else {
                placeCase[joined] = rule
                placePhrases[first, default: []].append(words)
            }
        }
        for row in Lexicon.rows(files["countries.tsv"]) {
            guard let code = row["code"], let name = row["name"] else { continue }
            let entry = Entry(key: "country:\(code)", name: name, kind: .country, code: code,
                              cameo: row["cameo"].flatMap { $0.isEmpty ? nil : $0 } ?? code, adoptsResolutions: false)
            for phrase in [name] + Lexicon.list(row["aliases"]) + Lexicon.list(row["capitals"]) + Lexicon.list(row["metonyms"]) {
                addPlace(phrase, entry)
            }
            for demonym in Lexicon.list(row["demonyms"]) {
                addPlace(demonym, entry)
                demonyms.insert(Lexicon.words(demonym).joined(separator: " "))
            }
        }
        for row in Lexicon.rows(files["organizations.tsv"]) {
            guard let key = row["key"], let name = row["name"] else { continue }
            let kind = ActorKind(rawValue: row["kind"] ?? "") ?? .organization
            let entry = Entry(key: "org:\(key)", name: name, kind: kind,
                              code: row["country"].flatMap { $0.isEmpty ? nil : $0 },
                              cameo: row["cameo"].flatMap { $0.isEmpty ? nil : $0 },
                              adoptsResolutions: row["adopts_resolutions"] == "yes")
            for phrase in [name] + Lexicon.list(row["aliases"]) { addPlace(phrase, entry) }
        }
        var titles: [String: Title] = [:]
        var titlePhrases: [String: [[String]]] = [:]
        for row in Lexicon.rows(files["titles.tsv"]) {
            guard let title = row["title"] else { continue }
            let t = Title(title: title, category: row["category"] ?? "other", isHonorific: row["honorific"] == "yes",
                          personOnly: row["person_only"] != "no")
            for phrase in [title] + Lexicon.list(row["abbreviations"]) {
                let words = Lexicon.words(phrase)
                guard let first = words.first else { continue }
                titles[words.joined(separator: " ")] = t
                titlePhrases[first, default: []].append(words)
            }
        }
        var names: Set<String> = []
        var familyFirst: Set<String> = []
        var genders: [String: Coreference.Gender] = [:]
        for row in Lexicon.rows(files["given_names.tsv"]) {
            if let n = row["name"] { names.insert(n.lowercased()) }
            if let n = row["name"], let g = row["gender"].flatMap(Coreference.Gender.init(code:)) { genders[n.lowercased()] = g }
            if let n = row["name"], ["chinese", "korean"].contains(row["origin"] ?? "") { familyFirst.insert(n.lowercased()) }
        }
        var personNouns: Set<String> = WordClass.bodyPersonNouns.reduce(into: []) { $0.insert($1) }
        var personHeads: Set<String> = []
        var officialHeads: Set<String> = EventFinder.officialTitleHeads.reduce(into: []) { $0.insert($1) }
        var collectiveNouns: Set<String> = WordClass.bodyCollectiveNouns.reduce(into: []) { $0.insert($1) }
        for row in Lexicon.rows(files["person_nouns.tsv"]) {
            for column in ["singular", "plural"] {
                guard let w = row[column], w != "-", !w.isEmpty else { continue }
                personNouns.insert(w)
                if column == "plural" { collectiveNouns.insert(w) } else { personHeads.insert(w) }
                if row["official"] == "yes" { officialHeads.insert(w) }
            }
        }
        var triggerForms: [String: [(Trigger, [String])]] = [:]
        var firstTrigger: [String: Trigger] = [:]
        for row in Lexicon.rows(files["events.tsv"]) {
            guard let type = row["type"], let phrase = row["trigger"], let pos = row["pos"] else { continue }
            let words = Lexicon.words(phrase)
            var objects = Set((row["object"] ?? "").split(separator: "|").map(String.init))
            if objects.contains("resolution") { objects.formUnion(Lexicon.resolutionNouns) }
            if objects.contains("@aircraft") { objects.formUnion(Lexicon.aircraftNouns) }
            if objects.contains("@unit") { objects.formUnion(Lexicon.unitNouns) }
            // "twice blocked renewals": what a member blocks or a body passes is named in the
            // plural as often as in the singular.
            if type == "veto" || type.hasPrefix("resolution_") {
                for o in objects where !o.hasPrefix("@") { objects.formUnion(Inflection.forms(of: o, pos: "noun")) }
            }
            let trigger = Trigger(type: type, cameo: row["cameo"].flatMap { $0.isEmpty ? nil : $0 },
                                  plover: row["plover"].flatMap { $0.isEmpty ? nil : $0 },
                                  pos: pos, phrase: words, objects: objects, agent: row["agent"] ?? "any")
            if firstTrigger[type] == nil { firstTrigger[type] = trigger }
            var forms: [[String]] = []
            if pos == "verb" || pos == "noun" {
                for inflected in Inflection.forms(of: words[0], pos: pos) {
                    forms.append([inflected] + words.dropFirst())
                }
            } else {
                forms.append(words)
            }
            for f in (row["forms"] ?? "").split(separator: "|") { forms.append(Lexicon.words(String(f))) }
            var seen: Set<[String]> = []
            for f in forms where !f.isEmpty && seen.insert(f).inserted {
                triggerForms[f[0], default: []].append((trigger, f))
            }
        }
        var cues: [Cue] = []
        for row in Lexicon.rows(files["cues.tsv"]) {
            guard let cue = row["cue"], let status = row["status"] else { continue }
            cues.append(Cue(phrase: Lexicon.words(cue), status: status, sentenceScope: row["scope"] == "sentence", earlierScope: row["scope"] == "earlier"))
        }
        for key in placePhrases.keys { placePhrases[key]?.sort { $0.count > $1.count } }
        for key in titlePhrases.keys { titlePhrases[key]?.sort { $0.count > $1.count } }
        // Longest phrase first; then triggers that constrain their object ("quit the army" is a
        // defection before it is a resignation); then file order (a stable, deterministic choice).
        for key in triggerForms.keys {
            guard let list = triggerForms[key] else { continue }
            triggerForms[key] = list.enumerated().sorted { a, b in
                if a.element.1.count != b.element.1.count { return a.element.1.count > b.element.1.count }
                let ao = !a.element.0.objects.isEmpty, bo = !b.element.0.objects.isEmpty
                if ao != bo { return ao }
                return a.offset < b.offset
            }.map(\.element)
        }
        self.places = places
        self.placePhrases = WordTable(placePhrases)
        self.placeCase = WordTable(placeCase)
        self.demonyms = WordSet(demonyms)
        self.titles = titles
        self.titlePhrases = WordTable(titlePhrases)
        self.givenNames = names
        self.givenNameGenders = genders
        self.familyNamesFirst = familyFirst
        self.personHeads = personHeads
        self.officialHeads = officialHeads
        self.triggerForms = WordTable(triggerForms)
        self.firstTrigger = firstTrigger
        self.cues = cues
        self.wordFlags = WordTable(WordFlags.table(titlePhrases: titlePhrases, placePhrases: placePhrases,
                                         triggerForms: triggerForms, givenNames: names, cues: cues,
                                         personNouns: personNouns, collectiveNouns: collectiveNouns))
        self.placeCandidates = WordTable(Lexicon.placeCandidates(placePhrases, places: places, placeCase: placeCase))
        var cuesByFirstWord: [String: [Int]] = [:]
        var emptyCues: [Int] = []
        for (n, cue) in cues.enumerated() {
            if let first = cue.phrase.first { cuesByFirstWord[first, default: []].append(n) } else { emptyCues.append(n) }
        }
        self.cuesByFirstWord = WordTable(cuesByFirstWord)
        self.emptyCues = emptyCues
    }

    /// The word classes of one lower-case word (empty for a word no class holds).
    func flags(of lower: String) -> WordFlags { wordFlags[lower] ?? [] }

    /// The lexicon built into the binary.
    public static let standard = Lexicon(files: EmbeddedLexicon.files)

    /// Words for a military aircraft, the object class `@aircraft` of "fly", "land" and "bring"
    /// ("flew his MiG-21 to Israel").
    static let aircraftNouns: WordSet = ["jet", "jets", "plane", "planes", "warplane", "warplanes", "mig", "mig-15", "mig-17", "mig-19", "mig-21", "mig-23", "mig-25", "mig-29", "mig-31",
                                         "su-22", "su-24", "su-25", "su-27", "mi-8", "mi-17", "mi-24", "mi-35", "fighter", "fighters", "aircraft", "helicopter", "helicopters",
                                         "airplane", "interceptor", "mirage", "mirages"]

    /// Words for a military unit, the object class `@unit` of the verbs of leaving ("walked away
    /// from his company").
    static let unitNouns: WordSet = ["unit", "units", "company", "battalion", "regiment", "brigade", "platoon", "barracks"]

    /// Nouns that stand for a draft or adopted resolution.
    static let resolutionNouns: WordSet = ["resolution", "resolutions", "draft", "drafts", "measure", "measures",
                                               "text", "motion", "proposal", "document", "attempt", "attempts"]

    // MARK: - TSV

    /// Rows of a TSV file as dictionaries keyed by the header; `#` lines are comments.
    static func rows(_ content: String?) -> [[String: String]] {
        guard let content else { return [] }
        var header: [String]?
        var out: [[String: String]] = []
        for line in content.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimmed(" \r")
            }
            guard let h = header else { header = cells; continue }
            var row: [String: String] = [:]
            for (i, name) in h.enumerated() where i < cells.count { row[name] = cells[i] }
            out.append(row)
        }
        return out
    }

    static func list(_ cell: String?) -> [String] {
        (cell ?? "").split(separator: ";").map { String($0).trimmed(" ") }.filter { !$0.isEmpty }
    }

    /// Splits a dictionary phrase into the lower-cased tokens the tokenizer would produce.
    static func words(_ phrase: String) -> [String] { originalWords(phrase).map { $0.lowercased() } }

    /// The tokens of a dictionary phrase as written.
    ///
    /// A word glued to a following period is one token ("brig." as in "Brig. Gen."), as the
    /// tokenizer reads capitalised abbreviations in running text.
    static func originalWords(_ phrase: String) -> [String] {
        let tokens = Tokenizer.tokens(in: phrase)
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            var range = tokens[i].range
            if tokens[i].kind == .word, i + 1 < tokens.count, tokens[i + 1].range.lowerBound == range.upperBound,
               phrase.substring(utf8: tokens[i + 1].range) == ".", range.count <= 5 {
                range = range.lowerBound..<tokens[i + 1].range.upperBound
                i += 1
            }
            out.append(String(phrase.substring(utf8: range)))
            i += 1
        }
        return out
    }
}

extension String {
    func trimmed(_ set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
