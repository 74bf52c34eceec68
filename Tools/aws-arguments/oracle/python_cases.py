"""Goldens for the Python behaviour aws-cli's output depends on, taken from Python 3.13 (the
interpreter aws-cli 2.27.0 bundles) and aws-cli 2.27.0's own regexes.

Writes Fixtures/oracle/python.jsonl with records of kinds:
  charclass  - code-point ranges matched by each shorthand regex character class
  int/float  - int(s) / float(s): repr of the result or the ValueError text
  repr       - repr(s) for str, bytes, floats, nested values
  json       - json.loads(s, object_pairs_hook=OrderedDict): repr of the result or the error
  b64        - base64.b64decode(s): the bytes, or the exception type and text
"""
import base64
import binascii
import json
import re
import sys
from collections import OrderedDict

from awscli.shorthand import ShorthandParser
from common import write_fixture


def ranges(predicate):
    out = []
    start = None
    for cp in range(0x110000):
        ok = predicate(cp)
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append([start, cp - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out


def charclass_cases():
    cases = []
    for name, cls in [('start', ShorthandParser._START_WORD), ('first', ShorthandParser._FIRST_FOLLOW_CHARS),
                      ('second', ShorthandParser._SECOND_FOLLOW_CHARS)]:
        regex = re.compile('[' + cls + ']', re.UNICODE)
        cases.append({'kind': 'charclass', 'name': name,
                      'ranges': ranges(lambda cp: 0xD800 <= cp <= 0xDFFF or regex.fullmatch(chr(cp)) is not None)})
    cases.append({'kind': 'charclass', 'name': 'isspace', 'ranges': ranges(lambda cp: chr(cp).isspace())})
    return cases


INTS = ['0', '1', '-1', '+1', ' 12 ', '\t7\n', '1_000', '1__0', '_1', '1_', '00', '007', '-0', '1.0', '1e3', '',
        ' ', 'abc', '١٢٣', '\u00a012\u3000', '１２', '9223372036854775807', '9223372036854775808',
        '-9223372036854775809', '123456789012345678901234567890', '0x10', '٣x', '+', '-', '--1', '+-1', 'x' * 250,
        "it's", 'a"b', "'\"", '1\x00', 'é', '\u2028', '1 2', '²']
FLOATS = ['0', '1', '1.5', '-1.5', '+.5', '5.', '.', '1e5', '1E-5', '1e', '1e+', 'inf', '-Infinity', 'nan', 'NaN',
          ' 2.5 ', '1_0.5', '1__0', '_1', '1_', '1e1_0', '0x10', '1e400', '-1e400', '1e-400', 'abc', '', '١.٥',
          'infinityx', 'in', '1.2.3', '3.14159265358979323846', '1d5', '0.1', '100', '1e16', '1e15', '123456789.123']
REPRS = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\tnew\nret\r', '\x00\x07\x1b\x7f',
         '\x80\x9f\xa0\xad\xff', 'é日本', '\u200b\u200e\u2028\u2029\u3000', '\ue000', '\U0001F600', '\U000E0001',
         '\U0010FFFF', '\U0001D11E', '\ufeff', '\u0378', 'a\u0301']


def json_inputs():
    return ['{"a": 1}', '{"a": {"b": [1, 2.5, true, false, null]}}', '[]', '{}', '"x"', '1', '-0', '1.0', '1e2',
            '1E+2', '12345678901234567890', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', ' {"a":1} ',
            '{"a":1,"a":2,"b":3}', '{"a":1,}', '[1,]', '[1,,]', '{,}', '[,]', '{"a" 1}', '{"a":}', '{"a":1 "b":2}',
            '1 2', '{"a":1}x', '', ' ', '\ufeff{}', '{bad', '{"a":1', '[1,2', '"abc', '"a\\x"', '"\\u12"',
            '"\\uZZZZ"', '"\\ud800\\udc00"', '"\\u00e9"', '"a\x01"', '"tab\tin"', '{"a":1}\n\n', '\n{"a"\n:x}',
            "{'a':1}", '{"a":tru}', '{"a":nul}', '[-]', '[-x]', '[01]', '[1.]', '[1e]', '[.5]', '[+1]',
            '{"a":[1,2,{"b":null}]}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[1e400]', '[-1e400]', '{"":""}',
            '{"k":"' + 'v' * 10 + '"}', '1' * 4301, '1' * 4300]


B64 = ['', 'YQ==', 'YWI=', 'YWJj', 'YWJjZA==', 'YQ', 'YWI', 'Y', 'YWJjZ', 'Y W J j', 'YWJj\n', '!!YWJj!!',
       'YQ==YWJj', 'YQ=', 'Y===', '====', 'YW==', 'aGVsbG8gd29ybGQ=', 'é', 'YWJj é', '-_', 'YQ=\n=', 'YW=Jj']


def main():
    cases = charclass_cases()
    for s in INTS:
        try:
            cases.append({'kind': 'int', 'input': s, 'result': repr(int(s))})
        except ValueError as e:
            cases.append({'kind': 'int', 'input': s, 'error': str(e)})
    for s in FLOATS:
        try:
            cases.append({'kind': 'float', 'input': s, 'result': repr(float(s))})
        except ValueError as e:
            cases.append({'kind': 'float', 'input': s, 'error': str(e)})
    for s in REPRS:
        cases.append({'kind': 'repr', 'input': s, 'result': repr(s)})
    for s in json_inputs():
        try:
            value = json.loads(s, object_pairs_hook=OrderedDict)
            cases.append({'kind': 'json', 'input': s, 'result': repr(value)})
        except ValueError as e:
            cases.append({'kind': 'json', 'input': s, 'error': str(e)})
    for s in B64:
        try:
            cases.append({'kind': 'b64', 'input': s, 'result': list(base64.b64decode(s))})
        except binascii.Error as e:
            cases.append({'kind': 'b64', 'input': s, 'error': 'binascii.Error'})
        except ValueError as e:
            cases.append({'kind': 'b64', 'input': s, 'error': str(e)})
    write_fixture('python.jsonl', cases)


if __name__ == '__main__':
    sys.set_int_max_str_digits(4300)
    main()
