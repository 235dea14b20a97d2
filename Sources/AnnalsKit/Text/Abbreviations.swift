/// The abbreviations the sentence splitter and tokenizer know, grouped by how a following
/// capitalised word is read.
///
/// Words are stored without their final period ("Gen", "U.S").
enum Abbreviations {
    /// Titles and name prefixes: always followed by a name, never end a sentence.
    /// `Gen. Manaf Tlas`, `Mr. Assad`.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Drs", "Prof", "Gen", "Gens", "Brig", "Lt", "Col",
        "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Gov", "Govs", "Sen",
        "Sens", "Rep", "Reps", "Pres", "Rev", "Hon", "Amb", "Supt", "Insp", "Fr", "Sec", "Mt", "Ft",
        "Lt.Gen", "Lt.Col", "Maj.Gen", "Brig.Gen",
    ]

    /// Month abbreviations: no sentence end before a day number (`Aug. 6`).
    static let months: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// Abbreviations that may end a sentence: they end one only when the next word is a
    /// common sentence starter (`in the U.S. The ...`), not for `U.S. Ambassador`.
    static let ambiguous: Set<String> = [
        "U.S", "U.N", "U.K", "E.U", "D.C", "U.S.A", "U.A.E", "a.m", "p.m", "A.M", "P.M", "i.e", "e.g",
        "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "Jr", "Sr", "St", "Ave", "Blvd", "Rd",
        "No", "Nos", "Vol", "approx", "Dept", "Univ", "Assn", "Intl", "Gov't", "cf", "al",
    ]

    /// Always continue after these whatever follows (`vs.`).
    static let neverFinal: Set<String> = ["vs", "cf"]

    static func isKnown(_ word: String) -> Bool {
        titles.contains(word) || months.contains(word) || ambiguous.contains(word)
    }

    /// Words that usually begin a sentence; after an ambiguous abbreviation ("U.S.") a
    /// following capitalised word from this list is taken as the start of a new sentence.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
        "In", "On", "At", "For", "From", "With", "By", "As", "After", "Before", "While", "When",
        "Where", "If", "Although", "Though", "However", "Meanwhile", "Still", "Yet", "Also",
        "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our",
        "My", "Your", "Some", "Many", "Most", "Several", "Other", "Others", "Such", "No", "Not",
        "Now", "Then", "Today", "Yesterday", "Earlier", "Later", "Last", "Next", "On", "Under",
        "According", "What", "Who", "Why", "How", "Both", "Each", "All", "One", "Two", "Three",
        "Despite", "During", "Since", "Until", "Asked", "Officials", "Critics",
    ]
}
