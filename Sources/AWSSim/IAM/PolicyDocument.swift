import JSONValue

/// A policy document as IAM keeps it: the text as submitted (what Get* calls return), its
/// parsed form, and its statements ready for evaluation.
public struct PolicyDocument: Sendable {
    /// Identity policies (managed and inline), role trust policies, resource policies.
    public enum Kind: Sendable {
        case identity, trust, resource
    }

    public let text: String
    /// The parsed document, keys in the order written (aws-cli prints it decoded).
    public let json: JSON
    public let statements: [PolicyStatement]

    /// Parses and validates `text` as IAM does for `kind`, with IAM's error messages.
    public static func parse(_ text: String, kind: Kind) throws(AWSServiceError) -> PolicyDocument {
        let invalid: AWSServiceError = kind == .trust
            ? .malformedPolicy("This policy contains invalid Json") : .malformedPolicy("Syntax errors in policy.")
        guard let json = JSONParser.parseOrNil(text), let object = json.object else { throw invalid }
        let statements = try PolicyGrammar.statements(of: object, kind: kind)
        let document = PolicyDocument(text: text, json: json, statements: statements)
        switch kind {
        case .trust: try PolicyGrammar.validateTrust(document)
        case .identity: try PolicyGrammar.validateIdentity(document)
        case .resource: break
        }
        return document
    }

    /// A document Shipyard itself holds (AWS managed policies); nil if it does not parse.
    static func trusted(_ text: String) -> PolicyDocument? {
        guard let json = JSONParser.parseOrNil(text), let object = json.object,
            let statements = try? PolicyGrammar.statements(of: object, kind: .resource)
        else { return nil }
        return PolicyDocument(text: text, json: json, statements: statements)
    }
}

/// One statement: effect, actions, resources, principals and conditions.
public struct PolicyStatement: Sendable {
    public enum Effect: String, Sendable {
        case allow = "Allow", deny = "Deny"
    }

    public var sid: String?
    public var effect: Effect
    public var actions: [String]?
    public var notActions: [String]?
    public var resources: [String]?
    public var notResources: [String]?
    /// `Principal` as written: `"*"` becomes `["AWS": ["*"]]`.
    public var principals: [String: [String]]?
    public var notPrincipals: [String: [String]]?
    public var conditions: [PolicyCondition]
    /// Position in the document, for the simulator's `MatchedStatements`.
    public var index: Int
}
