"""Goldens for ParamValidator: aws-cli 2.27.0's botocore ParamValidator (awscli/botocore/validate.py)
run on seeded random inputs against real shapes (botocore 1.43.11 models, as the Swift tests use).

Writes Fixtures/oracle/validation.jsonl: {"service", "shape", "input" (tagged value), "report"}.
Values are tagged so Python types survive: {"t": "dict"|"odict"|"list"|"str"|"int"|"float"|"bool"|
"none"|"bytes", "v": ...}; ints are decimal text, floats their repr.
"""
import random
import sys
from collections import OrderedDict

import v2cli
from common import write_fixture

TARGETS = [
    ('ecs', ['CreateService', 'UpdateService', 'RunTask', 'RegisterTaskDefinition', 'TagResource',
             'ListServiceDeployments', 'CreateTaskSet', 'SubmitTaskStateChange', 'RegisterContainerInstance',
             'CreateCapacityProvider', 'DescribeServices']),
    ('lambda', ['UpdateFunctionConfiguration', 'TagResource', 'PutFunctionConcurrency']),
    ('eks', ['UpdateNodegroupConfig', 'TagResource']),
    ('kinesis', ['PutRecord', 'PutRecords']),
    ('s3control', ['GetPublicAccessBlock', 'PutPublicAccessBlock']),
    ('bedrock-runtime', ['Converse']),
    ('logs', ['PutLogEvents', 'PutIntegration']),
]

WRONG = [None, 'str', '', 1, 0, -3, 1.5, float('nan'), True, False, [], ['x'], {}, {'a': 1},
         OrderedDict([('a', 'b')]), b'\x00A', 2 ** 80, -(2 ** 70)]
STRINGS = ['', 'x', 'é', "it's", 'a"b', 'line\nbreak', 'sg-123', '😀']
INTS = [0, -1, 5, 100, 2 ** 70, True, False, -(2 ** 64)]
DOUBLES = [0.5, 1, -2.0, float('nan'), float('inf'), 1e300, 3, True]
TIMESTAMPS = [1e15, -1e15, 1e17, float('inf'), 253402300799, 253402300800, '1e15', '-5', True,
              '2024-01-15T10:20:30Z', '2024-01-15', 'not a date', 1700000000, 1.5, '1700000000',
              'Mon, 15 Jan 2024 10:20:30 GMT', '', '2024-13-01', '2024-02-30']
BLOBS = [b'x', 'aGk=', b'', 'plain text']


def gen(rng, shape, depth, ordered):
    if rng.random() < 0.12:
        return rng.choice(WRONG)
    t = shape.type_name
    if t == 'structure':
        if shape.metadata.get('document'):
            return rng.choice([{'a': [1, None, {'b': True}]}, 'text', 5, [1.5], None, {'k': b'x'}, [[b'y']]])
        d = OrderedDict() if ordered else {}
        if depth > 4:
            return d
        members = list(shape.members.items())
        rng.shuffle(members)
        required = shape.metadata.get('required', [])
        for name, member in members:
            if (name in required and rng.random() < 0.85) or rng.random() < 0.25:
                d[name] = gen(rng, member, depth + 1, ordered)
        if rng.random() < 0.12:
            d[rng.choice(['unknownKey', 'Name', 'x'])] = 'v'
        return d
    if t == 'list':
        return [gen(rng, shape.member, depth + 1, ordered) for _ in range(rng.choice([0, 1, 1, 2]))]
    if t == 'map':
        d = OrderedDict() if ordered else {}
        for _ in range(rng.choice([0, 1, 2])):
            d[rng.choice(['', 'k', 'é', 'key-2'])] = gen(rng, shape.value, depth + 1, ordered)
        return d
    if t == 'string':
        return rng.choice(STRINGS)
    if t in ('integer', 'long'):
        return rng.choice(INTS)
    if t in ('double', 'float'):
        return rng.choice(DOUBLES)
    if t == 'boolean':
        return rng.choice([True, False])
    if t == 'timestamp':
        return rng.choice(TIMESTAMPS)
    if t == 'blob':
        return rng.choice(BLOBS)
    return None


def tag(value):
    if value is None:
        return {'t': 'none'}
    if isinstance(value, bool):
        return {'t': 'bool', 'v': value}
    if isinstance(value, int):
        return {'t': 'int', 'v': str(value)}
    if isinstance(value, float):
        return {'t': 'float', 'v': repr(value)}
    if isinstance(value, str):
        return {'t': 'str', 'v': value}
    if isinstance(value, bytes):
        return {'t': 'bytes', 'v': list(value)}
    if isinstance(value, list):
        return {'t': 'list', 'v': [tag(v) for v in value]}
    if isinstance(value, OrderedDict):
        return {'t': 'odict', 'v': [[k, tag(v)] for k, v in value.items()]}
    if isinstance(value, dict):
        return {'t': 'dict', 'v': [[k, tag(v)] for k, v in value.items()]}
    raise TypeError(type(value))


def main():
    v2cli.configure_environment()
    v2cli.prepare_data([service for service, _ in TARGETS])
    import awscli  # noqa: F401  (installs the alias that makes awscli.botocore importable as botocore)
    import botocore.session
    from botocore.validate import ParamValidator
    session = botocore.session.get_session()
    rng = random.Random(7)
    cases = []
    for service, operations in TARGETS:
        model = session.get_service_model(service)
        for operation in operations:
            shape = model.operation_model(operation).input_shape
            for i in range(30):
                value = gen(rng, shape, 0, ordered=(i % 3 == 0))
                case = {'service': service, 'shape': shape.name, 'input': tag(value)}
                try:
                    report = ParamValidator().validate(value, shape)
                    case['report'] = report.generate_report() if report.has_errors() else ''
                except RuntimeError as e:
                    # botocore's timestamp parser gives up on epochs no calendar can hold.
                    case['error'] = str(e)
                cases.append(case)
    write_fixture('validation.jsonl', cases)


if __name__ == '__main__':
    main()
