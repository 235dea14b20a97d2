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

    // MARK: - Who: names written family-first, sets, a few officials

    /// "Ri Song Chol ... Ri walked away": a Korean or Chinese family name used alone is the
    /// person, and "Ri Song-chol" is the same name hyphenated.
    @Test func familyNameWrittenFirstStandsForThePerson() {
        let text = "Ri Song-chol, a counselor at the embassy in Rome, has defected, officials said. According to officials, Ri walked away from his post in March."
        let d = base.events(text, types: ["defection"])
        #expect(Set(d.map(\.agent)).count == 1)
        #expect(d.first?.date == "2014-03")
    }

    /// A given name used alone is not taken for a family name.
    @Test func givenNameAloneIsNotAFamilyName() {
        let text = "Hassan Nuri, a colonel, defected on Sunday. Hassan Daher, a colonel, stayed."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.agent) == ["Hassan Nuri"])
    }

    /// "making him one of the highest-ranking diplomats ever to abandon the regime": the set
    /// is generic; the one it is said of acted.
    @Test(arguments: [
        "The deputy ambassador in Rome, Karim Halabi, has defected, the ministry said on Friday, making him one of the highest-ranking diplomats ever to abandon the regime.",
        "Karim Halabi, the deputy ambassador in Rome, defected on Friday. He is one of the highest-ranking diplomats ever to defect.",
    ])
    func oneOfASetIsTheOneItIsSaidOf(_ text: String) {
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.agent) == ["Karim Halabi"])
    }

    /// A few unnamed officers may seek asylum together; a crowd of civilians does not defect.
    @Test func aFewOfficersRequestingAsylumDefect() {
        let d = base.events("Two air force majors landed their helicopter in Cyprus on Monday and requested political asylum.", types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.date == "2014-05-19")
        #expect(base.events("Thousands of villagers requested asylum in Turkey on Monday.", types: ["defection"]).isEmpty)
    }

    @Test(arguments: [
        ("Colonel Amer Bakri walked away from his post on Tuesday.", "Amer Bakri"),
        ("In Geneva, the mission's counselor Adel Sharif turned on the leader he had served for years on Tuesday.", "Adel Sharif"),
    ])
    func leavingPhrasings(_ sentence: String, _ who: String) {
        let d = base.events(sentence, types: ["defection"])
        #expect(d.map(\.agent) == [who])
        #expect(d.first?.date == "2014-05-20")
    }

    /// "The two envoys join a list of officials who have renounced him": people already told
    /// of, not a new group; alone in a story, the group's own defection.
    @Test func countedDefiniteGroupRefersBack() {
        let text = "Omar Kassem, the ambassador to Chad, broke with the regime on Monday. Adel Sharif, the envoy to Niger, quit on Tuesday to protest the killings. The two envoys join a list of officials who have renounced the leader."
        let d = base.events(text, types: ["defection"])
        #expect(Set(d.map(\.agent)) == ["Omar Kassem", "Adel Sharif"])
        let alone = base.events("The two envoys renounced the leader on Monday.", types: ["defection"])
        #expect(alone.count == 1)
    }

    // MARK: - Clauses: opening adverbials, shared subjects, dates that open a clause

    /// "At the United Nations, the United States has put forward a draft": the object of an
    /// opening adverbial is not listed with the subject.
    @Test(arguments: [
        "At the United Nations, the United States has put forward a draft resolution on the election.",
        "In the Security Council chamber, Britain and France circulated a draft resolution on Monday.",
    ])
    func openingAdverbialIsNotTheSponsor(_ sentence: String) {
        let e = base.events(sentence, types: ["resolution_proposed"])
        #expect(!e.isEmpty)
        #expect(!e.contains { $0.agent.contains("Nations") || $0.agent.contains("Council") })
    }

    /// Verb phrases sharing a subject share its time; an appositive's date is not theirs.
    @Test func coordinatedVerbPhrasesShareTheTime() {
        let e = base.events("Four members of the border police drove through the gate on Saturday, jumped out on the Turkish side and asked for protection.", types: ["defection"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-17")
        let d = base.events("Salim Badr, the minister the president appointed two months ago, has defected and joined the rebels.", types: ["defection"])
        #expect(d.first?.date != "2014-03")
    }

    /// "X did A last month, and earlier this month Y did B": the second date opens Y's clause.
    @Test func dateOpeningAClauseIsNotListedWithThePreviousOne() {
        let e = base.events("Colonel Amer Bakri recognized the opposition leader as president last month, and earlier this month General Rami Aziz disowned the president in a video.", types: ["defection"])
        #expect(e.first { $0.agent == "Amer Bakri" }?.date == "2014-04")
        #expect(e.first { $0.agent == "Rami Aziz" }?.date == "2014-05")
        #expect(e.count == 2)
    }

    // MARK: - Vetoes: simultaneity, states, alternatives, counts

    /// ", as Russia and China vetoed a text": the clause happens at the main clause's time.
    @Test func asClauseTakesTheMainClauseTime() {
        let e = base.events("Two rival drafts failed in the Security Council on Tuesday, as Britain and France vetoed a text on the canal.", types: ["veto"])
        #expect(e.count == 2)
        #expect(e.allSatisfy { $0.date == "2014-05-20" })
    }

    /// "Until Friday, it had been Washington wielding its veto": a state up to a time.
    @Test func stateUntilATimeIsNotAnAct() {
        #expect(base.events("Until Friday, it had been Britain wielding its veto on the issue.", types: ["veto"]).isEmpty)
    }

    /// "chose to abstain rather than block it": the alternative not taken did not happen, and
    /// it does not lend its agents to a veto told elsewhere.
    @Test func alternativeNotTakenIsNegated() {
        let text = "Britain vetoed a draft on the canal on Feb. 20. On Monday the council passed a resolution after France, Britain's closest ally, chose to abstain rather than block it."
        let e = base.events(text, types: ["veto"])
        #expect(e.filter { $0.status == "asserted" }.map(\.agent) == ["United Kingdom"])
        #expect(!e.contains { $0.agent == "France" && $0.status == "asserted" })
    }

    /// "The United States, Israel's closest ally, vetoed": the possessor in the appositive is
    /// not a second agent.
    @Test func possessorInAppositiveIsNotAnAgent() {
        let e = base.events("France, Britain's closest ally, vetoed the draft on Monday.", types: ["veto"])
        #expect(e.map(\.agent) == ["France"])
    }

    /// "blocked three earlier drafts ..., most recently on Feb. 20, when it vetoed a text":
    /// two undated vetoes and one dated, not three undated and one dated; "drafts" after
    /// "earlier" is a noun, not a verb with Washington as the drafter.
    @Test func mostRecentlyDatesTheLastOfACount() {
        let e = base.events("Britain blocked three earlier drafts that called for a halt to the fighting, most recently on Feb. 20, when it vetoed a text drafted by France.", types: ["veto", "resolution_proposed"])
        let vetoes = e.filter { $0.type == "veto" }
        #expect(vetoes.count == 3)
        #expect(vetoes.filter { $0.date == "2014-02-20" }.count == 1)
        #expect(e.filter { $0.type == "resolution_proposed" }.map(\.agent) == ["France"])
    }

    // MARK: - Descriptions, datelines, estimates

    /// "the veteran diplomat" is the one person just named, not a diplomat named later.
    @Test func epithetIsThePersonJustNamed() {
        let text = "The office of Vice President Omar Halabi denied on Saturday that he had defected, after television channels reported that the veteran diplomat had tried to slip across the border into Jordan. The United Nations on Friday named veteran diplomat Karim Mansur as its new envoy."
        let d = base.events(text, types: ["defection"])
        #expect(!d.contains { $0.agent.contains("Mansur") })
        #expect(d.allSatisfy { $0.agent == "Omar Halabi" && $0.status == "denied" })
    }

    /// "X, a commander in the Guard whose father ..., fled": X fled, not the Guard; an opening
    /// time without a comma governs the main clause.
    @Test func relativeClauseInsideAppositive() {
        let d = base.events("Last month Brig. Gen. Fadi Haddad, a commander in the elite Republican Guard whose father served for decades as defense minister, fled the country.", types: ["defection"])
        #expect(d.map(\.agent) == ["Fadi Haddad"])
        #expect(d.first?.date == "2014-04")
    }

    /// "CUCUTA, Colombia — Three members of ...": a dateline is not an appositive, and the
    /// description keeps the possessed body ("of Venezuela's National Guard").
    @Test func datelineBeforeTheSubject() {
        let d = base.events("IPSALA, Turkey — Three members of Greece's National Guard drove through the barrier on Saturday, jumped out and asked for protection.", types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.agent.contains("National Guard") == true)
        #expect(d.first?.date == "2014-05-17")
    }

    /// "less than two weeks ago" is an estimate: a week, so an exact date told elsewhere wins.
    @Test func estimatedOffsetIsAWeek() {
        let text = "The defection of Prime Minister Salim Badr less than two weeks ago shook the capital. His spokesman announced on May 12 that Badr had deserted the government."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.date) == ["2014-05-12"])
    }

    // MARK: - Who may defect: a few civilians seeking asylum, former soldiers, titles after "as"

    /// "Two Russian men who said they fled ... have asked for asylum": a counted few, dated by
    /// their landing told past a place set off by commas.
    @Test func aFewCiviliansSeekingAsylumAreDatedByTheirArrival() {
        let text = "Two Belarusian men who said they fled their country to avoid the draft have asked for asylum in Lithuania. The men landed on a beach near the village of Nida, on the Curonian Spit, on May 14, and told residents they had sailed from Kaliningrad."
        let d = base.events(text, types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.date == "2014-05-14")
    }

    @Test func formerSoldierLeavingHisCountry() {
        let d = base.events("Oleg Markin, a former paratrooper who fought in the east, left Russia in April after publishing an account of the war.", types: ["defection"])
        #expect(d.map(\.agent) == ["Oleg Markin"])
        #expect(d.first?.date == "2014-04")
    }

    @Test func titleAfterAsMakesAnOfficial() {
        let text = "Anatoly Grekov was the most senior figure to break ranks. He stepped down as the president's climate envoy in March and left the country."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.agent).allSatisfy { $0 == "Anatoly Grekov" })
        #expect(d.contains { $0.date == "2014-03" })
    }

    /// "X, who was acting ambassador in Kuwait, slipped away"; "came that July after
    /// disappearing from the embassy the previous November": months placed from the last date.
    @Test func slippingAwayAndDisappearingFromAPost() {
        let text = "Kim Song Il, who was acting ambassador in Kuwait, slipped away with his family in September 2012, and Jo Man Su, the former acting ambassador in Rome, came to the South that July after disappearing from the embassy in Italy the previous November."
        let d = base.events(text, types: ["defection"])
        #expect(d.first { $0.agent == "Kim Song Il" }?.date == "2012-09")
        #expect(d.first { $0.agent == "Jo Man Su" }?.date == "2011-11")
    }

    /// "thousands of conscripts have slipped away from their units": a trend, not an act.
    @Test func undatedTallyOfACrowdIsNotAnEvent() {
        #expect(base.events("Opposition groups say thousands of conscripts have slipped away from their units.", types: ["defection"]).isEmpty)
    }

    /// "X has defected ... The 21-year-old announced her decision on Saturday": the defector's
    /// announcement in the next sentence dates the defection.
    @Test func announcementInTheNextSentenceDatesTheDefection() {
        let text = "Leila Rahimi, the fencer who won the country's first world title, has defected. The 24-year-old announced her decision on Saturday in a post on Instagram."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.date) == ["2014-05-17"])
    }

    /// "accused officials of letting the country's talent slip away": the bare infinitive's
    /// subject is the causative's object, not the accuser.
    @Test func causativeObjectIsTheSubjectOfTheInfinitive() {
        #expect(base.events("Hamid Rezaei, a member of parliament, accused officials of letting the country's talent slip away.", types: ["defection"]).isEmpty)
    }

    /// "a member of the women's national volleyball squad": the description keeps the
    /// possessed noun phrase.
    @Test func descriptionKeepsThePossessedNounPhrase() {
        let d = base.events("The federation denied that a member of the women's national volleyball squad had sought asylum in Europe.", types: ["defection"])
        #expect(d.first?.agent.contains("volleyball") == true)
        #expect(d.first?.status == "denied")
    }

    /// "called on athletes, police officers and officials to break with him": an appeal to a list.
    @Test func appealToAListIsNotADefection() {
        let d = base.events("Opposition leader Maria Kolesnikova has repeatedly called on athletes, police officers and officials to break with the president.", types: ["defection"])
        #expect(d.isEmpty)
    }

    /// A report nobody would confirm is a claim.
    @Test(arguments: [
        "The rebels said two more pilots had slipped out of the country this week. Neither the rebels nor any government would confirm that claim.",
        "The rebels said two more pilots had slipped out of the country this week. That could not be independently verified.",
    ])
    func unconfirmedReportIsAClaim(_ text: String) {
        let d = base.events(text, types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.status == "claimed")
    }

    @Test func confirmedReportStaysAsserted() {
        let d = base.events("The rebels said two more pilots had slipped out of the country this week. The government confirmed it on Friday.", types: ["defection"])
        #expect(d.first?.status == "asserted")
    }

    /// "has refused to leave his post" is the act not taken; "had sought to soften the
    /// language" takes no draft as its object.
    @Test func refusingToLeaveAndSeekingToSoften() {
        #expect(base.events("The junta fired him the next day, but the ambassador has refused to leave his post.", types: ["defection"]).allSatisfy { $0.status == "negated" })
        #expect(base.events("A statement is weaker than a resolution, and diplomats said China and Russia had sought to soften the language.", types: ["resolution_proposed"]).isEmpty)
    }

    /// "The most prominent official to break ranks so far is Chad's ambassador to the United
    /// Nations": the copula's complement acted.
    @Test func superlativeSubjectNamesTheDefectorAfterTheCopula() {
        let d = base.events("The most prominent official to break ranks so far is Chad's ambassador to the United Nations, Omar Kassem.", types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.agent.contains("Kassem") == true || d.first?.agent.contains("ambassador") == true)
    }

    // MARK: - Council votes: renewals, rival drafts, "then", counts of times, "it"

    @Test func blockingARenewalIsAVeto() {
        let e = base.events("China on Wednesday blocked the renewal of the sanctions regime on Mali.", types: ["veto", "resolution_failed"])
        #expect(e.filter { $0.type == "veto" }.map(\.agent) == ["China"])
        #expect(e.contains { $0.type == "resolution_failed" && $0.date == "2014-05-21" })
    }

    /// "A rival Russian draft that would have ... was rejected": a second failure, not the
    /// veto's; "The council then adopted ..." takes the date of the sentence before.
    @Test func rivalDraftAndThenAdopted() {
        let text = "France vetoed a British draft on Monday. A rival French draft that would have extended the sanctions for one final year was rejected. In February 2012, China vetoed a text on Yemen. The council then adopted a shorter text."
        let e = base.events(text, types: ["resolution_failed", "resolution_adopted"])
        #expect(e.filter { $0.type == "resolution_failed" }.count == 3)
        #expect(e.first { $0.type == "resolution_adopted" }?.date == "2012-02")
    }

    /// "It is not the first time Moscow has used its veto": not a negated veto and not another one.
    @Test func notTheFirstTimeIsNoNewAct() {
        let e = base.events("China vetoed the draft on Monday. It is not the first time Beijing has used its veto to shield the junta.", types: ["veto"])
        #expect(e.count == 1)
        #expect(e.first?.status == "asserted")
    }

    /// "It was not the first time Moscow had blocked the council over Chad. In March 2012, it
    /// cast the lone veto": "it" is the previous sentence's subject, not the place at its end.
    @Test func sentenceSubjectItIsThePreviousSubject() {
        let e = base.events("It was not the first time Moscow had blocked the council over Chad. In March 2012, it cast the lone veto against a text on the referendum.", types: ["veto"])
        #expect(e.contains { $0.agent == "Russia" && $0.date == "2012-03" })
        #expect(!e.contains { $0.agent == "Chad" })
    }

    /// "vetoed the renewal of the mechanism"; "A rival text, penned by Moscow, which would
    /// have ..., was rejected"; "co-written by France and Japan".
    @Test func moreCouncilPhrasings() {
        let veto = base.events("The council has been stuck since November, when China vetoed the renewal of the inquiry.", types: ["veto"])
        #expect(veto.map(\.date) == ["2013-11"])
        let rejected = base.events("The Security Council met on Tuesday. A rival text, penned by Moscow, which would have created a mechanism but given the council the final say over its conclusions, was rejected in a second vote on Tuesday.", types: ["resolution_failed"])
        #expect(rejected.map(\.date) == ["2014-05-20"])
        let cowritten = base.events("The draft, co-written by France and Japan, received 13 votes in favor.", types: ["resolution_proposed"])
        #expect(Set(cowritten.map(\.agent)) == ["France", "Japan"])
    }

    /// "Russia has vetoed a resolution ... The draft received 13 votes on Wednesday": the lede's
    /// undated council act is dated by the meeting the next sentence dates.
    @Test func ledeVoteDatedByTheNextSentence() {
        let text = "China has vetoed a Security Council resolution on the sanctions regime. The draft, written by France, received 13 votes in favor on Wednesday."
        let e = base.events(text, published: "2014-05-23", types: ["veto"])
        #expect(e.map(\.date) == ["2014-05-21"])
    }

    /// "A Russian military helicopter pilot flew ... The pilot, identified by the agency as
    /// Captain X, ...": a body before the person noun modifies it, and a third party's
    /// identification names the pilot without making the defection a claim.
    @Test func identifiedByAThirdParty() {
        let text = "KYIV - A Belarusian military helicopter pilot flew his aircraft across the border and landed in Ukraine on May 9. The pilot, identified by the agency as Captain Ivan Petrov, 28, appeared in a video."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.agent) == ["Ivan Petrov"])
        #expect(d.first?.status == "asserted")
    }

    /// "the case of Lieutenant X, who landed a MiG-25 interceptor at Hakodate, Japan, in
    /// September 1976": landing an aircraft abroad; a country after a town does not cut the clause.
    @Test func landingAWarplaneAbroad() {
        let d = base.events("The best known remains that of Lieutenant Pavel Orlov, who landed a MiG-25 interceptor at Hakodate, Japan, in September 1976.", types: ["defection"])
        #expect(d.map(\.agent) == ["Pavel Orlov"])
        #expect(d.first?.date == "1976-09")
    }

    /// "Two members of Cuba's national baseball team slipped out of the team hotel ...
    /// Outfielder X, 24, and pitcher Y, 27, were missing": the counted group is the two named.
    @Test func countedGroupNamedInTheNextSentence() {
        let text = "Two members of Cuba's national volleyball team slipped out of the team hotel in Lima on Monday. Outfielder Ramon Diaz, 24, and setter Luis Vega, 27, were missing when coaches went to wake the players."
        let d = base.events(text, types: ["defection"])
        #expect(Set(d.map(\.agent)) == ["Ramon Diaz", "Luis Vega"])
        #expect(d.allSatisfy { $0.date == "2014-05-19" })
    }

    /// Party switching: "crossed the floor", "resigned the Tory whip"; an office that calls a
    /// report "completely untrue" denies it.
    @Test func crossingTheFloorAndADeniedWhipResignation() {
        let text = "The Conservative MP for Ashworth and Lees, Tom Baird, crossed the floor of the House of Commons to join Labour on Wednesday. An account on social media claimed that a second Conservative, Fiona Lyle, had also resigned the Tory whip. Ms Lyle's office called it \"completely untrue\"."
        let d = base.events(text, types: ["defection"])
        #expect(d.first { $0.agent == "Tom Baird" }?.date == "2014-05-21")
        #expect(d.first { $0.agent == "Fiona Lyle" }?.status == "denied")
    }

    /// Leaving a party needs no title: whoever leaves one is a politician. A name the sentence
    /// calls a party in apposition is one, and a time after the apposition dates the clause.
    @Test func leavingAPartyNamedInApposition() {
        let text = "Mr Tamura quit the Minseito, the party he had led since 1994, on Monday of last week. Kenta Mori quit the party on Friday. Mr Oda left the Diet, the parliament, on Friday."
        let d = base.events(text, published: "2014-05-22", types: ["defection"])
        #expect(d.first { $0.agent == "Tamura" }?.date == "2014-05-12")
        #expect(d.first { $0.agent == "Kenta Mori" }?.date == "2014-05-16")
        #expect(!d.contains { $0.agent == "Oda" })
    }

    /// "an amnesty for officers who break with Maduro": a generic bare plural acts for nobody.
    @Test func genericBarePluralRelativeIsNoDefector() {
        let d = base.events("Juan Ortega again called on soldiers to switch sides, repeating his offer of an amnesty for officers who break with the president.", types: ["defection"])
        #expect(!d.contains { $0.status == "asserted" })
    }

    /// "Nineteen Myanmar police officers ... crossed into India": count words past twelve.
    @Test func countWordsPastTwelve() {
        let d = base.events("Nineteen Laotian police officers who refused orders to fire on crowds crossed into Thailand on Saturday.", types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.agent.contains("officers") == true)
    }

    /// A headline's undated veto is today's, not the historical one told later; an
    /// ambassador who co-wrote a text drafted it for her state.
    @Test func todaysVetoIsNotTheHistoricalOne() {
        let text = "China vetoes UN draft on the annexation\n\nChina has vetoed the draft resolution. Albania's ambassador, who co-wrote the text, told the chamber it was a sad day. On Feb. 25, China blocked a draft that deplored the invasion."
        let e = base.events(text, published: "2014-09-30", types: ["veto", "resolution_proposed"])
        #expect(Set(e.filter { $0.type == "veto" }.compactMap(\.date)) == ["2014-09-30", "2014-02-25"])
        #expect(e.filter { $0.type == "resolution_proposed" }.map(\.agent) == ["Albania"])
    }

    /// "On 7 July 2013, a draft put forward by Germany and Belgium ... was vetoed by China. A
    /// rival text tabled by Russia failed the following day": the reduced relative names the
    /// sponsors, and "the following day" counts from the date of the sentence before.
    @Test func reducedRelativeSponsorsAndTheFollowingDay() {
        let text = "On 7 July 2013, a draft put forward by Germany and Belgium, which would have kept two crossings open, was vetoed by China in the Security Council. A rival text tabled by Russia failed the following day after winning only four votes."
        let e = base.events(text, types: ["resolution_proposed", "resolution_failed"])
        #expect(Set(e.filter { $0.type == "resolution_proposed" }.map(\.agent)) == ["Germany", "Belgium", "Russia"])
        #expect(Set(e.filter { $0.type == "resolution_failed" }.compactMap(\.date)) == ["2013-07-07", "2013-07-08"])
    }

    /// "Jordan had agreed to give him sanctuary": the one sheltered defected, dated by his
    /// arrival; "him" is never the one who grants it.
    @Test func grantingSanctuaryIsTheShelteredPersonsDefection() {
        let d = base.events("Colonel Omar Fadel landed in Amman on Thursday. By the afternoon Jordan had agreed to give him sanctuary.", types: ["defection"])
        #expect(d.map(\.agent) == ["Omar Fadel"])
        #expect(d.first?.date == "2014-05-22")
        #expect(base.events("Colonel Omar Fadel landed in Amman. By the afternoon King Faisal had agreed to give him sanctuary.", types: ["defection"]).allSatisfy { $0.agent != "Faisal" })
    }

    /// "Ryu Song-chol's job was ... the 52-year-old counsellor left the compound ... Ryu said":
    /// a name the article confirms later is a person from its first use, and an aged
    /// description is the person just named; "fled his post" is a defection.
    @Test func agedDescriptionAndANameConfirmedLater() {
        let text = "For twenty years, Kang Min-ho's job was to explain his country to the world. Last November, the 52-year-old counsellor at the embassy in Vientiane left the compound with his wife. Kang said he did not expect his escape to change anything."
        let d = base.events(text, types: ["defection"])
        #expect(d.map(\.agent) == ["Kang Min-ho"])
        #expect(d.first?.date == "2013-11")
        let fled = base.events("Lee Tae-sun, then deputy ambassador in London, fled his post with his family in 2006.", types: ["defection"])
        #expect(fled.map(\.date) == ["2006"])
    }

    /// "Gen. X, a member of the air force high command, who in early February became the
    /// highest-ranking officer to disavow the president": the description is X's.
    @Test func relativeAfterAnAppositiveDescription() {
        let d = base.events("They followed Gen. Carlos Mena, a member of the air force high command, who in early February became the highest-ranking active officer to disavow the president.", types: ["defection"])
        #expect(d.map(\.agent) == ["Carlos Mena"])
        #expect(d.first?.date == "2014-02")
    }

    /// "There was no official confirmation of the reports": unconfirmed reports are rumours.
    @Test func unconfirmedReportsAreRumours() {
        let d = base.events("Satellite channels reported Thursday that Ali Treki, a former foreign minister, had turned his back on the government. There was no official confirmation of the reports.", types: ["defection"])
        #expect(d.map(\.status) == ["rumored"])
    }

    /// A counted unit of officials may seek asylum together, however many ("more than 100
    /// peacekeepers"); a vague crowd still does not.
    @Test func countedUnitOfPeacekeepersSeekingAsylum() {
        let d = base.events("More than 100 Chadian peacekeepers refused to board a flight home and asked for asylum in Sudan.", types: ["defection"])
        #expect(d.count == 1)
        #expect(base.events("Thousands of villagers asked for asylum in Sudan.", types: ["defection"]).isEmpty)
    }

    /// "asked the Colombian police for protection": the addressee between the verb and "for".
    @Test func askingSomeoneForProtection() {
        let d = base.events("Three members of the National Guard jumped out on the Turkish side on Saturday and asked the Turkish police for protection.", types: ["defection"])
        #expect(d.count == 1)
        #expect(d.first?.date == "2014-05-17")
        #expect(base.events("The mayor asked the police for help on Saturday.", types: ["defection"]).isEmpty)
    }

    /// "slipped out of the team hotel in Lima": the hotel's city is not where they went.
    @Test func placeOfTheHotelLeftIsNoDestination() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2014-05-23"), publishedBasis: "metadata",
                                            text: "Two members of Cuba's national volleyball team slipped out of the team hotel in Lima on Monday."))
        let d = x.events.filter { $0.type == "defection" }
        #expect(d.count == 1)
        #expect(!(d.first?.participants.contains { $0.part == .to } ?? true))
    }
}
