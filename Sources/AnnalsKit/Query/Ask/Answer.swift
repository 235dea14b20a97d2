/// The answer to a question: rows of its SQL, or for "who defected", one merged record per
/// defector (the `annals ask "who defected and when" --format json` contract).
public enum Answer: Sendable {
    case defectors([DefectorRecord])
    case rows(QueryResult)

    /// The answer as text in `format`; a terminal table shows `plan.tableColumns` only.
    public func rendered(as format: OutputFormat, plan: AskPlan) -> String {
        switch self {
        case .defectors(let records):
            return Render.render(records, as: format)
        case .rows(let result):
            guard format == .table, !plan.tableColumns.isEmpty else { return Render.render(result, as: format) }
            let keep = plan.tableColumns.compactMap { result.columns.firstIndex(of: $0) }
            return Render.render(QueryResult(columns: keep.map { result.columns[$0] },
                                             rows: result.rows.map { row in keep.map { $0 < row.count ? row[$0] : .null } }),
                                 as: format)
        }
    }

    public var isEmpty: Bool {
        switch self {
        case .defectors(let records): return records.isEmpty
        case .rows(let result): return result.rows.isEmpty
        }
    }
}

extension Store {
    /// Answers a question in words (see `Question.forms`).
    ///
    /// ```swift
    /// let (plan, answer) = try store.ask("who vetoed and when")
    /// print(plan.sql)
    /// print(answer.rendered(as: .table, plan: plan), terminator: "")
    /// ```
    /// Throws `QuestionNotUnderstood` with suggestions for a question of no known form.
    public func ask(_ text: String) throws -> (plan: AskPlan, answer: Answer) {
        let plan = try Question.parse(text).plan
        return (plan, try answer(plan))
    }

    /// Runs a plan. Only events the sources report are included (asserted, claimed,
    /// rumored, denied); the `status` column says which.
    public func answer(_ plan: AskPlan) throws -> Answer {
        let result = try QueryResult.run(plan.sql, arguments: plan.statementArguments, in: database)
        guard case .defectors = plan.question else { return .rows(result) }
        guard let column = result.columns.firstIndex(of: "event_id") else { return .defectors([]) }
        let ids = Set(result.rows.compactMap { row -> Int64? in
            guard column < row.count, case .integer(let id) = row[column] else { return nil }
            return id
        })
        var defectors = Defectors()
        defectors.eventIDs = ids
        return .defectors(try defectors.fetch(database))
    }
}
