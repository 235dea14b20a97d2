/// Removes web-page clutter from an article body and normalises its white space.
///
/// ```swift
/// PageCleaner.clean("Skip to main content\nBreaking News\n\nTalks Fail\n\nBy Jane Roe\nTalks failed on Monday.",
///                   title: "Talks Fail")
/// // "Talks failed on Monday."
/// ```
///
/// What it does, line by line:
/// - white space: tabs, no-break and other Unicode spaces become spaces; zero-width characters,
///   bidi controls and control characters are removed; runs of spaces collapse; lines are
///   trimmed; `\r\n`, `\r`, U+2028 and U+2029 become line breaks.
/// - drops menu lines (`Accessibility links`, `Share`, `Print`, `Leave a comment`, `Related` ...),
///   section breadcrumbs (`News / Middle East`), the title repeated near the top, bylines near
///   the top (`By Jane Roe`, `Margaret Besheer, Larry Freund`), and exact repeats of a line
///   (photo captions shown twice; the first copy stays).
/// - strips `FILE -` / `FILE PHOTO -` from captions, keeping the caption.
/// - joins hard-wrapped prose lines (a long line without final punctuation followed by a line
///   that starts in lower case).
/// - keeps list entries, bullets, table rows, headings and `Posted ...` lines as paragraphs of
///   their own, so the sentence splitter never glues them into prose.
///
/// Paragraphs are separated by `\n\n`; lines inside a paragraph by `\n`.
public enum PageCleaner {
    public static func clean(_ text: String, title: String?) -> String {
        var normalized = normalizeCharacters(text)
        var paragraphs: [[Line]] = [[]]
        // Lines are the stretches between line breaks (empty ones too), read in place from the
        // bytes (a generic `split` of the UTF-8 view cost more than reading the lines).
        normalized.withUTF8 { b in
            var start = 0
            for end in 0...b.count where end == b.count || b[end] == 0x0A {
                let line = Line(bytes: UnsafeBufferPointer(rebasing: b[start..<end]))
                start = end + 1
                if line.text.isEmpty {
                    if !(paragraphs.last?.isEmpty ?? true) { paragraphs.append([]) }
                } else {
                    paragraphs[paragraphs.count - 1].append(line)
                }
            }
        }
        paragraphs = paragraphs.filter { !$0.isEmpty }.map(unwrap)

        let titleKey = title.map(comparisonKey).flatMap { $0.isEmpty ? nil : $0 }
        var seen = Set<ByteKey>()  // hashing bytes, not String (which normalises as it hashes)
        var position = 0  // non-blank lines seen so far, kept or not
        var proseLines = 0  // kept lines that read like sentences
        var output: [[String]] = []
        var inRelatedList = false
        for paragraph in paragraphs {
            var current: [String] = []
            func flush() {
                if !current.isEmpty { output.append(current); current = [] }
            }
            for var line in paragraph {
                position += 1
                // Titles, bylines and breadcrumbs sit above the story: in the first lines, and
                // before the second line of prose (the first may be a photo caption).
                let top = position <= topZone && proseLines < 2
                // Long lines are only compared for exact repeats; short ones loosely.
                let key = line.text.utf8.count <= 400 ? comparisonKey(line.text) : line.text
                if isMenuLine(key) {
                    if relatedMarkers.contains(key) { inRelatedList = true }
                    continue
                }
                // "Related:" then headlines of other stories ("- Aid trucks burn on the border"):
                // links, not this story's text, up to the first line that reads as a sentence.
                if inRelatedList {
                    if line.text.utf8.count <= 160 && !endsAsSentence(line.text) { continue }
                    inRelatedList = false
                }
                if isBreadcrumb(line.text, top: top) { continue }
                if top, let titleKey, key == titleKey { continue }
                if top, isByline(line.text) { continue }
                line.text = strippingFilePrefix(line.text)
                if line.text.isEmpty { continue }
                if line.text.utf8.count >= 20, !seen.insert(ByteKey(key)).inserted { continue }
                if endsAsSentence(line.text) && wordCount(line.text, upTo: 6) >= 6 { proseLines += 1 }
                if isStandalone(line) {
                    flush()
                    output.append([line.text])
                } else {
                    current.append(line.text)
                }
            }
            flush()
        }
        return output.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// A string's UTF-8 bytes as a set element: equal when the bytes are, hashed in one call
    /// (no copy of the bytes is made; `String`'s own `==` and hash compare canonical forms).
    struct ByteKey: Hashable {
        var text: String
        init(_ text: String) { self.text = text }
        func hash(into hasher: inout Hasher) {
            var text = text
            hasher.combine(text.utf8.count)
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        static func == (a: ByteKey, b: ByteKey) -> Bool {
            var a = a.text, b = b.text
            return a.utf8.count == b.utf8.count && a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
        }
    }

    /// How many non-blank lines from the top may hold a title, a byline or a breadcrumb.
    static let topZone = 8

    struct Line {
        var text: String
        /// The raw line had an inner run of two or more spaces or a tab: a table row.
        var hadColumns: Bool

        init<C: Collection>(bytes raw: C) where C.Element == UInt8 {
            var columns = false
            // Written straight into the string's storage (the line never grows; invalid UTF-8 is
            // repaired as `String(decoding:as:)` repairs it).
            text = String(unsafeUninitializedCapacity: raw.count) { out in
                var count = 0
                var pendingSpaces = 0
                for c in raw {
                    if c == 0x20 {
                        pendingSpaces += 1
                        continue
                    }
                    if pendingSpaces > 0 && count > 0 {
                        if pendingSpaces > 1 { columns = true }
                        out[count] = 0x20
                        count += 1
                    }
                    pendingSpaces = 0
                    out[count] = c
                    count += 1
                }
                return count
            }
            hadColumns = columns
        }
    }

    // MARK: - Characters

    static func normalizeCharacters(_ text: String) -> String {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            // Written straight into the new string's storage: every character becomes itself,
            // one byte or nothing, so the output is never longer than the input (`count`
            // stays below `n`, the capacity asked for).
            return String(unsafeUninitializedCapacity: n) { out in
                var count = 0
                @inline(__always) func put(_ byte: UInt8) { out[count] = byte; count += 1 }
                var i = 0
                while i < n {
                    let c = b[i]
                    if c < 0x80 {
                        switch c {
                        case 0x0D:
                            put(0x0A)
                            if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                        case 0x0A, 0x0B, 0x0C: put(0x0A)
                        case 0x09: put(0x20)
                        case 0x00..<0x20, 0x7F: break
                        default: put(c)
                        }
                        i += 1
                        continue
                    }
                    let (scalar, len) = UTF8Bytes.scalar(b, at: i)
                    switch scalar.value {
                    case 0x2028, 0x2029, 0x85:
                        put(0x0A)
                    case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                        put(0x20)
                    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xAD, 0x061C, 0x80...0x9F:
                        break
                    default:
                        for k in i..<min(n, i + len) { put(b[k]) }
                    }
                    i += len
                }
                return count
            }
        }
    }

    /// Lower-cased, straight quotes, single spaces, no trailing punctuation: for comparing lines.
    static func comparisonKey(_ text: String) -> String {
        if let key = asciiComparisonKey(text) { return key }
        // Built as UTF-8 bytes (appending scalars to a String one by one is slow).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for s in text.unicodeScalars {
            var c = s
            switch s.value {
            case 0x2018, 0x2019: c = "'"
            case 0x201C, 0x201D: c = "\""
            default: break
            }
            if c == " " || c == "\t" { space = true; continue }
            if space && !out.isEmpty { out.append(0x20) }
            space = false
            if c.isASCII {
                let v = UInt8(c.value)
                out.append(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
            } else if c.properties.changesWhenLowercased {
                for l in c.properties.lowercaseMapping.unicodeScalars { UTF8.encode(l) { out.append($0) } }
            } else {
                UTF8.encode(c) { out.append($0) }
            }
        }
        var key = String(decoding: out, as: UTF8.self)
        while let last = key.unicodeScalars.last, ":|»›>-–—".unicodeScalars.contains(last) || last == " " {
            key.unicodeScalars.removeLast()
        }
        return key
    }

    /// `comparisonKey` of an ASCII line (nearly every line), read byte by byte instead of
    /// scalar by scalar, and written straight into the key's storage; nil when a byte is not
    /// ASCII.
    static func asciiComparisonKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var space = false
                for v in bytes {
                    if v == 0x20 || v == 0x09 { space = true; continue }
                    if space && count > 0 { out[count] = 0x20; count += 1 }
                    space = false
                    out[count] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                    count += 1
                }
                // The ASCII ones of the trailing marks `comparisonKey` drops: ":", "|", ">", "-", " ".
                while count > 0 {
                    let last = out[count - 1]
                    guard last == 0x3A || last == 0x7C || last == 0x3E || last == 0x2D || last == 0x20 else { break }
                    count -= 1
                }
                return count
            }
        }
    }

    // MARK: - Clutter

    static let menuLines: Set<String> = [
        "accessibility links", "breaking news", "skip to main content", "skip to content",
        "skip to navigation", "skip navigation", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "e-mail",
        "email this", "print", "print this", "print this page", "print this article", "leave a comment",
        "leave a reply", "post a comment", "comments", "comment", "no comments", "view comments",
        "show comments", "related", "related stories", "related articles", "related content",
        "related news", "related links", "read more", "see also", "more", "more stories",
        "advertisement", "menu", "main menu", "search", "home", "news", "subscribe", "sign in",
        "log in", "login", "sign up", "register", "follow us", "watch", "listen", "next", "previous",
        "back to top", "top", "close", "toggle navigation", "facebook", "twitter", "linkedin",
        "whatsapp", "reddit", "pinterest", "telegram", "copy link", "embed", "download", "rss",
        "live", "most popular", "most read", "trending", "top stories", "latest news", "in the news",
        "you may also like", "recommended", "print friendly", "font size", "text size",
        "previous article", "next article", "all rights reserved",
    ]

    /// First parts of breadcrumbs that are sections anywhere in the page.
    static let sectionWords: Set<String> = [
        "news", "home", "world", "politics", "middle east", "africa", "asia", "europe", "americas",
        "us", "u.s.", "usa", "international", "opinion", "business", "blogs", "blog", "video",
    ]

    /// Menu lines that open a list of links to other stories.
    static let relatedMarkers: Set<String> = ["related", "related stories", "related articles", "related content", "related news",
                                              "related links", "read more", "see also", "more stories", "more on this story"]

    static func isMenuLine(_ key: String) -> Bool {
        guard key.utf8.count <= 40 else { return false }
        if menuLines.contains(key) { return true }
        // "3 comments", "12 Comments"
        let parts = key.split(separator: " ")
        if parts.count == 2, parts[1] == "comments" || parts[1] == "comment" || parts[1] == "shares",
           parts[0].allSatisfy(\.isNumber) { return true }
        return false
    }

    /// `News / Middle East`, `Home > World > Asia`.
    static func isBreadcrumb(_ text: String, top: Bool) -> Bool {
        guard text.utf8.count <= 80 else { return false }
        var parts: [Substring] = []
        var found = false
        for sep in [" / ", " > ", " » ", " › ", " | "] where text.contains(sep) {
            parts = text.split(separator: sep).map { $0.drop { $0 == " " } }
            found = true
            break
        }
        guard found, parts.count >= 2, parts.count <= 5 else { return false }
        for part in parts {
            let words = part.split(separator: " ")
            guard !words.isEmpty, words.count <= 4, let first = part.first, first.isUppercase else { return false }
            if part.contains(where: { $0.isNumber || ".?!\"“”,;".contains($0) }) && part.lowercased() != "u.s." { return false }
        }
        return top || sectionWords.contains(parts[0].lowercased())
    }

    /// `By Jane Roe`, `Margaret Besheer`, `Margaret Besheer, Larry FreundAl Pessin`.
    static func isByline(_ text: String) -> Bool {
        guard text.utf8.count <= 100, let last = text.last, !".?!:;\"”’)".contains(last) else { return false }
        let words = text.split(separator: " ")
        if let first = words.first, first == "By" || first == "BY" || first == "by" {
            return words.count >= 2 && words.count <= 9 && words[1].first?.isUppercase == true
        }
        // Groups of 2-4 name tokens separated by commas, "and" or "&".
        var groups: [Int] = [0]
        for raw in words {
            var w = raw
            var endsGroup = false
            if w.hasSuffix(",") { w = w.dropLast(); endsGroup = true }
            if w == "and" || w == "&" {
                guard groups[groups.count - 1] > 0 else { return false }
                groups.append(0)
                continue
            }
            if nameParticles.contains(String(w)) {
                // al, bin, de ... count but cannot start a group
                guard groups[groups.count - 1] > 0 else { return false }
            } else if !isNameToken(w) {
                return false
            }
            groups[groups.count - 1] += 1
            if endsGroup { groups.append(0) }
        }
        if groups.last == 0 { groups.removeLast() }
        guard !groups.isEmpty, groups.count <= 4 else { return false }
        return groups.allSatisfy { $0 >= 2 && $0 <= 4 }
    }

    static let nameParticles: Set<String> = ["al", "bin", "ibn", "de", "del", "da", "van", "von", "der", "la", "le", "du", "dos", "el"]

    /// `Besheer`, `FreundAl`, `O'Brien`, `al-Assad`, `E.`: a capital, then at least one
    /// lower-case letter (so `NY` or `VOA` are not names).
    static func isNameToken(_ w: Substring) -> Bool {
        guard let first = w.first, first.isUppercase, first.isLetter else { return false }
        if w.count == 2 && w.last == "." { return true }  // initial
        if w.hasSuffix("'s") || w.hasSuffix("’s") { return false }  // possessive: "Syria's Armed Forces"
        var sawLower = false
        for ch in w.dropFirst() {
            if ch.isLowercase { sawLower = true; continue }
            if ch.isLetter || ch == "-" || ch == "'" || ch == "’" { continue }
            return false
        }
        return sawLower
    }

    static func strippingFilePrefix(_ text: String) -> String {
        for prefix in ["FILE PHOTO", "FILE"] where text.hasPrefix(prefix) {
            var rest = text.dropFirst(prefix.count)
            guard rest.first == " " || rest.first == ":" || rest.first == "-" else { continue }
            rest = rest.drop { $0 == " " }
            guard let dash = rest.first, "-–—:".contains(dash) else { continue }
            return String(rest.dropFirst().drop { $0 == " " })
        }
        return text
    }

    // MARK: - Layout

    static let bullets: Set<Character> = ["•", "·", "▪", "■", "●", "◦", "‣", "-", "*", "–", "—", "►", "▸"]

    static func endsAsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".?!\"”’')…:;".contains(last)
    }

    /// Lines that must stay paragraphs of their own: bullets, table rows, headings, list entries,
    /// `Posted ...` lines and any short line without sentence punctuation.
    static func isStandalone(_ line: Line) -> Bool {
        let text = line.text
        if let first = text.first, bullets.contains(first) { return true }
        if line.hadColumns && !endsAsSentence(text) { return true }
        if text.hasPrefix("Posted ") || text.hasPrefix("Updated ") || text.hasPrefix("Last updated") { return true }
        if !endsAsSentence(text) && wordCount(text, upTo: 15) <= 14 { return true }
        if let first = text.first, first.isNumber, !endsAsSentence(text) { return true }
        return false
    }

    /// Words separated by single spaces (lines are already collapsed), counting at most `limit`.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        guard !text.isEmpty else { return 0 }
        var count = 1
        for c in text.utf8 where c == 0x20 {
            count += 1
            if count >= limit { return count }
        }
        return count
    }

    /// Joins hard-wrapped prose: a long line that does not end a sentence, followed by a line
    /// starting in lower case.
    static func unwrap(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        for line in lines {
            let last = out.count - 1
            // Checked and appended in place: a copy of the line would make each join copy it
            // (quadratic for a long hard-wrapped paragraph).
            if last >= 0, out[last].text.utf8.count >= 40, !out[last].hadColumns, !endsAsSentence(out[last].text),
               let first = line.text.first, first.isLowercase {
                out[last].text += " "
                out[last].text += line.text
            } else {
                out.append(line)
            }
        }
        return out
    }
}
