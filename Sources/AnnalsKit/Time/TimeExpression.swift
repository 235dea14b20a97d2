/// The TIMEX3 type of a temporal expression.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression found in a text, with its TIMEX3 value.
///
/// ```swift
/// let tagger = TemporalTagger(anchor: CalendarDay(2012, 7, 12))
/// let found = tagger.tag("Fares defected last Friday, 16 months into the uprising.")
/// found[0].value   // "2012-07-06"
/// found[1].value   // "P16M" (a DURATION)
/// ```
public struct TimeExpression: Sendable, Hashable {
    /// UTF-8 byte range in the input text.
    public var range: TextRange
    /// The words of the expression, as written.
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: "2012-07-12", "2012-W28", "2012-07", "2012", "201", "2012-Q3", "2012-SU",
    /// "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P16M", "XXXX-08-06", ...
    public var value: String
    /// The interval a DATE (or TIME) stands for; nil when it is not a resolvable date.
    public var date: EventDate?
    /// False for a time that is not the time told: the bound of a span ("since 1982", "until
    /// 2011") or a time modifying a noun ("that month's president"). The tagger counts later
    /// anaphora ("two days later") only from times told.
    public var isTimeTold = true

    public init(range: TextRange, text: String, type: TimexType, value: String, date: EventDate?) {
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.date = date
    }
}
