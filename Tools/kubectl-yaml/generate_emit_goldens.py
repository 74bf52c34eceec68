#!/usr/bin/env python3
"""Records how the real kubectl v1.32.4 prints YAML, as golden fixtures for the emitter tests.

Each case is an unstructured object (kind Foo) fed to `kubectl label --local -f FILE -o json`
and `-o yaml`, which needs no server. The test parses kubectl's JSON, emits it with KubeYAML and
compares with kubectl's YAML byte for byte. Run with KUBECONFIG=/nonexistent; rerun only to
refresh the fixtures (they are real tool output and are committed).
"""
import json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "YAMLCodingTests", "Fixtures", "emit_goldens.json")


def string_cases():
    cases = []
    punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    for p in punct:
        cases += [p, p + "abc", "abc" + p, "ab" + p + "c", "ab " + p + " c", p + " abc", "abc " + p, p + p]
    cases += ["80", "0", "-1", "+1", "1.5", "1e3", "1E3", ".5", "5.", "0x1F", "0X1f", "0o17", "0b101", "0777",
              "08", "09.5", "1_000", "1:30", "-1:30", "+1:30", "1:70", "12:30:45", "1:30.5", "1_0:30", ".inf", "-.inf",
              "+.inf", ".Inf", ".nan", ".NaN", "NaN", "Infinity", "inf", "1e400", "-1e400", "1e-400",
              "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
              "-9223372036854775808", "-9223372036854775809", "0x", "0.", "+.5", "-.5", "1,000", "1.2.3", "1e",
              "e3", "0b", "-0b101", "0xG", "0x_1F", "1__0", "_1", "1_", "+", "-", "+-1", "00", "-0", "0.0",
              "1.0e+3", "1.e3", ".e3", "1e+", "0b102", "0o8", "12e3", "12.5e-3", "3.14159265358979323846"]
    cases += ["y", "Y", "yes", "Yes", "YES", "yEs", "n", "N", "no", "No", "NO", "nO", "true", "True", "TRUE",
              "tRUE", "false", "False", "FALSE", "on", "On", "ON", "oN", "off", "Off", "OFF", "null", "Null",
              "NULL", "nULL", "~", "~x", "x~", "yes please", "t", "f", "o", "True story", "<<", "=", "<", "<<<"]
    cases += ["2026-01-01", "2026-1-1", "2026-01-01T00:00:00Z", "2026-01-01t00:00:00Z", "2026-01-01T00:00:00",
              "2026-01-01 00:00:00", "2026-01-01  00:00:00", "2026-01-01T00:00:00.123Z", "2026-01-01T00:00:00.123456789012Z",
              "2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00-05:30", "2026-01-01T00:00:00+1:00", "2026-01-01T00:00:00+0100",
              "2026-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "2026-13-01", "2026-00-01", "2026-01-00",
              "2026-01-32", "2026-04-31", "26-01-01", "20260-01-01", "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z",
              "2026-01-01T23:60:00Z", "2026-01-01 10:00:00 +01:00", "2026-01-01T10:00:00,5Z", "2026-01-01T1:2:3Z",
              "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00z", "2026-01-01 10:00:00.5", "2026-01-01 10:00",
              "2026-01-01T10:00:00+25:00", "2026-01-01T10:00:00+24:60", "2026-1-1 1:2:3", "2026-01-01x", "2026-01-1",
              "2026-001-01", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2026-01-01T00:00:00Z07:00"]
    cases += [" a", "a ", " ", "  ", "a  b", "a \tb", "\ta", "a\t", "\t", "a\tb", " a b ", "a   ", "   a"]
    cases += ["a\nb", "a\nb\n", "a\nb\n\n", "\na", "\n", "\n\n", " a\nb", "a \nb", "a\n b", "a\r\nb", "a\rb",
              "a\n\tb", "a\nb ", "line1\nline2\nline3\n", "\n\na\n\n", "a\n\n\nb", "#!/bin/sh\necho hi\n",
              "key: value\nother: x\n", "- item\n- item2\n", "a\n" + "word " * 30 + "end\n", "a\u2028b", "a\u2029b",
              "a\u0085b", "tab\tin\nblock\n", "  indented\n  block\n", "\tx\ny", "x\n\ty", "trailing\n  ",
              "{\n  \"json\": true\n}\n", "a\n---\nb\n", "a\n...\nb"]
    cases += ["é", "日本語", "😀", "a😀", "😀 smile", "\u00a0", "a\u00a0b", "\u0085", "\u2028", "\u200b", "\ufeff",
              "x\ufeff", "\ufeffx y", "\u00ad", "e\u0301", "שלום", "Ωmega", "\ue000", "\ufffd", "\ufffe", "\uffff",
              "\U0010ffff", "\u00ff", "\u0100", "\ud7ff", "naïve café", "a\u00a0", "\u00a0a", "Ελληνικά κείμενο"]
    cases += [chr(c) for c in range(0, 32)] + ["x" + chr(c) + "y" for c in (0, 1, 7, 8, 9, 11, 12, 13, 27, 31)]
    cases += ["\x7f", "a\x7fb", "\x80", "\x9f", "\x85x"]
    cases += ["it's", "'quoted'", "\"dq\"", "back\\slash", "a'b\"c", "\\", "'", "\"", "''", "\"\"", "a\\nb",
              "C:\\Program Files\\x", "say \"hi\" now", "don't stop", "'a: b'"]
    cases += ["---", "...", "--- a", "... a", "----", "-- a", "- ", "- a", "-a", "? a", "?a", ": a", ":a", "a:",
              "a: b", "a:b", "a :b", "a : b", "# a", "a#b", "a #b", "a# b", "[a]", "{a}", "a,b", "a, b",
              "!tag", "&anchor", "*alias", "|", ">", "%", "@", "`", "a]", "a}", "a[", "a{", "http://x.y/z?q=1#f",
              "key=value", "a=b,c=d", "${VAR}", "$(cmd)", "a|b", "a>b", "x: y: z", "a:  b", "a:\tb", "a\t#b",
              "-1a", "-.", ".", "..", "-", "--", "?-", ":-", "a?", "a?b", "a ?b", "%TAG", "@at", "~/path"]
    cases += [""]
    # Long strings: folding at width 80 in several styles.
    words = ["a", "bb", "ccc", "dddd", "eeeee", "word", "longerword", "x" * 15]
    for n in range(60, 201, 7):
        for w in (words[(n // 7) % len(words)], "word"):
            s = ""
            while len(s) < n:
                s += w + " "
            s = s[:n]
            cases += [s, s.rstrip() + "x"]
        cases += ["x" * n, "a: " + ("word " * (n // 5)).strip(), ("word  " * (n // 6)).strip(),
                  "tab\t" + ("word " * (n // 5)).strip(), ("w" * 78) + " " + ("z" * (n - 79)),
                  " lead " + ("word " * (n // 5)).strip(), "'" + ("word " * (n // 5)).strip()]
    for pos in range(70, 90):
        cases += ["a" * pos + " " + "b" * 20, "a" * pos + "  " + "b" * 20, "a: " + "a" * (pos - 3) + " b c",
                  "\t" + "a" * (pos - 1) + " b  c", "a" * pos + " b", "a" * pos + " "]
    cases += ["word " * 40 + "\nsecond line " * 3, ("word " * 20) + "😀 " + ("word " * 10)]
    seen, out = set(), []
    for c in cases:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


def wrap(spec, name="a"):
    return {"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": name}, "spec": spec}


def string_object(s):
    # The same string as a value, inside a sequence, nested deeper, and as a key.
    return wrap({"v": s, "l": [s, [s], {"m": s}], "n": {"a": {"b": s}}, "k": {s: 1}})


def structural_cases():
    # go-yaml's key comparison is not transitive for some mixes of digits and letters ("1" <
    # "01" < "0a" < "1"); kubectl's order for those depends on Go's random map iteration, so only
    # key sets it orders consistently are recorded.
    keys = ['a10', 'a2', 'B', 'b', '_x', '10', '2', 'a001', 'é', 'Z', 'a-b', 'a.b', 'a_b', 'A1', '01', '001', '0',
            '00', 'x0y', 'x00y', 'a0', 'a00', 'a0b', 'a00b', 'ab', 'a', '', ' ', '-', '9', '99', '0a', 'a9z', 'a10z',
            '日本', 'x1.5', 'x1.10', 'v1', 'v10', 'v9', 'V2', 'image', 'Image']
    natural = ["a1", "a2", "a10", "v1", "v2", "v10", "1", "2", "10", "20", "x", "-", "b"]
    cases = [
        ("key-order", wrap({k: i for i, k in enumerate(keys)})),
        ("key-order-natural", wrap({k: i for i, k in enumerate(natural)})),
        ("long-json-keys", wrap({"k" * 1021: 1})),
        ("too-long-json-key", wrap({"k" * 1023: 1})),
        ("too-long-escaped-key", wrap({"<" * 200: 1})),
        ("nel-value-then-key", wrap({"v": "x\u0085y", "w": {"a\u0085b": 1}})),
        ("nel-value-only", wrap({"v": "x\u0085y\u0085z"})),
        ("nan-free-floats", wrap({"x": [1e-320, -0.0, 2.5]})),
        ("empties", wrap({"a": {}, "b": [], "c": None, "d": "", "e": [{}, [], None, ""], "f": [[]], "g": {"h": {}}})),
        ("nested-seqs", wrap({"a": [[1, 2], [[3]], [], [{"x": 1, "y": [1]}]], "b": [{"c": [{"d": [1, 2]}]}]})),
        ("numbers", wrap({"i": [0, 1, -1, 42, 2**31, 2**53, 2**63 - 1, -2**63], "f": [0.5, -0.5, 1.5, 0.1, 0.0001,
                          0.00001, 1e-7, 123456.7, 1234567.5, 1e20, 1e21, 1.5e300, 5e-324, 3.0, 1e19, 1.7976931348623157e308,
                          100000.5, 999999.9, 2.5e-5, 12345678901234567890.0, 0.30000000000000004]})),
        ("bools-nulls", wrap({"t": True, "f": False, "n": None, "l": [True, False, None]})),
        ("long-keys", wrap({"k" * 128: 1, "k" * 129: 2, "é" * 64: 3, "é" * 65: 4, "a\nb": 5, "multi\nline\n": {"x": 1},
                            ("long key " * 20): [1, 2], "k" * 130: {"x": 1}, "k" * 131: [{"a": 1}]})),
        ("deep", wrap(json.loads("{\"a\":" * 30 + "1" + "}" * 30))),
        ("deep-seq", wrap({"x": json.loads("[" * 20 + "\"deep " + "word " * 20 + "\"" + "]" * 20)})),
        ("deep-long", wrap(json.loads("{\"level\":" * 12 + json.dumps("word " * 30) + "}" * 12))),
        ("deep-literal", wrap(json.loads("{\"level\":" * 6 + json.dumps("line one\n  line two\nline three\n") + "}" * 6))),
        ("seq-of-literals", wrap({"l": ["a\nb\n", "a\nb", "a\n\n", " x\ny", ["a\nb"]]})),
    ]
    return cases


def run(obj):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(obj, f, ensure_ascii=False)
        path = f.name
    try:
        env = dict(os.environ, KUBECONFIG="/nonexistent")
        def k(fmt):
            p = subprocess.run(["kubectl", "label", "--local", "-f", path, "foo=bar", "-o", fmt],
                               capture_output=True, env=env)
            return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")
        jr, jout, jerr = k("json")
        yr, yout, yerr = k("yaml")
        return {"json": jout if jr == 0 else None, "yaml": yout if yr == 0 else None,
                "error": (yerr.strip() if yr != 0 else None), "jsonError": (jerr.strip() if jr != 0 else None)}
    finally:
        os.unlink(path)


def main():
    jobs = [("string %d" % i, s, string_object(s)) for i, s in enumerate(string_cases())]
    jobs += [(name, None, obj) for name, obj in structural_cases()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda j: run(j[2]), jobs))
    fixtures = []
    for (name, s, obj), r in zip(jobs, results):
        entry = {"name": name}
        if s is not None:
            entry["string"] = s
        entry.update({k: v for k, v in r.items() if v is not None})
        fixtures.append(entry)
    with open(OUT, "w") as f:
        json.dump(fixtures, f, ensure_ascii=True, indent=1)
    print(len(fixtures), "cases;", sum(1 for x in fixtures if "error" in x), "with kubectl errors")


if __name__ == "__main__":
    main()
