import Testing
@testable import AnnalsKit

/// A story filed under a dateline the day before the paper came out counts "today",
/// "yesterday" and weekdays from the dateline, and what it tells undated happened before the
/// dateline's day. The sentences are written for these tests; the people are invented.
@Suite("Extractor: datelines anchor relative times")
struct ExtractorDatelineTests {
    let base = ExtractorRecallTests()

    /// "UNITED NATIONS, Oct. 24 (XNS) --" in a paper of Oct. 25: "today" is Oct. 24 and
    /// "yesterday" Oct. 23.
    @Test func todayAndYesterdayCountFromTheDateline() {
        let text = """
        UNITED NATIONS, N.Y., Oct. 24 (XNS) -- A draft resolution was introduced today by Ghana. Colonel Pedro Varela defected yesterday, officials said.
        """
        let e = base.events(text, published: "1962-10-25")
        #expect(e.contains { $0.type == "resolution_proposed" && $0.agent == "Ghana" && $0.date == "1962-10-24" })
        #expect(e.contains { $0.type == "defection" && $0.agent == "Pedro Varela" && $0.date == "1962-10-23" })
    }

    /// What a datelined story tells undated happened before the dateline's day, not before
    /// the paper's.
    @Test func undatedActsAreBeforeTheDateline() {
        let text = """
        MIAMI, Oct. 24 (XNS) -- A former consul, Rafael Ortuno, has asked for political asylum, immigration officials said.
        """
        let e = base.events(text, published: "1962-10-25", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date.map { $0 <= "1962-10-24" } == true)
    }

    /// A dateline's day holds up to the next dateline; one that gives the publication day
    /// changes nothing, and a paragraph before any dateline keeps the publication day.
    @Test func aDatelineHoldsUntilTheNext() {
        let text = """
        A page of dispatches.

        HAVANA, Oct. 23 (XNS) -- Major Luis Cerda defected today.

        The capital was calm in the evening.

        KEY WEST, Oct. 25 (XNS) -- Lieutenant Tomas Arroyo defected today.
        """
        let e = base.events(text, published: "1962-10-25", types: ["defection"])
        #expect(e.contains { $0.agent == "Luis Cerda" && $0.date == "1962-10-23" })
        #expect(e.contains { $0.agent == "Tomas Arroyo" && $0.date == "1962-10-25" })
    }

    /// Only a dateline's shape counts: a capitalised name at a paragraph's start followed by a
    /// date, with no dash after it, is an ordinary sentence; a dateline more than a week before
    /// publication (an archive piece) is not taken as the filing day.
    @Test func onlyADatelineShapeWithinAWeekCounts() {
        #expect(Extractor.datelineDay("UNITED NATIONS, N.Y., Oct. 24 (XNS) -- Text.", tagger: TemporalTagger(anchor: CalendarDay(1962, 10, 25))) == CalendarDay(1962, 10, 24))
        #expect(Extractor.datelineDay("GENEVA, May 23, 2022 (Annals) \u{2014} Text.", tagger: TemporalTagger(anchor: CalendarDay(2022, 5, 24))) == CalendarDay(2022, 5, 23))
        #expect(Extractor.datelineDay("NATO, on Oct. 24, said nothing.", tagger: TemporalTagger(anchor: CalendarDay(1962, 10, 25))) == nil)
        #expect(Extractor.datelineDay("UNITED NATIONS, Oct. 24 was a quiet day - or so it seemed.", tagger: TemporalTagger(anchor: CalendarDay(1962, 10, 25))) == nil)
        let e = base.events("BONN, Oct. 2 (XNS) -- Captain Erich Vogt defected yesterday.", published: "1962-10-25", types: ["defection"])
        #expect(e.first?.date == "1962-10-24")
    }
}
