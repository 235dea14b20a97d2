import Testing
@testable import AnnalsKit

/// Fifth round of recall patterns, found on unseen articles and tested here on sentences
/// written for these tests: list boxes with free headings and described entries, counted
/// distances in the singular, tense cues that are nouns, and new phrasings.
@Suite("Extractor: list boxes, time distances and phrasings")
struct ExtractorListBoxTests {
    let base = ExtractorRecallTests()

    // MARK: - List boxes

    /// A heading without a colon that names the event with one of the lexicon's triggers
    /// ("who have broken with"), and entries with a title before the name and a role after it.
    @Test func headingNamedByATriggerWithoutAColon() {
        let text = """
        The army says morale is high.

        Officers who have broken with the president

        Col. Ruben Ortega, defence attache in Madrid - Jan. 26

        Gen. Tomas Varela, air force planning chief - Feb. 2

        Related stories
        """
        let e = base.events(text, published: "2019-02-24")
        #expect(e.map(\.agent) == ["Ruben Ortega", "Tomas Varela"])
        // "planning" names a job here, not a plan: Feb. 2 is this February, not next.
        #expect(e.map(\.date) == ["2019-01-26", "2019-02-02"])
    }

    /// Entries that tell the act in a clause before the dash, under a heading in capitals;
    /// unnamed actors count, and a caption with a dash is no entry without a heading.
    @Test func describedEntriesUnderACapitalisedHeading() {
        let text = """
        FILE - A guard post on the border, June 2, 2016.

        EARLIER DEFECTIONS ACROSS THE LINE

        A young soldier wades across the river at night and surrenders to a patrol - June 15, 2015

        Martina Kovac, a chess champion, walks away from her team at a tournament in Vienna - September 1979

        Read more
        """
        let e = base.events(text, published: "2016-06-10")
        #expect(e.count == 2)
        #expect(e.contains { $0.agent.contains("soldier") && $0.date == "2015-06-15" })
        #expect(e.contains { $0.agent == "Martina Kovac" && $0.date == "1979-09" })
    }

    /// A heading line must stand alone and the entries must end with their date: prose with a
    /// dash and a date is not a list.
    @Test func proseWithADashIsNoEntry() {
        let text = """
        Notable defections:

        The minister said the talks - held on March 3 - went well, and aides left the room.
        """
        #expect(base.events(text, published: "2016-06-10").isEmpty)
    }

    // MARK: - Counted distances in the singular

    /// "A day earlier", "a week later" count from the date told before (they used to count
    /// only plural units), and "later" with no date told before is not after publication.
    @Test func singularDistancesCountFromTheDateToldBefore() {
        let text = """
        On Oct. 18, France put a draft to the vote. A week later, Russia and China struck down a resolution drafted by Britain.

        The same day, the ambassador to Spain, Omar Badri, said he had quit his post. A day earlier, the envoy to Chad, Salem Fituri, said he was quitting to join the revolution.
        """
        let e = base.events(text, published: "2023-12-08")
        #expect(e.first { $0.type == "veto" }?.date == "2023-10-25")
        #expect(e.first { $0.agent == "Salem Fituri" }?.date == "2023-10-24")
        let unanchored = TemporalTagger(anchor: CalendarDay(2023, 12, 8)).tag("Three days later the talks resumed.")
        #expect(unanchored.first?.date == nil)
    }

    /// "Two days later, on Oct. 18": "later" after a unit tells a distance, not the future, so
    /// the month is this year's.
    @Test func laterAfterAUnitIsNoFutureCue() {
        let t = TemporalTagger(anchor: CalendarDay(2023, 12, 8)).tag("Two days later, on Oct. 18, the United States vetoed a text.")
        #expect(t.contains { $0.date?.text == "2023-10-18" })
    }

    // MARK: - Phrasings

    @Test func newPhrasings() {
        let cases: [(String, String, String)] = [
            ("Libya's deputy envoy to the United Nations, Omar Hadi, said on Monday that he no longer represented the regime.", "defection", "Omar Hadi"),
            ("Interior Minister Salem Younis has thrown his support behind the protesters.", "defection", "Salem Younis"),
            ("In 1983 Captain Pak Chol of the North Korean air force flew a MiG-19 to South Korea.", "defection", "Pak Chol"),
            ("Russia has answered with a rival text that warns against interference.", "resolution_proposed", "Russia"),
            ("The United States on Friday stopped the Security Council from demanding a cease-fire.", "veto", "United States"),
            ("The United States blocked a U.N. call for a cease-fire on Friday.", "veto", "United States"),
        ]
        for (text, type, agent) in cases {
            let e = base.events(text, published: "2019-02-28")
            #expect(e.contains { $0.type == type && $0.agent == agent }, "\(text)")
        }
    }

    // MARK: - Discourse: headlines, continuations, groups

    /// A headline event by an unnamed actor is the story's opening event, by the person the
    /// lede describes with the same head word ("pilot"), not a second defection.
    @Test func headlineEventIsTheLedesEvent() {
        let text = """
        Iraqi Pilot Flies Jet to Iran

        BAGHDAD - An Iraqi air force major flew his fighter across the border into Iran on Thursday. Officials named the pilot as Major Karim Saadi.
        """
        let x = base.extractor.extract(Article(title: "Iraqi Pilot Flies Jet to Iran", published: CalendarDay(2014, 5, 23), publishedBasis: "metadata", text: text))
        let defections = x.events.filter { $0.type == "defection" }
        #expect(defections.count == 1)
        #expect(defections.first?.date.text == "2014-05-22")
    }

    /// "a lieutenant named X" is X; an undated act in the simple past by the actor the sentence
    /// before (same paragraph) was about happened at that sentence's date.
    @Test func namedDescriptionAndStoryContinuation() {
        let text = """
        Four decades ago, a young Soviet air force lieutenant named Pavel Orlov left a training flight. Two hours later, on Sept. 6, 1976, he brought his jet down at a small airfield. Climbing out, he fired a shot into the air and asked Japanese officials for asylum in the United States.

        A photo from June 1990 shows Orlov at home. He asked for asylum again in Canada.
        """
        let e = base.events(text, published: "2016-09-06")
        #expect(e.map(\.agent) == ["Pavel Orlov"])
        #expect(e.first?.date == "1976-09-06")
    }

    /// "Two ... colonels who flew their jets to Malta ... The pilots landed": a definite plural of
    /// people is the group just told, so one defection, dated by the second sentence.
    @Test func definitePluralIsTheGroupJustTold() {
        let text = "Two air force colonels who flew their jets to Malta have asked for asylum, officials said on Tuesday. The pilots landed their jets at Luqa airport on Monday afternoon."
        let e = base.events(text, published: "2011-02-22")
        #expect(e.count == 1)
        #expect(e.first?.date == "2011-02-21")
    }

    /// A report denied in the passive, with words between the report and its content, and an
    /// adverb before the verb.
    @Test func passiveDenialOfAReportWithAQualifier() {
        let text = "A report in a local newspaper on Tuesday that an army officer had also slipped south by boat was swiftly denied by the ministry."
        let e = base.events(text, published: "2017-11-14")
        #expect(e.map(\.status) == ["denied"])
    }

    /// Crossing a border "to attend" something is a trip, whatever comes between.
    @Test func tripWithAPurposeAfterAPhrase() {
        let text = "The opposition leader, who slipped across the border on Friday in defiance of a travel ban to attend a concert, returned on Monday."
        #expect(base.events(text, published: "2019-02-24").isEmpty)
    }

    // MARK: - Time told by the story

    /// A paragraph telling a past year ("came in the spring of 1953") places a month and day
    /// without a year in that year; "since 1982" bounds a span and sets no year; a date that
    /// names its year beats a distance ("Six months later, on Sept. 21, 1953"); a weekday date
    /// a week before publication brings the story back to it.
    @Test func narrativeYearPlacesDaysWithoutAYear() {
        let text = """
        The first case came in the spring of 1953. On March 5, a Polish air force lieutenant, Jan Kowalik, flew his MiG-15 to Denmark. Six months later, on Sept. 21, 1953, a North Korean lieutenant, Park Sung-ho, landed his MiG-15 at Kimpo.

        The session, the first since 1982, followed a vote in the council. On Friday, August 25, Russia vetoed a draft.
        """
        let e = base.events(text, published: "2023-09-02")
        #expect(e.first { $0.agent == "Jan Kowalik" }?.date == "1953-03-05")
        #expect(e.first { $0.agent == "Park Sung-ho" }?.date == "1953-09-21")
        #expect(e.first { $0.type == "veto" }?.date == "2023-08-25")
    }

    /// "— Oct. 4, 2011: ..." is a timeline entry (bullet, then date, then colon), and "vote
    /// down" is a veto by a permanent member.
    @Test func bulletedTimelineEntries() {
        let text = """
        Thursday's vote was the third.

        EARLIER VETOES

        \u{2014} Oct. 4, 2011: Russia and China vote down a text that threatened measures.

        \u{2014} Feb. 4, 2012: Russia and China block a resolution backing a peace plan.
        """
        let vetoes = base.events(text, published: "2014-05-22", types: ["veto"])
        #expect(Set(vetoes.compactMap(\.date)) == ["2011-10-04", "2012-02-04"])
        #expect(vetoes.count == 4)
        let t = TemporalTagger(anchor: CalendarDay(2014, 5, 22)).tag("Oct. 4, 2011: Russia and China vote down a text.")
        #expect(t.first?.date?.text == "2011-10-04")
    }

    /// The opening adverbial governs the main verb after a relative clause on the subject;
    /// "Three decades later, in 1983," opens the clause; a purpose infinitive after a departure
    /// ("was quitting to join the revolution") happens at the departure's time.
    @Test func openingAdverbialsReachTheMainVerb() {
        let cases: [(String, String)] = [
            ("Last week, a brigadier general who ran a supply depot near the southern city slipped across the border into Jordan.", "2014-05-12"),
            ("Three decades later, in 1983, Captain Pak Chol of the North Korean air force flew a MiG-19 to South Korea.", "1983"),
            ("On Sunday, the envoy to the Arab League, Salem Fituri, said he was quitting to join the revolution.", "2014-05-18"),
        ]
        for (text, date) in cases {
            #expect(base.events(text, published: "2014-05-22").first?.date == date, "\(text)")
        }
    }

    // MARK: - Council votes told as tallies and idioms

    /// Nine or more votes adopt a draft unless a veto or failure is told with the tally.
    @Test func tallyAdoptsUnlessAVetoIsTold() {
        let adopted = base.events("The council met on Wednesday. Resolution 2700 won 12 votes in favour, with China and Russia abstaining.", published: "2022-12-21")
        #expect(adopted.contains { $0.type == "resolution_adopted" && $0.agent.contains("Security Council") })
        let vetoed = base.events("On Friday the text won 13 votes with one abstention. Because Russia is a permanent member, its lone no was enough to sink it.", published: "2022-12-21")
        #expect(!vetoed.contains { $0.type == "resolution_adopted" })
        let failed = base.events("It won 13 votes but fell to Chinese and Russian no votes.", published: "2022-05-28", types: ["veto", "resolution_adopted"])
        #expect(Set(failed.map(\.agent)) == ["China", "Russia"] && failed.allSatisfy { $0.type == "veto" })
        let few = base.events("The Russian text won only four votes.", published: "2022-12-21", types: ["resolution_adopted"])
        #expect(few.isEmpty)
    }

    @Test func councilIdioms() {
        let cases: [(String, String, String)] = [
            ("On Tuesday the United States raised its hand alone and sank a text that thirteen other members supported.", "veto", "United States"),
            ("And Russia cast a no vote as a permanent member and struck the text down.", "veto", "Russia"),
            ("That April, the assembly agreed without a vote to a resolution that requires it to meet.", "resolution_adopted", "U.N. General Assembly"),
        ]
        for (text, type, agent) in cases {
            #expect(base.events(text, published: "2024-02-23").contains { $0.type == type && $0.agent == agent }, "\(text)")
        }
    }

    /// "Five days later the General Assembly did what the council could not. By 141 votes to
    /// 5, the assembly approved a resolution": the subject after a time phrase without a comma.
    @Test func continuationAfterAnUnpunctuatedTimePhrase() {
        let text = "On Feb. 25, 2022, Russia vetoed a draft. Five days later the General Assembly did what the council could not. By 141 votes to 5, the assembly approved a resolution demanding a withdrawal."
        let e = base.events(text, published: "2024-02-23", types: ["resolution_adopted"])
        #expect(e.first?.date == "2022-03-02")
    }

    /// A rule about adoption ("needs nine votes ... to be adopted") and a forecast ("expect the
    /// text to pass") adopt nothing, and the hypothetical vetoes of the rule do not lend their
    /// agents to a veto told after it.
    @Test func rulesAndForecastsAdoptNothing() {
        let text = """
        A resolution needs at least nine votes in favor and no vetoes by the United States, Britain, France, Russia or China to be adopted.

        The United States had itself killed an earlier attempt. On Oct. 18, Washington cast the lone no vote against a Brazilian text. Diplomats expect the Jordanian text to pass comfortably.
        """
        let e = base.events(text, published: "2023-10-25")
        #expect(!e.contains { $0.type == "resolution_adopted" && $0.status == "asserted" })
        let vetoes = e.filter { $0.type == "veto" && $0.status == "asserted" }
        #expect(vetoes.map(\.agent) == ["United States"])
        #expect(vetoes.first?.date == "2023-10-18")
    }

    /// Drafts that fail told with "it" or with a relative clause between draft and verb.
    @Test func failuresWithPronounsAndRelativeClauses() {
        let text = """
        Russia and China on Wednesday vetoed a U.S.-drafted resolution in the Security Council. Minutes later, a rival text put forward by Russia, which called for a humanitarian ceasefire, also went down.

        On Monday, Oct. 16, another Russian draft was put to a vote. It won only four votes in favor.
        """
        let failed = base.events(text, published: "2023-10-25", types: ["resolution_failed"])
        #expect(Set(failed.compactMap(\.date)) == ["2023-10-25", "2023-10-16"])
        #expect(failed.count == 3)
    }

    // MARK: - Fact boxes with a header per person

    /// A header line naming a person is the topic of the paragraph under it: the description
    /// that opens the paragraph is that person, and the header's date dates an undated act.
    @Test func headerLineNamesTheParagraphsPerson() {
        let text = """
        Following are some of the best-known cases:

        KIM SANG-HO, FEBRUARY 1997

        The deputy ambassador in London walked into a consulate with his family. He remains the most senior North Korean official ever to have switched sides.

        PARK MIN-SOO, NOVEMBER 2017

        A soldier drove a jeep toward the border on Nov. 13, 2017, then ran across the line under fire.
        """
        let e = base.events(text, published: "2024-08-20")
        #expect(e.contains { $0.agent == "KIM SANG-HO" && $0.date == "1997-02" })
        #expect(e.contains { $0.date == "2017-11-13" })
    }

    // MARK: - Veto phrasings

    @Test(arguments: [
        ("The draft failed on Tuesday after Russia voted against it.", "Russia"),
        ("Russia torpedoed the draft on Tuesday.", "Russia"),
        ("Russia scuppered the resolution on Tuesday.", "Russia"),
        ("Washington on Tuesday shielded Israel by vetoing the draft.", "United States"),
        ("China joined Russia on Tuesday in vetoing the draft.", "China"),
    ])
    func vetoPhrasings(_ text: String, _ agent: String) {
        let e = base.events(text, published: "2024-03-21", types: ["veto"])
        #expect(e.contains { $0.agent == agent && $0.date == "2024-03-19" }, "\(text)")
        #expect(!e.contains { $0.agent == "Israel" })
    }

    /// Members voting no on a draft that fails for want of votes cast no veto.
    @Test func noVotesOnADraftShortOfVotesAreNoVetoes() {
        let text = "A rival Russian text won only four votes in favor, while the United States and Britain voted no."
        #expect(base.events(text, published: "2024-03-21", types: ["veto"]).isEmpty)
    }

    /// Adoptions told as a draft's passage or the council's approval.
    @Test func adoptionIdioms() {
        for text in ["The text sailed through the council on Tuesday.", "The resolution sailed through on Tuesday, 15-0."] {
            let e = base.events("The U.N. Security Council met in New York. " + text, published: "2024-03-21", types: ["resolution_adopted"])
            #expect(e.first?.date == "2024-03-19", "\(text)")
        }
        // Members who back a text are not the council adopting it.
        let members = base.events("Twelve of fifteen council members backed the text.", published: "2024-03-21", types: ["resolution_adopted"])
        #expect(members.isEmpty)
    }

    /// "Libya's deputy ambassador turned against the leader. Omar Hadi told reporters ...": the
    /// name that opens the next sentence introduces the deputy, and the ambassador named later
    /// ("Libya's ambassador, Salem Badri") is someone else.
    @Test func deputyIsIntroducedByTheNextSentencesName() {
        let text = "At the United Nations, Libya's deputy ambassador publicly turned against the Libyan leader. Omar Hadi told reporters on Monday that the leader should step down. He did not say whether Libya's ambassador, Salem Badri, shared his view."
        let e = base.events(text, published: "2011-02-22", types: ["defection"])
        #expect(e.map(\.agent) == ["Omar Hadi"])
    }

    /// A resignation told with "also" right after defections is one more of them; a lone
    /// resignation is not.
    @Test func alsoResignedAfterDefectionsIsADefection() {
        let told = "Abdel Karim, the envoy to the Arab League, said on Sunday that he was quitting his post to join the revolution. The ambassador to India, Ali Sharif, has also resigned."
        #expect(base.events(told, published: "2011-02-22", types: ["defection"]).contains { $0.agent == "Ali Sharif" })
        let lone = "The ambassador to India, Ali Sharif, has also resigned."
        #expect(base.events(lone, published: "2011-02-22", types: ["defection"]).isEmpty)
    }

    /// A member of the government who resigns in a story that tells a defection leaves the
    /// regime too; the leader resigning, an envoy resigning as envoy and a lone resignation do not.
    @Test func ministersResigningAmidDefectionsDefect() {
        let story = "On Tuesday General Amadou Keita, the army chief, announced that he had switched sides and joined the protesters. The interior minister, Fatou Sarr, resigned on Wednesday. President Oumar Diallo resigned on Thursday."
        let e = base.events(story, published: "2024-05-10", types: ["defection"])
        #expect(e.map(\.agent).sorted() == ["Amadou Keita", "Fatou Sarr"])
        #expect(e.first { $0.agent == "Fatou Sarr" }?.date == "2024-05-08")
        let envoy = "On Tuesday General Amadou Keita announced that he had switched sides. Jan Eliasson resigned as envoy on Wednesday."
        #expect(base.events(envoy, published: "2024-05-10", types: ["defection"]).map(\.agent) == ["Amadou Keita"])
        let lone = "The interior minister, Fatou Sarr, resigned on Wednesday."
        #expect(base.events(lone, published: "2024-05-10", types: ["defection"]).isEmpty)
        // A resignation still to come is none: "once the interior minister resigns".
        let toCome = "On Tuesday General Amadou Keita announced that he had switched sides. Talks can resume once the interior minister, Fatou Sarr, resigns on Friday."
        #expect(base.events(toCome, published: "2024-05-10", types: ["defection"]).map(\.agent) == ["Amadou Keita"])
    }

    /// "refused to get on the plane" is a refusal to board; getting on a plane is nothing.
    @Test func refusingToGetOnThePlane() {
        let refused = "On Sunday evening, team officials drove the sprinter Anna Kovalenko to the airport. Instead, she approached police officers and refused to get on the plane."
        #expect(base.events(refused, published: "2021-08-04", types: ["defection"]).map(\.agent) == ["Anna Kovalenko"])
        let boarded = "On Sunday the sprinter Anna Kovalenko got on the plane home."
        #expect(base.events(boarded, published: "2021-08-04", types: ["defection"]).isEmpty)
    }

    /// A person told only after a preposition ("a former tutor of Kim Il Sung") is not who a
    /// later "He" means when the paragraph's person is at hand.
    @Test func heIsNotTheObjectOfAPreposition() {
        let text = """
        PAK SONG-HO, FEBRUARY 1997

        The chief ideologist of the party and a former tutor of Kim Il Sung left his post in Beijing. He remains the most senior North Korean official ever to have switched sides.
        """
        let e = base.events(text, published: "2024-08-20", types: ["defection"])
        #expect(!e.contains { $0.agent == "Kim Il Sung" })
    }
}
