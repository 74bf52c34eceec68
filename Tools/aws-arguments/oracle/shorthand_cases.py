"""Goldens for ShorthandParser: aws-cli 2.27.0's own awscli.shorthand run on generated inputs.

Writes Fixtures/oracle/shorthand.jsonl: one {"input", "result"} or {"input", "error", "kind"} a line.
Inputs: hand-picked grammar cases, every string of up to three characters over a small alphabet of
the grammar's significant characters (with and without a leading "a="), and seeded random
grammar-shaped and character-soup inputs.
"""
import itertools
import random
import sys

from awscli import shorthand
from common import plain, write_fixture

SEEDS = [
    'a=b', 'a=b,c=d', 'a=b,c', 'a=b,c,d=e', 'foo=a,b,c=d,e=f', 'a=', 'a=,b=', '=b', 'a', '',
    ' ', '  a  =  b  ', 'a = b , c = d', 'a=b ', 'a=b c', 'a=b  ,  c', 'a=[]', 'a=[b]', 'a=[b,c]',
    'a=[ b , c ]', 'a=[b,[c,d]]', 'a=[{b=c},{d=e}]', 'a={}', 'a={b=c}', 'a={b=c,d=e}', 'a={b=[c,d]}',
    'a={b={c=d}}', 'a={ b = c , d = e }', "a='b'", 'a="b"', "a='b,c'", 'a="b,c"', "a='b\\'c'",
    'a="b\\"c"', "a='b\\\\c'", 'a="b\\\\\\"c"', "a='b", 'a="b', "a=b'c", 'a=b"c', "a=b,'c'",
    'a=b,"c,d"', "a=b,'c", 'a=b\\,c', 'a=b\\,c,d', 'a=\\,', 'a=b\\', 'a=b\\\\,c', 'a=[b\\,c]',
    'a={b=c\\,d}', 'a=b,c=d,a=e', 'a=b,a=c', 'a={b=c,b=d}', 'a=b,,c=d', 'a=b,', 'a=b, ', 'a=b,c=',
    'a==b', 'a=b=c', 'a=b,c=d=e', 'a-b_c.d#e/f:g=h', 'a b=c', 'a=b\nc=d', 'a=b,\nc=d', 'a=b,\nc==d',
    'a=b,c=d\n', '\na=b', 'a=[b,\nc', 'a=[', 'a=[b', 'a=[b,', 'a={', 'a={b', 'a={b=', 'a={b=c',
    'a={b=c,', 'a=]', 'a=}', 'a=[b]c', 'a={b=c}d', 'a=[b] ,c=d', 'a={b=c} , d=e', 'a=[b]x=y',
    'a@=b', 'a @= b', 'a@b', 'a@', 'a={b@=c}', 'a=b@c', 'a=@b', 'a=b,@c', 'a=é', 'é=a', 'a=日本',
    'a=\u3000b\u3000', 'a=b\u00a0', 'a=\u00a0b', 'a=b\u2028', 'a=😀', 'a=b😀c', 'a=[😀]', "a='😀'",
    'a=\tb', 'a=b\t', 'a=b\x1c', 'a=\x1cb', 'a=\x01', 'a=b\x01c', 'a=b\x0b', 'a=[b\x0bc]',
    'a=[b c]', 'a=[ ]', 'a=[,]', 'a=[b,]', 'a=[,b]', 'a={,}', 'a={=b}', 'a={b=,c=}', 'a=[[]]',
    'a=[[],[]]', 'a=[{}]', 'a=[{},{}]', 'a={b=[]}', 'a={b={}}', 'a=[{b=[{c=d}]}]',
    "a=['b','c']", 'a=["b","c"]', "a={b='c,d'}", "a=b,'c,d',e", 'a=b,"c",d=e', "a='',b=''",
    'a=""', "a=''", "a='''", 'a="""', "a='\\''", 'a="\\""', "a='\\\\'", 'a="\\\\"', "a='a\\'b'c'",
    "a='a\\'b\\'", 'a="a\\"b\\"', "a='x\\\\'y'", 'a=b,c,', 'a=b,c, ', 'a=b,c,d,', 'k=v,k2=[a,b],k3={x=y}',
    'Name=foo,Values=bar,baz', 'Name=foo,Values=[bar,baz]', 'Key=a,Value=b Key=c,Value=d',
    'awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}',
    'awsvpcConfiguration={subnets=[a,b],assignPublicIp=MAYBE',
    'deploymentCircuitBreaker={enable=true,rollback=true},maximumPercent=200,minimumHealthyPercent=100',
    'name=web,image=nginx,memory=512,essential=true,portMappings=[{containerPort=80}]',
    'a=[b,c]d', 'a=b]', 'a=b}', 'a={b=c]}', 'a=[b}', 'a=[{b=c]', 'a=b[c', 'a=b{c', 'a=b=c,d=e',
    'a=#b', 'a=!b', 'a=b!c', 'a=$b', 'a=%b', 'a=&b', 'a=(b)', 'a=*b', 'a=+b', 'a=-b', 'a=.b',
    'a=/b', 'a=:b', 'a=;b', 'a=<b', 'a=>b', 'a=?b', 'a=^b', 'a=_b', 'a=`b', 'a=|b', 'a=~b',
    'a=b;c', 'a=b<c', 'a=b>c', 'a=b^c', 'a=b|c', 'a=b~c', 'a=b`c', 'a=b,=c', 'a=b,c=[d,e],f=g',
    'a=b,c={d=e},f=g', 'a=b , c', 'a=b ,c', 'a=b, c', 'a=b\\, c', 'a=[b\\,c,d]', 'a=b\\,,c',
]

ALPHABET = ['a', '=', ',', '[', ']', '{', '}', ' ', "'", '"', '\\', '@', '\n']


def run(text):
    try:
        result = shorthand.ShorthandParser().parse(text)
    except shorthand.ShorthandParseSyntaxError as e:
        return {'input': text, 'error': str(e), 'kind': 'syntax'}
    except shorthand.DuplicateKeyInObjectError as e:
        return {'input': text, 'error': str(e), 'kind': 'duplicate'}
    except RecursionError as e:
        return {'input': text, 'error': 'RecursionError', 'kind': 'recursion'}
    return {'input': text, 'result': plain(result)}


def grammar_value(rng, depth):
    choice = rng.random()
    if depth > 2 or choice < 0.45:
        return scalar(rng)
    if choice < 0.6:
        return scalar(rng) + ',' + scalar(rng)
    if choice < 0.8:
        return '[' + ','.join(grammar_value(rng, depth + 1) for _ in range(rng.randint(0, 3))) + ']'
    return '{' + ','.join(key(rng) + '=' + grammar_value(rng, depth + 1) for _ in range(rng.randint(0, 3))) + '}'


def key(rng):
    return rng.choice(['a', 'b', 'Key', 'Value', 'x.y', 'k-1', 'n_2', 'p/q', 'r:s', 'h#', ''])


def scalar(rng):
    options = ['v', 'w x', 'y ', ' z', "'q,r'", '"s t"', 'u\\,v', '', 'é', '1', 'true', 'sg-1', "'\\''",
               '"\\\\"', 'a=b', 'c@d', '😀', '\u3000', '\t']
    return rng.choice(options)


def mutate(rng, text):
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op < 0.8:
            chars.insert(pos, rng.choice(ALPHABET + ['b', 'é', '\t', '\u3000', '😀']))
        elif chars:
            i = min(pos, len(chars) - 1)
            chars[i] = rng.choice(ALPHABET)
    return ''.join(chars)


def main():
    inputs = list(SEEDS)
    for n in range(1, 4):
        for combo in itertools.product(ALPHABET, repeat=n):
            inputs.append(''.join(combo))
    small = ['a', '=', ',', '[', ']', '{', '}', ' ', "'", '"', '\\']
    for n in range(1, 4):
        for combo in itertools.product(small, repeat=n):
            inputs.append('a=' + ''.join(combo))
    rng = random.Random(20250527)
    for _ in range(700):
        text = ','.join(key(rng) + rng.choice(['=', ' = ', '@=']) + grammar_value(rng, 0)
                        for _ in range(rng.randint(1, 3)))
        text = text.replace('@=', '=') if '@=' in text and rng.random() < 0.7 else text
        inputs.append(text)
        if rng.random() < 0.5:
            inputs.append(mutate(rng, text))
    seen = set()
    cases = []
    for text in inputs:
        if text in seen or 'file' in text:
            continue
        seen.add(text)
        cases.append(run(text))
    # Nesting depth: find where v2 runs out of Python recursion (outside the CLI's own stack).
    write_fixture('shorthand.jsonl', cases)


if __name__ == '__main__':
    sys.setrecursionlimit(1000)
    main()
