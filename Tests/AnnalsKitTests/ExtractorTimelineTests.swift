import Testing
@testable import AnnalsKit

/// Fourth round of recall patterns, found on unseen articles and tested here on sentences
/// written for these tests: timeline entries, counted objects, proposals put to a vote,
/// conditions told by inversion, members named in apposition, coordinated gerunds.
@Suite("Extractor: timelines, counted drafts, inversions and appositions")
struct ExtractorTimelineTests {
    let base = ExtractorRecallTests()

    // MARK: - Timeline entries

    /// "March 3 - ...": a paragraph opened by a date and a dash (or colon) is a timeline
    /// entry; its date governs the undated acts of the whole paragraph, in any tense.
    /// "March 18 / Gunmen open fire ... That evening the tourism minister quits the party": a
    /// timeline whose entries are headed by date-only lines dates each entry's undated acts by
    /// its heading, up to the next heading. A lone date line is a dateline and dates nothing.
    @Test func dateOnlyHeadingsDateTheEntriesUnderThem() {
        let text = """
        Timeline of a spring revolt

        April 2

        Soldiers fire on marchers in the capital. Labour Minister Karim Haddad resigns in protest at the killings.

        April 5

        Col. Nabil Awad, who commands the garrison in the port, defects with his men. The government says the army remains loyal.

        WHAT NEXT

        Opposition leaders say more officers will defect.
        """
        let e = base.events(text, published: "2011-06-10").filter { $0.type == "defection" }
        #expect(e.map(\.date) == ["2011-04-02", "2011-04-05"])
        let dateline = base.events("""
        Minister quits

        Monday, April 4, 2011

        Labour Minister Karim Haddad resigned in protest at the killings, aides said.
        """, published: "2011-04-05").filter { $0.type == "defection" }
        #expect(dateline.map(\.date) == ["2011-04-05"])
        #expect(dateline.map(\.precision) == ["before"])
    }

    /// "12 March 1968" ... "20 March": a heading without a year goes on in the year of the
    /// heading before it, not in the year of publication.
    @Test func aHeadingWithoutAYearTakesTheYearBefore() {
        let text = """
        Fifty years on: the spring of 1968

        12 March 1968

        Students march in the capital.

        20 March

        Col. Jan Novy, a garrison commander, goes over to the protesters. In New York the Soviet Union vetoes a Danish draft on the crisis.
        """
        let e = base.events(text, published: "2018-03-01")
        #expect(e.filter { $0.type == "defection" }.map(\.date) == ["1968-03-20"])
        #expect(e.filter { $0.type == "veto" }.map(\.date) == ["1968-03-20"])
    }

    /// "FACT BOX: THE 1968 RECORD / - 20 March: ...": bulleted entries go on in the year the
    /// line above the list names, even when the day lies near publication.
    @Test func bulletedEntriesTakeTheYearOfTheirHeading() {
        let text = """
        The council and the crisis, fifty years on.

        FACT BOX: THE 1968 COUNCIL RECORD
        - 18 March: Denmark requests a meeting
        - 20 March: the Soviet Union vetoes a Danish draft, 10-2-3
        """
        let e = base.events(text, published: "2018-03-30").filter { $0.type == "veto" }
        #expect(e.map(\.date) == ["1968-03-20"])
    }

    @Test func timelineEntryDateGovernsItsParagraph() {
        let text = """
        KEY DATES

        March 3 - Brig. Gen. Omar Saleh, a deputy commander of the border guard, becomes the most senior officer to break ranks, announcing his move in a video.

        March 9: The Netherlands circulates a draft. The draft wins ten votes but is vetoed by Russia.

        March 12 - Delegates meet again.
        """
        let e = base.events(text, published: "2014-03-20")
        #expect(e.first { $0.type == "defection" }?.date == "2014-03-03")
        #expect(e.first { $0.type == "resolution_proposed" }?.date == "2014-03-09")
        #expect(e.first { $0.type == "veto" }?.date == "2014-03-09")
    }

    /// "May 1990 -- X, the deputy's aide, resigns from the cabinet": a double hyphen ends an
    /// entry's date as a dash does, however far the act is from it.
    @Test func aDoubleHyphenEndsAnEntryDate() {
        let text = """
        Key dates: members who changed sides

        May 1990 -- Marc Dufresne, the minister of fisheries and a close ally of the premier, resigns from the cabinet and the governing caucus.

        July 25, 1990 -- Five members, Paul Giroux, Anne Lacasse, Rene Boily, Guy Tessier and Luc Fortin, break with the government.
        """
        let e = base.events(text, published: "2018-09-17", types: ["defection"])
        #expect(e.first { $0.agent == "Marc Dufresne" }?.date == "1990-05")
        #expect(e.filter { $0.date == "1990-07-25" }.count == 5)
    }

    /// A date inside the sentence still wins, and a paragraph that only mentions a date
    /// later on is no timeline entry.
    @Test func onlyAnOpeningDateWithADashMakesAnEntry() {
        let text = """
        March 9 - The Netherlands said Russia had vetoed a similar text on Feb. 2.

        Officials say that on March 1 the plan changed - and Russia vetoed a draft.
        """
        let e = base.events(text, published: "2014-03-20", types: ["veto"])
        #expect(e.map(\.date).contains("2014-02-02"))
        #expect(!e.map(\.date).contains("2014-03-09"))
    }

    // MARK: - Counts

    /// "vetoed two successive drafts": the verb's own counted object is that many acts.
    @Test func countedObjectIsThatManyActs() {
        let e = base.events("In May 2011, Russia and China vetoed two successive drafts within a week.", types: ["veto"])
        #expect(e.filter { $0.agent == "Russia" }.count == 2)
        #expect(e.filter { $0.agent == "China" }.count == 2)
    }

    /// "adopted three resolutions in 2017, in August, September and December": months listed
    /// after a year take that year, and the list already counts the acts.
    @Test func monthsListedAfterAYearTakeIt() {
        let e = base.events("The council adopted three resolutions on the program in 2017, in August, September and December.",
                            published: "2019-05-02", types: ["resolution_adopted"])
        #expect(e.compactMap(\.date).sorted() == ["2017-08", "2017-09", "2017-12"])
    }

    // MARK: - Proposals and failures

    /// "Moscow put a rival text to a vote": whoever puts a draft to the vote proposed it; the
    /// passive names no proposer.
    @Test func puttingADraftToAVoteProposesIt() {
        let active = base.events("Hours later, Moscow put its own text to a vote.", types: ["resolution_proposed"])
        #expect(active.map(\.agent) == ["Russia"])
        let passive = base.events("The text was put to a vote on Friday.", types: ["resolution_proposed"])
        #expect(passive.isEmpty)
        let other = base.events("Russia put pressure on the sponsors to delay the vote.", types: ["resolution_proposed"])
        #expect(other.isEmpty)
    }

    /// "failed to adopt a draft resolution" is a failed draft, not an adoption.
    @Test func failingToAdoptIsAFailure() {
        let e = base.events("The Security Council on Friday failed to adopt a draft resolution on the crisis.")
        #expect(e.map(\.type) == ["resolution_failed"])
    }

    /// "the negative votes of two permanent members, China and the Russian Federation": the
    /// members named in apposition cast them.
    @Test func membersNamedInAppositionCastTheVetoes() {
        let e = base.events("The draft was not adopted, owing to the negative votes of two permanent members, China and the Russian Federation.", types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["China", "Russia"])
    }

    // MARK: - Status

    /// "Were Washington to table a text next week, ...": a condition told by inversion.
    @Test(arguments: [
        "Were Washington to table a fresh text next week, Moscow would block it, a diplomat said.",
        "Should France circulate a draft, Russia would block it.",
    ])
    func inversionIsACondition(_ sentence: String) {
        let e = base.events(sentence, types: ["resolution_proposed"])
        #expect(e.allSatisfy { $0.status == "hypothetical" })
    }

    // MARK: - Who

    /// "releases a video ... saying he no longer recognises X and pledging allegiance to Y": the
    /// second gerund shares the first one's subject, and the negation of the first conjunct
    /// does not reach it.
    @Test func coordinatedGerundSharesTheSubject() {
        let e = base.events("Col. Ramon Ortega, the defence attache in Lima, released a video from his office on Monday saying he no longer served the junta and pledging allegiance to the opposition.", types: ["defection"])
        #expect(e.map(\.agent) == ["Ramon Ortega"])
        #expect(e.first?.status == "asserted")
    }

    /// "Few remember that the most senior official to abandon X, Y, fled in 2012": the name in
    /// apposition acts, inside a complement clause too.
    @Test func superlativeInAComplementClauseNamesTheAppositive() {
        let e = base.events("Few now remember that the most senior official to abandon the regime, former premier Karim Halabi, fled to Jordan in 2012.", published: "2020-05-02", types: ["defection"])
        #expect(e.map(\.agent) == ["Karim Halabi"])
        #expect(e.first?.date == "2012")
    }

    // MARK: - Clauses

    /// "In October, it was Russia and China that vetoed ...": a cleft's "that" opens no clause,
    /// so the opening adverbial dates the act.
    @Test func cleftKeepsTheOpeningDate() {
        let e = base.events("In October, it was Russia and China that vetoed a Western text on the war.", published: "2024-02-23", types: ["veto"])
        #expect(Set(e.map(\.agent)) == ["Russia", "China"])
        #expect(Set(e.compactMap(\.date)) == ["2023-10"])
    }

    /// "has since circulated": "since" between the auxiliary and its verb is an adverb.
    @Test func adverbialSinceKeepsTheSubject() {
        let e = base.events("The United States has since circulated its own draft on the truce.", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["United States"])
    }

    /// "cast the council's very first veto": the council is where it was cast, not who cast it.
    @Test func councilsVetoIsCastByTheSubject() {
        let e = base.events("The Soviet Union cast the council's very first veto in 1946, on a text about Syria.", types: ["veto"])
        #expect(e.map(\.agent) == ["Soviet Union"])
        #expect(e.first?.date == "1946")
    }

    /// "the Soviet under-secretary-general who walked away from Moscow in 1978": the title
    /// makes him an official, and walking away from a capital is leaving its government.
    @Test func walkingAwayFromACapitalIsADefection() {
        let e = base.events("Arkady Volkov, the Soviet under-secretary-general who walked away from Moscow in 1978, later wrote a memoir.", types: ["defection"])
        #expect(e.map(\.agent) == ["Arkady Volkov"])
        #expect(e.first?.date == "1978")
    }

    // MARK: - Following, groups named, reports denied

    /// "On Friday, X followed him", "China followed suit": another act of the kind just told,
    /// by the subject, dated by its own clause or else by the act it follows; "has not followed
    /// suit" is no act.
    @Test func followingSuitRepeatsTheLastAct() {
        let d = base.events("The deputy envoy, Omar Haddad, disowned the junta on Monday. On Friday, the ambassador, Karim Nasser, followed him. The consul in Rome has not followed suit.", types: ["defection"])
        #expect(d.map(\.agent) == ["Omar Haddad", "Karim Nasser"])
        #expect(d.map(\.date) == ["2014-05-19", "2014-05-23"])
        let v = base.events("Russia vetoed the draft on Monday. China followed suit.", types: ["veto"])
        #expect(Set(v.map(\.agent)) == ["Russia", "China"])
        #expect(Set(v.compactMap(\.date)) == ["2014-05-19"])
    }

    /// "His brother, General B, as well as General C and General D, took the same step": the
    /// same step, by everyone the subject lists, at the time of the step it repeats; "as well
    /// as" between commas adds people to the subject, not a description.
    @Test func takingTheSameStepRepeatsTheLastAct() {
        let d = base.events("General Omar Saleh went over to the rebels last week. His deputy, General Amin Daud, as well as Colonel Rafiq Noor and Colonel Said Bari, took the same step.", published: "1997-05-26", types: ["defection"])
        #expect(d.map(\.agent) == ["Omar Saleh", "Amin Daud", "Rafiq Noor", "Said Bari"])
        #expect(Set(d.compactMap(\.date)) == ["1997-05-19"])
        let e = base.events("General Omar Saleh, as well as Colonel Rafiq Noor, went over to the rebels on Sunday.", published: "1997-05-26", types: ["defection"])
        #expect(e.map(\.agent) == ["Omar Saleh", "Rafiq Noor"])
        // Taking a step of another kind repeats nothing.
        let f = base.events("General Omar Saleh went over to the rebels last week. Colonel Rafiq Noor took a different step.", published: "1997-05-26", types: ["defection"])
        #expect(f.map(\.agent) == ["Omar Saleh"])
    }

    /// "He was followed by X", "an ally who left with him", "Among those who went with him were
    /// ...": the followers and companions of the last defector did what he did; "the vote was
    /// followed by a debate" is nothing, and a companion of a rumoured act is not asserted.
    @Test func followersAndCompanionsRepeatTheLastDefection() {
        let text = "The trade minister, Anan Wong, quit the ruling party on Monday. Ravi Das, a senior deputy who walked out with him, spoke to reporters. On Wednesday he was followed by Mei Lin, the labour minister. Among those who went with him were two governors: Governor Joy Tan and Governor Lee Koh."
        let d = base.events(text, published: "2014-05-22", types: ["defection"])
        #expect(Set(d.map(\.agent)) == ["Anan Wong", "Mei Lin", "Ravi Das", "Joy Tan", "Lee Koh"])
        #expect(d.first { $0.agent == "Mei Lin" }?.date == "2014-05-21")
        #expect(d.first { $0.agent == "Ravi Das" }?.date == "2014-05-19")
        let plain = "Russia vetoed the draft on Monday. The vote was followed by a long debate among the members."
        #expect(base.events(plain, published: "2014-05-22", types: ["veto"]).count == 1)
        let rumour = "The trade minister, Anan Wong, reportedly quit the ruling party on Monday. Ravi Das, a senior deputy who walked out with him, spoke to reporters."
        #expect(!base.events(rumour, published: "2014-05-22", types: ["defection"]).contains { $0.status == "asserted" })
    }

    /// "X quit the ruling party on Monday with twelve other lawmakers": the group that left with
    /// him defected too; "X spoke on Monday with two aides" is nothing.
    @Test func aGroupThatLeftWithTheDefector() {
        let d = base.events("The trade minister, Anan Wong, quit the ruling party on Monday with twelve other lawmakers. Mei Lin spoke to reporters on Monday with two aides.", published: "2014-05-22", types: ["defection"])
        #expect(d.count == 2)
        #expect(d.contains { $0.agent.contains("lawmakers") && $0.date == "2014-05-19" })
    }

    /// "two air force colonels, A and B, landed their jets": the people named in apposition to a
    /// counted group of officials act, as officials.
    @Test func peopleNamedInAppositionToAGroupAct() {
        let d = base.events("On Monday, two Libyan Air Force colonels, Salem Ben Amer and Nuri Haddad, landed two Mirage fighters in Malta.", types: ["defection"])
        #expect(Set(d.map(\.agent)) == ["Salem Ben Amer", "Nuri Haddad"])
    }

    /// "Reports that the minister had left for Tunisia were denied on Saturday": the report is
    /// the subject of a passive denial.
    @Test func reportsThatWereDeniedAreDenials() {
        let d = base.events("Persistent reports over the past three days that Foreign Minister Karim Nasser had left for Tunisia were denied on Saturday by a spokesman.", types: ["defection"])
        #expect(d.map(\.status) == ["denied"])
        let granted = base.events("Foreign Minister Karim Nasser fled to Tunisia and was denied entry at the border.", types: ["defection"])
        #expect(granted.map(\.status) == ["asserted"])
    }

    /// "with Germany and the U.S. as co-sponsors": the members named before "as" proposed it.
    @Test func membersAsCoSponsorsProposeTheDraft() {
        let e = base.events("The text, drafted by the UK and France with Germany and the U.S. as co-sponsors, was adopted 15-0.", types: ["resolution_proposed"])
        #expect(Set(e.map(\.agent)) == ["United Kingdom", "France", "Germany", "United States"])
    }

    /// "struck down by a Chinese and Russian veto": country adjectives before "veto" cast it.
    @Test func countryAdjectivesCastTheVeto() {
        let e = base.events("A U.S. text won 13 votes on Thursday, but the measure was struck down by a Chinese and Russian veto.", types: ["veto", "resolution_failed"])
        #expect(Set(e.filter { $0.type == "veto" }.map(\.agent)) == ["China", "Russia"])
        #expect(e.filter { $0.type == "resolution_failed" }.count == 1)
    }

    /// More ways of leaving: failing to board the flight home, not returning home, throwing in
    /// one's lot with the revolution, joining the armed resistance, quitting the foreign service.
    @Test(arguments: [
        "The principal conductor of the state orchestra, Pavel Zhukov, failed to board the orchestra's flight home on Tuesday.",
        "Pavel Zhukov, a wrestler on the national team, did not return home with his team on Tuesday.",
        "Interior Minister Pavel Zhukov announced on Tuesday that he was throwing in his lot with the revolution.",
        "Captain Pavel Zhukov joined the armed resistance on Tuesday.",
        "Pavel Zhukov, a counsellor at the mission in Geneva, quit the foreign service on Tuesday.",
    ])
    func moreWaysOfLeaving(_ sentence: String) {
        let d = base.events(sentence, types: ["defection"])
        #expect(d.map(\.agent) == ["Pavel Zhukov"])
        #expect(d.first?.date == "2014-05-20")
    }

    /// "some 3,000 soldiers have switched sides since the coup": a large undated count told in
    /// the perfect is a tally, not an act; a dated one is an act.
    @Test func largeUndatedTallyIsNoAct() {
        #expect(base.events("Rebels say some 3,000 soldiers and police have switched sides since the coup.", types: ["defection"]).isEmpty)
        #expect(base.events("Last month, more than 100 peacekeepers refused to board a flight home and asked for asylum in Sudan.", types: ["defection"]).count == 1)
    }

    /// "The text fell.": a draft that falls failed (one failure with the veto before it); prices
    /// that fall are no draft.
    @Test func aDraftThatFellFailed() {
        let e = base.events("Russia voted against the draft on Friday. The text fell. Prices fell sharply.", types: ["resolution_failed"])
        #expect(e.count == 1)
        #expect(e.first?.date == "2014-05-23")
    }

    /// "It was the third time Washington has blocked a text since October": a counted repeat
    /// dated only by the start of a span is the act already told; "had deserted since
    /// Saturday" is still dated by it.
    @Test func countedRepeatSinceADateIsNoNewAct() {
        let e = base.events("The United States on Tuesday vetoed a draft on the war. It was the third time Washington has blocked a ceasefire text since October.",
                            published: "2024-02-21", types: ["veto"])
        #expect(e.map(\.date) == ["2024-02-20"])
        let d = base.events("Officials said more than 500 soldiers had deserted and crossed into Colombia since Saturday.", published: "2019-02-26", types: ["defection"])
        #expect(d.map(\.date) == ["2019-02-23"])
    }

    /// "shot down a Western text", "negative votes by China and the Russian Federation",
    /// "handed himself over to the Free Army", "had followed Hijab".
    @Test func moreWaysOfVetoingAndLeaving() {
        let v = base.events("Only last month, Moscow and Beijing shot down a Western text at the Security Council.", published: "2012-08-07", types: ["veto"])
        #expect(Set(v.map(\.agent)) == ["Russia", "China"])
        #expect(Set(v.compactMap(\.date)) == ["2012-07"])
        let n = base.events("The draft failed owing to negative votes by China and the Russian Federation.", types: ["veto"])
        #expect(Set(n.map(\.agent)) == ["China", "Russia"])
        let h = base.events("On Sunday, Colonel Khaled Nassar of the air force intelligence branch handed himself over to the Free Army.", types: ["defection"])
        #expect(h.map(\.agent) == ["Khaled Nassar"])
        let f = base.events("Prime Minister Karim Nasser defected on Monday. The vice-president, Omar Haddad, had followed Nasser.", types: ["defection"])
        #expect(f.map(\.agent) == ["Karim Nasser", "Omar Haddad"])
    }

    /// "A draft requires nine votes and no negative vote in order to be adopted": a rule, not an act.
    @Test func aRuleOfAdoptionIsNoAdoption() {
        let e = base.events("A draft resolution requires nine affirmative votes and no negative vote by a permanent member in order to be adopted.")
        #expect(e.filter { $0.status == "asserted" }.isEmpty)
    }

    /// "No. On Tuesday X left the ruling party": "No." before a word ends an answer, and an
    /// opening "On Tuesday" without a comma still dates the clause.
    @Test func answerAndOpeningDateWithoutComma() {
        #expect(SentenceSplitter.split("No. On Tuesday she left.").count == 2)
        #expect(SentenceSplitter.split("He lives at No. 4 Mark Street.").count == 1)
        let d = base.events("CORRESPONDENT: No. On Tuesday Marta Quintero, a deputy from Zulia state, left the ruling party to join the opposition bench.", types: ["defection"])
        #expect(d.map(\.date) == ["2014-05-20"])
    }

    /// "a second general ... had also switched sides": someone other than the general told
    /// before; and "threw in his lot with" a rival leader, "requested protection".
    @Test func aSecondGeneralIsSomeoneElse() {
        let text = "Major General Hernan Prieto posted a video on Wednesday. He threw in his lot with Juan Guaido. The minister denied a report that a second general, the commander of a division, had also switched sides. Three guardsmen drove through the barriers and requested protection from the police on Saturday."
        let d = base.events(text, types: ["defection"])
        #expect(d.first { $0.agent == "Hernan Prieto" }?.status == "asserted")
        #expect(d.contains { $0.agent != "Hernan Prieto" && $0.status == "denied" })
        #expect(d.contains { $0.date == "2014-05-17" })
    }

    /// "In New York, ...": a city of several capitalised words is a place, never a person, and
    /// fleeing to it leaves the country; leaving a country to attend something is a trip.
    @Test func citiesArePlacesAndTripsAreNoDefections() {
        let d = base.events("In New York, the deputy ambassador to the United Nations, Omar Haddad, broke ranks with the government on Monday.", types: ["defection"])
        #expect(d.map(\.agent) == ["Omar Haddad"])
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2014-05-23"), publishedBasis: "metadata", text: "In Hong Kong, a diplomat said so."))
        #expect(!x.actors.contains { $0.kind == .person && $0.name.contains("Kong") })
        #expect(base.events("A North Korean diplomat fled to Los Angeles on Monday.", types: ["defection"]).count == 1)
        #expect(base.events("The opposition leader, a former general, left Venezuela in defiance of a travel ban to attend a concert.", types: ["defection"]).isEmpty)
    }

    /// "At the Tokyo Olympics in 2021, X refused to board a flight home. Two years earlier, Y
    /// refused to go home": a place inside the opening adverbial keeps its date, and a counted
    /// distance counts from the date told before.
    @Test func countedDistanceCountsFromTheDateBefore() {
        let d = base.events("At the Tokyo Olympics in 2021, sprinter Kristina Timanova refused to board a flight to Minsk. Two years earlier, Iranian judoka Reza Molla refused to go home after the championships.",
                            published: "2023-07-07", types: ["defection"])
        #expect(d.map(\.date) == ["2021", "2019"])
    }

    /// "1998 / March 31 - the Security Council bans arms sales ... in resolution 1160": entries
    /// under a year alone on its line fall in that year; in the present of a timeline the
    /// council's acts are told as done ("The Council adopts resolution 1239"), and what a
    /// numbered resolution does ("Resolution 1199 demands a ceasefire") is its adoption when
    /// the entry dates it (undated, as in an explainer, it is no act).
    @Test func entriesUnderAYearLine() {
        let text = """
        Here is how the question moved through the council.

        2003

        April 2 - With the fighting spreading, the Security Council bans arms sales to the region in resolution 1471.

        Sept. 8 - Resolution 1508 demands a ceasefire and access for aid agencies.

        2004

        May 14 - The Council adopts resolution 1540, on weapons of mass destruction.

        Resolution 1325 calls on all parties to protect women.
        """
        let e = base.events(text, published: "2009-10-08", types: ["resolution_adopted"])
        #expect(e.map(\.date) == ["2003-04-02", "2003-09-08", "2004-05-14"])
    }

    /// "- 21 April 1948. The Council adopts resolution 47": a date alone on its line, ended by a
    /// full stop, dates the entry that follows it in the paragraph; each entry keeps its own
    /// date, so acts told alike on different days stay apart.
    @Test func entriesUnderADateLine() {
        let text = """
        The record of the question in the Council:

        - 17 January 1953. The Council adopts a resolution calling on both sides to withdraw.

        - 9 March 1955. The Council adopts a resolution asking the mediator to report. The USSR abstains.

        - 2 June 1955. A revised text is adopted by ten votes to none.
        """
        let e = base.events(text, published: "1962-06-22", types: ["resolution_adopted"])
        #expect(e.map(\.date) == ["1953-01-17", "1955-03-09", "1955-06-02"])
    }
}
