"""Issue 18: a duty worker's message reaches the young person, against the real servers.

The worker's message goes as the dashboard sends it: a bot event with person metadata,
POSTed to Rasa's HTTP API with `output_channel=latest&execute_side_effects=true` and the
API token (harness/takeover_latency.py). Website chat: a python-socketio client in a
granted conversation. Messenger: a conversation started through the signed webhook, and
the fake Graph API (tests/support/fake_graph.py). Two servers: tests/scale.
Figures and what was sent are written to var/screenshots/takeover-*.
"""
from __future__ import annotations

import asyncio
import json
import time
import urllib.parse
import uuid
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from bot.paths import VAR
from bot.settings import Settings
from harness.takeover_latency import Chat, describe, measure, post_events, worker_event
from tests.bot.test_facebook import event, post, sign
from tests.support.fake_graph import FakeGraph

pytestmark = pytest.mark.server

TWO_PARAGRAPHS = "Hi, I'm Sam, a duty worker from your leaving care team.\n\nAre you safe right now?"
REPORT = VAR / "screenshots"


def rasa_url(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.rasa_port}"


def tracker_events(settings: Settings, conversation: str) -> list[dict]:
    import urllib.request

    url = f"{rasa_url(settings)}/conversations/{conversation}/tracker?token={settings.rasa_api_token}"
    with urllib.request.urlopen(url, timeout=20) as reply:
        return json.loads(reply.read())["events"]


def record(name: str, data: dict) -> None:
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / name).write_text(json.dumps(data, indent=2, default=str))


# ------------------------------------------------------------------ website chat


async def test_takeover_worker_message_reaches_the_website_chat_once_unsplit(bot_servers: Settings) -> None:
    chat = await Chat(rasa_url(bot_servers)).open()
    try:
        since = len(chat.events)
        status, _body = post_events(rasa_url(bot_servers), bot_servers.rasa_api_token, chat.session_id,
                                    [worker_event(TWO_PARAGRAPHS)])
        assert status == 200
        await chat.wait_for(lambda e, d: e == "bot_uttered" and isinstance(d, dict) and d.get("sender"), since=since)
        await asyncio.sleep(1)  # anything else (a split second part) would have come by now
        got = chat.bot_messages(since)
    finally:
        await chat.close()
    assert got == [{"text": TWO_PARAGRAPHS, "sender": "person", "name": "Sam"}]
    stored = [e for e in tracker_events(bot_servers, chat.session_id) if e.get("event") == "bot"][-1]
    assert stored["text"] == TWO_PARAGRAPHS
    assert {k: stored["metadata"].get(k) for k in ("sender", "name")} == {"sender": "person", "name": "Sam"}
    record("takeover-socketio.json", {"posted": worker_event(TWO_PARAGRAPHS), "socket_got": got})


async def test_takeover_other_metadata_never_reaches_the_chat(bot_servers: Settings) -> None:
    chat = await Chat(rasa_url(bot_servers)).open()
    try:
        since = len(chat.events)
        message = {"event": "bot", "text": "Hello from the team.",
                   "metadata": {"sender": "person", "name": "Sam\n<b>Lead</b>" + "x" * 80, "case_id": 7,
                                "worker_email": "sam@council.example"}}
        status, _ = post_events(rasa_url(bot_servers), bot_servers.rasa_api_token, chat.session_id, [message])
        assert status == 200
        got = await chat.wait_for(lambda e, d: e == "bot_uttered", since=since)
    finally:
        await chat.close()
    assert set(got) == {"text", "sender", "name"}
    assert got["sender"] == "person" and len(got["name"]) == 60 and "\n" not in got["name"]


async def test_takeover_latency_one_server(bot_servers: Settings) -> None:
    url = rasa_url(bot_servers)
    result = await measure(url, url, bot_servers.rasa_api_token)
    print("\n" + describe("one server, in-process socket.io manager", result))
    record("takeover-latency-one-server.json", result)
    assert result["max_ms"] < 2000


# ------------------------------------------------------------------ Messenger


@pytest.fixture(scope="module")
def graph(bot_servers: Settings) -> Iterator[FakeGraph]:
    with FakeGraph(urllib.parse.urlsplit(bot_servers.facebook_graph_url).port) as fake:
        yield fake


def set_back(settings: Settings, conversation: str, hours: float) -> None:
    """As if everything in the conversation happened `hours` earlier."""
    engine = create_engine(settings.tracker_db_url, future=True)
    with engine.begin() as connection:
        connection.execute(text("UPDATE events SET timestamp = timestamp - :s WHERE sender_id = :c"),
                           {"s": hours * 3600, "c": conversation})
    engine.dispose()


def test_takeover_messenger_within_24_hours_then_refused_after(bot_servers: Settings, graph: FakeGraph) -> None:
    psid = f"fb-takeover-{uuid.uuid4().hex[:8]}"
    conversation = f"messenger-{psid}"
    body = event(psid, "hello")
    assert post(bot_servers, body, sign(body, bot_servers.facebook_app_secret)) == (200, "success")
    graph.wait_for(lambda calls: any(c.sender_action == "typing_off" and c.recipient == psid for c in calls))
    graph.clear()

    status, _ = post_events(rasa_url(bot_servers), bot_servers.rasa_api_token, conversation,
                            [worker_event(TWO_PARAGRAPHS)])
    assert status == 200
    calls = [c for c in graph.wait_for(lambda calls: any(c.message for c in calls), timeout=10) if c.message]
    assert len(calls) == 1
    [sent] = calls
    assert sent.recipient == psid and sent.path.endswith("/me/messages")
    assert sent.query.get("access_token") == bot_servers.facebook_page_access_token
    assert sent.body["messaging_type"] == "RESPONSE" and "tag" not in sent.body
    assert sent.message == {"text": "Sam (duty worker): " + TWO_PARAGRAPHS}

    # 25 hours later, with MESSENGER_HUMAN_AGENT_TAG off (the default): refused, nothing sent,
    # and the message is not recorded as said.
    set_back(bot_servers, conversation, 25)
    graph.clear()
    late = "Are you still there?"
    status, refusal = post_events(rasa_url(bot_servers), bot_servers.rasa_api_token, conversation,
                                  [worker_event(late)])
    assert status == 500
    assert "more than 24 hours ago" in refusal["message"] and "Messenger won't deliver" in refusal["message"]
    time.sleep(1)
    assert not [c for c in graph.snapshot() if c.message]
    assert late not in [e.get("text") for e in tracker_events(bot_servers, conversation)]
    record("takeover-messenger.json", {"within_24h_graph_body": sent.body, "after_25h_api_answer": [status, refusal]})
