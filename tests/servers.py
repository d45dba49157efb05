"""Loopback servers for hostile-server tests: scripted HTTP answers, and raw bytes on a socket.

Each binds before it is returned (no waiting for a port), serves from a daemon thread, and
stops by itself when closed. Network only to 127.0.0.x.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Answer:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Iterable[bytes] = b"{}"


Route = Callable[[Seen], Answer]


class HttpServer:
    """A threading HTTP/1.1 server answering every request with ``route(seen)``."""

    def __init__(self, route: Route, host: str = "127.0.0.1") -> None:
        self.seen: list[Seen] = []
        self.route = route
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return None

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                seen = Seen(self.command, self.path, headers, body)
                outer.seen.append(seen)
                answer = outer.route(seen)
                self.send_response(answer.status)
                for name, value in answer.headers:
                    self.send_header(name, value)
                if isinstance(answer.body, bytes):
                    if not any(n.lower() == "content-length" for n, _ in answer.headers):
                        self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                    return
                self.end_headers()
                self.close_connection = True
                with suppress(OSError):  # the client hung up: what these tests provoke
                    for chunk in answer.body:
                        self.wfile.write(chunk)
                        self.wfile.flush()

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                return None  # a client that hangs up is what these tests provoke

        self._server = Server((host, 0), Handler)
        self._server.daemon_threads = True
        port = self._server.server_address[1]
        self.base_url = f"http://{host}:{port}"
        self.port = port
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def http_server(route: Route, host: str = "127.0.0.1") -> Iterator[HttpServer]:
    server = HttpServer(route, host)
    try:
        yield server
    finally:
        server.close()


class RawServer:
    """Accepts connections and answers each with ``reply`` bytes (read the request first, its
    body too), then closes it; ``requests`` are their request lines, ``closed`` is released
    once per connection closed."""

    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        self.requests: list[bytes] = []
        self.closed = threading.Semaphore(0)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._closed.is_set():
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
                lines = head.split(b"\r\n")
                length = next(
                    (
                        int(x.split(b":")[1])
                        for x in lines
                        if x.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                while len(body) < length and (chunk := conn.recv(65536)):
                    body += chunk
                self.requests.append(lines[0])
                conn.sendall(self.reply)
                conn.shutdown(socket.SHUT_WR)
            self.closed.release()

    def close(self) -> None:
        self._closed.set()
        self._sock.close()


def loopback_alias_available() -> bool:
    """Whether 127.0.0.2 can be bound here (Linux routes all of 127/8 to loopback)."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.2", 0))
        except OSError:
            return False
    return True
