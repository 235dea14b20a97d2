import Testing
@testable import AnnalsKit

/// Status (modality), unnamed actors, dates and page furniture, on sentences written for these tests.
@Suite("Extractor: status, actors, dates, furniture")
struct ExtractorStatusTests {
    let extractor = Extractor()

    func events(_ text: String, published: String = "2014-05-09", type: String = "defection") -> [(agent: String, status: String, date: String?, precision: String)] {
        let x = extractor.extract(Article(published: CalendarDay(iso: published), publishedBasis: "metadata", text: text))
        return x.events.filter { $0.type == type }.flatMap { e in
            e.participants.filter { $0.part == .agent }.map { (x.actors[$0.actor].name, e.status.rawValue, e.date.text, e.date.precision.rawValue) }
        }
    }

    /// "accounts, never confirmed, that X had flown his jet" is a rumour; "replies claiming she
    /// had quit" a claim; "made it eight on Tuesday evening, announcing her resignation" is dated
    /// by the clause before the participle.
    @Test func neverConfirmedAccountsAndClaimingReplies() {
        let rumour = events("Exiles circulated accounts, never confirmed, that a squadron commander had flown his jet to Kenya in 1978.")
        #expect(rumour.map(\.status) == ["rumored"])
        let claim = events("Seven MPs quit the Labour Party on Monday. One shadow minister who was tagged in replies claiming she had quit the party that afternoon said nothing.", published: "2019-02-20")
        #expect(claim.first { $0.agent == "One shadow minister" }?.status == "claimed")
        let dated = events("Joan Park, the MP for Hartley, made it eight on Tuesday evening, announcing her resignation from the Labour Party.", published: "2019-02-20")
        #expect(dated.map(\.date) == ["2019-02-19"])
    }

    /// "gossip had it that ...", "reports, which no one would confirm, that ...": a rumour; and
    /// "called the story a malicious invention", "called the report \"a fantasy\"" deny it.
    @Test func gossipUnconfirmedReportsAndVerdictsOfInvention() {
        let gossip = events("Lobby talk this week had it that a junior member of the delegation had quietly asked the Americans for asylum.", published: "1974-11-01")
        #expect(gossip.map(\.status) == ["rumored"])
        let unconfirmed = events("Two newspapers carried reports, which no one in the capital would confirm, that a second pilot had flown his jet to Malta and asked for asylum there.", published: "1989-10-14")
        #expect(unconfirmed.map(\.status) == ["rumored"])
        let invention = events("Rumour had it that a junior diplomat had asked for asylum; the mission called the story a malicious invention.", published: "1974-11-01")
        #expect(invention.map(\.status) == ["denied"])
        let fantasy = events("A television channel said at the weekend that a rebel field commander had gone over to the government side, and a rebel spokesman called the report \"a fantasy\".", published: "2015-05-01")
        #expect(fantasy.map(\.status) == ["denied"])
    }

    /// "media also reported", "newspapers have reported": an adverb or auxiliary inside a
    /// cue phrase still hedges what is reported.
    @Test func cuesWithAnAdverbOrAuxiliaryInside() {
        let also = events("Local media also reported on Friday that a second naval attache had sought protection in Canada.")
        #expect(also.map(\.status) == ["rumored"])
        let have = events("Newspapers have reported that a junior consul defected to Sweden last month.")
        #expect(have.map(\.status) == ["rumored"])
    }

    /// "The rebels claimed on Friday that hundreds of soldiers had gone over to them": a party's
    /// claim, with a time between the verb and "that".
    @Test func aClaimThatIsClaimed() {
        let e = events("The rebel command claimed on Friday that hundreds of government soldiers had since gone over to its side.")
        #expect(e.map(\.status) == ["claimed"])
    }

    @Test func deniedByTheGovernment() {
        let e = events("Deputy Interior Minister Karim Nassar announced his defection in a video on Tuesday. The government dismissed that video as a fabrication.")
        #expect(e.map(\.status) == ["denied"])
    }

    @Test func denialOfReportsThatHeDefected() {
        let e = events("Foreign Minister Walid Haddad denied reports that he had defected, appearing on state television on Wednesday.")
        #expect(e.allSatisfy { $0.status == "denied" })
    }

    @Test func negatedDefection() {
        let e = events("General Sami Youssef has not defected, his office said.")
        #expect(e.allSatisfy { $0.status == "negated" })
    }

    /// "so it failed without anyone needing to cast a veto", "none has been adopted": an act
    /// the clause says did not happen.
    @Test func withoutAndNoneNegate() {
        #expect(events("Britain and France voted against it, so it failed without anyone needing to cast a veto.", type: "veto").allSatisfy { $0.status == "negated" })
        #expect(events("Drafts to curb the practice have circulated for years, but none has been adopted.", type: "resolution_adopted").allSatisfy { $0.status == "negated" })
    }

    @Test func futureDefectionIsHypothetical() {
        let e = events("Colonel Fadi Aziz will defect to the opposition next week, his relatives said.")
        #expect(e.allSatisfy { $0.status == "hypothetical" })
    }

    /// What newspapers report, or outlets citing unnamed officials, and corridor talk are
    /// rumours, not facts the text vouches for.
    @Test(arguments: [
        "Gulf newspapers reported on Sunday that the commander of an army division had crossed into Kuwait.",
        "News outlets, citing unnamed officials, have reported that Colonel Reza Amini defected last month.",
        "There was talk in the corridors that two junior members of the mission had asked for asylum.",
    ])
    func mediaReportsAndTalkAreRumours(_ text: String) {
        #expect(events(text).map(\.status) == ["rumored"])
    }

    @Test func rumorsThatSomeoneDefected() {
        let e = events("There were rumors that Brig. Gen. Anwar Saleh had switched sides.")
        #expect(e.allSatisfy { $0.status == "rumored" })
    }

    @Test func unnamedSoldierIsAnActorNotANewName() {
        let x = extractor.extract(Article(published: CalendarDay(2014, 5, 9), publishedBasis: "metadata",
                                          text: "A Chinese soldier defected across the border on Friday. The soldier was taken in for questioning."))
        let agents = x.events.filter { $0.type == "defection" }.flatMap(\.participants).filter { $0.part == .agent }.map { x.actors[$0.actor] }
        #expect(agents.count == 1)
        #expect(agents.first?.isNamed == false)
        #expect(agents.first?.country == "CHN")
        #expect(agents.first?.name == "A Chinese soldier")
    }

    @Test func collectiveCoSponsorsWithACount() {
        let e = events("More than 40 countries co-sponsored the draft resolution.", type: "resolution_proposed")
        #expect(e.map(\.agent) == ["More than 40 countries"])
    }

    @Test func appositionNamesTheDescription() {
        let e = events("A senior diplomat defected on Monday. The diplomat, Omar Khalil, told reporters he feared for his family.")
        #expect(e.map(\.agent) == ["Omar Khalil"])
        #expect(e.first?.date == "2014-05-05")
    }

    @Test func relativeClauseAgentAndMonth() {
        let e = events("Brig. Gen. Yusuf Kanaan, who broke with the regime in March, spoke to reporters.")
        #expect(e.map(\.agent) == ["Yusuf Kanaan"])
        #expect(e.first?.date == "2014-03" && e.first?.precision == "month")
    }

    @Test func presentPerfectLedeIsThePublicationDay() {
        let e = events("An air force colonel has defected to Jordan, officials said.")
        #expect(e.first?.date == "2014-05-09")
    }

    @Test func pastWithoutDateIsBeforePublication() {
        let e = events("Officials said later that the ambassador to Iran, Samir Dawud, defected and joined the opposition.")
        #expect(e.first?.precision == "before" && e.first?.date == "2014-05-09")
    }

    @Test func listBoxEntriesYieldEvents() {
        let text = "Syria lost another diplomat this week.\n\nNotable Defectors:\n\nKhaled Omar - March 3\n\nYasmin Haddad, ambassador to Cyprus - April 20\n\nThe list grows."
        let e = events(text)
        #expect(Set(e.map(\.agent)) == ["Khaled Omar", "Yasmin Haddad"])
        #expect(e.contains { $0.agent == "Khaled Omar" && $0.date == "2014-03-03" })
    }

    @Test func captionRepeatedDoesNotDoubleTheEvent() {
        let caption = "Col. Hadi Mahmoud, who defected on Monday, speaks to reporters in Amman, May 6, 2014."
        let e = events("\(caption)\n\(caption)\n\nThe colonel said others would follow.")
        #expect(e.count == 1)
    }

    /// "reports, which could not be independently verified, that dozens of soldiers had switched
    /// sides": what the text says it could not verify is rumored.
    @Test func whatCouldNotBeVerifiedIsRumored() {
        let e = events("Last week, there were reports, which could not be independently verified, that dozens of soldiers had switched sides in the town.")
        #expect(e.map(\.status) == ["rumored"])
    }

    /// "An embassy statement said the official was on leave in the Soviet Union": a bare form
    /// after "on" is a noun ("on leave"), no leaving.
    @Test func onLeaveIsNoLeaving() {
        #expect(events("The embassy said the attache was on leave in the Soviet Union.", published: "1984-09-19").isEmpty)
    }

    /// "said ... that the report was false", "told me that that was, quote, a complete
    /// fabrication": a verdict after "was" whose subject is the report denies what it told.
    @Test func aReportCalledFalseAfterBeIsDenied() {
        let e = events("One Ohio Democrat, who a local paper reported last week had told Republican leaders he was quitting the party, said today that the report was false.")
        #expect(e.map(\.status) == ["denied"])
        let f = events("There is a story going around that a counsellor at the embassy has asked for asylum. The embassy told me that that was, quote, a complete fabrication.")
        #expect(f.map(\.status) == ["denied"])
    }

    /// "There is talk around the press gallery that a second MP quit the party this morning":
    /// talk is a rumour.
    @Test func talkIsARumour() {
        let e = events("There is talk around the press gallery that Deputy Ana Liufau quit the party this morning.")
        #expect(e.map(\.status) == ["rumored"])
    }

    /// "There were reports in Bangkok yesterday that an official had crossed": a place after
    /// "in" may stand inside the cue "reports that".
    @Test func reportsFromAPlaceAreRumours() {
        let e = events("There were also reports in Vientiane yesterday that Colonel Somchai Vong had crossed into Thailand on Sunday.")
        #expect(e.map(\.status) == ["rumored"])
    }
}
