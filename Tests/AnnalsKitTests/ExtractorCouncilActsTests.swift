import Testing
@testable import AnnalsKit

/// Council acts told by what they do rather than by "adopted": a council that renews, extends,
/// creates or imposes has adopted a resolution. All sentences are written for these tests.
@Suite("Extractor: council acts")
struct ExtractorCouncilActsTests {
    let base = ExtractorRecallTests()

    /// What only a council's resolution does, told of the council: renewing or extending a
    /// mandate, creating or setting up a force or tribunal, imposing an embargo (an adverb after
    /// the object, "once more", does not make the object a modifier). What it is "time that" the
    /// council did is called for, not done.
    @Test(arguments: [
        ("The Security Council met on Monday. In January the council renewed the mandate once more, unanimously.", "2014-01"),
        ("The Security Council extended the mission again in March.", "2014-03"),
        ("The Security Council established a tribunal for the war in 1993.", "1993"),
        ("The Security Council imposed an arms embargo in November 1977.", "1977-11"),
        // A mission named by its acronym; prolonging it; endorsing an accord; a unanimous call.
        ("The Security Council established UNOMSIL on 13 July 1998 to watch the disarmament.", "1998-07-13"),
        ("The Security Council met often that year. On 9 March it prolonged the mission until June.", "2014-03-09"),
        ("The Security Council endorsed the peace agreement in May 2004.", "2004-05"),
        ("The Security Council endorsed the truce deal in June 2004.", "2004-06"),
        ("On 2 May the Security Council unanimously called for an immediate ceasefire.", "2014-05-02"),
        // A call on a state, a demand or a condemnation on a given day is a resolution's.
        ("The Security Council in March 1970 called upon Britain to end the rebellion in Rhodesia.", "1970-03"),
        ("On Thursday night the Security Council deplored the invasion and called on all troops to withdraw.", "2014-05-22"),
    ])
    func councilActsAreAdoptions(_ text: String, date: String) {
        let e = base.events(text, types: ["resolution_adopted"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
        #expect(e.first?.date == date)
    }

    /// The African Union's Peace and Security Council is not the United Nations Security
    /// Council, and endorsing a plan is no resolution of a body that does not adopt them; nor
    /// is every capitalised word a UN mission's acronym.
    @Test func anotherSecurityCouncilAndAnotherAcronym() {
        let au = base.events("The African Union's Peace and Security Council endorsed the plan in November.", types: ["resolution_adopted"])
        #expect(au.isEmpty)
        #expect(EventFinder.isMissionAcronym("UNAMET") && EventFinder.isMissionAcronym("MINUSMA") && EventFinder.isMissionAcronym("MONUC"))
        #expect(!EventFinder.isMissionAcronym("UN") && !EventFinder.isMissionAcronym("Unamet") && !EventFinder.isMissionAcronym("NATO"))
    }

    /// "introduced by the Norwegian delegate and sponsored with him by Chile, Peru and Ghana":
    /// co-sponsors named after "with him by" each proposed the draft.
    /// "vetoed a resolution by Ruritania, Malaysia and Ethiopia", "tabled by Kenya together with
    /// Cameroon and Mauritania": the states a draft is by, and partners joined "together with".
    /// Not a body that adopted it nor a tally ("a resolution by the Assembly", "by 13 votes").
    @Test func aDraftByStatesAndPartnersTogetherWithThem() {
        let by = base.events("The United States yesterday vetoed a resolution by Ethiopia, Malaysia and Zambia that would have condemned the search.", published: "1990-01-18", types: ["resolution_proposed"])
        #expect(by.map(\.agent) == ["Ethiopia", "Malaysia", "Zambia"])
        let together = base.events("The draft was tabled by Kenya together with Cameroon and Mauritania, the three African members of the Council.", published: "1974-11-01", types: ["resolution_proposed"])
        #expect(together.map(\.agent) == ["Kenya", "Cameroon", "Mauritania"])
        let body = base.events("The Assembly adopted the text by 90 votes to 12, recalling a resolution by the General Assembly in 1962.", published: "1974-11-01", types: ["resolution_proposed"])
        #expect(body.isEmpty)
    }

    @Test func sponsoredWithHimBy() {
        let e = base.events("The draft, introduced by the Norwegian delegate, Olav Berg, and sponsored with him by Chile, Peru and Ghana, called for a ceasefire.", types: ["resolution_proposed"])
        #expect(Set(e.map(\.agent)) == ["Norway", "Chile", "Peru", "Ghana"])
    }

    /// "The Council announced on 14 August its failure to adopt a draft": the failure told as a
    /// noun. "received 3 votes in favour, 2 against (China, Russian Federation) and 10
    /// abstentions": short of nine votes a draft fails without a veto; with ten in favour the
    /// permanent member against it vetoed it.
    @Test func aFailureToAdoptAndTheVotesItGot() {
        let text = "The Security Council announced on 14 August its failure to adopt a draft resolution on the embargo. The draft received 3 votes in favour, 2 against (China, Russian Federation) and 10 abstentions."
        let e = base.events(text, published: "2020-08-15", types: ["resolution_failed", "veto"])
        #expect(e.map(\.type) == ["resolution_failed"])
        #expect(e.first?.date == "2020-08-14")
        let vetoed = base.events("The Security Council today failed to adopt a draft resolution on the embargo. The draft received 13 votes in favour, 2 against (China, Russian Federation).", published: "2020-08-15", types: ["veto"])
        #expect(Set(vetoed.map(\.agent)) == ["China", "Russia"])
    }

    @Test func whatItIsTimeTheCouncilDidIsCalledFor() {
        let e = base.events("Britain has long said that it is past time that this Council imposed an arms embargo on the junta.", types: ["resolution_adopted"])
        #expect(e.allSatisfy { $0.status == "called_for" })
    }

    /// "the council unanimously demanded that ...": what a voting body did unanimously it voted
    /// for; so is what it demanded on a given day (`callsThatAreNoAdoptions` for the limits),
    /// but not a demand it keeps making.
    @Test func whatACouncilDidUnanimouslyIsAnAdoption() {
        let e = base.events("The Security Council met again. On Dec. 4 the council unanimously demanded that the hostages be freed.", published: "1980-01-15", types: ["resolution_adopted"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["U.N. Security Council 1979-12-04"])
        #expect(base.events("The Security Council met again. On Dec. 4 the council demanded that the hostages be freed.", published: "1980-01-15", types: ["resolution_adopted"]).count == 1)
        #expect(base.events("The Security Council met again. The council has long demanded that the hostages be freed.", published: "1980-01-15", types: ["resolution_adopted"]).isEmpty)
    }

    /// "The mission was created in May 2004 by resolution 1545": a council act whose passive
    /// agent is a numbered resolution is that resolution's adoption by the Council.
    @Test func anActByANumberedResolution() {
        let e = base.events("The mission was created in May 2004 by resolution 1545, which sent troops to the region.", published: "2010-01-10", types: ["resolution_adopted"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["U.N. Security Council 2004-05"])
    }

    /// "the operation set up under Security Council resolution 745", "it broadened the sanctions
    /// with resolution 917": a council act done under or with a numbered resolution is its
    /// adoption, even told as a participle after its object.
    @Test(arguments: [
        ("The peacekeeping force set up under Security Council resolution 1031 in December 1995 is leaving.", "1995-12"),
        ("The Security Council first imposed an embargo in 1991. In May 1998 it widened the sanctions into a full trade ban with resolution 1172.", "1998-05"),
    ])
    func actsUnderANumberedResolution(_ text: String, date: String) {
        let e = base.events(text, types: ["resolution_adopted"])
        #expect(e.contains { $0.agent == "U.N. Security Council" && $0.date == date })
    }

    /// "Russia voted against that measure too, but procedural decisions cannot be vetoed": a
    /// permanent member's no on a procedural vote is no veto, and "not subject to a veto and the
    /// text passed": the negation does not reach past "and" and a new subject.
    @Test func aProceduralNoIsNoVeto() {
        let e = base.events("On Sunday the council adopted a procedural resolution. France voted against it, but procedural decisions are not subject to a veto and the text passed with 12 votes.", published: "2019-03-05")
        #expect(!e.contains { $0.type == "veto" || $0.type == "resolution_failed" })
    }

    /// "Malaysia proposed that the council create an international tribunal": what one proposes
    /// that the council do is called for, not done.
    @Test func whatIsProposedThatTheCouncilDoIsCalledFor() {
        let e = base.events("A year later Malaysia proposed that the council create an international tribunal for the crash.", types: ["resolution_adopted"])
        #expect(e.allSatisfy { $0.status == "called_for" })
    }

    /// "A British-American text ... was put to a vote in the Security Council on July 14, 1976,
    /// and received only six votes": a verb after "and" whose sentence opens on the draft has
    /// the draft for its subject, however far; its sponsors proposed it before the vote.
    @Test func aDraftThatWasPutToAVoteAndFellShort() {
        let e = base.events("A French-Italian text condemning the raid was put to a vote in the Security Council on July 14, 1981, and received only five votes, four short of what it needed.", published: "2003-08-18")
        #expect(e.contains { $0.type == "resolution_failed" && $0.date == "1981-07-14" })
        #expect(e.filter { $0.type == "resolution_proposed" }.allSatisfy { $0.date == "1981-07-14" && $0.precision == "before" })
    }

    /// "As Iranian troops prepared to cross into Iraq, the Council adopted resolution 514": the
    /// object of an infinitive's preposition before the comma is no first item of the subject.
    @Test func aPlaceBeforeTheCommaIsNoCoSubject() {
        let e = base.events("As Syrian troops prepared to cross into Jordan, the Council adopted resolution 1014.", types: ["resolution_adopted"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
    }

    /// "a year in which the Council also, on 9 May 1988, condemned the use of chemical weapons
    /// in resolution 612": a time set off by commas between subject and verb is skipped to find
    /// the subject and dates the verb, and what a voting body did in a numbered resolution is
    /// also that resolution's adoption.
    @Test func anActDoneInANumberedResolution() {
        let e = base.events("The war dragged on, and the Council also, on 9 May 1988, condemned the use of chemical weapons in resolution 612.", published: "2018-07-18", types: ["resolution_adopted"])
        #expect(e.map(\.agent) == ["U.N. Security Council"])
        #expect(e.first?.date == "1988-05-09")
    }

    /// "Russia voted against, and a single negative vote from a permanent member is all it
    /// takes: the draft was not adopted": a vote against with no object, in a sentence that
    /// tells the draft fell, is a veto; not by an elected member.
    @Test func aVoteAgainstThatKilledTheDraft() {
        let v = base.events("On Wednesday the draft came to a vote. China voted against, and a single negative vote from a permanent member is enough: the draft was not adopted.", published: "2016-05-13", types: ["veto"])
        #expect(v.map(\.agent) == ["China"])
        #expect(v.first?.date == "2016-05-11")
        let elected = base.events("Algeria voted against, and the draft was not adopted.", published: "2016-05-13", types: ["veto"])
        #expect(elected.isEmpty)
    }

    /// "the voluntary embargo the Council had called for in resolution 181 of August 1963": what a
    /// voting body called for in a numbered resolution it adopted, not proposed; "the Security
    /// Council this afternoon decided unanimously that all States shall cease" is an adoption.
    @Test func calledForInAResolutionAndDecidedUnanimously() {
        let e = base.events("It turns into an obligation the voluntary embargo the Council had called for in resolution 181 of August 1963.", published: "1977-11-04", types: ["resolution_adopted", "resolution_proposed"])
        #expect(e.map { "\($0.type) \($0.date ?? "-")" } == ["resolution_adopted 1963-08"])
        let u = base.events("The Security Council this afternoon decided unanimously that all States shall cease any provision of arms.", published: "1977-11-04", types: ["resolution_adopted"])
        #expect(u.map(\.date) == ["1977-11-04"])
    }

    /// "In August 2015 the council, by resolution 2235, created a mechanism": the resolution set
    /// off between subject and verb is the one the act was done by.
    @Test func aResolutionSetOffBeforeTheVerb() {
        let e = base.events("The inquiry ran for two years. In August 2015 the council, by resolution 2235, created a joint mechanism. Resolution 2118, adopted unanimously in September 2013, stays in force.", published: "2018-04-15", types: ["resolution_adopted"])
        #expect(Set(e.compactMap(\.date)) == ["2015-08", "2013-09"])
    }

    /// "The United States on Wednesday vetoed Angola's application for membership": a veto of a
    /// membership application is a veto, and the recommendation fails; "joined in a triple veto
    /// against a resolution" is a share in the veto by each member named.
    @Test func membershipVetoesAndAShareInAVeto() {
        let e = base.events("The United States on Wednesday vetoed Mongolia's application for membership in the United Nations.", published: "1976-06-24", types: ["veto", "resolution_failed"])
        #expect(e.map { "\($0.type) \($0.agent) \($0.date ?? "-")" } == ["veto United States 1976-06-23", "resolution_failed U.N. Security Council 1976-06-23"])
        let j = base.events("A year ago this month, Britain and France joined in a double veto against a resolution on the embargo.", published: "1976-06-24", types: ["veto"])
        #expect(j.map { "\($0.agent) \($0.date ?? "-")" } == ["United Kingdom 1975-06", "France 1975-06"])
    }

    /// "the Soviet delegate cast two vetoes": a state's veto is cast by its delegate, so the
    /// state is the agent; not when the delegate only speaks of a veto ("The representative of
    /// France said the use of the veto was regrettable").
    @Test func aDelegateCastsTheStatesVeto() {
        let v = base.events("On July 26 the Soviet delegate cast two vetoes in a single sitting.", published: "1960-09-08", types: ["veto"])
        #expect(v.map { "\($0.agent) \($0.date ?? "-")" } == ["Soviet Union 1960-07-26", "Soviet Union 1960-07-26"])
        let said = base.events("Russia vetoed the draft. The representative of France said the use of the veto today was deeply regrettable.", published: "2019-02-28", types: ["veto"])
        #expect(said.map(\.agent) == ["Russia"])
    }

    /// "a milder draft, presented by four European members of the council -- Britain, France,
    /// Portugal and Sweden --": the members named between dashes are the sponsors.
    @Test func sponsorsNamedBetweenDashes() {
        let e = base.events("On March 7 a milder draft, presented by three members of the council -- Britain, Portugal and Sweden -- failed when the United States voted against it.", published: "1997-03-22", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["United Kingdom", "Portugal", "Sweden"])
    }

    /// "two draft resolutions submitted by X were not adopted because of the negative votes of two
    /// permanent members: A and B": each text fails and each member vetoes each text; a count
    /// of texts that are not the failure's subject ("Of the three drafts, Russia vetoed one") is
    /// no count of vetoes.
    @Test func countedTextsThatFailedTogether() {
        let e = base.events("On Monday, two draft resolutions submitted by Ghana were not adopted because of the negative votes of two permanent members: France and the United States.", published: "1977-11-04", types: ["veto", "resolution_failed"])
        #expect(e.filter { $0.type == "veto" }.map(\.agent) == ["France", "France", "United States", "United States"])
        #expect(e.filter { $0.type == "resolution_failed" }.count == 2)
        let one = base.events("Of the three drafts tabled this year, Russia vetoed one on Monday.", published: "1977-11-04", types: ["veto"])
        #expect(one.count == 1)
    }

    /// "Yakov Orlov, the Soviet representative, vetoed the draft ... The text had been sponsored
    /// by Mr. Orlov": a named delegate votes and puts texts forward for his state.
    @Test func aNamedDelegateActsForTheState() {
        let e = base.events("Yakov Orlov, the Soviet representative, vetoed the American draft on Wednesday. The rival text had been sponsored by Mr. Orlov.", published: "1950-09-08", types: ["veto", "resolution_proposed"])
        #expect(e.map { "\($0.type) \($0.agent)" } == ["veto Soviet Union", "resolution_proposed Soviet Union"])
    }

    /// "The Soviet resolution had been laid before the Council by Mr. Malik on Aug. 8": "laid"
    /// (and other irregular participles) makes a passive, whose "by" names the proposer.
    @Test func aTextLaidBeforeTheCouncil() {
        let e = base.events("The Soviet resolution had been laid before the Council by Norway on Aug. 8.", published: "1950-09-08", types: ["resolution_proposed"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["Norway 1950-08-08"])
    }

    /// "the delegation of El Salvador put down a draft resolution": "put down" a text proposes
    /// it, and a state's delegation acts for the state; "Police put down the protest" is no
    /// proposal.
    @Test func aDelegationPutsDownADraft() {
        let e = base.events("In November 1950 the delegation of Ecuador put down a draft resolution condemning the invasion.", published: "1959-10-22", types: ["resolution_proposed"])
        #expect(e.map { "\($0.agent) \($0.date ?? "-")" } == ["Ecuador 1950-11"])
        #expect(base.events("Police put down the protest in November.", published: "1959-10-22", types: ["resolution_proposed"]).isEmpty)
    }

    /// "put forward jointly by Ireland and the Federation of Malaya": a state that no longer
    /// exists is a country of the gazetteer too.
    @Test func aFormerStateSponsors() {
        let e = base.events("The resolution, put forward jointly by Ireland and the Federation of Malaya, was adopted late on Wednesday.", published: "1959-10-22", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["Ireland", "Federation of Malaya"])
        // The United Arab Republic, Rhodesia, and old names of states that still exist.
        let uar = base.events("The draft was put forward by the United Arab Republic and Dahomey on Monday.", published: "1963-03-06", types: ["resolution_proposed"])
        #expect(uar.map(\.agent) == ["United Arab Republic", "Benin"])
    }

    /// "put forward by the ten elected members and introduced at the meeting by Slovenia": a short
    /// place or time between a participle and its "by"; "defected in 2017 by swimming" has no agent
    /// after "by" and is no passive.
    @Test func aPassiveAgentAfterAShortPhrase() {
        let e = base.events("Washington on Wednesday vetoed a draft put forward by the ten elected members of the Council and introduced at the meeting by Slovenia.", published: "2025-06-06", types: ["resolution_proposed"])
        #expect(Set(e.map(\.agent)) == ["ten elected members of the Council", "Slovenia"])
        let d = base.events("In July a young man who had defected in 2017 by swimming across the estuary went back.", published: "2020-08-01", types: ["defection"])
        #expect(d.map(\.agent) == ["a young man"])
    }

    /// "submitted by the council's three African and Asian members, Ceylon, Liberia and the
    /// United Arab Republic": the members named in apposition, not the council.
    @Test func membersOfABodyNamedInApposition() {
        let e = base.events("The text had been submitted by the council's two African and Asian members, Ceylon and Liberia, and was adopted on Friday.", published: "1961-06-12", types: ["resolution_proposed"])
        #expect(e.map(\.agent) == ["Sri Lanka", "Liberia"])
    }

    /// What a council calls for in a statement, on no given day, or in a text it did not pass
    /// ("a resolution that would have condemned", "resolution 418, which condemned ... and
    /// demanded") is no adoption of its own.
    @Test func callsThatAreNoAdoptions() {
        #expect(base.events("In a presidential statement on Monday the Security Council called on both sides to hold their fire.", types: ["resolution_adopted"]).isEmpty)
        #expect(base.events("The Security Council has repeatedly called on the parties to respect the truce.", types: ["resolution_adopted"]).isEmpty)
        #expect(base.events("Russia on Wednesday blocked a Security Council resolution that would have condemned last week's attack on the convoy.", types: ["resolution_adopted"]).isEmpty)
        let one = base.events("On Monday the Council unanimously adopted resolution 418 (1977), which condemned the arrests of 19 October and demanded the release of the detainees.", types: ["resolution_adopted"])
        #expect(one.count == 1)
    }
}
