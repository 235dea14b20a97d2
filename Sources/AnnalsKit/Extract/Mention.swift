/// A stretch of a sentence that refers to an actor, before in-article coreference.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        /// A country, body or group from the gazetteer.
        case known
        /// A named person ("Nawaf Fares", "Clinton").
        case person
        /// he, she, they, it, we...
        case pronoun
        /// An unnamed actor described by its role or kind ("a North Korean soldier").
        case unnamed
    }

    var sentence: Int
    var start: Int
    var end: Int
    var kind: Kind
    @Boxed var entry: Lexicon.Entry? = nil
    /// Name tokens of a person, as written ("Hillary", "Rodham", "Clinton").
    var name: [String] = []
    @Boxed var role: RoleInfo? = nil
    /// A second role from an apposition ("Brig. Gen. Manaf Tlass, a Republican Guard commander").
    @Boxed var appositiveRole: RoleInfo? = nil
    /// The head of a description this name was given in apposition ("the pilot, Col. X"): the
    /// person is the unnamed actor of that description mentioned earlier.
    var describedAs: String?
    /// Other bodies or countries named inside a role ("the U.N. and Arab League envoy").
    var alsoNamed: [Lexicon.Entry] = []
    /// The words that describe an unnamed actor ("a North Korean soldier").
    var descriptor: String?
    /// The head noun of an unnamed actor or role ("soldier", "general", "members").
    var head: String?
    var count: Int?
    var isPlural = false
    var isDefinite = false
    /// A status cue carried by the description itself ("a man claiming to be ...").
    var hedge: EventStatus?
    /// Country (ISO3) of an unnamed actor ("a North Korean soldier" → PRK).
    var country: String?
    /// Words of a group ("Syria's military").
    var groupKind: ActorKind?
    var text: String = ""
    /// The in-article actor, filled by coreference.
    var actor: Int = -1

    var span: Range<Int> { start..<end }
}

/// A title as a role: "Syria's ambassador to Iraq" = title "ambassador to Iraq", of Syria.
struct RoleInfo: Sendable, Hashable {
    var title: String
    /// The head word of the title ("ambassador", "general", "minister").
    var head: String
    var of: Lexicon.Entry?
    var to: Lexicon.Entry?
    var isFormer = false
}
