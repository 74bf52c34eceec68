#!/usr/bin/env python3
"""The enum lists an API server adds to its OpenAPI documents, worked out from the Go source of
k8s.io/api (see README.md in this folder).

The documents checked into kubernetes/kubernetes leave out what openapi-gen derives from `+enum`
string types: the `enum` list of a field of such a type (or of its items, or map values) and,
for a field of the type itself, the "Possible enum values" paragraph at the end of its
description. This module reads the Go declarations (structs and their json names, `+enum` types,
their constants and the constants' doc comments) and adds both, following the rules of
kube-openapi's generator:

- a field whose type is an enum type, or a pointer to one, gets `enum` (the values sorted) and
  its description gains "\\n\\nPossible enum values:" and one line per value, `` - `"v"` comment``,
  the comment with the constant's name taken off its front and its whitespace collapsed, the
  lines sorted;
- with `elements` (kube-openapi since 2023), a slice's items or a map's values of an enum type
  get `enum` too (no description there);
- with `dedupe` (kube-openapi since 2024), constants of equal value count once, the one with the
  longer comment kept.

A Kubernetes 1.32 server runs a generator that does both.
"""
import os
import re

GO_STRING = r'"((?:[^"\\]|\\.)*)"'
TYPED_CONST = re.compile(r'^(\w+)\s+([\w.]+)\s*=\s*' + GO_STRING + r'\s*(?://.*)?$')
CONVERTED_CONST = re.compile(r'^(\w+)\s*=\s*([\w.]+)\(' + GO_STRING + r'\)\s*(?://.*)?$')
ALIAS_CONST = re.compile(r'^(\w+)\s*(?:[\w.]+\s*)?=\s*(\w+)\s*(?://.*)?$')
STRING_TYPE = re.compile(r'^type\s+(\w+)\s+string\s*(?://.*)?$')
TYPE_ALIAS = re.compile(r'^type\s+(\w+)\s*=\s*([\w.]+)\s*(?://.*)?$')
STRUCT_START = re.compile(r'^type\s+(\w+)\s+struct\s*\{\s*$')
FIELD = re.compile(r'^\t(\w+)\s+([^\s`]+)\s*`([^`]*)`')
EMBEDDED = re.compile(r'^\t(\*?[\w.]+)\s*`([^`]*)`')
IMPORT_LINE = re.compile(r'^\s*(?:(\w+)\s+)?"([^"]+)"\s*$')
JSON_TAG = re.compile(r'json:"([^"]*)"')


def go_unquote(text):
    return bytes(text, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def comment_text(lines):
    """The text of a run of `//` lines as go/ast's CommentGroup.Text gives it."""
    out = []
    for line in lines:
        body = line.strip()[2:]
        if body.startswith(" "):
            body = body[1:]
        out.append(body.rstrip())
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return out


class Package:
    def __init__(self, path):
        self.path = path          # import path, k8s.io/api/core/v1
        self.structs = {}         # name -> [(json name or None for inline, go type, imports)]
        self.enum_types = set()   # names of `+enum` string types
        self.constants = []       # (name, qualified type, value, comment lines, imports)
        self.aliases = []         # (name, name of the constant it repeats, comment lines)
        self.type_aliases = {}    # name -> (go type, imports) for `type A = B`


def parse_file(package, text):
    lines = text.split("\n")
    imports = {}
    comment = []          # the `//` lines just above the current line
    i = 0
    in_const = False
    in_import = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("//"):
            comment.append(line)
            i += 1
            continue
        doc = comment_text(comment)
        comment = []
        if in_import:
            if stripped == ")":
                in_import = False
            else:
                match = IMPORT_LINE.match(line)
                if match:
                    alias = match.group(1) or match.group(2).split("/")[-1]
                    imports[alias] = match.group(2)
        elif stripped == "import (":
            in_import = True
        elif stripped.startswith("import "):
            match = IMPORT_LINE.match(stripped[len("import "):])
            if match:
                alias = match.group(1) or match.group(2).split("/")[-1]
                imports[alias] = match.group(2)
        elif in_const:
            if stripped == ")":
                in_const = False
            else:
                add_constant(package, stripped, doc, imports)
        elif stripped == "const (":
            in_const = True
        elif stripped.startswith("const "):
            add_constant(package, stripped[len("const "):], doc, imports)
        elif STRING_TYPE.match(stripped):
            name = STRING_TYPE.match(stripped).group(1)
            if any(entry.strip() == "+enum" or entry.strip().startswith("+enum=") for entry in doc):
                package.enum_types.add(name)
        elif TYPE_ALIAS.match(stripped):
            match = TYPE_ALIAS.match(stripped)
            package.type_aliases[match.group(1)] = (match.group(2), imports)
        elif STRUCT_START.match(line):
            name = STRUCT_START.match(line).group(1)
            fields = []
            i += 1
            while i < len(lines) and lines[i] != "}":
                member = lines[i]
                match = FIELD.match(member)
                embedded = EMBEDDED.match(member)
                if match:
                    tag = JSON_TAG.search(match.group(3))
                    json_name = tag.group(1).split(",")[0] if tag else match.group(1)
                    inline = tag is not None and "inline" in tag.group(1).split(",")[1:]
                    if json_name != "-":
                        fields.append((None if inline and not json_name else json_name, match.group(2), imports))
                elif embedded:
                    tag = JSON_TAG.search(embedded.group(2))
                    json_name = tag.group(1).split(",")[0] if tag else ""
                    if json_name != "-":
                        fields.append((json_name or None, embedded.group(1), imports))
                i += 1
            package.structs[name] = fields
        i += 1


def add_constant(package, spec, doc, imports):
    match = TYPED_CONST.match(spec) or CONVERTED_CONST.match(spec)
    if match:
        package.constants.append((match.group(1), match.group(2), go_unquote(match.group(3)), doc, imports))
    elif ALIAS_CONST.match(spec):
        # `ServiceExternalTrafficPolicyTypeLocal = ServiceExternalTrafficPolicyLocal`: the same
        # constant again under another name (resolved once the whole package is read).
        match = ALIAS_CONST.match(spec)
        package.aliases.append((match.group(1), match.group(2), doc))


def qualify(package_path, go_type, imports):
    """`Protocol` or `v1.Protocol` → (import path, name)."""
    if "." in go_type:
        alias, name = go_type.split(".", 1)
        return imports.get(alias, alias), name
    return package_path, go_type


def schema_name(package_path, name):
    """k8s.io/api/core/v1 + Pod → io.k8s.api.core.v1.Pod, as the documents name schemas."""
    host, *rest = package_path.split("/")
    return ".".join(list(reversed(host.split("."))) + rest + [name])


class Enums:
    """`+enum` types and their values, from the k8s.io/api source tree at `root`."""

    def __init__(self, root, dedupe=True, elements=True):
        self.dedupe = dedupe
        self.elements = elements
        self.packages = {}
        for directory, _, files in sorted(os.walk(root)):
            sources = [name for name in sorted(files) if name.endswith(".go") and not name.endswith("_test.go")]
            if not sources:
                continue
            path = "k8s.io/api/" + os.path.relpath(directory, root).replace(os.sep, "/")
            package = Package(path)
            for name in sources:
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    parse_file(package, handle.read())
            known = {constant[0]: constant for constant in package.constants}
            for name, target, doc in package.aliases:
                if target in known:
                    _, go_type, value, _, imports = known[target]
                    package.constants.append((name, go_type, value, doc, imports))
            self.packages[path] = package
        self.values = {}  # (import path, type name) -> [(name, value, comment)]
        for package in self.packages.values():
            for name in package.enum_types:
                self.values[(package.path, name)] = []
        for package in self.packages.values():
            for name, go_type, value, doc, imports in package.constants:
                key = self.resolve(package.path, go_type, imports)
                if key in self.values:
                    self.add(self.values[key], (name, value, " ".join(doc)))

    def resolve(self, package_path, go_type, imports):
        """(import path, name) of a type, through `type A = B` aliases."""
        key = qualify(package_path, go_type, imports)
        seen = set()
        while key not in seen:
            seen.add(key)
            package = self.packages.get(key[0])
            if package is None or key[1] not in package.type_aliases:
                break
            target, target_imports = package.type_aliases[key[1]]
            key = qualify(key[0], target, target_imports)
        return key

    def add(self, values, entry):
        if self.dedupe:
            for index, existing in enumerate(values):
                if existing[1] == entry[1]:
                    if len(existing[2]) < len(entry[2]) or (len(existing[2]) == len(entry[2]) and existing[2] > entry[2]):
                        values[index] = entry
                    return
        values.append(entry)

    def sorted_values(self, key):
        return sorted((value for _, value, _ in self.values[key]), key=go_quote)

    def description_lines(self, key):
        lines = []
        for name, value, comment in self.values[key]:
            text = comment.strip()
            if text.startswith(name):
                text = text[len(name):]
            text = re.sub(r"\s+", " ", text.strip())
            lines.append(f" - `{go_quote(value)}` {text}")
        return ["Possible enum values:"] + [line.rstrip(" ") for line in sorted(lines)]

    def fields(self, package_path, struct):
        """(json name, go type, imports) of a struct's fields, inline members flattened."""
        package = self.packages.get(package_path)
        if package is None or struct not in package.structs:
            return []
        out = []
        for json_name, go_type, imports in package.structs[struct]:
            if json_name is None:
                embedded_path, embedded = qualify(package_path, go_type.lstrip("*"), imports)
                out.extend(self.fields(embedded_path, embedded))
            else:
                out.append((json_name, go_type, imports))
        return out

    def enum_fields(self):
        """schema name -> {json name: (where, enum key)}, where is "field", "items" or "values"."""
        out = {}
        for package in self.packages.values():
            for struct in package.structs:
                found = {}
                for json_name, go_type, imports in self.fields(package.path, struct):
                    where, element = "field", go_type
                    if element.startswith("*"):
                        element = element[1:]
                    elif element.startswith("[]"):
                        where, element = "items", element[2:].lstrip("*")
                    elif element.startswith("map[string]"):
                        where, element = "values", element[len("map[string]"):].lstrip("*")
                    key = self.resolve(package.path, element, imports)
                    if key in self.values and (where == "field" or self.elements):
                        found[json_name] = (where, key)
                if found:
                    out[schema_name(package.path, struct)] = found
        return out

    def apply(self, schemas):
        """Adds the enum lists and paragraphs to a document's schemas in place; returns how many fields."""
        count = 0
        table = self.enum_fields()
        for name, schema in schemas.items():
            for prop, (where, key) in table.get(name, {}).items():
                field = schema.get("properties", {}).get(prop)
                if field is None:
                    continue
                values = self.sorted_values(key)
                if where == "field":
                    field["enum"] = values
                    lines = self.description_lines(key)
                    text = field.get("description", "")
                    field["description"] = (text + "\n\n" if text else "") + "\n".join(lines)
                else:
                    target = field.get("items" if where == "items" else "additionalProperties")
                    if not isinstance(target, dict):
                        continue
                    target["enum"] = values
                count += 1
        return count


def go_quote(value):
    """Go's %q of a string (enough for the values Kubernetes uses)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
