"""The triage store: cases, visibility, claims, notes, workers, logins and sessions."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.triage.authorities import visible_authorities
from bot.triage.database import TriageError, resolve_url
from bot.web.store import TriageStore
from tests.triage.helpers import PASSWORD

DERBY = visible_authorities(["derby_city"])
NORTH = visible_authorities(["north_northamptonshire"])


def raise_some(store, clock):
    ids = {}
    ids["info"] = store.raise_case("info", "asked about opening hours", "derby_city", "rest", "u1")
    clock.advance(minutes=1)
    ids["urgent_old"] = store.raise_case("urgent", "homeless tonight", "derby_city", "rest", "u2")
    clock.advance(minutes=1)
    ids["crisis"] = store.raise_case("crisis", "suicidal", "derby_city", "socketio", "u3")
    clock.advance(minutes=1)
    ids["urgent_new"] = store.raise_case("urgent", "being hurt", "derby_city", "rest", "u4")
    ids["handoff"] = store.raise_case("handoff", "asked for a person", "derby_city", "rest", "u5")
    ids["north"] = store.raise_case("crisis", "overdose", "north_northamptonshire", "rest", "u6")
    return ids


def test_default_url_is_sqlite_under_var_at_the_repo_root(monkeypatch):
    monkeypatch.delenv("TRIAGE_DB_URL")
    url = resolve_url(None)
    assert url.startswith("sqlite:////") and url.endswith("/var/triage.db")


def test_queue_is_most_severe_then_oldest_first(store, clock):
    ids = raise_some(store, clock)
    order = [c.id for c in store.queue(DERBY)]
    assert order == [ids["crisis"], ids["urgent_old"], ids["urgent_new"], ids["handoff"], ids["info"]]


def test_case_fields_are_kept(store, clock):
    case_id = store.raise_case("crisis", "suicidal: wants to die", "derby_city", "rest", "sender-9", "summary")
    case = store.get_case(case_id)
    assert (case.severity, case.reason, case.authority, case.channel, case.sender_id, case.summary) == (
        "crisis", "suicidal: wants to die", "derby_city", "rest", "sender-9", "summary")
    assert case.status == "open" and case.assignee is None and case.created_at == clock.now
    assert [e.kind for e in store.events(case_id)] == ["raised"]


def test_unknown_severity_is_refused_by_the_store(store):
    with pytest.raises(TriageError):
        store.raise_case("panic", "x", "derby_city", "rest", "u")


def test_workers_see_only_their_authorities(store, clock):
    ids = raise_some(store, clock)
    assert ids["north"] not in [c.id for c in store.queue(DERBY)]
    assert [c.id for c in store.queue(NORTH)] == [ids["north"]]
    assert store.get_case(ids["north"], DERBY) is None
    assert store.get_case(ids["north"], NORTH) is not None


def test_unknown_authority_cases_are_seen_by_everyone(store):
    case_id = store.raise_case("crisis", "suicidal", None, "rest", "u")
    assert store.get_case(case_id).authority == "unknown"
    assert case_id in [c.id for c in store.queue(DERBY)]
    assert case_id in [c.id for c in store.queue(NORTH)]


def test_trust_cases_are_seen_by_both_northamptonshire_councils(store):
    case_id = store.raise_case("urgent", "ambiguous Northants", "northamptonshire_childrens_trust", "rest", "u")
    assert store.get_case(case_id, NORTH) is not None
    assert store.get_case(case_id, visible_authorities(["west_northamptonshire"])) is not None
    assert store.get_case(case_id, DERBY) is None


def test_claim_release_note_resolve(store, clock):
    a = store.add_worker("asha", PASSWORD, ["derby_city"])
    b = store.add_worker("ben", PASSWORD, ["derby_city"])
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")

    assert store.claim(case_id, a.id, DERBY).ok
    case = store.get_case(case_id)
    assert case.status == "claimed" and case.assignee == "asha" and case.claimed_at == clock.now

    taken = store.claim(case_id, b.id, DERBY)
    assert (taken.ok, taken.reason, taken.holder) == (False, "taken", "asha")
    assert store.claim(case_id, a.id, DERBY).reason == "already_yours"
    assert store.resolve(case_id, b.id, DERBY, "contacted").reason == "taken"
    assert store.release(case_id, b.id, DERBY).reason == "taken"

    assert store.add_note(case_id, b.id, DERBY, "Tried the mobile, voicemail").ok
    assert store.add_note(case_id, b.id, DERBY, "   ").reason == "invalid"

    assert store.release(case_id, a.id, DERBY).ok
    assert store.get_case(case_id).status == "open"
    assert store.resolve(case_id, a.id, DERBY, "contacted").reason == "not_yours"

    assert store.claim(case_id, b.id, DERBY).ok
    assert store.resolve(case_id, b.id, DERBY, "made_up").reason == "invalid"
    clock.advance(minutes=5)
    assert store.resolve(case_id, b.id, DERBY, "emergency_services_called", "Called 999").ok
    case = store.get_case(case_id)
    assert (case.status, case.outcome, case.resolved_at) == ("resolved", "emergency_services_called", clock.now)
    assert store.claim(case_id, a.id, DERBY).reason == "resolved"
    assert case_id not in [c.id for c in store.queue(DERBY)]
    assert case_id in [c.id for c in store.recently_resolved(DERBY)]

    history = [(e.kind, e.worker, e.from_status, e.to_status) for e in store.events(case_id)]
    assert history == [
        ("raised", None, None, "open"),
        ("claimed", "asha", "open", "claimed"),
        ("note", "ben", None, None),
        ("released", "asha", "claimed", "open"),
        ("claimed", "ben", "open", "claimed"),
        ("resolved", "ben", "claimed", "resolved"),
    ]
    assert store.events(case_id)[-1].text == "Called 999"


def test_actions_on_another_authoritys_case_are_not_found(store):
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    case_id = store.raise_case("crisis", "suicidal", "north_northamptonshire", "rest", "u")
    for result in (
        store.claim(case_id, worker.id, DERBY),
        store.release(case_id, worker.id, DERBY),
        store.resolve(case_id, worker.id, DERBY, "contacted"),
        store.add_note(case_id, worker.id, DERBY, "hello"),
        store.claim(99999, worker.id, DERBY),
    ):
        assert (result.ok, result.reason) == (False, "not_found")
    assert store.get_case(case_id).status == "open"


def test_changes_since_reports_every_event(store):
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    start = store.last_event_id()
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    store.claim(case_id, worker.id, DERBY)
    changes = store.changes_since(start)
    assert [(c.kind, c.case_id, c.severity, c.status) for c in changes] == [
        ("raised", case_id, "crisis", "claimed"), ("claimed", case_id, "crisis", "claimed")]
    assert store.changes_since(changes[-1].event_id) == []
    assert store.last_event_id() == changes[-1].event_id


# ------------------------------------------------------------------ workers and logins


def test_add_worker_validates(store):
    with pytest.raises(TriageError):
        store.add_worker("asha", "short", ["derby_city"])
    with pytest.raises(TriageError):
        store.add_worker("bad name!", PASSWORD, ["derby_city"])
    with pytest.raises(TriageError):
        store.add_worker("asha", PASSWORD, [])
    worker = store.add_worker("  Asha ", PASSWORD, ["derby_city", "DERBY_CITY"])
    assert worker.username == "asha" and worker.authorities == ("derby_city",)
    with pytest.raises(TriageError):
        store.add_worker("asha", PASSWORD, ["derby_city"])


def test_passwords_are_argon2_hashes(store):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from bot.triage.models import Worker

    store.add_worker("asha", PASSWORD, ["derby_city"])
    with Session(store.engine) as session:
        stored = session.execute(select(Worker.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_authenticate(store):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    ok = store.authenticate("ASHA ", PASSWORD, "10.0.0.1")
    assert ok.status == "ok" and ok.worker.username == "asha" and ok.worker.authorities == ("derby_city",)
    assert store.authenticate("asha", "wrong", "10.0.0.1").status == "bad"
    assert store.authenticate("nobody", PASSWORD, "10.0.0.1").status == "bad"
    assert store.authenticate("asha", "", "10.0.0.1").status == "bad"


def test_lockout_after_five_failures_for_fifteen_minutes(store, clock):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    results = [store.authenticate("asha", f"wrong{i}", "10.0.0.1").status for i in range(5)]
    assert results == ["bad", "bad", "bad", "bad", "locked"]
    locked = store.authenticate("asha", PASSWORD, "10.0.0.1")
    assert locked.status == "locked" and locked.locked_until == clock.now + timedelta(minutes=15)
    # Per (account, client): the worker from another address is not locked out (issue 17).
    assert store.authenticate("asha", PASSWORD, "10.0.0.2").status == "ok"
    clock.advance(minutes=14, seconds=59)
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "locked"
    clock.advance(seconds=2)
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "ok"


def test_locked_out_attempts_do_not_extend_the_lockout(store, clock):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    for _ in range(5):
        store.authenticate("asha", "wrong", "10.0.0.1")
    for _ in range(14):
        clock.advance(minutes=1)
        assert store.authenticate("asha", "wrong", "10.0.0.1").status == "locked"
    clock.advance(minutes=1, seconds=1)
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "ok"


def test_unknown_usernames_lock_the_same_way(store):
    statuses = [store.authenticate("nobody", "x", "10.0.0.1").status for _ in range(6)]
    assert statuses == ["bad", "bad", "bad", "bad", "locked", "locked"]


def test_success_resets_the_failure_count(store):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    for _ in range(4):
        store.authenticate("asha", "wrong", "10.0.0.1")
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "ok"
    assert [store.authenticate("asha", "wrong", "10.0.0.1").status for _ in range(4)] == ["bad"] * 4


def test_many_failures_from_one_address_lock_that_address(store):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    for i in range(20):
        store.authenticate(f"guess{i}", "x", "10.9.9.9")
    assert store.authenticate("asha", PASSWORD, "10.9.9.9").status == "locked"
    assert store.authenticate("asha", PASSWORD, "10.0.0.1").status == "ok"


def test_replace_worker_changes_password_and_signs_out(store):
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    token, _ = store.create_session(worker.id)
    store.add_worker("asha", "a brand new password", ["north_northamptonshire"], replace=True)
    assert store.load_session(token) is None
    assert store.authenticate("asha", PASSWORD).status == "bad"
    assert store.authenticate("asha", "a brand new password").worker.authorities == ("north_northamptonshire",)


# ------------------------------------------------------------------ sessions


def test_sessions_expire_when_idle_or_old_and_can_be_revoked(store, clock):
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    token, csrf = store.create_session(worker.id, ip="10.0.0.1")
    session = store.load_session(token)
    assert session.worker_id == worker.id and session.csrf_token == csrf
    assert "derby_city" in session.visible and "unknown" in session.visible
    assert store.load_session("not-a-token") is None and store.load_session(None) is None

    # Activity keeps it alive for up to 8 hours.
    for _ in range(16):
        clock.advance(minutes=29)
        assert store.load_session(token) is not None
    clock.advance(minutes=20)  # 8 h 4 min after sign-in
    assert store.load_session(token) is None

    token, _ = store.create_session(worker.id)
    clock.advance(minutes=31)
    assert store.load_session(token) is None  # idle

    token, _ = store.create_session(worker.id)
    clock.advance(minutes=10)
    assert store.load_session(token, touch=False) is not None
    clock.advance(minutes=21)
    assert store.load_session(token) is None  # touch=False did not count as activity

    token, _ = store.create_session(worker.id)
    store.revoke_session(token)
    assert store.load_session(token) is None


def test_session_tokens_are_stored_hashed(store):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from bot.triage.models import DutySession

    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    token, _ = store.create_session(worker.id)
    with Session(store.engine) as session:
        stored = session.execute(select(DutySession.token_hash)).scalar_one()
    assert token not in stored and len(stored) == 64


def test_audit_log(store):
    store.audit("login_failure", username="asha", ip="10.0.0.1")
    store.audit("claim", worker_id=1, username="asha", case_id=7, detail={"x": 1})
    entries = store.audit_log()
    assert [(e["action"], e["case_id"], e["detail"]) for e in entries] == [
        ("login_failure", None, None), ("claim", 7, {"x": 1})]
    assert [e["action"] for e in store.audit_log(case_id=7)] == ["claim"]


def test_two_stores_share_one_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    one, two = TriageStore(url), TriageStore(url)
    case_id = one.raise_case("crisis", "r", "derby_city", "rest", "u")
    assert two.get_case(case_id).reason == "r"
    one.dispose()
    two.dispose()
