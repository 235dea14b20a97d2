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
    var count: Int?
    var isPlural = false
    var isDefinite = false
    /// A status cue carried by the description itself ("a man claiming to be ...").
    var hedge: EventStatus?
    /// Words of a group ("Syria's military").
    var groupKind: ActorKind?
    /// The in-article actor, filled by coreference.
    var actor: Int = -1

    /// The fields that hold references (strings, arrays, the gazetteer entry, roles), in one
    /// object shared copy-on-write: the rules copy mentions at every lookup
    /// (`mentions.first { ... }`, `for m in mentions`), and a copy then retains one object
    /// instead of each string, array and box in turn. Reads and writes look as before.
    private var details: Details

    private final class Details: @unchecked Sendable {
        // Mutated only through `Mention`'s accessors, and only while uniquely referenced.
        var entry: Lexicon.Entry?
        var name: [String]
        var role: RoleInfo?
        var appositiveRole: RoleInfo?
        var describedAs: String?
        var alsoNamed: [Lexicon.Entry]
        var descriptor: String?
        var head: String?
        var country: String?
        var text: String

        init(entry: Lexicon.Entry?, name: [String], role: RoleInfo?, appositiveRole: RoleInfo?, describedAs: String?,
             alsoNamed: [Lexicon.Entry], descriptor: String?, head: String?, country: String?, text: String) {
            self.entry = entry
            self.name = name
            self.role = role
            self.appositiveRole = appositiveRole
            self.describedAs = describedAs
            self.alsoNamed = alsoNamed
            self.descriptor = descriptor
            self.head = head
            self.country = country
            self.text = text
        }

        func copy() -> Details {
            Details(entry: entry, name: name, role: role, appositiveRole: appositiveRole, describedAs: describedAs,
                    alsoNamed: alsoNamed, descriptor: descriptor, head: head, country: country, text: text)
        }
    }

    /// The shared fields, copied first when another mention still shares them.
    private var unique: Details {
        mutating get {
            if !isKnownUniquelyReferenced(&details) { details = details.copy() }
            return details
        }
    }

    /// The memberwise initializer (same labels, order and defaults as the stored properties had).
    init(sentence: Int, start: Int, end: Int, kind: Kind, entry: Lexicon.Entry? = nil, name: [String] = [],
         role: RoleInfo? = nil, appositiveRole: RoleInfo? = nil, describedAs: String? = nil, alsoNamed: [Lexicon.Entry] = [],
         descriptor: String? = nil, head: String? = nil, count: Int? = nil, isPlural: Bool = false, isDefinite: Bool = false,
         hedge: EventStatus? = nil, country: String? = nil, groupKind: ActorKind? = nil, text: String = "", actor: Int = -1) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.kind = kind
        self.count = count
        self.isPlural = isPlural
        self.isDefinite = isDefinite
        self.hedge = hedge
        self.groupKind = groupKind
        self.actor = actor
        self.details = Details(entry: entry, name: name, role: role, appositiveRole: appositiveRole, describedAs: describedAs,
                               alsoNamed: alsoNamed, descriptor: descriptor, head: head, country: country, text: text)
    }

    var entry: Lexicon.Entry? {
        get { details.entry }
        _modify { yield &unique.entry }
    }
    /// Name tokens of a person, as written ("Hillary", "Rodham", "Clinton").
    var name: [String] {
        get { details.name }
        _modify { yield &unique.name }
    }
    var role: RoleInfo? {
        get { details.role }
        _modify { yield &unique.role }
    }
    /// A second role from an apposition ("Brig. Gen. Manaf Tlass, a Republican Guard commander").
    var appositiveRole: RoleInfo? {
        get { details.appositiveRole }
        _modify { yield &unique.appositiveRole }
    }
    /// The head of a description this name was given in apposition ("the pilot, Col. X"): the
    /// person is the unnamed actor of that description mentioned earlier.
    var describedAs: String? {
        get { details.describedAs }
        _modify { yield &unique.describedAs }
    }
    /// Other bodies or countries named inside a role ("the U.N. and Arab League envoy").
    var alsoNamed: [Lexicon.Entry] {
        get { details.alsoNamed }
        _modify { yield &unique.alsoNamed }
    }
    /// The words that describe an unnamed actor ("a North Korean soldier").
    var descriptor: String? {
        get { details.descriptor }
        _modify { yield &unique.descriptor }
    }
    /// The head noun of an unnamed actor or role ("soldier", "general", "members").
    var head: String? {
        get { details.head }
        _modify { yield &unique.head }
    }
    /// Country (ISO3) of an unnamed actor ("a North Korean soldier" → PRK).
    var country: String? {
        get { details.country }
        _modify { yield &unique.country }
    }
    var text: String {
        get { details.text }
        _modify { yield &unique.text }
    }

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
