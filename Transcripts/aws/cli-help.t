# help: `aws SERVICE OPERATION help` shows the synopsis, each parameter's type with its members
# and shorthand/JSON syntax, and the output shape, from the service model (Shipyard has no AWS
# documentation text); `aws SERVICE help` lists the commands; `aws SERVICE wait help` the waiters.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs delete-cluster help
DELETE-CLUSTER()

NAME
       delete-cluster -

DESCRIPTION
       Shipyard shows this command's synopsis, parameters and output
       shape from the AWS service model; the AWS documentation text is not
       included.

SYNOPSIS
            delete-cluster
          --cluster <value>
          [--cli-input-json | --cli-input-yaml]
          [--generate-cli-skeleton <value>]
          [--debug]
          [--endpoint-url <value>]
          [--no-verify-ssl]
          [--no-paginate]
          [--output <value>]
          [--query <value>]
          [--profile <value>]
          [--region <value>]
          [--version <value>]
          [--color <value>]
          [--no-sign-request]
          [--ca-bundle <value>]
          [--cli-read-timeout <value>]
          [--cli-connect-timeout <value>]
          [--cli-binary-format <value>]
          [--no-cli-pager]
          [--cli-auto-prompt]
          [--no-cli-auto-prompt]

OPTIONS
       --cluster (string)

       --cli-input-json | --cli-input-yaml (string) Reads arguments from the
       JSON string provided. The JSON string follows the format provided by
       --generate-cli-skeleton. If other arguments are provided on the command
       line, those values will override the JSON-provided values. It is not
       possible to pass arbitrary binary values using a JSON-provided value as
       the string will be taken literally. This may not be specified along
       with --cli-input-yaml.

       --generate-cli-skeleton (string) Prints a JSON skeleton to standard
       output without sending an API request. If provided with no value or the
       value input, prints a sample input JSON that can be used as an argument
       for --cli-input-json. Similarly, if provided yaml-input it will print a
       sample input YAML that can be used with --cli-input-yaml. If provided
       with the value output, it validates the command inputs and returns a
       sample output JSON for that command.

GLOBAL OPTIONS
       --debug (boolean)

       Turn on debug logging.

       --endpoint-url (string)

       Override command's default URL with the given URL.

       --no-verify-ssl (boolean)

       By default, the AWS CLI uses SSL when communicating with AWS services.

       --no-paginate (boolean)

       Disable automatic pagination. If automatic pagination is disabled, the
       AWS CLI will only make one call, for the first page of results.

       --output (string)

       The formatting style for command output.

       o json

       o text

       o table

       o yaml

       o yaml-stream

       --query (string)

       A JMESPath query to use in filtering the response data.

       --profile (string)

       Use a specific profile from your credential file.

       --region (string)

       The region to use. Overrides config/env settings.

       --version (string)

       Display the version of this tool.

       --color (string)

       Turn on/off color output.

       o on

       o off

       o auto

       --no-sign-request (boolean)

       Do not sign requests. Credentials will not be loaded if this argument
       is provided.

       --ca-bundle (string)

       The CA certificate bundle to use when verifying SSL certificates.
       Overrides config/env settings.

       --cli-read-timeout (int)

       The maximum socket read time in seconds. If the value is set to 0, the
       socket read will be blocking and not timeout. The default value is 60
       seconds.

       --cli-connect-timeout (int)

       The maximum socket connect time in seconds. If the value is set to 0,
       the socket connect will be blocking and not timeout. The default value
       is 60 seconds.

       --cli-binary-format (string)

       The formatting style to be used for binary blobs. The default format is
       base64.

       o base64

       o raw-in-base64-out

       --no-cli-pager (boolean)

       Disable cli pager for output.

       --cli-auto-prompt (boolean)

       Automatically prompt for CLI input parameters.

       --no-cli-auto-prompt (boolean)

       Disable automatically prompt for CLI input parameters.

OUTPUT
       cluster -> (structure)
          clusterArn -> (string)
          clusterName -> (string)
          configuration -> (structure)
             executeCommandConfiguration -> (structure)
                kmsKeyId -> (string)
                logging -> (string)
                logConfiguration -> (structure)
                   cloudWatchLogGroupName -> (string)
                   cloudWatchEncryptionEnabled -> (boolean)
                   s3BucketName -> (string)
                   s3EncryptionEnabled -> (boolean)
                   s3KeyPrefix -> (string)
             managedStorageConfiguration -> (structure)
                kmsKeyId -> (string)
                fargateEphemeralStorageKmsKeyId -> (string)
          status -> (string)
          registeredContainerInstancesCount -> (integer)
          runningTasksCount -> (integer)
          pendingTasksCount -> (integer)
          activeServicesCount -> (integer)
          statistics -> (list)
             (structure)
                name -> (string)
                value -> (string)
          tags -> (list)
             (structure)
                key -> (string)
                value -> (string)
          settings -> (list)
             (structure)
                name -> (string)
                value -> (string)
          capacityProviders -> (list)
             (string)
          defaultCapacityProviderStrategy -> (list)
             (structure)
                capacityProvider -> (string)
                weight -> (integer)
                base -> (integer)
          attachments -> (list)
             (structure)
                id -> (string)
                type -> (string)
                status -> (string)
                details -> (list)
                   (structure)
                      name -> (string)
                      value -> (string)
          attachmentsStatus -> (string)
          serviceConnectDefaults -> (structure)
             namespace -> (string)

$ aws ecs update-cluster-settings help | head -40
UPDATE-CLUSTER-SETTINGS()

NAME
       update-cluster-settings -

DESCRIPTION
       Shipyard shows this command's synopsis, parameters and output
       shape from the AWS service model; the AWS documentation text is not
       included.

SYNOPSIS
            update-cluster-settings
          --cluster <value>
          --settings <value>
          [--cli-input-json | --cli-input-yaml]
          [--generate-cli-skeleton <value>]
          [--debug]
          [--endpoint-url <value>]
          [--no-verify-ssl]
          [--no-paginate]
          [--output <value>]
          [--query <value>]
          [--profile <value>]
          [--region <value>]
          [--version <value>]
          [--color <value>]
          [--no-sign-request]
          [--ca-bundle <value>]
          [--cli-read-timeout <value>]
          [--cli-connect-timeout <value>]
          [--cli-binary-format <value>]
          [--no-cli-pager]
          [--cli-auto-prompt]
          [--no-cli-auto-prompt]

OPTIONS
       --cluster (string)

       --settings (list)
          (structure)
$ aws ecs list-clusters help | tail -6

OUTPUT
       clusterArns -> (list)
          (string)
       nextToken -> (string)

$ aws ecs wait help
WAIT()

NAME
       wait -

DESCRIPTION
       Wait until a particular condition is satisfied. Each subcommand polls
       an API until the listed requirement is met.

SYNOPSIS
          aws ecs wait <subcommand> [parameters]

AVAILABLE COMMANDS
       o daemon-active

       o daemon-deployment-stopped

       o daemon-deployment-successful

       o daemon-task-definition-active

       o daemon-task-definition-deleted

       o services-inactive

       o services-stable

       o tasks-running

       o tasks-stopped

$ aws ecs wait tasks-stopped help | head -24
TASKS-STOPPED()

NAME
       tasks-stopped -

DESCRIPTION
       Wait until JMESPath query tasks[].lastStatus returns STOPPED for all
       elements when polling with describe-tasks. It will poll every 6 seconds
       until a successful state has been reached. This will exit with a return
       code of 255 after 100 failed checks.

SYNOPSIS
            tasks-stopped
          [--cluster <value>]
          --tasks <value>
          [--include <value>]
          [--cli-input-json | --cli-input-yaml]
          [--generate-cli-skeleton <value>]
          [--debug]
          [--endpoint-url <value>]
          [--no-verify-ssl]
          [--no-paginate]
          [--output <value>]
          [--query <value>]
$ aws ecs help | head -14
ECS()

NAME
       ecs -

DESCRIPTION
       Shipyard lists this service's commands from the AWS service model; the
       AWS documentation text is not included.

AVAILABLE COMMANDS
       o continue-service-deployment

       o create-capacity-provider

$ aws help | head -16
AWS()

NAME
       aws -

DESCRIPTION
       The AWS Command Line Interface is a unified tool to manage your AWS
       services.

SYNOPSIS
          aws [options] <command> <subcommand> [parameters]

       Use aws command help for information on a specific command. The
       synopsis for each command shows its parameters and their usage.
       Optional parameters are shown in square brackets.

$ aws configure help
CONFIGURE()

NAME
       configure -

DESCRIPTION
       Configure AWS CLI options. Shipyard simulates the list, get, set
       and list-profiles subcommands on ~/.aws/config and ~/.aws/credentials;
       the interactive prompt is not simulated.

SYNOPSIS
          aws configure [--profile profile-name]

AVAILABLE COMMANDS
       o get

       o list

       o list-profiles

       o set

$ aws configure set help
SET()

NAME
       set -

SYNOPSIS
          aws configure set varname value [--profile profile-name]

