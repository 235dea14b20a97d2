import Testing
@testable import AnnalsKit

/// Pronouns agree in gender with what the text tells of a person: a given name the list marks,
/// an honorific, a gendered noun or title. And names that only a person can carry: after a
/// title ("the deputy X Y"), before "known as" or "born in", before "of" and a party. All
/// sentences are written for these tests; the people are invented.
@Suite("Extractor: gender agreement and person cues")
struct ExtractorGenderTests {
    let base = ExtractorRecallTests()

    func defectors(_ text: String, published: String = "2022-06-14") -> [String] {
        base.events(text, published: published, types: ["defection"]).map { "\($0.agent) \($0.date ?? "-")" }
    }

    /// "Yair ... She said she was leaving": "she" is not a man named Yair; it is the woman the
    /// sentence before named after a title.
    @Test func sheIsNotAManNamedBefore() {
        let d = defectors("Yair Golan met the deputy Noa Bareket on Monday. She said she was leaving the coalition.")
        #expect(d == ["Noa Bareket 2022-06-14"])
    }

    /// With no woman at hand, "she" is nobody rather than the man of the sentence before.
    @Test func sheWithNoWomanAtHandIsNobody() {
        let d = defectors("David Aharon spoke to reporters on Monday. She said she was leaving the coalition.")
        #expect(!d.contains { $0.hasPrefix("David Aharon") })
    }

    /// "Mrs.", "Queen", "the chairwoman": honorifics and titles tell a woman; "Mr." a man.
    @Test func honorificsAndTitlesTellGender() {
        let d = defectors("Mr. Tomas Halloran and Mrs. Dana Keret met on Sunday. On Monday she announced that she was leaving the coalition.")
        #expect(d == ["Dana Keret 2022-06-13"])
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2022-06-14"), publishedBasis: "metadata",
                                            text: "The party's chairwoman was not consulted. Yuval Sarid said he was leaving the coalition."))
        #expect(x.events.filter { $0.type == "defection" }.flatMap { $0.participants.map { x.actors[$0.actor].name } } == ["Yuval Sarid"])
    }

    /// "X, known to all as ...,", "X, born in ...,": phrases only a person takes confirm a name
    /// the list of given names does not know.
    @Test func aPersonParticipleConfirmsAName() {
        let said = base.events("Tarsa Oliveros Pena, known to everyone in the family as Tarsita, flew out of Havana for Mexico City on June 20. Nine days later she told reporters that she had left for good.",
                               published: "1964-07-01", types: ["statement"])
        #expect(said.map(\.agent) == ["Tarsa Oliveros Pena"])
    }

    /// "Juana Oliveros Pena, known to everyone as Juanita,": the headline's "Juanita Oliveros"
    /// and the bare "Juanita" are the same woman.
    @Test func aNameKnownAsIsTheSamePerson() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "1964-07-01"), publishedBasis: "metadata", text: """
        Juanita Oliveros, 31, Says the Island Has Become a Prison

        Juana Oliveros Pena, known to everyone in the family and to half of the capital as Juanita, flew out of Havana for Mexico City on June 20.
        """))
        let people = x.actors.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Juana Oliveros Pena"])
        #expect(people.first?.aliases.contains("Juanita Oliveros") == true)
    }

    /// "X Y Z of Meretz": a name before "of" and a party the gazetteer knows is a member's.
    @Test func aNameOfAKnownPartyIsAPerson() {
        let d = defectors("Then came the case of Ranit Golber Sela of Meretz. On 19 May she sent the prime minister a letter saying that she was leaving the coalition.")
        #expect(d == ["Ranit Golber Sela 2022-05-19"])
    }
}
