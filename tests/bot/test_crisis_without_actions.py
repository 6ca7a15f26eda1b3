"""safety.md rule 2: the crisis contacts go out even when the action server is down.

Starts a Rasa server with no action server behind it (nothing listens on the action
port), then sends crisis messages, including one in the middle of the eligibility form.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from bot.settings import Settings
from tests.support.crisis_eval import is_crisis_reply, is_urgent_reply
from tests.support.servers import running_bot, say, texts

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def rasa_alone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    with running_bot(Path(tmp_path_factory.mktemp("no-actions")), which=("Rasa server",)) as settings:
        yield settings


def test_crisis_contacts_without_the_action_server(rasa_alone: Settings) -> None:
    replies = say(rasa_alone, "down-1", "i want to end it all tonight")
    assert is_crisis_reply(replies[0]["text"]), texts(replies)
    assert "Are you safe right now?" in texts(replies)


def test_urgent_reply_without_the_action_server(rasa_alone: Settings) -> None:
    replies = say(rasa_alone, "down-2", "my boyfriend hit me and i'm scared to go home")
    assert is_urgent_reply(replies[0]["text"]), texts(replies)


def test_crisis_mid_form_without_the_action_server(rasa_alone: Settings) -> None:
    # The form itself needs the action server to validate answers; the crisis reply doesn't.
    say(rasa_alone, "down-3", "do i count as a care leaver")
    replies = say(rasa_alone, "down-3", "honestly i cant do this anymore")
    assert is_crisis_reply(replies[0]["text"]), texts(replies)
