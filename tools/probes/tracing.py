"""``python -m tools.probes.tracing sentry|otel``: SDK calls under a tracer that patches httpx.

Runs in its own process (the tracers patch httpx for the whole process), against a loopback
server started here. Prints one JSON object: the spans the tracer recorded and the requests
the server saw (with the trace headers they carried), per client kind and httpx log level.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

SEEN: list[dict[str, str]] = []
DETAIL = json.dumps(
    {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}
).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return None

    def do_GET(self) -> None:
        SEEN.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(DETAIL)))
        self.end_headers()
        self.wfile.write(DETAIL)


def _calls(base: str) -> int:
    """One call per client kind: the SDK's own and a caller's, sync and async."""
    from facilio_connections_sdk import AsyncConnectionsClient, ConnectionsClient

    with ConnectionsClient(base, "t") as own:
        own.get_connection("crm")
    with httpx.Client() as http, ConnectionsClient(base, "t", http_client=http) as theirs:
        theirs.get_connection("crm")

    async def run_async() -> None:
        async with AsyncConnectionsClient(base, "t") as own_async:
            await own_async.get_connection("crm")
        async with (
            httpx.AsyncClient() as http,
            AsyncConnectionsClient(base, "t", http_client=http) as theirs_async,
        ):
            await theirs_async.get_connection("crm")

    asyncio.run(run_async())
    return 4


def _sentry(base: str) -> dict[str, Any]:
    import sentry_sdk
    from sentry_sdk.integrations.httpx import HttpxIntegration

    events: list[dict[str, Any]] = []

    class Capture(sentry_sdk.transport.Transport):
        def capture_envelope(self, envelope: Any) -> None:
            for item in envelope.items:
                payload = item.payload.json
                if payload is not None:
                    events.append(payload)

    sentry_sdk.init(
        dsn="http://key@127.0.0.1:9/1",
        transport=Capture,
        traces_sample_rate=1.0,
        integrations=[HttpxIntegration()],
        default_integrations=False,
    )
    made = 0
    for level in (logging.WARNING, logging.INFO):
        logging.getLogger("httpx").setLevel(level)
        with sentry_sdk.start_transaction(name=f"level-{level}"):
            made += _calls(base)
    sentry_sdk.flush()
    spans = [
        span
        for event in events
        if event.get("type") == "transaction"
        for span in event.get("spans", [])
        if span.get("op") == "http.client"
    ]
    return {"calls": made, "spans": len(spans)}


def _otel(base: str) -> dict[str, Any]:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    made = 0
    for level in (logging.WARNING, logging.INFO):
        logging.getLogger("httpx").setLevel(level)
        made += _calls(base)
    return {"calls": made, "spans": len(exporter.get_finished_spans())}


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        found = {"sentry": _sentry, "otel": _otel}[sys.argv[1]](base)
    finally:
        server.shutdown()
        server.server_close()
    found["traced_requests"] = sum(1 for h in SEEN if "sentry-trace" in h or "traceparent" in h)
    found["requests"] = len(SEEN)
    print(json.dumps(found))


if __name__ == "__main__":
    main()
