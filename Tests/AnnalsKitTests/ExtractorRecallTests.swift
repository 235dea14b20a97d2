import Testing
@testable import AnnalsKit

/// Recall on unseen phrasing: each pattern is tried on several sentences written for these
/// tests (never copied from a corpus), with a sentence that must not fire where it matters.
@Suite("Extractor: recall patterns")
struct ExtractorRecallTests {
    let extractor = Extractor()

    /// (type, agent name, status, date text, precision) of each event of the given types.
    func events(_ text: String, published: String = "2014-05-23", types: Set<String> = ["defection", "veto", "resolution_adopted", "resolution_failed", "resolution_proposed"]) -> [(type: String, agent: String, status: String, date: String?, precision: String)] {
        let x = extractor.extract(Article(published: CalendarDay(iso: published), publishedBasis: "metadata", text: text))
        return x.events.filter { types.contains($0.type) }.flatMap { e in
            let agents = e.participants.filter { $0.part == .agent }.map { x.actors[$0.actor].name }
            return (agents.isEmpty ? [""] : agents).map { (e.type, $0, e.status.rawValue, e.date.text, e.date.precision.rawValue) }
        }
    }

    // MARK: - Defection phrasings

    @Test(arguments: [
        ("Colonel Hassan Nuri, a senior officer in the air defense command, switched allegiance to the rebels on Sunday.", "Hassan Nuri", "2014-05-18"),
        ("The deputy defense minister, Salim Badr, sought asylum in Turkey on Tuesday.", "Salim Badr", "2014-05-20"),
        ("Lt. Omar Fadel escaped to Jordan with his wife and three children on Monday.", "Omar Fadel", "2014-05-19"),
        ("General Yusuf Kamal went over to the opposition on Wednesday.", "Yusuf Kamal", "2014-05-21"),
        ("The ambassador to Sweden, Nadim Sayegh, quit his post on Friday, saying he could no longer serve the regime.", "Nadim Sayegh", "2014-05-23"),
        ("Major Rami Aziz joined the Free Syrian Army on Thursday.", "Rami Aziz", "2014-05-22"),
        ("Lawmaker Ahmed Ali split with the ruling party on Monday.", "Ahmed Ali", "2014-05-19"),
        ("Captain Samir Daher asked for political asylum in France on Tuesday.", "Samir Daher", "2014-05-20"),
        ("The wrestler Karim Tabet, who refused to go back to Iran on Monday, now competes for Serbia.", "Karim Tabet", "2014-05-19"),
        ("A trade official posted to Vienna, Li Wen, disappeared with his family on Sunday.", "Li Wen", "2014-05-18"),
        ("Ambassador Soe Lwin broke with the military authorities on Wednesday.", "Soe Lwin", "2014-05-21"),
        ("Governor Obinna Eze decamped from the PDP to the ruling party on Monday.", "Obinna Eze", "2014-05-19"),
        ("Captain Sok Heng went over to the Khmer Rouge on Monday.", "Sok Heng", "2014-05-19"),
        ("General Ali Nasser joined the Rapid Support Forces on Monday.", "Ali Nasser", "2014-05-19"),
    ])
    func defectionVerbs(_ sentence: String, _ who: String, _ day: String) {
        let e = events(sentence, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent == who)
        #expect(e.first?.date == day)
    }

    @Test(arguments: [
        "Thousands of Syrians fled to Turkey last week to escape the fighting.",
        "Foreign Minister Sergei Lavrov flew to Damascus on Tuesday for talks.",
        "Defections by diplomats are rare.",
        "The opposition urged officers to seek asylum abroad.",
    ])
    func notDefections(_ sentence: String) {
        #expect(events(sentence, types: ["defection"]).isEmpty)
    }

    @Test func pilotFlyingAJetIsADefectionDatedPastAnAppositive() {
        let e = events("A Syrian air force colonel flew one of the regime's fighter jets, a MiG-21 interceptor, to Jordan on Thursday.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-22")
    }

    @Test(arguments: [
        ("Major Amin Zaki recognized the rebel council last week, becoming the highest-ranking officer to defect so far.", "Amin Zaki", "2014-05-12"),
        ("Karim Haddad was the most senior officer to break with the junta.", "Karim Haddad", "2014-05-23"),
        ("Colonel Fares Jundi became the first commander to switch sides on Monday.", "Fares Jundi", "2014-05-19"),
    ])
    func superlativeNounPhraseNamesTheDefector(_ sentence: String, _ who: String, _ day: String) {
        let e = events(sentence, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent == who)
        #expect(e.first?.date == day)
    }

    @Test func groupDefectionSummedUpAfterAComma() {
        let e = events("Three weeks ago, nine soldiers and their commander from a border unit crossed into Lebanon, a group defection that shocked the army.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent.contains("soldiers") == true)
        #expect(e.first?.precision == "day" || e.first?.precision == "week")
    }

    @Test func tenSoldiersAreOneGroupDefection() {
        #expect(events("Ten soldiers deserted and crossed into Lebanon on Monday.", types: ["defection"]).count == 1)
    }

    @Test(arguments: [
        "Brig. Gen. Salem Idris defected to the rebels, he said in a video broadcast on Wednesday.",
        "Colonel Tarek Mansour has joined the opposition, he told reporters on Wednesday.",
    ])
    func defectorsOwnAnnouncementDatesTheDefection(_ sentence: String) {
        let e = events(sentence, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-21")
    }

    @Test func reportedDefectionByAnotherSpeakerIsNotDatedByTheReport() {
        let e = events("Brig. Gen. Salem Idris has defected to the rebels, a Western diplomat said on Wednesday.", types: ["defection"])
        #expect(e.first?.date != "2014-05-21" || e.first?.precision != "day")
    }

    @Test func resignationInProtestDatedByItsAnnouncement() {
        let text = "A veteran Syrian diplomat in Geneva has resigned in protest against the crackdown. Omar Nasser, a counselor at the mission, sent a letter announcing his departure on Monday."
        let e = events(text, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-19")
    }

    @Test func hedgeOnTheReasonIsNotOnTheDefection() {
        let e = events("Anwar Salim, the president's special envoy, quit his post two months ago, reportedly over his opposition to the war.", types: ["defection"])
        #expect(e.first?.status == "asserted")
        #expect(e.first?.date == "2014-03")
    }

    // MARK: - Several acts in one clause

    @Test func vetoesCoordinatedDatesAreOneEventPerDate() {
        let e = events("Russia and China vetoed drafts on Syria in October 2011 and in February and July 2012.", types: ["veto"])
        #expect(e.count == 6)
        #expect(Set(e.compactMap(\.date)) == ["2011-10", "2012-02", "2012-07"])
    }

    @Test func datesInTheObjectOfARelativeClause() {
        let e = events("The latest veto followed two earlier drafts on the war this year, in February and April, that Moscow also vetoed.", types: ["veto"])
        #expect(Set(e.compactMap(\.date)) == ["2014-02", "2014-04"])
        #expect(e.allSatisfy { $0.agent == "Russia" })
    }

    @Test func earlierVetoesInheritTheirAgents() {
        let text = "Russia and China vetoed the draft on Thursday. The two powers have now wielded their vetoes together four times, after earlier double vetoes in October 2011 and in February 2012."
        let e = events(text, types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["Russia", "China"])
        #expect(Set(e.compactMap(\.date)) == ["2014-05-22", "2011-10", "2012-02"])
    }

    @Test func appositiveDateIsOneDay() {
        let e = events("The Security Council adopted the resolution on Friday, May 16, 2014, after weeks of talks.", types: ["resolution_adopted"])
        #expect(e.count == 1)
    }

    @Test func rangeOfMonthsIsNotSeveralEvents() {
        let e = events("Russia blocked drafts between March and June 2013 in the Security Council.", types: ["veto"])
        #expect(e.count <= 1)
    }

    @Test func firstTimeSinceDatesThePreviousAct() {
        let text = "Russia and China vetoed a draft on Friday. It was the first time since March 2009 that Russia and China had cast vetoes together."
        let e = events(text, types: ["veto"])
        #expect(Set(e.compactMap(\.date)) == ["2014-05-23", "2009-03"])
        #expect(e.count == 4)
    }

    @Test(arguments: [
        "Russia and China cast their third double veto on the war on Thursday.",
        "Russia and China had cast vetoes on Thursday.",
    ])
    func vetoNounAfterLightVerb(_ sentence: String) {
        let e = events(sentence, types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["Russia", "China"])
        #expect(e.allSatisfy { $0.date == "2014-05-22" })
    }

    // MARK: - Resolutions

    @Test(arguments: [
        "The resolution passed 13-0 in the Security Council on Monday.",
        "The Security Council unanimously endorsed a resolution on Monday.",
    ])
    func adoptionPhrasings(_ sentence: String) {
        let e = events(sentence, types: ["resolution_adopted"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-19")
    }

    @Test(arguments: [
        "The draft was blocked in the Security Council on Wednesday.",
        "The measure was voted down in the Security Council on Wednesday.",
        "A Russian draft fell far short of the nine votes it needed in the Security Council on Wednesday.",
    ])
    func failurePhrasings(_ sentence: String) {
        let e = events(sentence, types: ["resolution_failed"])
        #expect(e.count == 1)
        #expect(e.first?.agent == "U.N. Security Council")
        #expect(e.first?.date == "2014-05-21")
    }

    @Test func activeBlockIsAVetoNotAnAgentlessFailure() {
        let e = events("Russia blocked the draft in the Security Council on Wednesday.", types: ["veto", "resolution_failed"])
        #expect(e.filter { $0.type == "veto" }.map(\.agent) == ["Russia"])
        #expect(e.filter { $0.type == "resolution_failed" }.map(\.agent) == ["U.N. Security Council"])
    }

    @Test(arguments: [
        ("France presented a draft resolution on Monday.", "France"),
        ("Britain drew up a draft on Monday.", "United Kingdom"),
        ("The United States vetoed an Egyptian draft on Monday.", "Egypt"),
        ("Japan joined them as a co-sponsor of the resolution on Monday.", "Japan"),
        ("Chile laid before the Council a draft resolution calling for a truce.", "Chile"),
        ("The draft condemned the wall. Peru's ambassador, Luis Varo, had introduced it on Thursday.", "Peru"),
        ("The United States vetoed Algeria's draft on Thursday.", "Algeria"),
    ])
    func proposalPhrasings(_ sentence: String, _ who: String) {
        let e = events(sentence, types: ["resolution_proposed"])
        #expect(e.map(\.agent) == [who])
    }

    @Test func countryNameBeforeDraftIsWhatItIsAbout() {
        #expect(events("Russia vetoed a Syria draft on Monday.", types: ["resolution_proposed"]).isEmpty)
    }

    @Test func twoDraftsOfOneSponsorVetoedAtDifferentTimes() {
        let text = "Three weeks ago, the United States vetoed an Egyptian draft on the crisis. In February, Washington vetoed an Egyptian draft demanding a ceasefire."
        #expect(events(text, types: ["resolution_proposed"]).count == 2)
    }

    @Test func rivalDraftThatAlsoFailedIsASecondFailure() {
        let text = "Russia on Thursday vetoed a U.S. draft in the Security Council. Minutes later a rival draft circulated by Moscow also failed."
        let e = events(text, types: ["resolution_failed"])
        #expect(e.count == 2)
        #expect(e.allSatisfy { $0.date == "2014-05-22" })
    }

    @Test func appositiveAfterSponsorListIsNotASponsor() {
        let e = events("The draft was co-sponsored by Chile, Peru and Ecuador, the three countries that proposed the inquiry.", types: ["resolution_proposed"])
        #expect(Set(e.map(\.agent)) == ["Chile", "Peru", "Ecuador"])
    }

    @Test func numberedResolutionBelongsToTheSecurityCouncil() {
        let text = "The General Assembly met on Friday. Russia itself drafted resolution 2166, adopted in 2013 to back the peace plan."
        let e = events(text, types: ["resolution_adopted"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
    }
}

/// Second round: votes, failures told without "veto", people who seek asylum, dates from the
/// defector's own announcement, passive denial verbs.
@Suite("Extractor: recall patterns (votes, asylum, announcements)")
struct ExtractorRecallMoreTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        "The Security Council voted 13-0 on Monday, with Russia and China abstaining, to impose new sanctions.",
        "The Security Council voted unanimously on Monday to extend the mission.",
    ])
    func voteWithPurposeInfinitiveIsAnAdoption(_ sentence: String) {
        let e = base.events(sentence, types: ["resolution_adopted"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-19")
    }

    @Test func voteOnADraftIsNotAnAdoption() {
        #expect(base.events("The Security Council voted on the draft on Monday.", types: ["resolution_adopted"]).isEmpty)
    }

    @Test func notAdoptedOwingToNegativeVotesIsAFailureAndTwoVetoes() {
        let e = base.events("The draft resolution was not adopted in the Security Council on Tuesday, owing to the negative votes cast by China and the Russian Federation.", types: ["veto", "resolution_failed", "resolution_adopted"])
        #expect(e.filter { $0.type == "resolution_failed" }.count == 1)
        #expect(Set(e.filter { $0.type == "veto" }.map(\.agent)) == ["China", "Russia"])
        #expect(e.allSatisfy { $0.date == "2014-05-20" && $0.type != "resolution_adopted" })
    }

    @Test(arguments: [
        "The Russian text received only four votes in the Security Council on Thursday, well short of the nine needed.",
        "A rival draft won only three votes in the Security Council on Thursday.",
    ])
    func draftWinningOnlyAFewVotesFailed(_ sentence: String) {
        let e = base.events(sentence, types: ["resolution_failed"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
        #expect(e.first?.date == "2014-05-22")
    }

    @Test func joinedAnotherInVetoing() {
        let e = base.events("China joined Russia in vetoing the draft in the Security Council on Monday.", types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["China", "Russia"])
    }

    @Test(arguments: [
        ("Belarusian sprinter Krystsina Dubova sought refuge in the Polish embassy on Monday.", "Krystsina Dubova"),
        ("Hwang Jin-sok, the architect of the party's ideology, sought asylum at the South Korean embassy on Monday.", "Hwang Jin-sok"),
    ])
    func anyoneSeekingAsylumAbroadDefects(_ sentence: String, _ who: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.map(\.agent) == [who])
        #expect(e.first?.date == "2014-05-19")
    }

    @Test func crowdsSeekingAsylumAreNotDefectors() {
        #expect(base.events("Thousands of Syrians sought asylum in Germany on Monday.", types: ["defection"]).isEmpty)
    }

    @Test func diplomatGoingIntoHiding() {
        let e = base.events("North Korea's acting ambassador to Italy, Jo Song Min, went into hiding in November with his wife.", types: ["defection"])
        #expect(e.map(\.agent) == ["Jo Song Min"])
        #expect(e.first?.date == "2013-11")
    }

    @Test(arguments: [
        "A senior Libyan diplomat in London, Ahmed Jibran, announced on Monday that he had resigned and joined the revolution.",
        "Syria's ambassador to Iraq, Nawar Faris, said on Monday that he had defected.",
    ])
    func defectorsAnnouncementBeforeTheClauseDatesIt(_ sentence: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-19")
    }

    /// Another speaker's report does not date the act to its day; it only bounds it ("on or
    /// before Monday").
    @Test func anotherSpeakersAnnouncementDoesNotDateIt() {
        let e = base.events("The spokesman said on Monday that Colonel Ali Hamdan had defected.", types: ["defection"])
        #expect(e.first.map { "\($0.date ?? "-") \($0.precision)" } == "2014-05-19 before")
    }

    @Test func gerundAfterPrepositionTakesTheGoverningSubject() {
        let e = base.events("Two Syrian generals arrived in Turkey on Thursday after defecting.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent.contains("generals") == true)
        let other = base.events("The official said the soldier confessed to shooting his commander before crossing the border.", types: ["defection"])
        #expect(!other.contains { $0.agent.contains("official") })
    }

    @Test func passiveDenialVerbDeniesNothing() {
        let e = base.events("General Ahmed Berri was dismissed on Monday, two days after his defection.", types: ["defection"])
        #expect(e.first?.status == "asserted")
    }

    @Test func twelvePoliceOfficersAreAGroupNotAName() {
        let e = base.events("Twelve police officers fled across the border into India on Sunday.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent.lowercased().contains("police officers") == true)
    }
}

/// Third round: object heads, clause coordination, names that are not dates.
@Suite("Extractor: recall patterns (objects, coordination, names)")
struct ExtractorRecallObjectTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        "The president met the prime minister, who left the cabinet meeting early on Monday.",
        "The general left the army base on Monday for an inspection tour.",
    ])
    func nounModifyingAnotherNounIsNotTheObject(_ sentence: String) {
        #expect(base.events(sentence, types: ["defection"]).isEmpty)
    }

    @Test(arguments: [
        "Colonel Ziad Haddad left the army on Monday.",
        "Colonel Ziad Haddad quit the ruling party last week.",
        "Colonel Ziad Haddad left the army to join the rebels on Monday.",
    ])
    func objectHeadsStillCount(_ sentence: String) {
        #expect(base.events(sentence, types: ["defection"]).map(\.agent) == ["Ziad Haddad"])
    }

    @Test func listThenClauseWithAnd() {
        let e = base.events("The text was drafted by France, Britain and Lebanon, and the United States joined them as a co-sponsor.", types: ["resolution_proposed"])
        #expect(Set(e.map(\.agent)) == ["France", "United Kingdom", "Lebanon", "United States"])
    }

    @Test func serialCommaListStillCoordinates() {
        let e = base.events("Russia, China, and France vetoed the draft on Monday in the Security Council.", types: ["veto"])
        #expect(e.count >= 2)
    }

    @Test(arguments: [
        ("Interior Minister Abdel Younes said on Tuesday that he was joining the February 17 revolution.", "2014-05-20"),
        ("General Omar Idris joined the 25 January revolution on Monday.", "2014-05-19"),
    ])
    func dateInsideANameDoesNotDateTheEvent(_ sentence: String, _ day: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == day)
    }

    @Test func relativeClauseWithWhomIsSkipped() {
        let e = base.events("Ali Treiki, a former minister whom the regime had named to replace Salem Omar in Geneva, turned his back on the government on Monday.", types: ["defection"])
        #expect(e.map(\.agent) == ["Ali Treiki"])
    }
}

@Suite("Extractor: recall patterns (people who are not officials)")
struct ExtractorRecallPeopleTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        "Four months ago, 12 waitresses and their manager from a state-run restaurant in China arrived in the South together, a group defection that the regime called a kidnapping.",
        "Last month, nine workers from a state-run factory abroad reached Seoul, a group defection that embarrassed the North.",
    ])
    func groupOfCiviliansSummedUpAsADefection(_ sentence: String) {
        let e = base.events(sentence, published: "2016-08-17", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.precision == "month" || e.first?.precision == "day")
    }

    @Test func majorAsAdjectiveIsNoActor() {
        let e = base.events("France presented a major draft resolution on Monday.", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["France"])
    }
}

@Suite("Extractor: recall patterns (the previous veto, trigger choice)")
struct ExtractorRecallPreviousTests {
    let base = ExtractorRecallTests()

    @Test(arguments: ["killed", "blocked"])
    func theLastOneIsThePreviousVeto(_ verb: String) {
        let text = "The United States vetoed the draft in the Security Council on Monday. It was the first veto cast by Washington in six years. The last one, in February 2011, \(verb) a resolution on settlements."
        let e = base.events(text, types: ["veto"])
        #expect(e.map(\.agent) == ["United States", "United States"])
        #expect(Set(e.compactMap(\.date)) == ["2014-05-19", "2011-02"])
    }

    @Test func killingPeopleIsNoVeto() {
        #expect(base.events("Russia killed two soldiers on Monday.", types: ["veto"]).isEmpty)
    }

    @Test func quittingTheArmyIsADefectionNotAResignation() {
        let e = base.events("Colonel Samer Aziz quit the army on Monday.", types: ["defection", "resignation"])
        #expect(e.map(\.type) == ["defection"])
    }
}

@Suite("Extractor: veto agents are member states")
struct ExtractorVetoAgentTests {
    let base = ExtractorRecallTests()

    @Test func bodyWhoseVetoIsUsedIsNotTheVetoer() {
        let e = base.events("Russia on Wednesday used its Security Council veto to kill a proposal for a tribunal.", types: ["veto"])
        #expect(e.map(\.agent) == ["Russia"])
    }

    @Test func blocsDoNotVeto() {
        let e = base.events("The European Union blocked the draft on Monday.", types: ["veto"])
        #expect(e.isEmpty)
    }
}

@Suite("Extractor: superlative phrase set before a name")
struct ExtractorSuperlativeNameTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        ("The highest-ranking official ever to seek refuge in the South, Kim Dok-hong, walked into the South Korean embassy in Beijing in 1997.", "Kim Dok-hong", "1997"),
        ("The first cabinet minister to defect, Abdo Hassan, announced his decision in a video in March.", "Abdo Hassan", "2014-03"),
    ])
    func nameAfterSuperlativePhraseIsTheDefector(_ sentence: String, _ who: String, _ when: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.map(\.agent) == [who])
        #expect(e.first?.date == when)
    }

    @Test func superlativeWithoutNameMakesNoEvent() {
        #expect(base.events("The first minister to defect would face prison, officials warned.", types: ["defection"]).filter { $0.status == "asserted" }.isEmpty)
    }
}

@Suite("Extractor: arrivals date undated defections")
struct ExtractorArrivalTests {
    let base = ExtractorRecallTests()

    @Test func arrivalDatesAnUndatedDefection() {
        let text = "Foreign Minister Karim Salem has broken with the regime and is now in Britain. Salem landed at a military airport near London on Wednesday after a flight from Tunis."
        let e = base.events(text, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-21")
    }

    @Test func arrivalsAreNotEvents() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2014-05-23"), publishedBasis: "metadata", text: "The envoy Lakhdar Brahimi arrived in Damascus on Monday."))
        #expect(!x.events.contains { $0.type == "arrival" })
    }

    @Test func datedDefectionKeepsItsOwnDate() {
        let text = "Colonel Omar Saleh defected on Monday. Saleh arrived in Amman on Wednesday."
        #expect(base.events(text, types: ["defection"]).first?.date == "2014-05-19")
    }
}

@Suite("Extractor: relative clause antecedents")
struct ExtractorAntecedentTests {
    let base = ExtractorRecallTests()

    @Test func capitalisedAdjectiveIsNotTheAntecedent() {
        let e = base.events("Foreign ministry spokesman Omar Fayad, the polished English-speaking voice who defended the government for a year, has quit his post.", types: ["defection"])
        #expect(e.map(\.agent) == ["Omar Fayad"])
    }
}

@Suite("Extractor: one defection per named person, generic descriptions")
struct ExtractorDefectorIdentityTests {
    let base = ExtractorRecallTests()

    @Test func severalActsOfOnePersonAreOneDefectionDatedByTheEarliest() {
        let text = "Colonel Riad Mansour, the deputy commander of the air base, said on Sunday he had left his post. The colonel fled to Jordan on Friday."
        let e = base.events(text, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-18")
    }

    @Test func twoPeopleStayTwoDefections() {
        let text = "Colonel Riad Mansour defected on Sunday. Colonel Omar Bakri defected on Friday."
        #expect(Set(base.events(text, types: ["defection"]).map(\.agent)) == ["Riad Mansour", "Omar Bakri"])
    }

    @Test(arguments: [
        "Brig. Gen. Faris Haddad commanded an artillery brigade near Aleppo for a decade. On Monday, the 50-year-old officer crossed into Turkey with his family.",
        "Ambassador Nadim Khoury served in Baghdad for six years. On Monday, the veteran diplomat fled to Jordan.",
    ])
    func genericDefiniteDescriptionIsTheNamedPerson(_ text: String) {
        let e = base.events(text, types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.agent == "Faris Haddad" || e.first?.agent == "Nadim Khoury")
    }

    @Test func genericDescriptionWithTwoCandidatesStaysUnnamed() {
        let text = "Brig. Gen. Faris Haddad and Col. Omar Bakri met in Aleppo. On Monday, the officer crossed into Turkey."
        let e = base.events(text, types: ["defection"])
        #expect(!e.contains { $0.agent == "Faris Haddad" || $0.agent == "Omar Bakri" })
    }
}

@Suite("Extractor: precision guards for the new phrasings")
struct ExtractorRecallPrecisionTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        "The president joined opposition leaders for talks on Monday.",
        "The general joined rebel commanders at a meeting on Monday.",
        "The envoy arrived in Damascus on Monday, a visit that angered the opposition.",
        "The soldier who escaped from prison on Monday was recaptured.",
        "Human rights groups urged the ambassador to seek asylum.",
    ])
    func noAssertedDefection(_ sentence: String) {
        #expect(base.events(sentence, types: ["defection"]).filter { $0.status == "asserted" }.isEmpty)
    }

    @Test func votingToPostponeIsNoAdoption() {
        #expect(base.events("The Security Council voted to postpone the decision on Monday.", types: ["resolution_adopted"]).isEmpty)
    }
}

@Suite("Extractor: defection nouns")
struct ExtractorDefectionNounTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        ("Colonel Amin Rashid's escape to Jordan in March embarrassed the regime.", "Amin Rashid", "2014-03"),
        ("Lieutenant Viktor Orlov's request for asylum in Japan on Monday surprised officials.", "Viktor Orlov", "2014-05-19"),
    ])
    func possessedDefectionNouns(_ sentence: String, _ who: String, _ when: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.map(\.agent) == [who])
        #expect(e.first?.date == when)
    }

    @Test(arguments: [
        "The minister's flight to Moscow was delayed on Monday.",
        "His escape from prison in March embarrassed the police.",
    ])
    func ordinaryFlightsAndEscapes(_ sentence: String) {
        #expect(base.events(sentence, types: ["defection"]).isEmpty)
    }
}

@Suite("Extractor: asylum granted, refusing to return")
struct ExtractorAsylumGrantedTests {
    let base = ExtractorRecallTests()

    @Test(arguments: [
        ("Lieutenant Viktor Orlov was granted political asylum in the United States on Monday.", "Viktor Orlov", "2014-05-19"),
        ("Anna Petrova, a Belarusian sprinter, received asylum in Poland on Monday.", "Anna Petrova", "2014-05-19"),
        ("Ambassador Karim Nour refused to return to Syria on Monday.", "Karim Nour", "2014-05-19"),
        ("The chess referee Sara Bayan declined to return home on Monday.", "Sara Bayan", "2014-05-19"),
    ])
    func asylumAndRefusals(_ sentence: String, _ who: String, _ when: String) {
        let e = base.events(sentence, types: ["defection"])
        #expect(e.map(\.agent) == [who])
        #expect(e.first?.date == when)
    }

    @Test(arguments: [
        "The banker refused to return the money on Monday.",
        "Thousands of Syrians were granted asylum in Germany last year.",
    ])
    func notDefections(_ sentence: String) {
        #expect(base.events(sentence, types: ["defection"]).isEmpty)
    }
}
