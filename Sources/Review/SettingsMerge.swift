import Foundation

extension RecallSettings {
    /// These settings (the file as it is now) with the edits someone made to `base` applied:
    /// only the values that differ between `base` and `edited` change, key by key and, in
    /// objects such as `exams`, member by member. So the Settings screen saving its fields
    /// keeps an exam that `recall exam` set meanwhile, and the other way round.
    public func merging(_ edited: RecallSettings, madeOn base: RecallSettings) throws -> RecallSettings {
        let merged = Self.merge(current: value, edited: edited.value, base: base.value)
        return try JSONDecoder().decode(RecallSettings.self, from: JSONEncoder().encode(merged))
    }

    private var value: JSONValue {
        (try? JSONDecoder().decode(JSONValue.self, from: Data(encoded()))) ?? .object([:])
    }

    private static func merge(current: JSONValue?, edited: JSONValue?, base: JSONValue?) -> JSONValue? {
        guard edited != base else { return current }
        guard case .object(let now)? = current, case .object(let new)? = edited, case .object(let old)? = base else {
            return edited
        }
        var fields: [String: JSONValue] = [:]
        for key in Set(now.keys).union(new.keys).union(old.keys) {
            fields[key] = merge(current: now[key], edited: new[key], base: old[key])
        }
        return .object(fields)
    }
}
