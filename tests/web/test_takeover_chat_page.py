"""Issue 18: a duty worker's message, sent through Rasa's HTTP API as the dashboard sends it,
shows on the real chat page (headless Chromium, `bot_servers`) as one person's bubble with
the worker's name. Screenshot: var/screenshots/takeover-chat-375.png.
"""
from __future__ import annotations

import pytest

from bot.paths import VAR
from bot.settings import Settings
from harness.takeover_latency import post_events, worker_event
from tests.web.test_chat_browser import Browser, ask, chat_url, open_chat

pytestmark = pytest.mark.browser

TEXT = "Hi, I'm Sam, a duty worker from your leaving care team.\n\nAre you safe right now?"


def test_takeover_worker_message_shows_as_a_person_on_the_chat_page(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    ask(page, "how much is the setting up home allowance")
    session_id = page.evaluate("() => sessionStorage.getItem('care-leavers-chat:session')")
    assert session_id and session_id.startswith("web-")

    status, body = post_events(f"http://127.0.0.1:{bot_servers.rasa_port}", bot_servers.rasa_api_token,
                               session_id, [worker_event(TEXT)])
    assert status == 200, body
    person = page.locator("#chat-messages .app-msg--person")
    expect(person).to_have_count(1, timeout=10_000)
    expect(person.locator(".app-msg__from")).to_have_text("Sam, duty worker (a person)")
    expect(person).to_contain_text("Are you safe right now?")
    expect(person).to_contain_text("leaving care team.")
    page.wait_for_timeout(500)
    expect(person).to_have_count(1)  # one bubble: not split at the blank line
    page.set_viewport_size({"width": 375, "height": 667})
    page.wait_for_timeout(100)
    VAR.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(VAR / "screenshots" / "takeover-chat-375.png"))
    assert not browser.errors, browser.errors
