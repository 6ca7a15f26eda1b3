"""`bot.triage.raise_case`: never raises, spools when the database fails, replays later."""
from __future__ import annotations

import json
import logging
import os

import pytest

import bot.triage
from bot.triage import raise_case, raise_case_async, replay_spool, spool
from bot.web.store import TriageStore


def cases(url: str):
    store = TriageStore(url)
    try:
        return store.queue(["derby_city", "unknown", "north_northamptonshire"])
    finally:
        store.dispose()


def test_raise_case_returns_the_new_case_id(triage_env):
    case_id = raise_case("crisis", "suicidal", "derby_city", "rest", "sender-1", "summary")
    assert isinstance(case_id, int)
    [case] = cases(os.environ["TRIAGE_DB_URL"])
    assert (case.id, case.severity, case.reason, case.sender_id, case.summary) == (
        case_id, "crisis", "suicidal", "sender-1", "summary")


def test_unknown_severity_is_filed_as_urgent_not_lost(triage_env):
    case_id = raise_case("red-alert", "odd", "derby_city", "rest", "s")
    [case] = cases(os.environ["TRIAGE_DB_URL"])
    assert case.id == case_id and case.severity == "urgent" and "red-alert" in case.reason


def test_a_broken_database_spools_the_case_and_never_raises(triage_env, monkeypatch, caplog):
    good_url = os.environ["TRIAGE_DB_URL"]
    # A directory where the database file should be: SQLite cannot open it.
    (triage_env / "broken.db").mkdir()
    monkeypatch.setenv("TRIAGE_DB_URL", f"sqlite:///{triage_env / 'broken.db'}")
    bot.triage._reset_stores()
    with caplog.at_level(logging.ERROR, logger="bot.triage"):
        assert raise_case("crisis", "suicidal", "derby_city", "rest", "s1") is None
        assert raise_case("urgent", "homeless tonight", None, "facebook", "s2") is None
    assert "spooling" in caplog.text
    lines = [json.loads(line) for line in spool.spool_path().read_text().splitlines()]
    assert [(r["severity"], r["sender_id"]) for r in lines] == [("crisis", "s1"), ("urgent", "s2")]
    assert all(r["spool_id"] and r["created_at"] for r in lines)
    assert spool.pending() == 2

    # The database is back: the next case goes in, and the spooled ones follow it.
    monkeypatch.setenv("TRIAGE_DB_URL", good_url)
    bot.triage._reset_stores()
    new_id = raise_case("handoff", "wants a person", "derby_city", "rest", "s3")
    assert new_id is not None
    stored = cases(good_url)
    assert sorted(c.sender_id for c in stored) == ["s1", "s2", "s3"]
    assert spool.pending() == 0
    # Spooled cases keep the time they were raised, not the time they were replayed.
    by_sender = {c.sender_id: c for c in stored}
    assert by_sender["s1"].created_at.isoformat() == lines[0]["created_at"]
    assert by_sender["s2"].authority == "unknown"


def test_replaying_the_same_line_twice_makes_one_case(triage_env):
    record = spool.append({"severity": "crisis", "reason": "r", "authority": "derby_city",
                           "channel": "rest", "sender_id": "s", "summary": ""})
    assert len(replay_spool(notify=False)) == 1
    spool.append(record)  # as if a crash happened before the spool was emptied
    replay_spool(notify=False)
    assert [c.sender_id for c in cases(os.environ["TRIAGE_DB_URL"])] == ["s"]


def test_unreadable_spool_lines_are_set_aside(triage_env):
    path = spool.spool_path()
    path.write_text('not json\n{"severity": "crisis", "reason": "r", "authority": "derby_city", '
                    '"channel": "rest", "sender_id": "s", "spool_id": "abc"}\n')
    assert len(replay_spool(notify=False)) == 1
    assert path.read_text() == ""
    assert (path.parent / (path.name + ".bad")).read_text() == "not json\n"


def test_a_failed_replay_keeps_the_spool(triage_env, monkeypatch):
    spool.append({"severity": "crisis", "reason": "r", "authority": "derby_city",
                  "channel": "rest", "sender_id": "s1"})
    spool.append({"severity": "crisis", "reason": "r", "authority": "derby_city",
                  "channel": "rest", "sender_id": "s2"})

    def fail(record):
        raise RuntimeError("database down")

    assert spool.replay(fail) == []
    assert spool.pending() == 2


def test_raise_case_survives_a_failing_spool_too(triage_env, monkeypatch, caplog):
    (triage_env / "broken.db").mkdir()
    monkeypatch.setenv("TRIAGE_DB_URL", f"sqlite:///{triage_env / 'broken.db'}")
    (triage_env / "spool-dir").mkdir()
    monkeypatch.setenv("TRIAGE_SPOOL_PATH", str(triage_env / "spool-dir"))  # a directory: cannot append
    bot.triage._reset_stores()
    with caplog.at_level(logging.CRITICAL, logger="bot.triage"):
        assert raise_case("crisis", "suicidal", "derby_city", "rest", "s1") is None
    assert "NOT STORED AND NOT SPOOLED" in caplog.text and "s1" in caplog.text


def test_raise_case_async(triage_env):
    import asyncio

    case_id = asyncio.run(raise_case_async("crisis", "suicidal", "derby_city", "rest", "s"))
    assert isinstance(case_id, int)


@pytest.mark.parametrize("bad", [object(), None, 12])
def test_odd_arguments_do_not_raise(triage_env, bad):
    assert raise_case("crisis", bad, bad, bad, bad, bad) is not None


def test_cases_still_queued_when_the_process_exits_are_written(triage_env):
    """The case writer's thread is a daemon; at exit it first writes what is queued (the
    thread pool it replaced did too), so a reply sent just before a shutdown loses no case."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import asyncio, bot.triage\n"
        "async def main():\n"
        "    for n in range(300):\n"
        "        asyncio.ensure_future(bot.triage.raise_case_async('crisis', 'r', None, 'rest', f's{n}'))\n"
        "    await asyncio.sleep(0)\n"
        "asyncio.run(main())\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120, cwd=root,
                   env={**os.environ, "PYTHONPATH": str(root)})
    assert len(cases(os.environ["TRIAGE_DB_URL"])) == 300
