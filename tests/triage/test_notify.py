"""On-call notifications: email against a local SMTP server, a webhook, and the no-op."""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from datetime import datetime, timezone
from email import message_from_string
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from bot.triage import notify, raise_case
from bot.web.store import TriageStore
from tests.triage.helpers import TinySMTP

SECRET_TEXT = "I want to end it all tonight"


def alert():
    return notify.alert_for(42, "crisis", "derby_city",
                            datetime(2025, 1, 10, 22, 5, tzinfo=timezone.utc), "https://duty.example")


class Webhook:
    def __init__(self, status: int = 200) -> None:
        self.bodies: list[dict] = []
        self.received = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                outer.bodies.append(json.loads(self.rfile.read(length)))
                outer.received.set()
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_the_alert_says_what_and_where_but_not_what_was_written():
    a = alert()
    assert a.link == "https://duty.example/duty/cases/42"
    assert a.subject() == "Crisis case raised: Derby City Council"
    assert "22:05 on 10 January 2025" in a.text() and a.link in a.text()


def test_null_notifier_logs_not_configured(caplog):
    with caplog.at_level(logging.INFO, logger="bot.triage.notify"):
        assert notify.NullNotifier().notify(alert()) == "not configured"
    assert "not configured" in caplog.text


def test_notifier_from_env():
    assert isinstance(notify.notifier_from_env({}), notify.NullNotifier)
    assert isinstance(notify.notifier_from_env({"NOTIFY_SMTP_HOST": "h"}), notify.NullNotifier)
    smtp = notify.notifier_from_env({"NOTIFY_SMTP_HOST": "h", "NOTIFY_SMTP_PORT": "2525",
                                     "NOTIFY_SMTP_FROM": "a@b", "NOTIFY_SMTP_TO": "x@y, z@w"})
    assert isinstance(smtp, notify.SmtpNotifier) and smtp.port == 2525 and smtp.recipients == ["x@y", "z@w"]
    assert isinstance(notify.notifier_from_env({"NOTIFY_WEBHOOK_URL": "http://h"}), notify.WebhookNotifier)
    both = notify.notifier_from_env({"NOTIFY_SMTP_HOST": "h", "NOTIFY_SMTP_TO": "x@y",
                                     "NOTIFY_WEBHOOK_URL": "http://h"})
    assert isinstance(both, notify.MultiNotifier)


def test_smtp_notifier_against_a_local_server():
    with TinySMTP() as server:
        notifier = notify.SmtpNotifier("127.0.0.1", server.port, "dashboard@council.example",
                                       ["oncall@council.example"])
        assert "email sent" in notifier.notify(alert())
    [sent] = server.messages
    assert sent["to"] == ["<oncall@council.example>"]
    message = message_from_string(sent["data"])
    assert message["Subject"] == "Crisis case raised: Derby City Council"
    assert "https://duty.example/duty/cases/42" in message.get_payload()


def test_webhook_notifier():
    with Webhook() as hook:
        notify.WebhookNotifier(hook.url).notify(alert())
    [body] = hook.bodies
    assert body["severity"] == "crisis" and body["authority"] == "derby_city" and body["case_id"] == 42
    assert body["link"] == "https://duty.example/duty/cases/42" and body["link"] in body["text"]


def test_webhook_errors_raise():
    with Webhook(status=500) as hook:
        with pytest.raises(Exception):  # noqa: B017 - any error will do, as long as it raises
            notify.WebhookNotifier(hook.url).notify(alert())


def wait_for_event(kind: str, case_id: int, timeout: float = 10):
    store = TriageStore(os.environ["TRIAGE_DB_URL"])
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [e for e in store.events(case_id) if e.kind == kind]
            if found:
                return found
            time.sleep(0.05)
        return []
    finally:
        store.dispose()


def test_a_crisis_case_emails_the_on_call_worker(monkeypatch):
    with TinySMTP() as server, Webhook() as hook:
        monkeypatch.setenv("NOTIFY_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("NOTIFY_SMTP_PORT", str(server.port))
        monkeypatch.setenv("NOTIFY_SMTP_TO", "oncall@council.example")
        monkeypatch.setenv("NOTIFY_WEBHOOK_URL", hook.url)
        monkeypatch.setenv("DUTY_BASE_URL", "https://duty.example/")
        case_id = raise_case("crisis", "suicidal", "derby_city", "rest", "sender-77", SECRET_TEXT)
        assert server.received.wait(10) and hook.received.wait(10)
        [notified] = wait_for_event("notified", case_id)
    data = server.messages[0]["data"]
    assert f"https://duty.example/duty/cases/{case_id}" in data
    for secret in (SECRET_TEXT, "sender-77", "suicidal"):
        assert secret not in data and secret not in json.dumps(hook.bodies)
    assert "email sent" in notified.text and "webhook answered 200" in notified.text


def test_urgent_cases_do_not_notify_by_default_but_can(monkeypatch):
    with TinySMTP() as server:
        monkeypatch.setenv("NOTIFY_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("NOTIFY_SMTP_PORT", str(server.port))
        monkeypatch.setenv("NOTIFY_SMTP_TO", "oncall@council.example")
        raise_case("urgent", "homeless tonight", "derby_city", "rest", "s")
        assert not server.received.wait(0.5)
        monkeypatch.setenv("NOTIFY_SEVERITIES", "crisis,urgent")
        # Another sender: a repeat from "s" would update its open case, not notify again.
        raise_case("urgent", "homeless tonight", "derby_city", "rest", "s2")
        assert server.received.wait(10)


def test_a_failed_notification_is_recorded_on_the_case(monkeypatch, caplog):
    from tests.triage.helpers import free_port

    monkeypatch.setenv("NOTIFY_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("NOTIFY_SMTP_PORT", str(free_port()))  # nothing listens there
    monkeypatch.setenv("NOTIFY_SMTP_TO", "oncall@council.example")
    with caplog.at_level(logging.ERROR, logger="bot.triage"):
        case_id = raise_case("crisis", "suicidal", "derby_city", "rest", "s")
        [event] = wait_for_event("notified", case_id)
    assert "failed" in event.text
    assert "notification for case" in caplog.text


def test_no_notifier_configured_records_nothing(caplog):
    with caplog.at_level(logging.INFO, logger="bot.triage.notify"):
        case_id = raise_case("crisis", "suicidal", "derby_city", "rest", "s")
        deadline = time.monotonic() + 5
        while "not configured" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "not configured" in caplog.text
    assert wait_for_event("notified", case_id, timeout=0.3) == []
