"""A minimal keep-alive JSON server for the throughput benchmark (aiohttp, one process).

``python -m tools.bench.server PORT`` answers ``GET /api/v1/connections/{slug}`` with a fixed
ConnectionDetail, so the benchmark measures the clients, not the server.
"""

from __future__ import annotations

import json
import sys

from aiohttp import web

BODY = json.dumps(
    {
        "connection": {
            "id": 11,
            "slug": "servicenow-connection",
            "display_name": "ServiceNow",
            "kind": "http",
            "is_active": True,
            "is_authorized": True,
            "created_at": "2026-01-05T09:30:00Z",
        },
        "accounts": [{"id": 414, "name": "ServiceNow (ops)", "auth_type": "oauth2"}],
    }
).encode()


async def connection(request: web.Request) -> web.Response:
    return web.Response(body=BODY, content_type="application/json")


def main() -> None:
    app = web.Application()
    app.router.add_get("/api/v1/connections/{slug}", connection)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)


if __name__ == "__main__":
    main()
