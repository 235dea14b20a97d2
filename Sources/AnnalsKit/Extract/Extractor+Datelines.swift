/// The day a dateline gives each sentence of an article, when it is not the publication day
/// (`Extractor.datelineDays`); nil for a sentence outside any such dateline's reach.
struct FilingDays {
    /// One entry per sentence from the first changed one on; empty when no dateline changes a day.
    var days: [CalendarDay?] = []

    subscript(sentence: Int) -> CalendarDay? { sentence < days.count ? days[sentence] : nil }
}

extension Extractor {
    /// How many days before publication a dateline's day may lie (a weekly's stories are
    /// filed through the week before it comes out).
    static let datelineReach = 7

    /// The day each sentence's relative times count from, when a dateline says the story was
    /// filed before the paper came out; nil where the publication day holds.
    ///
    /// "UNITED NATIONS, N.Y., Oct. 24 (TNW) -- ... introduced yesterday" in a paper dated
    /// Oct. 25: "yesterday" is Oct. 23, "today" and "tonight" Oct. 24, and what is told undated
    /// happened before Oct. 24. A dateline opens a paragraph: a place in capitals, a day and
    /// month (a year may follow), an agency in brackets, then a dash. Its day holds from that
    /// paragraph up to the next dateline ("MIAMI, Oct. 24 (TNW) --" opens the next story of the
    /// page); one that gives the publication day itself, or a day more than `datelineReach`
    /// days before it, changes nothing.
    ///
    /// Holds no day when no dateline changes any sentence's day.
    static func datelineDays(_ sentences: [Sentence], utf8: [UInt8], tagger: TemporalTagger, published: CalendarDay?) -> FilingDays {
        guard let published else { return FilingDays() }
        var days: [CalendarDay?] = []
        var current: CalendarDay?
        for n in sentences.indices {
            if opensParagraph(n, sentences, utf8), let filed = datelineDay(sentences[n].text, tagger: tagger) {
                let back = published.dayNumber - filed.dayNumber
                current = back > 0 && back <= datelineReach ? filed : nil
                if current != nil && days.isEmpty { days = Array(repeating: nil, count: n) }
            }
            if !days.isEmpty || current != nil { days.append(current) }
        }
        return FilingDays(days: days)
    }

    /// The day a dateline at the start of `text` gives: "UNITED NATIONS, N.Y., Oct. 24 (TNW)
    /// --", "MOSCOW, Sept. 6 --", "GENEVA, May 23, 2022 (Annals) —". Nil when the text does not
    /// open with a place in capitals, a comma, a date and a dash.
    static func datelineDay(_ text: String, tagger: TemporalTagger) -> CalendarDay? {
        let bytes = Array(text.utf8.prefix(96))
        // The place: capitals, spaces, periods, commas, apostrophes and hyphens, with at least
        // two capitals in a row, up to the comma before the date.
        var i = 0
        var capitalsInRow = 0, longestRun = 0
        var lastComma = -1
        while i < bytes.count {
            let b = bytes[i]
            if b >= 65 && b <= 90 {
                capitalsInRow += 1
                longestRun = max(longestRun, capitalsInRow)
            } else {
                capitalsInRow = 0
                if b == 44 { lastComma = i } else if b != 32 && b != 46 && b != 39 && b != 45 { break }
            }
            i += 1
        }
        // Stopped at the date's first lower-case letter or digit: "Oct. 24", "24 October".
        guard longestRun >= 2, lastComma > 0, i < bytes.count else { return nil }
        // Back to the start of the word the scan stopped in ("O" of "Oct." is a capital).
        var start = i
        while start > lastComma + 1 && bytes[start - 1] != 32 { start -= 1 }
        guard start > lastComma, let dash = datelineDash(bytes, from: start) else { return nil }
        let dateText = String(decoding: bytes[start..<dash], as: UTF8.self)
        guard let expression = tagger.tagDated(dateText).first, expression.range.lowerBound == 0,
              let date = expression.date, date.precision == .day, let day = date.start else { return nil }
        // Only the date (and an agency in brackets) may stand between the comma and the dash.
        let rest = dateText.utf8.dropFirst(expression.range.upperBound).drop { $0 == 32 }
        guard rest.isEmpty || rest.first == 40 && rest.last == 41 || rest.first == 40 && rest.dropLast().last == 41 else { return nil }
        return day
    }

    /// Where the dash that ends a dateline starts: "--", "-", an en or em dash, with a space
    /// before it, within the first 96 bytes.
    private static func datelineDash(_ bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        while k + 1 < bytes.count {
            if bytes[k] == 32 {
                let next = bytes[k + 1]
                // "-" or "--", or the first byte of U+2013/U+2014 (E2 80 93/94).
                if next == 45 || next == 0xE2 && k + 3 < bytes.count && bytes[k + 2] == 0x80 && (bytes[k + 3] == 0x93 || bytes[k + 3] == 0x94) {
                    return k
                }
            }
            k += 1
        }
        return nil
    }
}
