"""TypedDict twins of the request models: ``models/_generated_params.py``.

datamodel-code-generator writes every schema of the spec as a ``TypedDict`` (wire names as keys,
``NotRequired`` for optional keys, enums as ``Literal``); this keeps the request bodies (the
``application/json`` request schemas of the spec) and what they use, and names each
``<Schema>Params``: ``SqlQuery`` -> ``SqlQueryParams``. A dict literal passed as ``parameters=``
or ``body=`` is then checked key by key by mypy and pyright.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import yaml

from codegen.surface import BODY_TYPES

TARGET = Path("src/facilio_connections_sdk/models/_generated_params.py")
SUFFIX = "Params"
MODEL_TOKEN = "MODEL:"
HEADER = (
    "# GENERATED CODE - DO NOT EDIT.\n"
    "# Source: openapi/connections-v1.yaml (the request bodies), by codegen/params.py\n"
    "# Regenerate with: python -m codegen   (check with: python -m codegen --check)\n"
    '"""TypedDict twins of the request models: ``<Schema>Params``, keyed by wire names."""\n'
)


def request_schemas(spec: dict[str, Any]) -> list[str]:
    """The schemas the spec sends as request bodies (JSON, form, multipart), in spec order."""
    names: list[str] = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method == "parameters" or "requestBody" not in op:
                continue
            content = op["requestBody"]["content"]
            for media in [t for t in BODY_TYPES if t in content][:1]:  # what the door sends
                schema = content[media].get("schema", {})
                ref = schema.get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                if name and name not in names:
                    names.append(name)
    return names


def _names_used(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _keep(tree: ast.Module, roots: list[str]) -> list[ast.stmt]:
    """The definitions of ``roots`` and of everything they use, in the module's order."""
    defined: dict[str, ast.stmt] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            defined[stmt.name] = stmt
        elif isinstance(stmt, ast.AnnAssign):
            defined[_name(stmt)] = stmt
    wanted: set[str] = set()
    todo = [name for name in roots if name in defined]
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted.add(name)
        todo.extend(n for n in _names_used(defined[name]) if n in defined and n not in wanted)
    return [stmt for name, stmt in defined.items() if name in wanted]


def _name(stmt: ast.stmt) -> str:
    if isinstance(stmt, ast.ClassDef):
        return stmt.name
    assert isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
    return stmt.target.id


def _property_docs(schema: dict[str, Any]) -> dict[str, str]:
    """Wire key -> description of a schema's own properties (``allOf`` parts included)."""
    found: dict[str, str] = {}
    for part in [schema, *schema.get("allOf", [])]:
        for key, prop in part.get("properties", {}).items():
            text = " ".join(str(prop.get("description", "")).split())
            if text:
                found[key] = text
    return found


def _unparse(stmt: ast.stmt, schemas: dict[str, Any]) -> str:
    """A kept definition as code; a type alias (an enum as ``Literal``) with its docstring."""
    code = ast.unparse(stmt)
    if isinstance(stmt, ast.AnnAssign):
        about = " ".join(str(schemas.get(_name(stmt), {}).get("description", "")).split())
        if about:
            code += "\n" + repr(about).replace("'", '"""', 1)[:-1] + '"""'
    return code


def render(spec_path: Path) -> str:
    """The module's text (before formatting)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "params.py"
        # run outside the repository: the [tool.datamodel-codegen] settings are the models'
        cmd = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(spec_path.resolve()),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "typing.TypedDict",
            "--target-python-version",
            "3.10",
            "--use-union-operator",
            "--use-standard-collections",
            "--enum-field-as-literal",
            "all",
            "--strict-nullable",
            "--disable-timestamp",
            "--formatters",
            "builtin",
            "--output",
            str(out),
        ]
        result = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"codegen: TypedDict generation failed:\n{result.stderr}")
        tree = ast.parse(out.read_text(encoding="utf-8"))
    kept = _keep(tree, request_schemas(spec))
    schemas = spec["components"]["schemas"]
    for stmt in kept:
        if isinstance(stmt, ast.ClassDef):
            about = " ".join(str(schemas.get(stmt.name, {}).get("description", "")).split())
            # the model's own name is written as a token the renaming below leaves alone
            doc = f"A ``{MODEL_TOKEN}{stmt.name}`` body as a dict literal, keyed by wire names."
            doc += f" {about}" if about else ""
            doc = "\n    ".join(textwrap.wrap(doc, 92)) + ("\n    " if len(doc) > 92 else "")
            described = _property_docs(schemas.get(stmt.name, {}))
            members: list[ast.stmt] = [ast.Expr(ast.Constant(doc))]
            for field in stmt.body:
                if isinstance(field, ast.Pass):
                    continue
                members.append(field)
                target = field.target if isinstance(field, ast.AnnAssign) else None
                if isinstance(target, ast.Name) and target.id in described:  # for IDEs
                    members.append(ast.Expr(ast.Constant(described[target.id])))
            stmt.body = members
    names = sorted(_name(stmt) for stmt in kept)
    body = "\n\n\n".join(_unparse(stmt, schemas) for stmt in kept)
    # a key's docstring in triple quotes, as every other docstring is written
    body = re.sub(r"^(    )'([^'\"\\]*)'$", r'\1"""\2"""', body, flags=re.MULTILINE)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    body = pattern.sub(lambda found: found.group(1) + SUFFIX, body)
    body = re.sub(re.escape(MODEL_TOKEN) + r"(\w+)" + SUFFIX, r"\1", body)
    exports = "".join(f'    "{name}{SUFFIX}",\n' for name in names)
    imports = (
        "from __future__ import annotations\n\n"
        "from typing import Any, Literal, TypeAlias\n\n"
        "from typing_extensions import NotRequired, TypedDict\n\n"
    )
    return HEADER + "\n" + imports + f"__all__ = [\n{exports}]\n\n\n" + body + "\n"


def outputs(spec_path: Path) -> dict[Path, str]:
    """``spec_path``: the bundled, prepared spec (a file: datamodel-code-generator reads it)."""
    return {TARGET: render(spec_path)}
