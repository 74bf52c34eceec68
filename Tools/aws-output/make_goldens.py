#!/usr/bin/env python3
"""Writes Tests/AWSOutputTests/*Goldens.swift from the aws-cli oracle (oracle.py).

Every expected output in those files is what the oracle printed for the input next to it;
nothing is written by hand. Run with an interpreter that has aws-cli and ruamel.yaml
(see oracle.py), from anywhere:

    python make_goldens.py

The text pagination goldens drive aws-cli's real TextFormatter over a botocore PageIterator
whose pages come from a stub, so page-by-page printing, --max-items truncation and the
resume token are the CLI's own.
"""
import argparse
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from oracle import render  # noqa: E402

TESTS = os.path.join(HERE, '..', '..', 'Tests', 'AWSOutputTests')

ARN = 'arn:aws:ecs:us-east-1:123456789012'

# aws-cli.md §2.1: describe-clusters --clusters nope demo (moto content).
DESCRIBE_CLUSTERS = {
    "clusters": [{
        "clusterArn": ARN + ":cluster/demo", "clusterName": "demo", "status": "ACTIVE",
        "registeredContainerInstancesCount": 0, "runningTasksCount": 0, "pendingTasksCount": 0,
        "activeServicesCount": 0,
        "settings": [{"name": "containerInsights", "value": "disabled"}]}],
    "failures": [{"arn": ARN + ":cluster/nope", "reason": "MISSING"}]}

# aws-cli.md §2.3, the vertical example.
DESCRIBE_CLUSTERS_WIDE = {
    "clusters": [{
        "clusterArn": ARN + ":cluster/demo", "clusterName": "demo", "status": "ACTIVE",
        "registeredContainerInstancesCount": 0, "runningTasksCount": 2, "pendingTasksCount": 0,
        "activeServicesCount": 1,
        "settings": [{"name": "containerInsights", "value": "disabled"}]}]}

# aws-cli.md §2.3, the narrow example (exact response given there).
DESCRIBE_CLUSTERS_NARROW = {"clusters": [{"clusterName": "demo", "status": "ACTIVE", "runningTasksCount": 2,
                                          "settings": [{"name": "containerInsights", "value": "disabled"}]}]}

LIST_CLUSTERS = {"clusterArns": [ARN + ":cluster/demo", ARN + ":cluster/second"]}

# aws-cli.md §2.2, the nested describe-services example (ARNs shortened as there).
DESCRIBE_SERVICES = {"services": [{
    "serviceArn": "<serviceArn>", "serviceName": "web", "clusterArn": "<clusterArn>",
    "status": "ACTIVE", "desiredCount": 2, "runningCount": 0, "pendingCount": 2,
    "launchType": "FARGATE", "taskDefinition": "<tdArn>", "propagateTags": "NONE",
    "schedulingStrategy": "REPLICA",
    "deploymentController": {"type": "ECS"},
    "deployments": [{
        "id": "ecs-svc/762091125433127985", "status": "PRIMARY", "taskDefinition": "<tdArn>",
        "desiredCount": 2, "pendingCount": 2, "runningCount": 0, "failedTasks": 0,
        "createdAt": 1795754463.126, "updatedAt": 1795754463.126, "launchType": "FARGATE",
        "platformFamily": "FARGATE", "rolloutState": "IN_PROGRESS",
        "rolloutStateReason": "ECS deployment ecs-svc/762091125433127985 in progress.",
        "networkConfiguration": {"awsvpcConfiguration": {
            "subnets": ["subnet-bdc15f01a50416189"], "securityGroups": ["sg-01fac4557c1f12dc1"],
            "assignPublicIp": "ENABLED"}}}]}]}

# aws-cli.md §2.2, union of keys, missing values and None (exact input given there).
REPOSITORIES = {"repositories": [
    {"repositoryName": "app", "imageScanningConfiguration": {"scanOnPush": True},
     "imageTagMutability": "MUTABLE", "x": None},
    {"repositoryName": "b", "createdAt": 1.5}]}

SCALARS = {"name": "demo", "enabled": True, "disabled": False, "missing": None, "ratio": 0.1,
           "big": 1e16, "tiny": 1e-05, "whole": 2.0, "count": 0, "negative": -7}

UNICODE = {"repositories": [{"repositoryName": "日本語", "description": "café ☕ naïve"},
                            {"repositoryName": "emoji", "description": "rocket 🚀 launch"}],
           "données": [{"clé": "valeur"}], "straße": ["ß"]}

EMPTIES = {"clusters": [], "failures": [], "tags": {}, "settings": [{}]}

CREATED = "2026-11-27T04:41:03.126000+00:00"

DESCRIBE_REPOSITORIES_V2 = {"repositories": [{
    "repositoryArn": "arn:aws:ecr:us-east-1:123456789012:repository/web",
    "registryId": "123456789012", "repositoryName": "web",
    "repositoryUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web",
    "createdAt": CREATED, "imageTagMutability": "MUTABLE",
    "imageScanningConfiguration": {"scanOnPush": False},
    "encryptionConfiguration": {"encryptionType": "AES256"}}]}

EKS_CLUSTER = {"cluster": {
    "name": "demo", "arn": "arn:aws:eks:us-east-1:123456789012:cluster/demo",
    "createdAt": "2026-11-27T04:41:03+00:00", "version": "1.29",
    "endpoint": "https://ABCDEF0123456789.gr7.us-east-1.eks.amazonaws.com",
    "roleArn": "arn:aws:iam::123456789012:role/eks",
    "resourcesVpcConfig": {"subnetIds": ["subnet-1", "subnet-2"], "securityGroupIds": [],
                           "endpointPublicAccess": True, "endpointPrivateAccess": False,
                           "publicAccessCidrs": ["0.0.0.0/0"]},
    "kubernetesNetworkConfig": {"serviceIpv4Cidr": "10.100.0.0/16", "ipFamily": "ipv4"},
    "logging": {"clusterLogging": [{"types": ["api", "audit"], "enabled": False}]},
    "status": "ACTIVE", "platformVersion": "eks.1", "tags": {"env": "dev", "team": "core"}}}

YAML_STRINGS = {"strings": [
    "yes", "no", "on", "off", "true", "True", "null", "~", "", "123", "1e3", "0o17", "0x1F",
    "1_000", "012", ".inf", ".5", "1.0e+10", "+1", "-1", "2020-01-01", "12:30", "=", "<<",
    "a: b", "a:b", "a #b", "a#b", "#x", "-x", "- x", "? x", ": x", "x:", "@x", "`x", "!x", "&x",
    "*x", "|x", ">x", "%x", "'q'", '"d"', "a'b", "x,y", "[x]", "{x}", "x]", "---", "...", " lead",
    "trail ", "a  b", "tab\there", "line\nbreak", "two\n\nbreaks", "end\n", "back\\slash",
    "bell\u0007", "nel\u0085", "ls\u2028x", "bom\ufeff", "nbsp\u00a0x", "日本語", "é", "😀"]}

LONG_TEXT = {
    "description": "ECS deployment ecs-svc/762091125433127985 in progress. The service is "
                   "waiting for tasks to reach a steady state before the rollout continues.",
    "events": [{"message": "(service web) has started 2 tasks: (task 0a1b2c3d4e5f) (task "
                           "6a7b8c9d0e1f). (service web) is waiting for them to become healthy "
                           "and registered with target group arn:aws:elasticloadbalancing:us-east-1:"
                           "123456789012:targetgroup/web/0123456789abcdef."}],
    "quoted": "it's a 'quoted' value that is long enough to need folding across more than one "
              "line of output, yes",
    "k" * 130: "a key longer than 128 bytes becomes a complex key",
    "multi\nline": "a key with a line break too"}


def case(name, fmt, doc, title='Operation', width=80):
    return {'name': name, 'fmt': fmt, 'doc': doc, 'title': title, 'width': width}


JSON_CASES = [
    case('describe-clusters (aws-cli.md §2.1)', 'json', DESCRIBE_CLUSTERS),
    case('empty response prints nothing', 'json', {}),
    case('bare --query string keeps its quotes', 'json', "ACTIVE"),
    case('bare --query number', 'json', 3),
    case('bare --query null', 'json', None),
    case('empty list from --query prints []', 'json', []),
    case('scalars: null, bools, floats', 'json', SCALARS),
    case('unicode is not escaped, control characters are', 'json',
         {"name": "日本語 café 😀", "tab": "a\tb", "quote": "say \"hi\"", "nul": "\u0000x", "del": "\u007f"}),
    case('empty list and dict members', 'json', EMPTIES),
    case('multiselect list', 'json', [["web", 2, 0], ["api", 1, 1]]),
]

TEXT_CASES = [
    case('describe-clusters (aws-cli.md §2.1 response)', 'text', DESCRIBE_CLUSTERS),
    case('list of scalars under a key (list-clusters)', 'text', LIST_CLUSTERS),
    case("bare list of scalars (--query 'clusterArns[]')", 'text', LIST_CLUSTERS["clusterArns"]),
    case('nested describe-services (aws-cli.md §2.2)', 'text', DESCRIBE_SERVICES),
    case('union of keys, missing values and None (aws-cli.md §2.2)', 'text', REPOSITORIES),
    case('scalars: True/False/None and Python float repr', 'text', SCALARS),
    case('a key that is a list in one element is str() in the other', 'text',
         {"items": [{"id": 1, "value": ["a", "b"]}, {"id": 2, "value": "x"},
                    {"id": 3, "value": {"k": None, "it's": 1.5}}]}),
    case('unicode values and upper-cased identifiers', 'text', UNICODE),
    case('empty lists and dicts print nothing', 'text', EMPTIES),
    case('dict inside a list without scalars prints no line of its own', 'text',
         {"clusters": [{"settings": [{"name": "a", "value": "1"}]}, {"clusterName": "x"}]}),
    case('bare scalar string', 'text', "ACTIVE"),
    case('bare scalar null', 'text', None),
    case('bare scalar bool', 'text', False),
    case('bare float', 'text', 1795754463.126),
    case('multiselect list: one line per inner list', 'text', [["web", 2, 0], ["api", 1, 1]]),
    case('multiselect hash list', 'text',
         [{"Name": "web", "Desired": 2, "Running": 0, "Status": "ACTIVE"},
          {"Name": "api", "Desired": 1, "Running": 1, "Status": "DRAINING"}]),
    case('mixed scalars and lists: scalars first', 'text', {"k": [1, [2, 3], "x", [[4], 5]]}),
    case('nested lists of lists keep the identifier', 'text', {"matrix": [[1, 2], [3, [4, 5]]]}),
    case('a non-dict in a list of dicts stops the output (AttributeError)', 'text',
         {"a": "first", "b": [{"k": 1}, "x"], "c": "never"}),
    case('None in a list of dicts', 'text', [{"k": 1}, None]),
    case('empty response prints nothing', 'text', {}),
]

TABLE_CASES = [
    case('describe-clusters wider than 80 turns vertical (aws-cli.md §2.3)', 'table',
         DESCRIBE_CLUSTERS_WIDE, 'DescribeClusters'),
    case('the same at terminal width 120 stays in columns', 'table',
         DESCRIBE_CLUSTERS_WIDE, 'DescribeClusters', 120),
    case('describe-clusters narrower than 80 (aws-cli.md §2.3)', 'table',
         DESCRIBE_CLUSTERS_NARROW, 'DescribeClusters'),
    case('describe-clusters with failures', 'table', DESCRIBE_CLUSTERS, 'DescribeClusters'),
    case('list of scalars (aws-cli.md §2.3)', 'table', LIST_CLUSTERS, 'ListClusters'),
    case('multiselect hash (aws-cli.md §2.3)', 'table',
         [{"Name": "web", "Desired": 2, "Running": 0, "Status": "ACTIVE"}], 'DescribeServices'),
    case('multiselect list (aws-cli.md §2.3)', 'table', [["web", 2, 0], ["api", 1, 1]],
         'DescribeServices'),
    case('only empty lists: just the title (aws-cli.md §2.3)', 'table', {"taskArns": []}, 'ListTasks'),
    case('nested describe-services', 'table', DESCRIBE_SERVICES, 'DescribeServices'),
    case('list of dicts with differing keys and children', 'table', REPOSITORIES,
         'DescribeRepositories'),
    case('scalars: True/False/None and floats', 'table', SCALARS, 'GetThing'),
    case('one scalar key: a key | value row', 'table', {"cluster": {"status": "ACTIVE"}}, 'Op'),
    case('unicode: wide characters count two columns', 'table', UNICODE, 'DescribeRepositories'),
    case('empty lists and dicts are skipped', 'table', EMPTIES, 'DescribeClusters'),
    case('elements with nested members repeat the header', 'table',
         {"services": [{"serviceName": "web", "tags": [{"key": "env", "value": "dev"}]},
                       {"serviceName": "api", "desiredCount": 1, "tags": [{"key": "team", "value": "core"}]}]},
         'DescribeServices'),
    case('a bare string result is a title box', 'table', "ACTIVE", 'DescribeServices'),
    case('a falsy result prints nothing', 'table', 0, 'DescribeServices'),
    case('empty response prints nothing', 'table', {}, 'TagResource'),
    case('eks describe-cluster', 'table', EKS_CLUSTER, 'DescribeCluster'),
    case('narrow terminal (40)', 'table', LIST_CLUSTERS, 'ListClusters', 40),
    case('rows of different lengths fail (ValueError)', 'table', [["a", "b"], ["c"]], 'Op'),
    case('a string after a dict fails (TypeError)', 'table', [{"a": 1}, "x"], 'Op'),
]

YAML_CASES = [
    case('describe-clusters: sorted keys, unindented lists', 'yaml', DESCRIBE_CLUSTERS),
    case('timestamps are quoted strings', 'yaml', DESCRIBE_REPOSITORIES_V2),
    case('eks describe-cluster', 'yaml', EKS_CLUSTER),
    case('strings that need quotes, and those that do not', 'yaml', YAML_STRINGS),
    case('long strings fold at 80 columns; long and multi-line keys', 'yaml', LONG_TEXT),
    case('scalars: null, bools, floats', 'yaml', SCALARS),
    case('unicode', 'yaml', UNICODE),
    case('empty lists and dicts', 'yaml', EMPTIES),
    case('empty response prints nothing', 'yaml', {}),
    case('empty list result', 'yaml', []),
    case('bare string result is JSON', 'yaml', "ACTIVE"),
    case('bare number result is JSON', 'yaml', 1.5),
    case('bare null result is JSON', 'yaml', None),
    case('multiselect list', 'yaml', [["web", 2, 0], ["api", 1, 1]]),
    case('list of lists of dicts', 'yaml', [[{"a": 1, "b": [1, 2]}, {}], [], [[{"c": None}]]]),
    case('yaml-stream wraps the page in a list', 'yaml-stream', LIST_CLUSTERS),
    case('yaml-stream of an empty response prints nothing', 'yaml-stream', {}),
    case('yaml-stream of a bare string', 'yaml-stream', "ACTIVE"),
]


class _Query:
    def __init__(self, expression):
        import jmespath
        self._compiled = jmespath.compile(expression)

    def search(self, value):
        return self._compiled.search(value)


def paginated_text(pages, result_key, max_items=None, query=None):
    """aws-cli's TextFormatter over a PageIterator whose pages come from `pages`.

    Returns stdout, the documents the formatter passed to `text.format_text` (one per page,
    after --query, then the resume-token document), and the resume token.
    """
    import jmespath
    from awscli import formatter, text
    from botocore.paginate import PageIterator

    def method(**kwargs):
        token = kwargs.get('nextToken')
        index = 0 if token is None else int(token)
        return json.loads(json.dumps(pages[index]))

    documents = []
    original = text.format_text

    def recording(data, stream):
        documents.append(json.loads(json.dumps(data)))
        original(data, stream)

    iterator = PageIterator(method, ['nextToken'], [jmespath.compile('nextToken')], None,
                            [jmespath.compile(result_key)], [], 'maxResults', max_items,
                            None, None, {})
    out = io.StringIO()
    args = argparse.Namespace(query=_Query(query) if query else None, color='off')
    formatter.text.format_text = recording
    try:
        formatter.get_formatter('text', args)('ListTasks', iterator, out)
    finally:
        formatter.text.format_text = original
    return out.getvalue(), documents, iterator.resume_token


TASKS = ARN + ':task/demo/'
PAGES = [{"taskArns": [TASKS + "a1", TASKS + "b2"], "nextToken": "1"},
         {"taskArns": [TASKS + "c3"], "nextToken": "2"},
         {"taskArns": [TASKS + "d4"]}]
PAGINATION_CASES = [
    ('all pages', PAGES, 'taskArns', None, None),
    ('--max-items 3 adds NEXTTOKEN', PAGES, 'taskArns', 3, None),
    ("--query 'taskArns' per page, None for the token", PAGES, 'taskArns', 3, 'taskArns'),
    ("--query 'length(taskArns)' prints one number per page", PAGES, 'taskArns', None,
     'length(taskArns)'),
]


# --- Swift emission ---------------------------------------------------------------------------

def _escape_char(ch):
    if ch == '\\':
        return '\\\\'
    if ch == '\t':
        return '\\t'
    if ch == '\r':
        return '\\r'
    if not ch.isprintable() or ch in '\u2028\u2029\x85\ufeff':
        return '\\u{%X}' % ord(ch)
    return ch


def swift_string(text, indent):
    """A Swift multi-line string literal (with escapes) whose value is exactly `text`."""
    if text == '':
        return '""'
    pad = ' ' * indent
    lines = []
    for line in text.split('\n'):
        escaped = ''.join(_escape_char(c) for c in line).replace('"""', '\\"""')
        stripped = escaped.rstrip(' ')
        escaped = stripped + '\\u{20}' * (len(escaped) - len(stripped))
        lines.append(pad + escaped if escaped else '')
    return '"""\n' + '\n'.join(lines) + '\n' + pad + '"""'


def swift_json(doc, indent):
    """The document as pretty JSON inside a raw multi-line literal."""
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    text = ''.join(c if (c.isprintable() or c == '\n') and c not in '\u2028\u2029\x85\ufeff'
                   else '\\u%04x' % ord(c) if ord(c) < 0x10000 else c for c in text)
    assert '"""#' not in text and '\\#' not in text
    pad = ' ' * indent
    return '#"""\n' + '\n'.join(pad + l for l in text.split('\n')) + '\n' + pad + '"""#'


def swift_plain(text):
    return '"' + ''.join(_escape_char(c) if c != '"' else '\\"' for c in text) + '"'


FORMAT_CASE = {'json': '.json', 'text': '.text', 'table': '.table', 'yaml': '.yaml',
               'yaml-stream': '.yamlStream'}


def write_goldens(type_name, cases, summary):
    items = []
    for c in cases:
        out, error = render(c['fmt'], c['title'], c['width'], c['doc'])
        fields = ['            name: %s' % swift_plain(c['name']),
                  '            format: %s' % FORMAT_CASE[c['fmt']]]
        if c['fmt'] == 'table':
            fields.append('            title: %s' % swift_plain(c['title']))
            if c['width'] != 80:
                fields.append('            width: %d' % c['width'])
        fields.append('            input: ' + swift_json(c['doc'], 12))
        fields.append('            stdout: ' + swift_string(out, 12))
        if error:
            fields.append('            error: %s' % swift_plain(error))
        items.append('        Golden(\n' + ',\n'.join(fields) + '\n        )')
    body = HEADER + '''
/// %s
struct %s {
    static let all: [Golden] = [
%s,
    ]

    @Test("matches the aws-cli oracle", arguments: all)
    func matchesOracle(_ golden: Golden) {
        check(golden)
    }
}
''' % (summary, type_name, ',\n'.join(items))
    with open(os.path.join(TESTS, type_name + '.swift'), 'w') as f:
        f.write(body)


def write_pagination():
    items = []
    for name, pages, key, max_items, query in PAGINATION_CASES:
        out, documents, token = paginated_text(pages, key, max_items, query)
        fields = ['            name: %s' % swift_plain(name),
                  '            query: %s' % ('nil' if query is None else swift_plain(query)),
                  '            resumeToken: %s' % ('nil' if token is None else swift_plain(token)),
                  '            documents: ' + swift_json(documents, 12),
                  '            stdout: ' + swift_string(out, 12)]
        items.append('        PaginationGolden(\n' + ',\n'.join(fields) + '\n        )')
    body = HEADER + '''
/// Text output of a paginated `list-tasks` as aws-cli's `TextFormatter` printed it over real
/// botocore pagination of three pages (2, 1 and 1 task ARNs). `documents` are what the
/// formatter handed to its text writer: one per page after `--query` (built from the
/// paginator's result keys only, so `nextToken` is never printed), then, when `--max-items`
/// cut the result short, the resume-token document after `--query`.
enum PaginationGoldens {
    static let all: [PaginationGolden] = [
%s,
    ]
}
''' % ',\n'.join(items)
    with open(os.path.join(TESTS, 'PaginationGoldens.swift'), 'w') as f:
        f.write(body)


TIMESTAMPS = [1795754463.126, 1795754463, 0, 0.5, -1.5, 1e-06, 5e-07, 1.5e-06, 1700000000.9999996,
              951782400, 4102444800.25, 253402300799.999999, -62135596800, 1712345678.123456]


def write_timestamps():
    import datetime

    rows = []
    for value in TIMESTAMPS:
        # botocore's parse_timestamp: datetime.fromtimestamp(value, tzlocal()); on a UTC machine
        # tzlocal() is UTC, so the offset is +00:00.
        try:
            text = swift_plain(datetime.datetime.fromtimestamp(value, datetime.timezone.utc).isoformat())
        except (ValueError, OverflowError, OSError):
            text = 'nil'  # outside datetime's range: the value is left as it is
        literal = repr(value) if isinstance(value, float) else str(value)
        kind = 'double' if isinstance(value, float) else 'int'
        rows.append('        TimestampGolden(epoch: .%s(%s), iso8601: %s)' % (kind, literal, text))
    body = HEADER + '''import JSONValue

/// `datetime.fromtimestamp(value, timezone.utc).isoformat()`, what AWS CLI v2 prints for a
/// timestamp member by default (`cli_timestamp_format = iso8601`) on a UTC machine; nil
/// where Python's `datetime` cannot represent the instant.
enum TimestampGoldens {
    static let all: [TimestampGolden] = [
%s,
    ]
}
''' % ',\n'.join(rows)
    with open(os.path.join(TESTS, 'TimestampGoldens.swift'), 'w') as f:
        f.write(body)


HEADER = '''// Generated by Tools/aws-output/make_goldens.py from the aws-cli oracle (Tools/aws-output/oracle.py): every
// expected output below is what aws-cli's own formatter printed for the input beside it.
// Do not edit by hand; change the cases in make_goldens.py and regenerate.

import AWSOutput
import Testing
'''


def main():
    write_goldens('JSONGoldens', JSON_CASES, '`--output json`, as aws-cli\'s `JSONFormatter` prints.')
    write_goldens('TextGoldens', TEXT_CASES, '`--output text`, as aws-cli\'s `TextFormatter` prints.')
    write_goldens('TableGoldens', TABLE_CASES, '`--output table`, as aws-cli\'s `TableFormatter` prints.')
    write_goldens('YAMLGoldens', YAML_CASES,
                  '`--output yaml` and `yaml-stream` with aws-cli v2\'s ruamel.yaml settings.')
    write_pagination()
    write_timestamps()


if __name__ == '__main__':
    main()
