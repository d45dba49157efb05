"""Auto-paging: iteration ends on a short or empty page, at totalPages, or at the page cap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from tests.support import SLUG, AnyClient, MockApi, Runner, wire

ROOT = Path(__file__).resolve().parent.parent


def _pages(
    mock_api: MockApi, template: str, key: str, make: Callable[[int, int], dict[str, Any]]
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("perPage", "20"))
        body = make(page, per_page)
        body.setdefault("count", len(body.get(key, [])))  # always sent (the contract)
        return httpx.Response(200, json=body)

    mock_api.overrides[("GET", template)] = answer


def _conns(n: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {"id": start + i, "slug": f"c{start + i}", "display_name": f"C {start + i}"}
        for i in range(n)
    ]


def test_iterate_stops_on_a_short_page(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    total = 25
    _pages(mock_api, "/connections", "connections", lambda p, pp: {
        "count": 99999,  # never trusted
        "connections": _conns(max(0, min(pp, total - (p - 1) * pp)), (p - 1) * pp),
    })  # fmt: skip
    items = run.collect(client.iter_connections(per_page=10, q="c"))
    assert [c.id for c in items] == list(range(25))
    assert all(isinstance(c, sdk.models.ConnectionOut) for c in items)
    assert [wire(r)[2] for r in mock_api.requests] == [
        "page=1&perPage=10&q=c",
        "page=2&perPage=10&q=c",
        "page=3&perPage=10&q=c",
    ]


def test_a_record_with_an_unknown_date_form_does_not_stop_paging(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    def page(p: int, pp: int) -> dict[str, Any]:
        conns = _conns(pp if p < 3 else 1, (p - 1) * pp)
        for conn in conns:
            conn["updated_at"] = "2026-01-05T09:30:00Z"
        if p == 2:
            conns[0]["updated_at"] = "last Tuesday"
        return {"connections": conns}

    _pages(mock_api, "/connections", "connections", page)
    items = run.collect(client.iter_connections(per_page=4))
    assert [c.id for c in items] == list(range(9))
    bad = items[4]
    assert bad.to_dict()["updated_at"] == "last Tuesday"
    with pytest.raises(ValueError, match=r"ConnectionOut\.updated_at"):
        _ = bad.updated_at
    assert all(c.updated_at is not None for c in items if c is not bad)


def test_iterate_stops_at_total_pages(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    _pages(mock_api, "/connections/{slug}/actions", "actions", lambda p, pp: {
        "actions": [{"id": p * 100 + i, "slug": f"a{i}", "name": "n"} for i in range(pp)],
        "page": p, "perPage": pp, "totalPages": 2,
    })  # fmt: skip
    items = run.collect(client.iter_actions(SLUG, per_page=5))
    assert len(items) == 10
    assert len(mock_api.requests) == 2


def test_iterate_stops_on_an_empty_page(client: AnyClient, run: Runner, mock_api: MockApi) -> None:
    _pages(mock_api, "/actions", "actions", lambda p, pp: {
        "actions": [{"id": i, "slug": "a", "name": "n"} for i in range(pp)] if p < 3 else [],
    })  # fmt: skip
    items = run.collect(client.actions_catalog().iterate(per_page=3))
    assert len(items) == 6
    assert len(mock_api.requests) == 3


def test_iterate_uses_the_echoed_per_page(
    client: AnyClient, run: Runner, mock_api: MockApi
) -> None:
    # the server caps perPage at 100 and says so: a full page of 100 is not "short"
    _pages(mock_api, "/connections", "connections", lambda p, pp: {
        "connections": _conns(50 if p < 3 else 10, p * 1000), "perPage": 50,
    })  # fmt: skip
    items = run.collect(client.connections().iterate(per_page=100))
    assert len(items) == 110
    assert len(mock_api.requests) == 3


@pytest.mark.parametrize(("asked", "sent"), [(0, 1), (-5, 1), (1000, 100), (37, 37)])
def test_iterate_clamps_per_page(
    client: AnyClient, run: Runner, mock_api: MockApi, asked: int, sent: int
) -> None:
    _pages(mock_api, "/connections", "connections", lambda p, pp: {"connections": []})
    run.collect(client.iter_connections(per_page=asked))
    assert mock_api.last.url.params["perPage"] == str(sent)


def test_iterate_stops_at_the_hard_cap(
    client: AnyClient, run: Runner, mock_api: MockApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    import facilio_connections_sdk._paging as paging

    monkeypatch.setattr(paging, "MAX_PAGES", 7)
    _pages(mock_api, "/connections", "connections", lambda p, pp: {"connections": _conns(pp)})
    items = run.collect(client.iter_connections(per_page=2))
    assert len(mock_api.requests) == 7
    assert len(items) == 14


def test_the_page_cap_is_the_one_the_paging_guide_states() -> None:
    from facilio_connections_sdk._paging import MAX_PAGES, is_last_page

    assert not is_last_page(MAX_PAGES - 1, 5, 5, None, None)
    assert is_last_page(MAX_PAGES, 5, 5, None, None)  # a full page, no total: the cap alone
    guide = (ROOT / "docs" / "guides" / "paging-and-jobs.md").read_text(encoding="utf-8")
    assert f"after {MAX_PAGES:,} pages".replace(",", " ") in guide


@pytest.mark.parametrize(
    ("template", "key", "walk"),
    [
        ("/connections", "connections", lambda c: c.iter_connections()),
        ("/actions", "actions", lambda c: c.iter_all_actions()),
        ("/connections/{slug}/actions", "actions", lambda c: c.iter_actions(SLUG)),
        ("/connections", "connections", lambda c: c.connections().iterate()),
    ],
    ids=["iter_connections", "iter_all_actions", "iter_actions", "fluent"],
)
def test_iterate_asks_for_pages_of_100_by_default(
    client: AnyClient,
    run: Runner,
    mock_api: MockApi,
    template: str,
    key: str,
    walk: Callable[[Any], Any],
) -> None:
    _pages(mock_api, template, key, lambda p, pp: {key: []})
    run.collect(walk(client))
    assert mock_api.last.url.params["perPage"] == "100"
