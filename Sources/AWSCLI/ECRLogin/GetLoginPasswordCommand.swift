import AWSArguments
import JSONValue
import SimCore

/// `aws ecr get-login-password`: aws-cli's own command over GetAuthorizationToken. It prints
/// the password alone (the token is `base64("AWS:<password>")`), for
/// `… | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com`.
struct GetLoginPasswordCommand {
    let context: CLIContext
    let model: ServiceModel

    func run(_ arguments: [String]) throws(AWSCLIError) {
        if arguments == ["help"] {
            context.output.out(Self.help)
            return
        }
        _ = try ArgParser([]).parseAll(arguments)
        guard let operation = model.operations["GetAuthorizationToken"] else {
            throw NotSimulated.command(["ecr", "get-login-password"])
        }
        let caller = OperationCaller(context: context, model: model, operation: operation)
        let response = try caller.send(PythonDict(), region: try caller.clientRegion())
        let token = response["authorizationData"][0]["authorizationToken"].string ?? ""
        let decoded = Base64.decode(token).map { String(decoding: $0, as: UTF8.self) } ?? ""
        context.output.out(String(decoded.drop { $0 != ":" }.dropFirst()) + "\n")
    }

    /// `aws ecr get-login-password help`, laid out as Shipyard's other help pages.
    static let help = """
        GET-LOGIN-PASSWORD()

        NAME
               get-login-password -

        DESCRIPTION
               Prints a password for the account's ECR registry in this region: the
               password part of the token GetAuthorizationToken returns. Docker takes
               it as user AWS's password; it is good for twelve hours.

        SYNOPSIS
                  get-login-password

        OPTIONS
               None

        EXAMPLES
               aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com

        """
}
