# Usage errors come from aws-cli's argument parsers, after the usage text, with return code 252:
# missing arguments, unknown options, invalid choices (with "maybe you meant"), options that
# need a value, ambiguous abbreviations, values of the wrong type.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: command

? 252
$ aws ecs

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: operation

? 252
$ aws ecs create-cluster --cluster-nam demo --query cluster.clusterName
"demo"
$ aws ecs delete-cluster

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: --cluster

? 252
$ aws ecs delete-cluster --cluster

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --cluster: expected one argument

? 252
$ aws ecs delete-cluster --cluster demo extra

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

Unknown options: extra

? 252
$ aws ecs delete-clusters --cluster demo

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument operation: Invalid choice, valid choices are:

continue-service-deployment              | create-capacity-provider                
create-cluster                           | create-daemon                           
create-express-gateway-service           | create-service                          
create-task-set                          | delete-account-setting                  
delete-attributes                        | delete-capacity-provider                
delete-cluster                           | delete-daemon                           
delete-daemon-task-definition            | delete-express-gateway-service          
delete-service                           | delete-task-definitions                 
delete-task-set                          | deregister-container-instance           
deregister-task-definition               | describe-capacity-providers             
describe-clusters                        | describe-container-instances            
describe-daemon                          | describe-daemon-deployments             
describe-daemon-revisions                | describe-daemon-task-definition         
describe-express-gateway-service         | describe-service-deployments            
describe-service-revisions               | describe-services                       
describe-task-definition                 | describe-task-sets                      
describe-tasks                           | discover-poll-endpoint                  
execute-command                          | get-task-protection                     
list-account-settings                    | list-attributes                         
list-clusters                            | list-container-instances                
list-daemon-deployments                  | list-daemon-task-definitions            
list-daemons                             | list-service-deployments                
list-services                            | list-services-by-namespace              
list-tags-for-resource                   | list-task-definition-families           
list-task-definitions                    | list-tasks                              
put-account-setting                      | put-account-setting-default             
put-attributes                           | put-cluster-capacity-providers          
register-container-instance              | register-daemon-task-definition         
register-task-definition                 | run-task                                
start-task                               | stop-service-deployment                 
stop-task                                | submit-attachment-state-changes         
submit-container-state-change            | submit-task-state-change                
tag-resource                             | untag-resource                          
update-capacity-provider                 | update-cluster                          
update-cluster-settings                  | update-container-agent                  
update-container-instances-state         | update-daemon                           
update-express-gateway-service           | update-service                          
update-service-primary-task-set          | update-task-protection                  
update-task-set                          | deploy                                  
wait                                     | help                                    


Invalid choice: 'delete-clusters', maybe you meant:

  * delete-cluster

? 252
$ aws ecs list-clusters --max 2

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: ambiguous option: --max could match --max-results, --max-items

? 252
$ aws --c ecs list-clusters

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: ambiguous option: --c could match --color, --ca-bundle, --cli-read-timeout, --cli-connect-timeout, --cli-binary-format, --cli-auto-prompt

? 252
$ aws ecs list-clusters --output jsn

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --output: Invalid choice, valid choices are:

json                                     | text                                    
table                                    | yaml                                    
yaml-stream                             


Invalid choice: 'jsn', maybe you meant:

  * json

? 252
$ aws ecs list-clusters --page-size ten

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --page-size: invalid int value: 'ten'

? 252
$ aws ecs list-clusters --generate-cli-skeleton=inputs

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --generate-cli-skeleton: Invalid choice, valid choices are:

input                                    | output                                  
yaml-input                              


Invalid choice: 'inputs', maybe you meant:

  * input

? 252
$ aws ecs describe-clusters --include SETTINGS --clusters
{
    "clusters": [],
    "failures": [
        {
            "arn": "arn:aws:ecs:us-east-1:123456789012:cluster/default",
            "reason": "MISSING"
        }
    ]
}
$ aws ecs list-tasks --desired-status

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument --desired-status: expected one argument

? 252
