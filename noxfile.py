"""Developer tasks: ``nox -s tests lint typecheck codegen codegen_check bench spec_lint``."""

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
