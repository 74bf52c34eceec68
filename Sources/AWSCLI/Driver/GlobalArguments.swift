import AWSArguments
import JMESPath

/// The options every aws command accepts anywhere on the line (aws-cli's `cli.json`, in its
/// order, which is the order argparse lists them in "ambiguous option" errors), parsed by the
/// top-level parser together with the command name.
struct GlobalArguments {
    var debug = false
    var autoPrompt = false
    var endpointURL: String?
    var verifySSL = true
    var paginate = true
    var output: String?
    var query: JMESPathExpression?
    var profile: String?
    var region: String?
    var color = "auto"
    var signRequest = true
    var cliBinaryFormat: String?
    var command: String?

    static let outputChoices = ["json", "text", "table", "yaml", "yaml-stream"]

    static func parser(commands: [String]) -> ArgParser {
        ArgParser([
            .flag("--debug", defaultValue: .bool(false)),
            .option("--endpoint-url"),
            .flag("--no-verify-ssl", dest: "verify_ssl", value: false, defaultValue: .bool(true)),
            .flag("--no-paginate", dest: "paginate", value: false, defaultValue: .bool(true)),
            .option("--output", choices: outputChoices),
            .option("--query"),
            .option("--profile"),
            .option("--region"),
            .option("--color", choices: ["on", "off", "auto"]),
            .flag("--no-sign-request", dest: "sign_request", value: false, defaultValue: .bool(true)),
            .option("--ca-bundle"),
            .option("--cli-read-timeout", dest: "read_timeout"),
            .option("--cli-connect-timeout", dest: "connect_timeout"),
            .option("--cli-binary-format", choices: ["base64", "raw-in-base64-out"]),
            .flag("--no-cli-pager", defaultValue: .bool(false)),
            .flag("--cli-auto-prompt", defaultValue: .bool(false)),
            .flag("--no-cli-auto-prompt", defaultValue: .bool(false)),
            // `cli.json` lists `--version` after `--region`, but the parser adds it again after
            // the table and argparse keeps the later one.
            ArgAction(optionStrings: ["--version"], dest: "version", kind: .version, nargs: .zero),
            .positional("command", choices: commands),
        ])
    }

    init() {}

    /// The parsed options, checked as aws-cli's `top-level-args-parsed` handlers check them:
    /// `--query` compiled, `--endpoint-url` needing a scheme, timeouts going through `int()`.
    init(_ namespace: ArgNamespace) throws(AWSCLIError) {
        debug = namespace["debug"] == .bool(true)
        autoPrompt = namespace["cli_auto_prompt"] == .bool(true)
        verifySSL = namespace["verify_ssl"] != .bool(false)
        paginate = namespace["paginate"] != .bool(false)
        output = namespace["output"]?.string
        profile = namespace["profile"]?.string
        region = namespace["region"]?.string
        color = namespace["color"]?.string ?? "auto"
        signRequest = namespace["sign_request"] != .bool(false)
        cliBinaryFormat = namespace["cli_binary_format"]?.string
        command = namespace["command"]?.string
        if let text = namespace["query"]?.string {
            do throws(JMESPathError) {
                query = try JMESPathExpression(text)
            } catch {
                throw .parameter("Bad value for --query \(text): \(error.description)")
            }
        }
        if let url = namespace["endpoint_url"]?.string {
            guard Self.hasScheme(url) else {
                throw .parameter("Bad value for --endpoint-url \"\(url)\": scheme is missing.  Must be of the form "
                                 + "http://<hostname>/ or https://<hostname>/")
            }
            endpointURL = url
        }
        for dest in ["read_timeout", "connect_timeout"] {
            if let value = namespace[dest]?.string, PythonConversions.int(value) == nil {
                throw .general("invalid literal for int() with base 10: \(PythonRepr.string(value))")
            }
        }
    }

    /// `urlparse(url).scheme` is non-empty: letters, digits, `+-.` before a `:`, starting with a
    /// letter.
    static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), colon > url.startIndex else { return false }
        let scheme = url[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
