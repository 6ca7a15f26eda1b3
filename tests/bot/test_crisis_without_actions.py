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


def test_check_in_without_the_action_server(rasa_alone: Settings) -> None:
    # The check-in's contacts are a domain response; the answer beside it
    # (action_check_in_answer) says nothing when it can't run, not "I can't look that up".
    replies = say(rasa_alone, "down-check-in", "made my peace with it all")
    text = texts(replies)
    assert "116 123" in replies[0]["text"] and replies[-1]["text"] == "Are you safe right now?", text
    assert "can't look that up" not in text, text


def test_offer_question_gets_a_polite_reply(rasa_alone: Settings) -> None:
    replies = say(rasa_alone, "down-4", "how much is the setting up home allowance")
    text = texts(replies)
    assert "can't look that up right now" in text and "116 123" in text, text


def test_the_polite_reply_names_the_councils_duty_number(rasa_alone: Settings,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.resilience import _duty_contact

    monkeypatch.setenv("OFFERS_DB_URL", rasa_alone.offers_db_url)
    contact = _duty_contact("derby_city")
    assert contact is not None and contact["number"].startswith("01332")
    assert _duty_contact(None) is None


def test_crisis_case_is_raised_even_without_the_action_server(rasa_alone: Settings) -> None:
    from bot.web.store import TriageStore

    say(rasa_alone, "down-5", "i've taken a load of pills")
    store = TriageStore(rasa_alone.triage_db_url)
    try:
        cases = [c for c in store.queue(["unknown"]) if c.sender_id == "down-5"]
    finally:
        store.dispose()
    assert [c.severity for c in cases] == ["crisis"]
