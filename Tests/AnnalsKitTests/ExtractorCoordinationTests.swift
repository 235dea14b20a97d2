import Testing
@testable import AnnalsKit

/// Who defected, when the defector is not the nearest name before the verb: coordinated verb
/// phrases, pronouns after a reporting verb, roles told after "as", gerunds after a message
/// noun, and the phrasings 'turn against X', 'disavow X', 'recognize X as president'. All
/// sentences are written for these tests.
@Suite("Extractor: coordinated clauses and distant defectors")
struct ExtractorCoordinationTests {
    let extractor = Extractor()

    func defections(_ text: String, published: String = "2016-09-16") -> [(agent: String, status: String, date: String?)] {
        extractor.defections(in: text, published: published)
    }

    /// "X quit his post as ENVOY and left the country": the second verb's subject is X, not
    /// the role named in the first verb's object; the role after "as" makes X an official.
    @Test(arguments: [
        ("Pavel Grekov, the author of the pension reform, quit his post as a presidential adviser and left the country in June.", "Pavel Grekov"),
        ("Dmitri Losev resigned his seat as a deputy minister and fled the country in June.", "Dmitri Losev"),
        ("Yuri Belkin, a former banker, gave up his job as a Kremlin envoy and left Russia in June.", "Yuri Belkin"),
    ])
    func secondVerbKeepsTheSubject(_ sentence: String, _ who: String) {
        let d = defections(sentence)
        #expect(d.map(\.agent) == [who])
        #expect(d.first?.date == "2016-06")
    }

    /// "he had abandoned the president and fled": the president is the object, never a defector.
    @Test(arguments: [
        "The minister's office denied reports that he had abandoned President Omar Taleb and fled to Egypt.",
        "A spokesman denied claims that the general had deserted Marshal Idris Kanu and escaped to Ghana.",
    ])
    func objectOfFirstVerbIsNotTheDefector(_ sentence: String) {
        let d = defections(sentence)
        #expect(!d.isEmpty)
        #expect(!d.contains { $0.agent.contains("Taleb") || $0.agent.contains("Kanu") })
        #expect(d.allSatisfy { $0.status == "denied" })
    }

    /// A negation or modal in the first conjunct does not reach a verb group of its own after
    /// "and"; "he" right after the reporting verb is the speaker, not the latest description.
    @Test(arguments: [
        ("In Rome, Karim Mansur, a former trade minister whom the leader had picked as his new ambassador, said he would not accept the post and was breaking with the regime.", "Karim Mansur"),
        ("Samuel Odhiambo, an army colonel, said he could not stay silent and had broken with the junta.", "Samuel Odhiambo"),
    ])
    func negationStaysInItsConjunct(_ sentence: String, _ who: String) {
        let d = defections(sentence)
        #expect(d.map(\.agent) == [who])
        #expect(d.first?.status == "asserted")
    }

    @Test func negatedSecondConjunctStaysNegated() {
        // The negation inside the second verb group still counts.
        let d = defections("General Amadou Sow met the envoy and did not defect.")
        #expect(d.allSatisfy { $0.status != "asserted" })
    }

    @Test(arguments: [
        ("The previous envoy, Nabil Haddad, turned against Gaddafi in early March.", "Nabil Haddad", "2016-03"),
        ("Air force Gen. Julio Marquez became the first serving general to disavow Maduro on Tuesday.", "Julio Marquez", "2016-09-13"),
        ("On Tuesday, Col. Ramon Ortega released a video recognizing the opposition leader as interim president.", "Ramon Ortega", "2016-09-13"),
        ("Gen. Luis Pardo, who commanded the border brigade, posted a statement recognizing Julio Rivas as president on Tuesday.", "Luis Pardo", "2016-09-13"),
    ])
    func breakPhrasings(_ sentence: String, _ who: String, _ date: String) {
        let d = defections(sentence)
        #expect(d.map(\.agent) == [who])
        #expect(d.first?.date == date)
    }

    /// Not defections: a passive "recognised as president by" (the rival himself), a state's
    /// recognition, disavowing a statement, recognizing someone's authority.
    @Test(arguments: [
        "Julio Rivas, the opposition leader recognised as interim president by dozens of governments, toured the border.",
        "Brazil recognized Julio Rivas as interim president on Tuesday.",
        "The senator disavowed the remarks on Tuesday.",
        "Gen. Luis Pardo recognized the president's authority over the army on Tuesday.",
    ])
    func notDefections(_ sentence: String) {
        #expect(defections(sentence).isEmpty)
    }

    /// "Col. X, who commands the 5th Brigade, and Col. Y defected": a relative clause or an
    /// appositive after the first of two people does not end the list; a named person and an
    /// unnamed one joined by "and" both act ("X and the commander of the eastern region").
    @Test(arguments: [
        ("Col. Omar Hadi, who commands the 5th Brigade, and Col. Ali Nasser defected on Monday.", ["Omar Hadi", "Ali Nasser"]),
        ("Col. Omar Hadi, the garrison commander, and Col. Ali Nasser defected on Monday.", ["Omar Hadi", "Ali Nasser"]),
        ("Gen. Salem Warda defected on Monday. Within hours Col. Omar Hadi and the commander of the eastern region followed him.",
         ["Salem Warda", "Omar Hadi", "the commander of the eastern region"]),
    ])
    func peopleListedPastTheirDescriptions(_ text: String, _ who: [String]) {
        #expect(defections(text).map(\.agent) == who)
    }

    /// "X, commander of the First Division, and long regarded as the second man in the country,
    /// declares his support for the revolution": a participle joined by "and" to the appositive
    /// still describes X, who is the subject.
    @Test func aSecondAppositiveJoinedByAnd() {
        let d = defections("Maj. Gen. Salem Warda, commander of the Third Division and of the southern region, and long regarded as the second most powerful man in the country, declared his support for the revolution on Monday.")
        #expect(d.map(\.agent) == ["Salem Warda"])
    }

    /// "Yemen's ambassadors to several Arab countries also resign": a country's officials, with
    /// no determiner, are a group of unnamed officials; a bare "Libyan diplomats" may be
    /// generic and is not read as one.
    @Test func aCountrysOfficialsAreAGroup() {
        let d = defections("Yemen's ambassadors to several Arab countries resigned in protest on Monday.")
        #expect(d.map(\.agent) == ["Yemen's ambassadors"])
        #expect(defections("Libyan diplomats in many capitals resigned in protest on Monday.").isEmpty)
    }

    /// A country after a described person is no list member: "X, who heads the mission, and
    /// Syria" does not make Syria a defector.
    @Test func aPlaceAfterADescribedPersonIsNoListMember() {
        let d = defections("The envoy, Omar Hadi, who had served in Paris, and his deputy in Damascus both defected on Monday.")
        #expect(!d.contains { $0.agent == "Damascus" })
    }

    /// "quits the ruling General People's Congress": a ruling body named is a party, and a
    /// portfolio minister's title ("Tourism Minister") is no part of the name.
    @Test func quittingTheRulingBody() {
        let d = defections("That evening, Tourism Minister Karim Haddad quits the ruling National Unity Congress in protest at the killings.")
        #expect(d.map(\.agent) == ["Karim Haddad"])
        #expect(defections("The court left the ruling in place on Monday.").isEmpty)
    }
}

/// Defectors who hold no office or whose name the lexicon does not know, and dates told in
/// opening adverbials. All sentences are written for these tests.
@Suite("Extractor: private defectors, age anaphors, opening dates")
struct ExtractorPrivateDefectorTests {
    let extractor = Extractor()

    func defections(_ text: String, published: String = "2016-09-16") -> [(agent: String, status: String, date: String?)] {
        extractor.defections(in: text, published: published)
    }

    /// A name set off after a family or person noun is a name even when its given name is
    /// unknown; one named person fleeing a named country defects, office or not.
    @Test(arguments: [
        ("Her brother, Teodor Vashkevich, has also fled Belarus.", "Teodor Vashkevich"),
        ("His wife, Zlata Oksanich, escaped Russia on Tuesday.", "Zlata Oksanich"),
        ("The blogger Miron Kask fled Belarus on Tuesday.", "Miron Kask"),
    ])
    func namedPrivatePersonFleesCountry(_ sentence: String, _ who: String) {
        #expect(defections(sentence).map(\.agent) == [who])
    }

    @Test(arguments: [
        "Thousands of Belarusians have fled Belarus since the vote.",
        "A farmer fled the country with his family last year.",
        "Teodor Vashkevich flew to Belarus on Tuesday.",
    ])
    func crowdsAndUnnamedCiviliansDoNot(_ sentence: String) {
        #expect(defections(sentence).isEmpty)
    }

    /// "The 24-year-old" is the person named before; refusing to board a flight home is the act.
    @Test(arguments: [
        "Marta Zhuk, a Belarusian rower, said her coaches had tried to send her home. The 27-year-old refused on Tuesday to board a flight to Minsk.",
        "Officials said the cyclist Igor Reshko had been told to pack. The 31-year-old declined to board the plane home on Tuesday.",
    ])
    func ageAnaphorRefusesToBoard(_ text: String) {
        let d = defections(text)
        #expect(d.count == 1)
        #expect(d.first?.agent == (text.contains("Zhuk") ? "Marta Zhuk" : "Igor Reshko"))
        #expect(d.first?.date == "2016-09-13")
    }

    @Test(arguments: [
        "Marta Zhuk boarded a flight to Minsk on Tuesday.",
        "The delegation refused to board the bus to the stadium on Tuesday.",
        "Marta Zhuk said she would board a flight home on Tuesday.",
    ])
    func boardingIsNotDefecting(_ sentence: String) {
        #expect(defections(sentence).allSatisfy { $0.status != "asserted" })
    }

    /// Of several opening adverbials ("Earlier, on May 3, ..."), the dated one dates the clause.
    @Test(arguments: [
        ("Earlier, on May 3, Gen. Anselmo Vidal disavowed the junta.", "Anselmo Vidal", "2016-05-03"),
        ("Previously, on June 9, Col. Hector Ibarra became the first officer to disavow the president.", "Hector Ibarra", "2016-06-09"),
        ("In a video posted online on Tuesday, Maj. Fadi Rahal announced his defection.", "Fadi Rahal", "2016-09-13"),
        ("In a statement read on state radio on Tuesday, Col. Idris Bako declared his defection.", "Idris Bako", "2016-09-13"),
    ])
    func openingDate(_ sentence: String, _ who: String, _ date: String) {
        let d = defections(sentence)
        #expect(d.map(\.agent) == [who])
        #expect(d.first?.date == date)
    }
}

/// One defection told several times in an article that denies it. Sentences written for these tests.
@Suite("Extractor: denied defections retold")
struct ExtractorDeniedRetellingTests {
    let extractor = Extractor()

    func statuses(_ text: String) -> [String] {
        let x = extractor.extract(Article(published: CalendarDay(iso: "2016-09-17"), publishedBasis: "metadata", text: text))
        return x.events.filter { $0.type == "defection" }.map(\.status.rawValue)
    }

    @Test(arguments: [
        "The office of Deputy Prime Minister Walid Kassem denied on Saturday that he had fled to Jordan. Opposition websites said Kassem had slipped across the border into Jordan with the help of rebels.",
        "Minister Omar Hallak denied reports that he had defected. Activists said Hallak had crossed the border into Turkey.",
    ])
    func undatedRetellingStaysDenied(_ text: String) {
        let s = statuses(text)
        #expect(!s.isEmpty)
        #expect(!s.contains("asserted"))
    }

    @Test func datedActAfterDenialIsAsserted() {
        // The article itself vouches for a dated act: the earlier denial does not undo it.
        let s = statuses("Minister Omar Hallak denied reports that he had defected. On Friday, Hallak crossed the border into Turkey and defected.")
        #expect(s.contains("asserted"))
    }
}

/// Breaking with a named leader and switching to the other side. Sentences written for these tests.
@Suite("Extractor: breaking with a named leader")
struct ExtractorNamedLeaderTests {
    let extractor = Extractor()

    /// The agents of asserted defections.
    func defectors(_ text: String) -> [String] {
        extractor.defections(in: text, published: "2016-09-16").filter { $0.status == "asserted" && !$0.agent.isEmpty }.map(\.agent)
    }

    @Test(arguments: [
        ("Gen. Karim Issa abandoned Assad on Monday.", "Karim Issa"),
        ("Col. Rafael Nunez turned his back on Maduro on Monday.", "Rafael Nunez"),
        ("Ambassador Salem Twati renounced Gaddafi on Monday.", "Salem Twati"),
        ("Capt. Bassel Naji switched to the opposition on Monday.", "Bassel Naji"),
        ("Deputy Speaker Omar Rifai turned against Saleh in March.", "Omar Rifai"),
    ])
    func breaksWithLeader(_ sentence: String, _ who: String) {
        #expect(defectors(sentence) == [who])
    }

    @Test(arguments: [
        "France abandoned its plan on Monday.",
        "Britain turned its back on Gaddafi in March.",
        "The farmers switched to a new crop on Monday.",
        "Col. Rafael Nunez switched to a new unit on Monday.",
    ])
    func notBreaks(_ sentence: String) {
        #expect(defectors(sentence).isEmpty)
    }
}

/// A refusal to go home names no destination: the country refused is not where they went.
@Suite("Extractor: refusals to return")
struct ExtractorRefusalTests {
    @Test(arguments: [
        "Olympic swimmer Yelena Kral, 22, refused to return to Belarus on Tuesday.",
        "The 22-year-old sprinter Yelena Kral declined to board a flight to Minsk on Tuesday.",
    ])
    func noDestination(_ sentence: String) {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2016-09-16"), publishedBasis: "metadata", text: sentence))
        let d = x.events.filter { $0.type == "defection" }
        #expect(d.count == 1)
        #expect(d.first?.participants.contains { $0.part == .to } == false)
        #expect(d.first.map { e in e.participants.filter { $0.part == .agent }.map { x.actors[$0.actor].name } } == ["Yelena Kral"])
    }
}
