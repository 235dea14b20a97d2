import Testing
@testable import annals

@Suite("annals dates")
struct DatesCommandTests {
    @Test func parsesAnchorAndFormat() throws {
        let command = try Dates.parse(["--anchor", "2012-07-12", "--format", "json", "last Friday"])
        #expect(command.anchor == "2012-07-12")
        #expect(command.format == .json)
        #expect(command.text == ["last Friday"])
    }

    @Test func rejectsABadAnchor() {
        #expect(throws: (any Error).self) { try Dates.parse(["--anchor", "2012-13-40", "x"]) }
    }

    @Test func batchFlag() throws {
        #expect(try Dates.parse(["--batch"]).batch)
    }
}
