"""Duty dashboard: "Delete this conversation" (CSRF-protected, confirmed, audited)."""
from __future__ import annotations

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from bot.privacy import pseudonymise
from bot.triage.transcript import TranscriptReader
from bot.web.app import create_app
from bot.web.office import OfficeHours
from tests.privacy.helpers import add_events, closed_port_pg_url, count_events
from tests.triage.helpers import PASSWORD, Clock, make_store
from tests.web.conftest import Browser, fake_office

SENDER = "conv-5f2e"


@pytest.fixture
def store(tmp_path):
    s = make_store(f"sqlite:///{tmp_path / 'triage.db'}", Clock())
    yield s
    s.dispose()


async def _server(store, tracker_url):
    app = create_app({"poll_seconds": 0.05, "session_check_seconds": 0.2}, store=store,
                     transcripts=TranscriptReader(tracker_url), office_hours=OfficeHours(lookup=fake_office))
    server = TestServer(app)
    await server.start_server()
    return server


@pytest_asyncio.fixture
async def asha(store, tracker_url):
    server = await _server(store, tracker_url)
    store.add_worker("asha", PASSWORD, ["derby_city"])
    browser = Browser(server)
    await browser.login("asha")
    yield browser
    await browser.close()
    await server.close()


@pytest.fixture
def case_id(store, tracker_url):
    add_events(tracker_url, SENDER, [("user", "I want to die", 1777636800.0), ("bot", "I'm glad you told me", 1777636801.0)])
    add_events(tracker_url, "someone-else", [("user", "hello", 1777636802.0)])
    return store.raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "socketio", SENDER)


async def test_case_page_links_to_the_delete_confirmation(asha, case_id):
    page = await asha.get(f"/duty/cases/{case_id}")
    assert f'href="/duty/cases/{case_id}/delete-conversation"' in page.text
    confirm = await asha.get(f"/duty/cases/{case_id}/delete-conversation")
    assert confirm.status == 200
    assert "Delete this conversation" in confirm.text
    assert "This deletes all 2" in confirm.text and "You cannot undo this" in confirm.text


async def test_deleting_needs_confirmation_then_removes_the_conversation_and_audits(asha, store, case_id, tracker_url):
    form = await asha.get(f"/duty/cases/{case_id}/delete-conversation")
    unconfirmed = await asha.post(f"/duty/cases/{case_id}/delete-conversation", {"csrf_token": form.csrf})
    assert unconfirmed.status == 400
    assert "Select yes if the young person has asked" in unconfirmed.text
    assert count_events(tracker_url, SENDER) == 4

    done = await asha.post(f"/duty/cases/{case_id}/delete-conversation",
                           {"csrf_token": form.csrf, "confirm": "yes"})
    assert done.status == 303 and done.location == f"/duty/cases/{case_id}?done=deleted"
    assert count_events(tracker_url, SENDER) == 0
    assert count_events(tracker_url, "someone-else") == 2

    page = await asha.get(done.location)
    assert "The conversation has been deleted" in page.text
    assert "No messages were found" in page.text
    assert "Conversation deleted by asha at the young person&#39;s request." in page.text
    assert store.get_case(case_id).severity == "crisis"  # the case itself stays

    audit = [e for e in store.audit_log(case_id=case_id) if e["action"] == "delete_conversation"]
    assert len(audit) == 1
    assert audit[0]["username"] == "asha"
    assert audit[0]["detail"] == {"conversation": pseudonymise(SENDER), "events": 4}
    assert SENDER not in repr(store.audit_log())


async def test_deleting_needs_the_sessions_csrf_token(asha, store, case_id, tracker_url):
    page = await asha.post(f"/duty/cases/{case_id}/delete-conversation", {"csrf_token": "forged", "confirm": "yes"})
    assert page.status == 403
    page = await asha.post(f"/duty/cases/{case_id}/delete-conversation", {"confirm": "yes"})
    assert page.status == 403
    assert count_events(tracker_url, SENDER) == 4
    assert [e["action"] for e in store.audit_log(case_id=None)].count("csrf_failure") == 2


async def test_signed_out_and_other_authorities_cannot_delete(store, case_id, tracker_url):
    server = await _server(store, tracker_url)
    try:
        stranger = Browser(server)
        page = await stranger.post(f"/duty/cases/{case_id}/delete-conversation", {"confirm": "yes"})
        assert page.status == 303 and page.location.startswith("/duty/login")
        store.add_worker("sam", PASSWORD, ["north_northamptonshire"])
        sam = Browser(server)
        await sam.login("sam")
        assert (await sam.get(f"/duty/cases/{case_id}/delete-conversation")).status == 404
        csrf = await sam.csrf()
        page = await sam.post(f"/duty/cases/{case_id}/delete-conversation", {"csrf_token": csrf, "confirm": "yes"})
        assert page.status == 404
        assert count_events(tracker_url, SENDER) == 4
        assert "denied" in [e["action"] for e in store.audit_log(case_id=case_id)]
        await stranger.close()
        await sam.close()
    finally:
        await server.close()


async def test_a_case_without_a_conversation_has_nothing_to_delete(asha, store):
    bare = store.raise_case("handoff", "asked to talk to a person", "derby_city", "rest", "")
    assert 'delete-conversation' not in (await asha.get(f"/duty/cases/{bare}")).text
    assert (await asha.get(f"/duty/cases/{bare}/delete-conversation")).status == 404


async def test_a_store_failure_says_nothing_was_deleted(store, case_id):
    server = await _server(store, closed_port_pg_url())
    try:
        store.add_worker("asha", PASSWORD, ["derby_city"])
        asha = Browser(server)
        await asha.login("asha")
        form = await asha.get(f"/duty/cases/{case_id}/delete-conversation")
        page = await asha.post(f"/duty/cases/{case_id}/delete-conversation", {"csrf_token": form.csrf, "confirm": "yes"})
        assert page.status == 503
        assert "Nothing was deleted" in page.text
        assert "delete_conversation_failed" in [e["action"] for e in store.audit_log(case_id=case_id)]
        await asha.close()
    finally:
        await server.close()


async def test_the_dashboard_never_shows_the_conversation_id(store, tracker_url, case_id):
    """Issue 17: the id is the young person's; a worker who can see the case gets its
    pseudonym (as in the audit log), and one who can't gets no page at all."""
    server = await _server(store, tracker_url)
    store.add_worker("asha", PASSWORD, ["derby_city"])
    store.add_worker("nell", PASSWORD, ["north_northamptonshire"])
    asha, nell = Browser(server), Browser(server)
    try:
        await asha.login("asha")
        await nell.login("nell")
        for path in (f"/duty/cases/{case_id}", f"/duty/cases/{case_id}/delete-conversation"):
            page = await asha.get(path)
            assert page.status == 200 and SENDER not in page.text
            assert pseudonymise(SENDER) in page.text
            other = await nell.get(path)
            assert other.status == 404 and SENDER not in other.text and pseudonymise(SENDER) not in other.text
        queue = await asha.get("/duty/queue")
        assert SENDER not in queue.text
    finally:
        await asha.close()
        await nell.close()
        await server.close()
