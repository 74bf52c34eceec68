"""Randomly built templates (seeded, so the same every run): pipelines of the builtins over the
fields of the `types` pod and the `pods` list, inside if/range/with, with arities mostly right
and sometimes wrong. They mostly fail, which is the point: errors are where engines differ."""
import random

FIELDS = [".", "$", ".status", ".status.int", ".status.float", ".status.list", ".status.nested", ".status.nothing",
          ".status.nope", ".status.unicode", ".status.strings", ".status.emptyMap", ".status.t", ".metadata.labels",
          ".metadata.name", ".spec.containers", ".status.huge", ".status.million", ".kind", "$x", "$i", "$v"]
LITERALS = ["0", "1", "-1", "2", "1.5", "1e3", "'a'", "\"a\"", "\"%v\"", "\"%d|%s\"", "\"%5.2f\"", "\"%q\"", "\"%x\"",
            "true", "false", "nil", "\"only\"", "\"int\"", "0x10", "1i"]
FUNCTIONS = ["len", "index", "slice", "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not", "print", "printf",
             "println", "html", "js", "urlquery", "exists", "base64decode", "call"]
ARITY = {"len": 1, "not": 1, "base64decode": 1, "ne": 2, "lt": 2, "le": 2, "gt": 2, "ge": 2, "eq": 2, "index": 2,
         "slice": 2, "printf": 2, "exists": 2}


def build(count, seed):
    rng = random.Random(seed)

    def operand(depth):
        r = rng.random()
        if r < 0.45:
            return rng.choice(FIELDS)
        if r < 0.75:
            return rng.choice(LITERALS)
        if depth < 2:
            return "(" + pipeline(depth + 1) + ")"
        return rng.choice(FIELDS)

    def command(depth):
        if rng.random() < 0.6:
            f = rng.choice(FUNCTIONS)
            n = ARITY.get(f, rng.randint(1, 3)) if rng.random() < 0.8 else rng.randint(0, 3)
            return " ".join([f] + [operand(depth) for _ in range(n)])
        return operand(depth)

    def pipeline(depth=0):
        commands = [command(depth)]
        while rng.random() < 0.25:
            f = rng.choice(FUNCTIONS)
            commands.append(" ".join([f] + [operand(depth) for _ in range(rng.randint(0, 2))]))
        return " | ".join(commands)

    def body(depth=0):
        parts = []
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.5 or depth > 1:
                parts.append("{{" + pipeline() + "}}")
            elif r < 0.65:
                otherwise = "{{else}}" + body(depth + 1) if rng.random() < 0.5 else ""
                parts.append("{{if " + pipeline() + "}}" + body(depth + 1) + otherwise + "{{end}}")
            elif r < 0.8:
                decl = rng.choice(["", "$x := ", "$i, $v := "])
                parts.append("{{range " + decl + rng.choice(FIELDS[:17]) + "}}" + body(depth + 1) + "{{end}}")
            elif r < 0.9:
                parts.append("{{with $x := " + pipeline() + "}}" + body(depth + 1) + "{{end}}")
            else:
                parts.append(rng.choice(["|", " ", "\n", "-"]))
        return "".join(parts)

    cases = []
    for i in range(count):
        template = "{{$x := 1}}{{$i := 0}}{{$v := .}}" + body()
        if i % 4 == 3:
            cases.append({"ns": "pods", "output": "go-template=" + template.replace(".status", ".items"),
                          "allowMissing": i % 8 != 3})
        else:
            cases.append({"ns": "types", "name": "types-1", "output": "go-template=" + template,
                          "allowMissing": i % 3 != 0})
    return cases
