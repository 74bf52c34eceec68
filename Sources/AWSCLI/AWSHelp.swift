/// `aws help`, `aws SERVICE help`, `aws SERVICE OPERATION help`: synopses from the model.
enum AWSHelp {
    static let root = """
        AWS()

        NAME
               aws -

        DESCRIPTION
               The  AWS  Command  Line  Interface is a unified tool to manage your AWS
               services.

        SYNOPSIS
                  aws [options] <command> <subcommand> [parameters]

               Use aws command help for information on a  specific  command.

        SIMULATED BY SHIPYARD
               aws ecs

        """

    static func service(_ model: ServiceModel) -> String {
        var text = "\(model.service.uppercased())()\n\nNAME\n       \(model.service) -\n\nAVAILABLE COMMANDS\n"
        for name in model.cliNames { text += "       o \(name)\n\n" }
        return text
    }

    static func operation(_ operation: ServiceModel.Operation, model: ServiceModel) -> String {
        var text = "\(operation.cliName.uppercased())()\n\nNAME\n       \(operation.cliName) -\n\nSYNOPSIS\n"
        text += "            \(operation.cliName)\n"
        for argument in OperationArguments.table(for: operation, model: model) where !argument.negated {
            let value = argument.shape.type == "boolean" ? "" : " <value>"
            let line = argument.required ? "\(argument.flag)\(value)" : "[\(argument.flag)\(value)]"
            text += "          \(line)\n"
        }
        text += "          [--cli-input-json | --cli-input-yaml]\n          [--generate-cli-skeleton <value>]\n"
        text += "\nOPTIONS\n"
        for argument in OperationArguments.table(for: operation, model: model) where !argument.negated {
            text += "       \(argument.flag) (\(argument.shape.type))\n\n"
        }
        return text
    }
}
