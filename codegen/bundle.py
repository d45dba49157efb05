"""Read a spec (YAML or JSON), and bundle one split into files into a single document.

A larger API keeps its spec in many files (``redocly split``: ``paths/*.yaml``,
``components/schemas/*.yaml``) joined by external ``$ref``s. Bundling gives the document the
generator reads as if it had been written in one file:

- a ``$ref`` to the root file becomes a local ``#/...`` reference;
- a ``$ref`` to what the root registers under ``components`` (``ConnectionOut: {$ref:
  components/schemas/ConnectionOut.yaml}``) becomes ``#/components/schemas/ConnectionOut``, and
  the registration itself is replaced by the file's content;
- any other external ``$ref`` is replaced by what it points at.

So a split spec generates exactly the code its single-file twin does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

Target = tuple[Path, str]  # (file, JSON pointer without '#')


def read(path: Path) -> Any:
    """A YAML or JSON file (JSON is YAML, but JSON files are read as JSON: faster, exact)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


def has_external_refs(node: Any) -> bool:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        return any(has_external_refs(v) for v in node.values())
    if isinstance(node, list):
        return any(has_external_refs(v) for v in node)
    return False


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[Path, Any] = {self.root: read(self.root)}
        self.registry: dict[Target, str] = {}
        self.active: list[Target] = []

    def doc(self, path: Path) -> Any:
        if path not in self.files:
            if not path.is_file():
                raise SystemExit(f"codegen: $ref to {path}: no such file")
            self.files[path] = read(path)
        return self.files[path]

    def target(self, base: Path, ref: str) -> Target:
        file_part, _, pointer = ref.partition("#")
        path = (base.parent / file_part).resolve() if file_part else base
        return path, pointer

    def lookup(self, target: Target) -> Any:
        path, pointer = target
        node = self.doc(path)
        for key in [k for k in pointer.split("/") if k]:
            key = key.replace("~1", "/").replace("~0", "~")
            try:
                node = node[int(key)] if isinstance(node, list) else node[key]
            except (KeyError, IndexError, ValueError):
                raise SystemExit(f"codegen: $ref {path}#{pointer}: not found") from None
        return node

    def run(self) -> Any:
        root_doc = self.files[self.root]
        for section, entries in (root_doc.get("components") or {}).items():
            for name, node in (entries or {}).items():
                ref = node.get("$ref") if isinstance(node, dict) else None
                if isinstance(ref, str) and not ref.startswith("#"):
                    local = f"#/components/{section}/{name}"
                    self.registry[self.target(self.root, ref)] = local
        out = self.walk(root_doc, self.root, top=True)
        for section, entries in (out.get("components") or {}).items():
            for name, node in list((entries or {}).items()):
                ref = (root_doc["components"][section][name] or {}).get("$ref")
                if isinstance(ref, str) and not ref.startswith("#"):
                    target = self.target(self.root, ref)
                    entries[name] = self.inline(target, node)
        return out

    def inline(self, target: Target, siblings: Any) -> Any:
        if target in self.active:
            raise SystemExit(
                f"codegen: $ref {target[0]}#{target[1]} refers to itself; register it under "
                "components in the root file"
            )
        self.active.append(target)
        try:
            content = self.walk(self.lookup(target), target[0])
        finally:
            self.active.pop()
        extra = {k: v for k, v in siblings.items() if k != "$ref"}
        if extra and isinstance(content, dict):
            return {**content, **extra}
        return content

    def walk(self, node: Any, base: Path, top: bool = False) -> Any:
        if isinstance(node, list):
            return [self.walk(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: self.walk(value, base) for key, value in node.items() if key != "$ref"}
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return out
        if ref.startswith("#") and base == self.root:
            return {"$ref": ref, **out}
        target = self.target(base, ref)
        if target[0] == self.root:
            return {"$ref": "#" + target[1], **out}
        local = self.registry.get(target)
        if local is not None:
            return {"$ref": local, **out}
        return self.inline(target, {"$ref": ref, **out})


def load(path: Path) -> tuple[Any, bool]:
    """``(document, was_split)``: the spec at ``path``, bundled when it has external refs."""
    spec = read(path)
    if not has_external_refs(spec):
        return spec, False
    return _Bundler(path).run(), True
