/// One reading of an event in one sentence, before in-article merging.
struct EventCandidate: Sendable {
    enum Tense: Sendable { case past, present, perfect, pluperfect, progressive, future, infinitive, gerund, nominal }

    var type: String
    var trigger: Lexicon.Trigger
    var sentence: Int
    var words: Range<Int>
    var range: TextRange
    var agents: [Int] = []
    var targets: [Int] = []
    var from: [Int] = []
    var to: [Int] = []
    var status: EventStatus = .asserted
    var tense: Tense = .past
    /// A date from a time expression in the trigger's clause.
    var explicitDate: EventDate?
    /// "previously", "earlier": before publication, undated.
    var undatedPast = false
    var count = 1
    var resolutionNumber: String?
    var object: String?
    /// "the defection" with no agent: a further mention of an event already told.
    var anaphoric = false
    /// "The two envoys join a list of officials who have renounced him": a counted definite
    /// group ("the two envoys") names people already told of; it joins the latest event of
    /// its type when there is one, and makes its own otherwise.
    var refersBack = false
    /// "The 21-year-old announced her decision on Saturday": a statement that makes public a
    /// move told in another sentence (decision, defection, departure), which it can date.
    var announcesMove = false
    /// More dates of the same act, coordinated in the trigger's clause ("vetoed drafts in
    /// October 2011 and in February and July 2012"): one event per date.
    var alsoDates: [EventDate] = []
    /// "after earlier double vetoes in October 2011": a further act of the same kind by the
    /// agents of the latest such event told before it.
    var inheritsAgents = false
    /// "Minutes later", "later that day": the date of the latest dated event told before it.
    var followsPrevious = false
    /// "The council then adopted ...": the date of the latest dated event of the sentence
    /// before, whatever its precision.
    var followsThen = false
    /// "a rival draft ... also failed", "a competing Russian draft": a draft other than the
    /// one told before, so not the failure that a veto of that one implies.
    var otherDraft = false
    /// For a proposal read from a noun phrase ("an Algerian draft"), the date of the sentence it
    /// sits in: two such drafts vetoed at different times are two drafts.
    var contextDate: EventDate?
    /// A failure implied by a veto (each vetoed draft fails).
    var fromVeto = false
    /// An adoption read from a tally ("won 12 votes"), dropped when a veto or failure is told nearby.
    var isTally = false
    /// "Sept. 23 - Resolution 1199 demands a ceasefire": what a numbered resolution does tells
    /// its adoption only when a date places it; dropped when none does.
    var needsDate = false
    /// Collective agents with a size ("a couple of members").
    var agentCounts: [Int: Int] = [:]
    /// "quit the party", "left the Likud, the party he founded": what is left is a party, so
    /// whoever leaves it is a politician, title or none.
    var leavesParty = false
}

/// How sure a status is, for choosing the overall status of merged mentions (higher wins).
extension EventStatus {
    var strength: Int {
        switch self {
        case .asserted: return 6
        case .claimed: return 5
        case .rumored: return 4
        case .denied: return 3
        case .negated: return 2
        case .hypothetical: return 1
        case .calledFor: return 0
        }
    }

    /// Statuses of events the text reports as happened or reported (shown by default).
    public var isReported: Bool { self == .asserted || self == .claimed || self == .rumored || self == .denied }
}

extension Array where Element == EventCandidate {
    /// The date of the latest candidate before the `n`th that is dated to the day and told in
    /// one of the two sentences before the `n`th's: what "minutes later", "hours earlier" go on from.
    func dayDate(before n: Int) -> EventDate? {
        let sn = self[n].sentence
        return self[..<n].last { $0.explicitDate?.precision == .day && $0.sentence < sn && $0.sentence >= sn - 2 }?.explicitDate
    }
}
