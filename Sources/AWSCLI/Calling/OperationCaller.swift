import AWSArguments
import AWSOutput
import AWSSim
import JSONValue

/// aws-cli's `CLIOperationCaller` with the botocore client under it: resolves the region,
/// prepares each request (v2's base64 decoding of blob parameters, then botocore's parameter
/// validation), sends it to the endpoint, converts timestamps in the response, follows
/// pagination, and prints the result.
struct OperationCaller {
    let context: CLIContext
    let model: ServiceModel
    let operation: ServiceModel.Operation

    /// `--starting-token`, `--page-size`, `--max-items` (botocore's `PaginationConfig`).
    struct PaginationConfig {
        var startingToken: String?
        var pageSize: PythonValue?
        var maxItems: Int?
        /// The same values as the `PaginationConfig` dict botocore would receive.
        var dict = PythonDict()

        var isEmpty: Bool { dict.isEmpty }
    }

    /// Services whose endpoint does not depend on the region.
    static let globalServices: Set<String> = ["iam"]

    /// Client creation: the region must exist and look like a region name.
    func clientRegion() throws(AWSCLIError) -> String {
        let region = try context.configuration.region().value
        guard Self.isValidRegionName(region) else {
            throw .general("Provided region_name '\(region)' doesn't match a supported format.")
        }
        if let url = context.globals.endpointURL, Self.host(of: url) == nil {
            throw .general("Invalid endpoint: \(url)")
        }
        return region
    }

    /// The host of `scheme://host[:port][/path]`, nil when there is none.
    static func host(of url: String) -> String? {
        guard let rest = afterScheme(url) else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    /// The URL a request to a learner-given endpoint goes to: its path, or `/`.
    static func requestURL(_ endpoint: String) -> String {
        guard let rest = afterScheme(endpoint) else { return endpoint }
        return rest.contains("/") ? endpoint : endpoint + "/"
    }

    /// What follows the first `://`.
    private static func afterScheme(_ url: String) -> Substring? {
        var rest = Substring(url)
        while !rest.isEmpty {
            if rest.hasPrefix("://") { return rest.dropFirst(3) }
            rest = rest.dropFirst()
        }
        return nil
    }

    /// botocore's `validate_region_name`: `^[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?$`.
    static func isValidRegionName(_ region: String) -> Bool {
        let scalars = Array(region.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= 63 else { return false }
        func alphanumeric(_ s: Unicode.Scalar) -> Bool { s.isASCIILetter || ("0"..."9").contains(s) }
        guard let first = scalars.first, let last = scalars.last, alphanumeric(first), alphanumeric(last) else { return false }
        return scalars.allSatisfy { alphanumeric($0) || $0 == "-" }
    }

    func display() throws(AWSCLIError) -> ResponseDisplay {
        var name = context.globals.output ?? ""
        if context.globals.output == nil { name = try context.configuration.output() }
        return ResponseDisplay(format: try ResponseDisplay.format(named: name), query: context.globals.query,
                               operationName: operation.name, terminalWidth: context.invocation.terminalWidth)
    }

    /// Calls the operation (every page, unless pagination is off) and prints the result.
    func invoke(_ params: PythonDict, pagination: PaginationConfig, paginate: Bool) throws(AWSCLIError) {
        let region = try clientRegion()
        guard paginate, let paginator = operation.paginator else {
            var input = params
            if !pagination.isEmpty { input["PaginationConfig"] = .dict(pagination.dict) }
            let response = try send(input, region: region)
            try display().show(response, into: &context.output)
            return
        }
        // A paginator makes no request until its pages are read, so the output format is
        // checked first.
        let display = try display()
        var iterator = PageIterator(paginator: paginator, maxItems: pagination.maxItems,
                                    startingToken: pagination.startingToken, pageSize: pagination.pageSize)
        if display.streamsPages {
            let isText = display.format == .text
            try iterator.iterate(input: params, call: { input throws(AWSCLIError) in try send(input, region: region) }) {
                page, index, nonAggregate throws(AWSCLIError) in
                let document = isText
                    ? PageIterator.textPage(page, index: index, resultKeys: paginator.resultKeys, nonAggregate: nonAggregate)
                    : page
                try display.showPage(document, into: &context.output)
            }
            if isText, let token = iterator.resumeToken {
                try display.showPage(TextFormatter.resumeTokenPage(token), into: &context.output)
            }
            return
        }
        var pages: [JSON] = []
        try iterator.iterate(input: params, call: { input throws(AWSCLIError) in try send(input, region: region) }) {
            page, _, _ in pages.append(page)
        }
        try display.show(iterator.merge(pages), into: &context.output)
    }

    /// One request; a service error is thrown as aws-cli reports it.
    func send(_ params: PythonDict, region: String) throws(AWSCLIError) -> JSON {
        switch try attempt(params, region: region) {
        case .success(let response): return response
        case .failure(let error): throw .service(error, operation: operation.name)
        }
    }

    /// One request, returning a service error instead of throwing it (what waiters see).
    func attempt(_ params: PythonDict, region: String) throws(AWSCLIError) -> Result<JSON, AWSServiceError> {
        let input = try prepare(params, region: region)
        guard context.endpoint.hasCredentials else {
            throw .configuration("Unable to locate credentials. You can configure credentials by running \"aws configure\".")
        }
        let accessKeyID = try context.configuration.credentials().accessKey
        if let url = context.globals.endpointURL {
            // Nothing listens at a learner-given endpoint inside the simulation.
            throw .general("Could not connect to the endpoint URL: \"\(Self.requestURL(url))\"")
        }
        guard context.endpoint.hasRegion(region) || Self.globalServices.contains(model.service) else {
            throw .general("Could not connect to the endpoint URL: \"https://\(model.endpointPrefix).\(region).amazonaws.com/\"")
        }
        do throws(AWSServiceError) {
            let response = try context.endpoint.call(service: model.service, operation: operation.name, input: input.json,
                                                     region: region, accessKeyID: accessKeyID)
            return .success(ResponseParser.parse(response, shape: model.shape(operation.output), model: model))
        } catch {
            return .failure(error)
        }
    }

    /// The request as botocore sends it: rewritten by the `before-parameter-build` handlers
    /// (`Customizations/`), blob parameters decoded (v2's `--cli-binary-format
    /// base64`), then validated against the input shape.
    func prepare(_ params: PythonDict, region: String) throws(AWSCLIError) -> PythonValue {
        var params = params
        for customization in OperationCustomization.all(service: model.service, operation: operation.cliName) {
            try customization.beforeParameterBuild(&params)
        }
        var input = PythonValue.dict(params)
        guard let shape = model.shape(operation.input) else { return input }
        do throws(ArgumentError) {
            input = try InputBlobs.apply(binaryFormat, to: input, shape: shape, model: model)
            try ParamValidator.check(input, shape: shape, model: model)
        } catch {
            throw AWSCLIError(error)
        }
        return input
    }

    /// `--cli-binary-format`, else the profile's `cli_binary_format`, else v2's `base64`.
    var binaryFormat: InputBlobs.BinaryFormat {
        let name = context.globals.cliBinaryFormat ?? (try? context.configuration.scopedValue("cli_binary_format")) ?? nil
        return name.flatMap(InputBlobs.BinaryFormat.init(rawValue:)) ?? .base64
    }
}
