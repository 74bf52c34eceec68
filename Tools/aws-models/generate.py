#!/usr/bin/env python3
"""Writes Sources/AWSCLI/Resources/<service>.json: the facts aws-cli needs about each
operation (CLI name, parameters with types and which are required, the input and output
shapes, pagination) in Shipyard's own compact form, read from the botocore service models
installed with aws-cli. Documentation text is not copied.

    python3 Tools/aws-models/generate.py ecs ecr eks ...
"""
import json
import os
import re
import sys

import botocore.session

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'Sources', 'AWSCLI', 'Resources')


def kebab(name):
    # botocore/awscli's xform_name: CreateCluster -> create-cluster, ARNs handled as a word.
    s = re.sub('(.)([A-Z][a-z]+)', r'\1-\2', name)
    s = re.sub('([a-z0-9])([A-Z])', r'\1-\2', s)
    return s.lower()


def shape_entry(shape):
    entry = {'type': shape.type_name}
    if shape.type_name == 'structure':
        entry['members'] = [[name, member.name] for name, member in shape.members.items()]
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
    return entry


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


def generate(service):
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
        operations[name] = entry
    waiters_out = {}
    for name, w in waiter_config.items():
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
    path = os.path.join(OUT, service + '.json')
    with open(path, 'w') as f:
        json.dump(document, f, separators=(',', ':'), sort_keys=True)
        f.write('\n')
    print(path, os.path.getsize(path))


if __name__ == '__main__':
    for service in sys.argv[1:]:
        generate(service)
