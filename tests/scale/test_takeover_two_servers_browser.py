"""A whole takeover across two Rasa servers (PostgreSQL, Redis: tests/support/cluster.py),
in two headless Chromium contexts, through the dashboard.

The young person's chat page has its socket.io connection on Rasa server 1; the web app
(dashboard) sends the worker's takeover calls to Rasa server 2 (`RASA_API_URL`), so every
worker message crosses servers through the socket.io servers' Redis manager. The young
person's replies reach the worker's page through the shared tracker store (the takeover
live poll).

crisis message -> case -> take over -> worker message on the young person's screen ->
reply on the worker's page -> bot silent -> 20 messages each way, timed -> hand back ->
the bot answers again and not the backlog.

With SAVE_SCREENSHOTS=1 the figures go to docs/takeover-screens/latency-two-servers.txt,
next to the one-server figures (tests/web/test_takeover_browser.py).
"""
from __future__ import annotations

import os
import statistics
import time
from typing import Iterator

import pytest
from playwright.sync_api import expect

from bot.settings import Settings
from tests.support.cluster import Cluster
from tests.web.test_chat_browser import ask, bot_count, chromium  # noqa: F401 - the browser fixture
from tests.web.test_takeover_browser import (
    SCREENS,
    send_from_chat,
    send_from_dashboard,
    start_takeover,
    time_each_way,
)

pytestmark = [pytest.mark.server, pytest.mark.browser]


@pytest.fixture(scope="module")
def web(cluster: Cluster) -> Iterator[Settings]:
    """The web app of the shared cluster: chat page on server 1, takeover API to server 2."""
    with cluster.web_app(rasa_api_server=1) as settings:
        assert settings.rasa_url.endswith(f":{cluster.rasa[1].rasa_port}")
        assert settings.rasa_port == cluster.rasa[0].rasa_port != cluster.rasa[1].rasa_port
        yield settings


def test_takeover_across_two_rasa_servers_in_two_browsers(chromium, cluster: Cluster,  # noqa: F811
                                                           web: Settings) -> None:
    young, chat, context, worker, errors, case = start_takeover(chromium, web, "ria")
    to_young: list[float] = []
    to_worker: list[float] = []
    try:
        # The young person's socket is on server 1.
        assert chat.locator("#chat").get_attribute("data-socket-url").endswith(f":{cluster.rasa[0].rasa_port}")

        send_from_dashboard(worker, "Hi, I'm Ria, a duty worker. I've read your messages. Are you safe right now?")
        bubble = chat.locator("#chat-messages .app-msg--person").last
        expect(bubble).to_contain_text("Are you safe right now?", timeout=5_000)
        expect(bubble.locator(".app-msg__from")).to_have_text("ria, duty worker (a person)")

        bots = bot_count(chat)
        send_from_chat(chat, "im at home on my own. i dont know")
        expect(worker.locator("#takeover-messages li[data-speaker='user']").last).to_contain_text(
            "im at home on my own", timeout=2_000)
        time.sleep(2.0)
        assert bot_count(chat) == bots, "the bot answered during the takeover"

        # 20 messages each way, timed from the send to the other side's screen.
        time_each_way(chat, worker, to_young, to_worker)
        assert bot_count(chat) == bots, "the bot answered during the takeover"
        expect(chat.locator("#chat-messages .app-msg--person")).to_have_count(21)

        worker.get_by_role("button", name="Hand back to the assistant").click()
        expect(worker.locator("#takeover-button")).to_be_visible()
        expect(chat.locator("#chat-messages .app-msg--bot").last).to_contain_text(
            "ria has left the chat. You are talking with the assistant again.", timeout=5_000)
        handed_back = bot_count(chat)
        time.sleep(1.5)
        assert bot_count(chat) == handed_back, "the bot answered the backlog after the hand-back"
        ask(chat, "what is council tax help")
        assert bot_count(chat) > handed_back
        expect(chat.locator("#chat-messages .app-msg--bot").last).not_to_contain_text("has left the chat")
        assert errors == [] and young.errors == []
        cluster.check_alive()
    finally:
        context.close()
        young.close()

    report = "\n".join(
        f"{name}: p50 {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms (n={len(times)})"
        for name, times in (("worker message -> young person's screen", to_young),
                            ("young person's message -> worker's screen", to_worker)))
    print("\n" + report)
    if os.environ.get("SAVE_SCREENSHOTS") == "1":
        SCREENS.mkdir(parents=True, exist_ok=True)
        (SCREENS / "latency-two-servers.txt").write_text(
            "Two Rasa servers (PostgreSQL, Redis), headless Chromium, 20 messages each way; the chat's "
            "socket on server 1, the dashboard's takeover calls to server 2:\n" + report + "\n",
            encoding="utf-8")
    assert max(to_worker) < 2.0 and max(to_young) < 2.0
