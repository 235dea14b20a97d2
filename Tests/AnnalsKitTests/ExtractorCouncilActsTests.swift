import Testing
@testable import AnnalsKit

/// Council acts told by what they do rather than by "adopted": a council that renews, extends,
/// creates or imposes has adopted a resolution. All sentences are written for these tests.
@Suite("Extractor: council acts")
struct ExtractorCouncilActsTests {
    let base = ExtractorRecallTests()

    /// What only a council's resolution does, told of the council: renewing or extending a
    /// mandate, creating or setting up a force or tribunal, imposing an embargo (an adverb after
    /// the object, "once more", does not make the object a modifier). What it is "time that" the
    /// council did is called for, not done.
    @Test(arguments: [
        ("The Security Council met on Monday. In January the council renewed the mandate once more, unanimously.", "2014-01"),
        ("The Security Council extended the mission again in March.", "2014-03"),
        ("The Security Council established a tribunal for the war in 1993.", "1993"),
        ("The Security Council imposed an arms embargo in November 1977.", "1977-11"),
    ])
    func councilActsAreAdoptions(_ text: String, date: String) {
        let e = base.events(text, types: ["resolution_adopted"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
        #expect(e.first?.date == date)
    }

    @Test func whatItIsTimeTheCouncilDidIsCalledFor() {
        let e = base.events("Britain has long said that it is past time that this Council imposed an arms embargo on the junta.", types: ["resolution_adopted"])
        #expect(e.allSatisfy { $0.status == "called_for" })
    }

    /// "the council unanimously demanded that ...": what a voting body did unanimously it voted
    /// for; a body that merely "demanded" did not.
    @Test func whatACouncilDidUnanimouslyIsAnAdoption() {
        let e = base.events("The Security Council met again. On Dec. 4 the council unanimously demanded that the hostages be freed.", published: "1980-01-15", types: ["resolution_adopted"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["U.N. Security Council 1979-12-04"])
        #expect(base.events("The Security Council met again. On Dec. 4 the council demanded that the hostages be freed.", published: "1980-01-15", types: ["resolution_adopted"]).isEmpty)
    }

    /// "The mission was created in May 2004 by resolution 1545": a council act whose passive
    /// agent is a numbered resolution is that resolution's adoption by the Council.
    @Test func anActByANumberedResolution() {
        let e = base.events("The mission was created in May 2004 by resolution 1545, which sent troops to the region.", published: "2010-01-10", types: ["resolution_adopted"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["U.N. Security Council 2004-05"])
    }
}
