import Testing
@testable import AnnalsKit

/// Dates told from the date before them in a narrative ("The day after the invasion began",
/// "Two days later, on a Sunday", "The following Wednesday"), a veto of "it" cast at the vote
/// the sentence before tells, and a veto that a later mention dates ("Yesterday's veto") kept
/// apart from older ones. All sentences are written for these tests.
@Suite("Extractor: dates chained through a narrative")
struct ExtractorDateChainTests {
    let base = ExtractorRecallTests()

    func dated(_ text: String, published: String = "2023-10-01") -> [String] {
        base.events(text, published: published).map { "\($0.type) \($0.agent) \($0.date ?? "-")" }
    }

    @Test func eachDateCountsFromTheOneBefore() {
        let e = dated("""
        On March 6 rebel forces entered the capital. The day after the assault began, the council voted on a Mexican draft. France vetoed it; twelve members voted in favour. Two days later, on a Saturday, the council adopted resolution 2790. The following Wednesday, the General Assembly adopted a resolution on the siege. A day later the Assembly adopted a second resolution.
        """)
        #expect(e.contains("veto France 2023-03-07"))
        #expect(e.contains("resolution_failed U.N. Security Council 2023-03-07"))
        #expect(e.contains("resolution_adopted U.N. Security Council 2023-03-09"))
        #expect(e.contains("resolution_adopted U.N. General Assembly 2023-03-15"))
        #expect(e.contains("resolution_adopted U.N. General Assembly 2023-03-16"))
    }

    /// "On March 7, the day after the assault began," is one date told twice, not a day later;
    /// "on a Saturday" that is not the day told places nothing.
    @Test func appositionsAndIndefiniteWeekdaysAddNoDay() {
        let e = dated("On March 7, the day after the assault began, the council voted on a Mexican draft. Five days later the General Assembly adopted a resolution on the siege.")
        #expect(e.contains("resolution_adopted U.N. General Assembly 2023-03-12"))
        let saturday = dated("On March 7 the council met. Two days later, on a Saturday, the council adopted resolution 2790.")
        #expect(saturday.contains("resolution_adopted U.N. Security Council 2023-03-09"))
    }

    /// "The council rejected a US text on Friday. Russia vetoed it.": the veto is the failure's.
    @Test func aVetoOfItIsCastAtTheFailureToldBefore() {
        let e = dated("On Friday the council rejected a Ghanaian text on the blockade. Russia vetoed it.", published: "2023-09-27")
        #expect(e.contains("veto Russia 2023-09-22"))
    }

    /// "Yesterday's veto" dates the undated veto told before it; a veto by the same state on
    /// March 15, 2014 is another veto, with its own failure.
    @Test func aVetoDatedByALaterMentionIsNotAnOlderOne() {
        let e = dated("""
        Russia raised its hand and killed the text. Yesterday's veto was a confession. On March 15, 2014, Russia vetoed a US-drafted resolution on Crimea.
        """)
        #expect(e.filter { $0.hasPrefix("veto Russia") }.sorted() == ["veto Russia 2014-03-15", "veto Russia 2023-09-30"])
        #expect(e.filter { $0.hasPrefix("resolution_failed") }.count == 2)
    }

    /// "On February 24 Russian forces crossed": the day of a date is no count of forces.
    @Test func aDayAfterAMonthIsNoCount() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2023-10-01"), publishedBasis: "metadata",
                                            text: "On February 24 Russian forces crossed into the region from three directions."))
        #expect(!x.actors.contains { $0.name.hasPrefix("24") })
    }

    /// "April 1 / Gunmen open fire on worshippers leaving Friday prayers ... That evening": a
    /// paragraph under a date heading goes on from that date, so the weekday that is the
    /// heading's day is that day, and "That evening" counts from it.
    @Test func aWeekdayUnderItsHeadingIsTheHeadingsDay() {
        let text = """
        April 1

        Gunmen open fire on worshippers leaving Friday prayers in the capital. The president declares a state of emergency. That evening, Labour Minister Karim Haddad quits the ruling party in protest at the killings.

        April 3

        Two colonels defect with their units.
        """
        let d = base.events(text, published: "2011-10-22", types: ["defection"])
        #expect(d.first?.date == "2011-04-01")
    }

    /// "vetoed by Russia and China as well": "as well" ends the passive's agents ("such as"
    /// opens examples); "A week after the Brazilian vote, on October 25, ...": a distance from
    /// an act opening the sentence, then its date, which governs the clause.
    @Test func passiveAgentsAsWellAndADistanceThenItsDate() {
        let e = dated("On May 4, a second British draft was vetoed by France and China as well.", published: "2023-10-01")
        #expect(e.filter { $0.hasPrefix("veto") } == ["veto France 2023-05-04", "veto China 2023-05-04"])
        let d = dated("A week after the first vote, on May 11, an earlier Dutch draft was vetoed by France.", published: "2023-10-01")
        #expect(d.contains("veto France 2023-05-11"))
    }

    /// "In this image taken from a video posted online on June 9, X announces that he has left
    /// the army": a caption's opening dates what it shows, and what a present report says has
    /// just happened is at the report's time.
    @Test func aCaptionDatesTheMoveItShows() {
        let d = base.events("FILE - In this image taken from a video posted online on June 9, 2012, Maj. Karim Tabet announces that he has left the army.",
                            published: "2012-10-05", types: ["defection"])
        #expect(d.map(\.date) == ["2012-06-09"])
        // Without the caption's opening the report is today's.
        let today = base.events("Maj. Karim Tabet announces that he has left the army.", published: "2012-10-05", types: ["defection"])
        #expect(today.map(\.date) == ["2012-10-05"])
    }

    /// "When a draft ... came to a vote that month, X and Y vetoed it": an opening "when" clause
    /// tells the main clause's time.
    @Test func anOpeningWhenClauseDatesTheMainClause() {
        let e = dated("In May 1987 the navy shelled the port. When a draft condemning the shelling came to a vote that month, Britain and France vetoed it.")
        #expect(e.contains("veto France 1987-05"))
        #expect(e.contains("veto United Kingdom 1987-05"))
    }

    /// "Fifty years on": in a piece that looks back a number of years, a month and day near
    /// publication's day fall in the year it looks back to; without such a title they stay in
    /// the year of publication.
    @Test func aLookBackPieceTellsItsYear() {
        let text = "Our readers asked about the spring of the crisis this week. In May talks between the two sides stalled. The council adopted resolution 255 on 16 June."
        let back = base.extractor.extract(Article(title: "Fifty years on: the council and the crisis", published: CalendarDay(iso: "2018-06-20"), publishedBasis: "metadata", text: text))
        #expect(back.events.filter { $0.type == "resolution_adopted" }.map(\.date.text) == ["1968-06-16"])
        let now = base.extractor.extract(Article(title: "The council and the crisis", published: CalendarDay(iso: "2018-06-20"), publishedBasis: "metadata", text: text))
        #expect(now.events.filter { $0.type == "resolution_adopted" }.map(\.date.text) == ["2018-06-16"])
    }

    /// "Forty years ago today, the Assembly voted": in a piece that looks back, an act it tells
    /// without a date happened before the day it looks back to, not before publication; what it
    /// tells in the present is still today's.
    @Test func undatedActsOfALookBackPieceAreBeforeItsDay() {
        let text = "Forty years ago today, the General Assembly voted on the question. The text was tabled by Peru and Chile. The two delegations say they still defend it."
        let x = base.extractor.extract(Article(title: "The vote that moved a seat", published: CalendarDay(iso: "2011-11-14"), publishedBasis: "metadata", text: text))
        let proposed = x.events.filter { $0.type == "resolution_proposed" }
        #expect(proposed.map(\.date.text) == ["1971-11-14"])
        #expect(proposed.allSatisfy { $0.date.precision == .before })
    }

    /// "came in 1981, when A, B, C and D walked out": a "when" clause after a date happens at
    /// it, however long the list of names that is its subject.
    @Test func aWhenClauseAfterADateTakesIt() {
        let d = base.events("The last split of that kind came in 1981, when four Labour MPs, Alan Doyle, Priya Raman, Tom Fisk and Ruth Okafor, walked out of the party to found one of their own.", published: "2019-02-20", types: ["defection"])
        #expect(d.count == 4)
        #expect(d.allSatisfy { $0.date == "1981" })
        // "left their base with him": in company of the one told just before, on his day.
        let w = base.events("On Saturday General Karim Jamil flew to Maimana and declared that he had joined the rebels. Two other pilots left their base with him.", published: "1997-05-26", types: ["defection"])
        #expect(w.map(\.date) == ["1997-05-24", "1997-05-24"])
        // A relative clause set off by commas inside the "when" clause is skipped.
        let r = base.events("The collapse began last week, when General Omar Saleh, who until then ran the party's foreign relations, went over to the rebels.", published: "1997-05-26", types: ["defection"])
        #expect(r.map(\.date) == ["1997-05-19"])
    }

    /// "The last time a text came to a vote, on Jan. 12, 2007, it did not survive. China and
    /// Russia vetoed an American draft": the veto is cast at the failed vote told just before;
    /// "a Myanmar text" is about Myanmar, not drafted by it.
    @Test func aVetoAfterADatedFailedVote() {
        let text = "The last time a Myanmar text came to a vote, on Jan. 12, 2007, it did not survive. China and Russia vetoed an American draft on the prisoners."
        let e = base.events(text, published: "2022-12-22", types: ["veto", "resolution_proposed"])
        #expect(e.filter { $0.type == "veto" }.map { "\($0.agent) \($0.date ?? "-")" } == ["China 2007-01-12", "Russia 2007-01-12"])
        #expect(e.filter { $0.type == "resolution_proposed" }.map(\.agent) == ["United States"])
    }

    /// "Thursday's vote is the first test of a resolution adopted by consensus last month": a
    /// participle right after its noun takes the time that follows it, not the clause's finest.
    @Test func aParticipleAfterItsNounTakesTheTimeAfterIt() {
        let e = base.events("Thursday's vote is the first test of a General Assembly resolution adopted by consensus last month.", published: "2022-05-27", types: ["resolution_adopted"])
        #expect(e.map { $0.date ?? "-" } == ["2022-04"])
    }

    /// "Six days before that", "a week after that": a distance from the date told before, like
    /// "six days earlier".
    @Test func aDistanceBeforeOrAfterThat() {
        let e = base.events("On Jan. 13 Britain vetoed the sanctions draft. Six days before that, Britain had vetoed a text on the blockade. A week after that, France vetoed a third draft.", published: "1980-01-31", types: ["veto"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["United Kingdom 1980-01-13", "United Kingdom 1980-01-07", "France 1980-01-14"])
    }

    /// "vetoed a draft condemning that attack, on April 12, within days of it": a time set off by
    /// commas right after the clause is its time ("that attack" is a noun phrase, not a clause).
    @Test func aTimeSetOffAfterTheClauseIsItsTime() {
        let d = dated("China had already vetoed a text condemning that raid, on March 9, within hours of it.", published: "2021-05-02")
        #expect(d.contains("veto China 2021-03-09"))
    }

    /// "The real business was done on Tuesday. The United States put a text to a vote. Twelve
    /// members voted for it. Bolivia voted no, and Russia cast a veto": a council act told after
    /// sentences that all tell one vote is on the paragraph's day; not a text "that won 11 votes"
    /// right after its veto (no adoption), nor one in a new paragraph.
    @Test func aVoteToldOverSeveralSentencesIsOnItsDay() {
        let d = dated("The decisive session came on Wednesday. Britain put a text on the observers to a vote. Eleven members voted for it. Gabon voted no, Brazil abstained, and China cast a veto.", published: "2009-06-14")
        #expect(d.contains("veto China 2009-06-10"))
        let v = dated("On Friday, March 4, France vetoed a draft written by Peru. That text won 12 votes; two members abstained.", published: "2011-03-08")
        #expect(!v.contains { $0.hasPrefix("resolution_adopted") })
        let p = dated("The decisive session came on Wednesday. Britain put a text to a vote.\n\nEleven members voted for it, and China cast a veto.", published: "2009-06-14")
        #expect(!p.contains("veto China 2009-06-10"))
    }

    /// "In the first days of February 1964 he left the delegation": a phrase of time words
    /// ending in "of" before the date opens the sentence like the date alone.
    @Test func aTimePhraseBeforeTheDateOpensTheSentence() {
        let d = dated("In the first days of March 1971 Pavel Ostrov, a KGB officer, left the delegation in Vienna.", published: "2016-03-10")
        #expect(d.contains("defection Pavel Ostrov 1971-03"))
    }

    /// "On Monday, three drafts were not adopted because of the negative votes of three permanent
    /// members: France, the United Kingdom and the United States": the vetoes told as a noun
    /// are cast at the failure their sentence dates.
    @Test func vetoesToldAsTheCauseOfAFailure() {
        let d = dated("On Monday, two draft resolutions submitted by Ghana and Peru were not adopted because of the negative votes of two permanent members: France and the United States.", published: "1981-04-30")
        #expect(d.contains("veto France 1981-04-27"))
        #expect(d.contains("veto United States 1981-04-27"))
    }

    /// "In the last days of the competition, in July 1976, a Soviet diver, X, left the
    /// athletes' village": a date set off after an opening prepositional phrase opens the
    /// sentence; "The Council adopted it without a dissenting vote on 28 April 2004": "it" is
    /// the draft just told.
    @Test func datesAfterAnOpeningPhraseAndAdoptingIt() {
        let d = dated("In the last days of the games, in July 1980, a Polish rower, Jan Wirski, left the athletes' village and asked for asylum.", published: "2021-07-30")
        #expect(d.contains("defection Jan Wirski 1980-07"))
        let a = dated("The draft was written by Spain. The Council adopted it without a dissenting vote on 28 April 2004.", published: "2024-04-26")
        #expect(a.contains("resolution_adopted U.N. Security Council 2004-04-28"))
    }

    /// "On Monday, two drafts were not adopted ... At the same meeting the Council unanimously
    /// adopted resolution 417": an act told at the same meeting is on the day of the act before.
    @Test func anActAtTheSameMeeting() {
        let e = base.events("On Monday, two draft resolutions were not adopted because of the negative votes of France and the United States. At the same meeting the Council unanimously adopted resolution 417, which condemned the arrests.", published: "1977-11-04", types: ["resolution_adopted"])
        #expect(e.map(\.date) == ["1977-10-31"])
    }

    /// "The resolution defeated on Thursday had been sponsored by Norway on Aug. 8": the time of
    /// the participle after the subject's noun is not the main verb's.
    @Test func aParticiplesTimeIsNotTheMainVerbs() {
        let e = base.events("The resolution defeated on Thursday had been sponsored by Norway on Aug. 8.", published: "1950-09-08", types: ["resolution_proposed"])
        #expect(e.map(\.date) == ["1950-08-08"])
    }

    /// "In the final days of the siege of Kunduz late last month, a commander switched sides": a
    /// time at the end of a long opening phrase dates the main clause.
    @Test func aTimeAtTheEndOfALongOpeningPhrase() {
        let d = base.events("In the final days of the siege of Kunduz late last month, a Taliban commander from the province switched sides with his fighters.", published: "2001-12-21", types: ["defection"])
        #expect(d.map(\.date) == ["2001-11"])
    }

    /// "Alliance commanders said on Sunday that about 200 fighters, in Logar province, had gone
    /// over to them": what others report as done happened on or before the report's day.
    @Test func aReportedActIsByTheReportsDay() {
        let d = base.events("Alliance commanders said on Sunday that about 200 Taliban fighters in Logar province, south of Kabul, had gone over to them with their weapons.", published: "2001-12-21", types: ["defection"])
        #expect(d.map { "\($0.date ?? "-") \($0.precision)" } == ["2001-12-16 before"])
    }

    /// "The text was drafted by Norway" two sentences after the lead's vote: the text is the
    /// lead's, drafted on or before its day (a sentence on the resolution may come between). A
    /// text told far from the lead, or after another vote, is not dated by it; and an idea
    /// "floated" before ", but the proposal did not appear" proposes no draft.
    @Test func theTextOfTheLeadVote() {
        let e = base.events("""
        The Security Council on Tuesday authorised a maritime mission off the coast. Resolution 2791 gives the mission a year, and diplomats said the ships would sail in June. The text was drafted by Norway.
        """, published: "2023-05-25", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["Norway"])
        #expect(e.first?.date == "2023-05-23")
        let idea = base.events("The council adopted a resolution on Monday. Italy and Spain had earlier floated the idea of a buffer zone, but the proposal did not appear in the final text.", published: "2023-05-25", types: ["resolution_proposed"])
        #expect(idea.isEmpty)
    }

    /// "X is the most senior figure to break with the president since 2008, when Y announced on
    /// Feb. 5 ...": the "when" clause tells the act the span starts at, not X's.
    @Test func aWhenClauseAfterSinceDatesTheEarlierAct() {
        let e = base.events("Vice President Emmet Moyo fled the country on Monday. Moyo is the most senior party figure to break with the president since 2008, when the former finance minister Sam Dube announced on Feb. 5 that he would stand against him.", published: "2017-11-09", types: ["defection"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["Emmet Moyo 2017-11-06"])
    }

    /// "vetoed a draft deploring the occupation of the territories taken in 1967": a time after
    /// a participle that describes a noun is the participle's; the opening "In July 1973"
    /// dates the veto. A time right after the verb's own object still dates the verb.
    @Test func aParticiplesTimeDoesNotDateTheVerb() {
        let e = base.events("In July 1973, the United States vetoed a draft deploring the occupation of the lands taken in 1967.", published: "1976-01-27", types: ["veto"])
        #expect(e.map(\.date) == ["1973-07"])
        let f = base.events("Senator Ana Reyes left the party founded in 1998 by her father in March 2003.", published: "2019-10-23", types: ["defection"])
        #expect(f.map(\.date) == ["2003-03"])
        let g = base.events("The United States vetoed the draft in July 1973.", published: "1976-01-27", types: ["veto"])
        #expect(g.map(\.date) == ["1973-07"])
    }

    /// "slipped away from the hotel before dawn on Monday, February 8": "before" a part of the
    /// day opens no clause, so the date after it is the act's.
    @Test func beforeDawnIsNoClause() {
        let e = base.events("The pitcher Ramon Elizondo slipped away from the team hotel before dawn on Monday, February 8, and asked for asylum.", published: "2016-10-27", types: ["defection"])
        #expect(e.map(\.date) == ["2016-02-08"])
    }
}
