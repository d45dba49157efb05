"""``python -m tools.probes.call_path``: the SDK functions one call passes through.

Counts, for one warmed-up call of the sync client against the emulator (in this process, on its
own thread: only this thread is traced), every Python function of the package entered and the
jumps between its files, and prints the path. A reader's measure of the house: how many places
one call makes them visit.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import facilio_connections_sdk
from facilio_connections_sdk import ConnectionsClient
from facilio_connections_sdk.testing import Emulator, run_emulator

PACKAGE = Path(facilio_connections_sdk.__file__).resolve().parent


def _where(frame: FrameType | None) -> str | None:
    path = Path(frame.f_code.co_filename) if frame is not None else None
    return path.relative_to(PACKAGE).as_posix() if path and PACKAGE in path.parents else None


def trace(call: Callable[[], object]) -> list[tuple[str, str]]:
    """(file relative to the package, function) of every package function ``call`` enters
    from the caller or from the package itself: the path a reader follows. (The socket
    wrapper that httpcore calls for every read and write is I/O, not the path.)"""
    entered: list[tuple[str, str]] = []
    on_path: set[int] = set()  # the frames counted: a package function called from one is too

    def profile(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "return":
            on_path.discard(id(frame))  # a finished frame's id may be reused
        if event != "call":
            return
        where = _where(frame)
        if where is not None and (not entered or id(frame.f_back) in on_path):
            on_path.add(id(frame))
            entered.append((where, frame.f_code.co_name))

    sys.setprofile(profile)
    try:
        call()
    finally:
        sys.setprofile(None)
    return entered


def main() -> int:
    with run_emulator(Emulator()) as base_url, ConnectionsClient(base_url, "t") as client:
        calls: dict[str, Callable[[], object]] = {
            "get_connection": lambda: client.get_connection("servicenow-connection"),
            "execute_sql_select": lambda: client.execute_sql_select(
                "warehouse-db", {"table": "work_orders", "limit": 1}
            ),
        }
        for name, call in calls.items():
            call()  # warm: imports and the first connection are not the path
            entered = trace(call)
            files = [where for where, _ in entered]
            jumps = sum(1 for a, b in itertools.pairwise(files) if a != b)
            print(f"{name}: {len(entered)} calls in {len(set(files))} files, {jumps} jumps")
            for where, function in entered:
                print(f"    {where}:{function}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
