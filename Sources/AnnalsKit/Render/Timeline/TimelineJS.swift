/// Knight Lab's TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html):
///
/// ```json
/// {"title": {"text": {"headline": "Vetoes", "text": ""}},
///  "events": [{"start_date": {"year": 2012, "month": 7, "day": 19},
///              "display_date": "19 July 2012",
///              "text": {"headline": "Russia vetoes ...", "text": "<p>evidence</p>"},
///              "group": "veto", "unique_id": "event-1"}]}
/// ```
/// A month is given as year and month only, a year as a year; spans get an `end_date`; a
/// `before` date is its bound with `display_date` "on or before ...". TimelineJS shows
/// headline and text as HTML, so both are escaped here. Undated rows are left out.
public enum TimelineJS {
    public static func json(_ timeline: Timeline) -> JSONValue {
        var root: [(String, JSONValue)] = []
        root.append(("title", .object([("text", .object([
            ("headline", .string(escapeHTML(timeline.title ?? "Timeline"))),
            ("text", .string((timeline.description.map { "<p>\(escapeHTML($0))</p>" } ?? "")
                + (timeline.undated.isEmpty ? "" : "<p>\(timeline.undated.count) undated event\(timeline.undated.count == 1 ? " is" : "s are") not shown.</p>"))),
        ]))])))
        root.append(("events", .array(timeline.entries.enumerated().compactMap { i, e in slide(e, index: i) })))
        return .object(root)
    }

    public static func render(_ timeline: Timeline) -> String {
        json(timeline).serialized() + "\n"
    }

    static func slide(_ e: TimelineEntry, index: Int) -> JSONValue? {
        guard let end = e.end else { return nil }
        let first = e.start ?? end
        // A whole month or year is given as such (TimelineJS shows "August 2011").
        let monthOnly = first.day == 1 && end == CalendarDay(first.year, first.month, CalendarDay.daysIn(month: first.month, year: first.year))
        let yearOnly = first.day == 1 && first.month == 1 && end == CalendarDay(first.year, 12, 31)
        func date(_ d: CalendarDay, month: Bool, day: Bool) -> JSONValue {
            var parts: [(String, JSONValue)] = [("year", .int(Int64(d.year)))]
            if month { parts.append(("month", .int(Int64(d.month)))) }
            if day { parts.append(("day", .int(Int64(d.day)))) }
            return .object(parts)
        }
        var fields: [(String, JSONValue)] = [("start_date", date(first, month: !yearOnly, day: !yearOnly && !monthOnly))]
        if e.isSpan && !monthOnly && !yearOnly {
            fields.append(("end_date", date(end, month: true, day: true)))
        }
        fields.append(("display_date", .string(escapeHTML(e.displayDate))))
        var body = ""
        if let text = e.text { body += "<p>\(escapeHTML(text))</p>" }
        if let url = e.url, isWebAddress(url) { body += "<p><a href=\"\(escapeHTML(url))\">Source</a></p>" }
        fields.append(("text", .object([("headline", .string(escapeHTML(e.title))), ("text", .string(body))])))
        if let group = e.group { fields.append(("group", .string(escapeHTML(group)))) }
        fields.append(("unique_id", .string("event-\(index + 1)")))
        return .object(fields)
    }
}

/// Text made safe inside HTML elements and quoted attributes.
public func escapeHTML(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}
