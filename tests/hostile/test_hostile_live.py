"""Hostile input to the real servers (the session's `bot_servers`: Rasa, action server and
web app, started as `make run` starts them, on 127.0.0.1).

Each case says what must happen; `-s` prints what did.
"""
from __future__ import annotations

import http.cookiejar
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.rasa.channels import rest
from bot.settings import Settings
from tests.support.crisis_eval import is_crisis_reply
from tests.support.servers import texts

pytestmark = pytest.mark.server


def call(port: int, path: str, body: bytes | None = None, method: str = "POST",
         content_type: str = "application/json", timeout: float = 60) -> tuple[int, bytes, dict]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method,
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, reply.read(), dict(reply.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def rest_call(s: Settings, raw: bytes) -> tuple[int, list]:
    status, body, _ = call(s.rasa_port, "/webhooks/rest/webhook", raw)
    return status, json.loads(body)


def message(sender: str, text: str) -> bytes:
    return json.dumps({"sender": sender, "message": text}).encode()


def stored_user_texts(s: Settings, sender: str) -> list[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(s.tracker_db_url, future=True)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                                     "ORDER BY id"), {"s": sender}).scalars().all()
    finally:
        engine.dispose()
    return [json.loads(r)["text"] for r in rows]


# ------------------------------------------------------------------ empty, malformed, odd

@pytest.mark.parametrize("text", ["", "   ", "\n\t \u00a0"])
def test_empty_and_whitespace_messages(bot_servers: Settings, text: str) -> None:
    status, replies = rest_call(bot_servers, message("hostile-empty", text))
    assert status == 400 and replies[0]["text"] == rest.EMPTY


def test_invalid_utf8_and_control_characters(bot_servers: Settings) -> None:
    raw = b'{"sender": "hostile-bytes", "message": "council tax\\u0000 \xff\xfe help\\u0007 please"}'
    status, replies = rest_call(bot_servers, raw)
    assert status == 200 and replies, replies
    stored = stored_user_texts(bot_servers, "hostile-bytes")
    assert stored == ["council tax \ufffd\ufffd help please"], stored
    print(f"\ninvalid UTF-8 + NUL/BEL -> 200, stored as {stored[0]!r}, reply {texts(replies)[:60]!r}")


def test_100_kb_messages(bot_servers: Settings) -> None:
    filler = ("how much is the setting up home allowance and what about council tax. " * 1500)[:100_000]
    status, replies = rest_call(bot_servers, message("hostile-long", filler))
    assert status == 413 and "up to 5,000 characters" in replies[0]["text"]

    hidden = filler[:60_000] + " honestly i want to kill myself. " + filler[60_000:]
    status, replies = rest_call(bot_servers, message("hostile-long-crisis", hidden))
    assert status == 200 and is_crisis_reply(replies[0]["text"]), texts(replies)[:300]
    print("\n100 KB message -> 413 polite; 100 KB with a crisis sentence at 60% -> crisis contacts first")


def test_html_and_javascript_in_messages(bot_servers: Settings) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    status, replies = rest_call(bot_servers, message("hostile-html", evil))
    assert status == 200 and replies
    assert "<script" not in texts(replies) and "onerror" not in texts(replies)


@pytest.mark.parametrize("text", ["'; DROP TABLE events; --", "1' OR '1'='1",
                                  "council tax\"); DELETE FROM cases; --"])
def test_sql_looking_text(bot_servers: Settings, text: str) -> None:
    sender = "hostile-sql"
    status, replies = rest_call(bot_servers, message(sender, text))
    assert status == 200 and replies
    assert text in stored_user_texts(bot_servers, sender)  # stored as text, tables intact
    assert rest_call(bot_servers, message(sender, "do i have to pay council tax"))[0] == 200


# ------------------------------------------------------------------ one sender flooding

def test_one_sender_posting_50_messages_a_second(bot_servers: Settings) -> None:
    flood = "hostile-flood"

    def one(i: int) -> tuple[int, list]:
        time.sleep(i * 0.02)  # 50 a second
        return rest_call(bot_servers, message(flood, f"what can you do {i}"))

    with ThreadPoolExecutor(50) as pool:
        flooding = [pool.submit(one, i) for i in range(50)]
        time.sleep(0.3)
        start = time.perf_counter()
        calm_status, calm = rest_call(bot_servers, message("hostile-calm", "what can you do"))
        calm_ms = (time.perf_counter() - start) * 1000
        crisis_status, crisis = rest_call(bot_servers, message(flood, "i want to kill myself"))
        results = [f.result() for f in flooding]

    statuses = [s for s, _ in results]
    throttled = [r for s, r in results if s == 429]
    assert set(statuses) <= {200, 429}, statuses
    assert 10 <= statuses.count(200) <= 25 and len(throttled) >= 25, statuses  # burst 10 + 5/s
    assert all(r == [{"recipient_id": flood, "text": rest.THROTTLED}] for r in throttled)
    assert crisis_status == 200 and is_crisis_reply(crisis[0]["text"])  # never throttled
    assert calm_status == 200 and "personal adviser" in texts(calm) and calm_ms < 5000
    print(f"\n50 messages in 1 s from one sender: {statuses.count(200)} answered, {len(throttled)} got "
          f"429 + the polite reply; a crisis message from it mid-flood got the crisis reply; "
          f"another sender was answered in {calm_ms:.0f} ms")


# ------------------------------------------------------------------ malformed JSON everywhere

MALFORMED = [b"", b"{", b"[]", b"null", b'"x"', b"\xff\xfe{", b'{"a": ' * 50, b"[" * 50_000]

RASA_API = [  # (method, path) of Rasa 3.6's HTTP API (rasa/server.py)
    ("POST", "/model/parse"), ("POST", "/model/predict"), ("POST", "/model/train"),
    ("POST", "/model/test/stories"), ("POST", "/model/test/intents"), ("PUT", "/model"),
    ("DELETE", "/model"), ("POST", "/conversations/hostile-api/messages"),
    ("POST", "/conversations/hostile-api/tracker/events"), ("PUT", "/conversations/hostile-api/tracker/events"),
    ("POST", "/conversations/hostile-api/execute"), ("POST", "/conversations/hostile-api/trigger_intent"),
    ("POST", "/conversations/hostile-api/predict"), ("GET", "/conversations/hostile-api/tracker"),
    ("GET", "/conversations/hostile-api/story"), ("GET", "/domain"), ("GET", "/status"),
]
# With the token, only the routes that can't change the model or start work.
RASA_API_SAFE = [("POST", "/model/parse"), ("POST", "/model/predict"),
                 ("POST", "/conversations/hostile-api/messages"),
                 ("POST", "/conversations/hostile-api/tracker/events"),
                 ("PUT", "/conversations/hostile-api/tracker/events"),
                 ("POST", "/conversations/hostile-api/trigger_intent"),
                 ("POST", "/conversations/hostile-api/predict")]
WEB_POSTS = ["/duty/login", "/duty/logout", "/duty/cases/1/claim", "/duty/cases/1/release",
             "/duty/cases/1/note", "/duty/cases/1/resolve", "/duty/cases/1/delete-conversation"]


def test_malformed_json_to_every_http_endpoint(bot_servers: Settings) -> None:
    s = bot_servers
    seen: dict[str, set[int]] = {}

    def record(name: str, port: int, path: str, method: str = "POST", expected=None) -> None:
        for raw in MALFORMED:
            status, body, _ = call(port, path, raw, method)
            seen.setdefault(name, set()).add(status)
            assert b"Traceback" not in body, (name, raw[:20])
            if expected is not None:
                assert status in expected, (name, raw[:20], status, body[:200])

    # Public endpoints: polite 4xx, never 5xx.
    record("REST channel", s.rasa_port, "/webhooks/rest/webhook", expected={400})
    record("Facebook webhook", s.rasa_port, "/webhooks/facebook/webhook", expected={403})
    record("socket.io", s.rasa_port, "/socket.io/?EIO=4&transport=polling", expected={400})
    for path in WEB_POSTS:
        record(f"web {path}", s.web_port, path, expected={200, 303, 400, 401, 403, 404, 405})
    # Rasa's HTTP API can read every conversation: without the token, nothing at all.
    for method, path in RASA_API:
        record(f"API {method} {path} (no token)", s.rasa_port, path, method, expected={401, 403})
    # With the token (only the harmless routes): a 400 with a reason (bot.json_bodies), or
    # what Rasa makes of a body it can read ("[]" is a valid event list), never a 500.
    for method, path in RASA_API_SAFE:
        record(f"API {method} {path} (token)", s.rasa_port, f"{path}?token={s.rasa_api_token}", method,
               expected={200, 400, 404})
    # The action server (bound to 127.0.0.1, no authentication: only Rasa calls it).
    record("action server /webhook", s.actions_port, "/webhook", expected={400})

    assert urllib.request.urlopen(f"http://127.0.0.1:{s.actions_port}/health", timeout=10).status == 200
    assert urllib.request.urlopen(f"http://127.0.0.1:{s.web_port}/healthz", timeout=10).status == 200
    assert rest_call(s, message("hostile-after", "what can you do"))[0] == 200
    print("\nmalformed JSON, status codes seen per endpoint:")
    for name, statuses in seen.items():
        print(f"  {name}: {sorted(statuses)}")


# ------------------------------------------------------------------ the dashboard shows it escaped

class Dashboard:
    def __init__(self, s: Settings) -> None:
        self.base = f"http://127.0.0.1:{s.web_port}"
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.set_cookies: list[str] = []

    def get(self, path: str) -> tuple[int, str, dict]:
        with self.opener.open(self.base + path, timeout=30) as reply:
            return reply.status, reply.read().decode(), dict(reply.headers)

    def login(self, username: str, password: str) -> None:
        _, page, _ = self.get("/duty/login")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

        class Keep(urllib.request.HTTPRedirectHandler):
            def redirect_request(inner, req, fp, code, msg, headers, newurl):
                self.set_cookies += headers.get_all("Set-Cookie") or []
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), Keep())
        data = urllib.parse.urlencode({"username": username, "password": password, "csrf_token": csrf}).encode()
        with opener.open(self.base + "/duty/login", data=data, timeout=30) as reply:
            assert reply.status == 200 and "/duty/queue" in reply.url, reply.url


def test_html_in_a_crisis_message_is_escaped_on_the_dashboard(bot_servers: Settings) -> None:
    from bot.web.store import TriageStore

    s = bot_servers
    sender = 'hostile-<b>bold</b>-"quoted"'
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)> i want to kill myself'
    rest_call(s, message(sender, "im from derby"))
    status, replies = rest_call(s, message(sender, evil))
    assert status == 200 and is_crisis_reply(replies[0]["text"])

    store = TriageStore(s.triage_db_url)
    try:
        password = "hostile-input-test-password"
        store.add_worker("hostile.worker", password, ["derby_city"], replace=True)
        deadline = time.monotonic() + 20
        while not (cases := [c for c in store.queue(["derby_city"]) if c.sender_id == sender]):
            assert time.monotonic() < deadline, "no triage case raised"
            time.sleep(0.5)
    finally:
        store.dispose()

    dashboard = Dashboard(s)
    dashboard.login("hostile.worker", password)
    for path in ("/duty/queue", "/duty/queue/rows", f"/duty/cases/{cases[0].id}"):
        status, page, headers = dashboard.get(path)
        assert status == 200, path
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold</b>" not in page, path
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp and headers.get("X-Frame-Options") == "DENY"
        assert headers.get("X-Content-Type-Options") == "nosniff" and headers.get("Cache-Control") == "no-store"
    _, case_page, _ = dashboard.get(f"/duty/cases/{cases[0].id}")
    assert "&lt;script&gt;" in case_page  # the young person's words are shown, as text
    session = [c for c in dashboard.set_cookies if c.startswith(("duty_session=", "__Host-duty_session="))]
    assert session and "HttpOnly" in session[0] and "SameSite=Strict" in session[0], dashboard.set_cookies
