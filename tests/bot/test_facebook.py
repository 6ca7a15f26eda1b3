"""Facebook Messenger against the running Rasa server (the `bot_servers` fixture).

`harness/servers.py` starts Rasa with known test secrets and FACEBOOK_GRAPH_URL
pointing at a port where this module runs a fake Graph API (tests/support/fake_graph.py),
so replies the bot "sends to Messenger" are captured here. What was sent and what came
back is written to var/screenshots/messenger.txt.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Iterator

import pytest

from bot.rasa.channels.facebook import (FacebookInput, quick_replies, quick_reply_title,
                                   split_text)
from bot.paths import VAR
from bot.settings import Settings
from tests.support.fake_graph import FakeGraph

REPORT = VAR / "screenshots" / "messenger.txt"
PAGE_ID = "1234567890"


# ------------------------------------------------------------------ helpers


def webhook(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.rasa_port}/webhooks/facebook/webhook"


def sign(body: bytes, secret: str, method: str = "sha1") -> str:
    return f"{method}=" + hmac.new(secret.encode(), body, getattr(hashlib, method)).hexdigest()


def event(sender: str, text: str, payload: str | None = None, mid: str = "m-1") -> bytes:
    message: dict = {"mid": mid, "text": text}
    if payload:
        message["quick_reply"] = {"payload": payload}
    return json.dumps({
        "object": "page",
        "entry": [{"id": PAGE_ID, "time": int(time.time() * 1000), "messaging": [{
            "sender": {"id": sender}, "recipient": {"id": PAGE_ID},
            "timestamp": int(time.time() * 1000), "message": message,
        }]}],
    }).encode()


def http(method: str, url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def post(settings: Settings, body: bytes, signature: str | None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if signature is not None:  # as Facebook sends them: sha1 and sha256 in their own headers
        name = "X-Hub-Signature-256" if signature.startswith("sha256=") else "X-Hub-Signature"
        headers[name] = signature
    return http("POST", webhook(settings), body, headers)


def record(title: str, *lines: str) -> None:
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    with REPORT.open("a") as out:
        out.write(f"== {title}\n" + "".join(f"{line}\n" for line in lines) + "\n")


def shown(messages: list[dict]) -> list[str]:
    out = []
    for m in messages:
        text = m.get("text", "")
        if m.get("quick_replies"):
            text += "  [quick replies: " + " | ".join(q["title"] for q in m["quick_replies"]) + "]"
        out.append(text)
    return out


# ------------------------------------------------------------------ against the server


@pytest.fixture(scope="module")
def graph(bot_servers: Settings) -> Iterator[FakeGraph]:
    port = urllib.parse.urlsplit(bot_servers.facebook_graph_url).port
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("Messenger webhook tests against the running Rasa server "
                      f"({webhook(bot_servers)}); fake Graph API at {bot_servers.facebook_graph_url}\n\n")
    with FakeGraph(port) as fake:
        yield fake


@pytest.mark.server
def test_webhook_verification_handshake(bot_servers: Settings, graph: FakeGraph) -> None:
    query = {"hub.mode": "subscribe", "hub.verify_token": bot_servers.facebook_verify_token,
             "hub.challenge": "1158201444"}
    status, body = http("GET", webhook(bot_servers) + "?" + urllib.parse.urlencode(query))
    assert (status, body) == (200, "1158201444")
    wrong = dict(query, **{"hub.verify_token": "not-the-token"})
    bad_status, bad_body = http("GET", webhook(bot_servers) + "?" + urllib.parse.urlencode(wrong))
    assert bad_status == 403 and "1158201444" not in bad_body
    missing = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    none_status, none_body = http("GET", webhook(bot_servers) + "?" + urllib.parse.urlencode(missing))
    assert none_status == 403 and "1158201444" not in none_body
    record("verification (GET /webhooks/facebook/webhook)",
           f"right token  -> {status} {body!r}",
           f"wrong token  -> {bad_status} {bad_body!r}",
           f"no token     -> {none_status} {none_body!r}")


@pytest.mark.server
def test_signed_message_gets_a_reply_with_quick_replies(bot_servers: Settings, graph: FakeGraph) -> None:
    user = f"fb-user-{uuid.uuid4().hex[:8]}"  # a new conversation, even on a reused server
    body = event(user, "how much is the setting up home allowance")
    status, text = post(bot_servers, body, sign(body, bot_servers.facebook_app_secret))
    assert (status, text) == (200, "success")
    calls = graph.wait_for(lambda calls: any(c.sender_action == "typing_off" and c.recipient == user
                                             for c in calls))
    mine = [c for c in calls if c.recipient == user]
    # Sent with the page token, to /me/messages, in Messenger's order.
    assert all(c.path == "/v2.12/me/messages" for c in mine)
    assert all(c.query.get("access_token") == bot_servers.facebook_page_access_token for c in mine)
    assert [c.sender_action for c in mine if c.sender_action] == ["mark_seen", "typing_on", "typing_off"]
    messages = [c.message for c in mine if c.message]
    assert messages, "no reply reached the Graph API"
    ask = messages[-1]
    assert ask["text"] == "Which council looked after you?"
    assert [q["title"] for q in ask["quick_replies"]] == [
        "North Northants", "West Northants", "Derby City"]
    assert all(q["content_type"] == "text" for q in ask["quick_replies"])
    assert all(mine_call.body["messaging_type"] == "RESPONSE" for mine_call in mine if mine_call.message)
    record("signed message (X-Hub-Signature: sha1=...)",
           f"sent: {json.loads(body)['entry'][0]['messaging'][0]['message']}",
           f"webhook answered: {status} {text!r}",
           *[f"Graph API got: {c.sender_action or json.dumps(c.message)}" for c in mine])

    # The user taps a quick reply: Messenger sends its payload back.
    derby = next(q for q in ask["quick_replies"] if q["title"] == "Derby City")
    graph.clear()
    body = event(user, "Derby City", payload=derby["payload"], mid="m-2")
    status, text = post(bot_servers, body, sign(body, bot_servers.facebook_app_secret, "sha256"))
    assert (status, text) == (200, "success")
    calls = graph.wait_for(lambda calls: any(c.sender_action == "typing_off" for c in calls))
    answer = [c.message["text"] for c in calls if c.message]
    assert any("Derby City Council" in t and "Setting up Home" in t for t in answer), answer
    # The conversation is Messenger's own (issue 17): `messenger-` + the user's id.
    tracker_url = (f"http://127.0.0.1:{bot_servers.rasa_port}/conversations/messenger-{user}/tracker"
                   f"?token={bot_servers.rasa_api_token}")
    with urllib.request.urlopen(tracker_url, timeout=20) as reply:
        tracker = json.loads(reply.read())
    assert tracker["sender_id"] == f"messenger-{user}"
    assert [e["text"] for e in tracker["events"] if e.get("event") == "user"][0] == \
        "how much is the setting up home allowance"
    record("quick reply tapped (X-Hub-Signature-256: sha256=...)",
           f"sent: quick_reply payload {derby['payload']!r}",
           f"webhook answered: {status} {text!r}",
           *[f"Graph API got: {t}" for t in shown([c.message for c in calls if c.message])])


@pytest.mark.server
@pytest.mark.parametrize("case", ["missing", "wrong secret", "tampered body", "unknown method"])
def test_unsigned_or_badly_signed_message_is_refused(bot_servers: Settings, graph: FakeGraph,
                                                      case: str) -> None:
    user = f"fb-user-{case.replace(' ', '-')}-{uuid.uuid4().hex[:8]}"
    body = event(user, "how much is the setting up home allowance")
    signature = {
        "missing": None,
        "wrong secret": sign(body, "not-the-app-secret"),
        "tampered body": sign(event(user, "something else"), bot_servers.facebook_app_secret),
        "unknown method": "md5=" + hmac.new(bot_servers.facebook_app_secret.encode(), body,
                                            hashlib.md5).hexdigest(),
    }[case]
    status, text = post(bot_servers, body, signature)
    assert status == 403 and text == "not validated"
    # Nothing went to the Graph API for this user, and Rasa never saw the message.
    time.sleep(1.5)
    assert not [c for c in graph.snapshot() if c.recipient == user]
    tracker_url = (f"http://127.0.0.1:{bot_servers.rasa_port}/conversations/messenger-{user}/tracker"
                   f"?token={bot_servers.rasa_api_token}")
    _status, tracker = http("GET", tracker_url)
    assert not [e for e in json.loads(tracker).get("events", []) if e.get("event") == "user"]
    record(f"{case} signature", f"X-Hub-Signature: {signature!r}",
           f"webhook answered: {status} {text!r}", "Graph API got: nothing; no user event in the tracker")


# ------------------------------------------------------------------ the channel's pieces


def test_quick_reply_titles_fit_messenger() -> None:
    assert quick_reply_title("Derby City") == "Derby City"
    assert quick_reply_title("North Northamptonshire") == "North Northamptonsh…"
    assert quick_reply_title("Do I count as a care leaver?") == "Do I count as a…"
    assert quick_reply_title("Setting up home money") == "Setting up home…"
    buttons = [{"title": f"Topic {n}", "payload": f"/ask_{n}"} for n in range(15)]
    replies = quick_replies(buttons + [{"title": "No payload"}])
    assert len(replies) == 13 and replies[0] == {"content_type": "text", "title": "Topic 0",
                                                "payload": "/ask_0"}


def test_long_text_is_split_for_messenger() -> None:
    parts = split_text("First.\n\n" + "word " * 900)
    assert parts[0] == "First." and len(parts) == 4
    assert all(len(p) <= 2000 for p in parts)
    assert " ".join(parts[1:]).split() == ["word"] * 900


def test_signature_check() -> None:
    body = b'{"object":"page"}'
    check = FacebookInput.validate_hub_signature
    assert check("s3cret", body, sign(body, "s3cret"))
    assert check("s3cret", body, sign(body, "s3cret", "sha256"))
    assert check("s3cret", body, sign(body, "s3cret").upper().replace("SHA1=", "sha1="))
    assert not check("s3cret", body, sign(body, "other"))
    assert not check("s3cret", body, "")
    assert not check("s3cret", body, "sha1")
    assert not check("s3cret", body, "new=abc")  # Rasa's getattr(hashlib, ...) would try hashlib.new
    assert not check("", body, sign(body, ""))
