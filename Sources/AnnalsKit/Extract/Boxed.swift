/// Stores a large value out of line, copy-on-write, so the struct holding it stays small:
/// `Mention` is copied at every lookup of the rules (`mentions.first { ... }`), and its role
/// and gazetteer entry would otherwise make each copy several hundred bytes.
///
/// ```swift
/// struct Mention { @Boxed var role: RoleInfo? = nil }   // reads and writes as before
/// ```
@propertyWrapper
struct Boxed<Value: Sendable>: Sendable {
    private final class Box: @unchecked Sendable {
        // Mutated only through `wrappedValue`'s setter, and only while uniquely referenced.
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(wrappedValue: Value) {
        box = Box(wrappedValue)
    }

    var wrappedValue: Value {
        get { box.value }
        set {
            if isKnownUniquelyReferenced(&box) { box.value = newValue } else { box = Box(newValue) }
        }
        // A change of one field (`fields.cameo = x`) is made in place when the box is not shared.
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}
