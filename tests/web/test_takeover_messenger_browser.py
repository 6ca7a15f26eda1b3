"""A whole takeover of a Messenger conversation, the worker in headless Chromium on the
dashboard (the web app `make run` starts), the young person writing through the signed
webhook, and Meta's side played by the fake Graph API (tests/support/fake_graph.py).

crisis message through the webhook -> case -> take over -> the worker's message reaches
the Graph API for that PSID as the person's ("jo (duty worker): ...") -> the young
person's next message shows on the worker's page and the bot stays silent -> hand back ->
the bot answers again. And when Messenger's 24-hour window has closed (and
MESSENGER_HUMAN_AGENT_TAG is off, the default), the worker's page says so in plain words
and the message is not recorded as sent.
"""
from __future__ import annotations

import time
import urllib.parse
import uuid
from typing import Iterator

import pytest
from playwright.sync_api import expect

from bot.settings import Settings
from bot.web.store import TriageStore
from tests.bot.test_facebook import event, post, sign
from tests.bot.test_takeover_delivery import set_back, tracker_events
from tests.support.fake_graph import FakeGraph, GraphCall
from tests.web.test_takeover_browser import send_from_dashboard, worker_page

pytestmark = [pytest.mark.server, pytest.mark.browser]


@pytest.fixture(scope="module")
def graph(bot_servers: Settings) -> Iterator[FakeGraph]:
    with FakeGraph(urllib.parse.urlsplit(bot_servers.facebook_graph_url).port) as fake:
        yield fake


def texts_to(graph: FakeGraph, psid: str) -> list[str]:
    return [m.get("text", "") for m in graph.messages(psid)]


def write(settings: Settings, graph: FakeGraph, psid: str, text: str) -> None:
    """The young person writes on Messenger; returns once the turn is over (typing_off)."""
    body = event(psid, text, mid=f"m-{uuid.uuid4().hex[:10]}")
    seen = len([c for c in graph.snapshot() if c.sender_action == "typing_off" and c.recipient == psid])

    def done(calls: list[GraphCall]) -> bool:
        return len([c for c in calls if c.sender_action == "typing_off" and c.recipient == psid]) > seen

    assert post(settings, body, sign(body, settings.facebook_app_secret)) == (200, "success")
    graph.wait_for(done, timeout=30)


def messenger_case(settings: Settings, conversation: str) -> int:
    store = TriageStore(settings.triage_db_url)
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            cases = [c for c in store.queue(["derby_city"]) if c.sender_id == conversation]
            if cases:
                assert {c.channel for c in cases} == {"facebook"}
                return max(c.id for c in cases)
            time.sleep(0.2)
    finally:
        store.dispose()
    raise AssertionError("no case raised for the Messenger conversation")


def start_messenger_takeover(chromium, settings: Settings, graph: FakeGraph, username: str):
    psid = f"fb-takeover-{uuid.uuid4().hex[:8]}"
    conversation = f"messenger-{psid}"
    write(settings, graph, psid, "im from derby")
    write(settings, graph, psid, "i want to kill myself")
    assert any("116 123" in t for t in texts_to(graph, psid)), texts_to(graph, psid)
    case = messenger_case(settings, conversation)
    context, worker, errors = worker_page(chromium, settings, username)
    worker.goto(f"http://127.0.0.1:{settings.web_port}/duty/cases/{case}")
    expect(worker.locator(".app-transcript").first).to_contain_text("i want to kill myself")
    graph.clear()
    worker.get_by_role("button", name="Take over the chat").click()
    expect(worker.locator("#takeover-holder")).to_contain_text("You are talking with the young person")
    graph.wait_for(lambda calls: any(c.message for c in calls), timeout=10)
    assert texts_to(graph, psid) == [f"{username}, a duty worker, has joined the chat. "
                                     "You are talking with a person now."]
    return psid, conversation, case, context, worker, errors


def test_takeover_on_messenger_through_the_dashboard(chromium, bot_servers: Settings, graph: FakeGraph) -> None:
    psid, conversation, case, context, worker, errors = start_messenger_takeover(
        chromium, bot_servers, graph, "mo")
    try:
        graph.clear()
        send_from_dashboard(worker, "Hi, I'm Mo, a duty worker. Are you safe right now?")
        calls = graph.wait_for(lambda calls: any(c.message for c in calls), timeout=10)
        [sent] = [c for c in calls if c.message]
        assert sent.recipient == psid and sent.path.endswith("/me/messages")
        assert sent.body["messaging_type"] == "RESPONSE"
        assert sent.message == {"text": "mo (duty worker): Hi, I'm Mo, a duty worker. Are you safe right now?"}
        expect(worker.locator("#takeover-messages li[data-speaker='person']").last).to_contain_text(
            "Are you safe right now?")
        expect(worker.locator("#takeover-error")).to_be_hidden()

        graph.clear()
        started = time.monotonic()
        write(bot_servers, graph, psid, "im ok. at my mates flat")
        expect(worker.locator("#takeover-messages li[data-speaker='user']").last).to_contain_text(
            "at my mates flat", timeout=2_000)
        print(f"\nMessenger message on the worker's page after {(time.monotonic() - started) * 1000:.0f} ms")
        time.sleep(2.0)
        assert texts_to(graph, psid) == [], "the bot answered on Messenger during the takeover"

        worker.get_by_role("button", name="Hand back to the assistant").click()
        expect(worker.locator("#takeover-button")).to_be_visible()
        graph.wait_for(lambda calls: any(c.message for c in calls), timeout=10)
        assert texts_to(graph, psid) == ["mo has left the chat. You are talking with the assistant again."]

        graph.clear()
        write(bot_servers, graph, psid, "what is council tax help")
        answers = texts_to(graph, psid)
        assert answers and not any("has left the chat" in a for a in answers)
        assert errors == []
    finally:
        context.close()
    stored = [e.get("text") for e in tracker_events(bot_servers, conversation) if e.get("event") == "bot"]
    assert "Hi, I'm Mo, a duty worker. Are you safe right now?" in stored


def test_takeover_on_messenger_after_24_hours_shows_why_not_sent(chromium, bot_servers: Settings,
                                                                  graph: FakeGraph) -> None:
    assert not bot_servers.uses_human_agent_tag
    psid, conversation, case, context, worker, errors = start_messenger_takeover(
        chromium, bot_servers, graph, "kai")
    late = "Are you still there? I can ring you if you like."
    try:
        set_back(bot_servers, conversation, 25)  # as if the young person last wrote 25 hours ago
        graph.clear()
        send_from_dashboard(worker, late)
        error = worker.locator("#takeover-error")
        expect(error).to_be_visible(timeout=10_000)
        expect(error).to_contain_text("Not sent: this person last wrote on Messenger more than 24 hours ago")
        expect(error).to_contain_text("Contact them another way.")
        for leak in ("unexpected error", "ConversationError", "Traceback", "NotDelivered"):
            expect(error).not_to_contain_text(leak)
        expect(worker.locator("#takeover-text")).to_have_value(late)  # kept, to send another way
        time.sleep(1.0)
        expect(worker.locator("#takeover-messages")).not_to_contain_text("ring you if you like")
        assert not [c for c in graph.snapshot() if c.message]

        # Handing back still works: the bot answers again (the line to them can't go).
        worker.get_by_role("button", name="Hand back to the assistant").click()
        expect(worker.locator("#takeover-button")).to_be_visible()
        assert errors == []
    finally:
        context.close()
    assert late not in [e.get("text") for e in tracker_events(bot_servers, conversation)]
    store = TriageStore(bot_servers.triage_db_url)
    try:
        actions = [(e["action"], (e["detail"] or {}).get("reason")) for e in store.audit_log(case_id=case)]
    finally:
        store.dispose()
    assert ("takeover_message_refused", "not_delivered") in actions
    assert "takeover_message" not in [a for a, _ in actions]
    assert ("handback", None) in actions
    events = [e.get("event") for e in tracker_events(bot_servers, conversation)]
    last_pause = len(events) - 1 - events[::-1].index("pause")
    assert "resume" in events[last_pause:]  # the bot is not left paused
