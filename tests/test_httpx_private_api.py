"""What the SDK reads of httpx's private attributes, and what it does when a release renames
one (simulated by renaming the name the SDK looks for, httpx itself left working): the direct
send falls back to the public ``Client.send``, the pool keeps its own backend (the attempt's
outer deadline still bounds a call), the transports list reads as empty; every call works."""

from __future__ import annotations

import httpx
import pytest

from facilio_connections_sdk import ConnectionsClient, _backends, _deadline, _httpx_shortcut
from facilio_connections_sdk._deadline import DeadlineBackend

URL = httpx.URL("https://h.test/api/v1/connections/crm")
DETAIL = {"connection": {"id": 1, "slug": "crm", "display_name": "CRM"}}


class _Counting(httpx.MockTransport):
    def __init__(self) -> None:
        super().__init__(lambda request: httpx.Response(200, json=DETAIL))
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return super().handle_request(request)


@pytest.mark.parametrize("constant", ["_TRANSPORT_FOR_URL", "_DEFAULT_ENCODING"])
def test_a_renamed_client_attribute_sends_through_client_send(
    constant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = _Counting()
    with httpx.Client(transport=transport) as http:
        assert _httpx_shortcut.direct_transport(http, URL) is not None  # this httpx: direct
        monkeypatch.setattr(_httpx_shortcut, constant, "_renamed_in_a_later_release")
        assert _httpx_shortcut.direct_transport(http, URL) is None  # the public path
        sends: list[httpx.Request] = []
        original = httpx.Client.send

        def send(self: httpx.Client, request: httpx.Request, **kwargs: object) -> httpx.Response:
            sends.append(request)
            return original(self, request, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(httpx.Client, "send", send)
        with ConnectionsClient("https://h.test", "t", http_client=http) as client:
            assert client.get_connection("crm").connection.slug == "crm"
    assert len(sends) == 1
    assert transport.sent == 1


@pytest.mark.parametrize("constant", ["_POOL", "_NETWORK_BACKEND"])
def test_a_renamed_pool_attribute_leaves_the_pool_as_it_is(
    constant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_deadline, constant, "_renamed_in_a_later_release")
    transport = httpx.HTTPTransport()
    assert _deadline.install_deadline_backend(transport) is False
    assert not isinstance(transport._pool._network_backend, DeadlineBackend)  # untouched
    transport.close()
    monkeypatch.undo()
    control = httpx.HTTPTransport()
    assert _deadline.install_deadline_backend(control) is True
    assert isinstance(control._pool._network_backend, DeadlineBackend)
    control.close()


def test_a_client_the_sdk_makes_still_works_without_the_pool_attributes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_deadline, "_NETWORK_BACKEND", "_renamed_in_a_later_release")
    with ConnectionsClient("http://127.0.0.1:9", "t", max_retries=0) as client:
        pool = client._send_loop.http._transport._pool  # type: ignore[attr-defined]
        assert not isinstance(pool._network_backend, DeadlineBackend)


@pytest.mark.parametrize("constant", ["_TRANSPORT", "_MOUNTS"])
def test_a_renamed_transport_list_is_read_without_it(
    constant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with httpx.Client(proxy="http://127.0.0.1:3128") as http:
        every = _backends._transports(http)
        monkeypatch.setattr(_backends, constant, "_renamed_in_a_later_release")
        fewer = _backends._transports(http)
    assert len(every) == 2  # the direct transport and the proxy's
    assert len(fewer) == 1


@pytest.mark.parametrize("renamed", [False, True])
def test_a_retiring_operation_is_found_with_or_without_the_headers_list(
    renamed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilio_connections_sdk._async import send_loop as async_loop
    from facilio_connections_sdk._sync import send_loop as sync_loop

    if renamed:  # a later httpx: the public lookup finds it too
        for module in (async_loop, sync_loop):
            monkeypatch.setattr(module, "HEADER_ITEMS", "_renamed_in_a_later_release")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=DETAIL, headers={"Sunset": "Sat, 01 Jan 2028 00:00:00 GMT"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        ConnectionsClient("https://h.test", "t", http_client=http) as client,
        pytest.warns(DeprecationWarning, match="goes away after Sat, 01 Jan 2028"),
    ):
        client.get_connection("crm")
