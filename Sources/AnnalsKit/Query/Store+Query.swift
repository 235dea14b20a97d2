extension Store {
    /// Events matching `query` (see `EventQuery`).
    public func events(_ query: EventQuery = EventQuery()) throws -> [EventRecord] {
        try query.fetch(database)
    }

    /// "Who defected and when" (see `Defectors`).
    public func defectors(includeUnrealized: Bool = false) throws -> [DefectorRecord] {
        try Defectors(includeUnrealized: includeUnrealized).fetch(database)
    }

    /// Runs user SQL; refuses statements that write unless `allowWrites` (see `QueryResult.run`).
    public func run(sql: String, arguments: StatementArguments = [], allowWrites: Bool = false) throws -> QueryResult {
        try QueryResult.run(sql, arguments: arguments, in: database, allowWrites: allowWrites)
    }
}
