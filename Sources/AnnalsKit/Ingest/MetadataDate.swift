/// Parses publication dates found in article metadata.
///
/// Accepted: `2012-07-19`, `2012-07-19T10:00:00Z` (the day as written, whatever the zone),
/// `2012/07/19`, `July 19, 2012`, `Jul. 19, 2012`, `Thursday, July 19, 2012`,
/// `19 July 2012`, `Thu, 19 Jul 2012 10:00:00 GMT`, `7/19/2012` and `07-19-2012` (US order),
/// `20120719`. Ordinals (`July 19th, 2012`) are fine.
///
/// ```swift
/// MetadataDate.parse("July 19, 2012")  // .day(2012-07-19)
/// MetadataDate.parse("2012-02-30")     // .impossible
/// MetadataDate.parse(" ")              // .empty
/// ```
public enum MetadataDate {
    public enum Parsed: Hashable, Sendable {
        case day(CalendarDay)
        /// Nothing written: the date is unknown.
        case empty
        /// Looks like a date but no such day exists (`2012-02-30`).
        case impossible
        /// Not a date this parser reads.
        case unrecognized
    }

    public static func parse(_ raw: String) -> Parsed {
        let text = raw.metadataTrimmed
        if text.isEmpty { return .empty }

        enum Part { case number(Int, digits: Int), month(Int) }
        var parts: [Part] = []
        var separators: [Character] = []
        var current = ""
        var lastSeparator: Character = " "
        func flush() {
            defer { current = "" }
            guard !current.isEmpty else { return }
            if current.allSatisfy(\.isMetadataDigit) {
                if let v = Int(current) { parts.append(.number(v, digits: current.count)); separators.append(lastSeparator) }
                return
            }
            let lower = current.lowercased()
            var digits = Substring(lower)
            for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) && lower.count > 2 {
                digits = lower.dropLast(2)
            }
            if digits.allSatisfy(\.isMetadataDigit), let v = Int(digits) {
                parts.append(.number(v, digits: digits.count)); separators.append(lastSeparator)
                return
            }
            if let m = month(lower) { parts.append(.month(m)); separators.append(lastSeparator) }
        }
        var stop = false
        for ch in text where !stop {
            if ch.isLetter || ch.isMetadataDigit {
                if ch == "T" && current.count == 2 && current.allSatisfy(\.isMetadataDigit) && parts.count == 2 {
                    flush(); stop = true; continue  // 2012-07-19T10:00
                }
                current.append(ch)
            } else {
                flush()
                if ch == ":" { stop = true }  // a time follows; the date came first
                lastSeparator = ch
            }
            if parts.count >= 3 { stop = true }
        }
        if !stop { flush() }
        // A time part flushed as a number would come after three date parts; ignore it.
        if parts.count > 3 { parts = Array(parts.prefix(3)) }

        func make(_ y: Int, _ m: Int, _ d: Int) -> Parsed {
            CalendarDay.isValid(year: y, month: m, day: d) ? .day(CalendarDay(y, m, d)) : .impossible
        }
        switch parts.count {
        case 1:
            if case .number(let v, let digits) = parts[0], digits == 8 {
                return make(v / 10000, v / 100 % 100, v % 100)
            }
            return .unrecognized
        case 3:
            switch (parts[0], parts[1], parts[2]) {
            case (.number(let y, 4), .number(let m, _), .number(let d, _)):
                return make(y, m, d)
            case (.number(let m, _), .number(let d, _), .number(let y, 4)):
                // US order (7/19/2012), unless the first number cannot be a month (19/7/2012).
                return m > 12 && d <= 12 ? make(y, d, m) : make(y, m, d)
            case (.month(let m), .number(let d, _), .number(let y, 4)):
                return make(y, m, d)
            case (.number(let d, _), .month(let m), .number(let y, 4)):
                return make(y, m, d)
            case (.number(let y, 4), .month(let m), .number(let d, _)):
                return make(y, m, d)
            default:
                return .unrecognized
            }
        default:
            return .unrecognized
        }
    }

    /// The day, or nil when empty, impossible or unrecognised.
    public static func day(_ text: String) -> CalendarDay? {
        if case .day(let d) = parse(text) { return d }
        return nil
    }

    static func month(_ lower: String) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        if let i = names.firstIndex(of: lower) { return i + 1 }
        if lower == "sept" { return 9 }
        if lower.count == 3, let i = names.firstIndex(where: { $0.hasPrefix(lower) }) { return i + 1 }
        return nil
    }
}

extension Character {
    fileprivate var isMetadataDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate var metadataTrimmed: String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
