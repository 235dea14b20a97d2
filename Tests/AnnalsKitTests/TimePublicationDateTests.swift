import Testing
@testable import AnnalsKit

@Suite("Publication date inference")
struct TimePublicationDateTests {
    @Test func captionDateThatAMentionedWeekdayFits() throws {
        let text = """
            Rebels said on Thursday they had seized the border crossing.
            A file photo of the crossing, March 3, 2011.
            A rebel fighter stands guard in Azaz, Syria, July 12, 2012.
            """
        let found = try #require(PublicationDateInference.infer(title: nil, text: text))
        #expect(found.day == CalendarDay(2012, 7, 12))
        #expect(found.basis == "caption")
    }

    @Test func latestCaptionWithoutWeekdays() throws {
        let text = "Smoke rises over the city.\nA protest in Hama, June 1, 2012.\nA funeral in Daraa, June 3, 2012."
        let found = try #require(PublicationDateInference.infer(title: nil, text: text))
        #expect(found.day == CalendarDay(2012, 6, 3))
        #expect(found.basis == "caption")
    }

    @Test func datelineWins() throws {
        let text = "BEIRUT, July 12, 2012 (Reuters) - The ambassador said he had left. A caption, June 3, 2012."
        let found = try #require(PublicationDateInference.infer(title: nil, text: text))
        #expect(found.day == CalendarDay(2012, 7, 12))
        #expect(found.basis == "dateline")
        let posted = try #require(PublicationDateInference.infer(title: nil, text: "Posted July 6th, 2012 by staff\nThe defector spoke."))
        #expect(posted.day == CalendarDay(2012, 7, 6) && posted.basis == "dateline")
    }

    @Test func weekdayConsistencyDeepInTheText() throws {
        let filler = String(repeating: "The fighting continued across the province. ", count: 12)
        let text = filler + "The envoy, who arrived on Saturday, said talks set for July 14, 2012 would go ahead."
        let found = try #require(PublicationDateInference.infer(title: nil, text: text))
        #expect(found.day == CalendarDay(2012, 7, 14))
        #expect(found.basis == "weekday")
    }

    @Test func noDateNoAnswer() {
        #expect(PublicationDateInference.infer(title: nil, text: "No dates at all here, only words.") == nil)
        #expect(PublicationDateInference.infer(title: "Untitled", text: "") == nil)
    }
}
