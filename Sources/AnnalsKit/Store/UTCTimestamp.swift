import Foundation

/// `YYYY-MM-DDTHH:MM:SSZ` for the current UTC time, computed without calendars or time zones.
public enum UTCTimestamp {
    public static func now() -> String {
        format(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    public static func format(secondsSince1970 seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(CalendarDay(dayNumber: days).iso)T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }
}
