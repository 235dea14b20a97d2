import Testing
import Foundation
@testable import AnnalsKit

/// A migrated store holding Tests/Fixtures/ask-sample.sql.
func withSampleStore<T>(_ body: (Store) throws -> T) throws -> T {
    try withTemporaryDatabasePath { path in
        let store = try Store(path: path)
        try store.database.executeScript(try readPackageFile("Tests/Fixtures/ask-sample.sql"))
        return try body(store)
    }
}

func column(_ result: QueryResult, _ name: String) -> [String] {
    guard let i = result.columns.firstIndex(of: name) else { return [] }
    return result.rows.map { $0[i].description }
}

/// The rows answering a question (empty for the defectors form).
func ask(_ store: Store, _ question: String) throws -> QueryResult {
    rows(try store.ask(question).answer)
}

func rows(_ answer: Answer) -> QueryResult {
    if case .rows(let r) = answer { return r }
    return QueryResult(columns: [], rows: [])
}

@Suite("ask: question forms")
struct AskParseTests {
    let july2012 = Period(start: CalendarDay(2012, 7, 1), end: CalendarDay(2012, 7, 31))
    let year2012 = Period(start: CalendarDay(2012, 1, 1), end: CalendarDay(2012, 12, 31))

    @Test func whoDefected() throws {
        #expect(try Question.parse("Who defected and when?") == .defectors(from: nil, period: nil))
        #expect(try Question.parse("who defected from Syria in 2012") == .defectors(from: "syria", period: year2012))
        #expect(try Question.parse("Who has defected since March 2012?")
                == .defectors(from: nil, period: Period(start: CalendarDay(2012, 3, 1), end: nil)))
        #expect(try Question.parse("who defected between 2011 and 2012")
                == .defectors(from: nil, period: Period(start: CalendarDay(2011, 1, 1), end: CalendarDay(2012, 12, 31))))
    }

    @Test func whoVetoed() throws {
        #expect(try Question.parse("who vetoed and when") == .vetoes(about: nil, period: nil))
        #expect(try Question.parse("Who vetoed the resolution on Syria in July 2012?") == .vetoes(about: "syria", period: july2012))
    }

    @Test func resolutions() throws {
        #expect(try Question.parse("which resolutions were adopted") == .resolutions(outcome: .adopted, about: nil, period: nil))
        #expect(try Question.parse("Which resolutions failed in 2012?") == .resolutions(outcome: .failed, about: nil, period: year2012))
        #expect(try Question.parse("what resolutions were proposed on Syria") == .resolutions(outcome: .proposed, about: "syria", period: nil))
        #expect(try Question.parse("which resolutions passed") == .resolutions(outcome: .adopted, about: nil, period: nil))
    }

    @Test func activity() throws {
        #expect(try Question.parse("What did Russia do in July 2012?") == .activity(actor: "russia", period: july2012))
        #expect(try Question.parse("what has the Security Council done") == .activity(actor: "the security council", period: nil))
    }

    @Test func whenDid() throws {
        #expect(try Question.parse("When did Nawaf Fares defect?") == .when(actor: "nawaf fares", type: "defection"))
        #expect(try Question.parse("when did Russia veto a resolution") == .when(actor: "russia", type: "veto"))
    }

    @Test func whoIsAndRoles() throws {
        #expect(try Question.parse("Who is Nawaf Fares?") == .roles(actor: "nawaf fares"))
        #expect(try Question.parse("which roles did Fares hold") == .roles(actor: "fares"))
    }

    @Test func roleHolder() throws {
        #expect(try Question.parse("Who was Syria's ambassador to Iraq in 2012?")
                == .roleHolder(role: "ambassador to iraq", of: "syria", period: year2012))
        #expect(try Question.parse("who is the deputy minister of Syria") == .roleHolder(role: "deputy minister", of: "syria", period: nil))
    }

    @Test func eventsBetween() throws {
        #expect(try Question.parse("events between 1 April 2012 and 2012-07-31 involving Russia")
                == .events(period: Period(start: CalendarDay(2012, 4, 1), end: CalendarDay(2012, 7, 31)), involving: "russia"))
        #expect(try Question.parse("what happened in July 2012") == .events(period: july2012, involving: nil))
    }

    @Test func howMany() throws {
        #expect(try Question.parse("How many vetoes by Russia in 2012?") == .count(type: "veto", actor: "russia", agentOnly: true, period: year2012))
        #expect(try Question.parse("how many events involving China") == .count(type: nil, actor: "china", agentOnly: false, period: nil))
        #expect(try Question.parse("how many times did Russia veto") == .count(type: "veto", actor: "russia", agentOnly: true, period: nil))
    }

    @Test func unknownQuestionsGetSuggestionsNotGuesses() {
        for text in ["what is the weather like", "who won the election", "defections?", "when did Russia sneeze",
                     "what did do", "events involving Russia", ""] {
            #expect(throws: QuestionNotUnderstood.self, "\(text)") { try Question.parse(text) }
        }
        do {
            _ = try Question.parse("who did defect")
            Issue.record("expected QuestionNotUnderstood")
        } catch let error as QuestionNotUnderstood {
            #expect(error.suggestions.first == "who defected and when")
            #expect(error.description.contains("who defected and when"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func periods() {
        #expect(Period(phrase: "on 19 july 2012") == Period(start: CalendarDay(2012, 7, 19), end: CalendarDay(2012, 7, 19)))
        #expect(Period(phrase: "on july 19, 2012") == Period(start: CalendarDay(2012, 7, 19), end: CalendarDay(2012, 7, 19)))
        #expect(Period(phrase: "before 2012") == Period(start: nil, end: CalendarDay(2011, 12, 31)))
        #expect(Period(phrase: "after 2012-07") == Period(start: CalendarDay(2012, 8, 1), end: nil))
        #expect(Period(phrase: "in the 1990s") == Period(start: CalendarDay(1990, 1, 1), end: CalendarDay(1999, 12, 31)))
        #expect(Period(phrase: "in syria") == nil)
        #expect(Period(phrase: "on 31 february 2012") == nil)
    }

    /// Question words reach SQL only as bound values.
    @Test func valuesAreBoundNotSpliced() throws {
        let plan = try Question.parse("what did Robert'); DROP TABLE event; -- do").plan
        #expect(!plan.sql.contains("DROP"))
        #expect(plan.arguments[":actor"] == .text("robert drop table event"))
    }
}

@Suite("ask: answers")
struct AskAnswerTests {
    @Test func whoDefectedMergesPerDefectorAndHidesUnreported() throws {
        try withSampleStore { (store: Store) throws in
            let (_, answer) = try store.ask("who defected and when")
            guard case .defectors(let records) = answer else { Issue.record("expected defectors"); return }
            #expect(records.map(\.actor) == ["Karim Haddad", "Nawaf Fares"])
            #expect(records.map(\.status) == ["claimed", "asserted"])
            let json = answer.rendered(as: .json, plan: try Question.parse("who defected").plan)
            #expect(json.contains("\"actor\":\"Nawaf Fares\""))
            #expect(json.contains("\"date_precision\":\"day\""))
            #expect(json.contains("\"sources\":["))
        }
    }

    @Test func whoDefectedFromAPlaceUsesRolesToo() throws {
        try withSampleStore { (store: Store) throws in
            guard case .defectors(let records) = try store.ask("who defected from Syria in July 2012").answer else { return }
            #expect(records.map(\.actor) == ["Nawaf Fares"])
            guard case .defectors(let none) = try store.ask("who defected from Iraq").answer else { return }
            #expect(none.isEmpty)
        }
    }

    @Test func whoVetoed() throws {
        try withSampleStore { (store: Store) throws in
            let result = try ask(store, "who vetoed and when")
            #expect(column(result, "actor") == ["China", "Russia"])  // the hypothetical veto is not an answer
            #expect(column(result, "status") == ["asserted", "asserted"])
            #expect(try column(ask(store, "who vetoed the resolution on Syria"), "actor").count == 2)
            #expect(try ask(store, "who vetoed the resolution on Libya").rows.isEmpty)
        }
    }

    @Test func resolutions() throws {
        try withSampleStore { (store: Store) throws in
            #expect(try column(ask(store, "which resolutions were adopted"), "date") == ["2012-04-21"])
            #expect(try column(ask(store, "which resolutions failed"), "date") == ["2012-07-19"])
            #expect(try column(ask(store, "which resolutions were proposed"), "date_precision") == ["before"])
            #expect(try column(ask(store, "which resolutions"), "type").count == 3)
        }
    }

    @Test func whatDidActorDo() throws {
        try withSampleStore { (store: Store) throws in
            let july = try ask(store, "What did Russia do in July 2012?")
            #expect(column(july, "type") == ["veto"])
            #expect(column(july, "title") == ["Russia vetoes a draft resolution on Syria"])
            #expect(try column(ask(store, "what did Moscow do"), "type") == ["resolution_proposed", "veto"])
        }
    }

    @Test func whenDidActorDoSomething() throws {
        try withSampleStore { (store: Store) throws in
            #expect(try column(ask(store, "when did Fares defect"), "date") == ["2012-07-11"])
            #expect(try ask(store, "when did China resign").rows.isEmpty)
        }
    }

    @Test func whoIs() throws {
        try withSampleStore { (store: Store) throws in
            let result = try ask(store, "who is Nawaf Fares")
            #expect(column(result, "role") == ["Syria's ambassador to Iraq"])
            #expect(column(result, "first_seen") == ["2012-07-12"])
            // An actor without roles is still described.
            #expect(try column(ask(store, "which roles did Russia hold"), "kind") == ["country"])
        }
    }

    @Test func roleHolder() throws {
        try withSampleStore { (store: Store) throws in
            #expect(try column(ask(store, "who was Syria's ambassador to Iraq in 2012"), "actor") == ["Nawaf Fares"])
            #expect(try column(ask(store, "who was the deputy minister of Syria"), "actor") == ["Karim Haddad"])
            #expect(try ask(store, "who was Syria's ambassador to Iraq in 2015").rows.isEmpty)
        }
    }

    @Test func eventsBetween() throws {
        try withSampleStore { (store: Store) throws in
            let result = try ask(store, "events between April 2012 and June 2012")
            #expect(column(result, "type") == ["resolution_proposed", "resolution_adopted"])
            #expect(try column(ask(store, "events between 2012 and 2013 involving China"), "type") == ["veto"])
        }
    }

    @Test func howMany() throws {
        try withSampleStore { (store: Store) throws in
            #expect(try column(ask(store, "how many vetoes"), "events") == ["2"])
            #expect(try column(ask(store, "how many vetoes by Russia in 2012"), "events") == ["1"])
            let all = try ask(store, "how many events in July 2012")
            #expect(Set(column(all, "type")) == ["veto", "resolution_failed", "defection"])
        }
    }

    @Test func savedFromAQuestionKeepsItsValues() throws {
        try withSampleStore { (store: Store) throws in
            let plan = try Question.parse("what did Russia do in July 2012").plan
            try store.saveQuery(name: "russia-july", sql: plan.sql, defaults: plan.arguments)
            let saved = try #require(try store.savedQuery(named: "russia-july"))
            #expect(saved.parameters.sorted() == ["actor", "since", "type", "until"])
            #expect(saved.defaults["actor"] == .text("russia"))
            #expect(saved.defaults["type"] == .null)
            #expect(try column(store.runSavedQuery("russia-july"), "type") == ["veto"])
            #expect(try column(store.runSavedQuery("russia-july", parameters: ["actor": "china"]), "title") == ["China vetoes a draft resolution on Syria"])
        }
    }
}

@Suite("ask: dev corpus")
struct AskDevCorpusTests {
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev/articles")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: AskDevCorpusTests.corpus.path)))
    func answersTheIssueQuestions() throws {
        try withTemporaryDatabasePath { path in
            let store = try Store(path: path)
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted() where name.hasSuffix(".txt") {
                let raw = try String(contentsOf: Self.corpus.appendingPathComponent(name), encoding: .utf8)
                var lines = raw.split(separator: "\n", omittingEmptySubsequences: false)
                var meta: [String: String] = [:]
                while let l = lines.first, let c = l.firstIndex(of: ":"), ["title", "source", "url", "published"].contains(l[..<c].lowercased()) {
                    meta[l[..<c].lowercased()] = l[l.index(after: c)...].trimmingCharacters(in: .whitespaces)
                    lines.removeFirst()
                }
                let article = Article(title: meta["title"], url: meta["url"], path: name,
                                      published: meta["published"].flatMap { CalendarDay(iso: $0) }, publishedBasis: "metadata",
                                      text: lines.joined(separator: "\n"))
                try store.write(article: article, extraction: Extractor().extract(article))
            }
            let vetoes = try ask(store, "who vetoed and when")
            #expect(Set(column(vetoes, "actor")).isSuperset(of: ["Russia", "China"]))
            #expect(try !ask(store, "which resolutions were adopted").rows.isEmpty)
            #expect(try column(ask(store, "what did Russia do in July 2012"), "type").contains("veto"))
            #expect(try column(ask(store, "who is Nawaf Fares"), "role").contains("Syria's ambassador to Iraq"))
            guard case .defectors(let defectors) = try store.ask("who defected and when").answer else { return }
            #expect(defectors.map(\.actor).contains("Nawaf Fares"))
        }
    }
}
