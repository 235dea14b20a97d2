/// Rows of a query read as a timeline: each row needs `date` and `title`; `end_date`,
/// `date_precision`, `text`, `group` (else `type`) and `url` (else `source_url`) are used
/// when present.
///
/// ```swift
/// let result = try store.runSavedQuery("vetoes")
/// let timeline = try Timeline(result, title: "Vetoes")
/// print(TimelineText.render(timeline), terminator: "")
/// ```
/// Dates keep their precision: `2011-08` stands for the whole month, `2010` for the year,
/// and a `before` date only for its bound ("on or before 2012-07-12"). Rows whose date is
/// missing or unreadable are kept apart in `undated`.
public struct Timeline: Sendable, Hashable {
    public var title: String?
    public var description: String?
    /// Dated entries, earliest first (by start, `before` entries by their bound).
    public var entries: [TimelineEntry]
    public var undated: [TimelineEntry]

    public init(title: String? = nil, description: String? = nil, entries: [TimelineEntry], undated: [TimelineEntry] = []) {
        self.title = title
        self.description = description
        self.entries = entries
        self.undated = undated
    }

    /// Reads query rows. Throws `TimelineError.missingColumns` without `date` and `title`.
    public init(_ result: QueryResult, title: String? = nil, description: String? = nil) throws {
        func column(_ names: String...) -> Int? {
            for name in names { if let i = result.columns.firstIndex(where: { $0.lowercased() == name }) { return i } }
            return nil
        }
        guard let dateColumn = column("date"), let titleColumn = column("title") else {
            throw TimelineError.missingColumns(found: result.columns)
        }
        let endColumn = column("end_date"), precisionColumn = column("date_precision", "precision")
        let textColumn = column("text"), groupColumn = column("group", "type"), urlColumn = column("url", "source_url")
        var dated: [TimelineEntry] = [], undated: [TimelineEntry] = []
        for row in result.rows {
            func value(_ i: Int?) -> String? {
                guard let i, i < row.count, !row[i].isNull else { return nil }
                let s = row[i].description
                return s.isEmpty ? nil : s
            }
            var entry = TimelineEntry(date: value(dateColumn), endDate: value(endColumn),
                                      precision: value(precisionColumn).flatMap(DatePrecision.init(rawValue:)),
                                      title: value(titleColumn) ?? "(untitled)", text: value(textColumn),
                                      group: value(groupColumn), url: value(urlColumn))
            entry.resolveDates()
            if entry.end == nil { undated.append(entry) } else { dated.append(entry) }
        }
        // A stable sort: rows with equal dates keep the query's order.
        let order = dated.enumerated().sorted { a, b in
            // Equal days: a `before` entry first (it may be earlier), then the query's order.
            let ka = (a.element.sortDay, a.element.isBefore ? 0 : 1), kb = (b.element.sortDay, b.element.isBefore ? 0 : 1)
            return ka != kb ? ka < kb : a.offset < b.offset
        }
        self.init(title: title, description: description, entries: order.map(\.element), undated: undated)
    }

    /// Groups in order of first appearance (entries without a group are in "").
    public var groups: [String] {
        var seen: [String] = []
        for e in entries + undated where !seen.contains(e.group ?? "") { seen.append(e.group ?? "") }
        return seen
    }
}

/// One event on a timeline, with the interval its date stands for.
public struct TimelineEntry: Sendable, Hashable {
    /// The date as the row gave it: `2012-07-19`, `2011-08`, `2010`.
    public var date: String?
    public var endDate: String?
    public var precision: DatePrecision?
    public var title: String
    public var text: String?
    public var group: String?
    public var url: String?
    /// First day of the interval; nil for a `before` date (open towards the past).
    public var start: CalendarDay?
    /// Last day of the interval (the bound of a `before` date); nil when undated.
    public var end: CalendarDay?

    public init(date: String?, endDate: String? = nil, precision: DatePrecision? = nil, title: String,
                text: String? = nil, group: String? = nil, url: String? = nil) {
        self.date = date
        self.endDate = endDate
        self.precision = precision
        self.title = title
        self.text = text
        self.group = group
        self.url = url
    }

    /// The day used to order entries.
    var sortDay: CalendarDay { start ?? end ?? CalendarDay(9999, 12, 31) }

    /// True when the entry covers more than one day (a month, a year, an explicit end).
    public var isSpan: Bool {
        guard let start, let end else { return false }
        return end > start
    }

    public var isBefore: Bool { precision == .before }

    /// Fills `start`/`end` from the date text, `end_date` and the precision.
    mutating func resolveDates() {
        guard let date, let span = Period.parseSpan(date), let first = span.start, let last = span.end else { return }
        let textPrecision: DatePrecision = date.count == 4 ? .year : date.count == 7 ? .month : .day
        if precision == nil || precision == .unknown { precision = textPrecision }
        if precision == .before {
            start = nil
            end = last
            return
        }
        start = first
        if let endDate, let explicit = Period.parseSpan(endDate)?.end, explicit >= first {
            end = explicit
        } else {
            end = last
        }
    }

    /// The date for readers: "19 July 2012", "August 2011", "2010", "on or before 12 July
    /// 2012", "9 April 2012 – 15 April 2012".
    public var displayDate: String {
        guard let end else { return date ?? "undated" }
        if precision == .before { return "on or before " + TimelineEntry.spell(end, .day) }
        guard let start else { return TimelineEntry.spell(end, .day) }
        if precision == .month || (date?.count == 7 && endDate == nil) { return TimelineEntry.spell(start, .month) }
        if precision == .year || (date?.count == 4 && endDate == nil) { return String(start.year) }
        if end > start { return TimelineEntry.spell(start, .day) + " – " + TimelineEntry.spell(end, .day) }
        return TimelineEntry.spell(start, .day)
    }

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    static func spell(_ d: CalendarDay, _ precision: DatePrecision) -> String {
        let month = (1...12).contains(d.month) ? monthNames[d.month - 1] : String(d.month)
        return precision == .month ? "\(month) \(d.year)" : "\(d.day) \(month) \(d.year)"
    }
}

/// Why rows cannot be drawn as a timeline.
public enum TimelineError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingColumns(found: [String])

    public var description: String {
        switch self {
        case .missingColumns(let found):
            return "a timeline needs columns date and title (optional end_date, text, group, url); the query gives "
                + (found.isEmpty ? "none" : found.joined(separator: ", "))
                + ". Select from event_timeline, e.g. select * from event_timeline where type = :type"
        }
    }
}

/// How `annals timeline` prints.
public enum TimelineFormat: String, Sendable, CaseIterable {
    case text, md, csv, json, timelinejs, html
}
