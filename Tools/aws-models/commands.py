#!/usr/bin/env python3
"""Writes Sources/AWSCLI/ServiceModels/commands.swift: aws-cli v2's top-level command names, in
the order its "Invalid choice" message lists them.

Run with aws-cli 2.27.0's Python (Tools/aws-arguments/oracle/setup.sh installs it in
/tmp/v2venv): the list is the command table of v2's own driver — its bundled services plus its
own commands (`s3`, `configure`, `deploy`, …) — then `help`.
"""
import awscli
from awscli.clidriver import create_clidriver

from swiftout import write_swift

assert awscli.__version__.startswith('2.'), 'run with aws-cli v2 (e.g. /tmp/v2venv/bin/python)'
names = list(create_clidriver()._get_command_table().keys()) + ['help']
write_swift('commands', '[' + ','.join('"%s"' % n for n in names) + ']', "aws-cli %s's command table" % awscli.__version__)
