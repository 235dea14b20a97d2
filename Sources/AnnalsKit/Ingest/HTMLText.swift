/// The text and metadata of an HTML page.
///
/// ```swift
/// let page = HTMLText.extract("<title>Talks</title><nav>Home</nav><p>Talks failed &amp; ended.</p>")
/// page.title  // "Talks"
/// page.text   // "Talks failed & ended."
/// ```
///
/// A single forward scan over the bytes with a stack of open elements, so broken or deeply
/// nested markup costs linear time: a close tag with no open match is ignored, and one that
/// matches closes everything opened after its match. Script, style, noscript, nav, header,
/// footer, aside, form, svg, iframe, template (and button, select) elements and comments are
/// dropped. Block elements become paragraph breaks, `<br>` a line break. If dropping leaves no
/// text (an unclosed `<nav>` swallowing the page), the page is read again dropping only
/// script-like elements.
public struct HTMLText: Hashable, Sendable {
    public var text: String
    /// `og:title`, else `<title>`.
    public var title: String?
    /// `article:published_time`, `<meta name="date">` (and similar), else the first `<time datetime>`.
    public var published: String?
    /// `<link rel="canonical">`, else `og:url`.
    public var url: String?
    /// `og:site_name`.
    public var siteName: String?

    public static func extract(_ html: String) -> HTMLText {
        var html = html
        return html.withUTF8 { b in
            var scanner = Scanner(b, strict: true)
            scanner.run()
            if scanner.output.allSatisfy({ UTF8Bytes.isASCIISpace($0) }) && scanner.droppedSomething {
                var lenient = Scanner(b, strict: false)
                lenient.run()
                scanner.output = lenient.output
            }
            return scanner.result
        }
    }

    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe",
        "template", "button", "select", "object", "canvas", "audio", "video", "math",
    ]
    /// Always dropped, even in the lenient pass.
    static let alwaysDropped: Set<String> = ["script", "style", "noscript", "svg", "iframe", "template", "math"]
    /// Elements whose content is raw text up to the matching close tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "noscript"]
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "frame", "basefont", "isindex",
    ]
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "table", "thead", "tbody", "tfoot", "section", "article", "main", "figure", "figcaption",
        "blockquote", "pre", "hr", "address", "caption", "center", "details", "summary", "body",
        "html", "head", "fieldset", "legend", "hgroup",
    ]
    static let cells: Set<String> = ["td", "th"]

    struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let strict: Bool
        var i = 0
        var output: [UInt8] = []
        var pendingSpace = false
        var stack: [(name: String, dropped: Bool)] = []
        var openCount: [String: Int] = [:]
        var skipDepth = 0
        var preDepth = 0
        var droppedSomething = false
        var noQuoteFrom: [UInt8: Int] = [:]

        var ogTitle: String?
        var titleText: String?
        var metaPublished: String?
        var timePublished: String?
        var canonical: String?
        var ogURL: String?
        var siteName: String?

        init(_ b: UnsafeBufferPointer<UInt8>, strict: Bool) {
            self.b = b
            self.strict = strict
            output.reserveCapacity(b.count / 2)
        }

        var result: HTMLText {
            func clean(_ s: String?) -> String? {
                guard let s else { return nil }
                let t = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                return t.isEmpty ? nil : t
            }
            var end = output.count
            while end > 0 && UTF8Bytes.isASCIISpace(output[end - 1]) { end -= 1 }
            return HTMLText(text: String(decoding: output[..<end], as: UTF8.self),
                            title: clean(ogTitle) ?? clean(titleText),
                            published: clean(metaPublished) ?? clean(timePublished),
                            url: clean(canonical) ?? clean(ogURL),
                            siteName: clean(siteName))
        }

        mutating func run() {
            let n = b.count
            while i < n {
                if b[i] == 0x3C /* < */ {
                    tag()
                } else {
                    var e = i
                    while e < n && b[e] != 0x3C { e += 1 }
                    if skipDepth == 0 { appendText(i, e) }
                    i = e
                }
            }
        }

        // MARK: Output

        mutating func appendText(_ s: Int, _ e: Int) {
            var k = s
            while k < e {
                let c = b[k]
                if c == 0x26 /* & */ {
                    let (scalar, len) = HTMLText.entity(b, at: k, end: e)
                    if let scalar {
                        appendScalar(scalar)
                        k += len
                        continue
                    }
                }
                if UTF8Bytes.isASCIISpace(c) {
                    if preDepth > 0 && c == 0x0A { lineBreak(1) } else { pendingSpace = true }
                    k += 1
                    continue
                }
                if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
                pendingSpace = false
                output.append(c)
                k += 1
            }
        }

        mutating func appendScalar(_ s: Unicode.Scalar) {
            if s == " " || s == "\n" || s == "\t" { pendingSpace = true; return }
            if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
            pendingSpace = false
            output.append(contentsOf: Array(String(s).utf8))
        }

        /// Ends the current line (1) or paragraph (2).
        mutating func lineBreak(_ count: Int) {
            pendingSpace = false
            guard !output.isEmpty else { return }
            var existing = 0
            var k = output.count - 1
            while k >= 0 && existing < 2 && output[k] == 0x0A { existing += 1; k -= 1 }
            while output.last == 0x20 { output.removeLast() }
            for _ in existing..<max(existing, count) { output.append(0x0A) }
        }

        // MARK: Tags

        mutating func tag() {
            let n = b.count
            // Comments, doctype, processing instructions.
            if i + 3 < n && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                i = find([0x2D, 0x2D, 0x3E], from: i + 4).map { $0 + 3 } ?? n
                return
            }
            if i + 1 < n && (b[i + 1] == 0x21 || b[i + 1] == 0x3F) {
                i = find([0x3E], from: i + 2).map { $0 + 1 } ?? n
                return
            }
            let closing = i + 1 < n && b[i + 1] == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < n, UTF8Bytes.isASCIILetter(b[nameStart]) else {
                // A lone '<' is text.
                if skipDepth == 0 { appendText(i, i + 1) }
                i += 1
                return
            }
            var e = nameStart
            while e < n && !UTF8Bytes.isASCIISpace(b[e]) && b[e] != 0x3E && b[e] != 0x2F && e - nameStart < 64 { e += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<e]), as: UTF8.self).lowercased()
            let (attributes, tagEnd, selfClosing) = parseAttributes(from: e)
            i = tagEnd
            if closing { close(name) } else { open(name, attributes, selfClosing: selfClosing) }
        }

        mutating func open(_ name: String, _ attributes: [String: String], selfClosing: Bool) {
            switch name {
            case "meta": meta(attributes)
            case "link":
                if canonical == nil, attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = attributes["href"]
                }
            case "time":
                if timePublished == nil, let dt = attributes["datetime"], !dt.isEmpty { timePublished = dt }
            default: break
            }
            if HTMLText.rawText.contains(name) && !selfClosing {
                let contentStart = i
                let end = findCloseTag(name, from: i)
                if name == "title", titleText == nil, stack.allSatisfy({ $0.name != "svg" }) {
                    var sub = Scanner(UnsafeBufferPointer(rebasing: b[contentStart..<end.contentEnd]), strict: false)
                    sub.appendText(0, sub.b.count)
                    titleText = String(decoding: sub.output, as: UTF8.self)
                } else if name == "xmp", skipDepth == 0 {
                    appendText(contentStart, end.contentEnd)
                }
                if name != "title" { droppedSomething = true }
                i = end.tagEnd
                return
            }
            if name == "br" { if skipDepth == 0 { lineBreak(1) }; return }
            if HTMLText.blocks.contains(name) && skipDepth == 0 { lineBreak(2) }
            if HTMLText.cells.contains(name) && skipDepth == 0 { pendingSpace = true }
            if HTMLText.void.contains(name) || selfClosing { return }
            let drop = strict ? HTMLText.dropped.contains(name) : HTMLText.alwaysDropped.contains(name)
            stack.append((name, drop))
            openCount[name, default: 0] += 1
            if drop { skipDepth += 1; droppedSomething = true }
            if name == "pre" { preDepth += 1 }
        }

        mutating func close(_ name: String) {
            guard openCount[name, default: 0] > 0 else {
                if name == "br" && skipDepth == 0 { lineBreak(1) }
                if name == "p" && skipDepth == 0 { lineBreak(2) }
                return
            }
            while let top = stack.popLast() {
                openCount[top.name, default: 1] -= 1
                if top.dropped { skipDepth -= 1 }
                if top.name == "pre" { preDepth -= 1 }
                if top.name == name { break }
            }
            if (HTMLText.blocks.contains(name) || name == "br") && skipDepth == 0 { lineBreak(2) }
            if HTMLText.cells.contains(name) && skipDepth == 0 { pendingSpace = true }
        }

        mutating func meta(_ a: [String: String]) {
            guard let content = a["content"] else { return }
            let key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").lowercased()
            switch key {
            case "og:title": if ogTitle == nil { ogTitle = content }
            case "og:url": if ogURL == nil { ogURL = content }
            case "og:site_name": if siteName == nil { siteName = content }
            case "article:published_time":
                metaPublished = content  // wins over the other date metas
            case "date", "pubdate", "publishdate", "publish-date", "publication_date", "datepublished",
                 "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date":
                if metaPublished == nil { metaPublished = content }
            default: break
            }
        }

        /// Attributes of the tag whose name ends at `start`; returns them, the index after `>`,
        /// and whether the tag ends with `/>`.
        mutating func parseAttributes(from start: Int) -> ([String: String], Int, Bool) {
            let n = b.count
            var attributes: [String: String] = [:]
            var k = start
            var selfClosing = false
            while k < n {
                let c = b[k]
                if c == 0x3E { return (attributes, k + 1, selfClosing) }
                if UTF8Bytes.isASCIISpace(c) { k += 1; continue }
                if c == 0x2F { selfClosing = true; k += 1; continue }
                if c == 0x3C { return (attributes, k, selfClosing) }  // "<div <p>": broken tag ends here
                selfClosing = false
                let nameStart = k
                while k < n && !UTF8Bytes.isASCIISpace(b[k]) && b[k] != 0x3D && b[k] != 0x3E && b[k] != 0x2F && b[k] != 0x3C { k += 1 }
                if k == nameStart { k += 1; continue }
                let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<k]), as: UTF8.self).lowercased()
                while k < n && UTF8Bytes.isASCIISpace(b[k]) { k += 1 }
                guard k < n, b[k] == 0x3D else {
                    attributes[name] = attributes[name] ?? ""
                    continue
                }
                k += 1
                while k < n && UTF8Bytes.isASCIISpace(b[k]) { k += 1 }
                guard k < n else { break }
                var valueStart = k
                var valueEnd: Int
                if b[k] == 0x22 || b[k] == 0x27 {
                    let quote = b[k]
                    valueStart = k + 1
                    // Remember where a quote character no longer occurs, so that many unterminated
                    // quotes do not rescan the rest of the page each time.
                    let known = noQuoteFrom[quote].map { valueStart >= $0 } ?? false
                    if !known, let q = find([quote], from: valueStart) {
                        valueEnd = q
                        k = q + 1
                    } else {
                        // Unterminated quote: the tag ends at the next '>'.
                        noQuoteFrom[quote] = min(noQuoteFrom[quote] ?? valueStart, valueStart)
                        let gt = find([0x3E], from: valueStart) ?? n
                        return (attributes, min(gt + 1, n), false)
                    }
                } else {
                    while k < n && !UTF8Bytes.isASCIISpace(b[k]) && b[k] != 0x3E { k += 1 }
                    valueEnd = k
                }
                if attributes[name] == nil {
                    var sub = Scanner(UnsafeBufferPointer(rebasing: b[valueStart..<valueEnd]), strict: false)
                    sub.appendText(0, sub.b.count)
                    attributes[name] = String(decoding: sub.output, as: UTF8.self)
                }
            }
            return (attributes, n, selfClosing)
        }

        /// First index of `needle` at or after `from` (within `limit` bytes), else nil.
        func find(_ needle: [UInt8], from: Int, limit: Int = Int.max) -> Int? {
            let n = b.count
            guard let first = needle.first else { return nil }
            var k = from
            let end = limit == Int.max ? n : min(n, from + limit)
            while k < end {
                if b[k] == first {
                    var ok = k + needle.count <= n
                    var m = 1
                    while ok && m < needle.count { if b[k + m] != needle[m] { ok = false }; m += 1 }
                    if ok { return k }
                }
                k += 1
            }
            return nil
        }

        /// The end of raw-text content: where `</name` starts, and the index after its `>`.
        func findCloseTag(_ name: String, from: Int) -> (contentEnd: Int, tagEnd: Int) {
            let n = b.count
            let lower = Array(name.utf8)
            var k = from
            while k + 1 < n {
                if b[k] == 0x3C && b[k + 1] == 0x2F {
                    var m = 0
                    while m < lower.count && k + 2 + m < n && (b[k + 2 + m] | 0x20) == lower[m] { m += 1 }
                    if m == lower.count {
                        let after = k + 2 + m
                        if after >= n || b[after] == 0x3E || b[after] == 0x2F || UTF8Bytes.isASCIISpace(b[after]) {
                            let gt = find([0x3E], from: after, limit: 4096)
                            return (k, gt.map { $0 + 1 } ?? min(after, n))
                        }
                    }
                }
                k += 1
            }
            return (n, n)
        }
    }

    /// Decodes the character reference at `k` (`&amp;`, `&#8217;`, `&#x2019;`); returns nil
    /// when it is not one (the `&` is then literal).
    static func entity(_ b: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> (Unicode.Scalar?, Int) {
        var j = k + 1
        guard j < end else { return (nil, 1) }
        if b[j] == 0x23 /* # */ {
            j += 1
            var hex = false
            if j < end && (b[j] | 0x20) == 0x78 { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < end && j - digitsStart < 8 {
                let c = b[j]
                var d: UInt32
                if UTF8Bytes.isDigit(c) { d = UInt32(c - 0x30) }
                else if hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { d = UInt32((c | 0x20) - 0x61 + 10) }
                else { break }
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > digitsStart else { return (nil, 1) }
            if j < end && b[j] == 0x3B { j += 1 }
            if value >= 0x80 && value <= 0x9F {
                let mapped = windows1252High[Int(value - 0x80)] ?? 0xFFFD
                return (Unicode.Scalar(mapped) ?? "\u{FFFD}", j - k)
            }
            if value == 0 { return ("\u{FFFD}", j - k) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", j - k)
        }
        let nameStart = j
        while j < end && j - nameStart < 32 && (UTF8Bytes.isASCIILetter(b[j]) || UTF8Bytes.isDigit(b[j])) { j += 1 }
        guard j > nameStart else { return (nil, 1) }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self)
        guard let value = named[name], let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        if j < end && b[j] == 0x3B { j += 1 }
        return (scalar, j - k)
    }

    static var named: [String: UInt32] { HTMLEntities.named }
    static var windows1252High: [UInt32?] { HTMLEntities.windows1252High }
}
