import Testing
@testable import AnnalsKit

/// Who did it, when the doer is told indirectly: a pronoun after a copula, a passive's agent, a
/// transcript's speaker label, a Spanish paternal surname used alone, a description set off
/// before or after a name. All sentences are written for these tests.
@Suite("Extractor: who the doer is")
struct ExtractorWhoTests {
    let base = ExtractorRecallTests()

    func defectors(_ text: String, published: String = "1999-06-12") -> [String] {
        base.events(text, published: published, types: ["defection"]).map { "\($0.agent) \($0.date ?? "-")" }
    }

    /// "denied that anyone had defected": an indefinite subject names nobody; the "that" before
    /// it is no relative pronoun that would make the speaker the defector.
    @Test func anIndefiniteSubjectIsNobody() {
        #expect(defectors("The minister denied flatly that anyone had defected.").isEmpty)
        #expect(defectors("The spokesman said that nobody had defected from the embassy.").isEmpty)
    }

    /// "In 1995, after he was removed as deputy prime minister, Mrema quit CCM": a lone surname
    /// right before an event verb acts (so the full name told before is confirmed), and a post
    /// after "as" closes the clause before rather than opening the name's span.
    @Test func aLoneNameBeforeAnEventVerbActs() {
        let d = defectors("The nearest comparison is Kofi Mbeleko. In 1995, after he was removed as deputy prime minister, Mbeleko quit CCM and led a new party into the election.", published: "2015-08-04")
        #expect(d == ["Kofi Mbeleko 1995"])
        // Not an acronym, nor the end of a longer name ("New Hampshire left").
        #expect(defectors("Senator Tom Hale of New Hampshire left the Republicans in 1999.", published: "2001-06-01") == ["Tom Hale 1999"])
    }

    /// "resigned from the cabinet" leaves the government (GUIDELINES: "left a government"), and
    /// "followed them out of the government" is the same act by others.
    @Test func resigningFromTheCabinetAndFollowingOut() {
        let d = defectors("On 5 July Tomas Halloran and Marek Voss resigned from the cabinet within minutes of each other. More than fifty ministers and aides followed them out of the government.", published: "2022-07-20")
        #expect(d.contains("Tomas Halloran 2022-07-05") && d.contains("Marek Voss 2022-07-05"))
        #expect(d.contains { $0.hasPrefix("More than fifty ministers and aides") })
        // Whoever leaves a cabinet was in it: no title is needed ("the health secretary" is none the lexicon knows).
        let titled = defectors("On 5 July Tomas Halloran, the chancellor, and Marek Voss, the health secretary, resigned from the cabinet.", published: "2022-07-20")
        #expect(Set(titled) == ["Tomas Halloran 2022-07-05", "Marek Voss 2022-07-05"])
    }

    /// "the charge d'affaires ... declared for the provisional government": an official who
    /// declares for the other side's government or revolution has changed sides.
    @Test func anOfficialDeclaringForTheOtherSide() {
        let d = defectors("On Monday the Iranian charge d'affaires in Kuwait declared for the provisional government.", published: "1979-02-13")
        #expect(d == ["the Iranian charge d'affaires in Kuwait 1979-02-12"])
        // Not a candidacy: "declared for the presidency".
        #expect(defectors("On Monday the governor declared for the presidency.", published: "1979-02-13").isEmpty)
    }

    /// "X resigned in protest ... Eden resigned in January 1957, citing his health": in a story
    /// of defections, a resignation for health, retirement or family reasons is no break.
    @Test func aResignationForHealthIsNoDefection() {
        let d = defectors("Tomas Halloran, a minister of state, resigned in protest in November. Marek Voss resigned in January 1957, citing his health.", published: "2016-10-30")
        #expect(!d.contains { $0.hasPrefix("Marek Voss") })
    }

    /// "A Syrian conscript walked across ... the lines of General X's army": a name told as an
    /// owner introduces nobody the sentence before described.
    @Test func anOwnerIsNoIntroduction() {
        let d = defectors("A Ruritanian conscript walked across the ceasefire line in April. Radio reports said two soldiers had crossed to the lines of General Tomas Halloran's army.", published: "1989-10-14")
        #expect(d.contains("A Ruritanian conscript 1989-04"))
        #expect(!d.contains { $0.hasPrefix("Tomas Halloran") })
    }

    /// "He was a Libyan pilot": a description after a copula is what its subject is, not a new
    /// person a later "he" could mean.
    @Test func aDescriptionAfterACopulaIsItsSubject() {
        let d = defectors("The boldest escape was Karim Saadi's. He was a Libyan pilot, a quiet man who hated the war, and in May 1981 he flew his fighter to Malta.")
        #expect(d == ["Karim Saadi 1981-05"])
        // "X, who was himself a battalion commander before he fled": the description after
        // "who was himself" is X too, so the "he" that follows is X.
        let own = defectors("Tomas Varga, who was himself a battalion commander before he fled to Austria in 1977, spoke on Monday.", published: "1996-08-20")
        #expect(!own.contains { $0.hasPrefix("a battalion commander") })
        // A man's claim about himself stays his claim: "who said he was a captain" is no copula link.
        let c = base.events("A man in uniform, who said he was a captain in the guard, announced that he had defected.", published: "2012-02-04", types: ["defection"])
        #expect(c.count == 1)
    }

    /// "is led by X, a former commander. He broke with ...": the agent of a passive is who a
    /// following "he" means.
    @Test func aPassiveAgentIsAnAntecedent() {
        let d = defectors("The new council is led by Tomas Varga, a former division commander. He broke with the junta and escaped into Austria in 1984.")
        #expect(d.first == "Tomas Varga 1984")
    }

    /// "REYES: ... He landed and asked for asylum": the speaker label is who speaks, not whom a
    /// "he" of the answer means.
    @Test func aSpeakerLabelIsNoAntecedent() {
        let d = defectors("""
        DALE: Tell me about Ivan Sorokin.
        REYES: I met him twice. He landed at Misawa in May 1986, climbed out and asked for asylum.
        """)
        #expect(d == ["Ivan Sorokin 1986-05"])
    }

    /// "Rafael Ortega Díaz ... Ortega": the paternal surname in the middle of three names names
    /// the person alone.
    @Test func aPaternalSurnameAloneIsThePerson() {
        let d = defectors("Major Rafael Ortega Díaz made the news in 1991. Ortega is the one who went back. He defected to Mexico in June 1991.")
        #expect(d == ["Rafael Ortega Díaz 1991-06"])
    }

    /// "X, a young Soviet navy lieutenant who ...", "a young air force lieutenant, X,": a
    /// description with several modifiers set off beside a name is that person.
    @Test func aDescriptionBesideANameIsThatPerson() {
        #expect(defectors("The best known is Pavel Orlov, a young Soviet navy lieutenant who defected in March 1975.") == ["Pavel Orlov 1975-03"])
        #expect(defectors("On 2 May 1961, a young air force lieutenant, Marek Zielinski, flew his fighter to Sweden.") == ["Marek Zielinski 1961-05-02"])
    }

    /// "MiG-19", "Su-22": a model number is no name, and bringing a warplane across is a defection.
    @Test func aWarplaneBroughtAcross() {
        #expect(defectors("In April 1985 Captain Kang Min-ho brought a MiG-19 south during a drill.") == ["Kang Min-ho 1985-04"])
        #expect(defectors("Captain Kang Min-ho brought a MiG-19 south during a drill.").count == 1)
        #expect(defectors("The crew brought sandbags to the airfield in April 1985.").isEmpty)
    }

    /// Phrasings of breaking with a regime: "turned on his former superior", "refused to take
    /// orders from the government", "sided openly with the protesters" (an adverb between).
    @Test(arguments: [
        ("In June 1987, Col. Luis Marin, the army's chief of staff, turned on his former superior.", "Luis Marin", "1987-06"),
        ("In 1988 Ana Ruiz, the ambassador in Paris, refused to take orders from the government in Caracas.", "Ana Ruiz", "1988"),
        ("In August 1990 Ambassador Oleg Brel sided openly with the protesters.", "Oleg Brel", "1990-08"),
    ])
    func breakingWithTheRegime(text: String, agent: String, date: String) {
        #expect(defectors(text) == ["\(agent) \(date)"])
    }

    /// "In December of the same year X, a senior officer, slipped away": the month and its year
    /// open the sentence and govern its main clause past the appositive.
    @Test func aMonthOfTheSameYearOpensTheSentence() {
        let d = defectors("On 5 March 1953 a pilot landed on Bornholm. In December of the same year Jan Kowal, a senior officer of the ministry, defected to the West.", published: "1981-12-24")
        #expect(d.last == "Jan Kowal 1953-12")
    }

    /// "X had handed in his resignation in protest": "his" in the object of a light verb is its
    /// subject's, not the last person named; "a senior investigator" is an unnamed person.
    @Test func aResignationHandedInIsTheSubjects() {
        let d = defectors("Marshal Ivo Brandt has refused to step down. Officials said on Tuesday that a senior investigator in the city's police had handed in his resignation in protest at the arrests.")
        #expect(d.count == 1)
        #expect(d.first?.hasPrefix("a senior investigator") == true)
    }

    /// "Prosecutors said he had left": the plural of a title opening a sentence is no name, so
    /// "he" is the person told before.
    @Test func aPluralTitleIsNoName() {
        let e = base.extractor.extract(Article(published: CalendarDay(iso: "2011-06-27"), publishedBasis: "metadata",
                                               text: "Colonel Ivan Petrov fled in June last year. Investigators said he had left days before the arrests."))
        #expect(!e.actors.contains { $0.name == "Investigators" })
    }

    /// "the runner who carried the flag, Tekle Berhe, applied for asylum": a name set off by
    /// commas right before the clause's verb is a person, even when the given name is one the
    /// lexicon does not know and the description before it is long.
    @Test func aNameBeforeTheVerbAfterALongDescription() {
        let d = defectors("In August, the runner who carried the flag at the opening ceremony, Tekle Berhe, applied for asylum in Britain.", published: "2013-01-23")
        #expect(d == ["Tekle Berhe 2012-08"])
    }

    /// "thousands of Slovak and Hungarian conscripts": two demonyms joined by "and" before the
    /// head describe one group; "walked away from their units" is leaving the army.
    @Test func twoDemonymsBeforeAGroup() {
        let d = defectors("Thousands of Slovak and Hungarian conscripts walked away from their units in the first days of May.", published: "1990-06-01")
        #expect(d == ["Thousands of Slovak and Hungarian conscripts 1990-05"])
    }

    /// "Four Labour MPs, A, B, C and D, walked out of the party": the names in apposition to a
    /// counted group of a party's members leave it, each a defector; a party proposing policies
    /// proposes no resolution.
    @Test func namedMembersOfAPartyGroupWalkOut() {
        let d = defectors("Four Labour MPs, Alan Doyle, Priya Raman, Tom Fisk and Ruth Okafor, walked out of the party on Monday.", published: "2019-02-20")
        #expect(d == ["Alan Doyle 2019-02-18", "Priya Raman 2019-02-18", "Tom Fisk 2019-02-18", "Ruth Okafor 2019-02-18"])
        #expect(base.events("The Labour Party proposed measures to cut rents.", published: "2019-02-20", types: ["resolution_proposed"]).isEmpty)
    }

    /// "X, who left his post in 2016, and Y, who fled with his family in 2019": each relative
    /// clause is its own person's; the second is not the list's.
    @Test func eachPersonOfAListHasHisOwnRelativeClause() {
        let d = defectors("Ambassador Tomas Varga, who left his post in London in 2016, and Colonel Ivo Brandt, who fled the embassy in Kuwait with his family in 2019, both testified.", published: "2022-05-27")
        #expect(d.contains("Ivo Brandt 2019"))
        #expect(!d.contains("Tomas Varga 2019"))
    }

    /// "X, its chargé d'affaires in The Hague, walked into a police station, asked for asylum,
    /// and was flown ...": a name before ", its" is a person, and a verb in a series of verb
    /// phrases set off by commas shares the subject of the one before (not the police station's
    /// country).
    @Test func aSeriesOfVerbPhrasesSharesItsSubject() {
        let d = defectors("In January 1969 Tan Wei-lun, its charge d'affaires in The Hague, walked into a Dutch police station, asked for asylum, and was flown to the United States.", published: "2021-10-25")
        #expect(d == ["Tan Wei-lun 1969-01"])
    }

    /// "X, Obote's finance minister and brother-in-law, ...": a post held under a named person
    /// gives X the post and confirms the name, so his later exile is a defection. Not "Saleh's
    /// ruling General People's Congress": a capitalised word after the title is a name.
    @Test func aPostHeldUnderAPersonIsARole() {
        let d = defectors("Daudi Kasenge, Obote's finance minister and brother-in-law, was the first to go. Kasenge resigned and went into exile in Kenya in 1968.", published: "2001-03-02")
        #expect(d == ["Daudi Kasenge 1968"])
        let m = defectors("Over the weekend, several deputies from Mbeki's ruling National Unity Party resigned from the party.", published: "2009-03-02")
        #expect(!m.contains { $0.hasPrefix("ruling") || $0.hasPrefix("Mbeki") })
    }

    /// "Two rebel commanders, A, who holds X, and B, whose brigade holds Y, had rallied to the
    /// government": the verb after the last relative clause has both names for its subject, and
    /// the counted group before them makes them officials.
    @Test func aListOfNamesWithRelativeClausesIsOneSubject() {
        let d = defectors("Two senior guerrilla commanders, Heng Vannak, who holds the border town, and Ouk Sarin, whose brigade controls the passes, had rallied to the government on March 3.", published: "1997-03-07")
        #expect(d == ["Heng Vannak 1997-03-03", "Ouk Sarin 1997-03-03"])
    }

    /// "had gone over to the multinational force", "walked into American positions": a force and
    /// an army's lines are sides a soldier goes over to.
    @Test func goingOverToAForceOrItsLinesIsADefection() {
        let d = defectors("About thirty soldiers of the garrison at Jacmel had gone over to the multinational force on Monday, officers said. A day earlier a rebel captain walked into Marine positions outside the town.", published: "1994-10-05")
        #expect(d.contains("About thirty soldiers of the garrison 1994-10-03"))
        #expect(d.contains { $0.hasPrefix("a rebel captain") })
    }

    /// "left the Republicans", "quit the Labour Party": leaving a party the gazetteer knows is a
    /// defection; joining one is only in a story of changed allegiance.
    @Test func leavingAndJoiningParties() {
        let d = defectors("Senators rarely change parties. Bob Kerrigan of Vermont left the Republicans in 1999.", published: "2024-06-03")
        #expect(d == ["Bob Kerrigan 1999"])
        let j = defectors("Two members crossed the floor this year. Tom Hale joined the Conservatives in March.", published: "2019-11-20")
        #expect(j.contains("Tom Hale 2019-03"))
        let n = defectors("Maria Lenz joined the Labour Party in 1975 as a student and later became a minister.", published: "2019-11-20")
        #expect(n.isEmpty)
    }

    /// "the Member for Coldwater Bay": a legislator named by the seat.
    @Test func aLegislatorNamedByTheSeat() {
        let d = defectors("Yesterday the Member for Ashworth North resigned from the Liberal caucus and crossed the floor.", published: "2021-04-09")
        #expect(d.first == "the Member for Ashworth North 2021-04-08")
    }

    /// "Belinda Marsh, the Newmarket MP who ..., crossed the floor. ... The Edmonton MP quit the
    /// Liberal caucus last month": a place before a title is a description, not a name, and two
    /// holders of one title with different places are two people.
    @Test func aPlaceBeforeATitleDescribesSomeoneElse() {
        let d = defectors("On Tuesday Belinda Marsh, the Newmarket MP who finished second in the leadership race, crossed the floor to the Liberals. The Edmonton MP quit the Liberal caucus last month.", published: "2005-05-20")
        #expect(d.contains("Belinda Marsh 2005-05-17"))
        #expect(d.contains("The Edmonton MP 2005-04"))
    }

    /// "4. Jim Jeffords, 2001 / No switch mattered more. On May 24, 2001, ... the Vermont senator
    /// said he was leaving the Republican Party": a numbered heading that names a person is who
    /// the paragraph under it describes, up to its second sentence.
    @Test func aNumberedHeadingNamesThePersonBelow() {
        let d = defectors("""
        Senators rarely change parties. Here are the three that mattered most.

        2. Tom Varley, 2001

        No switch mattered more. On May 24, 2001, in a speech at home, the Vermont senator said he was leaving the Republican Party to become an independent.
        """, published: "2024-06-03")
        #expect(d == ["Tom Varley 2001-05-24"])
    }

    /// "eighteen members of the national football squad": the team they belong to is part of the
    /// description; "During the 2018 crackdown, groups documented the cases of dozens of police
    /// officers who refused orders and fled": counted people right before "who" are its
    /// antecedent even after "of", and an opening "During the 2018 crackdown," dates them.
    @Test func countedPeopleInAReportedList() {
        let d = defectors("Last month eighteen members of the national football squad walked out of their hotel in Kampala.", published: "2013-01-23")
        #expect(d == ["eighteen members of the national football squad 2012-12"])
        let p = defectors("During the 2018 crackdown, human rights groups documented the cases of dozens of police officers who refused orders to fire on crowds and fled across the border into Costa Rica.", published: "2019-07-10")
        #expect(p == ["dozens of police officers 2018"])
        let n = defectors("The diplomats who drafted the text met on Monday.", published: "2019-07-10")
        #expect(n.isEmpty)
    }

    /// "he announced that he would not go back to the Soviet Union": saying one will not return
    /// is the defection (the country is where he will not go); "whole units went over to the
    /// Amal militia".
    @Test func notGoingBackAndGoingOverToAMilitia() {
        let d = base.events("The director Pavel Ivin was filming in Italy. In July 1984, at a press conference in Milan, he announced that he would not go back to the Soviet Union.", published: "1986-12-30", types: ["defection"])
        #expect(d.map { "\($0.agent) \($0.date ?? "-")" } == ["Pavel Ivin 1984-07"])
        let u = defectors("In February 1984 dozens of soldiers went over to the Amal militia.", published: "2024-10-02")
        #expect(u == ["dozens of soldiers 1984-02"])
    }

    /// "Spring 2003: Rovshan Tagiyev, ambassador to Britain, asks for asylum in London": a post
    /// set off by a comma with no article confirms a name no given-name list knows; two posts
    /// joined by "and" ("X, former central bank chief and deputy prime minister,") are both X's.
    @Test func aPostSetOffByACommaConfirmsTheName() {
        let text = """
        The president has lost a string of envoys.

        Spring 2003: Rovshan Tagiyev, ambassador to Britain, asks for asylum in London.

        February 2004: Bekmurad Ovezov, former central bank chief and deputy prime minister, announces from abroad that he has joined the opposition.
        """
        #expect(defectors(text, published: "2004-11-30") == ["Rovshan Tagiyev 2003-03-01", "Bekmurad Ovezov 2004-02"])
    }

    /// "Fourteen Bengali members of Pakistan's embassy ... declared their allegiance to the
    /// government-in-exile": a count opens no name, and a people's name the gazetteer lacks
    /// before the person noun is an adjective; "announced that they no longer served Pakistan"
    /// is a defection too, dated by the announcement.
    @Test func aCountedGroupWithAnUnknownPeoplesName() {
        let d = defectors("Eleven Baluchi members of the embassy resigned on Wednesday and declared their allegiance to the rebel council.", published: "1971-08-05")
        #expect(d == ["Eleven Baluchi members of the embassy 1971-08-04"])
        let n = defectors("In April two diplomats of the High Commission announced that they no longer served Pakistan.", published: "1971-08-05")
        #expect(n == ["two diplomats 1971-04"])
    }

    /// "a group of senior officers led by General X announced that they were breaking with the
    /// President": the group's act is told of the named person who led it, on the day the
    /// paragraph placed ("On Friday ... At around 3 p.m."); "Vice President Y resigns as
    /// secretary and leaves the cabinet": the second present verb shares the first's subject;
    /// ", leaving him with little more than his guard" is no departure.
    @Test func aGroupLedByANamedOfficer() {
        #expect(defectors("On Friday the crowd grew at the shrine. At around 3 p.m. a group of senior officers led by General Renato Dimaculangan announced that they were breaking with the President.", published: "2001-01-20")
                == ["Renato Dimaculangan 2001-01-19"])
        #expect(defectors("Oct. 12, 2000: Vice President Lualhati Sarmiento resigns as social welfare secretary and leaves the cabinet.", published: "2001-01-20")
                == ["Lualhati Sarmiento 2000-10-12"])
        #expect(defectors("The police abandoned President Ramon Dizon on Friday, leaving him with little more than his palace guard.", published: "2001-01-20").isEmpty)
    }

    /// "President X said on Sunday that the guerrilla who deserted the rebels ...": the noun right
    /// before "who" is the one who deserted, not the speaker. A
    /// description in apposition ("Y, the ambassador who broke with the junta") is Y.
    @Test func whoTakesTheNounRightBeforeIt() {
        #expect(defectors("President Tomas Ferreyra said on Sunday that the guerrilla who deserted the rebels with the hostage would receive a reward.", published: "2008-10-27") == ["the guerrilla 2008-10-27"])
        #expect(defectors("Aung Kyaw Naing, the ambassador who broke with the junta in February 2021, spoke again.", published: "2021-06-20") == ["Aung Kyaw Naing 2021-02"])
    }

    /// "Information minister X confirmed the minister's defection": a description does not refer
    /// to the named person its own sentence introduces, but to the minister told before.
    @Test func aDescriptionIsNotItsOwnSentencesSubject() {
        #expect(defectors("Labour minister Gabriel Kuol Deng resigned on Friday and joined the rebels. Information minister Peter Lado Wani confirmed the minister's defection to reporters in Juba.", published: "2017-02-20")
                == ["Gabriel Kuol Deng 2017-02-17"])
    }

    /// "spoke often of his wife and daughter, who had stayed behind in Moscow": the kin before
    /// ", who" stayed at home, not the friends who spoke; "X, Saddam's son-in-law, who fled" is X.
    @Test func kinBeforeWhoAreTheirOwnSubject() {
        #expect(defectors("Friends said that by the summer he had grown depressed and spoke often of his wife and daughter, who had stayed behind in Moscow.", published: "1984-09-19").isEmpty)
        #expect(defectors("Kamel Hassan, the president's son-in-law, who fled to Jordan in August 1995, was killed later.", published: "2003-03-20") == ["Kamel Hassan 1995-08"])
    }

    /// "The military helicopter in which eight servicemen fled Turkey": servicemen are people, so
    /// the military their helicopter belongs to is not who fled; "eight soldiers fled" is.
    @Test func servicemenInARelativeClause() {
        #expect(!defectors("The military helicopter in which eight servicemen fled Turkey on July 16 stands at the airport.", published: "2017-01-26")
            .contains { $0.hasPrefix("The military") })
        #expect(defectors("The military helicopter in which eight soldiers fled Turkey on July 16 stands at the airport.", published: "2017-01-26") == ["eight soldiers 2016-07-16"])
    }

    /// "the ruler of Tibet", "fighting in Darfur": regions that are no state are places of the
    /// gazetteer, never people.
    @Test func regionsArePlacesNotPeople() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "1959-10-22"), publishedBasis: "metadata", text: "The Dalai Lama, the ruler of Tibet, fled to India on March 31."))
        #expect(x.actors.first { $0.name == "Tibet" }?.kind == .location)
    }

    /// In a story of floor crossings: "The last case was Ross Fennell, the Nova Scotia
    /// Progressive Conservative who joined the Liberals in December 2003" is Fennell, and "Jack
    /// Horner, who crossed from the Progressive Conservatives to the Liberals in 1977" crossed
    /// from a party.
    @Test func floorCrossersOfCanadianParties() {
        let text = "Belinda Ward crossed the floor on Tuesday. The last case was Ross Fennell, the Nova Scotia Progressive Conservative who joined the Liberals in December 2003. Jack Horner, who crossed from the Progressive Conservatives to the Liberals in 1977, is another."
        #expect(defectors(text, published: "2005-05-18") == ["Belinda Ward 2005-05-17", "Ross Fennell 2003-12", "Jack Horner 1977"])
    }

    /// People named by what they do, from the person-noun lexicon: "a radio operator", "the
    /// deckhands", not only soldiers and diplomats.
    @Test func occupationsNameUnnamedDefectors() {
        let d = defectors("A radio operator from a Polish freighter went ashore at Tromso on Thursday and asked for political asylum.")
        #expect(d == ["A radio operator 1999-06-10"])
    }

    /// "Mr Lenz, a chemist by training, went to the embassy ... he asked for asylum": a
    /// description qualified by a short phrase before its comma is still the named person's;
    /// so is a definite one ("X, the principal oboist of the city orchestra,").
    @Test func aQualifiedOrDefiniteDescriptionIsTheNamedPerson() {
        let d = defectors("Mr Anton Lenz, a chemist by training, went to the Austrian embassy with his wife. Officials said he had asked for asylum in May 1983.")
        #expect(d == ["Anton Lenz 1983-05"])
        let e = defectors("Marta Holub, the principal oboist of the city orchestra, stayed behind in Vienna and sought asylum on June 3, 1979.")
        #expect(e == ["Marta Holub 1979-06-03"])
    }

    /// "The president said the sergeant who deserted ... would be rewarded": a description that
    /// a relative clause picks out is someone new, not the person just named.
    @Test func aDescriptionWithARelativeClauseIsNotTheNamedSpeaker() {
        let d = defectors("President Ana Ruiz said on Sunday that the sergeant who deserted the rebel army with two hostages would be given a reward.", published: "2009-03-02")
        #expect(!d.contains { $0.hasPrefix("Ana Ruiz") })
    }

    /// "images taken by a photographer who fled": one person right before "who" is the
    /// antecedent even after a preposition; a generic plural is not ("an amnesty to members
    /// of the armed forces who abandon him").
    @Test func onePersonBeforeWhoIsTheAntecedentAfterAPreposition() {
        let d = defectors("A diplomat looks at photographs taken by a former army photographer who defected in 2013.", published: "2014-05-22")
        #expect(d == ["a former army photographer 2013"])
        let g = defectors("The opposition leader has offered an amnesty to members of the armed forces who abandon the president.", published: "2019-02-02")
        #expect(!g.contains { $0.hasPrefix("the armed forces") })
    }

    /// Crews, clerks and servicemen serve a state like soldiers do (`official` in
    /// person_nouns.tsv): going over, crossing over and asking for refuge are their defections.
    @Test func crewsAndClerksAreOfficials() {
        #expect(defectors("Within the hour the crews of two armoured columns went over to the rebels.") == ["the crews 1999-06-12"])
        #expect(defectors("About forty government soldiers crossed over to the insurgents on Wednesday.") == ["About forty government soldiers 1999-06-09"])
        #expect(defectors("Six clerks of the provincial administration crossed the border last month and asked for refuge in Zambia.") == ["Six clerks 1999-05"])
    }

    /// "more than 40 of the party's 53 MLAs": the count, not the whole it is part of.
    @Test func aCountOfAPossessedWhole() {
        let d = defectors("On Monday more than 40 of the party's 53 legislators defected to the breakaway faction.", published: "2023-07-05")
        #expect(d == ["more than 40 of the party's 53 legislators 2023-07-03"])
    }

    /// "Colonel X and a group of army officers joined the protesters": a named person and an
    /// indefinite or counted group after him both act.
    @Test func aNamedPersonAndAGroupJoinedByAnd() {
        let d = defectors("Colonel Tomas Ruiz and a group of army officers joined the protesters in the square on Friday.", published: "2000-01-24")
        #expect(Set(d) == ["Tomas Ruiz 2000-01-21", "a group of army officers 2000-01-21"])
    }

    /// "declared that he had joined them": a pronoun object stands for the group told before,
    /// whose head is what the trigger takes ("the mutineers"); a pronoun for anyone else is not.
    @Test func aPronounObjectStandsForTheGroupItNames() {
        let d = defectors("The mutineers set up their headquarters in Maimana. On Saturday General Karim Jamil landed there and declared that he had joined them.", published: "1997-05-26")
        #expect(d == ["Karim Jamil 1997-05-24"])
        #expect(defectors("Opposition leaders met in Caracas on Monday. On Tuesday General Karim Jamil joined them for dinner.", published: "1997-05-26").isEmpty)
    }

    /// Parties of many countries are in the gazetteer ("the PTI", "the APC", "Umno"); "parted
    /// ways with" a party is leaving it; a courtesy title may stand between a post and a name
    /// ("Former human rights minister Dr Amina Baig").
    @Test func partiesOfManyCountriesAndPartingWays() {
        let d = defectors("Former human rights minister Dr Amina Baig announced on Tuesday that she was leaving the PTI. Senator Omar Latif parted ways with the party last week.", published: "2023-05-25")
        #expect(d == ["Amina Baig 2023-05-23", "Omar Latif 2023-05-15"])
        let n = defectors("Governor Musa Bello left the APC on Wednesday and returned to the PDP.", published: "2018-08-02")
        #expect(n == ["Musa Bello 2018-08-01"])
        #expect(defectors("The striker parted ways with his coach on Monday.", published: "2023-05-25").isEmpty)
    }

    /// The words of party switches in African and Asian English: "decamped to", "crossed
    /// carpet", "resigned his membership of"; "returned to" or "moved to" a party only in a
    /// story of switches; "he" after "told supporters at the rally that X had failed and that"
    /// is the one who told them, also after "who".
    @Test func partySwitchesInAfricanAndAsianEnglish() {
        #expect(defectors("Senator Musa Bello decamped to the APC on Wednesday.", published: "2018-08-02") == ["Musa Bello 2018-08-01"])
        #expect(defectors("Three lawmakers crossed carpet to the ruling party on Tuesday.", published: "2018-08-02") == ["Three lawmakers 2018-07-31"])
        #expect(defectors("Senator Musa Bello resigned his membership of the PDP on Wednesday.", published: "2018-08-02") == ["Musa Bello 2018-08-01"])
        #expect(defectors("Senator Musa Bello returned to the PDP on Wednesday.", published: "2018-08-02").isEmpty)
        let story = "Senator Ada Obi defected to the PDP on Monday. On Wednesday it was the turn of Musa Bello, the governor of Kano, who told supporters at the stadium that the president had failed the country and that he was returning to the PDP."
        #expect(defectors(story, published: "2018-08-02") == ["Ada Obi 2018-07-30", "Musa Bello 2018-08-01"])
    }

    /// "A, who sat in the cabinet under B and C, announced that he had left": the "he" of a
    /// saying verb is its subject, past the names of the relative clause between them.
    @Test func theSayerOfThatIsTheSubjectPastARelativeClause() {
        let story = "Tomas Ferrand, who served as a minister under Paul Reynard and Jean Vasseur, announced on Tuesday that he had left the Radical Party and joined the Gaullists."
        #expect(defectors(story, published: "1977-10-08") == ["Tomas Ferrand 1977-10-04"])
    }

    /// "X was among those who defected", "Among those who defected on Monday were A and B":
    /// "those" stands for the people the sentence names around it.
    @Test func amongThoseWhoNamesTheDoers() {
        #expect(defectors("Deputy Minister Tenzin Dorje was among those who defected to the opposition.", published: "2016-09-17") == ["Tenzin Dorje 2016-09-17"])
        #expect(defectors("Among those who defected to the rebels on Monday were Colonel Ali Kamal and Major Omar Haddad.", published: "2016-09-17") == ["Ali Kamal 2016-09-12", "Omar Haddad 2016-09-12"])
    }

    /// "X and his father, Y, left the delegation": the kinsman named in apposition and the one
    /// before "and" both act.
    @Test func aKinsmanInAppositionJoinsTheSubject() {
        #expect(defectors("On March 28, 1989, the chess player Boris Kamsky and his father, Rustam, left the Soviet delegation in New York and asked for asylum.", published: "1989-04-02")
            == ["Boris Kamsky 1989-03-28", "Rustam 1989-03-28"])
    }

    /// "Berhane Kidanemariam ... Berhane": a given name used alone, which one person of the
    /// story carries first, is that person.
    @Test func aGivenNameAloneIsThePersonWhoCarriesIt() {
        let x = Extractor().extract(Article(published: CalendarDay(iso: "2021-03-12"), publishedBasis: "metadata",
                                            text: "Tesfaye Gebremedhin, the deputy chief of mission, resigned on Wednesday. Tesfaye, who is from Tigray, said he would not go back."))
        #expect(x.actors.filter { $0.kind == .person }.map(\.name) == ["Tesfaye Gebremedhin"])
    }

    /// "Yulieski Marrero and his younger brother, Lazaro Marrero, slipped away": a name that
    /// "his" refers back to at once, with a kinsman after it, is a person's even when the list
    /// of given names does not know it.
    @Test func aNameWithHisKinsmanIsAPerson() {
        #expect(defectors("Yulieski Marrero and his younger brother, Lazaro Marrero, slipped away from the team hotel on Monday, February 8, and asked for asylum.", published: "2016-02-12")
            == ["Yulieski Marrero 2016-02-08", "Lazaro Marrero 2016-02-08"])
    }
}
