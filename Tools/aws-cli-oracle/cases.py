"""The cases Tests/AWSCLITests replays: whole `aws` command lines run through aws-cli 2.27.0
(harness.py) with canned service responses, recorded with everything the CLI printed, its exit
status, the requests it made and the files it left.

    /tmp/v2venv/bin/python Tools/aws-cli-oracle/cases.py

writes Tests/AWSCLITests/Fixtures/oracle.jsonl. Responses are wire bodies (JSON 1.1), so
botocore's own parser reads them.
"""
import json
import os
import sys

import harness

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'Tests', 'AWSCLITests', 'Fixtures', 'oracle.jsonl')

ARN = 'arn:aws:ecs:us-east-1:123456789012:'


def ok(body):
    return {'status': 200, 'body': body}


def error(code, message, status=400):
    return {'status': status, 'body': {'__type': code, 'message': message}}


def cluster(name, status='ACTIVE', running=0, services=0, settings=True):
    c = {
        'clusterArn': ARN + 'cluster/' + name,
        'clusterName': name,
        'status': status,
        'registeredContainerInstancesCount': 0,
        'runningTasksCount': running,
        'pendingTasksCount': 0,
        'activeServicesCount': services,
        'statistics': [],
        'tags': [],
    }
    if settings:
        c['settings'] = [{'name': 'containerInsights', 'value': 'disabled'}]
    return c


def service(name, desired=2, running=2, deployments=1, status='ACTIVE'):
    return {
        'serviceArn': ARN + 'service/demo/' + name,
        'serviceName': name,
        'clusterArn': ARN + 'cluster/demo',
        'status': status,
        'desiredCount': desired,
        'runningCount': running,
        'pendingCount': 0,
        'launchType': 'FARGATE',
        'deployments': [{'id': 'ecs-svc/%d' % i, 'status': 'PRIMARY', 'desiredCount': desired,
                         'runningCount': running, 'createdAt': 1767225600.5, 'updatedAt': 1767225660}
                        for i in range(deployments)],
        'createdAt': 1767225600.5,
    }


def task(task_id, last='RUNNING', desired='RUNNING'):
    return {
        'taskArn': ARN + 'task/demo/' + task_id,
        'clusterArn': ARN + 'cluster/demo',
        'lastStatus': last,
        'desiredStatus': desired,
        'launchType': 'FARGATE',
        'cpu': '256',
        'memory': '512',
        'createdAt': 1767225601.123,
        'startedAt': 1767225631,
        'containers': [{'name': 'web', 'lastStatus': last, 'image': 'nginx:1.27'}],
    }


CLUSTERS = ok({'clusters': [cluster('demo', running=2, services=1)], 'failures': []})
MISSING = ok({'clusters': [], 'failures': [{'arn': ARN + 'cluster/nope', 'reason': 'MISSING'}]})
PAGES = [
    ok({'clusterArns': [ARN + 'cluster/a', ARN + 'cluster/b'], 'nextToken': 'tok-2'}),
    ok({'clusterArns': [ARN + 'cluster/c', ARN + 'cluster/d'], 'nextToken': 'tok-3'}),
    ok({'clusterArns': [ARN + 'cluster/e']}),
]
TASK_PAGES = [
    ok({'taskArns': [ARN + 'task/demo/1', ARN + 'task/demo/2', ARN + 'task/demo/3'], 'nextToken': 'page-2'}),
    ok({'taskArns': [ARN + 'task/demo/4', ARN + 'task/demo/5']}),
]
CONFIG = {'.aws/config': '[default]\nregion = eu-west-1\noutput = text\n\n[profile dev]\nregion = ap-south-1\n'}
NETWORK = 'awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}'
TASKDEF = {
    'family': 'web',
    'networkMode': 'awsvpc',
    'requiresCompatibilities': ['FARGATE'],
    'cpu': '256',
    'memory': '512',
    'containerDefinitions': [{'name': 'web', 'image': 'nginx:1.27', 'essential': True,
                              'portMappings': [{'containerPort': 80, 'protocol': 'tcp'}]}],
}
TASKDEF_RESPONSE = ok({'taskDefinition': dict(TASKDEF, taskDefinitionArn=ARN + 'task-definition/web:1', revision=1,
                                              status='ACTIVE', registeredAt=1767225600.25)})


def case(name, argv, responses=None, env=None, files=None, no_docs=False, stdin=None):
    c = {'name': name, 'argv': argv, 'responses': responses or [], 'env': env or {}, 'files': files or {}}
    if stdin is not None:
        c['stdin'] = stdin
    if no_docs:
        c['no_docs'] = True
    return c


CASES = [
    # The command line itself: argparse at three levels.
    case('no-command', []),
    case('service-only', ['ecs']),
    case('invalid-command', ['ecz', 'list-clusters']),
    case('invalid-operation', ['ecs', 'lst-clusters']),
    case('missing-required', ['ecs', 'describe-services', '--cluster', 'demo']),
    case('missing-two-required', ['ecs', 'create-service']),
    case('unknown-option', ['ecs', 'list-clusters', '--cluster-nme', 'x']),
    case('stray-word', ['ecs', 'list-clusters', 'extra']),
    case('stray-word-then-option', ['ecs', 'list-clusters', 'x', '--foo']),
    case('expected-one-argument', ['ecs', 'create-cluster', '--cluster-name']),
    case('abbreviated-option', ['ecs', 'create-cluster', '--cluster', 'demo'], [ok({'cluster': cluster('demo')})]),
    case('abbreviated-global', ['ecs', 'describe-clusters', '--clusters', 'demo', '--out', 'text'], [CLUSTERS]),
    case('ambiguous-global', ['--c', 'ecs', 'list-clusters']),
    case('ambiguous-operation-option', ['ecs', 'list-clusters', '--max', '3']),
    case('equals-value', ['ecs', 'create-cluster', '--cluster-name=demo'], [ok({'cluster': cluster('demo')})]),
    case('repeated-option-last-wins', ['ecs', 'create-cluster', '--cluster-name', 'a', '--cluster-name', 'b'],
         [ok({'cluster': cluster('b')})]),
    case('list-option-stops-at-option', ['ecs', 'describe-clusters', '--clusters', 'a', 'b', '--include', 'SETTINGS'],
         [CLUSTERS]),
    case('empty-list-option', ['ecs', 'describe-clusters', '--clusters'], [ok({'clusters': [], 'failures': []})]),
    case('global-options-anywhere', ['--output', 'text', 'ecs', 'list-clusters', '--region', 'eu-west-1'], [PAGES[2]]),
    case('invalid-output', ['ecs', 'list-clusters', '--output', 'yml']),
    case('output-off-is-not-2.27', ['ecs', 'list-clusters', '--output', 'off']),
    case('version', ['--version']),
    case('boolean-flag', ['ecs', 'update-service', '--service', 'web', '--force-new-deployment'],
         [ok({'service': service('web')})]),
    case('boolean-negative', ['ecs', 'update-service', '--service', 'web', '--no-force-new-deployment'],
         [ok({'service': service('web')})]),
    case('boolean-renamed-negative', ['ecs', 'update-service', '--service', 'web', '--disable-execute-command'],
         [ok({'service': service('web')})]),
    case('boolean-old-negative-unknown', ['ecs', 'update-service', '--service', 'web', '--no-enable-execute-command']),
    case('boolean-explicit-value', ['ecs', 'update-service', '--service', 'web', '--force-new-deployment=true']),
    case('negative-number-value', ['ecs', 'update-service', '--service', 'web', '--desired-count', '-1'],
         [ok({'service': service('web')})]),
    case('integer-not-a-number', ['ecs', 'update-service', '--service', 'web', '--desired-count', 'two']),
    case('double-dash', ['ecs', 'list-clusters', '--', 'x']),

    # Values: shorthand, JSON, files, validation.
    case('shorthand-structure', ['ecs', 'create-service', '--cluster', 'demo', '--service-name', 'web',
                                 '--task-definition', 'web:1', '--desired-count', '2', '--launch-type', 'FARGATE',
                                 '--network-configuration', NETWORK], [ok({'service': service('web')})]),
    case('shorthand-list-of-structures', ['ecs', 'tag-resource', '--resource-arn', ARN + 'cluster/demo', '--tags',
                                          'key=env,value=dev', 'key=team,value=core'], [ok({})]),
    case('shorthand-syntax-error', ['ecs', 'create-service', '--service-name', 'web', '--network-configuration',
                                    'awsvpcConfiguration={subnets=[a]']),
    case('shorthand-unknown-key', ['ecs', 'tag-resource', '--resource-arn', 'arn', '--tags', 'kee=a,value=b']),
    case('json-value', ['ecs', 'create-service', '--service-name', 'web', '--network-configuration',
                        '{"awsvpcConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": "DISABLED"}}'],
         [ok({'service': service('web')})]),
    case('json-invalid', ['ecs', 'create-service', '--service-name', 'web', '--network-configuration', '{"a": }']),
    case('file-value', ['ecs', 'register-task-definition', '--family', 'web', '--container-definitions',
                        'file://containers.json'], [TASKDEF_RESPONSE],
         files={'containers.json': json.dumps(TASKDEF['containerDefinitions'], indent=2)}),
    case('file-missing', ['ecs', 'register-task-definition', '--family', 'web', '--container-definitions',
                          'file://nope.json']),
    case('validation-empty-tag-key', ['ecs', 'tag-resource', '--resource-arn', 'arn', '--tags', 'key=,value=x']),
    case('validation-bad-enum-passes', ['ecs', 'list-tasks', '--desired-status', 'SLEEPING'], [TASK_PAGES[1]]),
    case('validation-type', ['ecs', 'create-service', '--service-name', 'web', '--cli-input-json',
                             '{"desiredCount": "two"}']),

    # --cli-input-json / --cli-input-yaml.
    case('cli-input-json-file', ['ecs', 'register-task-definition', '--cli-input-json', 'file://td.json'],
         [TASKDEF_RESPONSE], files={'td.json': json.dumps(TASKDEF, indent=4)}),
    case('cli-input-json-overridden', ['ecs', 'register-task-definition', '--cli-input-json', 'file://td.json',
                                       '--family', 'api'], [TASKDEF_RESPONSE], files={'td.json': json.dumps(TASKDEF)}),
    case('cli-input-json-required-relaxed', ['ecs', 'describe-services', '--cli-input-json',
                                             '{"cluster": "demo", "services": ["web"]}'],
         [ok({'services': [service('web')], 'failures': []})]),
    case('cli-input-json-missing-required', ['ecs', 'describe-services', '--cli-input-json', '{"cluster": "demo"}']),
    case('cli-input-json-invalid', ['ecs', 'list-clusters', '--cli-input-json', '{']),
    case('cli-input-json-not-a-map', ['ecs', 'list-clusters', '--cli-input-json', '[1]']),
    case('cli-input-json-unknown-key', ['ecs', 'list-clusters', '--cli-input-json', '{"x": 1}']),
    case('cli-input-json-missing-file', ['ecs', 'list-clusters', '--cli-input-json', 'file://missing.json']),
    case('cli-input-yaml', ['ecs', 'create-cluster', '--cli-input-yaml', 'file://c.yaml'],
         [ok({'cluster': cluster('demo')})],
         files={'c.yaml': 'clusterName: demo\ntags:\n- key: env\n  value: dev\n'}),
    case('cli-input-both', ['ecs', 'list-clusters', '--cli-input-json', '{}', '--cli-input-yaml', 'a: 1']),
    case('cli-input-json-paging-token', ['ecs', 'list-clusters', '--cli-input-json', '{"maxResults": 1}'],
         [PAGES[0]]),

    # --generate-cli-skeleton.
    case('skeleton-input', ['ecs', 'list-clusters', '--generate-cli-skeleton']),
    case('skeleton-input-nested', ['ecs', 'create-service', '--generate-cli-skeleton', 'input']),
    case('skeleton-input-recursive', ['ecs', 'register-task-definition', '--generate-cli-skeleton']),
    case('skeleton-yaml-input', ['ecs', 'list-tasks', '--generate-cli-skeleton', 'yaml-input'], no_docs=True),
    case('skeleton-yaml-input-nested', ['ecs', 'create-service', '--generate-cli-skeleton', 'yaml-input'],
         no_docs=True),
    case('skeleton-yaml-input-task-definition', ['ecs', 'register-task-definition', '--generate-cli-skeleton',
                                                 'yaml-input'], no_docs=True),
    case('skeleton-output', ['ecs', 'list-clusters', '--generate-cli-skeleton', 'output']),
    case('skeleton-output-needs-required', ['ecs', 'describe-services', '--generate-cli-skeleton', 'output']),
    case('skeleton-output-text', ['ecs', 'create-cluster', '--generate-cli-skeleton', 'output', '--output', 'text']),
    case('skeleton-output-query', ['ecs', 'describe-task-definition', '--task-definition', 'x',
                                   '--generate-cli-skeleton', 'output', '--query', 'taskDefinition.registeredAt']),
    case('skeleton-invalid-choice', ['ecs', 'list-clusters', '--generate-cli-skeleton', 'xml']),
    case('skeleton-ignores-required', ['ecs', 'describe-services', '--generate-cli-skeleton']),

    # Output formats and --query.
    case('describe-json', ['ecs', 'describe-clusters', '--clusters', 'demo'], [CLUSTERS]),
    case('describe-text', ['ecs', 'describe-clusters', '--clusters', 'demo', '--output', 'text'], [CLUSTERS]),
    case('describe-table', ['ecs', 'describe-clusters', '--clusters', 'demo', '--output', 'table'], [CLUSTERS]),
    case('describe-yaml', ['ecs', 'describe-clusters', '--clusters', 'demo', '--output', 'yaml'], [CLUSTERS]),
    case('describe-yaml-stream', ['ecs', 'describe-clusters', '--clusters', 'demo', '--output', 'yaml-stream'],
         [CLUSTERS]),
    case('describe-missing', ['ecs', 'describe-clusters', '--clusters', 'nope'], [MISSING]),
    case('query-scalar', ['ecs', 'describe-clusters', '--clusters', 'demo', '--query', 'clusters[0].status'],
         [CLUSTERS]),
    case('query-scalar-text', ['ecs', 'describe-clusters', '--clusters', 'demo', '--query', 'clusters[0].status',
                               '--output', 'text'], [CLUSTERS]),
    case('query-filter-table', ['ecs', 'describe-clusters', '--clusters', 'demo', '--query',
                                'clusters[?status==`ACTIVE`].{Name:clusterName,Running:runningTasksCount}',
                                '--output', 'table'], [CLUSTERS]),
    case('query-bad-expression', ['ecs', 'list-clusters', '--query', 'clusterArns[']),
    case('query-runtime-error', ['ecs', 'describe-clusters', '--clusters', 'demo', '--query',
                                 'length(clusters[0].runningTasksCount)'], [CLUSTERS]),
    case('timestamps', ['ecs', 'describe-tasks', '--cluster', 'demo', '--tasks', '1'],
         [ok({'tasks': [task('1')], 'failures': []})]),
    case('timestamps-text', ['ecs', 'describe-tasks', '--cluster', 'demo', '--tasks', '1', '--output', 'text'],
         [ok({'tasks': [task('1')], 'failures': []})]),
    case('empty-response', ['ecs', 'tag-resource', '--resource-arn', ARN + 'cluster/demo', '--tags',
                            'key=a,value=b'], [ok({})]),
    case('empty-response-yaml-stream', ['ecs', 'tag-resource', '--resource-arn', ARN + 'cluster/demo', '--tags',
                                        'key=a,value=b', '--output', 'yaml-stream'], [ok({})]),

    # Pagination.
    case('paginate-all', ['ecs', 'list-clusters'], PAGES),
    case('paginate-text', ['ecs', 'list-clusters', '--output', 'text'], PAGES),
    case('paginate-text-query', ['ecs', 'list-clusters', '--output', 'text', '--query', 'length(clusterArns)'], PAGES),
    case('paginate-json-query', ['ecs', 'list-clusters', '--query', 'length(clusterArns)'], PAGES),
    case('paginate-yaml-stream', ['ecs', 'list-clusters', '--output', 'yaml-stream'], PAGES),
    case('max-items-mid-page', ['ecs', 'list-clusters', '--max-items', '3'], PAGES[:2]),
    case('max-items-page-boundary', ['ecs', 'list-clusters', '--max-items', '2'], PAGES[:1]),
    case('max-items-text', ['ecs', 'list-clusters', '--max-items', '3', '--output', 'text'], PAGES[:2]),
    case('max-items-text-query', ['ecs', 'list-clusters', '--max-items', '3', '--output', 'text', '--query',
                                  'clusterArns'], PAGES[:2]),
    case('max-items-table', ['ecs', 'list-clusters', '--max-items', '1', '--output', 'table'], PAGES[:1]),
    case('starting-token-mid-page', ['ecs', 'list-clusters', '--starting-token',
                                     'eyJuZXh0VG9rZW4iOiAidG9rLTIiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=='],
         PAGES[1:]),
    case('starting-token-and-max-items', ['ecs', 'list-clusters', '--starting-token',
                                          'eyJuZXh0VG9rZW4iOiAidG9rLTIiLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==',
                                          '--max-items', '1'], PAGES[1:2]),
    case('starting-token-opaque', ['ecs', 'list-clusters', '--starting-token', 'tok-3'], PAGES[2:]),
    case('starting-token-a-list', ['ecs', 'list-clusters', '--starting-token', 'WzFd'], PAGES[2:]),
    case('starting-token-a-string', ['ecs', 'list-clusters', '--starting-token', 'InRvay0yIg==']),
    case('starting-token-old-style', ['ecs', 'list-clusters', '--starting-token', 'tok-2___1'], PAGES[1:]),
    case('page-size', ['ecs', 'list-tasks', '--cluster', 'demo', '--page-size', '3'], TASK_PAGES),
    case('page-size-not-int', ['ecs', 'list-tasks', '--page-size', 'x']),
    case('no-paginate', ['ecs', 'list-clusters', '--no-paginate'], PAGES[:1]),
    case('no-paginate-with-max-items', ['ecs', 'list-clusters', '--no-paginate', '--max-items', '1']),
    case('manual-token-disables-paging', ['ecs', 'list-clusters', '--next-token', 'tok-2'], PAGES[1:2]),
    case('manual-limit-with-max-items', ['ecs', 'list-clusters', '--max-results', '1', '--max-items', '1']),
    case('max-items-zero', ['ecs', 'list-clusters', '--max-items', '0'], PAGES[:1]),
    case('paginate-empty', ['ecs', 'list-tasks', '--cluster', 'demo', '--output', 'text'], [ok({})]),
    case('paginate-no-results', ['ecs', 'list-tasks', '--cluster', 'demo'], [ok({'taskArns': []})]),

    # Service errors.
    case('service-error', ['ecs', 'delete-cluster', '--cluster', 'nope'],
         [error('ClusterNotFoundException', 'Cluster not found.')]),
    case('service-error-paginated', ['ecs', 'list-services', '--cluster', 'nope'],
         [error('ClusterNotFoundException', 'Cluster not found.')]),
    case('service-error-after-page', ['ecs', 'list-clusters', '--output', 'text'],
         [PAGES[0], error('InvalidParameterException', 'Invalid nextToken.')]),

    # Waiters.
    case('wait-services-stable', ['ecs', 'wait', 'services-stable', '--cluster', 'demo', '--services', 'web'],
         [ok({'services': [service('web', running=0)], 'failures': []}),
          ok({'services': [service('web', running=1)], 'failures': []}),
          ok({'services': [service('web')], 'failures': []})]),
    case('wait-services-missing', ['ecs', 'wait', 'services-stable', '--cluster', 'demo', '--services', 'nope'],
         [ok({'services': [], 'failures': [{'arn': ARN + 'service/demo/nope', 'reason': 'MISSING'}]})]),
    case('wait-services-timeout', ['ecs', 'wait', 'services-stable', '--cluster', 'demo', '--services', 'web'],
         [ok({'services': [service('web', running=1)], 'failures': []})] * 40),
    case('wait-tasks-running', ['ecs', 'wait', 'tasks-running', '--cluster', 'demo', '--tasks', '1'],
         [ok({'tasks': [task('1', 'PENDING')], 'failures': []}), ok({'tasks': [task('1')], 'failures': []})]),
    case('wait-tasks-stopped-early', ['ecs', 'wait', 'tasks-running', '--cluster', 'demo', '--tasks', '1'],
         [ok({'tasks': [task('1', 'STOPPED', 'STOPPED')], 'failures': []})]),
    case('wait-service-error', ['ecs', 'wait', 'tasks-stopped', '--cluster', 'nope', '--tasks', '1'],
         [error('ClusterNotFoundException', 'Cluster not found.')]),
    case('wait-missing-subcommand', ['ecs', 'wait']),
    case('wait-invalid-subcommand', ['ecs', 'wait', 'service-stable']),
    case('wait-missing-required', ['ecs', 'wait', 'tasks-running', '--cluster', 'demo']),
    case('wait-unknown-option', ['ecs', 'wait', '--foo']),
    case('wait-skeleton', ['ecs', 'wait', 'tasks-running', '--generate-cli-skeleton']),

    # Configuration: region, output, profiles, configure.
    case('configure-list-default', ['configure', 'list']),
    case('configure-list-config', ['configure', 'list'], files=CONFIG),
    case('configure-list-env', ['configure', 'list'],
         env={'AWS_REGION': 'ap-south-1', 'AWS_ACCESS_KEY_ID': 'AKIAEXAMPLEKEY12345', 'AWS_SECRET_ACCESS_KEY': 'abcd1234'}),
    case('configure-list-profile-env', ['configure', 'list'], env={'AWS_PROFILE': 'dev'}, files=CONFIG),
    case('configure-list-profile-arg', ['configure', 'list', '--profile', 'dev'], files=CONFIG),
    case('configure-list-region-arg', ['--region', 'eu-west-2', 'configure', 'list']),
    case('configure-list-missing-profile', ['configure', 'list', '--profile', 'nope']),
    case('configure-list-credentials-file', ['configure', 'list'],
         files={'.aws/credentials': '[default]\naws_access_key_id = AKIAQQQQ5678\naws_secret_access_key = s3cr3t\n'}),
    case('configure-list-extra', ['configure', 'list', 'extra']),
    case('configure-get', ['configure', 'get', 'region'], files=CONFIG),
    case('configure-get-profile', ['configure', 'get', 'region', '--profile', 'dev'], files=CONFIG),
    case('configure-get-missing', ['configure', 'get', 'output', '--profile', 'dev'], files=CONFIG),
    case('configure-get-dotted', ['configure', 'get', 'dev.region'], files=CONFIG),
    case('configure-get-nested', ['configure', 'get', 's3.addressing_style'],
         files={'.aws/config': '[default]\ns3 =\n  addressing_style = path\n'}),
    case('configure-get-section', ['configure', 'get', 's3'],
         files={'.aws/config': '[default]\ns3 =\n  addressing_style = path\n'}),
    case('configure-set-new-file', ['configure', 'set', 'region', 'eu-west-1']),
    case('configure-set-replace', ['configure', 'set', 'region', 'us-west-2'], files=CONFIG),
    case('configure-set-append', ['configure', 'set', 'output', 'table', '--profile', 'dev'], files=CONFIG),
    case('configure-set-no-newline', ['configure', 'set', 'output', 'json'],
         files={'.aws/config': '[default]\nregion = eu-west-1'}),
    case('configure-set-new-profile', ['configure', 'set', 'region', 'us-west-2', '--profile', 'test'], files=CONFIG),
    case('configure-set-dotted-profile', ['configure', 'set', 'profile.qa.output', 'yaml']),
    case('configure-set-nested', ['configure', 'set', 's3.addressing_style', 'virtual'],
         files={'.aws/config': '[default]\ns3 =\n  addressing_style = path\nregion = x\n'}),
    case('configure-set-credentials', ['configure', 'set', 'aws_access_key_id', 'AKIA123']),
    case('configure-set-missing-value', ['configure', 'set', 'region']),
    case('configure-set-extra', ['configure', 'set', 'region', 'eu-west-1', 'extra']),
    case('configure-list-profiles', ['configure', 'list-profiles'],
         files={'.aws/config': '[profile b]\nregion=x\n[default]\nregion=y\n',
                '.aws/credentials': '[c]\naws_access_key_id=a\naws_secret_access_key=b\n'}),
    case('configure-invalid-subcommand', ['configure', 'lst']),
    case('configure-prompts', ['configure'], stdin='AKIAEXAMPLE1234\nsecretkey\nus-west-2\njson\n'),
    case('configure-prompts-keep', ['configure'], stdin='\n\neu-west-1\n\n',
         files={'.aws/config': '[default]\nregion = us-east-1\noutput = text\n',
                '.aws/credentials': '[default]\naws_access_key_id = AKIAOLD00000WXYZ\naws_secret_access_key = old\n'}),
    case('configure-prompts-eof', ['configure'], stdin='a\n'),
    case('configure-prompts-profile', ['configure', '--profile', 'dev'], stdin='\n\nap-south-1\ntable\n'),
    case('configure-prompts-keys-only', ['configure'], stdin='AKIAEXAMPLE1234\nsecret\n\n\n'),
    case('configure-prompts-unchanged', ['configure'], stdin='\n\nus-east-1\n\n',
         files={'.aws/config': '[default]\nregion = us-east-1\n'}),
    case('configure-unknown-option', ['configure', '--foo']),
    case('configure-get-profile-without-name', ['configure', 'get', 'profile.dev']),
    case('configure-set-profile-without-name', ['configure', 'set', 'profile.dev', 'x']),
    case('configure-get-too-deep', ['configure', 'get', 'a.b.c'], files={'.aws/config': '[default]\na =\n  b = 1\n'}),
    case('configure-set-after-comment', ['configure', 'set', 'output', 'yaml'],
         files={'.aws/config': '# mine\n[default]\nregion = x\n\n# keep\n[profile b]\nregion = y\n'}),
    case('configure-list-config-file-env', ['configure', 'list'], env={'AWS_CONFIG_FILE': '~/other-config'},
         files={'other-config': '[default]\nregion = sa-east-1\n'}),
    case('region-from-config', ['ecs', 'list-clusters'], [PAGES[2]], files=CONFIG),
    case('region-env-beats-config', ['ecs', 'list-clusters', '--output', 'json'], [PAGES[2]],
         env={'AWS_DEFAULT_REGION': 'us-west-2'}, files=CONFIG),
    case('output-env', ['ecs', 'list-clusters'], [PAGES[2]], env={'AWS_DEFAULT_OUTPUT': 'table'}),
    case('output-config-unknown', ['ecs', 'list-clusters'], files={'.aws/config': '[default]\noutput = xml\n'}),
    case('output-config-unknown-unpaginated', ['ecs', 'describe-clusters'], [CLUSTERS],
         files={'.aws/config': '[default]\noutput = xml\n'}),
    case('profile-missing', ['--profile', 'nope', 'ecs', 'list-clusters']),
    case('profile-missing-skeleton-ok', ['--profile', 'nope', 'ecs', 'list-clusters', '--generate-cli-skeleton']),
    case('config-unparsable', ['ecs', 'list-clusters'], files={'.aws/config': 'region = x\n'}),
    case('region-invalid-name', ['--region', 'us east', 'ecs', 'list-clusters']),
    case('endpoint-url-without-scheme', ['--endpoint-url', 'localhost', 'ecs', 'list-clusters']),
    case('read-timeout-not-int', ['--cli-read-timeout', 'x', 'ecs', 'list-clusters']),
]


def main():
    harness.prepare_data(['ecs'])
    results = []
    for c in CASES:
        r = harness.run(c)
        r.setdefault('no_docs', False)
        if r['unused_responses']:
            print('warning: %s left %d responses unused' % (c['name'], r['unused_responses']), file=sys.stderr)
        r.setdefault('stdin', None)
        results.append({k: r[k] for k in ('name', 'no_docs', 'stdin', 'argv', 'env', 'files', 'responses', 'rc', 'stdout', 'stderr',
                                          'calls', 'sleeps', 'files_after')})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(OUT, len(results))


if __name__ == '__main__':
    main()
