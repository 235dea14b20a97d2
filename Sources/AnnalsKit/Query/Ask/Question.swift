/// A question `annals ask` understands, with the values read from its words.
///
/// ```swift
/// let q = try Question.parse("Who defected from Syria in 2012, and when?")
/// // .defectors(from: "syria", period: 2012-01-01..2012-12-31)
/// ```
/// Every form is answered by one SQL statement with bound parameters (see `Question.plan`).
/// Actor names are matched through `actor_alias` ("Fares" finds Nawaf Fares).
public enum Question: Sendable, Hashable {
    /// who defected [from X] [PERIOD] [and when]
    case defectors(from: String?, period: Period?)
    /// who vetoed [WHAT] [PERIOD] [and when]
    case vetoes(about: String?, period: Period?)
    /// which resolutions were adopted / failed / proposed [on X] [PERIOD]
    case resolutions(outcome: ResolutionOutcome?, about: String?, period: Period?)
    /// what did ACTOR do [PERIOD]
    case activity(actor: String, period: Period?)
    /// when did ACTOR defect / veto / resign / ...
    case when(actor: String, type: String)
    /// who is ACTOR; which roles did ACTOR hold
    case roles(actor: String)
    /// who was the ROLE of X [PERIOD]; who was X's ROLE [PERIOD]
    case roleHolder(role: String, of: String?, period: Period?)
    /// events between DATE and DATE [involving X] (any PERIOD works)
    case events(period: Period, involving: String?)
    /// how many EVENTS [by X | involving X] [PERIOD]; how many times did X VERB
    case count(type: String?, actor: String?, agentOnly: Bool, period: Period?)
}

/// What happened to a resolution.
public enum ResolutionOutcome: String, Sendable, Hashable, CaseIterable {
    case adopted, failed, proposed

    /// The event type: `resolution_adopted`, ...
    public var eventType: String { "resolution_" + rawValue }
}

/// A question the parser could not read: the closest forms it knows.
public struct QuestionNotUnderstood: Error, Sendable, Hashable, CustomStringConvertible {
    public var question: String
    /// Example questions, closest first.
    public var suggestions: [String]

    public var description: String {
        var text = "I don't know how to answer \"\(question)\"."
        if !suggestions.isEmpty {
            text += " Closest questions I understand:\n" + suggestions.map { "  " + $0 }.joined(separator: "\n")
        }
        text += "\nAll forms: annals ask --help"
        return text
    }
}

extension Question {
    /// The forms, one example each, as `annals ask --help` lists them.
    public static let forms: [(form: String, example: String)] = [
        ("who defected [from X] [PERIOD] [and when]", "who defected and when"),
        ("who vetoed [WHAT] [PERIOD] [and when]", "who vetoed and when"),
        ("which resolutions were adopted|failed|proposed [on X] [PERIOD]", "which resolutions were adopted"),
        ("what did ACTOR do [PERIOD]", "what did Russia do in July 2012"),
        ("when did ACTOR defect|veto|resign|propose|adopt|meet|...", "when did Russia veto"),
        ("who is ACTOR / which roles did ACTOR hold", "who is Nawaf Fares"),
        ("who was the ROLE of X [PERIOD] / who was X's ROLE", "who was Syria's ambassador to Iraq"),
        ("events between DATE and DATE [involving X]", "events between March 2012 and July 2012 involving Russia"),
        ("how many EVENTS [by X] [PERIOD] / how many times did X VERB", "how many vetoes by Russia in 2012"),
    ]

    /// PERIOD is: in|on|during DATE, since|after|from DATE, before|until DATE, between DATE and DATE;
    /// DATE is 2012, July 2012, 19 July 2012, July 19, 2012, 2012-07 or 2012-07-19.
    public static let periodHelp = """
        PERIOD: in|on|during DATE, since|after DATE, before|until DATE, between DATE and DATE.
        DATE: 2012, July 2012, 19 July 2012, July 19, 2012, 2012-07, 2012-07-19.
        """

    /// Event types by the verb that asks for them ("when did X veto").
    static let verbs: [String: String] = [
        "defect": "defection", "veto": "veto", "resign": "resignation", "quit": "resignation",
        "adopt": "resolution_adopted", "pass": "resolution_adopted", "approve": "resolution_adopted",
        "propose": "resolution_proposed", "draft": "resolution_proposed", "sponsor": "resolution_proposed",
        "meet": "meeting", "attack": "attack", "agree": "agreement", "threaten": "threat",
        "sanction": "sanction", "protest": "protest", "criticize": "criticism", "criticise": "criticism",
        "appeal": "appeal", "demand": "demand", "speak": "statement", "say": "statement", "comment": "statement",
    ]

    /// Event type patterns (for SQL LIKE) by plural noun ("how many vetoes").
    static let nouns: [String: String] = [
        "defections": "defection", "vetoes": "veto", "vetos": "veto", "resolutions": "resolution%",
        "resignations": "resignation", "meetings": "meeting", "attacks": "attack", "agreements": "agreement",
        "threats": "threat", "sanctions": "sanction", "protests": "protest", "statements": "statement",
        "appeals": "appeal", "demands": "demand", "appointments": "appointment", "criticisms": "criticism",
        "events": "%",
    ]
}
