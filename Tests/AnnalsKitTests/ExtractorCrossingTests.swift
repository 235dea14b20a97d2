import Testing
@testable import AnnalsKit

/// Crossings, flights and escapes told in few words: a bare "went over" or "crossed" with a
/// time in a story of defections, "landed it" for the aircraft just named, approximate counts,
/// compound titles ("a trade official") and states that no longer exist. All sentences are
/// written for these tests.
@Suite("Extractor: crossings and flights")
struct ExtractorCrossingTests {
    let base = ExtractorRecallTests()

    func defectors(_ text: String, published: String = "2001-04-02") -> [String] {
        base.events(text, published: published, types: ["defection"]).map { "\($0.agent) \($0.date ?? "-")" }
    }

    /// "Corporal X went over in May 1964", "Private Y crossed in 1979": in a story that speaks
    /// of defection, a time right after the verb stands for its object; elsewhere it does not.
    @Test func aBareCrossingWithATime() {
        let story = "Four soldiers defected to the North in the 1960s. Corporal Dale Hume went over in May 1964. A fifth soldier, Private Roy Keane, crossed in 1979."
        #expect(defectors(story).suffix(2) == ["Dale Hume 1964-05", "Roy Keane 1979"])
        #expect(defectors("The convoy went over in May 1964 without trouble. The bridge was crossed in 1979.").isEmpty)
    }

    /// "about fifteen army officers ... had come across the border": an approximate count, and
    /// "came" is a past tense.
    /// "cross to the opposition benches", "crossed to the Liberals": a legislator's crossing to
    /// the other side of the house; crossing to a river bank is no defection.
    @Test func crossingToTheOppositionBenches() {
        #expect(defectors("12 May 2003: Ravi Perera and Anil Silva cross to the opposition benches.") == ["Ravi Perera 2003-05-12", "Anil Silva 2003-05-12"])
        #expect(defectors("The patrol crossed to the other bank of the river on Friday.").isEmpty)
    }

    /// "crossed into the Soviet zone", "walked into an American position": officials crossing
    /// into a zone or a country's lines; the force after "of" names them ("two constables of the
    /// Albanian border police", "members of the Federal Coast Guard"). Tanks crossing into a buffer
    /// zone and refugees crossing into a country are not defectors.
    @Test func crossingIntoAZoneOrAPosition() {
        #expect(defectors("Two members of the Federal Coast Guard crossed into the Soviet zone on Friday.", published: "1955-03-07") == ["Two members of the Federal Coast Guard 1955-03-04"])
        #expect(defectors("On 3rd May two constables of the Albanian border police crossed into Greece.", published: "1965-05-10") == ["two constables of the Albanian border police 1965-05-03"])
        #expect(defectors("A Chinese soldier walked into an American position near the coast on Tuesday.", published: "1952-04-14") == ["A Chinese soldier 1952-04-08"])
        #expect(defectors("Three tanks crossed into the buffer zone. Refugees crossed into Thailand on Monday.").isEmpty)
    }

    /// "Two airmen, A and B, flew to South Korea in 1961": in a story of defections, military
    /// flyers flying to a country defect; a minister flying to Paris travels, and outside such a
    /// story so do airmen.
    @Test func militaryFlyersFlyingToACountry() {
        #expect(defectors("Many have defected over the years. Two airmen, Lin Tao and Wu Feng, flew to South Korea in 1961.", published: "1990-06-01") == ["Lin Tao 1961", "Wu Feng 1961"])
        #expect(defectors("Many have defected over the years. The foreign minister flew to Paris on Monday.", published: "1990-06-01").isEmpty)
        #expect(defectors("Two airmen flew to South Korea in 1961 for a training course.", published: "1990-06-01").isEmpty)
    }

    /// "X, the head of the service, the body charged with guarding the state, crossed": a second
    /// appositive after the first still leaves X the subject.
    @Test func twoAppositivesBetweenSubjectAndVerb() {
        #expect(defectors("Hans Adler, the president of the Office for the Defence of the State, the body charged with watching the Republic's enemies, crossed into East Germany on the night of July 20.", published: "1954-08-27") == ["Hans Adler 1954-07-20"])
    }

    /// "July 1999: Tom Reyes of Ohio, Republican to Democrat", "followed her route from the
    /// Democrats to the Republicans": a move from one party to another by a named person; a swing
    /// of voters is no defection.
    @Test func aMoveFromOnePartyToAnother() {
        #expect(defectors("July 1999: Tom Reyes of Ohio, Republican to Democrat. Polls showed a swing from Labour to Conservative in 2010.", published: "2019-12-20") == ["Tom Reyes 1999-07"])
        #expect(defectors("On June 3, 1995, Ben Holt followed her route from the Democrats to the Republicans.", published: "2019-12-20") == ["Ben Holt 1995-06-03"])
        // A name no list knows, by name and state ("Orrin Vale of Idaho, Democrat to Republican").
        #expect(defectors("Party switchers since 1999:\n\n- August 2004: Orrin Vale of Idaho, Democrat to Republican, on the day of the filing deadline\n- 2000: Lyle Quist of Vermont leaves the Democrats to sit as an independent", published: "2019-12-20") == ["Orrin Vale 2004-08", "Lyle Quist 2000"])
    }

    /// "Hollis had voted with the Republicans for years ... the Alabama senator announced he was
    /// joining them": "them" is the party its members' plural named; "the party expelled them"
    /// after two MPs is no party joined.
    @Test func joiningThemForAPartyToldBefore() {
        #expect(defectors("Jim Hollis had voted with the Republicans for years. On Nov. 9, 1994, the Alabama senator announced he was joining them.") == ["Jim Hollis 1994-11-09"])
        #expect(defectors("Two MPs criticised the leadership. The Conservatives expelled them on Monday.").isEmpty)
    }

    /// Party exits told in other words: "announced their resignation from the governing
    /// party", "dumped the ruling party for the opposition", "tore up his party card",
    /// "renounced her membership of the Communist Party", "crossed over to the governing
    /// coalition". Dumping a coach or renouncing violence is no defection.
    @Test func partyExitsInOtherWords() {
        #expect(defectors("Three lawmakers announced their resignation from the governing party on Monday.") == ["Three lawmakers 2001-04-02"])
        #expect(defectors("Governor Tunde Bakare dumped the ruling party for the opposition on Monday.") == ["Tunde Bakare 2001-04-02"])
        #expect(defectors("Senator Ruth Abiola tore up her party card on Friday.") == ["Ruth Abiola 2001-03-30"])
        #expect(defectors("Senator Maria Lopez renounced her membership of the Communist Party in 1989.") == ["Maria Lopez 1989"])
        #expect(defectors("The MP crossed over to the governing coalition on Tuesday.") == ["The MP 2001-03-27"])
        #expect(defectors("The club dumped its coach on Monday. He renounced violence in 1998.").isEmpty)
    }

    /// "crossed the border overnight", "switched to the opposition ahead of the vote": an
    /// adverb after the object does not make the object a modifier. "The official said the
    /// family had crossed the border": the complement's subject names no actor, and the one who
    /// said it did not cross.
    @Test func anAdverbAfterTheObjectAndASubjectAfterSaid() {
        #expect(defectors("Colonel Karim Nasser crossed the border overnight with his family.") == ["Karim Nasser 2001-04-02"])
        #expect(defectors("The former general has switched to the opposition ahead of the vote.") == ["The former general 2001-04-02"])
        #expect(defectors("A Jordanian official said the family had crossed the border overnight.").isEmpty)
    }

    @Test func comingAcrossTheBorder() {
        #expect(defectors("About twenty army officers came across the border on Friday.") == ["About twenty army officers 2001-03-30"])
        #expect(base.events("Nearly 40 soldiers had come across the frontier.", types: ["defection"]).first?.agent == "Nearly 40 soldiers")
    }

    /// "took off in a MiG-21 and landed it in Cyprus": "it" is the aircraft just named.
    @Test func landingTheAircraftJustNamed() {
        #expect(defectors("On June 3, 1988, Captain Omar Safi took off in a MiG-21 and landed it at Larnaca.") == ["Omar Safi 1988-06-03"])
        // An "it" with no aircraft before it is no warplane.
        #expect(defectors("On June 3, 1988, Captain Omar Safi bought a ticket and landed it at last.").isEmpty)
    }

    /// "a trade official", "a press attaché": a lower-case noun before a title is part of it.
    /// "Czechoslovak": a demonym of a state that no longer exists.
    @Test func compoundTitlesAndFormerStates() {
        #expect(defectors("A trade official of the embassy asked for asylum on Monday.") == ["A trade official of the embassy 2001-04-02"])
        let d = base.events("A Czechoslovak diplomat in Bern asked for asylum on Monday.", types: ["defection"])
        #expect(d.count == 1)
        #expect(base.extractor.extract(Article(published: CalendarDay(iso: "1970-01-02"), publishedBasis: "metadata", text: "A Czechoslovak diplomat defected on Monday."))
            .actors.contains { $0.name == "Czechoslovakia" })
    }

    /// "who fled to the West in May", "disappeared from his flat with his wife": phrasings of
    /// Cold War escapes.
    @Test(arguments: [
        ("Maj. Petr Hanak, a senior officer at the ministry, who fled to the West in May 1967, was tried in absentia.", "Petr Hanak", "1967-05"),
        ("In June 1978, Ivan Belov, a Soviet intelligence officer, disappeared from his flat with his wife and children.", "Ivan Belov", "1978-06"),
    ])
    func coldWarEscapes(text: String, agent: String, date: String) {
        #expect(defectors(text) == ["\(agent) \(date)"])
    }
}
