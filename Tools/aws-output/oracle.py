#!/usr/bin/env python3
"""Golden-output oracle for the AWSOutput tests (not part of the Swift build).

Reads one JSON document on stdin and prints it the way aws-cli prints a response:

    oracle.py json|text|table|yaml|yaml-stream [OperationName] [terminal-width]

json/text/table run the installed aws-cli's own formatter classes (awscli.formatter, v1; the
json/text/table code is the same in the v2 branch). yaml and yaml-stream need ruamel.yaml
(v2's installers pin ruamel.yaml 0.19.1 with ruamel.yaml.clib 0.2.15) and reproduce the
settings of v2's YAML formatter: a 'safe' YAML instance, default_flow_style False, no
encoding, compact JSON for a bare scalar, and for yaml-stream the page wrapped in a list.
Run those with an interpreter that has ruamel.yaml, e.g. a venv created with
--system-site-packages so that aws-cli is importable too.

The document is handed to the formatter as the result of a --query expression, the only way
a bare list or scalar reaches a formatter. An exception raised by a formatter is reported on
stderr as `EXC <type>: <message>`, after whatever had already been written to stdout.
"""
import argparse
import io
import json
import sys


class _Result:
    """Stands in for a compiled JMESPath expression whose result is the given document."""

    def __init__(self, data):
        self._data = data

    def search(self, _response):
        return self._data


def _yaml_dump(value, out):
    if value is None or isinstance(value, (int, float, bool, str)):
        json.dump(value, out, ensure_ascii=False)
        out.write('\n')
        return
    from ruamel.yaml import YAML

    yaml = YAML(typ='safe')
    yaml.encoding = None
    yaml.representer.default_flow_style = False
    yaml.dump(value, out)


def render(fmt, title, width, data):
    """Returns (stdout text, 'Type: message' or None)."""
    out = io.StringIO()
    try:
        if fmt == 'yaml':
            if data != {}:
                _yaml_dump(data, out)
        elif fmt == 'yaml-stream':
            if data != {}:
                _yaml_dump([data], out)
        else:
            import awscli.table
            from awscli.formatter import get_formatter

            awscli.table.determine_terminal_width = lambda default_width=80: width
            args = argparse.Namespace(query=_Result(data), color='off')
            get_formatter(fmt, args)(title, {}, out)
    except Exception as e:
        return out.getvalue(), '%s: %s' % (type(e).__name__, e)
    return out.getvalue(), None


def main():
    fmt = sys.argv[1]
    title = sys.argv[2] if len(sys.argv) > 2 else 'Operation'
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 80
    text, error = render(fmt, title, width, json.loads(sys.stdin.read()))
    sys.stdout.write(text)
    if error:
        sys.stderr.write('EXC %s\n' % error)
        sys.exit(3)


if __name__ == '__main__':
    main()
