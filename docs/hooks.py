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


def on_post_build(config: Any) -> None:
    """llms.txt links relative to itself: the site is read from disk until it is published
    (the llms.txt plugin writes ``site_url`` into every link; it runs before this hook)."""
    llms = Path(config["site_dir"]) / "llms.txt"
    if llms.exists() and config["site_url"]:
        text = llms.read_text(encoding="utf-8").replace(config["site_url"], "")
        llms.write_text(text, encoding="utf-8")
