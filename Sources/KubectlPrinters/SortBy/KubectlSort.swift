import GoPorts
import JSONValue

/// `kubectl get --sort-by=FIELD`: the order kubectl prints a list of objects in.
///
/// kubectl evaluates FIELD (relaxed: `.metadata.name`, `{.status.containerStatuses[0].restartCount}`)
/// on every object and compares the first value found:
/// - integers with integers, floats with floats (an int and a float do not compare, and a whole
///   float from the server is an integer, see `KubectlUnstructured`);
/// - strings that both parse as quantities (`100m`, `1Gi`, `3`) by value, other strings by bytes,
///   which orders RFC 3339 timestamps chronologically;
/// - objects without the field sort first, `null` before anything;
/// - maps, arrays and booleans are unsortable: kubectl exits with a klog fatal line.
///
/// The sort is Go's unstable `sort.Sort`, reproduced exactly (see `GoSort`), so ties come out
/// in kubectl's order too.
public enum KubectlSort {
    /// Which of kubectl's two sorting paths runs; they differ in their errors.
    public enum Mode: Sendable {
        /// `-o json|yaml|name|jsonpath…|custom-columns…`: kubectl sorts the items of the list
        /// it prints. Errors are reported (`error: couldn't find any field…`).
        case list
        /// The default table and `-o wide`: kubectl sorts the rows of the server's table. A
        /// field it cannot use makes it print nothing at all, then `No resources found in NS
        /// namespace.` with exit status 0 (`KubectlSortError.Kind.silent`); an unparsable
        /// FIELD is tried as a raw template, so `{.a}{.b}` sorts by `.a`.
        case table
    }

    /// The indexes of `objects` (a list's items) in the order kubectl prints them.
    ///
    /// kubectl does not sort a single named object (`get pod web`): don't call this for one.
    /// An empty list (and, for tables, a one-row list) is returned as is without checking FIELD.
    public static func order(_ objects: [JSON], by field: String, mode: Mode = .list)
        -> Result<[Int], KubectlSortError>
    {
        let items = objects.map(KubectlUnstructured.normalize)
        switch mode {
        case .list: return listOrder(items, field)
        case .table: return tableOrder(items, field)
        }
    }

    /// `objects` in the order kubectl prints them; see `order(_:by:mode:)`.
    public static func sorted(_ objects: [JSON], by field: String, mode: Mode = .list)
        -> Result<[JSON], KubectlSortError>
    {
        order(objects, by: field, mode: mode).map { $0.map { objects[$0] } }
    }

    // MARK: - The list path (SortingPrinter → SortObjects → RuntimeSort)

    private static func listOrder(_ objects: [JSON], _ field: String) -> Result<[Int], KubectlSortError> {
        if objects.isEmpty { return .success([]) }
        guard let template = RelaxedJSONPath.expression(field) else {
            return .failure(KubectlSortError(kind: .error, message: RelaxedJSONPath.errorMessage))
        }
        let path: KubeJSONPath
        do {
            path = try KubeJSONPath.compile(template)
        } catch {
            return .failure(KubectlSortError(kind: .error, message: error.message))
        }

        // Evaluated lazily and once per object: Go re-evaluates on every comparison, with the
        // same result, and only fails on objects the sort actually compares.
        var keys: [Result<SortKey, JSONPathError>?] = Array(repeating: nil, count: objects.count)
        func key(_ index: Int) -> Result<SortKey, JSONPathError> {
            if let known = keys[index] { return known }
            let computed = SortKey.of(objects[index], path)
            keys[index] = computed
            return computed
        }

        // kubectl only proceeds if at least one object has the field; objects before the first
        // such object may fail outright.
        var foundOnce = false
        search: for index in objects.indices {
            switch key(index) {
            case .failure(let error):
                return .failure(KubectlSortError(kind: .error, message: error.message))
            case .success(.value):
                foundOnce = true
                break search
            case .success(.missing):
                continue
            }
        }
        if !foundOnce { return .failure(notFound(template)) }

        let concrete = SortComparison.endsInRecursion(path)
        do throws(KubectlSortError) {
            let order = try GoSort<KubectlSortError>.sort(count: objects.count) { (i, j) throws(KubectlSortError) -> Bool in
                let iKey: SortKey
                switch key(i) {
                case .success(let k): iKey = k
                case .failure(let error): throw failedValues("i", objects[i], template, error)
                }
                let jKey: SortKey
                switch key(j) {
                case .success(let k): jKey = k
                case .failure(let error): throw failedValues("j", objects[j], template, error)
                }
                return try SortComparison.less(
                    iKey, jKey, concrete: concrete,
                    unsortable: { kind, reason in
                        KubectlSortError(
                            kind: .fatal(sourceLine: 329, exitCode: 1),
                            message: "Field \(template) in *unstructured.Unstructured is an unsortable type: "
                                + "\(kind), err: \(reason)")
                    })
            }
            return .success(order)
        } catch {
            return .failure(error)
        }
    }

    // MARK: - The table path (TablePrinter → SortingPrinter → TableSorter)

    private static func tableOrder(_ objects: [JSON], _ field: String) -> Result<[Int], KubectlSortError> {
        if objects.count <= 1 { return .success(Array(objects.indices)) }
        let template = RelaxedJSONPath.expression(field) ?? field
        let path: KubeJSONPath
        do {
            path = try KubeJSONPath.compile(template)
        } catch {
            return .failure(KubectlSortError(kind: .silent, message: "sorting error: \(error.message)"))
        }
        var keys: [SortKey] = []
        for object in objects {
            switch SortKey.of(object, path) {
            case .success(let key): keys.append(key)
            case .failure(let error):
                return .failure(
                    KubectlSortError(
                        kind: .silent,
                        message: "Failed to get values for [][]reflect.Value(nil) using \(template) "
                            + "(&errors.errorString{s:\(GoFormat.quote(error.message))})"))
            }
        }
        if !keys.contains(where: { if case .value = $0 { return true } else { return false } }) {
            return .failure(KubectlSortError(kind: .silent, message: notFound(template).message))
        }
        let concrete = SortComparison.endsInRecursion(path)
        do throws(KubectlSortError) {
            let order = try GoSort<KubectlSortError>.sort(count: objects.count) { (i, j) throws(KubectlSortError) -> Bool in
                try SortComparison.less(
                    keys[i], keys[j], concrete: concrete,
                    unsortable: { kind, reason in
                        KubectlSortError(
                            kind: .fatal(sourceLine: 375, exitCode: 1),
                            message: "Field \(template) in [][][]reflect.Value is an unsortable type: "
                                + "\(kind), err: \(reason)")
                    })
            }
            return .success(order)
        } catch {
            return .failure(error)
        }
    }

    // MARK: - Messages

    private static func notFound(_ template: String) -> KubectlSortError {
        KubectlSortError(
            kind: .error,
            message: "couldn't find any field with path \(GoFormat.quote(template)) in the list of objects")
    }

    private static func failedValues(_ which: String, _ object: JSON, _ template: String, _ error: JSONPathError)
        -> KubectlSortError
    {
        // kubectl formats the error with %#v for i and %v for j.
        let errorText = which == "i" ? "&errors.errorString{s:\(GoFormat.quote(error.message))}" : error.message
        return KubectlSortError(
            kind: .fatal(sourceLine: which == "i" ? 310 : 315, exitCode: 255),
            message: "Failed to get \(which) values for &unstructured.Unstructured{Object:\(GoFormat.goSyntax(object))} "
                + "using \(template) (\(errorText))")
    }
}
