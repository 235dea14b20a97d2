/// What the extractor found in one article. A pure value: no database ids, only indexes
/// into its own arrays, and UTF-8 byte ranges into `Article.text`.
public struct Extraction: Sendable, Hashable {
    public var sentences: [Sentence] = []
    public var actors: [ExtractedActor] = []
    public var mentions: [ActorMention] = []
    public var roles: [ExtractedRole] = []
    public var events: [ExtractedEvent] = []
    public var relations: [ExtractedRelation] = []

    public init() {}
}

/// A byte range into the article text.
public typealias TextRange = Range<Int>

public struct Sentence: Sendable, Hashable {
    public var range: TextRange
    public var text: String
    public init(range: TextRange, text: String) {
        self.range = range
        self.text = text
    }
}

public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person, country, organization, group, location
}

/// An actor as one article knows it, after in-article coreference
/// ("Hillary Rodham Clinton" / "Secretary Clinton" / "Clinton" are one actor).
public struct ExtractedActor: Sendable, Hashable {
    /// Canonical name: the longest full name for people, the gazetteer name for countries
    /// and bodies ("Syria", "U.N. Security Council"), or a description for unnamed actors
    /// ("a North Korean soldier").
    public var name: String
    public var kind: ActorKind
    /// Other names used in the article.
    public var aliases: [String]
    /// False for unnamed actors ("a general of Syria's Republican Guard").
    public var isNamed: Bool
    /// ISO 3166 alpha-3 code of the actor's country, when known ("SYR").
    public var country: String?
    /// CAMEO actor code, when the gazetteer has one ("SYR", "IGOUNO").
    public var cameoCode: String?
    /// For unnamed or collective actors, the words that describe them.
    public var descriptor: String?

    public init(name: String, kind: ActorKind, aliases: [String] = [], isNamed: Bool = true,
                country: String? = nil, cameoCode: String? = nil, descriptor: String? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.isNamed = isNamed
        self.country = country
        self.cameoCode = cameoCode
        self.descriptor = descriptor
    }
}

public struct ActorMention: Sendable, Hashable {
    public var actor: Int
    public var sentence: Int
    public var range: TextRange
    public var text: String
    public init(actor: Int, sentence: Int, range: TextRange, text: String) {
        self.actor = actor
        self.sentence = sentence
        self.range = range
        self.text = text
    }
}

/// "Syria's ambassador to Iraq": actor = Fares, title = "ambassador to Iraq", of = Syria.
public struct ExtractedRole: Sendable, Hashable {
    public var actor: Int
    /// The title as the text gives it, lower-cased unless a proper noun ("ambassador to Iraq",
    /// "Secretary of State", "Foreign Minister").
    public var title: String
    /// The organisation or country the role belongs to.
    public var of: Int?
    /// True when the text marks it as past ("former ambassador").
    public var isFormer: Bool
    public var validFrom: EventDate?
    public var validTo: EventDate?
    public var sentence: Int
    public var range: TextRange

    public init(actor: Int, title: String, of: Int? = nil, isFormer: Bool = false,
                validFrom: EventDate? = nil, validTo: EventDate? = nil, sentence: Int, range: TextRange) {
        self.actor = actor
        self.title = title
        self.of = of
        self.isFormer = isFormer
        self.validFrom = validFrom
        self.validTo = validTo
        self.sentence = sentence
        self.range = range
    }
}

/// How sure the text is of an event.
public enum EventStatus: String, Sendable, Codable, CaseIterable {
    case asserted, denied, rumored, claimed, negated, hypothetical
    case calledFor = "called_for"
}

public enum ParticipantPart: String, Sendable, Codable, CaseIterable {
    case agent, target, from, to, location
}

public struct EventParticipant: Sendable, Hashable {
    public var actor: Int
    public var part: ParticipantPart
    public init(actor: Int, part: ParticipantPart) {
        self.actor = actor
        self.part = part
    }
}

public struct ExtractedEvent: Sendable, Hashable {
    /// `defection`, `veto`, `resolution_adopted`, ... (see Lexicon/events.tsv).
    public var type: String
    public var cameoCode: String?
    public var ploverType: String?
    public var status: EventStatus
    public var date: EventDate
    public var participants: [EventParticipant]
    /// What the event is about, as text ("a U.S.-backed resolution that would have imposed
    /// non-military sanctions"), when the text names it.
    public var object: String?
    public var sentence: Int
    public var trigger: TextRange
    /// A readable one-line summary: "Nawaf Fares defected from Syria".
    public var summary: String

    public init(type: String, cameoCode: String? = nil, ploverType: String? = nil,
                status: EventStatus = .asserted, date: EventDate, participants: [EventParticipant],
                object: String? = nil, sentence: Int, trigger: TextRange, summary: String) {
        self.type = type
        self.cameoCode = cameoCode
        self.ploverType = ploverType
        self.status = status
        self.date = date
        self.participants = participants
        self.object = object
        self.sentence = sentence
        self.trigger = trigger
        self.summary = summary
    }
}

/// An actor–actor fact: Fares `ambassador_to` Iraq; Annan `envoy_of` Arab League.
public struct ExtractedRelation: Sendable, Hashable {
    public var subject: Int
    public var predicate: String
    public var object: Int
    public var validFrom: EventDate?
    public var validTo: EventDate?
    public var sentence: Int

    public init(subject: Int, predicate: String, object: Int, validFrom: EventDate? = nil,
                validTo: EventDate? = nil, sentence: Int) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.validFrom = validFrom
        self.validTo = validTo
        self.sentence = sentence
    }
}
