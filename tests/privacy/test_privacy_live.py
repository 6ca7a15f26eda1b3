"""'Download my chat' and 'delete my chat' on the real servers (issue 17, holes 3 and 8)."""
from __future__ import annotations

import time

import pytest

from bot.settings import Settings
from tests.hostile.test_hostile_live import stored_user_texts
from tests.support.servers import say, texts

say_now = say

pytestmark = pytest.mark.server

TITLE = "Your chat with the care leavers' assistant"


def test_download_asks_first_and_repeated_copies_stay_the_same_size(bot_servers: Settings) -> None:
    s, sender = bot_servers, "live-download"

    def say(settings: Settings, who: str, text: str) -> list[dict]:
        # Twelve messages from one sender: under the REST channel's 5 a second.
        time.sleep(0.25)
        return say_now(settings, who, text)
    say(s, sender, "how much is council tax")
    assert TITLE not in texts(say(s, sender, "<script>alert(1)</script>"))  # never shown unasked
    sizes = []
    for _ in range(4):
        asked = say(s, sender, "download my chat")
        assert "Anyone who can see this screen will see it." in texts(asked), asked
        assert TITLE not in texts(asked)
        copy = texts(say(s, sender, "/affirm"))
        assert copy.count(TITLE) == 1, copy[:500]
        sizes.append(len(copy))
    growth = [b - a for a, b in zip(sizes, sizes[1:])]
    assert max(growth) < 400, sizes  # the request's own lines, never the earlier copies
    say(s, sender, "download my chat")
    refused = texts(say(s, sender, "/deny"))
    assert "won't show it" in refused and TITLE not in refused


def test_delete_is_confirmed_once_the_chat_is_gone(bot_servers: Settings) -> None:
    s, sender = bot_servers, "live-delete"
    say(s, sender, "my address is 1 High Street")
    assert "delete this whole chat" in texts(say(s, sender, "delete my chat"))
    done = texts(say(s, sender, "/affirm"))
    assert "I've deleted this chat" in done
    assert stored_user_texts(s, sender) == []
