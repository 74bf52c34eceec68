"""Label and field selectors as the API server evaluates them for LIST requests.

Label selectors: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`, comma-separated (AND).
Field selectors: `path=v`, `path==v`, `path!=v`, comma-separated (AND), with `\\,` `\\=` `\\\\`
escapes. A field path is looked up as dotted keys (`metadata.name`, `involvedObject.uid`,
`spec.nodeName`, `status.phase`, `type`); a missing field compares as "". The real server only
allows a fixed set of paths per resource; this fake allows any, which is enough for an oracle.
"""


def _split_top(s, sep=","):
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def parse_label_selector(s):
    reqs = []
    for term in _split_top(s.strip()):
        t = term.strip()
        if not t:
            continue
        for op in (" notin ", " in "):
            if op in t:
                key, vals = t.split(op, 1)
                vals = vals.strip()
                if not (vals.startswith("(") and vals.endswith(")")):
                    raise ValueError(f"unable to parse requirement: {t}")
                reqs.append((key.strip(), op.strip(), [v.strip() for v in vals[1:-1].split(",") if v.strip()]))
                break
        else:
            if "!=" in t:
                k, v = t.split("!=", 1)
                reqs.append((k.strip(), "!=", [v.strip()]))
            elif "==" in t:
                k, v = t.split("==", 1)
                reqs.append((k.strip(), "=", [v.strip()]))
            elif "=" in t:
                k, v = t.split("=", 1)
                reqs.append((k.strip(), "=", [v.strip()]))
            elif t.startswith("!"):
                reqs.append((t[1:].strip(), "!exists", []))
            else:
                reqs.append((t, "exists", []))
    return reqs


def matches_labels(reqs, labels):
    for key, op, vals in reqs:
        has = key in labels
        val = labels.get(key)
        if op == "=" and not (has and val == vals[0]):
            return False
        if op == "!=" and has and val == vals[0]:
            return False
        if op == "in" and not (has and val in vals):
            return False
        if op == "notin" and has and val in vals:
            return False
        if op == "exists" and not has:
            return False
        if op == "!exists" and has:
            return False
    return True


def _split_escaped(s, sep):
    parts, cur, i = [], "", 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            cur += s[i:i + 2]
            i += 2
            continue
        if ch == sep:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    parts.append(cur)
    return parts


def _unescape(s):
    out, i = "", 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out += s[i + 1]
            i += 2
        else:
            out += s[i]
            i += 1
    return out


def parse_field_selector(s):
    reqs = []
    if not s.strip():
        return reqs
    for term in _split_escaped(s, ","):
        if not term:
            continue
        for op in ("!=", "==", "="):
            idx = term.find(op)
            if idx >= 0:
                reqs.append((term[:idx].strip(), "!=" if op == "!=" else "=", _unescape(term[idx + len(op):])))
                break
        else:
            raise ValueError(f"invalid selector: '{s}'; can't understand '{term}'")
    return reqs


def field_value(obj, path):
    cur = obj
    for part in path.split("."):
        if not isinstance(cur, dict):
            return ""
        cur = cur.get(part)
    if cur is None:
        return ""
    if isinstance(cur, bool):
        return "true" if cur else "false"
    return str(cur)


def matches_fields(reqs, obj):
    for path, op, want in reqs:
        have = field_value(obj, path)
        if op == "=" and have != want:
            return False
        if op == "!=" and have == want:
            return False
    return True
