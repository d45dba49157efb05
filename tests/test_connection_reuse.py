"""Pooled connections a server closed while idle: the next request, a POST too, goes out on a
new connection (the closed one is never written to, so nothing is sent twice)."""

from __future__ import annotations

import socket
import threading
from contextlib import suppress

from facilio_connections_sdk import ConnectionsClient

BODY = b'{"status": "success", "result": {"ok": true}}'
REPLY = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    + f"Content-Length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


class _ClosingServer:
    """Answers one request per connection, then closes it (no ``Connection: close`` said)."""

    def __init__(self) -> None:
        self.requests: list[bytes] = []
        self.closed = threading.Semaphore(0)
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with conn, suppress(OSError):
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = next(
                    (int(line.split(b":")[1]) for line in head.split(b"\r\n")
                     if line.lower().startswith(b"content-length:")),
                    0,
                )  # fmt: skip
                while len(body) < length:
                    body += conn.recv(65536)
                self.requests.append(head.split(b"\r\n")[0])
                conn.sendall(REPLY)
            self.closed.release()

    def close(self) -> None:
        self._sock.close()


def test_a_post_after_the_server_closed_the_idle_connection_is_sent_once_on_a_new_one() -> None:
    server = _ClosingServer()
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
