#!/usr/bin/env python3
"""Records how the real kubectl v1.32.4 reads manifests, as golden fixtures for the parser tests.

Each case is a file given to `kubectl label --local -f FILE foo=bar -o json` (no server needed;
objects are of an unknown kind, so kubectl keeps them unstructured and shows every value as it
decoded it). Recorded: kubectl's JSON objects, or its error line. The test parses the same text
with KubeYAML.parseDocuments, adds the label, and compares. Run with KUBECONFIG=/nonexistent.
"""
import json, os, subprocess, tempfile
from concurrent.futures import ThreadPoolExecutor

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "YAMLCodingTests", "Fixtures", "parse_goldens.json")
HEAD = "apiVersion: e.com/v1\nkind: Foo\nmetadata:\n  name: a\n"


def cases():
    out = []
    tokens = ["yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "y", "Y", "n", "N", "true", "True", "TRUE",
              "false", "null", "Null", "NULL", "~", "", "0777", "0x1F", "0X1f", "0o17", "0b101", "-0b101", "08", "09.5",
              "1e3", "1E3", "1.5e3", "1.", ".5", "-.5", "+.5", "+12", "-12", "1_000", "1__0", "0x_1F", "_1", "1:30",
              "190:20:30", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "NaN", "inf", "1e400", "1e-400",
              "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
              "18446744073709551615", "18446744073709551616", "123456789012345678901234567890", "0", "-0", "00",
              "0.0", "-0.0", "3.0", "0.1", "1234567.5", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
              "2001-12-14 21:59:43.10", "2002-12-14T10:00:00Z", "2026-13-01", "12:30", "a b", "a  b", "'single'",
              "\"double\"", "\"esc \\t \\u00e9 \\x41 \\U0001F600 \\n\"", "'it''s'", "\"\\0\"", "\"a\\\n  b\"",
              "plain # comment", "a#b", "!!str 123", "!!str yes", "!!int 0x10", "!!int \"12\"", "!!float 3",
              "!!float 1e3", "!!bool yes", "!!bool \"true\"", "!!null ~", "!!null \"\"", "!!timestamp 2001-12-14",
              "!custom value", "! 12", "!!binary aGVsbG8=", "!!binary \"aGVs\\nbG8=\"", "!!binary notbase64!",
              "!!int abc", "!!float abc", "!!bool 1", "!!null x", "!!timestamp abc", "!!int 2001-12-14",
              "!!map {a: 1}", "!!seq [1]", "!!str", "[]", "{}", "[1, two, 3.0, null, yes]", "{a: 1, b: [x, y]}",
              "[a, [b, [c]]]", "{a: {b: {c: d}}}", "<<", "'<<'", "=", "- a", "-a", "a:b", "http://x.y:80/z",
              "&anc value", "*undefined", "[a, b", "{a: 1", "\"unterminated", "'unterminated", "@at", "`tick",
              "%pct", "a: b", ": x", "? x", "|", ">", "0.30000000000000004", "1e21", "1e20", "100000.5", "5e-324",
              "[1.0, 2.5, 1e6]", "\"\\ud83d\\ude00\"", "\"\\uD800\"", "\"\\xZZ\""]
    for t in tokens:
        out.append(("value " + t, HEAD + "spec:\n  v: " + t + "\n"))
    keys = ["1", "1.5", "1.0", "1e6", "0.1", "true", "yes", "no", "y", "~", "null", "0x10", "0o10", "010", "2001-01-01",
            "\"quoted\"", "'1'", "-1", "9223372036854775808", ".inf", "-.inf", ".nan", "1e400", "!!str 1", "!!int 5",
            "[a]", "{a: 1}", "? complex", "\"multi\\nline\"", "<<", "'<<'", "on", "off", "1_0", "08", "+5"]
    for k in keys:
        out.append(("key " + k, HEAD + "spec:\n  " + k + ": v\n  other: 1\n"))
    blocks = {
        "literal": "spec:\n  v: |\n    line1\n    line2\n  w: 1\n",
        "literal-strip": "spec:\n  v: |-\n    line1\n    line2\n\n\n  w: 1\n",
        "literal-keep": "spec:\n  v: |+\n    line1\n    line2\n\n\n  w: 1\n",
        "literal-indent": "spec:\n  v: |2\n      indented\n    less\n",
        "literal-tabs": "spec:\n  v: |\n    a\tb\n    \tc\n",
        "folded": "spec:\n  v: >\n    folded\n    text\n\n    para\n      more indented\n    back\n",
        "folded-strip": "spec:\n  v: >-\n    a\n    b\n",
        "plain-multiline": "spec:\n  v: plain\n    continues\n\n    here\n",
        "dq-multiline": "spec:\n  v: \"dq\n    folded \\\n    escaped\"\n",
        "sq-multiline": "spec:\n  v: 'sq\n\n    para'\n",
        "comments": "# top\nspec: # trailing\n  # inner\n  v: 1 # after\n  w: 'x # not comment'\n",
        "anchors": "spec:\n  base: &b {x: 1, y: 2}\n  copy: *b\n  list: [&i 5, *i, *i]\n",
        "merge": "spec:\n  base: &b {x: 1, y: 2}\n  m:\n    <<: *b\n    y: 3\n",
        "merge-after": "spec:\n  base: &b {x: 1, y: 2}\n  m:\n    y: 3\n    <<: *b\n",
        "merge-seq": "spec:\n  a: &a {x: 1}\n  b: &b {x: 2, y: 2}\n  m:\n    <<: [*a, *b]\n    z: 3\n",
        "merge-inline": "spec:\n  m:\n    <<: {x: 1}\n    y: 2\n",
        "merge-bad": "spec:\n  m:\n    <<: 1\n",
        "merge-quoted": "spec:\n  m:\n    '<<': {x: 1}\n",
        "merge-tagged": "spec:\n  m:\n    !!merge <<: {x: 1}\n",
        "dup-keys": "spec:\n  a: 1\n  b: 2\n  a: 3\n",
        "dup-int-str": "spec:\n  1: int\n  \"1\": str\n",
        "self-alias": "spec:\n  a: &x [1, *x]\n",
        "alias-key": "spec:\n  k: &k name\n  *k : value\n",
        "alias-in-seq": "spec:\n  - &x a\n  - *x\n",
        "flow": "spec: {a: [1, 2, {b: c}], d: 'e', f: \"g\"}\n",
        "flow-multiline": "spec: {\n  a: 1,\n  b: [\n    2, 3,\n  ],\n}\n",
        "seq-indent": "spec:\n  list:\n  - a\n  - b\n  other:\n    - c\n    - d\n",
        "nested-seq": "spec:\n  l:\n  - - a\n    - b\n  - - c\n",
        "seq-of-maps": "spec:\n  l:\n  - name: a\n    v: 1\n  - name: b\n",
        "empty-values": "spec:\n  a:\n  b: ~\n  c: ''\n  d: []\n  e: {}\n",
        "doc-end": HEAD + "spec:\n  a: 1\n...\nignored: true\n",
        "directive": "%YAML 1.1\n---\n" + HEAD + "spec: {a: 1}\n",
        "tag-directive": "%TAG !e! tag:example.com,2000:\n---\n" + HEAD + "spec: {a: !e!foo 1}\n",
        "bom": "\ufeff" + HEAD + "spec: {a: 1}\n",
        "crlf": (HEAD + "spec:\n  a: 1\n  b: |\n    x\n    y\n").replace("\n", "\r\n"),
        "cr-only": HEAD + "spec:\n  a: \"x\ry\"\n",
        "no-final-newline": HEAD + "spec:\n  a: 1",
        "tabs-in-value": HEAD + "spec:\n  a: x\ty\n",
        "unicode": HEAD + "spec:\n  é: 日本語\n  emoji: 😀\n  nel: \"a\u0085b\"\n",
        "long-line": HEAD + "spec:\n  a: " + "word " * 100 + "\n",
        "deep": HEAD + "spec:\n  d: " + "[" * 50 + "]" * 50 + "\n",
        "json-like": HEAD + "spec: {\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}\n",
    }
    for name, body in blocks.items():
        out.append((name, body if body.startswith(("%", "\ufeff")) or "apiVersion" in body else HEAD + body))
    errors = {
        "err-map-in-value": "a: b: c\n",
        "err-map-in-value-line3": HEAD + "spec: b: c\n",
        "err-bad-indent": HEAD + "spec:\n  a: 1\n b: 2\n",
        "err-seq-indent": HEAD + "spec:\n  - a\n  b: c\n",
        "err-flow-seq": HEAD + "spec: [1, 2\nother: 1\n",
        "err-flow-map": HEAD + "spec: {a: 1\n",
        "err-unterminated-dq": HEAD + "spec: \"abc\n",
        "err-unterminated-sq": HEAD + "spec: 'abc\n",
        "err-tab-indent": HEAD + "spec:\n\ta: 1\n",
        "err-tab-after": HEAD + "spec:\n  a: 1\n\tb: 2\n",
        "err-unknown-alias": HEAD + "spec: *nope\n",
        "err-key-no-colon": HEAD + "spec:\n  a: 1\n  b\n  c: 2\n",
        "err-colon-missing-multiline-key": HEAD + "spec:\n  ? a\n  b\n",
        "err-bad-char": HEAD + "spec:\n  a: @x\n",
        "err-anchor-bad": HEAD + "spec: &\n",
        "err-block-in-flow": HEAD + "spec: [a, - b]\n",
        "err-dup-anchor-ok": HEAD + "spec: [&a 1, &a 2, *a]\n",
        "err-stray-close": HEAD + "spec: a]\n",
        "err-closing-brace": HEAD + "spec: }\n",
        "err-literal-bad-indent": HEAD + "spec:\n  v: |\n      deep\n    shallow\n",
        "err-double-doc-map": HEAD + "spec: 1\nspec:\n- x\n  y: 1\n",
        "err-control-char": HEAD + "spec: \"a\x7fb\"\n",
        "err-directive-bad": "%YAML 2.0\n---\n" + HEAD,
        "err-tag-undefined": HEAD + "spec: !x!y 1\n",
        "err-deep-error-line": HEAD + "spec:\n  a:\n    b:\n      c: 1\n     d: 2\n",
        "err-second-doc": HEAD + "spec: 1\n---\n" + HEAD + "spec: [\n",
        "err-sep-text": HEAD + "---foo\n" + HEAD,
        "err-sep-text2": HEAD + "--- x: 1\n",
        "err-json": "{a: 1}\n",
        "err-json-trailing": '{"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": "a"},}\n',
        "err-json-eof": '{"apiVersion": "e.com/v1"',
        "err-nan": HEAD + "spec: .nan\n",
        "err-null-key": HEAD + "spec:\n  ~: x\n",
        "err-uint-key": HEAD + "spec:\n  9223372036854775808: x\n",
    }
    out += list(errors.items())
    multi = {
        "multi-basic": HEAD + "spec: 1\n---\n" + HEAD.replace("name: a", "name: b") + "spec: 2\n",
        "multi-comment-sep": HEAD + "spec: 1\n--- # next\n" + HEAD.replace("name: a", "name: b") + "spec: 2\n",
        "multi-empty": "---\n---\n" + HEAD + "spec: 1\n---\n\n---\n# only comment\n---\nnull\n---\n~\n",
        "multi-leading-sep": "---\n" + HEAD + "spec: 1\n",
        "multi-trailing-space-sep": HEAD + "spec: 1\n---   \n" + HEAD.replace("name: a", "name: b") + "spec: 2\n",
        "multi-dots": HEAD + "spec: 1\n...\n---\n" + HEAD.replace("name: a", "name: b") + "spec: 2\n",
        "json-stream": json.dumps({"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": "a"}, "spec": {"x": 1.5, "y": [1, "a"]}}) + "\n" + json.dumps({"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": "b"}, "spec": {"z": None}}),
        "json-pretty": json.dumps({"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": "a"}, "spec": {"b": 1, "a": [1.0, 2.5e10, "x"], "c": {"é": "😀"}}}, indent=4, ensure_ascii=False),
        "json-after-space": "  \n\t" + json.dumps({"apiVersion": "e.com/v1", "kind": "Foo", "metadata": {"name": "a"}}),
    }
    out += list(multi.items())
    return out


def run(text):
    with tempfile.NamedTemporaryFile("wb", suffix=".yaml", delete=False) as f:
        f.write(text.encode("utf-8"))
        path = f.name
    try:
        env = dict(os.environ, KUBECONFIG="/nonexistent")
        p = subprocess.run(["kubectl", "label", "--local", "-f", path, "foo=bar", "-o", "json"], capture_output=True, env=env)
        out = p.stdout.decode("utf-8")
        objs, dec, i = [], json.JSONDecoder(), 0
        while True:
            while i < len(out) and out[i].isspace():
                i += 1
            if i >= len(out):
                break
            o, i = dec.raw_decode(out, i)
            objs.append(o)
        err = p.stderr.decode("utf-8").strip().replace(path, "FILE")
        return {"objects": out, "count": len(objs), "error": err or None}
    finally:
        os.unlink(path)


def main():
    cs = cases()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: run(c[1]), cs))
    fixtures = []
    for (name, text), r in zip(cs, results):
        entry = {"name": name, "text": text, "kubectlJSON": r["objects"], "count": r["count"]}
        if r["error"]:
            entry["error"] = r["error"]
        fixtures.append(entry)
    with open(OUT, "w") as f:
        json.dump(fixtures, f, ensure_ascii=True, indent=1)
    print(len(fixtures), "cases;", sum(1 for x in fixtures if "error" in x), "with errors")


if __name__ == "__main__":
    main()
