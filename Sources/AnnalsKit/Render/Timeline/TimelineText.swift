/// A timeline for the terminal, grouped by year and month:
///
/// ```
/// Vetoes — 3 events
///
/// 2012
///   July
///     19 July 2012              Russia vetoes a resolution            [veto]
/// Undated
///     Nawaf Fares, Syria's ambassador to Iraq, defects
/// ```
/// An event spanning a month or a year is listed under its first month or its year; a
/// `before` event under the month of its bound, marked "on or before".
public enum TimelineText {
    public static func render(_ timeline: Timeline) -> String {
        var out = header(timeline)
        let showGroups = timeline.groups.count > 1
        let width = max(12, (timeline.entries + timeline.undated).map(\.displayDate.count).max() ?? 12)
        func line(_ e: TimelineEntry, indent: String) -> String {
            var s = indent + e.displayDate.padding(width) + "  " + clean(e.title)
            if showGroups, let g = e.group { s += "  [\(clean(g))]" }
            return s + "\n"
        }
        var year: Int?
        var month: Int?
        for e in timeline.entries {
            guard let day = e.start ?? e.end else { continue }
            if day.year != year {
                out += "\n\(day.year)\n"
                year = day.year
                month = nil
            }
            // Spans longer than a month are listed under their year, before its months.
            var multiMonth = false
            if let s = e.start, let t = e.end { multiMonth = s.year != t.year || s.month != t.month }
            if multiMonth {
                out += line(e, indent: "  ")
                continue
            }
            if day.month != month {
                out += "  " + TimelineEntry.monthNames[max(0, min(11, day.month - 1))] + "\n"
                month = day.month
            }
            out += line(e, indent: "    ")
        }
        if !timeline.undated.isEmpty {
            out += "\nUndated\n"
            for e in timeline.undated { out += line(e, indent: "    ") }
        }
        return out
    }

    /// Markdown: a heading per year, one bullet per event with its evidence and source.
    public static func markdown(_ timeline: Timeline) -> String {
        var out = "# " + escapeMarkdown(timeline.title ?? "Timeline") + "\n\n"
        if let d = timeline.description { out += escapeMarkdown(d) + "\n\n" }
        var year: Int?
        func bullet(_ e: TimelineEntry) -> String {
            var s = "- **\(escapeMarkdown(e.displayDate))** " + escapeMarkdown(e.title)
            if let g = e.group { s += " _(\(escapeMarkdown(g)))_" }
            if let url = e.url, isWebAddress(url) { s += " — [source](<\(url.replacingAll(">", with: "%3E").replacingAll("<", with: "%3C").replacingAll(" ", with: "%20"))>)" }
            if let t = e.text { s += "\n  > " + escapeMarkdown(t) }
            return s + "\n"
        }
        for e in timeline.entries {
            guard let day = e.start ?? e.end else { continue }
            if day.year != year {
                out += (year == nil ? "" : "\n") + "## \(day.year)\n\n"
                year = day.year
            }
            out += bullet(e)
        }
        if !timeline.undated.isEmpty {
            out += "\n## Undated\n\n"
            for e in timeline.undated { out += bullet(e) }
        }
        return out
    }

    /// The entries as rows (for csv and json): date as given, the interval it stands for,
    /// and the other fields.
    public static func rows(_ timeline: Timeline) -> QueryResult {
        QueryResult(columns: ["date", "end_date", "date_precision", "start", "end", "display_date", "title", "text", "group", "url"],
                    rows: (timeline.entries + timeline.undated).map { e in
            [e.date.databaseValue, e.endDate.databaseValue, (e.precision?.rawValue).databaseValue, (e.start?.iso).databaseValue,
             (e.end?.iso).databaseValue, .text(e.displayDate), .text(e.title), e.text.databaseValue, e.group.databaseValue,
             e.url.databaseValue]
        })
    }

    static func header(_ timeline: Timeline) -> String {
        let count = timeline.entries.count + timeline.undated.count
        var out = clean(timeline.title ?? "Timeline") + " — \(count) event" + (count == 1 ? "" : "s") + "\n"
        if let d = timeline.description { out += clean(d) + "\n" }
        return out
    }

    /// One line: control characters and line breaks become spaces.
    static func clean(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for c in clean(s) {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "#", "|": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }
}

/// Only http and https addresses become links.
func isWebAddress(_ url: String) -> Bool {
    let lower = url.lowercased()
    return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !url.contains(where: { $0.isWhitespace || $0 == "\"" })
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
