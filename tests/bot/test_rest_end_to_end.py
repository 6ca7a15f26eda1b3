"""The real servers, started as `make run` starts them, answer over the REST channel."""
from __future__ import annotations

import urllib.request

import pytest

from bot.settings import Settings
from tests.support.servers import say, texts

pytestmark = pytest.mark.server


def test_greeting_gets_a_welcome_with_topics(bot_servers: Settings) -> None:
    replies = say(bot_servers, "e2e-greet", "hiya")
    assert "automated assistant" in texts(replies)
    assert replies[0]["buttons"], "the greeting offers topics as buttons"


def test_capabilities_goodbye_and_out_of_scope(bot_servers: Settings) -> None:
    assert "personal adviser (PA)" in texts(say(bot_servers, "e2e-chat", "what can you do"))
    assert "can't help with that" in texts(say(bot_servers, "e2e-chat", "who won the football last night"))
    assert "Bye" in texts(say(bot_servers, "e2e-chat", "bye"))


@pytest.mark.parametrize("nonsense", ["qzxv plonk wibble", "asdfghjkl", "purple monkey dishwasher"])
def test_nonsense_gets_a_polite_reply_with_main_topics(bot_servers: Settings, nonsense: str) -> None:
    replies = say(bot_servers, f"e2e-fallback-{nonsense}", nonsense)
    reply = texts(replies)
    assert "didn't get that" in reply or "can't help with that" in reply, reply
    titles = [b["title"] for r in replies for b in r.get("buttons", [])]
    assert "Talk to a person" in titles


def test_rasa_http_api_needs_the_token(bot_servers: Settings) -> None:
    url = f"http://127.0.0.1:{bot_servers.rasa_port}/conversations/e2e-greet/tracker"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=10)
    assert refused.value.code in (401, 403)
    with urllib.request.urlopen(f"{url}?token={bot_servers.rasa_api_token}", timeout=10) as ok:
        assert ok.status == 200
