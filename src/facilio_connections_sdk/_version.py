"""The SDK's version (from the installed package's metadata) and its ``User-Agent``."""

from __future__ import annotations

import functools
import platform

import httpx

__all__ = ["sdk_version", "user_agent"]

DISTRIBUTION = "facilio-connections-sdk"


@functools.cache
def sdk_version() -> str:
    """The installed version of the package; ``0+unknown`` when run from an uninstalled tree."""
    from importlib import metadata  # on first use: it costs milliseconds to import

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


@functools.cache
def user_agent() -> str:
    """``facilio-connections-sdk/<version> python/<x.y> httpx/<version>``."""
    python = ".".join(platform.python_version_tuple()[:2])
    return f"{DISTRIBUTION}/{sdk_version()} python/{python} httpx/{httpx.__version__}"
