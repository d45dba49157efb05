"""Generate the sync client from the async source (``_async/`` -> ``_sync/``).

The async code is the source of truth; this is a whole-file token substitution, then ruff.
Lines ending in ``# async-only`` are dropped from the sync twin.
"""

from __future__ import annotations

import re
from pathlib import Path

SOURCE_DIR = Path("src/facilio_connections_sdk/_async")
TARGET_DIR = Path("src/facilio_connections_sdk/_sync")
FILES = (
    "__init__.py",
    "send_loop.py",
    "scopes.py",
    "_generated.py",
    "_generated_doors.py",
    "runs.py",
    "client_base.py",
    "client.py",
)

HEADER = (
    "# GENERATED CODE - DO NOT EDIT.\n"
    "# Source: {source}\n"
    "# Regenerate with: python -m codegen   (check with: python -m codegen --check)\n"
)

# (pattern, replacement), applied in order to the whole file.
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"^.*# async-only\n", ""),
    (r"^ *http_backend: .*\n", ""),  # its docstring line (the parameter is async-only)
    (r"\bHttpBackend, make_async_http_client\b", "make_sync_http_client"),
    (r"^ *HttpBackend,\n", ""),
    (r"\badopt_async_http_client\b", "adopt_sync_http_client"),
    (r"\bmake_async_http_client,", "make_sync_http_client,"),
    (r"\bmake_async_http_client\(config, http_backend\)", "make_sync_http_client(config)"),
    (r"^import asyncio\n", ""),
    (r"\basyncio\.sleep\b", "time.sleep"),
    (r"\bAwaitable\[Any\]", "Any"),
    (r"\bAwaitable, ", ""),
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bAsyncGenerator\[Any, None\]", "Generator[Any, None, None]"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\baclose\b", "close"),
    (r"\baclosing\b", "closing"),
    (r"\baiter_raw\b", "iter_raw"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncGenerator\[bytes, None\]", "Generator[bytes, None, None]"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\b_async\b", "_sync"),
    (r"\b_Async(?=[A-Z])", "_"),
    (r"\bAsync(?=[A-Z])", ""),
    (
        r"The async client: the source the sync client \(``_sync``\) is generated from\.",
        "The sync client, generated from ``_async``.",
    ),
    (r"\(the sync twin is generated\)", "(generated from ``_async/send_loop.py``)"),
    (
        r"This file is the source of truth of the sync client too: ``_sync/client.py`` is "
        r"generated from\nit \(``codegen/unasync.py``\)\.",
        "Generated from ``_async/client.py`` (``codegen/unasync.py``): edit that file, not\n"
        "this one.",
    ),
]


def unasync(text: str) -> str:
    for pattern, replacement in SUBSTITUTIONS:
        text = re.sub(pattern, replacement, text, flags=re.MULTILINE)
    return text


def outputs(root: Path, generated: dict[Path, str]) -> dict[Path, str]:
    """Relative target path -> generated text (before formatting).

    ``generated``: async sources that are themselves generated in this run (their fresh text,
    not what is on disk).
    """
    out: dict[Path, str] = {}
    for name in FILES:
        source = SOURCE_DIR / name
        original = generated.get(source)
        if original is None:
            original = (root / source).read_text(encoding="utf-8")
        text = unasync(original)
        if text.startswith("# GENERATED CODE"):  # its own header gives way to one naming it
            text = text.split("\n", 3)[3]
        out[TARGET_DIR / name] = HEADER.format(source=source.as_posix()) + "\n" + text
    return out
