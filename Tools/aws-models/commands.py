#!/usr/bin/env python3
"""Writes Sources/AWSCLI/Resources/commands.json: aws-cli v2's top-level command names."""
import json
import os

import botocore.session

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'Sources', 'AWSCLI', 'Resources', 'commands.json')

names = botocore.session.get_session().get_available_services()
rename = {'s3': 's3api', 'config': 'configservice'}
commands = {rename.get(n, n) for n in names}
commands |= {'s3', 'configure', 'ddb', 'deploy', 'history', 'login', 'logout', 'cli-dev'}
commands -= {'sdb', 'importexport'}
with open(OUT, 'w') as f:
    f.write(json.dumps(sorted(commands) + ['help'], separators=(',', ':')) + '\n')
