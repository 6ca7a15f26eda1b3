"""Issue 17, hole 9: the dashboard's client address, lockouts, leavers, leads and
unknown-council cases."""
from __future__ import annotations


from aiohttp.test_utils import make_mocked_request

from bot.web import security
from bot.web.config import WebConfig
from tests.triage.helpers import PASSWORD


def forwarded(value: str):
    return make_mocked_request("GET", "/duty/login", headers={"X-Forwarded-For": value})


def test_the_client_address_is_the_one_our_proxy_added_not_the_clients_claim():
    # The client sent "X-Forwarded-For: 6.6.6.6"; our one proxy appended the real address.
    request = forwarded("6.6.6.6, 203.0.113.7")
    assert security.client_ip(request, 1) == "203.0.113.7"
    # Two proxies (a CDN, then ours): the second entry from the right.
    assert security.client_ip(forwarded("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2) == "203.0.113.7"
    # More proxies configured than entries: the left-most there is, never a guess.
    assert security.client_ip(forwarded("203.0.113.7"), 3) == "203.0.113.7"
    assert security.client_ip(request, 0) == security.client_ip(request, False)


def test_duty_trust_proxy_takes_a_number_of_proxies():
    assert WebConfig.from_settings(env={"DUTY_TRUST_PROXY": "1"}).trust_proxy == 1
    assert WebConfig.from_settings(env={"DUTY_TRUST_PROXY": "true"}).trust_proxy == 1
    assert WebConfig.from_settings(env={"DUTY_TRUST_PROXY": "2"}).trust_proxy == 2
    assert WebConfig.from_settings(env={}).trust_proxy == 0


def test_an_attacker_cannot_keep_a_worker_locked_out(store, clock):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    for _ in range(12):  # three hours of five wrong passwords every 15 minutes
        for _ in range(5):
            store.authenticate("asha", "wrong", ip="198.51.100.66")
        assert store.authenticate("asha", PASSWORD, ip="198.51.100.66").status == "locked"
        # The worker, from her own address, signs in all the same.
        assert store.authenticate("asha", PASSWORD, ip="192.0.2.10").status == "ok"
        clock.advance(minutes=15, seconds=1)
    # And the attacker's lockout ends: it is limited in time, not for ever.
    assert store.authenticate("asha", PASSWORD, ip="198.51.100.66").status == "ok"


def test_a_worker_who_leaves_is_deactivated_and_signed_out(store, monkeypatch, capsys):
    from bot.web import cli

    asha = store.add_worker("asha", PASSWORD, ["derby_city"])
    token, _csrf = store.create_session(asha.id)
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u1")
    assert store.claim(case_id, asha.id, ["derby_city", "unknown"]).ok
    assert cli.main(["deactivate-worker", "asha", "--db-url", store.url]) == 0
    assert store.load_session(token) is None
    assert store.authenticate("asha", PASSWORD).status == "bad"
    # Her claimed case goes back to the queue for someone else.
    case = store.get_case(case_id)
    assert (case.status, case.assignee_id) == ("open", None)
    actions = [e["action"] for e in store.audit_log()]
    assert "worker_deactivated" in actions
    assert cli.main(["deactivate-worker", "nobody", "--db-url", store.url]) == 1


# ------------------------------------------------------------------ unknown-council cases

def _add_slot(tracker_url: str, sender_id: str, name: str, value, stamp: float) -> None:
    import json

    from sqlalchemy import create_engine

    from bot.rasa.events import events_table

    engine = create_engine(tracker_url, future=True)
    with engine.begin() as connection:
        connection.execute(events_table.insert().values(
            sender_id=sender_id, type_name="slot", timestamp=stamp, intent_name=None,
            action_name=None, data=json.dumps({"event": "slot", "name": name, "value": value,
                                               "timestamp": stamp})))
    engine.dispose()


async def test_an_unknown_council_case_moves_to_its_council_once_known(store, tracker_url, asha,
                                                                       browser_factory, tmp_path):
    from tests.triage.helpers import write_tracker

    write_tracker(tmp_path / "tracker.db", "u9", [
        ("user", "I want to die", 1000.0, {"level": "crisis", "category": "suicidal", "reason": "x"}),
        ("user", "I live at 12 Secret Road, Corby", 1100.0, None),
    ])
    _add_slot(tracker_url, "u9", "authority", "north_northamptonshire", 1050.0)
    case_id = store.raise_case("crisis", "suicidal", None, "rest", "u9")
    # Asha covers Derby City: once the council is known the case is not hers to read.
    page = await asha.get(f"/duty/cases/{case_id}")
    assert page.status == 404 and "Secret Road" not in page.text
    assert store.get_case(case_id).authority == "north_northamptonshire"
    store.add_worker("nia", PASSWORD, ["north_northamptonshire"])
    nia = browser_factory()
    await nia.login("nia")
    page = await nia.get(f"/duty/cases/{case_id}")
    assert page.status == 200 and "Secret Road" in page.text


async def test_an_unknown_council_case_is_a_summary_until_claimed(store, asha, tmp_path):
    from tests.triage.helpers import write_tracker

    write_tracker(tmp_path / "tracker.db", "u8", [
        ("user", "I want to die", 1000.0, {"level": "crisis", "category": "suicidal", "reason": "x"}),
        ("user", "my name is Jo Private", 1100.0, None),
    ])
    case_id = store.raise_case("crisis", "suicidal", None, "rest", "u8")
    page = await asha.get(f"/duty/cases/{case_id}")
    assert page.status == 200 and "Talked about wanting to die or to end their life" in page.text
    assert "Council not known yet — the young person hasn&#39;t said which council looked after them" in page.text
    assert "Jo Private" not in page.text  # any council's worker sees the summary only
    csrf = page.csrf
    assert (await asha.post(f"/duty/cases/{case_id}/claim", {"csrf_token": csrf})).status == 303
    page = await asha.get(f"/duty/cases/{case_id}")
    assert "Jo Private" in page.text  # the worker who took it on reads the conversation


# ------------------------------------------------------------------ a lead releases a case

async def test_a_lead_can_release_a_case_another_worker_holds(store, asha, browser_factory):
    from bot.web import cli

    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u7")
    csrf = await asha.csrf(f"/duty/cases/{case_id}")
    assert (await asha.post(f"/duty/cases/{case_id}/claim", {"csrf_token": csrf})).status == 303
    # A worker who is not a lead cannot take it off her.
    store.add_worker("ben", PASSWORD, ["derby_city"])
    ben = browser_factory()
    await ben.login("ben")
    csrf = await ben.csrf(f"/duty/cases/{case_id}")
    page = await ben.post(f"/duty/cases/{case_id}/lead-release", {"csrf_token": csrf})
    assert page.status == 403 and store.get_case(case_id).assignee == "asha"
    # The lead can: the case goes back to the queue, and it is audited.
    import sys
    from io import StringIO

    monkey_stdin = StringIO(PASSWORD + "\n")
    old_stdin, sys.stdin = sys.stdin, monkey_stdin
    try:
        assert cli.main(["add-worker", "lena", "--authority", "derby_city", "--lead",
                         "--password-stdin", "--db-url", store.url]) == 0
    finally:
        sys.stdin = old_stdin
    lena = browser_factory()
    await lena.login("lena")
    page = await lena.get(f"/duty/cases/{case_id}")
    assert "lead-release-button" in page.text
    page = await lena.post(f"/duty/cases/{case_id}/lead-release", {"csrf_token": page.csrf})
    assert page.status == 303
    case = store.get_case(case_id)
    assert (case.status, case.assignee) == ("open", None)
    [entry] = [e for e in store.audit_log() if e["action"] == "lead_release"]
    assert entry["username"] == "lena" and entry["detail"] == {"from": "asha"}
    assert any(e.kind == "released" and e.worker == "lena" for e in store.events(case_id))


async def test_the_live_loop_moves_unknown_cases_whose_council_is_known(store, tracker_url, tmp_path):
    from bot.triage.transcript import TranscriptReader
    from bot.web.live import Broadcaster
    from tests.triage.helpers import write_tracker

    write_tracker(tmp_path / "tracker.db", "u6", [("user", "I want to die", 1000.0, None)])
    _add_slot(tracker_url, "u6", "authority", "derby_city", 1050.0)
    case_id = store.raise_case("crisis", "suicidal", None, "rest", "u6")
    still_unknown = store.raise_case("crisis", "suicidal", None, "rest", "no-slot")
    broadcaster = Broadcaster(store, transcripts=TranscriptReader(tracker_url))
    await broadcaster._settle_unknown()
    assert store.get_case(case_id).authority == "derby_city"
    assert store.get_case(still_unknown).authority == "unknown"
    assert [e.kind for e in store.events(case_id)] == ["raised", "moved"]
