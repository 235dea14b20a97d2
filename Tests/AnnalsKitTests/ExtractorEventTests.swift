import Testing
@testable import AnnalsKit

/// Event patterns, one family at a time, on sentences written for these tests.
@Suite("Extractor: events")
struct ExtractorEventTests {
    let extractor = Extractor()

    func extract(_ text: String, published: String = "2013-03-14") -> Extraction {
        extractor.extract(Article(published: CalendarDay(iso: published), publishedBasis: "metadata", text: text))
    }

    /// (type, agent name, status, date text, precision) of each event of the given types.
    func events(_ text: String, published: String = "2013-03-14", types: Set<String> = ["defection", "veto", "resolution_adopted", "resolution_failed", "resolution_proposed", "appeal", "threat"]) -> [(String, String, String, String?, String)] {
        let x = extract(text, published: published)
        return x.events.filter { types.contains($0.type) }.flatMap { e in
            let agents = e.participants.filter { $0.part == .agent }.map { x.actors[$0.actor].name }
            return (agents.isEmpty ? [""] : agents).map { (e.type, $0, e.status.rawValue, e.date.text, e.date.precision.rawValue) }
        }
    }

    @Test func activeDefectionWithNameAndTitle() {
        let e = events("Brig. Gen. Omar Haddad, a commander in the Syrian army, defected to Jordan on Tuesday.")
        #expect(e.count == 1)
        #expect(e.first?.0 == "defection")
        #expect(e.first?.1 == "Omar Haddad")
        #expect(e.first?.3 == "2013-03-12")
        #expect(e.first?.4 == "day")
    }

    @Test func coordinatedVetoesAreOnePerMember() {
        let e = events("Russia and China vetoed a draft resolution on Wednesday that would have threatened sanctions.", types: ["veto"])
        #expect(Set(e.map(\.1)) == ["Russia", "China"])
        #expect(e.allSatisfy { $0.3 == "2013-03-13" && $0.4 == "day" })
    }

    @Test func vetoedDraftAlsoFails() {
        let e = events("Russia vetoed the draft resolution in the U.N. Security Council on Monday.", types: ["resolution_failed"])
        #expect(e.count == 1)
        #expect(e.first?.3 == "2013-03-11")
    }

    @Test func passiveVetoByTwoMembers() {
        let e = events("The measure was vetoed by Russia and China last week.", types: ["veto"])
        #expect(Set(e.map(\.1)) == ["Russia", "China"])
        #expect(e.allSatisfy { $0.4 == "week" })
    }

    @Test func threatToVetoIsNotAVeto() {
        let e = events("Moscow threatened to veto any resolution that mentions sanctions.", types: ["veto"])
        #expect(e.isEmpty)
    }

    /// Leaving that is no defection: troops leaving a country withdraw ("The Belgian troops had
    /// by then left the Congo", and they are not the Indian forces told before); a minister
    /// who "left office after a dispute with the Kremlin" ends a career, whatever country is
    /// named after; and "a veto that leaves Beirut to its fate" has the veto, not the
    /// speaker, for subject.
    @Test func leavingThatIsNoDefection() {
        let troops = events("The plan called for the withdrawal of Indian forces to their old lines. The Belgian troops had by then left the Congo.", published: "1961-12-19", types: ["defection"])
        #expect(troops.isEmpty)
        let office = events("Ivan Orlov, the foreign minister, who left office after a dispute with the Kremlin, spoke on Monday.", published: "1990-05-02", types: ["defection"])
        #expect(office.isEmpty)
        let veto = events("A Dutch diplomat said afterwards that his delegation regretted a veto that \"leaves Sarajevo to its fate\".", published: "1994-06-27", types: ["defection"])
        #expect(veto.isEmpty)
        // Still a defection: an official who leaves a country.
        let envoy = events("The ambassador left Syria on Monday and joined the opposition.", published: "2012-07-12", types: ["defection"])
        #expect(envoy.count == 1)
    }

    @Test func callToDefectIsAnAppealNotADefection() {
        let e = events("The opposition leader Adel Mansour urged soldiers to defect and join the uprising.", types: ["defection", "appeal"])
        #expect(!e.contains { $0.0 == "defection" })
        #expect(e.contains { $0.0 == "appeal" })
    }

    @Test func rumoredDefection() {
        let e = events("Deputy Foreign Minister Samir Khalil is reportedly said to have defected, according to opposition activists.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.2 == "rumored")
    }

    @Test func claimedDefection() {
        let e = events("A man claiming to be Syria's deputy health minister said in a video that he defected.", types: ["defection"])
        #expect(e.allSatisfy { $0.2 == "claimed" })
    }

    @Test func undatedEarlierVetoes() {
        let e = events("Previously Beijing used its veto to block two earlier drafts on the conflict.", types: ["veto"])
        #expect(e.count == 2)
        #expect(e.allSatisfy { $0.1 == "China" && $0.4 == "before" && $0.3 == nil })
    }

    @Test func countWithoutReferenceMakesNoPastEvents() {
        let e = events("On Thursday Russia vetoed the draft. It was the fourth time that Russia has blocked action on the conflict.", published: "2013-03-14", types: ["veto"])
        #expect(e.count == 1)
    }

    @Test func adoptionWithWeekdayAndNumberedResolutions() {
        let e = events("The U.N. Security Council unanimously adopted resolution 2100 on Tuesday. It follows resolution 2085, adopted two months ago.", types: ["resolution_adopted"])
        #expect(e.count == 2)
        #expect(e.contains { $0.3 == "2013-03-12" && $0.4 == "day" })
        #expect(e.contains { $0.4 == "month" && $0.3 == "2013-01" })
    }

    @Test func sponsorsAreProposers() {
        let e = events("France drafted the resolution, which was co-sponsored by Britain and Jordan.", types: ["resolution_proposed"])
        #expect(Set(e.map(\.1)) == ["France", "United Kingdom", "Jordan"])
    }

    @Test func genericDefectionsAreNotEvents() {
        let e = events("Defections from the army are rare, analysts say. He is one of several defectors in Turkey.", types: ["defection"])
        #expect(e.isEmpty)
    }

    @Test func civiliansFleeingAreNotDefectors() {
        let e = events("Thousands of residents fled to Turkey as shelling continued on Sunday.", types: ["defection"])
        #expect(e.isEmpty)
    }

    @Test func gerundWithYear() {
        let e = events("The last time a Cuban pilot defected was in 2009, officials said. A Cuban pilot defecting to Florida was reported in 2009.", types: ["defection"])
        #expect(e.contains { $0.3 == "2009" && $0.4 == "year" })
    }

    @Test func clauseDateDoesNotLeak() {
        let e = events("Anwar Karimov is the most senior diplomat to switch sides since the protests began 20 months ago.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.4 != "month")
    }
}
