"""TLS against a private CA: a real handshake with a server on 127.0.0.1 whose certificate a
CA made here signed (with the ``openssl`` command)."""

from __future__ import annotations

import http.server
import json
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilio_connections_sdk import ConnectionsClient, ConnectionsConnectionError

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CA (``ca.pem``) and a certificate for 127.0.0.1 it signed (``server.pem``, ``.key``)."""
    where = tmp_path_factory.mktemp("pki")
    # the extensions Python 3.13's strict verification (VERIFY_X509_STRICT) asks of a CA
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
             "/CN=Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign",
             "-addext", "subjectKeyIdentifier=hash",
             "-keyout", "ca.key", "-out", "ca.pem", cwd=where)  # fmt: skip
    (where / "ext.cnf").write_text(
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        "authorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n",
        encoding="utf-8",
    )
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", "server.key", "-out", "server.csr", cwd=where)  # fmt: skip
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem",
             cwd=where)  # fmt: skip
    return where


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps(
            {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}, "accounts": []}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def tls_server(pki: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki / "server.pem", pki / "server.key")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_folder_of_plain_ca_files_is_trusted(pki: Path, tls_server: str, tmp_path: Path) -> None:
    folder = tmp_path / "cas"
    folder.mkdir()
    shutil.copy(pki / "ca.pem", folder / "company-ca.pem")  # no subject-hash name
    (folder / "README").write_text("our CAs\n", encoding="utf-8")  # not a certificate
    with ConnectionsClient(tls_server, "t", verify=str(folder)) as client:
        assert client.get_connection("crm").connection.slug == "crm"


def test_a_ca_bundle_file_is_trusted(pki: Path, tls_server: str) -> None:
    with ConnectionsClient(tls_server, "t", verify=str(pki / "ca.pem")) as client:
        assert client.get_connection("crm").connection.slug == "crm"


def test_an_unknown_ca_is_refused(tls_server: str, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with (
        ConnectionsClient(tls_server, "t", verify=str(tmp_path / "empty"), max_retries=0) as c,
        pytest.raises(ConnectionsConnectionError),
    ):
        c.get_connection("crm")
