"""Python 3.13's argparse, as aws-cli configures it, on seeded random command lines: the oracle
for Sources/AWSCLI/ArgParse (Tests/AWSCLITests/ArgParserTests.swift).

    /tmp/v2venv/bin/python Tools/aws-cli-oracle/argparse_cases.py

writes Tests/AWSCLITests/Fixtures/argparse.jsonl: for each parser spec and command line, the
namespace and leftover words, or the error message argparse reports.
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'Tests', 'AWSCLITests', 'Fixtures', 'argparse.jsonl')

# Specs: each action is [kind, option or dest, extra]; kinds mirror ArgAction's constructors.
SPECS = {
    'global': [
        ['flag', '--debug', {}],
        ['option', '--endpoint-url', {}],
        ['flag', '--no-verify-ssl', {'dest': 'verify_ssl', 'value': False}],
        ['flag', '--no-paginate', {'dest': 'paginate', 'value': False}],
        ['option', '--output', {'choices': ['json', 'text', 'table', 'yaml', 'yaml-stream']}],
        ['option', '--query', {}],
        ['option', '--profile', {}],
        ['option', '--region', {}],
        ['option', '--color', {'choices': ['on', 'off', 'auto']}],
        ['option', '--ca-bundle', {}],
        ['option', '--cli-read-timeout', {}],
        ['flag', '--no-cli-pager', {}],
        ['positional', 'command', {'choices': ['ecs', 'ec2', 'configure', 'help']}],
    ],
    'operation': [
        ['option', '--cluster', {}],
        ['option', '--services', {'nargs': '*', 'required': True}],
        ['option', '--include', {'nargs': '*'}],
        ['option', '--desired-count', {}],
        ['option', '--max-results', {'type': 'int'}],
        ['flag', '--force', {}],
        ['flag', '--no-force', {'dest': 'force', 'value': False}],
        ['option', '--cli-input-json', {}],
        ['option', '--max-items', {'type': 'int'}],
        ['option', '--generate-cli-skeleton', {'nargs': '?', 'const': 'input',
                                               'choices': ['input', 'output', 'yaml-input']}],
        ['positional', 'help', {'nargs': '?'}],
    ],
    'subcommand': [
        ['positional', 'subcommand', {'nargs': '?', 'choices': ['services-stable', 'tasks-running']}],
    ],
    'two-positionals': [
        ['positional', 'varname', {}],
        ['positional', 'value', {}],
    ],
}

WORDS = {
    'global': ['--debug', '--endpoint-url', 'http://x', '--no-verify-ssl', '--no-paginate', '--output', 'json', 'text',
               'yml', '--query', 'a[0]', '--profile', 'dev', '--region', 'us-east-1', '--color', 'on', '--c', '--no',
               '--no-p', '--out', '--cli', '--output=text', '--region=', '--ca', 'ecs', 'ec2', 'ecz', 'help', '-1',
               '-x', '--', 'list-clusters', '--cluster', 'demo', 'a b', '-', '--x=1', '--q', '--debug=1'],
    'operation': ['--cluster', 'demo', '--services', 'web', 'api', '--include', 'TAGS', '--desired-count', '-1', '3',
                  '--max-results', '10', 'ten', '--force', '--no-force', '--force=yes', '--cli-input-json', '{}',
                  '--max-items', '--max', '--generate-cli-skeleton', 'output', 'xml', '--gen', 'help', 'extra', '--',
                  '--bogus', '-5', '-2.5', '--services=a', '--inc', '--c', '--cl', 'x y', '-'],
    'subcommand': ['services-stable', 'tasks-running', 'service-stable', '--cluster', 'demo', 'help', '--', '-1',
                   '--x=y'],
    'two-positionals': ['region', 'us-east-1', 'extra', '--profile', 'dev', '--', '-1', '-x', 'a b'],
}


class Failure(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse with aws-cli's error and choice handling (`CLIArgParser`)."""

    def error(self, message):
        raise Failure(message)

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise argparse.ArgumentError(action, 'Invalid choice: %r' % value)


def build(spec):
    parser = Parser(add_help=False, conflict_handler='resolve', prog='aws')
    for kind, name, extra in spec:
        if kind == 'flag':
            kwargs = {'action': 'store_true' if extra.get('value', True) else 'store_false'}
            if 'dest' in extra:
                kwargs['dest'] = extra['dest']
            kwargs['default'] = None
            parser.add_argument(name, **kwargs)
        elif kind == 'option':
            kwargs = {}
            for key in ('nargs', 'const', 'choices', 'required'):
                if key in extra:
                    kwargs[key] = extra[key]
            if extra.get('type') == 'int':
                kwargs['type'] = int
            parser.add_argument(name, **kwargs)
        else:
            kwargs = {}
            for key in ('nargs', 'choices'):
                if key in extra:
                    kwargs[key] = extra[key]
            parser.add_argument(name, **kwargs)
    return parser


def run(spec_name, argv):
    parser = build(SPECS[spec_name])
    try:
        namespace, extras = parser.parse_known_args(argv)
    except Failure as e:
        return {'error': str(e)}
    except argparse.ArgumentError as e:
        return {'error': str(e)}
    values = {}
    for key, value in vars(namespace).items():
        if value is None:
            continue
        if isinstance(value, bool):
            values[key] = value
        elif isinstance(value, list):
            values[key] = [str(v) for v in value]
        else:
            values[key] = str(value) if not isinstance(value, int) else str(value)
    return {'namespace': values, 'extras': extras}


def main():
    rng = random.Random(20261127)
    cases = []
    for spec_name, words in WORDS.items():
        seen = set()
        for _ in range(400):
            argv = [rng.choice(words) for _ in range(rng.randint(0, 6))]
            key = tuple(argv)
            if key in seen:
                continue
            seen.add(key)
            cases.append({'spec': spec_name, 'argv': argv, 'result': run(spec_name, argv)})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(json.dumps({'specs': SPECS}) + '\n')
        for case in cases:
            f.write(json.dumps(case) + '\n')
    print(OUT, len(cases))


if __name__ == '__main__':
    main()
