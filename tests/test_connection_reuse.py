"""Pooled connections a server closed while idle: the next request, a POST too, goes out on a
new connection (the closed one is never written to, so nothing is sent twice)."""

from __future__ import annotations

from facilio_connections_sdk import ConnectionsClient
from tests.servers import RawServer

BODY = b'{"status": "success", "result": {"ok": true}}'
REPLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)  # no "Connection: close": the client keeps the connection, the server closes it


def test_a_post_after_the_server_closed_the_idle_connection_is_sent_once_on_a_new_one() -> None:
    server = RawServer(REPLY)
    try:
        with ConnectionsClient(server.base_url, "t", max_retries=0) as client:
            first = client.execute_http_get("crm", {"path": "/a"})
            assert server.closed.acquire(timeout=5)  # the pooled connection is closed now
            second = client.execute_http_get("crm", {"path": "/b"})
        assert first.result == second.result == {"ok": True}
        assert server.requests == [
            b"POST /api/v1/connections/crm/http/get HTTP/1.1",
            b"POST /api/v1/connections/crm/http/get HTTP/1.1",
        ]
    finally:
        server.close()
