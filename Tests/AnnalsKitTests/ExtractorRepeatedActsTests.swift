import Testing
@testable import AnnalsKit

/// Council acts told again without naming their actors: a counted description of the states
/// named before ("the two powers"), "they did so again", and a draft that "met the same fate".
/// All sentences are written for these tests.
@Suite("Extractor: acts told again")
struct ExtractorRepeatedActsTests {
    let base = ExtractorRecallTests()

    func vetoes(_ text: String, published: String = "2015-06-12") -> [String] {
        base.events(text, published: published, types: ["veto"]).map { "\($0.agent) \($0.date ?? "-")" }
    }

    /// "the two powers", "both permanent members": the list of that length told in the six
    /// sentences before, for an act only states do.
    @Test func aCountedDescriptionIsTheListToldBefore() {
        let v = vetoes("""
        France and Britain vetoed the text on Tuesday. Their envoys said the draft went too far. The record shows how often that happens. In March 2009 the two powers blocked a similar text on the same war.
        """)
        #expect(v == ["France 2015-06-09", "United Kingdom 2015-06-09", "France 2009-03", "United Kingdom 2009-03"])
        // A count that does not match the list, or no list at all, names no one.
        #expect(vetoes("France and Britain vetoed the text on Tuesday. In March 2009 the three powers blocked a similar text.").count == 2)
        #expect(!vetoes("Britain vetoed a text in 2008. In March 2009 the two powers blocked a text on the war.").contains { $0.hasPrefix("United Kingdom 2009") })
    }

    /// "In February 2012 they did so again": the same actors repeat their act, at the new date.
    @Test func theyDidSoAgain() {
        let v = vetoes("Russia and China vetoed the draft on Tuesday. In April 2013 they did so again, killing a text that named the militias.")
        #expect(v == ["Russia 2015-06-09", "China 2015-06-09", "Russia 2013-04", "China 2013-04"])
        // Without "again" and without a date, "did so" is no new act of the same members.
        #expect(vetoes("Russia and China vetoed the draft on Tuesday, and they did so knowing it would fail.").count == 2)
    }

    /// "a British-drafted resolution met the same fate": vetoed by the same members, on the date
    /// its own sentence gives.
    @Test func aDraftThatMetTheSameFate() {
        let v = vetoes("Russia and China vetoed the draft on Tuesday. Then, on May 2, 2014, a French-drafted resolution met the same fate.")
        #expect(v == ["Russia 2015-06-09", "China 2015-06-09", "Russia 2014-05-02", "China 2014-05-02"])
        // A fate met by no draft is no veto.
        #expect(vetoes("Russia and China vetoed the draft on Tuesday. On May 2, 2014, the envoy met the same fate.").count == 2)
    }

    /// "Their brother Marian Novak followed a year later": with no object, "followed" repeats the
    /// last defection by its own subject; "the following months" and "followed two earlier
    /// drafts" are no such act.
    @Test func followedWithoutAnObject() {
        let d = base.events("Gen. Omar Hadi defected in May 1980. Two colonels followed in June.", published: "1985-12-01", types: ["defection"])
        #expect(d.map(\.agent) == ["Omar Hadi", "Two colonels"])
        #expect(d.last?.date == "1980-06")
        let none = base.events("Gen. Omar Hadi defected in May 1980. The following months were quiet, and talks followed two earlier rounds.", published: "1985-12-01", types: ["defection"])
        #expect(none.map(\.agent) == ["Omar Hadi"])
    }

    /// "Peter and Anton Novak": a lone given name joined to a full name shares its family name.
    @Test func brothersShareAFamilyName() {
        let d = base.events("In August 1980 the brothers Peter and Anton Novak slipped away from the national team at a tournament in Innsbruck.", published: "1985-12-01", types: ["defection"])
        #expect(d.map(\.agent) == ["Peter Novak", "Anton Novak"])
        let m = base.events("Ambassador Kyaw Min Oo publicly broke with the military authorities on March 8.", published: "2021-04-09", types: ["defection"])
        #expect(m.map(\.agent) == ["Kyaw Min Oo"])
    }

    /// "Russia and China have twice used their vetoes": "twice" in the verb group counts two
    /// vetoes each, and "their" in the light verb's object is the subject's, not the last
    /// plural group told ("Thousands of soldiers ... Russia and China have twice used their vetoes").
    @Test func twiceUsedTheirVetoes() {
        let v = vetoes("Thousands of conscripts have deserted since March. Russia and China have twice used their vetoes to shield the government.")
        #expect(v.sorted() == ["China 2015-06-12", "China 2015-06-12", "Russia 2015-06-12", "Russia 2015-06-12"])
    }

    func sponsors(_ text: String) -> [String] {
        base.events(text, published: "2011-05-04", types: ["resolution_proposed"]).map(\.agent)
    }

    /// "tabled by the three governments": a counted description of states proposing a text is
    /// the list of that length told just before; "by seven members, A, B, ..." and "by seven
    /// members of the council: A, B, ..." are the members named in apposition.
    @Test func sponsorsToldByCountAndList() {
        #expect(sponsors("Italy, Japan and Peru want a vote this week. The draft was tabled on Monday by the three governments.") == ["Italy", "Japan", "Peru"])
        #expect(sponsors("The text had been put forward by four members, Chile, Ghana, Norway and Japan.") == ["Chile", "Ghana", "Norway", "Japan"])
        #expect(sponsors("The resolution was sponsored by four members of the council: Chile, Ghana, Norway and Japan.") == ["Chile", "Ghana", "Norway", "Japan"])
        // A count that does not match the list told before names no one of it.
        #expect(!sponsors("Italy and Japan want a vote this week. The draft was tabled on Monday by the three governments.").contains("Italy"))
    }

    /// "The US vetoed three texts ..." in an article whose chronology tells each of the three on
    /// its day: the count sums up acts told one by one, so it adds none; when only one is told,
    /// the count adds the two the article does not tell.
    @Test func aCountSumsUpActsToldOneByOne() {
        let told = "On 3 March Britain vetoes a Chilean draft on the blockade. On 9 April Britain vetoes a Peruvian draft on the blockade. On 2 May Britain vetoes a Mexican draft on the blockade."
        let all = vetoes("Britain vetoed three texts calling for a truce, arguing that they ignored the hostages. " + told)
        #expect(all == ["United Kingdom 2015-03-03", "United Kingdom 2015-04-09", "United Kingdom 2015-05-02"])
        let one = vetoes("Britain has vetoed three texts calling for a truce. On 2 May Britain vetoed a Mexican draft on the blockade.")
        #expect(one.sorted() == ["United Kingdom 2015-05-02", "United Kingdom 2015-06-12", "United Kingdom 2015-06-12"])
        // A count dated apart from the acts told is acts of its own.
        #expect(vetoes("In April 2009 Britain vetoed two texts on the war. On 2 May Britain vetoed a Mexican draft.").count == 3)
    }

    /// "twice blocked renewals": what a member blocks is named in the plural too, and "twice"
    /// makes two acts of each member.
    @Test func pluralObjectsOfABlock() {
        let v = vetoes("In June 2011, France and Britain twice blocked renewals of the mission within a week.")
        #expect(v == ["France 2011-06", "France 2011-06", "United Kingdom 2011-06", "United Kingdom 2011-06"])
    }
}
