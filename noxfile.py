"""Developer tasks: ``nox -s tests lint typecheck codegen codegen_check bench spec_lint docs``.

``nox -s pythons`` runs the tests on every other Python the package supports (from its
classifiers) that the machine has; ``nox -s lowest`` on the oldest of them with the lowest httpx
and pydantic it accepts (from its dependencies). A missing interpreter is skipped with a line
saying so.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import nox
import tomllib

nox.options.sessions = ["codegen_check", "lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "uv|virtualenv"
# a Python the machine lacks is skipped with a line saying so, on CI too
nox.options.error_on_missing_interpreters = False
# the Pythons the machine has: uv downloads none
os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")

PYTHON = ["3.11"]
PROJECT = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]
SUPPORTED = [
    c.rsplit(" :: ", 1)[1]
    for c in PROJECT["classifiers"]
    if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
]
RUNNING = f"{sys.version_info.major}.{sys.version_info.minor}"


# The dependencies whose lowest accepted version is tested. typing-extensions is left to the
# resolver: its floor is pydantic's own, and the test tools need a newer one.
LOWEST_OF = ("httpx", "pydantic")


def _lowest_pins() -> list[str]:
    """``httpx==0.27``, ``pydantic==2.11``: each of ``LOWEST_OF`` at its lower bound."""
    pins = []
    for requirement in PROJECT["dependencies"]:
        found = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9.]+).*", requirement)
        if found is None:
            raise ValueError(f"no lower bound to test in {requirement!r}")
        if found[1] in LOWEST_OF:
            pins.append(f"{found[1]}=={found[2]}")
    return pins


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite (the README's test command; ``-- --all`` adds the slow tests)."""
    _install(session)
    session.run("python", "-m", "pytest", "-n", "auto", *session.posargs)


# Pythons tried before they are claimed: run when the machine has one, claimed in the
# classifiers (and so in SUPPORTED) once CI has run it.
NEXT_PYTHONS = ["3.14"]


@nox.session(python=[v for v in [*SUPPORTED, *NEXT_PYTHONS] if v not in (RUNNING, SUPPORTED[0])])
def pythons(session: nox.Session) -> None:
    """The test suite on every other supported Python the machine has (the oldest one runs in
    ``lowest``, with the lowest httpx and pydantic), and on the next one when it is here."""
    _install(session)
    session.run("python", "-m", "pytest", "-n", "auto", *session.posargs)


@nox.session(python=SUPPORTED[0], venv_backend="uv")
def lowest(session: nox.Session) -> None:
    """The test suite on the oldest supported Python with the lowest httpx and pydantic
    (``-- --bench`` runs the quick bench on them too).

    uv's ``--override`` holds them there even where a test tool asks for newer (pytest-httpx
    asks for httpx 0.28): what a user's lock file can hold the SDK at.
    """
    bench = "--bench" in session.posargs
    args = [a for a in session.posargs if a != "--bench"]
    pins = Path(session.create_tmp()) / "lowest.txt"
    pins.write_text("\n".join(_lowest_pins()) + "\n", encoding="utf-8")
    session.install("--override", str(pins), "-e", ".[dev]")
    session.run("python", "-c", "import httpx, pydantic; print('httpx', httpx.__version__, "
                "'pydantic', pydantic.VERSION)")  # fmt: skip
    session.run("python", "-m", "pytest", "-n", "auto", *args)
    if bench:
        session.run("python", "-m", "tools.bench", "--quick")


@nox.session(python=PYTHON, venv_backend="uv")
def newest(session: nox.Session) -> None:
    """The test suite with the newest release of every dependency (``uv --upgrade``, no lock):
    the next httpx, pydantic or test tool is caught here, not by a user. ``-- --bench`` runs
    the quick bench on them too."""
    bench = "--bench" in session.posargs
    args = [a for a in session.posargs if a != "--bench"]
    # the newest release of each runtime dependency, even where a test tool holds it back
    # (pytest-httpx asks for httpx 0.28.*): what a user who upgrades everything runs
    tmp = Path(session.create_tmp())
    names = [re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0] for r in PROJECT["dependencies"]]
    (tmp / "runtime.in").write_text("\n".join(names) + "\n", encoding="utf-8")
    newest = session.run(
        "uv", "pip", "compile", str(tmp / "runtime.in"), "--quiet", "--no-header",
        "--no-annotate", silent=True, external=True,
    )  # fmt: skip
    pins = tmp / "newest.txt"
    pins.write_text(str(newest), encoding="utf-8")
    session.install("--upgrade", "--override", str(pins), "-e", ".[dev]")
    session.run("python", "-c", "import httpx, pydantic; print('httpx', httpx.__version__, "
                "'pydantic', pydantic.VERSION)")  # fmt: skip
    session.run("python", "-m", "pytest", "-n", "auto", *args)
    if bench:
        session.run("python", "-m", "tools.bench", "--quick")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    _install(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, the codegen, the tests and the tools."""
    _install(session)
    session.run("mypy", "--strict", "src", "codegen", "tests", "tools")


@nox.session(python=PYTHON)
def codegen(session: nox.Session) -> None:
    """Regenerate the models from openapi/connections-v1.yaml."""
    _install(session)
    session.run("python", "-m", "codegen")


@nox.session(python=PYTHON)
def codegen_check(session: nox.Session) -> None:
    """Fail when the committed models differ from what the spec generates."""
    _install(session)
    session.run("python", "-m", "codegen", "--check")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks (ratios vs raw httpx; not pass/fail): python -m tools.bench [--quick]."""
    _install(session)
    session.run("python", "-m", "tools.bench", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The 0.x walkthrough against an in-process emulator."""
    session.install("-e", ".[emulator]")
    session.run("facilio-connections", "demo")


@nox.session(python=PYTHON)
def mutate(session: nox.Session) -> None:
    """A sampled mutation run of the core modules (not part of CI): python -m tools.mutate."""
    _install(session)
    session.run("python", "-m", "tools.mutate", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into ``site/`` (strict: any warning fails the build)."""
    session.install("-e", ".[docs]")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session(python=False)
def spec_lint(session: nox.Session) -> None:
    """The OpenAPI document under Stoplight Spectral (spectral:oas) and Redocly (recommended).

    Both come from npm into ``.nox/spec-lint`` (Node.js and npm must be on the PATH); each
    fails the session on any problem, warnings included.
    """
    prefix = ".nox/spec-lint"
    session.run(
        "npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix,
        "@stoplight/spectral-cli@6", "@redocly/cli@2", external=True,
    )  # fmt: skip
    spec = "openapi/connections-v1.yaml"
    bin_dir = f"{prefix}/node_modules/.bin"
    session.run(f"{bin_dir}/spectral", "lint", "--fail-severity", "hint", spec, external=True)
    # recommended-strict: the recommended rules, with every warning an error
    session.run(
        f"{bin_dir}/redocly", "lint", "--extends", "recommended-strict", spec, external=True
    )
