"""'Delete my chat' confirms (the tracker store deletes at the end of the turn) and
'download my chat' sends the user their own conversation."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.privacy import ActionDeleteConversation, ActionDownloadConversation, ActionPrivacyNotice
from tests.actions.helpers import create_tracker, domain, responses
from tests.privacy.helpers import add_events, closed_port_pg_url, count_events


@pytest.fixture
def tracker_db(isolated_stores: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{isolated_stores / 'tracker.db'}"
    monkeypatch.setenv("TRACKER_DB_URL", url)
    return url


async def test_delete_confirms_only_after_the_chat_is_gone(tracker_db: str) -> None:
    """It said "Done. I've deleted this chat." before anything was deleted (issue 17, hole 8)."""
    now = time.time()
    add_events(tracker_db, "me", [("user", "my address is 1 High Street", now - 60)])
    add_events(tracker_db, "someone-else", [("user", "not mine", now - 30)])
    dispatcher = CollectingDispatcher()
    assert await ActionDeleteConversation().run(dispatcher, create_tracker("affirm", sender_id="me"), domain()) == []
    assert responses(dispatcher) == ["utter_chat_deleted"]
    assert count_events(tracker_db, "me") == 0  # already gone when the confirmation is sent
    assert count_events(tracker_db, "someone-else") == 2


async def test_delete_says_it_failed_when_the_store_is_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the database down, it said "deleted" and Rasa swallowed the failed save."""
    monkeypatch.setenv("TRACKER_DB_URL", closed_port_pg_url())
    dispatcher = CollectingDispatcher()
    await ActionDeleteConversation().run(dispatcher, create_tracker("affirm", sender_id="me"), domain())
    assert responses(dispatcher) == ["utter_delete_failed"]


def test_the_failure_says_who_to_ask() -> None:
    import yaml

    from bot.paths import ROOT

    text = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]["utter_delete_failed"][0]["text"]
    assert "still saved" in text and "data protection officer" in text and "116 123" not in text


async def test_download_sends_the_users_own_messages(tracker_db: str) -> None:
    now = time.time()
    add_events(tracker_db, "me", [("user", "how much is council tax", now - 60),
                                  ("bot", "Derby exempts care leavers", now - 59)])
    add_events(tracker_db, "someone-else", [("user", "not mine", now - 30)])
    dispatcher = CollectingDispatcher()
    await ActionDownloadConversation().run(dispatcher, create_tracker(sender_id="me"), domain())
    assert responses(dispatcher)[0] == "utter_download_intro"
    copy = dispatcher.messages[1]["text"]
    assert "how much is council tax" in copy and "Derby exempts care leavers" in copy
    assert "not mine" not in copy


async def test_download_with_nothing_saved(tracker_db: str) -> None:
    dispatcher = CollectingDispatcher()
    await ActionDownloadConversation().run(dispatcher, create_tracker(sender_id="new"), domain())
    assert responses(dispatcher) == ["utter_download_empty"]


async def test_privacy_notice_states_the_retention_in_force(tracker_db: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETENTION_DAYS", "14")
    dispatcher = CollectingDispatcher()
    await ActionPrivacyNotice().run(dispatcher, create_tracker("ask_privacy"), domain())
    assert dispatcher.messages[0]["retention"] == "14"


async def test_repeated_downloads_stay_the_same_size(tracker_db: str) -> None:
    """Each export was stored as a bot message, so the next export held it again: the
    copy doubled with each "download my chat" (issue 17, hole 3)."""
    now = time.time()
    add_events(tracker_db, "twice", [("user", "how much is council tax", now - 60),
                                     ("bot", "Derby exempts care leavers", now - 59)])
    sizes = []
    for i in range(6):
        dispatcher = CollectingDispatcher()
        await ActionDownloadConversation().run(dispatcher, create_tracker(sender_id="twice"), domain())
        copy = dispatcher.messages[-1]["text"]
        sizes.append(len(copy))
        assert copy.count("Your chat with the care leavers' assistant") == 1, i
        # What Rasa stores of this turn: the request, the answer, the intro and the copy.
        stamp = now - 50 + i
        add_events(tracker_db, "twice", [("user", "download my chat", stamp), ("bot", "Yes, show it", stamp + 0.1),
                                         ("bot", "Here is a copy of this chat.", stamp + 0.2),
                                         ("bot", copy, stamp + 0.3)])
    growth = [b - a for a, b in zip(sizes, sizes[1:])]
    assert max(growth) < 200 and len(set(growth)) == 1, sizes  # only this turn's own short lines


def _rule_steps() -> list[list[dict]]:
    import yaml

    from bot.paths import ROOT

    rules = yaml.safe_load((ROOT / "data/rules/privacy.yml").read_text(encoding="utf-8"))["rules"]
    return [rule["steps"] for rule in rules]


def test_download_asks_before_showing_the_chat() -> None:
    """A misread message ("<script>alert(1)</script>" was read as download_my_chat) printed
    the whole chat on the screen: the bot now asks first, with Yes/No buttons."""
    import yaml

    from bot.paths import ROOT

    steps = _rule_steps()
    asked = [s for s in steps if {"intent": "download_my_chat"} in s]
    assert asked and all(s[s.index({"intent": "download_my_chat"}) + 1] == {"action": "utter_confirm_download"}
                         for s in asked)
    downloads = [s for s in steps if {"action": "action_download_conversation"} in s]
    assert downloads and all(s[:3] == [{"action": "utter_confirm_download"}, {"intent": "affirm"},
                                       {"action": "action_download_conversation"}] for s in downloads)
    assert [{"action": "utter_confirm_download"}, {"intent": "deny"}, {"action": "utter_download_cancelled"}] in steps
    responses_ = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    question = responses_["utter_confirm_download"][0]
    assert "Anyone who can see this screen will see it." in question["text"]
    assert [b["payload"] for b in question["buttons"]] == ["/affirm", "/deny"]
