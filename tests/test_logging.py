"""Logging: a debug record per attempt, a warning per retry, and never a secret."""

from __future__ import annotations

import logging

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from tests.support import BASE, GET_CONN, SLUG, MockApi, script


def test_logs_each_attempt_and_retry_without_secrets(
    mock_api: MockApi, caplog: pytest.LogCaptureFixture
) -> None:
    config = sdk.ConnectionsClientConfig(
        base_url=BASE,
        service_token="tok-XYZ",
        csrf_token="csrf-XYZ",
        extra_headers={"Cookie": "JSESSIONID=cookie-XYZ"},
    )
    client = ConnectionsClient.from_config(
        config, http_client=httpx.Client(transport=httpx.MockTransport(mock_api.handler))
    )
    client._send_loop.sleep = lambda _s: None
    script(mock_api, *GET_CONN, 503, 200)
    with caplog.at_level(logging.DEBUG, logger="facilio_connections_sdk"):
        client.get_connection(SLUG)
    ours = [r for r in caplog.records if r.name == "facilio_connections_sdk"]
    debug = [r.getMessage() for r in ours if r.levelno == logging.DEBUG]
    warning = [r.getMessage() for r in ours if r.levelno == logging.WARNING]
    assert len(debug) == 2
    assert debug[0].startswith(f"GET /connections/{SLUG} -> 503 in ")
    assert debug[0].endswith("(attempt 1)")
    assert debug[1].endswith("(attempt 2)")
    assert len(warning) == 1
    assert "HTTP 503" in warning[0]
    assert "retry 1 of 2" in warning[0]
    text = caplog.text
    for secret in ("tok-XYZ", "csrf-XYZ", "cookie-XYZ"):
        assert secret not in text
