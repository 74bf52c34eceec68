import JSONValue

/// `kubectl describe serviceaccount`: image pull, mountable and token secrets, marking the
/// referenced secrets that do not exist `(not found)`. Needs the namespace's Secrets.
enum ServiceAccountDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let md = ctx.metadata
        let secrets = ctx.related("secrets", namespace: ctx.namespace)
        let existing = Set(secrets.map { $0["metadata"]["name"].str })
        let tokens = secrets.filter {
            $0["type"].str == "kubernetes.io/service-account-token"
                && $0["metadata"]["annotations"]["kubernetes.io/service-account.name"].str == ctx.name
                && $0["metadata"]["annotations"]["kubernetes.io/service-account.uid"].str == md["uid"].str
        }.map { $0["metadata"]["name"].str }
        let pull = ctx.object["imagePullSecrets"].items.map { $0["name"].str }
        let mount = ctx.object["secrets"].items.map { $0["name"].str }
        let missing = Set((pull + mount).filter { !existing.contains($0) })

        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        // Headers sorted as strings, as kubectl's sets.StringKeySet(...).List() does.
        let groups = [("Image pull secrets:", pull), ("Mountable secrets: ", mount), ("Tokens:            ", tokens)]
        for (header, names) in groups.sorted(by: { goLess($0.0, $1.0) }) {
            if names.isEmpty {
                w.write(0, "\(header)\t<none>\n")
                continue
            }
            var prefix = header
            for name in names {
                w.write(0, "\(prefix)\t\(name)\(missing.contains(name) ? " (not found)" : "")\n")
                prefix = "                   "
            }
        }
        ctx.events(w)
    }
}
