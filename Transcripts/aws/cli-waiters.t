# aws SERVICE wait WAITER: the waiters of the service model, each taking its operation's
# arguments; polling advances the simulated clock by the waiter's delay. Their usage errors,
# and a waiter that meets a service error.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ aws ecs wait

usage: aws [options] ecs wait <subcommand> [parameters]
aws: error: too few arguments
? 252
$ aws ecs wait services-stabel --cluster demo --services web

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: argument subcommand: Invalid choice, valid choices are:

daemon-active                            | daemon-deployment-stopped               
daemon-deployment-successful             | daemon-task-definition-active           
daemon-task-definition-deleted           | services-inactive                       
services-stable                          | tasks-running                           
tasks-stopped                           


Invalid choice: 'services-stabel', maybe you meant:

  * services-stable

? 252
$ aws ecs wait services-stable --cluster demo

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

aws: error: the following arguments are required: --services

? 252
$ aws ecs wait tasks-running --cluster demo --tasks

Waiter TasksRunning failed: An error occurred (ClusterNotFoundException): Cluster not found.
? 255
$ aws ecs wait tasks-running --generate-cli-skeleton
{
    "cluster": "",
    "tasks": [
        ""
    ],
    "include": [
        "TAGS"
    ]
}
$ aws ecs wait tasks-stopped --cluster demo --tasks 1 --bogus

usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

Unknown options: --bogus

? 252
