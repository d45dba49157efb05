"""The emulator's in-memory tenant: connections, actions, accounts, jobs, files, SQL, triggers."""

from __future__ import annotations

import itertools
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

__all__ = ["EmulatorState", "seed"]

# Connections beyond the three named ones, so listing has several pages at the default size.
FILLER_CONNECTIONS = 42
FILLER_TEMPLATES = ("jira", "salesforce", "hubspot", "zendesk", "slack", "sap")


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Action:
    id: int
    slug: str
    name: str
    connection_slug: str
    version: str
    versions: list[str]
    inputs: list[dict[str, Any]]
    outputs: list[dict[str, Any]]
    description: str | None = None

    def out(self) -> dict[str, Any]:
        required = [i["name"] for i in self.inputs if i.get("required")]
        body: dict[str, Any] = {
            "id": self.id,
            "slug": self.slug,
            "name": self.name,
            "connection_slug": self.connection_slug,
            "version": self.version,
            "input_schema": {
                "type": "object",
                "required": required,
                "properties": {i["name"]: {"type": i["type"]} for i in self.inputs},
            },
            "output_schema": {
                "type": "object",
                "properties": {o["name"]: {"type": o["type"]} for o in self.outputs},
            },
        }
        if self.description:
            body["description"] = self.description
        return body


@dataclass
class Connection:
    id: int
    slug: str
    display_name: str
    kind: str
    template_id: str | None
    relay_id: str | None
    auth_type: str
    is_active: bool = True
    is_authorized: bool = True
    description: str | None = None
    created_at: str = "2026-01-05T09:30:00Z"
    updated_at: str = "2026-03-01T12:00:00Z"
    base_url: str = "https://api.example.com"
    accounts: list[dict[str, Any]] = field(default_factory=list)
    actions: dict[str, Action] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    db: sqlite3.Connection | None = None
    # a newer tenant: keys merged into the wire form, and keys it no longer sends
    drift: dict[str, Any] = field(default_factory=dict)
    dropped: frozenset[str] = frozenset()

    def out(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "slug": self.slug,
            "display_name": self.display_name,
            "kind": self.kind,
            "auth_type": self.auth_type,
            "is_active": self.is_active,
            "is_authorized": self.is_authorized,
            "version": "1",
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        for key in ("description", "template_id", "relay_id"):
            if getattr(self, key) is not None:
                body[key] = getattr(self, key)
        body.update(self.drift)
        for key in self.dropped:
            body.pop(key, None)
        return body


@dataclass
class Job:
    job_id: str
    result: Any
    created_at: str
    polls: int = 0
    started_at: str | None = None
    finished_at: str | None = None

    def advance(self) -> dict[str, Any]:
        """Each poll moves the job on: queued -> running -> succeeded."""
        self.polls += 1
        body: dict[str, Any] = {"job_id": self.job_id, "created_at": self.created_at}
        if self.polls == 1:
            body["status"] = "queued"
            return body
        self.started_at = self.started_at or now_iso()
        body["started_at"] = self.started_at
        if self.polls == 2:
            body["status"] = "running"
            return body
        self.finished_at = self.finished_at or now_iso()
        body.update(status="succeeded", result=self.result, finished_at=self.finished_at)
        return body


@dataclass
class EmulatorState:
    """Everything the emulator holds: connections (with actions, accounts, triggers), jobs."""

    connections: dict[str, Connection] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    triggers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    subscribers: dict[int, dict[str, Any]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

    def next_id(self) -> int:
        """A new id, unique within this state."""
        return next(self._ids)

    def all_actions(self) -> list[Action]:
        """Every saved action of every connection (the catalog)."""
        return [a for c in self.connections.values() for a in c.actions.values()]


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def identifier(name: object) -> str:
    """A safe SQL identifier, quoted; anything else is refused."""
    if not isinstance(name, str) or not _IDENT.match(name):
        raise ValueError(f"not a valid identifier: {name!r}")
    return f'"{name}"'


def _sqlite() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.executescript(
        """
        CREATE TABLE work_orders (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, status TEXT NOT NULL, site TEXT
        );
        INSERT INTO work_orders (title, status, site) VALUES
            ('Replace AHU filter', 'open', 'HQ'),
            ('Fix lobby door closer', 'in_progress', 'HQ'),
            ('Chiller inspection', 'closed', 'Plant 2');
        """
    )
    return db


def seed() -> EmulatorState:
    """A realistic tenant: ServiceNow (http), a SQL warehouse, a file share, and more."""
    state = EmulatorState()
    servicenow = Connection(
        id=11,
        slug="servicenow-connection",
        display_name="ServiceNow",
        kind="http",
        template_id="servicenow",
        relay_id=None,
        auth_type="oauth2",
        description="Incident and task management",
        base_url="https://servicenow.example.com",
        accounts=[
            {
                "id": 414,
                "account_slug": "servicenow-ops",
                "is_default": True,
                "display_name": "ServiceNow (ops)",
                "status": "connected",
                "username": "integration.user",
                "has_password": True,
                "host": "servicenow.example.com",
                "port": 443,
            }
        ],
    )
    servicenow.actions["add-comment-in-servicenow-task"] = Action(
        id=901,
        slug="add-comment-in-servicenow-task",
        name="Add comment in ServiceNow task",
        connection_slug=servicenow.slug,
        version="2",
        versions=["1", "2"],
        description="Adds a work note to a task",
        inputs=[
            {"name": "parentId", "type": "string", "required": True, "label": "Task sys_id"},
            {"name": "body", "type": "string", "required": True, "label": "Comment"},
            {
                "name": "visibility",
                "type": "string",
                "required": False,
                "default": "internal",
                "options": ["internal", "customer"],
            },
        ],
        outputs=[{"name": "sys_id", "type": "string", "description": "The new comment's id"}],
    )
    servicenow.actions["attach-file-to-task"] = Action(
        id=902,
        slug="attach-file-to-task",
        name="Attach a file to a task",
        connection_slug=servicenow.slug,
        version="1",
        versions=["1"],
        inputs=[
            {"name": "parentId", "type": "string", "required": True},
            {"name": "attachment", "type": "file", "required": True},
        ],
        outputs=[{"name": "attachment_ids", "type": "array"}],
    )
    warehouse = Connection(
        id=12,
        slug="warehouse-db",
        display_name="Warehouse DB",
        kind="sql",
        template_id=None,
        relay_id="relay-eu-1",
        auth_type="basic",
        accounts=[
            {
                "id": 515,
                "account_slug": "warehouse-ro",
                "is_default": True,
                "username": "reporting",
                "has_password": True,
                "host": "db.internal.example.com",
                "port": 5432,
                "database_name": "warehouse",
            }
        ],
        db=_sqlite(),
    )
    share = Connection(
        id=13,
        slug="shared-drive",
        display_name="Shared drive",
        kind="file",
        template_id="sftp",
        relay_id="relay-eu-1",
        auth_type="password",
        accounts=[{"id": 616, "account_slug": "drive", "is_default": True}],
        files={"/reports/readme.txt": b"Monthly reports live here.\n"},
    )
    for conn in (servicenow, warehouse, share):
        state.connections[conn.slug] = conn
    action_id = 2000
    for n in range(1, FILLER_CONNECTIONS + 1):
        template = FILLER_TEMPLATES[n % len(FILLER_TEMPLATES)]
        conn = Connection(
            id=100 + n,
            slug=f"{template}-{n:02d}",
            display_name=f"{template.capitalize()} {n:02d}",
            kind="http",
            template_id=template,
            relay_id=None,
            auth_type="oauth2" if n % 2 else "api_key",
            is_authorized=n % 3 != 0,
        )
        for verb in ("create-record", "update-record", "find-records"):
            action_id += 1
            conn.actions[verb] = Action(
                id=action_id,
                slug=verb,
                name=f"{verb.replace('-', ' ').capitalize()} in {conn.display_name}",
                connection_slug=conn.slug,
                version="1",
                versions=["1"],
                inputs=[{"name": "fields", "type": "object", "required": verb != "find-records"}],
                outputs=[{"name": "record", "type": "object"}],
            )
        state.connections[conn.slug] = conn
    state.triggers[servicenow.slug] = [
        {
            "slug": "incident-created",
            "displayName": "Incident created",
            "description": "Fires when an incident is opened",
            "eventType": "webhook",
            "config": {
                "inputs": [{"name": "assignment_group", "type": "string", "required": False}]
            },
        }
    ]
    return state
