import JSONValue

/// `kubectl describe secret`: sizes only, except the token of a service-account-token Secret.
/// Never shows events (kubectl's describer does not look them up). Keys print sorted (kubectl's
/// map order is random; see ConfigMapDescriber).
enum SecretDescriber {
    static func describe(_ ctx: DescribeContext, _ w: DescribeWriter) {
        let type = ctx.object["type"].str
        CommonPrinters.nameNamespaceLabelsAnnotations(ctx, w)
        w.write(0, "\nType:\t\(type)\n")
        w.write(0, "\nData\n====\n")
        for (k, v) in ctx.object["data"].members.sorted(by: { goLess($0.key, $1.key) }) {
            let bytes = Base64.decode(v.str)
            if k == "token", type == "kubernetes.io/service-account-token" {
                w.write(0, "\(k):\t\(String(decoding: bytes, as: UTF8.self))\n")
            } else {
                w.write(0, "\(k):\t\(bytes.count) bytes\n")
            }
        }
    }
}
