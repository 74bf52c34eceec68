"""Runs aws-cli 2.27.0 in-process on one command line and records what it did.

The CLI runs as it would on an EC2 instance in us-east-1 with an instance role: the instance
metadata service is replaced by stubs that give the region and role credentials (Shipyard's
learner shell is modelled the same way). HTTP is replaced too: a `before-send` handler answers
each request with the next canned wire response of the case, so botocore parses real response
bodies. `time.sleep` is recorded instead of slept (waiters, retries). Nothing leaves the
machine.

A case is a dict:
    argv       the arguments after `aws`
    env        extra environment variables (optional)
    files      {path relative to HOME: text} present before the run (optional)
    stdin      text on standard input (optional; empty otherwise)
    responses  [{"status": 200, "body": {...}}, ...] answered in order (optional);
               {"connect_error": true} makes the request fail to connect

The result adds: rc, stdout, stderr, calls ([{"operation", "params"}]: the operation input as
botocore received it, before idempotency tokens are filled), sleeps, and `files` as they are
after the run (for `aws configure set`).
"""
import base64
import contextlib
import gzip
import io
import json
import os
import shutil
import sys

V1_DATA = '/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data'
ROOT = '/tmp/awscli-oracle'
DATA = ROOT + '/data'
HOME = ROOT + '/home'
ACCESS_KEY = 'ASIAQ3EGSHIPYARD7EXM'
SECRET_KEY = 'shipyard/instance/role/secret/key/example'


def prepare_data(services):
    """botocore 1.43.11's models (the ones Tools/aws-models reads) ahead of v2's own."""
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


def _data_path():
    # awscli's own data directory (cli.json) follows ours, as awscli/__init__ would arrange.
    import awscli
    return os.pathsep.join([DATA, os.path.join(os.path.dirname(awscli.__file__), 'data')])


BASE_ENV = {
    'AWS_PAGER': '',
    'HOME': HOME,
    'COLUMNS': '80',
    'LINES': '24',
}


class _Raw:
    def __init__(self, body):
        self._body = body

    def stream(self, **kwargs):
        yield self._body


def _plain(value):
    """A botocore parameter value as JSON (bytes tagged, datetimes as ISO text)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return {'$bytes': base64.b64encode(value).decode()}
    if hasattr(value, 'isoformat'):
        return {'$datetime': value.isoformat()}
    return value


def _install_stubs(state):
    import botocore.utils
    import awscli.utils

    def region(self):
        return 'us-east-1'

    def role_credentials(self):
        return {
            'role_name': 'shipyard-learner',
            'access_key': ACCESS_KEY,
            'secret_key': SECRET_KEY,
            'token': 'shipyard-session-token',
            'expiry_time': '2099-01-01T00:00:00Z',
        }

    awscli.utils.InstanceMetadataRegionFetcher.retrieve_region = region
    botocore.utils.InstanceMetadataFetcher.retrieve_iam_role_credentials = role_credentials

    import time

    def sleep(seconds):
        state['sleeps'].append(seconds)

    time.sleep = sleep


def _original_doc_overview():
    import awscli.customizations.generatecliskeleton as skeleton
    return skeleton.get_shape_doc_overview


_doc_overview = None


def _read_files():
    found = {}
    for directory, _, names in os.walk(HOME):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, 'rb') as f:
                found[os.path.relpath(path, HOME)] = f.read().decode('utf-8', 'replace')
    return found


def run(case):
    from awscli.clidriver import AWSCLIEntryPoint, create_clidriver
    global _doc_overview
    if _doc_overview is None:
        _doc_overview = _original_doc_overview()
    from botocore.awsrequest import AWSResponse
    from botocore.exceptions import EndpointConnectionError

    shutil.rmtree(HOME, ignore_errors=True)
    os.makedirs(HOME)
    for name, content in (case.get('files') or {}).items():
        path = os.path.join(HOME, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(content.encode('utf-8'))
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    for key in list(os.environ):
        if key.startswith('AWS_'):
            del os.environ[key]
    os.environ.update(BASE_ENV)
    os.environ['AWS_DATA_PATH'] = _data_path()
    os.environ.update(case.get('env') or {})
    os.chdir(HOME)
    state = {'sleeps': [], 'calls': [], 'responses': list(case.get('responses') or [])}
    _install_stubs(state)
    import awscli.customizations.generatecliskeleton as skeleton
    # Shipyard's models carry no documentation: `no_docs` cases show what aws-cli prints for
    # members without any (the yaml-input skeleton's comments are otherwise doc sentences).
    skeleton.get_shape_doc_overview = (lambda shape: '') if case.get('no_docs') else _doc_overview

    def capture(params, model, **kwargs):
        # Kept only if the request is actually sent (validation may still reject it).
        state['pending'] = {'operation': model.name, 'params': _plain(params)}

    def answer(request, **kwargs):
        if state.get('pending'):
            state['calls'].append(state.pop('pending'))
        if not state['responses']:
            raise RuntimeError('no canned response left for %s' % request.url)
        response = state['responses'].pop(0)
        if response.get('connect_error'):
            raise EndpointConnectionError(endpoint_url=request.url)
        body = json.dumps(response.get('body', {})).encode('utf-8')
        headers = {'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': 'shipyard-oracle'}
        headers.update(response.get('headers') or {})
        return AWSResponse(request.url, response.get('status', 200), headers, _Raw(body))

    saved_argv0 = sys.argv[0]
    sys.argv[0] = 'aws'  # argparse's prog, printed in `aws: error: ...`
    try:
        err, out = io.StringIO(), io.StringIO()
        saved_stdin = sys.stdin
        sys.stdin = io.StringIO(case.get('stdin') or '')
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                # `aws` itself: AWSCLIEntryPoint (auto-prompt resolution, its error handlers)
                # around the driver, with the stubs registered on the driver's session.
                try:
                    driver = create_clidriver(list(case['argv']))
                except Exception:
                    driver = None
                if driver is not None:
                    driver.session._events.register_first('before-parameter-build', capture)
                    driver.session.register('before-send', answer)
                rc = AWSCLIEntryPoint(driver).main(list(case['argv']))
            except SystemExit as e:
                rc = e.code
    finally:
        sys.stdin = saved_stdin
        sys.argv[0] = saved_argv0
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    result = dict(case)
    result.update({
        'rc': rc,
        'stdout': out.getvalue(),
        'stderr': err.getvalue(),
        'calls': state['calls'],
        'sleeps': state['sleeps'],
        'files_after': _read_files(),
        'unused_responses': len(state['responses']),
    })
    return result


if __name__ == '__main__':
    prepare_data(['ecs'])
    print(json.dumps(run({'argv': sys.argv[1:], 'responses': [{'body': {}}] * 3}), indent=1))
