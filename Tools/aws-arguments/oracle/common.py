"""Shared helpers for the oracle scripts (run with /tmp/v2venv/bin/python)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', '..', '..', 'Tests', 'AWSArgumentsTests', 'Fixtures', 'oracle')


def write_fixture(name, cases):
    os.makedirs(FIXTURES, exist_ok=True)
    path = os.path.join(FIXTURES, name)
    with open(path, 'w', encoding='utf-8') as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False, sort_keys=False))
            f.write('\n')
    print(path, len(cases), os.path.getsize(path))


def plain(value):
    """A shorthand result as plain JSON (dicts, lists, str); bytes are tagged."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return {'$bytes': list(value)}
    return value
