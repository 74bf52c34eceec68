import AWSArguments

/// aws-cli's `--count N` or `--count MIN:MAX` for `ec2 run-instances`, in place of the API's
/// required `--min-count` and `--max-count`; both default to 1.
enum EC2RunInstancesCount {
    static var customization: OperationCustomization {
        OperationCustomization(
        customizeTable: { table in
            table.add(.option("count", addToParams: add))
            table.remove("min-count")
            table.remove("max-count")
        },
        beforeParameterBuild: { params throws(AWSCLIError) in
            params.setDefault("MaxCount", .int(1))
            params.setDefault("MinCount", .int(1))
        })
    }

    private static func add(_ params: inout PythonDict, _ value: ArgValue?) throws(AWSCLIError) {
        guard case .string(let text)? = value else { return }
        let parts = text.contains(":") ? text.components(separatedBy: ":") : [text, text]
        // Anything but `N` or `MIN:MAX` makes aws-cli 2.27.0 raise a `ParamValidationError` its
        // module never imported: what the learner sees is Python's NameError.
        let failure = AWSCLIError.general("name 'ParamValidationError' is not defined")
        guard parts.count == 2, let minimum = PythonConversions.int(parts[0]) else { throw failure }
        params["MinCount"] = minimum
        guard let maximum = PythonConversions.int(parts[1]) else { throw failure }
        params["MaxCount"] = maximum
    }
}
