# docker refuses command lines as Docker 28.2's client does: the wrong number of arguments
# (its `SRun` typo included), unknown flags, flags without their values, unknown commands,
# and logins it cannot do without a terminal.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ docker tag nginx
docker: 'docker tag' requires 2 arguments

Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]

Run 'docker tag --help' for more information
? 1
$ docker rmi
docker: 'docker rmi' requires at least 1 argument

Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]

See 'docker rmi --help' for more information
? 1
$ docker pull
docker: 'docker pull' requires 1 argument

Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

Run 'docker pull --help' for more information
? 1
$ docker login a b
docker: 'docker login' requires at most 1 argument

Usage:  docker login [OPTIONS] [SERVER]

SRun 'docker login --help' for more information
? 1
$ docker images a b
docker: 'docker images' requires at most 1 argument

Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]

SRun 'docker images --help' for more information
? 1
$ docker pull --foo nginx
unknown flag: --foo

Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

Run 'docker pull --help' for more information
? 125
$ docker push -z x
unknown shorthand flag: 'z' in -z

Usage:  docker push [OPTIONS] NAME[:TAG]

Run 'docker push --help' for more information
? 125
$ docker login -u
flag needs an argument: 'u' in -u

Usage:  docker login [OPTIONS] [SERVER]

Run 'docker login --help' for more information
? 125
$ docker login --username
flag needs an argument: --username

Usage:  docker login [OPTIONS] [SERVER]

Run 'docker login --help' for more information
? 125
$ docker login 123456789012.dkr.ecr.us-east-1.amazonaws.com
Error: Cannot perform an interactive login from a non TTY device
? 1
$ docker login --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
the --password-stdin option requires --username to be set
? 1
$ docker login -u AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com < /dev/null
Error: Cannot perform an interactive login from a non TTY device
? 1
$ docker login -u AWS -p x --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
conflicting options: cannot specify both --password and --password-stdin
? 1
$ docker login -u me -p secret
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Shipyard's Docker logs in to the account's ECR registries only, not to index.docker.io.
? 1
$ docker frobnicate
docker: unknown command: docker frobnicate

Run 'docker --help' for more information
? 1
$ docker image frobnicate
docker: unknown command: docker image frobnicate

Usage:  docker image

Run 'docker image --help' for more information
? 1
$ docker tag --help
Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]

Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Aliases:
  docker image tag, docker tag
$ docker logout 123456789012.dkr.ecr.us-east-1.amazonaws.com
Removing login credentials for 123456789012.dkr.ecr.us-east-1.amazonaws.com
