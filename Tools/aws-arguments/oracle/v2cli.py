"""Runs aws-cli 2.27.0 in-process on an argv and records what it did with the parameters.

The models come from the botocore installed for aws-cli 1.45.11 (the data Tools/aws-models/
generate.py reads), unpacked into a data directory that AWS_DATA_PATH puts ahead of v2's own.
A `before-parameter-build` handler records the operation input after aws-cli's conversions (and
v2's base64 decoding of blobs); a `before-call` handler stops the call once botocore's validation
has passed, so nothing is sent anywhere.
"""
import contextlib
import copy
import gzip
import io
import json
import os
import shutil
import sys

V1_DATA = '/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data'
DATA = '/tmp/awsargs-oracle/data'
FILES = '/tmp/awsargs-oracle/files'


def prepare_data(services):
    for service in services:
        src = os.path.join(V1_DATA, service)
        for version in os.listdir(src):
            if not os.path.isdir(os.path.join(src, version)):
                continue
            dst = os.path.join(DATA, service, version)
            os.makedirs(dst, exist_ok=True)
            for name in ('service-2.json', 'paginators-1.json', 'waiters-2.json'):
                for candidate in (name, name + '.gz'):
                    path = os.path.join(src, version, candidate)
                    if os.path.exists(path):
                        opener = gzip.open if candidate.endswith('.gz') else open
                        with opener(path, 'rb') as f, open(os.path.join(dst, name), 'wb') as out:
                            shutil.copyfileobj(f, out)


def configure_environment():
    os.environ.update({
        'AWS_DATA_PATH': DATA,
        'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
        'AWS_SECRET_ACCESS_KEY': 'secret',
        'AWS_DEFAULT_REGION': 'us-east-1',
        'AWS_CONFIG_FILE': '/dev/null',
        'AWS_SHARED_CREDENTIALS_FILE': '/dev/null',
        'AWS_PAGER': '',
        'HOME': '/tmp/awsargs-oracle/home',
    })
    os.environ.pop('AWS_PROFILE', None)


class _Stop(Exception):
    pass


def tagged(value):
    """The Python value with its types spelled out, for JSON fixtures."""
    return repr(value)


def run(argv, files=None, env=None):
    """Returns {'rc', 'stderr', 'params' (repr, if conversion finished), 'validated'}."""
    from awscli.clidriver import create_clidriver
    shutil.rmtree(FILES, ignore_errors=True)
    os.makedirs(FILES, exist_ok=True)
    for name, content in (files or {}).items():
        path = os.path.join(FILES, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(content if isinstance(content, bytes) else content.encode('utf-8'))
    saved_env = dict(os.environ)
    os.environ.update(env or {})
    record = {}

    def capture(params, **kwargs):
        # repr now (nothing later mutates the input); no deepcopy, whose Python recursion would
        # itself fail on deeply nested values.
        try:
            record['params'] = repr(params)
        except RecursionError:
            record['params'] = '<RecursionError>'

    def stop(**kwargs):
        record['validated'] = True
        raise _Stop()

    try:
        driver = create_clidriver()
        # Ahead of botocore's own handlers, so idempotency tokens it fills in are not recorded.
        driver.session._events.register_first('before-parameter-build', capture)
        driver.session.register('before-call', stop)
        err, out = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            rc = driver.main(list(argv))
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
    result = {'rc': rc, 'stderr': err.getvalue()}
    if 'params' in record:
        result['params'] = record['params']
    if record.get('validated'):
        result['validated'] = True
        result['rc'] = 0
        result['stderr'] = ''
    return result


if __name__ == '__main__':
    configure_environment()
    prepare_data(['ecs'])
    print(json.dumps(run(sys.argv[1:]), indent=1))


def list_v1_services():
    return sorted(d for d in os.listdir(V1_DATA) if os.path.isdir(os.path.join(V1_DATA, d)))


def v1_names(service):
    """Operation and structure member names of a service's model in the v1 data directory."""
    src = os.path.join(V1_DATA, service)
    versions = sorted(v for v in os.listdir(src) if os.path.isdir(os.path.join(src, v)))
    if not versions:
        return []
    path = os.path.join(src, versions[-1], 'service-2.json')
    opener = open
    if not os.path.exists(path):
        path += '.gz'
        opener = gzip.open
    if not os.path.exists(path):
        return []
    with opener(path, 'rt', encoding='utf-8') as f:
        model = json.load(f)
    names = list(model.get('operations', {}))
    for shape in model.get('shapes', {}).values():
        names.extend(shape.get('members', {}))
    return names
