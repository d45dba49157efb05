"""``python -m tools.bench [--quick]`` (what ``nox -s bench`` runs): ratios, not absolute times.

1. per-call cost through an in-process ``httpx.MockTransport``: the typed client vs raw
   ``httpx.Client`` + ``response.json()`` for the same request;
2. async throughput, 1 000 ``get_connection`` calls at concurrency 50 against a keep-alive
   server on loopback: ``AsyncConnectionsClient`` (httpx and aiohttp backends) vs raw
   ``httpx.AsyncClient``;
3. memory: auto-paging 10 000 vs 100 000 connections (peak traced memory must not grow);
4. import time of ``facilio_connections_sdk`` vs ``import httpx, pydantic``.

Each ratio is the median over interleaved rounds, so machine noise hits both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

BASE = "https://bench.example.com"
HEADERS = {"Accept": "application/json", "X-Service-Token": "bench-token"}


@dataclass
class Row:
    name: str
    ours: float
    baseline: float
    unit: str
    target: str
    ok: bool

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("nan")


def _connection(i: int) -> dict[str, Any]:
    # fixed-width numbers: every page is the same size, whatever its position
    return {
        "id": 10_000_000 + i,
        "slug": f"connection-{i:07d}",
        "display_name": f"Connection {i:07d}",
        "kind": "http",
        "template_id": "servicenow",
        "auth_type": "oauth2",
        "is_active": True,
        "is_authorized": i % 3 != 0,
        "created_at": "2026-01-05T09:30:00Z",
        "updated_at": "2026-03-01T12:00:00.250000+05:30",
    }


def _payloads(job_rows: int) -> dict[str, bytes]:
    return {
        "detail": json.dumps(
            {"connection": _connection(1), "accounts": [{"id": 414, "name": "ops"}]}
        ).encode(),
        "list": json.dumps(
            {"count": 100, "connections": [_connection(i) for i in range(100)]}
        ).encode(),
        "execute": json.dumps(
            {"status": "success", "result": {"status_code": 200, "body": {"ok": True}}}
        ).encode(),
        "queued": json.dumps({"status": "queued", "job_id": "job-1"}).encode(),
        "job": json.dumps(
            {
                "job_id": "job-1",
                "status": "succeeded",
                "result": {
                    "rows": [
                        {"id": i, "name": f"row {i}", "value": i * 1.5, "active": i % 2 == 0}
                        for i in range(job_rows)
                    ]
                },
                "finished_at": "2026-03-01T12:00:02Z",
            }
        ).encode(),
    }


def _mock_transport(payloads: dict[str, bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.startswith("/api/v1/jobs/"):
            body = payloads["job"]
        elif path.endswith(("/http/get", "/execute")):
            queued = request.url.params.get("async") == "true"
            body = payloads["queued" if queued else "execute"]
        elif path == "/api/v1/connections":
            body = payloads["list"]
        else:
            body = payloads["detail"]
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def _median_ratio(
    ours: Callable[[], object], raw: Callable[[], object], calls: int, rounds: int
) -> tuple[float, float]:
    """Median seconds per call of (ours, raw), measured in interleaved rounds."""
    ours(), raw()  # warm up: caches, schema builds, connection setup
    ours_times: list[float] = []
    raw_times: list[float] = []
    for round_no in range(rounds):
        order = [(ours, ours_times), (raw, raw_times)]
        if round_no % 2:
            order.reverse()
        for fn, sink in order:
            gc.collect()
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            sink.append((time.perf_counter() - start) / calls)
    ratios = [o / r for o, r in zip(ours_times, raw_times, strict=True)]
    med = statistics.median(ratios)
    return statistics.median(ours_times) * 1e6, statistics.median(ours_times) / med * 1e6


def bench_per_call(quick: bool) -> list[Row]:
    payloads = _payloads(1_000 if quick else 100_000)
    transport = _mock_transport(payloads)
    raw = httpx.Client(transport=transport, headers=HEADERS)
    client = ConnectionsClient(BASE, "bench-token", http_client=httpx.Client(transport=transport))
    calls, rounds = (20, 3) if quick else (2_000, 15)
    params: dict[str, Any] = {"path": "/api/now/table/incident", "query": {"limit": "5"}}
    cases: list[tuple[str, Callable[[], object], Callable[[], object], int, float]] = [
        (
            "get_connection",
            lambda: client.get_connection("servicenow-connection"),
            lambda: raw.get(BASE + "/api/v1/connections/servicenow-connection").json(),
            calls,
            1.10,
        ),
        (
            "list_connections (100 items)",
            lambda: client.list_connections(),
            lambda: raw.get(BASE + "/api/v1/connections").json(),
            max(2, calls // 10),
            1.10,
        ),
        (
            "execute_http_get",
            lambda: client.execute_http_get("servicenow-connection", params),
            lambda: raw.post(
                BASE + "/api/v1/connections/servicenow-connection/http/get", json=params
            ).json(),
            calls,
            1.10,
        ),
        (
            "execute_action, async_=True (a query string)",
            lambda: client.execute_action(
                "servicenow-connection", "add-comment", {"input": {"body": "hi"}}, async_=True
            ),
            lambda: raw.post(
                BASE + "/api/v1/connections/servicenow-connection/actions/add-comment/execute",
                params={"async": "true"},
                json={"input": {"body": "hi"}},
            ).json(),
            calls,
            1.10,
        ),
        (
            f"get_job_result ({'1k' if quick else '100k'} rows)",
            lambda: client.get_job_result("job-1"),
            lambda: raw.get(BASE + "/api/v1/jobs/job-1").json(),
            2 if quick else 5,
            1.00,
        ),
    ]
    rows = []
    for name, ours, baseline, n, target in cases:
        ours_us, raw_us = _median_ratio(ours, baseline, n, 3 if quick else rounds)
        ratio = ours_us / raw_us
        rows.append(Row(name, ours_us, raw_us, "µs/call", f"<= {target:.2f}x", ratio <= target))
    raw.close()
    client.close()
    return rows


@contextmanager
def _server() -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-m", "tools.bench.server", str(port)], cwd=root)
    try:
        deadline = time.monotonic() + 20
        while True:  # poll the port until the server accepts
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("benchmark server did not start") from None
                time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


async def _throughput(
    make: Callable[[], Any], call: Callable[[Any], Any], total: int, concurrency: int
) -> float:
    client = make()
    try:
        for _ in range(concurrency):  # open the pool's connections first
            await call(client)
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await call(client)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total / (time.perf_counter() - start)
    finally:
        await client.aclose()


def bench_throughput(quick: bool) -> list[Row]:
    total, concurrency, rounds = (100, 10, 1) if quick else (1_000, 50, 5)
    slug = "servicenow-connection"
    with _server() as url:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        variants: dict[str, tuple[Callable[[], Any], Callable[[Any], Any]]] = {
            "raw httpx.AsyncClient": (
                lambda: httpx.AsyncClient(headers=HEADERS, limits=limits),
                lambda c: _raw_get(c, f"{url}/api/v1/connections/{slug}"),
            ),
            "ours (httpx backend)": (
                lambda: AsyncConnectionsClient(url, "bench-token"),
                lambda c: c.get_connection(slug),
            ),
            "ours (aiohttp backend)": (
                lambda: AsyncConnectionsClient(url, "bench-token", http_backend="aiohttp"),
                lambda c: c.get_connection(slug),
            ),
        }
        results: dict[str, list[float]] = {name: [] for name in variants}
        for round_no in range(rounds):
            names = list(variants)
            if round_no % 2:
                names.reverse()
            for name in names:
                make, call = variants[name]
                results[name].append(asyncio.run(_throughput(make, call, total, concurrency)))
    raw = results["raw httpx.AsyncClient"]
    rows = []
    for name, target in (("ours (httpx backend)", 0.9), ("ours (aiohttp backend)", 4.0)):
        ratio = statistics.median(o / r for o, r in zip(results[name], raw, strict=True))
        ours = statistics.median(results[name])
        label = f"async throughput, {name}"
        rows.append(Row(label, ours, ours / ratio, "req/s", f">= {target:.1f}x", ratio >= target))
    return rows


CURVE_LEVELS = (10, 50, 100, 200)


def throughput_curve(total: int = 1_000) -> str:
    """Calls per second at each of ``CURVE_LEVELS`` concurrent callers, for plain httpx and
    both of the SDK's backends (one round each: a picture, not a pass/fail row)."""
    slug = "servicenow-connection"
    lines = [
        "| concurrency | plain httpx.AsyncClient | ours, httpx backend | ours, aiohttp backend |",
        "|---:|---:|---:|---:|",
    ]
    with _server() as url:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        variants: list[tuple[Callable[[], Any], Callable[[Any], Any]]] = [
            (
                lambda: httpx.AsyncClient(headers=HEADERS, limits=limits),
                lambda c: _raw_get(c, f"{url}/api/v1/connections/{slug}"),
            ),
            (lambda: AsyncConnectionsClient(url, "bench-token"), lambda c: c.get_connection(slug)),
            (
                lambda: AsyncConnectionsClient(url, "bench-token", http_backend="aiohttp"),
                lambda c: c.get_connection(slug),
            ),
        ]
        for level in CURVE_LEVELS:
            rates = [asyncio.run(_throughput(make, call, total, level)) for make, call in variants]
            lines.append(f"| {level} | " + " | ".join(f"{r:,.0f}" for r in rates) + " |")
    return "\n".join(lines)


async def _raw_get(client: httpx.AsyncClient, url: str) -> Any:
    response = await client.get(url)
    return response.json()


def _paging_peak(total: int) -> float:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        per_page = int(request.url.params["perPage"])
        start = (page - 1) * per_page
        items = [_connection(i) for i in range(start, min(total, start + per_page))]
        body = json.dumps({"count": len(items), "connections": items, "perPage": per_page}).encode()
        return httpx.Response(200, content=body)

    client = ConnectionsClient(
        BASE, "t", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    gc.collect()
    tracemalloc.start()
    seen = 0
    for _ in client.iter_connections(per_page=100):
        seen += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    client.close()
    assert seen == total, (seen, total)
    return peak / 1024


def bench_memory(quick: bool) -> list[Row]:
    small, large = (1_000, 3_000) if quick else (10_000, 100_000)
    # warm up first: schema builds and the bounded process-wide caches (re, urllib, httpx's
    # URL parser, pydantic's key cache) fill once and then stay; what must not grow is the rest
    _paging_peak(small * 3)
    peak_small = _paging_peak(small)
    peak_large = _paging_peak(large)
    ratio = peak_large / peak_small
    name = f"paging memory, peak at {large:,} vs {small:,} connections"
    return [Row(name, peak_large, peak_small, "KiB peak", "<= 1.20x (flat)", ratio <= 1.2)]


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    # byte-code caching on, as in an installed package (pip compiles at install time); this
    # machine sets PYTHONDONTWRITEBYTECODE, which would recompile the SDK's source every time
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout)


# What a user's program runs; the async client (and asyncio) load only when first used.
OURS_IMPORT = "from facilio_connections_sdk import ConnectionsClient"


def bench_import(quick: bool) -> list[Row]:
    """Against the issue's baseline, and against what any pydantic-model code must load.

    ``import pydantic`` alone is lazy and loads none of the model machinery; a package with
    models cannot avoid it, so the second row shows what the SDK itself adds.
    """
    rounds = 2 if quick else 9
    baselines = {
        "import httpx, pydantic": ("<= 1.50x", 1.5),
        "import httpx; from pydantic import BaseModel": ("(context)", float("inf")),
    }
    for statement in (OURS_IMPORT, *baselines):
        _import_seconds(statement)  # warm up: byte-code caches written, files in page cache
    times: dict[str, list[float]] = {s: [] for s in (OURS_IMPORT, *baselines)}
    for round_no in range(rounds):
        order = list(times)
        if round_no % 2:
            order.reverse()
        for statement in order:
            times[statement].append(_import_seconds(statement))
    ours = times[OURS_IMPORT]
    ours_ms = statistics.median(ours) * 1000
    rows = []
    for statement, (target, limit) in baselines.items():
        ratio = statistics.median(o / b for o, b in zip(ours, times[statement], strict=True))
        name = f"import ConnectionsClient vs `{statement}`"
        rows.append(Row(name, ours_ms, ours_ms / ratio, "ms", target, ratio <= limit))
    return rows


def table(rows: list[Row]) -> str:
    """A Markdown table of the results."""
    lines = [
        "| benchmark | ours | baseline | unit | ratio | target | ok |",
        "|---|---:|---:|---|---:|---|---|",
    ]
    for r in rows:
        mark = "yes" if r.ok else "NO"
        lines.append(
            f"| {r.name} | {r.ours:,.1f} | {r.baseline:,.1f} | {r.unit} | {r.ratio:.2f}x "
            f"| {r.target} | {mark} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> list[Row]:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: check the code runs")
    parser.add_argument(
        "--only", choices=("per-call", "throughput", "memory", "import"), action="append"
    )
    parser.add_argument(
        "--curve",
        action="store_true",
        help="only the async throughput at 10, 50, 100 and 200 concurrent callers",
    )
    args = parser.parse_args(argv)
    if args.curve:
        print(throughput_curve(100 if args.quick else 1_000))
        return []
    suites = {
        "per-call": bench_per_call,
        "throughput": bench_throughput,
        "memory": bench_memory,
        "import": bench_import,
    }
    rows: list[Row] = []
    for name, suite in suites.items():
        if args.only and name not in args.only:
            continue
        rows.extend(suite(args.quick))
    print(table(rows))
    return rows
