"""The 0.x README walkthrough, run against an in-process emulator (``facilio-connections demo``)."""

from __future__ import annotations

import json
from typing import TextIO

from facilio_connections_sdk import ConnectionsClient

SLUG = "servicenow-connection"
ACTION = "add-comment-in-servicenow-task"


def walkthrough(client: ConnectionsClient, out: TextIO) -> None:
    """List connections, get one, list actions and inputs, execute, poll the job."""

    def say(step: int, text: str) -> None:
        print(f"{step}. {text}", file=out)

    listing = client.list_connections(page=1, per_page=10)
    names = ", ".join(c.slug for c in listing.connections)
    say(1, f"list_connections: {listing.total} connections, page 1 of {listing.total_pages}")
    print(f"   {names}", file=out)

    detail = client.get_connection(SLUG)
    conn = detail.connection
    state = "authorized" if conn.is_authorized else "not authorized"
    say(2, f"get_connection: {conn.display_name} ({conn.kind}, {state})")
    # 0.x code keeps working: dict-style access by wire name
    name = detail.get("connection").get("display_name")
    print(f'   0.x style: .get("connection").get("display_name") -> {name}', file=out)

    actions = client.list_actions(SLUG)
    say(3, f"list_actions: {', '.join(a.slug for a in actions.actions)}")

    inputs = client.list_action_inputs(SLUG, ACTION)
    described = [f"{i.name} ({i.type}{', required' if i.required else ''})" for i in inputs.inputs]
    say(4, f"list_action_inputs: {', '.join(described)}")

    result = (
        client.connection(SLUG)
        .actions()
        .execute(
            ACTION,
            {"input": {"parentId": "1234567890", "body": "This is a test comment"}},
            async_=True,
        )
    )
    say(5, f"execute (async): status {result.status}, job_id {result.job_id}")
    job = client.wait_for_job(result.job_id, timeout=30, poll_interval=0.05)
    say(6, f"wait_for_job: {job.status} -> {json.dumps(job.result)}")


def run_demo(out: TextIO) -> None:
    """Run the 0.x walkthrough against an in-process emulator, printing to ``out``."""
    from facilio_connections_sdk.testing import run_emulator

    with run_emulator() as base_url:
        print(f"Facilio Connections SDK demo, against an emulator at {base_url}\n", file=out)
        with ConnectionsClient(base_url, "demo-token") as client:
            walkthrough(client, out)
    from facilio_connections_sdk.cli._common import command_name

    print(
        f"\nDone. Next: {command_name()} emulator  (serves this emulator until Ctrl+C and"
        " prints a command to try against it)",
        file=out,
    )
