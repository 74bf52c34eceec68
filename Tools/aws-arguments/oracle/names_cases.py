"""Goldens for CLINames.transform: aws-cli 2.27.0's botocore xform_name(name, '-') over real API
names (operation and structure member names of every service in the installed botocore 1.43.11
models), favouring the tricky ones: acronyms, digits, pluralised acronyms.

Writes Fixtures/oracle/names.jsonl: {"name", "cli"}.
"""
import random
import re

import v2cli
from common import write_fixture


def main():
    import awscli  # noqa: F401  (makes awscli.botocore importable as botocore)
    from botocore import xform_name
    # Names come from the v1 data (every service); the transform is v2's xform_name.
    names = set()
    for service in v2cli.list_v1_services():
        for name in v2cli.v1_names(service):
            names.add(name)
    tricky = sorted(n for n in names if re.search(r'[A-Z]{2}|[0-9]|[A-Z]+s$', n))
    plain = sorted(names - set(tricky))
    rng = random.Random(3)
    chosen = rng.sample(tricky, min(4000, len(tricky))) + rng.sample(plain, min(1500, len(plain)))
    chosen += ['clusterName', 'taskRoleArn', 'VPCId', 'DBInstanceIdentifier', 'enableExecuteCommand', 'GatewayARNs',
               'ARNs', 'CreateCachediSCSIVolume', 'already-dashed', 'IPv6Address', 'S3Key', 'KMSKeyId', 'a', 'A', '']
    cases = [{'name': n, 'cli': xform_name(n, '-')} for n in sorted(set(chosen))]
    write_fixture('names.jsonl', cases)


if __name__ == '__main__':
    main()
