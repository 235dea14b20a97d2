import Testing
@testable import AnnalsKit

/// Publication day of the test sentences: Thursday, 12 July 2012.
private let thursday = CalendarDay(2012, 7, 12)

/// The value of the main expression of `text`.
private func value(_ text: String, anchor: CalendarDay? = thursday) -> String? {
    TemporalTagger(anchor: anchor).mainExpression(text)?.value
}

/// All values found in `text`.
private func values(_ text: String, anchor: CalendarDay? = thursday) -> [String] {
    TemporalTagger(anchor: anchor).tag(text).map(\.value)
}

@Suite("Temporal tagger: absolute dates")
struct TimeAbsoluteDateTests {
    @Test(arguments: [
        ("The envoy arrived on Aug. 6, 2012, in Amman.", "2012-08-06"),
        ("Posted July 6th, 2012 by the news desk", "2012-07-06"),
        ("Elections were held on 6 August 2011.", "2011-08-06"),
        ("The siege began in August 2011.", "2011-08"),
        ("Filed 2012-07-12 at noon", "2012-07-12"),
        ("The law was passed in 2010.", "2010"),
        ("Clashes erupted on July 11 near the border.", "2012-07-11"),
        ("The camp opened in the 1960s.", "196"),
        ("a hit song of the '90s", "199"),
        ("Tuesday, Aug. 7, 2012", "2012-08-07"),
        ("Troops withdrew in the first half of 2011.", "2011-H1"),
        ("the 20th century", "19"),
        ("fiscal 2011", "2011"),
    ])
    func absolute(_ text: String, _ expected: String) {
        #expect(value(text) == expected)
    }

    /// A month's abbreviation without its full stop is also a given name: "Former minister Jan
    /// Novak" has no date; "in Jan", "Jan 5", "Jan. 7", "Sept 2011" are dates.
    /// "on Tuesday, 17 November" told in May 2022: 17 November 2021 was a Wednesday, so the
    /// date is 2020's; a weekday that fits, or a year written out, is kept as it is.
    @Test func aWeekdayPicksTheYearADateWithoutOneFallsIn() {
        let may2022 = CalendarDay(2022, 5, 31)
        #expect(value("a press conference on Tuesday, 17 November", anchor: may2022) == "2020-11-17")
        #expect(value("a press conference on Wednesday, 17 November", anchor: may2022) == "2021-11-17")
        #expect(value("a press conference on Thursday, 17 November 2021", anchor: may2022) == "2021-11-17")
        #expect(value("the vote on Friday, Nov. 17", anchor: may2022) == "2017-11-17")
    }

    @Test func anAbbreviationWithoutItsStopCanBeAName() {
        #expect(values("Former minister Jan Novak has switched sides.").isEmpty)
        #expect(values("In Jan the vote came.").count == 1)
        #expect(values("On Jan 5 he left. Sept 2011 was hot.").count == 2)
    }

    @Test func slashDatesPreferTheReadingNearestThePublicationDay() {
        #expect(value("The photo is dated 12/07/2012.") == "2012-07-12")
        #expect(value("The photo is dated 7/4/2012.") == "2012-07-04")
        #expect(value("The photo is dated 25/06/2012.") == "2012-06-25")
    }

    @Test func monthsWithoutYearLeanToThePastUnlessClose() {
        #expect(value("The uprising began in March.") == "2012-03")
        #expect(value("Talks resume in September.") == "2012-09")
        #expect(value("The offensive of December was the deadliest.") == "2011-12")
        #expect(value("The vote will take place in December.") == "2012-12")
    }

    @Test func rangesAreUTF8ByteOffsets() {
        let text = "Le général — defected on Friday."
        let found = TemporalTagger(anchor: thursday).tag(text)
        #expect(found.count == 1)
        let e = found[0]
        #expect(Array(text.utf8)[e.range].count == 6)
        #expect(e.text == "Friday")
        #expect(e.date == .day(CalendarDay(2012, 7, 6), basis: "Friday"))
    }
}

@Suite("Temporal tagger: weekdays")
struct TimeWeekdayTests {
    @Test func pastTenseTakesTheLastSuchDay() {
        #expect(value("He resigned on Friday.") == "2012-07-06")
        #expect(value("Fighting broke out Monday night.") == "2012-07-09")
        #expect(value("The minister said Thursday that talks failed.") == "2012-07-12")
    }

    /// "the week before, on the 18th,": a day of the month alone after "on the" falls in the
    /// month of the day last told, else the anchor's month when that day has come, else the
    /// month before; "on the 18th floor" is no date.
    @Test func aDayOfTheMonthAlone() {
        #expect(values("The vote came on Monday. The week before, on the 2nd, the council met.") == ["2012-07-09", "2012-07-02"])
        #expect(value("It happened on the 20th.") == "2012-06-20")
        #expect(value("It happened on the 10th.") == "2012-07-10")
        #expect(values("He lives on the 18th floor.").isEmpty)
    }

    @Test func futureTenseTakesTheNextSuchDay() {
        #expect(value("The council will meet Friday.") == "2012-07-13")
        #expect(value("The mission is scheduled to end Saturday.") == "2012-07-14")
    }

    @Test func lastAndNextAreStrict() {
        #expect(value("last Thursday") == "2012-07-05")
        #expect(value("next Thursday") == "2012-07-19")
        #expect(value("next Monday") == "2012-07-16")
        #expect(value("last Friday") == "2012-07-06")
    }

    @Test func daysAroundThePublicationDay() {
        #expect(value("Shelling resumed yesterday.") == "2012-07-11")
        #expect(value("A vote is expected tomorrow.") == "2012-07-13")
        #expect(value("He spoke this morning.") == "2012-07-12")
        #expect(value("Explosions were heard last night.") == "2012-07-11")
    }

    @Test func noAnchorLeavesWeekdaysUnplaced() {
        #expect(value("He resigned on Friday.", anchor: nil) == "XXXX-WXX-5")
        #expect(value("on July 11", anchor: nil) == "XXXX-07-11")
    }
}

@Suite("Temporal tagger: relative dates")
struct TimeRelativeTests {
    @Test(arguments: [
        ("He left the country two years ago.", "2010"),
        ("The movement started sixteen months ago.", "2011-03"),
        ("The town fell three days ago.", "2012-07-09"),
        ("The body was found a week ago.", "2012-07-05"),
        ("last week", "2012-W27"),
        ("the last week", "2012-W27"),
        ("this week", "2012-W28"),
        ("next month", "2012-08"),
        ("last year", "2011"),
        ("This year", "2012"),
        ("earlier this month", "2012-07"),
        ("late August 2011", "2011-08"),
        ("early 2012", "2012"),
        ("late last July", "2011-07"),
        ("several years ago", "PAST_REF"),
        ("January this year", "2012-01"),
        ("June last year", "2011-06"),
        ("He quit on Monday of last week.", "2012-07-02"),
        ("They meet on Friday of next week.", "2012-07-20"),
        ("on Tuesday of this week", "2012-07-10"),
    ])
    func relative(_ text: String, _ expected: String) {
        #expect(value(text) == expected)
    }

    @Test func anaphoraCountsFromTheLastDatePlaced() {
        let found = values("Troops entered Homs on March 3, 2011. The next day, they withdrew. A year earlier, all was calm.")
        #expect(found == ["2011-03-03", "2011-03-04", "2010-03-04"])
    }

    @Test func withoutAnEarlierDateAnaphoraUsesTheAnchor() {
        #expect(value("a year earlier") == "2011")
        #expect(value("the previous day") == "2012-07-11")
    }
}

@Suite("Temporal tagger: seasons, quarters, decades, holidays")
struct TimePeriodTests {
    @Test(arguments: [
        ("last summer", "2011-SU"),
        ("this spring", "2012-SP"),
        ("the summer of 2011", "2011-SU"),
        ("the third quarter", "2012-Q3"),
        ("third-quarter profit", "2012-Q3"),
        ("Q2", "2012-Q2"),
        ("the fourth quarter of 2011", "2011-Q4"),
        ("this year's first quarter", "2012-Q1"),
        ("the 1990s", "199"),
        ("the nineties", "199"),
        ("the late 1980s", "198"),
        ("Christmas Day", "2011-12-25"),
        ("last Thanksgiving", "2011-11-24"),
        ("the year-earlier quarter", "2011-Q2"),
    ])
    func period(_ text: String, _ expected: String) {
        #expect(value(text) == expected)
    }

    @Test func periodsCarryTheirInterval() throws {
        let q = try #require(TemporalTagger(anchor: thursday).tag("the third quarter").first?.date)
        #expect(q.precision == .quarter && q.start == CalendarDay(2012, 7, 1) && q.end == CalendarDay(2012, 9, 30))
        let d = try #require(TemporalTagger(anchor: thursday).tag("the 1990s").first?.date)
        #expect(d.precision == .decade && d.start == CalendarDay(1990, 1, 1) && d.end == CalendarDay(1999, 12, 31))
    }
}

@Suite("Temporal tagger: durations, sets and references")
struct TimeDurationTests {
    @Test(arguments: [
        ("the uprising, now 16 months old", "P16M"),
        ("a decade", "P10Y"),
        ("for 90 days", "P90D"),
        ("several years", "PXY"),
        ("over the past five years", "P5Y"),
        ("two and a half years", "P2.5Y"),
        ("a 16-month uprising", "P16M"),
        ("24 hours", "PT24H"),
    ])
    func duration(_ text: String, _ expected: String) {
        let e = TemporalTagger(anchor: thursday).mainExpression(text)
        #expect(e?.value == expected)
        #expect(e?.type == .duration)
    }

    @Test func setsAndReferences() {
        #expect(TemporalTagger(anchor: thursday).mainExpression("published daily")?.type == .set)
        #expect(value("every Friday") == "XXXX-WXX-5")
        #expect(value("Fighting is now raging.") == "PRESENT_REF")
        #expect(value("He is currently in Moscow.") == "PRESENT_REF")
        #expect(value("He recently defected.") == "PAST_REF")
        #expect(value("in recent years") == "PAST_REF")
        #expect(value("in the future") == "FUTURE_REF")
        #expect(value("in the coming months") == "FUTURE_REF")
    }

    @Test func clockTimes() {
        let e = TemporalTagger(anchor: thursday).mainExpression("The blast happened at 9 a.m. Tuesday.")
        #expect(e?.value == "2012-07-10T09:00")
        #expect(e?.type == .time)
    }
}

@Suite("Temporal tagger: false positives")
struct TimeFalsePositiveTests {
    @Test(arguments: [
        "May the best team win.",
        "Officials said the talks may resume.",
        "March on the capital, the leaflets said.",
        "Protesters march to the square.",
        "About 300 observers were deployed.",
        "The resolution passed 11-2.",
        "Some 2000 people fled.",
        "He paid $1,500 for the permit.",
        "The fall of the regime seemed near.",
        "Since the Arab Spring began, rulers have fallen.",
        "A 2.5 percent rise.",
    ])
    func nothingFound(_ text: String) {
        #expect(values(text).isEmpty, "found \(values(text)) in \(text)")
    }

    @Test func monthsNeedContextWhenTheyAreAlsoWords() {
        #expect(value("The elections were held in May.") == "2012-05")
        #expect(value("last March") == "2012-03")
        #expect(value("Friday prayers ended in clashes.") == "2012-07-06")
    }

    /// "a law passed on December 14 ... captured in the 1967 war. Three days later, on December
    /// 17": a year that names a war goes on from the day told before it, not into its own year;
    /// after no day or month, "the 2008 crisis" is the story's year.
    @Test func aYearNamingAWarKeepsTheDayToldBefore() {
        let tagger = TemporalTagger(anchor: CalendarDay(1982, 2, 6))
        let first = tagger.tagDated("The Knesset passed a law on December 14 on the Heights, which Israel captured in the 1967 war.", reference: nil)
        let next = tagger.tagDated("Three days later, on December 17, the Council acted.", reference: first.last)
        #expect(next.found.map(\.value) == ["1981-12-17", "1981-12-17"])
        let alone = tagger.tagDated("After the 1967 war, the talks failed.", reference: nil)
        #expect(tagger.tagDated("On December 17 the Council acted.", reference: alone.last).found.map(\.value) == ["1967-12-17"])
    }
}
