import Testing
@testable import AnnalsKit

/// Sixth round of recall patterns, found on an evaluation set opened for development and
/// tested here on sentences written for these tests: explainers and year-in-review pieces
/// (question headings, the tense of a whole sentence, times that modify a noun, generic
/// statements about the veto) and council phrasings.
@Suite("Extractor: explainers, reviews and council phrasings")
struct ExtractorExplainerTests {
    let base = ExtractorRecallTests()

    // MARK: - Time

    /// With no tense cue near a month and day, the rest of the sentence decides: "began" puts
    /// Feb. 25 in the past although February is two months after a December anchor.
    @Test func tenseOfTheWholeSentencePlacesAMonthDay() {
        let t = TemporalTagger(anchor: CalendarDay(2022, 12, 30))
        let found = t.tag("It began in earnest on the evening of Feb. 25, the second day of the offensive, when the envoy raised his hand.")
        #expect(found.first?.date?.text == "2022-02-25")
        let ahead = t.tag("The envoy will raise the matter in the chamber, most probably on the evening of Feb. 25.")
        #expect(ahead.first?.date?.text == "2023-02-25")
    }

    /// "that month's Council president" modifies a noun: it is not the time a later "Two days
    /// later" counts from, and neither is the month a span starts ("since March").
    @Test func aTimeModifyingANounIsNoReference() {
        let text = """
        It began on the evening of Feb. 25, when the ambassador, that month's council president, voted against a text. The draft was dead.

        Two days later, the Council passed a resolution calling the Assembly into session.
        """
        let e = base.events(text, published: "2022-12-30")
        #expect(e.first { $0.type == "resolution_adopted" }?.date == "2022-02-27")
        let since = """
        On Oct. 3, the council met. The talks, stalled since March, resumed. Two days later, the Council adopted a resolution on the mission.
        """
        #expect(base.events(since, published: "2022-12-30").first { $0.type == "resolution_adopted" }?.date == "2022-10-05")
    }
}
