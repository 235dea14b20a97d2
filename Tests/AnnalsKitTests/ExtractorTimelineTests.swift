import Testing
@testable import AnnalsKit

/// Fourth round of recall patterns, found on unseen articles and tested here on sentences
/// written for these tests: timeline entries, counted objects, proposals put to a vote,
/// conditions told by inversion, members named in apposition, coordinated gerunds.
@Suite("Extractor: timelines, counted drafts, inversions and appositions")
struct ExtractorTimelineTests {
    let base = ExtractorRecallTests()

    // MARK: - Timeline entries

    /// "March 3 - ...": a paragraph opened by a date and a dash (or colon) is a timeline
    /// entry; its date governs the undated acts of the whole paragraph, in any tense.
    @Test func timelineEntryDateGovernsItsParagraph() {
        let text = """
        KEY DATES

        March 3 - Brig. Gen. Omar Saleh, a deputy commander of the border guard, becomes the most senior officer to break ranks, announcing his move in a video.

        March 9: The Netherlands circulates a draft. The draft wins ten votes but is vetoed by Russia.

        March 12 - Delegates meet again.
        """
        let e = base.events(text, published: "2014-03-20")
        #expect(e.first { $0.type == "defection" }?.date == "2014-03-03")
        #expect(e.first { $0.type == "resolution_proposed" }?.date == "2014-03-09")
        #expect(e.first { $0.type == "veto" }?.date == "2014-03-09")
    }

    /// A date inside the sentence still wins, and a paragraph that only mentions a date
    /// later on is no timeline entry.
    @Test func onlyAnOpeningDateWithADashMakesAnEntry() {
        let text = """
        March 9 - The Netherlands said Russia had vetoed a similar text on Feb. 2.

        Officials say that on March 1 the plan changed - and Russia vetoed a draft.
        """
        let e = base.events(text, published: "2014-03-20", types: ["veto"])
        #expect(e.map(\.date).contains("2014-02-02"))
        #expect(!e.map(\.date).contains("2014-03-09"))
    }

    // MARK: - Counts

    /// "vetoed two successive drafts": the verb's own counted object is that many acts.
    @Test func countedObjectIsThatManyActs() {
        let e = base.events("In May 2011, Russia and China vetoed two successive drafts within a week.", types: ["veto"])
        #expect(e.filter { $0.agent == "Russia" }.count == 2)
        #expect(e.filter { $0.agent == "China" }.count == 2)
    }

    /// "adopted three resolutions in 2017, in August, September and December": months listed
    /// after a year take that year, and the list already counts the acts.
    @Test func monthsListedAfterAYearTakeIt() {
        let e = base.events("The council adopted three resolutions on the program in 2017, in August, September and December.",
                            published: "2019-05-02", types: ["resolution_adopted"])
        #expect(e.compactMap(\.date).sorted() == ["2017-08", "2017-09", "2017-12"])
    }

    // MARK: - Proposals and failures

    /// "Moscow put a rival text to a vote": whoever puts a draft to the vote proposed it; the
    /// passive names no proposer.
    @Test func puttingADraftToAVoteProposesIt() {
        let active = base.events("Hours later, Moscow put its own text to a vote.", types: ["resolution_proposed"])
        #expect(active.map(\.agent) == ["Russia"])
        let passive = base.events("The text was put to a vote on Friday.", types: ["resolution_proposed"])
        #expect(passive.isEmpty)
        let other = base.events("Russia put pressure on the sponsors to delay the vote.", types: ["resolution_proposed"])
        #expect(other.isEmpty)
    }

    /// "failed to adopt a draft resolution" is a failed draft, not an adoption.
    @Test func failingToAdoptIsAFailure() {
        let e = base.events("The Security Council on Friday failed to adopt a draft resolution on the crisis.")
        #expect(e.map(\.type) == ["resolution_failed"])
    }

    /// "the negative votes of two permanent members, China and the Russian Federation": the
    /// members named in apposition cast them.
    @Test func membersNamedInAppositionCastTheVetoes() {
        let e = base.events("The draft was not adopted, owing to the negative votes of two permanent members, China and the Russian Federation.", types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["China", "Russia"])
    }

    // MARK: - Status

    /// "Were Washington to table a text next week, ...": a condition told by inversion.
    @Test(arguments: [
        "Were Washington to table a fresh text next week, Moscow would block it, a diplomat said.",
        "Should France circulate a draft, Russia would block it.",
    ])
    func inversionIsACondition(_ sentence: String) {
        let e = base.events(sentence, types: ["resolution_proposed"])
        #expect(e.allSatisfy { $0.status == "hypothetical" })
    }

    // MARK: - Who

    /// "releases a video ... saying he no longer recognises X and pledging allegiance to Y": the
    /// second gerund shares the first one's subject, and the negation of the first conjunct
    /// does not reach it.
    @Test func coordinatedGerundSharesTheSubject() {
        let e = base.events("Col. Ramon Ortega, the defence attache in Lima, released a video from his office on Monday saying he no longer served the junta and pledging allegiance to the opposition.", types: ["defection"])
        #expect(e.map(\.agent) == ["Ramon Ortega"])
        #expect(e.first?.status == "asserted")
    }

    /// "Few remember that the most senior official to abandon X, Y, fled in 2012": the name in
    /// apposition acts, inside a complement clause too.
    @Test func superlativeInAComplementClauseNamesTheAppositive() {
        let e = base.events("Few now remember that the most senior official to abandon the regime, former premier Karim Halabi, fled to Jordan in 2012.", published: "2020-05-02", types: ["defection"])
        #expect(e.map(\.agent) == ["Karim Halabi"])
        #expect(e.first?.date == "2012")
    }

    // MARK: - Clauses

    /// "In October, it was Russia and China that vetoed ...": a cleft's "that" opens no clause,
    /// so the opening adverbial dates the act.
    @Test func cleftKeepsTheOpeningDate() {
        let e = base.events("In October, it was Russia and China that vetoed a Western text on the war.", published: "2024-02-23", types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["Russia", "China"])
        #expect(Set(e.compactMap(\.date)) == ["2023-10"])
    }

    /// "has since circulated": "since" between the auxiliary and its verb is an adverb.
    @Test func adverbialSinceKeepsTheSubject() {
        let e = base.events("The United States has since circulated its own draft on the truce.", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["United States"])
    }

    /// "cast the council's very first veto": the council is where it was cast, not who cast it.
    @Test func councilsVetoIsCastByTheSubject() {
        let e = base.events("The Soviet Union cast the council's very first veto in 1946, on a text about Syria.", types: ["veto"])
        #expect(e.map(\.agent) == ["Soviet Union"])
        #expect(e.first?.date == "1946")
    }

    /// "the Soviet under-secretary-general who walked away from Moscow in 1978": the title
    /// makes him an official, and walking away from a capital is leaving its government.
    @Test func walkingAwayFromACapitalIsADefection() {
        let e = base.events("Arkady Volkov, the Soviet under-secretary-general who walked away from Moscow in 1978, later wrote a memoir.", types: ["defection"])
        #expect(e.map(\.agent) == ["Arkady Volkov"])
        #expect(e.first?.date == "1978")
    }
}
