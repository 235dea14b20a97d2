import Testing
@testable import AnnalsKit

/// Third round of recall patterns, found on unseen articles and tested here on sentences
/// written for these tests: lists of full dates, ...
@Suite("Extractor: recall patterns (date lists, resignations, asylum requests)")
struct ExtractorRecallListTests {
    let base = ExtractorRecallTests()

    /// "on Oct. 4, 2011, Feb. 4, 2012, and July 19, 2012": the commas inside and between full
    /// dates do not cut the clause, and each date is one act; "already" does not undate them.
    @Test(arguments: [
        "Britain and France had already cast vetoes on Nov. 3, 1956, Oct. 30, 1956, and March 17, 1970, against texts on the canal.",
        "Britain and France cast vetoes on Nov. 3, 1956, Oct. 30, 1956 and March 17, 1970.",
    ])
    func listOfFullDatesIsOneVetoPerDate(_ sentence: String) {
        let e = base.events(sentence, types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["United Kingdom", "France"])
        #expect(Set(e.compactMap(\.date)) == ["1956-11-03", "1956-10-30", "1970-03-17"])
        #expect(e.count == 6)
    }

    @Test func weekdayAndDayAppositionIsOneDate() {
        let e = base.events("Britain vetoed the draft on Friday, May 16, 2014.", types: ["veto"])
        #expect(e.map(\.date) == ["2014-05-16"])
    }
}
