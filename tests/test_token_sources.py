"""Token sources under the same limits as everything else: the attempt's deadline, the error
tree, bounded and non-blocking token files that are re-read whenever they can have changed."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
from pathlib import Path

import pytest

import facilio_connections_sdk as sdk
from facilio_connections_sdk import FileToken
from tests.test_tokens import SLUG, Server, _async, _sync


@pytest.fixture
def server() -> Server:
    return Server()


def test_an_async_provider_is_cut_at_the_attempts_deadline(server: Server) -> None:
    cancelled = []

    async def slow() -> str:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)  # cut at the deadline, not waited for
            raise
        return "late"

    async def call() -> None:
        await _async(server, slow, timeout_seconds=0.2, max_retries=0).get_connection(SLUG)

    with pytest.raises(sdk.ConnectionsTimeoutError, match="nothing was sent"):
        asyncio.run(call())
    assert cancelled == [True]
    assert server.requests == []


def test_a_sync_providers_time_counts_against_the_deadline(server: Server) -> None:
    def slow() -> str:
        time.sleep(0.3)  # longer than the whole attempt may take
        return "late"

    client = _sync(server, slow, timeout_seconds=0.2, max_retries=0)
    with pytest.raises(sdk.ConnectionsTimeoutError, match="provider did not answer"):
        client.get_connection(SLUG)
    assert server.requests == []


@pytest.mark.parametrize("value", [b"bytes-token", 42, ["t"]])
def test_a_provider_returning_a_non_str_is_a_connections_error(
    server: Server, value: object
) -> None:
    with pytest.raises(sdk.ConnectionsError, match=type(value).__name__):
        _sync(server, lambda: value).get_connection(SLUG)
    assert server.requests == []


def test_a_provider_token_with_a_control_character_never_shows_it(server: Server) -> None:
    with pytest.raises(sdk.ConnectionsError, match="control character") as caught:
        _sync(server, lambda: "sk_live\x00nul").get_connection(SLUG)
    assert "sk_live" not in str(caught.value)
    assert server.requests == []


def test_a_fifo_token_file_is_refused_without_blocking(server: Server, tmp_path: Path) -> None:
    fifo = tmp_path / "token"
    os.mkfifo(fifo)
    with pytest.raises(sdk.ConnectionsError, match="not a regular file") as caught:
        _sync(server, FileToken(fifo)).get_connection(SLUG)  # returns: no writer is needed
    assert str(fifo) in str(caught.value)


def test_a_huge_token_file_is_refused_before_it_is_read(server: Server, tmp_path: Path) -> None:
    big = tmp_path / "token"
    with big.open("wb") as handle:
        handle.truncate(1024**3)  # 1 GiB, sparse: the size says it all
    with pytest.raises(sdk.ConnectionsError, match="larger than 64 KiB"):
        _sync(server, FileToken(big)).get_connection(SLUG)


@pytest.mark.parametrize(
    ("content", "why"),
    [(b"sk_live\x00secret\n", "control character"), (b"\xff\xfe sk", "not UTF-8")],
)
def test_a_bad_token_file_names_the_file_never_the_content(
    server: Server, tmp_path: Path, content: bytes, why: str
) -> None:
    path = tmp_path / "token"
    path.write_bytes(content)
    with pytest.raises(sdk.ConnectionsError, match=why) as caught:
        _sync(server, FileToken(path)).get_connection(SLUG)
    assert str(path) in str(caught.value)
    assert "secret" not in str(caught.value)


def test_a_missing_token_file_is_a_connections_error(server: Server, tmp_path: Path) -> None:
    with pytest.raises(sdk.ConnectionsError, match=r"token file .*missing"):
        _sync(server, FileToken(tmp_path / "missing")).get_connection(SLUG)


def test_a_token_copied_in_with_the_same_size_and_mtime_is_picked_up(
    server: Server, tmp_path: Path
) -> None:
    path = tmp_path / "token"
    path.write_text("token-aaaa\n", encoding="utf-8")
    client = _sync(server, FileToken(path))
    client.get_connection(SLUG)
    stat = path.stat()
    staged = tmp_path / "staged"
    staged.write_text("token-bbbb\n", encoding="utf-8")  # same size
    os.utime(staged, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime
    shutil.copyfile(staged, path)  # written in place (cp -p): same inode
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_size == stat.st_size
    client.get_connection(SLUG)
    assert server.tokens() == ["token-aaaa", "token-bbbb"]
