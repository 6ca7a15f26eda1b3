"""The triage spool survives a full disk, a record the database refuses and a crash
mid-rewrite (issue 17, hole 6). Runs on files only: `insert` is a stand-in for the store."""
from __future__ import annotations

import errno
import json

import pytest
from sqlalchemy.exc import OperationalError

from bot.triage import spool


def record(sender: str) -> dict:
    return {"severity": "crisis", "reason": "r", "authority": "derby_city", "channel": "rest", "sender_id": sender}


@pytest.fixture
def path(tmp_path):
    return tmp_path / "triage-spool.jsonl"


def rejects(path) -> list[str]:
    bad = path.parent / (path.name + ".bad")
    return bad.read_text(encoding="utf-8").splitlines() if bad.exists() else []


class Store:
    """Inserts records, refusing any whose sender id holds a NUL (as PostgreSQL does)."""

    def __init__(self, down: bool = False) -> None:
        self.rows: list[dict] = []
        self.down = down

    def __call__(self, rec: dict) -> int:
        if self.down:
            raise OperationalError("INSERT", {}, ConnectionRefusedError("connection refused"))
        if "\x00" in rec["sender_id"]:
            raise ValueError("A string literal cannot contain NUL (0x00) characters.")
        self.rows.append(rec)
        return len(self.rows)


def test_a_record_the_database_refuses_is_set_aside_and_the_rest_replay(path) -> None:
    """Replay used to stop at such a line for ever: no later case was ever replayed."""
    spool.append(record("nul\x00sender"), path)
    spool.append(record("s2"), path)
    spool.append(record("s3"), path)
    store = Store()
    assert spool.replay(store, path) == [1, 2]
    assert [r["sender_id"] for r in store.rows] == ["s2", "s3"]
    assert spool.pending(path) == 0
    [kept] = rejects(path)
    assert json.loads(kept)["sender_id"] == "nul\x00sender"  # set aside whole, for a person to look at


def test_a_record_refused_after_the_last_success_is_set_aside_too(path) -> None:
    spool.append(record("s1"), path)
    spool.append(record("nul\x00sender"), path)
    assert spool.replay(Store(), path) == [1]
    assert spool.pending(path) == 0 and len(rejects(path)) == 1


def test_a_database_that_is_down_keeps_every_line(path) -> None:
    spool.append(record("s1"), path)
    spool.append(record("nul\x00sender"), path)
    assert spool.replay(Store(down=True), path) == []
    assert spool.pending(path) == 2 and rejects(path) == []


def test_a_partial_line_from_a_full_disk_does_not_swallow_the_next_case(path) -> None:
    """The next record was glued onto the partial line and both were lost."""
    spool.append(record("s1"), path)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"severity": "crisis", "sender_id": "cut sho')  # the disk filled up here
    spool.append(record("after the disk was freed"), path)
    store = Store()
    assert spool.replay(store, path) == [1, 2]
    assert [r["sender_id"] for r in store.rows] == ["s1", "after the disk was freed"]
    assert rejects(path) == ['{"severity": "crisis", "sender_id": "cut sho']


def test_the_spool_is_replaced_whole_never_rewritten_in_place(path, monkeypatch) -> None:
    for sender in ("s1", "s2", "s3"):
        spool.append(record(sender), path)
    before = path.read_text(encoding="utf-8")
    inode = path.stat().st_ino

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # s1 goes in, then the database goes down, and the disk fills while the kept lines are
    # written: the spool must still hold every line (s1 again is harmless: its spool_id).
    monkeypatch.setattr(spool.os, "replace", disk_full)
    with pytest.raises(OSError):
        spool.replay(lambda rec: 1 if rec["sender_id"] == "s1" else Store(down=True)(rec), path)
    assert path.read_text(encoding="utf-8") == before
    monkeypatch.undo()

    store = Store()
    store.rows.append(record("already there"))
    spool.replay(lambda rec: Store(down=True)(rec) if rec["sender_id"] == "s3" else store(rec), path)
    assert path.stat().st_ino != inode  # a new file took the old one's place
    assert [json.loads(line)["sender_id"] for line in path.read_text().splitlines()] == ["s3"]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".tmp")]
