"""Issue 6's end-to-end path with every real part: a crisis message posted to the bot's
REST channel appears live on an open duty queue (web app started by `make run`'s
supervisor), and a worker claims and resolves it in headless Chromium."""
from __future__ import annotations

import threading
import time

import pytest
from playwright.sync_api import expect

from bot.settings import Settings
from bot.web.store import TriageStore
from tests.support.browser import chromium
from tests.support.servers import say

pytestmark = [pytest.mark.server, pytest.mark.browser]
PASSWORD = "a long duty password 4 tests"


def test_crisis_over_rest_appears_live_then_is_claimed_and_resolved(bot_servers: Settings) -> None:
    store = TriageStore(bot_servers.triage_db_url)
    store.add_worker("jo-e2e", PASSWORD, ["derby_city"])
    base = f"http://127.0.0.1:{bot_servers.web_port}"
    sender = "e2e-dashboard-crisis"
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/duty/login")
        page.get_by_label("Username").fill("jo-e2e")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")

        say(bot_servers, sender, "im from derby")
        # Other server tests share these servers and raise cases too: watch for a new row.
        before = page.eval_on_selector_all("#case-rows tr[data-case-id]",
                                           "rows => rows.map(r => r.dataset.caseId)")
        sent = time.monotonic()
        replies: list[dict] = []
        poster = threading.Thread(target=lambda: replies.extend(
            say(bot_servers, sender, "i took all my tablets, i dont want to wake up")))
        poster.start()
        handle = page.wait_for_function(
            """before => [...document.querySelectorAll("#case-rows tr[data-severity='crisis']")]
                 .map(r => r.dataset.caseId).find(id => !before.includes(id))""",
            arg=before, timeout=15_000)
        appeared_ms = (time.monotonic() - sent) * 1000
        row = page.locator(f"#case-rows tr[data-case-id='{handle.json_value()}']")
        poster.join(30)
        assert "116 123" in replies[0]["text"]
        print(f"\ncrisis message to queue row: {appeared_ms:.0f} ms")

        row.locator("a").click()
        expect(page.locator(".app-transcript")).to_contain_text("i dont want to wake up")
        page.get_by_role("button", name="Claim this case").click()
        expect(page.locator(".govuk-notification-banner--success")).to_contain_text("claimed")
        page.get_by_label("Contacted the young person").check()
        page.get_by_role("button", name="Resolve case").click()
        expect(page.locator("#case-status")).to_contain_text("Contacted the young person")
    [case] = [c for c in store.queue(["derby_city"], include_resolved=True) if c.sender_id == sender]
    assert (case.severity, case.status) == ("crisis", "resolved")
    store.dispose()
