import Testing
@testable import AnnalsKit

@Suite struct SentenceSplitterTests {
    func texts(_ s: String) -> [String] { SentenceSplitter.split(s).map(\.text) }

    @Test func titlesAndInitialsNeverEndASentence() {
        #expect(texts("Mr. Haddad met Dr. Farouk and Gen. Ortiz. Lt. Col. Reyes stayed.")
                == ["Mr. Haddad met Dr. Farouk and Gen. Ortiz.", "Lt. Col. Reyes stayed."])
        #expect(texts("Sen. Alder and Rep. Moyo met Gov. Plank, Brig. Tan, Maj. Obi, Capt. Lund and Sgt. Ruiz. Then they left.")
                == ["Sen. Alder and Rep. Moyo met Gov. Plank, Brig. Tan, Maj. Obi, Capt. Lund and Sgt. Ruiz.", "Then they left."])
        #expect(texts("Ambassador Karen P. Doyle spoke. George W. Bush did not. Mrs. and Ms. Lee did.")
                == ["Ambassador Karen P. Doyle spoke.", "George W. Bush did not.", "Mrs. and Ms. Lee did."])
        #expect(texts("Pres. Okafor arrived.") == ["Pres. Okafor arrived."])
    }

    @Test func dottedAbbreviationsUseTheSentenceStarterRule() {
        #expect(texts("The U.S. Ambassador and the U.N. envoy met E.U. officials in the U.K. capital.").count == 1)
        #expect(texts("The talks moved to the U.S. The envoy followed.") == ["The talks moved to the U.S.", "The envoy followed."])
        #expect(texts("Aid came from the U.N. But it was late.") == ["Aid came from the U.N.", "But it was late."])
        #expect(texts("They met at 9 a.m. Thursday in Oslo. He left at 5 p.m. He was tired.")
                == ["They met at 9 a.m. Thursday in Oslo.", "He left at 5 p.m.", "He was tired."])
    }

    @Test func companyAndOtherAbbreviations() {
        #expect(texts("Acme Inc. and Baxter Corp. signed with Delta Co. Ltd. in May.").count == 1)
        #expect(texts("Martin Luther King Jr. Day and Sr. Advisers, vs. the rest, etc. were listed.").count == 1)
        #expect(texts("He lives on St. Mark Street, apartment No. 4.") == ["He lives on St. Mark Street, apartment No. 4."])
        #expect(texts("The list had pens, paper, etc. The rest was lost.") == ["The list had pens, paper, etc.", "The rest was lost."])
    }

    @Test func monthAbbreviationsBeforeDays() {
        #expect(texts("The vote on Aug. 6 and Sept. 12 passed. Jan. 3 was quiet. It ended Dec. 31.")
                == ["The vote on Aug. 6 and Sept. 12 passed.", "Jan. 3 was quiet.", "It ended Dec. 31."])
    }

    @Test func numbersAndDecimals() {
        #expect(texts("Growth was 3.5 percent. The vote was 11-2. Turnout rose 1,200.5 points.")
                == ["Growth was 3.5 percent.", "The vote was 11-2.", "Turnout rose 1,200.5 points."])
        #expect(texts("A U.S.-backed plan failed.") == ["A U.S.-backed plan failed."])
    }

    @Test func quotesAndBrackets() {
        #expect(texts(#"He said, "We will stay." Next day he left."#) == [#"He said, "We will stay.""#, "Next day he left."])
        #expect(texts(#""The economy is in shambles," said Clinton. "Act now.""#)
                == [#""The economy is in shambles," said Clinton."#, #""Act now.""#])
        #expect(texts("“Is it over?” asked Reyes. “No!” she said.") == ["“Is it over?” asked Reyes.", "“No!” she said."])
        #expect(texts("He left (for good.) Others stayed [for now]. They waited.")
                == ["He left (for good.)", "Others stayed [for now].", "They waited."])
        #expect(texts("She said it was ‘over.’ He agreed.") == ["She said it was ‘over.’", "He agreed."])
    }

    @Test func questionsExclamationsEllipses() {
        #expect(texts("Why now? Nobody knows! We wait... Then it ends… Really.")
                == ["Why now?", "Nobody knows!", "We wait...", "Then it ends…", "Really."])
        #expect(texts("It was... well, complicated.") == ["It was... well, complicated."])
    }

    @Test func datelinesStayInTheFirstSentence() {
        #expect(texts("OSLO — The government says it will act. Talks resume Monday.")
                == ["OSLO — The government says it will act.", "Talks resume Monday."])
        #expect(texts("NAIROBI (AP) — Rebels withdrew on Sunday.") == ["NAIROBI (AP) — Rebels withdrew on Sunday."])
    }

    @Test func lineBreaksAlwaysEndSentences() {
        let text = "Rebels Seize Port\n\nSoldiers guard the port, May 2, 2011\nRahim Tarek - July 6\n• Navy\nThe port fell on Tuesday and"
        #expect(texts(text) == ["Rebels Seize Port", "Soldiers guard the port, May 2, 2011", "Rahim Tarek - July 6", "• Navy", "The port fell on Tuesday and"])
    }

    @Test func rangesPointAtTheTrimmedTextAsUTF8Bytes() {
        let text = "  Émile Zola’s café closed.   Señor Núñez — “¿Qué?” — left.\n\n  Zürich next.  "
        let sentences = SentenceSplitter.split(text)
        #expect(sentences.map(\.text) == ["Émile Zola’s café closed.", "Señor Núñez — “¿Qué?” — left.", "Zürich next."])
        for s in sentences {
            #expect(String(text.substring(utf8: s.range)) == s.text)
            #expect(s.text.first?.isWhitespace == false && s.text.last?.isWhitespace == false)
        }
        #expect(sentences[0].range == 2..<(2 + "Émile Zola’s café closed.".utf8.count))
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(texts("The plan, e.g. the second draft, failed. i.e. nothing passed.").count == 1)
    }

    @Test func emptyAndWhitespaceInput() {
        #expect(SentenceSplitter.split("").isEmpty)
        #expect(SentenceSplitter.split(" \n\n \u{A0} ").isEmpty)
        #expect(texts("No final stop") == ["No final stop"])
    }

    @Test func runOnTextIsLinear() {
        // 1 MB without a sentence end, then many one-letter "sentences": both must finish
        // quickly; the assertions check the results. A run longer than maxSentenceBytes is
        // cut into pieces at spaces (at character boundaries when there is no space).
        let runOn = String(repeating: "and the talks went on ", count: 48_000)
        let one = SentenceSplitter.split(runOn)
        #expect(one.count > 1 && one.allSatisfy { $0.range.count <= SentenceSplitter.maxSentenceBytes })
        #expect(one.first?.range.lowerBound == 0 && one.last?.range.upperBound == runOn.utf8.count - 1)
        #expect(one.map(\.text).joined(separator: " ") + " " == runOn)
        let dots = String(repeating: "a.", count: 500_000) + " " + String(repeating: "U.S. ", count: 100_000)
        let pieces = SentenceSplitter.split(dots)
        #expect(pieces.allSatisfy { $0.range.count <= SentenceSplitter.maxSentenceBytes })
        #expect(pieces.map(\.text).joined().filter { $0 != " " } == dots.filter { $0 != " " })
    }
}
