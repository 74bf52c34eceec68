import AWSArguments

extension AWSHelp {
    /// `aws SERVICE OPERATION help` (and a waiter's): NAME, SYNOPSIS as aws-cli prints it,
    /// OPTIONS with each parameter's type, members and syntax examples, GLOBAL OPTIONS, OUTPUT.
    static func operation(table: ArgumentTable, model: ServiceModel, path: [String], mode: OperationCommand.Mode) -> String {
        let name = path.last ?? table.operation.cliName
        let docs = ShapeDocs(model: model)
        var text = title(name)
        text += "NAME\n       \(name) -\n\n"
        text += "DESCRIPTION\n"
        if case .wait(let waiter) = mode {
            text += wrap(waiterDescription(waiter, operation: table.operation.cliName), indent: 7) + "\n"
        } else {
            text += "       " + noDocumentation + "\n\n"
        }
        text += "SYNOPSIS\n            \(name)\n"
        for line in synopsis(table) + globalSynopsis { text += "          \(line)\n" }
        text += "\nOPTIONS\n"
        for entry in table.entries where !entry.undocumented { text += option(entry, docs: docs) }
        text += globalOptions(heading: "GLOBAL OPTIONS")
        if case .call = mode {
            text += "OUTPUT\n"
            // A command with its own caller prints no response (`create_help_command` drops it).
            if table.customizations.allSatisfy({ $0.invoke == nil }), let output = model.shape(table.operation.output),
                !output.members.isEmpty {
                for line in docs.tree(output, indent: 7) { text += line + "\n" }
            } else {
                text += "       None\n"
            }
        }
        return text + "\n"
    }

    /// `WaiterStateDocBuilder`: what the first success acceptor waits for, the operation it
    /// polls, and the delay and attempts.
    static func waiterDescription(_ waiter: ServiceModel.Waiter, operation: String) -> String {
        var text = "Wait until "
        if let success = waiter.acceptors.map(WaiterRun.Acceptor.init).first(where: { $0.state == "success" }) {
            let expected = WaiterRun.Acceptor.pythonString(success.expected)
            let argument = success.argument ?? "None"
            switch success.matcher {
            case "error": text += "\(expected) is thrown "
            case "path": text += "JMESPath query \(argument) returns \(expected) "
            case "pathAll": text += "JMESPath query \(argument) returns \(expected) for all elements "
            case "pathAny": text += "JMESPath query \(argument) returns \(expected) for any element "
            case "status": text += "\(expected) response is received "
            default: break
            }
        }
        text += "when polling with \(operation)."
        // The description is reStructuredText; its literals print without their backquotes.
        text = String(text.filter { $0 != "`" })
        return text + " It will poll every \(waiter.delay) seconds until a successful state has been reached. "
            + "This will exit with a return code of 255 after \(waiter.maxAttempts) failed checks."
    }

    /// The synopsis lines: required arguments bare, optional ones in brackets, boolean pairs as
    /// `[--x | --no-x]`, `--cli-input-json | --cli-input-yaml` together.
    static func synopsis(_ table: ArgumentTable) -> [String] {
        var lines: [String] = []
        for entry in table.entries where !entry.undocumented {
            switch entry.kind {
            case .member(let argument) where argument.isBoolean:
                lines.append("[\(argument.flag)" + (argument.negativeFlag.map { " | \($0)" } ?? "") + "]")
            case .negative, .cliInputYAML:
                continue
            case .custom(let argument) where argument.isNegativeHalf:
                continue
            case .custom(let argument) where argument.negativeFlag != nil:
                lines.append("[\(argument.flag) | \(argument.negativeFlag ?? "")]")
            case .cliInputJSON:
                lines.append("[--cli-input-json | --cli-input-yaml]")
            default:
                lines.append(entry.required ? "\(entry.flag) <value>" : "[\(entry.flag) <value>]")
            }
        }
        return lines
    }

    private static func option(_ entry: ArgumentTable.Entry, docs: ShapeDocs) -> String {
        switch entry.kind {
        case .member(let argument):
            if argument.isBoolean {
                return "       \(argument.flag)" + (argument.negativeFlag.map { " | \($0)" } ?? "") + " (boolean)\n\n"
            }
            var text = "       \(entry.flag) (\(docs.typeName(argument.shape)))\n"
            let tree = docs.tree(argument.shape, indent: 10)
            if !tree.isEmpty { text += tree.joined(separator: "\n") + "\n" }
            text += "\n"
            if let shorthand = docs.shorthand(argument.shape), !shorthand.isEmpty {
                text += "       Shorthand Syntax:\n\n"
                text += shorthand.split(separator: "\n", omittingEmptySubsequences: false).map { "          \($0)\n" }.joined()
                text += "\n"
            } else if docs.model.supportsShorthand(argument.shape) {
                return text
            }
            if argument.shape.type == "list", let member = docs.model.shape(argument.shape.member), member.isScalar {
                text += "       Syntax:\n\n" + docs.listSyntax(member).map { $0.isEmpty ? "\n" : "          \($0)\n" }.joined()
                text += "\n"
            } else if argument.shape.isComplex {
                text += "       JSON Syntax:\n\n" + docs.jsonSyntax(argument.shape).map { "          \($0)\n" }.joined() + "\n"
            }
            return text
        case .negative:
            return ""
        case .cliInputJSON:
            return "       --cli-input-json | --cli-input-yaml (string) Reads arguments from the\n"
                + "       JSON string provided. The JSON string follows the format provided by\n"
                + "       --generate-cli-skeleton. If other arguments are provided on the command\n"
                + "       line, those values will override the JSON-provided values. It is not\n"
                + "       possible to pass arbitrary binary values using a JSON-provided value as\n"
                + "       the string will be taken literally. This may not be specified along\n"
                + "       with --cli-input-yaml.\n\n"
        case .cliInputYAML:
            return ""
        case .custom(let argument):
            if argument.isNegativeHalf { return "" }
            let flags = argument.flag + (argument.negativeFlag.map { " | \($0)" } ?? "")
            return "       \(flags) (\(argument.helpType))\n\n"
        case .startingToken:
            return "       --starting-token (string)\n\n       A token to specify where to start paginating. This is the NextToken\n"
                + "       from a previously truncated response.\n\n"
        case .pageSize:
            return "       --page-size (integer)\n\n       The size of each page to get in the AWS service call. This does not\n"
                + "       affect the number of items returned in the command's output.\n\n"
        case .maxItems:
            return "       --max-items (integer)\n\n       The total number of items to return in the command's output. If the\n"
                + "       total number of items available is more than the value specified, a\n"
                + "       NextToken is provided in the command's output. To resume pagination,\n"
                + "       provide the NextToken value in the starting-token argument of a\n"
                + "       subsequent command.\n\n"
        case .generateSkeleton:
            return "       --generate-cli-skeleton (string) Prints a JSON skeleton to standard\n"
                + "       output without sending an API request. If provided with no value or the\n"
                + "       value input, prints a sample input JSON that can be used as an argument\n"
                + "       for --cli-input-json. Similarly, if provided yaml-input it will print a\n"
                + "       sample input YAML that can be used with --cli-input-yaml. If provided\n"
                + "       with the value output, it validates the command inputs and returns a\n"
                + "       sample output JSON for that command.\n\n"
        }
    }
}
