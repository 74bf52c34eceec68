import JSONValue

/// `--output yaml` and `--output yaml-stream`, as AWS CLI v2 prints them.
///
/// v2's `YAMLDumper` (`awscli/formatter.py`, branch v2) dumps with ruamel.yaml's
/// `YAML(typ='safe')`, `default_flow_style = False` and no encoding; its installers pin
/// ruamel.yaml 0.19.1 with ruamel.yaml.clib 0.2.15, so the C (libyaml) emitter writes the
/// text. (Without that C extension ruamel falls back to its pure-Python emitter, which folds
/// long lines differently and leaves trailing spaces; Shipyard follows the C emitter.)
/// Observable rules, each checked against that configuration:
/// - keys are **sorted** (the safe representer sorts plain dicts), unlike json output;
/// - block style throughout; lists under a key are not indented; empty collections are `{}`
///   and `[]`;
/// - strings stay plain unless YAML 1.2 would read them as another type (`'true'`, `'123'`,
///   `'2026-11-27T04:41:03.126000+00:00'`, `''`) or they hold indicators, edge spaces or line
///   breaks (single quotes) or unprintable characters, including emoji (double quotes);
/// - strings longer than the 80-column line are folded at spaces;
/// - a bare scalar result (from `--query`) is printed as compact JSON instead (`"ACTIVE"`,
///   `3`, `null`), because YAML would end it with a `...` marker;
/// - a response equal to `{}` prints nothing.
public enum YAMLFormatter {
    /// `--output yaml` for the whole (merged) response after `--query`.
    public static func format(_ response: JSON) -> FormattedOutput {
        if case .object(let object) = response, object.isEmpty { return FormattedOutput(stdout: "") }
        return dump(response)
    }

    /// `--output yaml-stream` for one page (or a whole non-paginated response) after
    /// `--query`: the page as a one-item list, so that pages printed one after another read
    /// as a single list. Unlike text output, v2's `StreamedYAMLFormatter` takes each page as
    /// the service returned it (`nextToken` included, `ResponseMetadata` removed) and prints
    /// no resume token. A non-paginated `{}` prints nothing (`AWSOutputFormatter` handles
    /// that); a page equal to `{}` still prints `- {}`. [v2 source; not run]
    public static func formatStreamPage(_ page: JSON) -> FormattedOutput {
        dump(.array([page]))
    }

    /// `YAMLDumper.dump`: JSON for scalars, YAML for lists and dicts.
    static func dump(_ value: JSON) -> FormattedOutput {
        if let tooDeep = NestingLimit.error(for: value) { return tooDeep }
        switch value {
        case .array, .object:
            return FormattedOutput(stdout: YAMLEmitter.emit(represent(value)))
        default:
            return FormattedOutput(stdout: JSONWriter(dialect: .python).write(value) + "\n")
        }
    }

    /// PyYAML's `yaml.dump` of ordered mappings in block style, as aws-cli's own commands write
    /// YAML (`update-kubeconfig`'s kubeconfig and its `--verbose` entries): keys in the order
    /// given, not sorted; otherwise the same emitter rules.
    public static func dumpInOrder(_ value: JSON) -> String {
        YAMLEmitter.emit(represent(value, sortingKeys: false))
    }

    /// ruamel's `SafeRepresenter`: scalars become text with the tag a reader would infer,
    /// mappings are sorted by key.
    static func represent(_ value: JSON, sortingKeys: Bool = true) -> YAMLNode {
        switch value {
        case .null: return .scalar("null", plainImplicit: true)
        case .bool(let b): return .scalar(b ? "true" : "false", plainImplicit: true)
        case .int(let i): return .scalar(String(i), plainImplicit: true)
        case .double(let d): return .scalar(float(d), plainImplicit: true)
        case .string(let s): return .scalar(s, plainImplicit: !YAMLImplicitTypes.resolvesToNonString(s))
        case .array(let items): return .sequence(items.map { represent($0, sortingKeys: sortingKeys) })
        case .object(let object):
            let pairs = sortingKeys ? object.sortedPairs : object.pairs
            return .mapping(pairs.map { (key: represent(.string($0.key)), value: represent($0.value, sortingKeys: sortingKeys)) })
        }
    }

    /// `represent_float`: `repr(value).lower()`, with YAML's names for the non-finite values.
    static func float(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return NumberFormat.python(d).lowercased()
    }
}
