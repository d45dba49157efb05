"""Developer tasks: ``nox -s tests lint typecheck codegen codegen_check``."""

from __future__ import annotations

import nox

nox.options.sessions = ["codegen_check", "lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.11"]


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite (the README's test command)."""
    _install(session)
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    _install(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, the codegen and the tests."""
    _install(session)
    session.run("mypy", "--strict", "src", "codegen", "tests")


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
    """Benchmarks (ratios vs raw httpx; not pass/fail): python -m tests.bench [--quick]."""
    _install(session)
    session.run("python", "-m", "tests.bench", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The 0.x walkthrough against an in-process emulator."""
    session.install("-e", ".[emulator]")
    session.run("facilio-connections", "demo")
