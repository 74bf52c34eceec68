import JSONValue

/// The object `kubectl get` prints when it prints more than one thing.
///
/// For `get pods`, `get pods a b`, `get pods -l …` (even when one pod matches) and any other
/// get that is not of exactly one named object, kubectl folds the items into a fresh
/// `{"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},"items":[…]}` and hands
/// that to the printer, so templates start with `{.items[*]…}`. The server's own list kind
/// (`PodList`) and resourceVersion are not seen.
public enum KubectlList {
    public static func wrap(_ items: [JSON]) -> JSON {
        .object(
            JSONObject([
                ("apiVersion", "v1"),
                ("items", .array(items)),
                ("kind", "List"),
                ("metadata", .object(JSONObject([("resourceVersion", "")]))),
            ]))
    }
}
