"""'Delete my chat' confirms (the tracker store deletes at the end of the turn) and
'download my chat' sends the user their own conversation."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.privacy import ActionDeleteConversation, ActionDownloadConversation, ActionPrivacyNotice
from tests.actions.helpers import create_tracker, domain, responses
from tests.privacy.helpers import add_events


@pytest.fixture
def tracker_db(isolated_stores: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{isolated_stores / 'tracker.db'}"
    monkeypatch.setenv("TRACKER_DB_URL", url)
    return url


async def test_delete_only_confirms(tracker_db: str) -> None:
    dispatcher = CollectingDispatcher()
    assert await ActionDeleteConversation().run(dispatcher, create_tracker("affirm"), domain()) == []
    assert responses(dispatcher) == ["utter_chat_deleted"]


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
