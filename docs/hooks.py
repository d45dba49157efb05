"""MkDocs hooks: the guides are the README's sections, cut into one page per topic.

The README stays the one place each guide is written (its examples run in the test suite);
links to files of the repository become links to the site's pages for them, or plain text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
# page -> (title, the README headings it is made of, in order)
GUIDES: dict[str, tuple[str, list[str]]] = {
    "calling-the-api": ("Calling the API", ["## Use"]),
    "typed-parameters": ("Typed parameters", ["### Typed parameters"]),
    "async": ("Async", ["### Async"]),
    "configuration": ("Configuration", ["### Configuration", "### Timeouts and per-call options"]),
    "tokens": ("Tokens that change", ["### Tokens that change"]),
    "errors": ("Errors", ["### Errors"]),
    "retries-redirects-limits": (
        "Retries, redirects, limits",
        [
            "### Retries: never re-running an action",
            "### Redirects: credentials never leave the origin",
            "### Limits: memory and time",
        ],
    ),
    "paging-and-jobs": ("Paging and jobs", ["### Auto-paging and job waiting"]),
    "logging": ("Logging and tracing", ["### Logging"]),
    "models": ("Models", ["## Models"]),
    "regenerating": ("Regenerating", ["### When the API grows: regenerate"]),
    "saved-actions": ("Typed saved actions", ["## Typed saved actions"]),
    "testing": ("Testing with the emulator", ["## Testing your integration: the emulator"]),
    "cli": ("Command line", ["## Command line"]),
    "performance": ("Performance", ["## Performance", "### The fast async backend"]),
    "development": ("Development", ["## Development"]),
}
# repository files the site has a page for
SITE_PAGES = {
    "openapi/connections-v1.yaml": "../http-api.md",
    "CHANGELOG.md": "../changelog.md",
}


def _sections(readme: str) -> dict[str, str]:
    """Heading -> its text up to the next heading of the same or a higher level (``##`` and
    ``###`` headings; a ``##`` section ends at its first ``###``)."""
    out: dict[str, str] = {}
    lines = readme.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"^#{2,3} ", line)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        out[lines[start]] = "\n".join(lines[start + 1 : end]).strip("\n")
    return out


def _links(text: str) -> str:
    def fix(found: re.Match[str]) -> str:
        label, target = found.group(1), found.group(2)
        if target.startswith(("http://", "https://", "#", "mailto:")):
            return found.group(0)
        page = SITE_PAGES.get(target.split("#", 1)[0])
        return f"[{label}]({page})" if page else label  # a file of the repository: its name

    return re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", fix, text)


def guide_pages() -> dict[str, str]:
    """``guides/<name>.md`` -> its Markdown."""
    sections = _sections((ROOT / "README.md").read_text(encoding="utf-8"))
    pages: dict[str, str] = {}
    for name, (title, headings) in GUIDES.items():
        parts = []
        for heading in headings:
            body = sections[heading]
            sub = heading.lstrip("#").strip()
            # one heading of the page for each README section after the first
            parts.append(body if not parts else f"## {sub}\n\n{body}")
        text = re.sub(r"^####? ", "### ", "\n\n".join(parts), flags=re.MULTILINE)
        pages[f"guides/{name}.md"] = f"# {title}\n\n" + _links(text) + "\n"
    return pages


def on_files(files: Files, config: Any) -> Files:
    for path, text in guide_pages().items():
        files.append(File.generated(config, path, content=text))
    spec = (ROOT / "openapi" / "connections-v1.yaml").read_text(encoding="utf-8")
    files.append(File.generated(config, "connections-v1.yaml", content=spec))
    return files
