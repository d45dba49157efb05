"""Errors cross process boundaries: every ConnectionsError pickles, and no secret goes with it."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import ConnectionsClient
from tests.support import BASE

TOKEN = "sk_live_pickle_token"
CSRF = "csrf_pickle_value"
COOKIE = "JSESSIONID=session_pickle_value"
SECRETS = (TOKEN, CSRF, "session_pickle_value")


def _client(answer: httpx.Response) -> ConnectionsClient:
    transport = httpx.MockTransport(lambda request: answer)
    return ConnectionsClient(
        BASE,
        TOKEN,
        csrf_token=CSRF,
        extra_headers={"Cookie": COOKIE},
        max_retries=0,
        http_client=httpx.Client(transport=transport),
    )


def _raised(answer: httpx.Response) -> sdk.ConnectionsError:
    with _client(answer) as client, pytest.raises(sdk.ConnectionsError) as caught:
        client.get_connection("crm")
    return caught.value


def _error_body(status: int) -> httpx.Response:
    body = {"error": "nope", "message": "not here", "available_versions": ["1", "2"]}
    return httpx.Response(status, json=body, headers={"X-Request-Id": "req_header"})


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (_error_body(400), sdk.BadRequestError),
        (_error_body(401), sdk.AuthenticationError),
        (_error_body(404), sdk.NotFoundError),
        (_error_body(409), sdk.ConflictError),
        (_error_body(429), sdk.RateLimitError),
        (_error_body(503), sdk.InternalServerError),
        (httpx.Response(200, content=b"not json"), sdk.InvalidResponseError),
        (httpx.Response(302, headers={"Location": "https://evil.example/x"}), sdk.RedirectError),
    ],
)
def test_an_api_error_pickles_to_itself_without_secrets(
    answer: httpx.Response, kind: type[sdk.ConnectionsApiError]
) -> None:
    exc = _raised(answer)
    assert type(exc) is kind
    assert isinstance(exc, sdk.ConnectionsApiError)
    # the live error holds the secrets through its response's request...
    assert exc.response is not None
    assert exc.response.request.headers["x-service-token"] == TOKEN
    data = pickle.dumps(exc)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    back = pickle.loads(data)
    assert type(back) is kind
    assert str(back) == str(exc)
    assert back.status_code == exc.status_code
    assert back.body == exc.body
    assert back.request_id == exc.request_id
    assert back.response is None
    if exc.error is not None:
        assert back.error is not None and back.error.to_dict() == exc.error.to_dict()
    if isinstance(exc, sdk.InvalidResponseError):
        assert isinstance(back, sdk.InvalidResponseError)
        assert back.http_status == exc.http_status == 200
    if isinstance(back, sdk.ConflictError):
        assert back.available_versions == ["1", "2"]
    if isinstance(back, sdk.RedirectError):
        assert back.location == "https://evil.example/x"


def test_the_request_id_of_a_header_survives_the_pickle() -> None:
    exc = _raised(httpx.Response(404, json={"error": "x"}, headers={"X-Request-Id": "req_9"}))
    assert isinstance(exc, sdk.ConnectionsApiError)
    assert pickle.loads(pickle.dumps(exc)).request_id == "req_9"


def test_a_connection_error_pickles_without_its_cause() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = ConnectionsClient(
        BASE, TOKEN, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    with client, pytest.raises(sdk.ConnectionsConnectionError) as caught:
        client.get_connection("crm")
    data = pickle.dumps(caught.value)
    assert TOKEN.encode() not in data
    back = pickle.loads(data)
    assert type(back) is type(caught.value)
    assert str(back) == str(caught.value)


def _raise_in_child(status: int) -> None:
    raise _raised(_error_body(status))


def test_a_process_pool_hands_the_parent_the_error_itself() -> None:
    # spawn, the default of Python 3.14 on every platform: a fork of this threaded test process
    # is deprecated (3.12+ warn)
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        future = pool.submit(_raise_in_child, 404)
        with pytest.raises(sdk.NotFoundError) as caught:
            future.result(timeout=60)
    assert caught.value.status_code == 404
    assert caught.value.request_id == "req_header"
    assert caught.value.error is not None and caught.value.error.message == "not here"
