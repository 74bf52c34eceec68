/// The functions kubectl's templates can call: Go's builtins (`text/template/funcs.go`) and
/// kubectl's own `exists` and `base64decode` (cli-runtime `printers/template.go`), with
/// their exact error texts. Comparisons live in `GoTemplateComparison`, escapers in
/// `GoTemplateEscapers`.
enum GoTemplateFunctions {
    /// A parameter's Go type, which decides how an argument is evaluated and checked.
    enum Param: Sendable, Equatable {
        /// `reflect.Value`: anything, as is (even a missing value).
        case value
        /// `interface {}`: anything; the function sees the dynamic value, or nil.
        case any
        case string
    }

    struct Signature: Sendable {
        var params: [Param]
        var variadic = false
    }

    struct CallError: Error {
        var message: String
    }

    static func signature(_ name: String) -> Signature? {
        switch name {
        case "and", "or", "call", "index", "slice", "eq": return Signature(params: [.value, .value], variadic: true)
        case "html", "js", "urlquery", "print", "println": return Signature(params: [.any], variadic: true)
        case "printf": return Signature(params: [.string, .any], variadic: true)
        case "len", "not": return Signature(params: [.value])
        case "ne", "lt", "le", "gt", "ge": return Signature(params: [.value, .value])
        case "exists": return Signature(params: [.any, .any], variadic: true)
        case "base64decode": return Signature(params: [.string])
        default: return nil
        }
    }

    /// Calls `name` with arguments already evaluated for its parameters.
    static func call(_ name: String, _ args: [GoValue], callee: String) -> Result<GoValue, CallError> {
        let first = args.first ?? .invalid
        let rest = Array(args.dropFirst())
        let second = rest.first ?? .invalid
        switch name {
        case "index": return index(first, rest)
        case "slice": return slice(first, rest)
        case "len": return length(first)
        case "not": return .success(.bool(!first.indirectInterface.truth))
        case "call":
            guard first.indirectInterface.isValid else { return .failure(CallError(message: "call of nil")) }
            return .failure(CallError(message: "non-function \(callee) of type \(first.indirectInterface.typeName)"))
        case "eq": return GoTemplateComparison.eq(first, rest).map { .bool($0) }
        case "ne": return GoTemplateComparison.eq(first, [second]).map { .bool(!$0) }
        case "lt": return GoTemplateComparison.lt(first, second).map { .bool($0) }
        case "le": return GoTemplateComparison.le(first, second).map { .bool($0) }
        case "gt": return GoTemplateComparison.le(first, second).map { .bool(!$0) }
        case "ge": return GoTemplateComparison.lt(first, second).map { .bool(!$0) }
        case "print": return .success(.string(GoFmt.sprint(args.map(\.asInterfaceArgument))))
        case "println": return .success(.string(GoFmt.sprintln(args.map(\.asInterfaceArgument))))
        case "printf":
            guard case .string(let format) = first else { return .success(.string([])) }
            return .success(.string(GoFmt.sprintf(format, rest.map(\.asInterfaceArgument))))
        case "html": return .success(.string(GoTemplateEscapers.html(GoTemplateEscapers.evalArgs(args))))
        case "js": return .success(.string(GoTemplateEscapers.js(GoTemplateEscapers.evalArgs(args))))
        case "urlquery": return .success(.string(GoTemplateEscapers.urlQuery(GoTemplateEscapers.evalArgs(args))))
        case "exists": return .success(.bool(exists(first, rest)))
        case "base64decode":
            guard case .string(let text) = first else { return .success(.string([])) }
            switch GoBase64.decodeStd(text) {
            case .success(let bytes): return .success(.string(bytes))
            case .failure(let error): return .failure(CallError(message: "base64 decode failed: \(error.message)"))
            }
        default:
            return .failure(CallError(message: "function \(GoQuote.quote(name)) not defined"))
        }
    }

    // MARK: - index, slice, len

    /// An index into a slice or string: an integer in 0…cap.
    private static func indexArg(_ index: GoValue, cap: Int) -> Result<Int, CallError> {
        let x: Int64
        switch index {
        case .int(let i): x = Int64(i)
        case .int64(let i): x = i
        case .uint8(let u): x = Int64(u)
        case .invalid: return .failure(CallError(message: "cannot index slice/array with nil"))
        default: return .failure(CallError(message: "cannot index slice/array with type \(index.typeName)"))
        }
        if x < 0 || x > Int64(cap) { return .failure(CallError(message: "index out of range: \(x)")) }
        return .success(Int(x))
    }

    static func index(_ item: GoValue, _ indexes: [GoValue]) -> Result<GoValue, CallError> {
        var item = item.indirectInterface
        guard item.isValid else { return .failure(CallError(message: "index of untyped nil")) }
        for rawIndex in indexes {
            let index = rawIndex.indirectInterface
            let (value, isNil) = item.indirect
            if isNil { return .failure(CallError(message: "index of nil pointer")) }
            switch value {
            case .slice(let items):
                switch indexArg(index, cap: items.count) {
                case .failure(let error): return .failure(error)
                case .success(let x):
                    // Go's bounds check lets x == len through to reflect, which panics.
                    guard x < items.count else { return .failure(CallError(message: "reflect: slice index out of range")) }
                    item = .element(items[x])
                }
            case .string(let bytes):
                switch indexArg(index, cap: bytes.count) {
                case .failure(let error): return .failure(error)
                case .success(let x):
                    guard x < bytes.count else { return .failure(CallError(message: "reflect: string index out of range")) }
                    item = .uint8(bytes[x])
                }
            case .map(let object):
                guard index.isValid else { return .failure(CallError(message: "value is nil; should be of type string")) }
                guard case .string(let key) = index else {
                    return .failure(CallError(message: "value has type \(index.typeName); should be string"))
                }
                let element = GoUTF8.isValid(key) ? object[String(decoding: key, as: UTF8.self)] : nil
                item = element.map(GoValue.element) ?? .interface(nil)
            default:
                return .failure(CallError(message: "can't index item of type \(value.typeName)"))
            }
        }
        return .success(item)
    }

    /// `slice x 1 2`: `x[1:2]` of a slice or string. Go checks bounds against the slice's
    /// capacity, which for decoded JSON can exceed its length; Shipyard uses the length.
    static func slice(_ item: GoValue, _ indexes: [GoValue]) -> Result<GoValue, CallError> {
        let item = item.indirectInterface
        guard item.isValid else { return .failure(CallError(message: "slice of untyped nil")) }
        if indexes.count > 3 { return .failure(CallError(message: "too many slice indexes: \(indexes.count)")) }
        let length: Int
        switch item {
        case .string(let bytes):
            if indexes.count == 3 { return .failure(CallError(message: "cannot 3-index slice a string")) }
            length = bytes.count
        case .slice(let items):
            length = items.count
        default:
            return .failure(CallError(message: "can't slice item of type \(item.typeName)"))
        }
        var idx = [0, length, length]
        for (i, index) in indexes.enumerated() {
            switch indexArg(index, cap: length) {
            case .failure(let error): return .failure(error)
            case .success(let x): idx[i] = x
            }
        }
        if idx[0] > idx[1] { return .failure(CallError(message: "invalid slice index: \(idx[0]) > \(idx[1])")) }
        if indexes.count == 3 && idx[1] > idx[2] {
            return .failure(CallError(message: "invalid slice index: \(idx[1]) > \(idx[2])"))
        }
        switch item {
        case .string(let bytes): return .success(.string(Array(bytes[idx[0]..<idx[1]])))
        case .slice(let items): return .success(.slice(Array(items[idx[0]..<idx[1]])))
        default: return .success(item)
        }
    }

    static func length(_ item: GoValue) -> Result<GoValue, CallError> {
        let (value, isNil) = item.indirect
        if isNil { return .failure(CallError(message: "len of nil pointer")) }
        guard value.isValid else { return .failure(CallError(message: "reflect: call of reflect.Value.Type on zero Value")) }
        guard let count = value.length else { return .failure(CallError(message: "len of type \(value.typeName)")) }
        return .success(.int(count))
    }

    // MARK: - kubectl's exists

    /// `exists ITEM INDEX…`: whether `index ITEM INDEX…` would find a non-nil value, without
    /// failing (cli-runtime's `exists`).
    static func exists(_ item: GoValue, _ indexes: [GoValue]) -> Bool {
        var value = item.asInterfaceArgument ?? .invalid
        for rawIndex in indexes {
            let index = rawIndex.asInterfaceArgument ?? .invalid
            let (current, isNil) = value.indirect
            if isNil { return false }
            switch current {
            case .slice(let items):
                guard let x = integer(index), x >= 0, x < Int64(items.count) else { return false }
                value = .element(items[Int(x)])
            case .string(let bytes):
                guard let x = integer(index), x >= 0, x < Int64(bytes.count) else { return false }
                value = .uint8(bytes[Int(x)])
            case .map(let object):
                let key: [UInt8]
                switch index {
                case .invalid: key = []
                case .string(let bytes): key = bytes
                default: return false
                }
                let element = GoUTF8.isValid(key) ? object[String(decoding: key, as: UTF8.self)] : nil
                value = element.map(GoValue.element) ?? .interface(nil)
            default:
                return false
            }
        }
        return !value.indirect.isNil
    }

    private static func integer(_ value: GoValue) -> Int64? {
        switch value {
        case .int(let i): return Int64(i)
        case .int64(let i): return i
        case .uint8(let u): return Int64(u)
        default: return nil
        }
    }
}
