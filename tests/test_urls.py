"""Built URLs: the query encoded exactly as 0.x encodes it, memory bounded over many URLs."""

from __future__ import annotations

import httpx
import pytest

import facilio_connections_sdk as sdk
from tests.support import BASE

# ---- URLs: parsed once per path and query, the query encoded exactly as 0.x encodes it ----

# (query items, the raw query 0.x puts on the wire): percent-encoding with no safe characters
_QUERIES: list[tuple[list[tuple[str, str]], bytes]] = [
    ([], b""),
    ([("page", "2"), ("perPage", "50")], b"?page=2&perPage=50"),
    ([("relay_id", "r 1")], b"?relay_id=r%201"),
    ([("q", "a b&c=d/e?f#g+h")], b"?q=a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh"),
    ([("q", "100%25 done")], b"?q=100%2525%20done"),  # a % is data, not an escape
    ([("q", "naïve ✓"), ("filter", "all")], b"?q=na%C3%AFve%20%E2%9C%93&filter=all"),
    ([("account_slug", "acc 2~x-y_z.w")], b"?account_slug=acc%202~x-y_z.w"),
    ([("version", "")], b"?version="),
]


@pytest.mark.parametrize(("query", "raw"), _QUERIES, ids=repr)
def test_built_urls_encode_the_query_as_0x_does(query: list[tuple[str, str]], raw: bytes) -> None:
    from facilio_connections_sdk._request import Call
    from facilio_connections_sdk._request_factory import RequestFactory

    factory = RequestFactory.create(httpx.Client(), sdk.ConnectionsClientConfig(BASE))
    call = Call("GET", "/connections/a%20b", sdk.models.ConnectionList, params=query or None)
    first, again = (
        factory.build(call, factory.credentials.headers),
        factory.build(call, factory.credentials.headers),
    )  # a miss, then a hit
    assert first.url.raw_path == again.url.raw_path == b"/api/v1/connections/a%20b" + raw
    assert list(first.url.params.multi_items()) == query  # and it decodes back to the values


def test_building_many_distinct_urls_keeps_memory_bounded_and_urls_correct() -> None:
    import tracemalloc

    from facilio_connections_sdk._request import Call
    from facilio_connections_sdk._request_factory import RequestFactory

    factory = RequestFactory.create(httpx.Client(), sdk.ConnectionsClientConfig(BASE))

    def build(pages: range) -> None:
        for page in pages:
            call = Call(
                "GET", "/connections", sdk.models.ConnectionList, params=[("page", str(page))]
            )
            request = factory.build(call, factory.credentials.headers)
            assert request.url.params["page"] == str(page)

    build(range(500))  # whatever a cache keeps, it is full now
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        build(range(500, 5_500))
        growth = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert growth < 100_000, f"{growth:,} bytes kept after 5 000 distinct URLs"
