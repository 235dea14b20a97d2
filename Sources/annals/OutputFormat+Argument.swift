import ArgumentParser
import AnnalsKit

extension OutputFormat: ExpressibleByArgument {}

/// The `--format` option shared by commands that print rows.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table
}
