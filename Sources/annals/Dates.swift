import ArgumentParser
import AnnalsKit

struct Dates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "(being built)")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        print(global.databasePath)
    }
}
