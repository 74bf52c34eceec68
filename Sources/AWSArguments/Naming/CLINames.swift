/// CLI names from API names: botocore's `xform_name(name, '-')`.
///
/// aws-cli derives every operation and parameter flag from the model's CamelCase names:
/// `clusterName` → `cluster-name`, `taskRoleArn` → `task-role-arn`, `DBInstanceIdentifier` →
/// `db-instance-identifier`, `VPCId` → `vpc-id`, and a pluralised acronym at the end stays one
/// word (`GatewayARNs` → `gateway-arns`). A handful of operation names that the rules mangle
/// (`CreateCachediSCSIVolume`) are fixed by a table, as in botocore.
public enum CLINames {
    /// `xform_name(name, separator)`.
    public static func transform(_ name: String, separator: Character = "-") -> String {
        if name.contains(separator) { return name }
        if separator == "-", let fixed = specialCases[name] { return fixed }
        var scalars = Array(name.unicodeScalars)
        let sep = Array(String(separator).unicodeScalars)
        // `[A-Z]{2,}s$`: GatewayARNs -> Gateway-arns (the regexes below then leave it alone).
        if let matched = pluralAcronymSuffix(scalars) {
            let head = Array(scalars[..<(scalars.count - matched.count)])
            scalars = head + sep + matched.map(lower)
        }
        scalars = firstCap(scalars, sep)
        scalars = endCap(scalars, sep)
        return String(String.UnicodeScalarView(scalars)).lowercased()
    }

    /// The flag for a structure member: `--` + its CLI name.
    public static func flag(forMember member: String) -> String { "--" + transform(member) }

    /// Both flags aws-cli makes for a boolean member: `--name` sets true, `--no-name` false.
    /// (Some commands rename the negative one; see `ArgumentRenames`.)
    public static func booleanFlags(forMember member: String) -> (positive: String, negative: String) {
        let name = transform(member)
        return ("--" + name, "--no-" + name)
    }

    private static func isUpper(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) }
    private static func isLower(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        isUpper(c) ? Unicode.Scalar(c.value + 32) ?? c : c
    }

    /// The leftmost match of `[A-Z]{2,}s$`.
    private static func pluralAcronymSuffix(_ s: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard s.count >= 3, s[s.count - 1] == "s" else { return nil }
        var start = s.count - 1
        while start > 0, isUpper(s[start - 1]) { start -= 1 }
        guard s.count - 1 - start >= 2 else { return nil }
        return Array(s[start...])
    }

    /// `re.sub('(.)([A-Z][a-z]+)', r'\1-\2', s)`.
    private static func firstCap(_ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] != "\n", i + 2 < s.count, isUpper(s[i + 1]), isLower(s[i + 2]) {
                var end = i + 3
                while end < s.count, isLower(s[end]) { end += 1 }
                out.append(s[i])
                out += sep
                out += s[(i + 1)..<end]
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// `re.sub('([a-z0-9])([A-Z])', r'\1-\2', s)`.
    private static func endCap(_ s: [Unicode.Scalar], _ sep: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if i + 1 < s.count, isLower(s[i]) || isDigit(s[i]), isUpper(s[i + 1]) {
                out.append(s[i])
                out += sep
                out.append(s[i + 1])
                i += 2
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// botocore 2.27.0's `_xform_cache` entries for the `-` separator.
    static let specialCases: [String: String] = [
        "CreateCachediSCSIVolume": "create-cached-iscsi-volume",
        "DescribeCachediSCSIVolumes": "describe-cached-iscsi-volumes",
        "DescribeStorediSCSIVolumes": "describe-stored-iscsi-volumes",
        "CreateStorediSCSIVolume": "create-stored-iscsi-volume",
        "ListHITsForQualificationType": "list-hits-for-qualification-type",
        "ExecutePartiQLStatement": "execute-partiql-statement",
        "ExecutePartiQLTransaction": "execute-partiql-transaction",
        "ExecutePartiQLBatch": "execute-partiql-batch",
        "AssociateWhatsAppBusinessAccount": "associate-whatsapp-business-account",
        "DeleteWhatsAppMessageMedia": "delete-whatsapp-media-message",
        "DisassociateWhatsAppBusinessAccount": "disassociate-whatsapp-business-account",
        "GetLinkedWhatsAppBusinessAccount": "get-linked-whatsapp-business-account",
        "GetLinkedWhatsAppBusinessAccountPhoneNumber": "get-linked-whatsapp-business-account-phone-number",
        "GetWhatsAppMessageMedia": "get-whatsapp-message-media",
        "ListLinkedWhatsAppBusinessAccounts": "list-linked-whatsapp-business-accounts",
        "PostWhatsAppMessageMedia": "post-whatsapp-message-media",
        "PutWhatsAppBusinessAccountEventDestinations": "put-whatsapp-business-account-event-destinations",
        "SendWhatsAppMessage": "send-whatsapp-message",
    ]
}
