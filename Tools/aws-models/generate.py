#!/usr/bin/env python3
"""Writes Sources/AWSCLI/ServiceModels/<service>.swift: the facts aws-cli needs about each
operation (CLI name, parameters with types and which are required, the input and output
shapes, pagination) in Shipyard's own compact form, read from the botocore service models
installed with aws-cli. Documentation text is not copied.

    python3 Tools/aws-models/generate.py ecs iam 'ec2:RunInstances,DescribeVpcs' ...
    python3 Tools/aws-models/generate.py --json-dir DIR ecs lambda ...   # plain JSON files

`--json-dir` writes `DIR/<service>.json` instead of Swift: the AWSArguments tests' fixture
models (`Tests/AWSArgumentsTests/Fixtures/models`) are made this way.

`service:Op1,Op2` keeps the shapes of only those operations (ec2's model is huge); the
service's other operations are listed by name alone, marked "omitted", so aws-cli's
"Invalid choice" list stays whole and Shipyard can say plainly what it does not simulate.

Besides types, shapes carry the traits aws-cli's argument processing and botocore's
parameter validation read: "min", "document", "union", "streaming", and member-level
traits as a third element of a member ({"hostLabel", "jsonvalue", "location",
"idempotencyToken"}).
"""
import json
import os
import re
import sys

import botocore
import botocore.session
from botocore import xform_name

from swiftout import write_swift

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'Sources', 'AWSCLI', 'ServiceModels')


def kebab(name):
    return xform_name(name, '-')


def shape_entry(shape):
    entry = {'type': shape.type_name}
    if shape.type_name == 'structure':
        entry['members'] = [member_entry(name, member) for name, member in shape.members.items()]
        required = shape.metadata.get('required', [])
        if required:
            entry['required'] = required
    elif shape.type_name == 'list':
        entry['member'] = shape.member.name
    elif shape.type_name == 'map':
        entry['key'] = shape.key.name
        entry['value'] = shape.value.name
    enum = getattr(shape, 'enum', None)
    if enum:
        entry['enum'] = list(enum)
    if shape.metadata.get('exception'):
        entry['exception'] = True
    if 'min' in shape.metadata:
        entry['min'] = shape.metadata['min']
    for trait in ('document', 'union'):
        if shape.metadata.get(trait):
            entry[trait] = True
    if shape.serialization.get('streaming'):
        entry['streaming'] = True
    return entry


def member_entry(name, member):
    # Traits botocore attaches to the member reference rather than to the shape.
    traits = {}
    if member.serialization.get('hostLabel'):
        traits['hostLabel'] = True
    if member.serialization.get('jsonvalue'):
        traits['jsonvalue'] = True
    if member.serialization.get('location'):
        traits['location'] = member.serialization['location']
    if member.metadata.get('idempotencyToken'):
        traits['idempotencyToken'] = True
    return [name, member.name, traits] if traits else [name, member.name]


def collect(shape, shapes):
    if shape is None or shape.name in shapes:
        return
    shapes[shape.name] = shape_entry(shape)
    if shape.type_name == 'structure':
        for member in shape.members.values():
            collect(member, shapes)
    elif shape.type_name == 'list':
        collect(shape.member, shapes)
    elif shape.type_name == 'map':
        collect(shape.key, shapes)
        collect(shape.value, shapes)


def generate(spec, json_dir=None):
    service, _, only = spec.partition(':')
    only = set(only.split(',')) if only else None
    session = botocore.session.get_session()
    model = session.get_service_model(service)
    try:
        paginators = session.get_paginator_model(service)._paginator_config
    except Exception:
        paginators = {}
    try:
        waiters = session.get_waiter_model(service)
        waiter_config = {name: waiters.get_waiter(name) for name in waiters.waiter_names}
    except Exception:
        waiter_config = {}
    shapes = {}
    operations = {}
    for name in model.operation_names:
        if only is not None and name not in only:
            operations[name] = {'cli': kebab(name), 'omitted': True}
            continue
        op = model.operation_model(name)
        collect(op.input_shape, shapes)
        collect(op.output_shape, shapes)
        entry = {
            'cli': kebab(name),
            'input': op.input_shape.name if op.input_shape else None,
            'output': op.output_shape.name if op.output_shape else None,
        }
        if name in paginators:
            p = paginators[name]
            entry['paginator'] = {
                'inputToken': p.get('input_token'),
                'outputToken': p.get('output_token'),
                'limitKey': p.get('limit_key'),
                'resultKey': p.get('result_key'),
            }
            # Rarer keys only where present, so most entries stay as they were.
            if 'more_results' in p:
                entry['paginator']['moreResults'] = p['more_results']
            if 'non_aggregate_keys' in p:
                entry['paginator']['nonAggregateKeys'] = p['non_aggregate_keys']
        operations[name] = entry
    waiters_out = {}
    for name, w in waiter_config.items():
        if only is not None and w.operation not in only:
            continue
        waiters_out[kebab(name)] = {
            'name': name,
            'operation': w.operation,
            'delay': w.delay,
            'maxAttempts': w.max_attempts,
            'acceptors': [{'state': a.state, 'matcher': a.matcher, 'argument': getattr(a, 'argument', None),
                           'expected': a.expected} for a in w.acceptors],
        }
    document = {
        'service': service,
        'endpointPrefix': model.endpoint_prefix,
        'protocol': model.protocol,
        'apiVersion': model.api_version,
        'operations': operations,
        'shapes': shapes,
        'waiters': waiters_out,
    }
    text = json.dumps(document, separators=(',', ':'), sort_keys=True)
    if json_dir:
        path = os.path.join(json_dir, service + '.json')
        with open(path, 'w') as f:
            f.write(text + '\n')
        print(path, os.path.getsize(path))
    else:
        write_swift(service, text, 'botocore %s\'s %s model' % (botocore.__version__, service))


if __name__ == '__main__':
    arguments = sys.argv[1:]
    json_dir = None
    if arguments[:1] == ['--json-dir'] and len(arguments) > 1:
        json_dir = arguments[1]
        arguments = arguments[2:]
    for service in arguments:
        generate(service, json_dir)
