import AWSArguments

/// What aws-cli (and botocore under it) changes about one operation, at the points where
/// their event handlers run:
///
/// * `building-argument-table.SERVICE.OPERATION` — arguments added, removed, hidden from help
///   (`customizeTable`);
/// * `operation-args-parsed.SERVICE.OPERATION` — checks on the parsed arguments
///   (`argumentsParsed`);
/// * `before-parameter-build.SERVICE.Operation` — the request rewritten just before botocore
///   validates it (`beforeParameterBuild`), on every call, skeleton `output` stubs included.
struct OperationCustomization {
    var customizeTable: (inout ArgumentTable.Customizer) -> Void = { _ in }
    /// A caller of aws-cli's own in place of making the call and printing the response
    /// (`ecs execute-command`'s, which hands the session to the Session Manager plugin).
    var invoke: ((OperationCaller, PythonDict) throws(AWSCLIError) -> Void)?
    var argumentsParsed: (ArgNamespace) throws(AWSCLIError) -> Void = { _ throws(AWSCLIError) in }
    var beforeParameterBuild: (inout PythonDict) throws(AWSCLIError) -> Void = { _ throws(AWSCLIError) in }

    /// The customizations of `service`'s operation `cliName`, in the order aws-cli registers
    /// them (botocore's own handlers first).
    static func all(service: String, operation cliName: String) -> [OperationCustomization] {
        switch (service, cliName) {
        case ("ec2", "run-instances"):
            return [EC2UserDataEncoding.customization, EC2RunInstancesCount.customization,
                    EC2RunInstancesInterface.customization]
        case ("ec2", "authorize-security-group-ingress"), ("ec2", "authorize-security-group-egress"),
             ("ec2", "revoke-security-group-ingress"), ("ec2", "revoke-security-group-egress"):
            return [EC2SecurityGroupShortcuts.customization]
        case ("ecs", "execute-command"):
            return [ExecuteCommandCaller.customization]
        default:
            return []
        }
    }
}
