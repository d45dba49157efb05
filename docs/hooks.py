"""MkDocs hooks: the site serves the OpenAPI document its HTTP API page renders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent


def on_files(files: Files, config: Any) -> Files:
    spec = (ROOT / "openapi" / "connections-v1.yaml").read_text(encoding="utf-8")
    files.append(File.generated(config, "connections-v1.yaml", content=spec))
    return files
