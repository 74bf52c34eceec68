#!/usr/bin/env python3
"""Writes Sources/AWSCLI/ServiceModels/commands.swift: aws-cli v2's top-level command names."""
import json

import botocore
import botocore.session

from generate import write_swift

names = botocore.session.get_session().get_available_services()
rename = {'s3': 's3api', 'config': 'configservice'}
commands = {rename.get(n, n) for n in names}
commands |= {'s3', 'configure', 'ddb', 'deploy', 'history', 'login', 'logout', 'cli-dev'}
commands -= {'sdb', 'importexport'}
write_swift('commands', json.dumps(sorted(commands) + ['help'], separators=(',', ':')),
            'botocore %s\'s service list' % botocore.__version__)
