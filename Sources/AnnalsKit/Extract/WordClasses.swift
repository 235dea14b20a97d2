/// Closed word classes the shallow parser relies on. Kept in code because they are grammar,
/// not domain knowledge (that lives in the Lexicon TSV files).
enum WordClass {
    /// "-ly" adverbs ("previously", "unanimously"), not "Assembly", "family" or "July".
    static func isAdverb(_ lower: String) -> Bool {
        lower.count > 4 && lower.hasSuffix("ly") && !notAdverbs.contains(lower)
    }
    static let notAdverbs: WordSet = ["assembly", "family", "rally", "ally", "italy", "july", "daily", "weekly", "monthly", "yearly", "reply", "supply", "apply", "fly", "anomaly", "monopoly", "bully", "belly", "jelly", "folly", "holly", "lily", "emily", "kelly", "sally", "willy"]

    static let determiners: WordSet = ["a", "an", "the", "this", "that", "these", "those", "another", "other", "some", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "each", "every", "any", "both", "all", "no", "his", "her", "its", "their", "our", "my", "your"]
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "'ve", "'d", "'ll"]
    static let modals: WordSet = ["will", "would", "shall", "should", "can", "could", "may", "might", "must"]
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "'s"]
    static let haveForms: WordSet = ["has", "have", "had", "having", "'ve"]
    static let pronouns: WordSet = ["he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "we", "us", "our", "i", "me", "my", "himself", "herself", "themselves", "itself"]
    static let singularPersonPronouns: WordSet = ["he", "him", "his", "she", "her", "hers", "himself", "herself"]
    static let firstPerson: WordSet = ["we", "us", "our", "i", "me", "my"]
    static let relativePronouns: WordSet = ["who", "which", "that", "whom", "whose"]
    /// Words that open a new clause; the subject of a verb is not looked for past them.
    static let clauseOpeners: WordSet = ["that", "which", "who", "whom", "whose", "because", "since", "after", "before", "when", "while", "although", "though", "if", "unless", "whether", "where", "as", "until", "but", "so", "saying", "telling", "claiming", "amid", "despite", "following"]
    static let prepositions: WordSet = ["of", "to", "for", "with", "against", "from", "by", "on", "in", "at", "into", "onto", "toward", "towards", "about", "over", "under", "between", "among", "across", "around", "near", "through", "without", "within", "behind", "beyond", "including", "like", "via", "per", "than", "upon", "during", "despite", "amid"]
    static let locativePrepositions: WordSet = ["in", "at", "near", "from", "to", "into", "across", "around", "outside", "inside", "toward", "towards", "through", "via"]
    static let lightVerbs: WordSet = ["cast", "casts", "casting", "use", "used", "uses", "using", "exercise", "exercised", "exercises", "wield", "wielded", "wields", "employ", "employed", "invoke", "invoked",
                                      "hand", "handed", "hands", "handing", "tender", "tendered", "tenders", "submit", "submitted", "submits"]
    static let countWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "both": 2, "twice": 2]
    /// `countWords` with `WordTable`'s lookup (the rules read it for many words).
    static let countValues = WordTable(countWords)
    static let ordinals: WordSet = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "next", "1st", "2nd", "3rd", "4th", "5th"]
    static let earlierWords: WordSet = ["earlier", "previous", "prior", "past", "former", "separate"]
    static let undatedPastAdverbs: WordSet = ["previously", "earlier", "before", "formerly", "already"]
    /// Capitalised words that start sentences or label things but are never names.
    static let notNames: WordSet = ["the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "in", "on", "at", "for", "but", "and", "or", "after", "before", "while", "as", "if", "when", "since", "under", "meanwhile", "previously", "however", "also", "there", "here", "his", "her", "its", "their", "our", "my", "what", "who", "which", "where", "why", "how", "some", "many", "more", "most", "both", "all", "no", "not", "yes", "so", "then", "now", "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "feb", "apr", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "news", "breaking", "posted", "updated", "file", "photo", "video", "related", "share", "print", "comments", "comment", "leave", "accessibility", "links", "home", "menu", "search", "subscribe", "read", "more", "watch", "listen", "world", "politics", "with", "from", "by", "to", "of", "under", "despite", "during", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds", "thousands", "several", "western", "eastern", "northern", "southern", "middle", "central", "senior", "top", "former", "acting", "deputy", "elite", "new", "old", "first", "last", "opposition", "regime", "government", "army", "military", "forces", "air", "force", "navy", "naval", "coast", "rebels", "ministry", "party", "internet", "youtube", "twitter", "facebook", "ap", "reuters", "afp", "voa", "cnn", "bbc", "utc", "am", "pm", "mission", "observatory", "war", "zone", "mr.", "mrs.", "ms.", "dr.", "sir", "god", "allah", "islam", "muslim", "muslims", "christian", "christians", "sunni", "shia", "shiite", "alawite", "kurdish", "kurds", "arab", "arabs", "western", "europe", "asia", "africa", "america"]
    /// Bodies and states that take the place of a person noun ("member states", "the
    /// delegations", "Western powers"): with the people of `person_nouns.tsv` they make the
    /// `.personNoun` class, the nouns that make an unnamed actor after a determiner ("a North
    /// Korean soldier"); their plurals make `.collectiveNoun`.
    static let bodyPersonNouns: WordSet = ["country", "countries", "nation", "nations", "state", "states", "delegation", "delegations", "co-sponsors", "cosponsors", "sponsors",
                                           "government", "governments", "regime", "opposition", "military", "army", "forces", "council", "powers", "allies", "authorities", "administration"]
    static let bodyCollectiveNouns: WordSet = ["countries", "nations", "states", "delegations", "co-sponsors", "cosponsors", "sponsors", "governments", "powers", "allies", "authorities"]
    /// Groups that follow a country name or demonym: "Syria's military", "the Syrian army".
    static let groupNouns: WordSet = ["military", "army", "forces", "troops", "opposition", "rebels", "security", "police", "navy", "air force", "intelligence", "guards", "opposition groups", "activists"]
    static let governmentNouns: WordSet = ["government", "regime", "authorities", "administration", "leadership", "state"]
    static let reportingVerbs: WordSet = ["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced", "announces", "declared", "declares", "noted", "notes", "explained", "warned", "insisted", "argued", "wrote", "asked", "replied", "according"]
    static let irregularParticiples: WordSet = ["left", "fled", "met", "told", "said", "held", "cast", "put", "quit", "made", "taken", "given", "seen", "known", "shown", "drawn", "written", "broken", "chosen", "sought", "brought", "thought", "found", "sent", "spent", "built", "led", "kept", "done", "gone", "become", "begun", "run", "won", "lost", "set", "hit", "shot", "struck", "stood", "understood", "laid", "upheld", "withheld", "overridden", "forgiven", "undertaken", "sunk", "swept", "sworn", "torn", "thrown", "woven", "withdrawn", "overtaken"]
    static let irregularPast: WordSet = ["left", "fled", "met", "told", "said", "held", "cast", "put", "quit", "made", "took", "gave", "saw", "knew", "showed", "drew", "wrote", "broke", "chose", "sought", "brought", "thought", "found", "sent", "spent", "built", "led", "kept", "did", "went", "became", "began", "ran", "won", "lost", "set", "hit", "shot", "struck", "stood", "understood", "was", "were", "had", "flew", "swam", "drove", "fell", "rode", "stole", "fought", "withdrew", "threw", "came"]
}
