"""Waiting for a job: polling with backoff until a status the spec calls final, or the deadline."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import facilio_connections_sdk as sdk
from tests.support import AnyClient, Clock, MockApi, Runner


def _job_states(mock_api: MockApi, *states: str) -> None:
    queue = list(states)

    def answer(request: httpx.Request) -> httpx.Response:
        status = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(200, json={"job_id": "j1", "status": status, "result": {"n": 1}})

    mock_api.overrides[("GET", "/jobs/{job_id}")] = answer


def test_wait_polls_until_the_job_finishes(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "queued", "running", "running", "succeeded")
    job = run(client.jobs().wait("j1", timeout=60, poll_interval=1.0))
    assert job.status == "succeeded"
    assert job.result == {"n": 1}
    assert len(mock_api.requests) == 4
    assert clock.sleeps == [1.0, 1.5, 2.25]  # gentle backoff


def test_wait_for_job_flat_returns_failed_jobs_too(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "queued", "failed")
    job = run(client.wait_for_job("j1", poll_interval=0.5))
    assert job.status == sdk.models.JobStatus.failed


def test_wait_raises_timeout_at_the_deadline(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "running")
    with pytest.raises(sdk.ConnectionsTimeoutError, match="still running after 10 s"):
        run(client.jobs().wait("j1", timeout=10, poll_interval=1.0))
    assert sum(clock.sleeps) == pytest.approx(10.0)
    assert max(clock.sleeps) <= 5.0


def test_wait_keeps_polling_through_statuses_it_does_not_know(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    # a status the spec does not list as final is not final: a newer server's "retrying" or
    # "paused" must not end the wait while the job is still going
    _job_states(mock_api, "queued", "retrying", "paused", "succeeded")
    job = run(client.wait_for_job("j1", timeout=60, poll_interval=1.0))
    assert job.status == "succeeded"
    assert len(mock_api.requests) == 4


def test_wait_on_an_unknown_status_ends_at_the_timeout(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    _job_states(mock_api, "retrying")
    with pytest.raises(sdk.ConnectionsTimeoutError, match="still retrying after 10 s"):
        run(client.jobs().wait("j1", timeout=10, poll_interval=1.0))


def test_wait_stops_on_each_status_the_spec_states_is_final(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock, spec: dict[str, Any]
) -> None:
    final = spec["components"]["schemas"]["JobStatus"]["x-final"]
    assert final  # the spec states them; the SDK does not keep its own list
    for status in final:
        mock_api.requests.clear()
        _job_states(mock_api, "queued", status)
        job = run(client.wait_for_job("j1", poll_interval=0.5))
        assert job.status == status
        assert len(mock_api.requests) == 2


def _answers(mock_api: MockApi, *answers: httpx.Response) -> None:
    queue = list(answers)
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda request: queue.pop(0)


def _state(status: str) -> httpx.Response:
    return httpx.Response(200, json={"job_id": "j1", "status": status, "result": {"n": 1}})


def test_an_unusable_poll_is_polled_again_while_the_job_runs_on(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    html = httpx.Response(200, text="<html>gateway</html>")
    _answers(mock_api, _state("running"), html, _state("succeeded"))
    job = run(client.wait_for_job("j1", timeout=60, poll_interval=1.0))
    assert job.status == "succeeded"
    assert len(mock_api.requests) == 3


def test_polls_that_stay_unusable_end_at_the_timeout_saying_why(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    mock_api.overrides[("GET", "/jobs/{job_id}")] = lambda request: httpx.Response(
        200, text="not json"
    )
    with pytest.raises(sdk.ConnectionsTimeoutError, match="not answered usably") as caught:
        run(client.jobs().wait("j1", timeout=5, poll_interval=1.0))
    assert isinstance(caught.value.__cause__, sdk.InvalidResponseError)
    assert sum(clock.sleeps) == pytest.approx(5.0)


def test_a_job_that_is_not_there_is_not_polled_again(
    client: AnyClient, run: Runner, mock_api: MockApi, clock: Clock
) -> None:
    missing = httpx.Response(404, json={"error": "not_found", "message": "no such job"})
    _answers(mock_api, missing, _state("succeeded"))
    with pytest.raises(sdk.NotFoundError):
        run(client.jobs().wait("j1", timeout=60))
    assert len(mock_api.requests) == 1
