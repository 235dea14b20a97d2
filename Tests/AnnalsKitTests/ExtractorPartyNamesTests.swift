import Testing
@testable import AnnalsKit

/// Parties the gazetteer does not know, told by their names' shape ("the Janata Party", "the
/// Movement for Multi-party Democracy"), and a governing coalition left. All sentences are
/// written for these tests; the parties are invented.
@Suite("Extractor: parties by the shape of their names")
struct ExtractorPartyNamesTests {
    let base = ExtractorRecallTests()

    func actorNames(_ text: String, published: String = "2003-05-14") -> [String] {
        let x = Extractor().extract(Article(published: CalendarDay(iso: published), publishedBasis: "metadata", text: text))
        return x.actors.filter { $0.kind == .person }.map(\.name)
    }

    func defectors(_ text: String, published: String = "2003-05-14") -> [String] {
        base.events(text, published: published, types: ["defection"]).map { "\($0.agent) \($0.date ?? "-")" }
    }

    /// "the Kovar People's Party", "the Movement for Social Renewal", "the National Assembly":
    /// capitals that an institution word ends, or that follow one and "for" or "of", name a
    /// body, not a person.
    @Test func capitalsBeforeOrAfterAnInstitutionWordAreNoPerson() {
        let names = actorNames("Two deputies of the Radan Unity Party crossed to the ruling Movement for Social Renewal, the office of the Speaker of the National Assembly said on Friday.")
        #expect(!names.contains { ["Radan Unity", "Social Renewal", "National"].contains($0) })
    }

    /// "walked out of the Radan Unity Party": a capitalised Party after a capitalised word is a
    /// political party left, though "walked out of the party" alone may be a gathering's.
    @Test func aNamedPartyLeftIsADefection() {
        let d = defectors("In July 1979 Mr. Tomas Halloran and his followers walked out of the Radan Unity Party.")
        #expect(d.contains("Tomas Halloran 1979-07"))
        let gathering = defectors("Tomas Halloran walked out of the party at midnight, his hosts said.")
        #expect(gathering.isEmpty)
    }

    /// "announced that he was leaving the coalition": a member of a governing coalition who
    /// leaves it has left the government's side.
    @Test func aMemberLeavingTheCoalitionDefects() {
        let d = defectors("On Monday morning the deputy Karel Novak announced that he was leaving the coalition, telling reporters that the government could not go on.", published: "2022-06-14")
        #expect(d == ["Karel Novak 2022-06-13"])
        // A state leaving an alliance withdraws; it does not defect.
        #expect(defectors("Ruritania left the alliance on Monday.", published: "2022-06-14").isEmpty)
    }

    /// "X led a group of about 58 MPs out of the party": who leads a following out of a party
    /// leaves it with them; not a host who "led the guests out of the party".
    @Test func leadingAFollowingOutOfAParty() {
        let d = defectors("On November 5, 1990, Mr. Tomas Halloran led a group of about 58 Radan Unity MPs out of the party to form a party of his own.", published: "1990-11-10")
        #expect(d == ["Tomas Halloran 1990-11-05"])
        #expect(defectors("Mr. Tomas Halloran led the guests out of the party at midnight.", published: "1990-11-10").isEmpty)
    }

    /// "Bingu wa Mutharika": a lower-case "wa" between capitals is part of the name.
    @Test func waJoinsAName() {
        #expect(actorNames("President Tomas wa Halloran resigned from the Radan Unity Party on Saturday.").contains("Tomas wa Halloran"))
    }

    /// "X, a conservative Democrat ..., became a Republican today": a person the sentence calls
    /// a member of one party who becomes a member of another switched; one who simply became a
    /// Republican (a first party) did not.
    @Test func becomingAMemberOfAnotherPartyIsASwitch() {
        #expect(defectors("Rep. Dale Pruitt, a conservative Democrat who has held the seat since 1991, became a Republican on Tuesday.") == ["Dale Pruitt 2003-05-13"])
        #expect(defectors("Rep. Dale Pruitt became a Republican in 1990, when he first ran for the legislature.").isEmpty)
    }

    /// "bolted to the Nacionalistas", "left the Liberal fold", "walks out of the Nationals":
    /// more ways of leaving a party.
    @Test func boltingAndLeavingTheFold() {
        #expect(defectors("Senator Ramon Cruz resigned as party president and bolted to the Nacionalistas on Monday.") == ["Ramon Cruz 2003-05-12"])
        #expect(defectors("Senator Luis Abad, who campaigned with the Liberals in 1998, left the Liberal fold on Monday.") == ["Luis Abad 2003-05-12"])
        #expect(defectors("July 2001: Tom Garrick walks out of the Nationals.") == ["Tom Garrick 2001-07"])
    }

    /// "1989: X leaves the Labour Party ... 2002: X, by now deputy prime minister, leaves the
    /// Alliance": a politician's moves between parties told years apart are two defections;
    /// "X, elected on the Alliance list, walks out" confirms a name only a person carries.
    @Test func partyMovesYearsApartAreTwoDefections() {
        let story = """
        1989: Tom Kereama leaves the Labour Party over the reforms and sets up a party of his own.

        1997: Aroha Tane, elected on the Alliance list, walks out of the Alliance.

        2002: Kereama, by now deputy prime minister, leaves the Alliance he had founded.
        """
        #expect(defectors(story, published: "2023-05-03") == ["Tom Kereama 1989", "Aroha Tane 1997", "Tom Kereama 2002"])
    }
}
