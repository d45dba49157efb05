"""What documentation tools read: every public name documented, Markdown (Google style) only.

The public surface is what the public modules export (``__all__``), followed to where each name
is defined, with the public members of each class. Read statically by griffe, as mkdocstrings
reads it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import griffe
import pytest

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_MODULES = [
    "",
    ".models",
    ".testing",
    ".saved_actions",
    ".types",
    ".pytest_plugin",
    ".spec_check",
]
ROLE = re.compile(r":(class|func|meth|attr|mod|exc|data|obj):`")


def _surface() -> dict[str, Any]:
    """Shown path -> griffe object, for every public name and public class member."""
    loader = griffe.GriffeLoader(search_paths=[str(ROOT / "src")], docstring_parser="google")
    package = loader.load("facilio_connections_sdk")
    loader.resolve_aliases(implicit=True, external=False)
    found: dict[str, Any] = {}
    seen: set[str] = set()

    def visit(obj: Any, shown: str) -> None:
        target = obj.final_target if obj.is_alias else obj
        if target.path in seen:
            return
        seen.add(target.path)
        found[shown] = target
        if target.is_class:  # its own members and those it inherits from the SDK's classes
            for name, member in target.all_members.items():
                inherited = member.is_alias and member.target_path.startswith(package.path + ".")
                if not name.startswith("_") and (not member.is_alias or inherited):
                    visit(member, f"{shown}.{name}")

    for suffix in PUBLIC_MODULES:
        module = package[suffix[1:]] if suffix else package
        assert module.exports is not None, f"{module.path} has no static __all__"
        for export in module.exports:
            name = export if isinstance(export, str) else export.name
            visit(module.members[name], f"{module.path}.{name}")
    return found


SURFACE = _surface()


def test_the_surface_is_all_there() -> None:
    assert "facilio_connections_sdk.ConnectionsClient.execute_sql_select" in SURFACE
    assert "facilio_connections_sdk.models.JobStatus.queued" in SURFACE
    assert "facilio_connections_sdk.models.SqlSelectParams.table" in SURFACE
    assert len(SURFACE) > 500


def test_every_public_name_has_a_docstring() -> None:
    missing = [shown for shown, obj in SURFACE.items() if not obj.docstring]
    assert missing == []


def test_no_public_docstring_uses_rest_markup() -> None:
    """Roles (``:class:``) and ``Example::`` blocks render literally in Markdown."""
    rest = [
        shown
        for shown, obj in SURFACE.items()
        if obj.docstring and (ROLE.search(obj.docstring.value) or "::\n" in obj.docstring.value)
    ]
    assert rest == []


@pytest.mark.parametrize("flavour", ["execute_sql_select", "get_connection", "list_actions"])
def test_a_returns_section_is_one_item_with_its_type(flavour: str) -> None:
    """Continuation lines indented under the item: a Returns section reads as one entry."""
    for shown in (f"facilio_connections_sdk.ConnectionsClient.{flavour}",):
        sections = SURFACE[shown].docstring.parse("google")
        returns = [s for s in sections if s.kind.value == "returns"]
        assert len(returns) == 1 and len(returns[0].value) == 1, shown
        assert returns[0].value[0].annotation, shown  # the type column is filled


@pytest.mark.slow
def test_the_built_site_reads_from_disk(tmp_path: Path) -> None:
    """``site/index.html`` opened from disk: every local link names a file that is there (no
    directory URL that opens a folder listing), and llms.txt's links too (no placeholder
    domain)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)],
        cwd=root,
        check=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    for page in (site / "index.html", site / "guides" / "errors.html"):
        links = re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))
        local = [
            link.split("#")[0].split("?")[0]
            for link in links
            if ":" not in link and not link.startswith(("//", "#"))
        ]
        assert local, page
        for link in local:
            target = (page.parent / link).resolve()
            assert target.is_file(), f"{page.name}: {link} is not a file"
    llms = (site / "llms.txt").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", llms)
    assert targets
    for target in targets:
        assert "://" not in target
        assert (site / target).is_file(), target
