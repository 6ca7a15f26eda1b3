"""'Delete my chat' and 'download my chat' (the user's rights over their conversation).

Deletion itself happens in bot.rasa.tracker_store.PrivacySQLTrackerStore at the end of
the turn that ran action_delete_conversation: deleting rows mid-turn would be undone when
Rasa saves the turn. This action only confirms.
"""
from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from bot.privacy import PrivacyStoreError, export_conversation, export_text, retention_days


class ActionDeleteConversation(Action):
    def name(self) -> str:
        return "action_delete_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_chat_deleted")
        return []


class ActionDownloadConversation(Action):
    def name(self) -> str:
        return "action_download_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        try:
            messages = await asyncio.to_thread(export_conversation, tracker.sender_id)
        except PrivacyStoreError:
            dispatcher.utter_message(response="utter_lookup_failed")
            return []
        if not messages:
            dispatcher.utter_message(response="utter_download_empty")
            return []
        dispatcher.utter_message(response="utter_download_intro")
        # The user's own words, sent back to them on their own channel.
        dispatcher.utter_message(text=export_text(tracker.sender_id, messages=messages))
        return []


class ActionPrivacyNotice(Action):
    """The short privacy notice, with the retention period this install really uses."""

    def name(self) -> str:
        return "action_privacy_notice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_privacy", retention=str(retention_days()))
        return []
