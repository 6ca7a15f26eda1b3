"""Retention: `purge()` and `python -m bot purge`, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import create_engine, select

import bot.__main__ as bot_main
from bot.privacy import conversations, pseudonymise, purge
from bot.privacy.conversations import PrivacyStoreError, tombstones_table
from bot.triage.models import Case, CaseEvent
from bot.triage.cases import NOTE_REMOVED
from tests.privacy.helpers import NOW, add_events, closed_port_pg_url, count_events, days_ago, seed_store
from tests.triage.helpers import Clock, make_store

THIRTY = timedelta(days=30)


def test_dry_run_reports_and_changes_nothing(any_tracker_url):
    counts = seed_store(any_tracker_url)
    report = purge(THIRTY, True, any_tracker_url, include_cases=False, now=NOW)
    assert report.dry_run
    assert (report.conversations, report.events, report.kept_conversations) == (2, 8, 2)
    assert count_events(any_tracker_url) == sum(counts.values())


def test_purge_deletes_whole_old_conversations_and_keeps_active_ones_whole(any_tracker_url):
    counts = seed_store(any_tracker_url)
    report = purge(THIRTY, False, any_tracker_url, include_cases=False, now=NOW)
    assert (report.conversations, report.events, report.kept_conversations) == (2, 8, 2)
    assert count_events(any_tracker_url, "old-a") == 0
    assert count_events(any_tracker_url, "old-b") == 0
    assert count_events(any_tracker_url, "new-c") == counts["new-c"]
    # Its first message is 60 days old, but the conversation is active: never half of it.
    assert count_events(any_tracker_url, "mixed-d") == counts["mixed-d"]


def test_purge_is_idempotent(any_tracker_url):
    seed_store(any_tracker_url)
    purge(THIRTY, False, any_tracker_url, include_cases=False, now=NOW)
    again = purge(THIRTY, False, any_tracker_url, include_cases=False, now=NOW)
    assert again.nothing_to_do
    assert (again.conversations, again.events, again.kept_conversations) == (0, 0, 2)


def test_a_conversation_that_wakes_up_during_the_purge_is_kept_whole(any_tracker_url, monkeypatch):
    """Between finding old conversations and deleting them, old-a writes again."""
    seed_store(any_tracker_url)
    real_chunks = conversations._chunks

    def chunks_after_a_new_message(items, size):
        add_events(any_tracker_url, "old-a", [("user", "I'm back", NOW.timestamp())])
        yield from real_chunks(items, size)

    monkeypatch.setattr(conversations, "_chunks", chunks_after_a_new_message)
    report = purge(THIRTY, False, any_tracker_url, include_cases=False, now=NOW)
    assert count_events(any_tracker_url, "old-a") == 8  # 6 old + 2 new, all kept
    assert count_events(any_tracker_url, "old-b") == 0
    assert (report.conversations, report.events) == (1, 2)


def test_purge_never_deletes_live_conversations(tracker_url):
    seed_store(tracker_url)
    with pytest.raises(ValueError):
        purge(timedelta(0), False, tracker_url, include_cases=False, now=NOW)


def test_missing_store_is_nothing_to_do(tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"
    report = purge(THIRTY, False, url, f"sqlite:///{tmp_path / 'no-triage.db'}", now=NOW)
    assert report.nothing_to_do
    assert not (tmp_path / "none.db").exists()
    assert not (tmp_path / "no-triage.db").exists()
    assert any("no conversation store" in note for note in report.notes)


def test_unreachable_store_is_a_clear_error():
    with pytest.raises(PrivacyStoreError) as error:
        purge(THIRTY, True, closed_port_pg_url(), include_cases=False, now=NOW)
    assert "cannot reach the conversation store" in str(error.value)
    assert "s3cret-pw" not in str(error.value)


def test_tombstones_are_kept_for_a_day_only(tracker_url):
    add_events(tracker_url, "gone", [("user", "hi", days_ago(1))])
    conversations.delete_conversation("gone", tracker_url)
    engine = create_engine(tracker_url, future=True)
    with engine.begin() as connection:
        connection.execute(tombstones_table.insert().values(
            sender_hash=pseudonymise("older"), deleted_at=days_ago(2), by="user"))
    report = purge(THIRTY, False, tracker_url, include_cases=False)
    assert report.tombstones_removed == 1
    with engine.connect() as connection:
        assert [r.sender_hash for r in connection.execute(select(tombstones_table))] == [pseudonymise("gone")]
    engine.dispose()


# ------------------------------------------------------------------ triage cases


def _cases(url: str) -> dict:
    """Three cases: resolved 40 days ago (with a summary and notes), resolved yesterday, open."""
    clock = Clock(NOW - timedelta(days=41))
    store = make_store(url, clock)
    worker = store.add_worker("asha", "correct horse battery staple", ["derby_city"])
    old = store.raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "socketio",
                           "sender-old", summary="said they live at DE1 3RT")
    store.claim(old, worker.id, ["derby_city"])
    store.add_note(old, worker.id, ["derby_city"], "Rang her mum on 07700 900123")
    clock.advance(days=1)
    store.resolve(old, worker.id, ["derby_city"], "contacted", "Safe with family")
    clock.now = NOW - timedelta(days=1)
    recent = store.raise_case("urgent", "homeless.nowhere", "derby_city", "rest", "sender-recent")
    store.claim(recent, worker.id, ["derby_city"])
    store.resolve(recent, worker.id, ["derby_city"], "contacted", "Found a bed")
    still_open = store.raise_case("handoff", "asked to talk to a person", "derby_city", "rest", "sender-open")
    store.dispose()
    return {"old": old, "recent": recent, "open": still_open}


def _case_rows(url: str):
    from sqlalchemy.orm import Session

    store = make_store(url)
    with Session(store.engine) as session:
        cases = {c.id: c for c in session.execute(select(Case)).scalars()}
        events = list(session.execute(select(CaseEvent).order_by(CaseEvent.id)).scalars())
        session.expunge_all()
    store.dispose()
    return cases, events


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_closed_cases_keep_only_the_duty_record(backend, tmp_path, tracker_url, request):
    if backend == "sqlite":
        triage_url = f"sqlite:///{tmp_path / 'triage.db'}"
    else:
        triage_url = request.getfixturevalue("tracker_pg_url")
    ids = _cases(triage_url)
    before, _ = _case_rows(triage_url)

    dry = purge(THIRTY, True, tracker_url, triage_url, now=NOW)
    assert dry.cases_pseudonymised == 1
    assert _case_rows(triage_url)[0][ids["old"]].sender_id == "sender-old"

    report = purge(THIRTY, False, tracker_url, triage_url, now=NOW)
    assert report.cases_pseudonymised == 1
    cases, events = _case_rows(triage_url)
    old = cases[ids["old"]]
    assert old.sender_id == pseudonymise("sender-old")
    assert old.summary == ""
    notes = [e for e in events if e.case_id == ids["old"] and e.kind in ("note", "resolved")]
    assert notes and all(e.text == NOTE_REMOVED for e in notes)
    # The duty record stays.
    was = before[ids["old"]]
    for column in ("severity", "reason", "authority", "channel", "status", "outcome",
                   "created_at", "claimed_at", "resolved_at", "assignee_id"):
        assert getattr(old, column) == getattr(was, column), column
    assert [e.kind for e in events if e.case_id == ids["old"]] == ["raised", "claimed", "note", "resolved"]
    # Recent and open cases are untouched.
    assert cases[ids["recent"]].sender_id == "sender-recent"
    assert cases[ids["open"]].sender_id == "sender-open"
    assert any(e.text == "Found a bed" for e in events)
    # Idempotent.
    assert purge(THIRTY, False, tracker_url, triage_url, now=NOW).cases_pseudonymised == 0


def test_case_period_can_differ(tmp_path, tracker_url):
    triage_url = f"sqlite:///{tmp_path / 'triage.db'}"
    ids = _cases(triage_url)
    report = purge(THIRTY, False, tracker_url, triage_url, cases_older_than=timedelta(hours=1), now=NOW)
    assert report.cases_pseudonymised == 2
    cases, _ = _case_rows(triage_url)
    assert cases[ids["open"]].sender_id == "sender-open"  # never while a case is open


# ------------------------------------------------------------------ the command


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = bot_main.main(["purge", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_dry_run_then_real_run(capsys, tracker_url, tmp_path, monkeypatch):
    seed_store(tracker_url, now=conversations.datetime.now(conversations.timezone.utc))
    triage_url = f"sqlite:///{tmp_path / 'triage.db'}"

    code, out, err = _run(capsys, "--dry-run", "--triage-db-url", triage_url)
    assert code == 0, err
    assert "DRY RUN" in out
    assert "would delete 2 conversation(s), 8 event(s)" in out
    assert "kept whole: 2 conversation(s)" in out
    assert count_events(tracker_url) == 16

    code, out, err = _run(capsys, "--triage-db-url", triage_url)
    assert code == 0, err
    assert "Purge: done." in out and "deleted 2 conversation(s), 8 event(s)" in out
    assert count_events(tracker_url) == 8

    code, out, err = _run(capsys, "--triage-db-url", triage_url)
    assert code == 0 and "deleted 0 conversation(s), 0 event(s)" in out


def test_cli_takes_the_period_from_retention_days(capsys, tracker_url, monkeypatch):
    seed_store(tracker_url, now=conversations.datetime.now(conversations.timezone.utc))
    monkeypatch.setenv("RETENTION_DAYS", "35")
    code, out, _ = _run(capsys, "--dry-run", "--no-cases")
    assert code == 0 and "would delete 1 conversation(s), 6 event(s)" in out
    code, out, _ = _run(capsys, "--dry-run", "--no-cases", "--days", "90")
    assert code == 0 and "would delete 0 conversation(s)" in out


def test_cli_refuses_bad_periods(capsys, monkeypatch):
    assert _run(capsys, "--days", "0")[0] == 2
    monkeypatch.setenv("RETENTION_DAYS", "a month")
    code, _, err = _run(capsys)
    assert code == 2 and "RETENTION_DAYS" in err


def test_cli_unreachable_database_fails_clearly(capsys):
    code, out, err = _run(capsys, "--tracker-db-url", closed_port_pg_url())
    assert code == 1
    assert "purge: FAILED: cannot reach the conversation store postgresql+psycopg2://worker:***@127.0.0.1" in err
    assert "s3cret-pw" not in err + out
