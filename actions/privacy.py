"""'Delete my chat' and 'download my chat' (the user's rights over their conversation).

"Delete my chat" deletes here, then says so, or says it failed (the store is down) and
who to ask. The confirmation used to go out before anything was deleted: the deletion ran
only when Rasa saved the turn, and Rasa logs and swallows a failed save. Deleting mid-turn
is safe: the deletion leaves a tombstone, so bot.rasa.tracker_store.PrivacySQLTrackerStore
does not write this turn back (and it deletes again at the end of the turn, a no-op by then).
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import asks_for_a_language, respond
from bot.privacy import (
    PrivacyStoreError,
    delete_conversation,
    export_conversation,
    export_text,
    pseudonymise,
    retention_days,
)
from offers.textnorm import fold

log = logging.getLogger(__name__)


class ActionDeleteConversation(Action):
    def name(self) -> str:
        return "action_delete_conversation"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        try:
            await asyncio.to_thread(delete_conversation, tracker.sender_id)
        except (PrivacyStoreError, ValueError) as exc:
            log.error("conversation %s NOT deleted: %s", pseudonymise(tracker.sender_id), exc)
            dispatcher.utter_message(response="utter_delete_failed")
            return []
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


# Words a question about this chat, its records or who reads them uses. "any workshops to
# help me get a job, like confidence stuff" (set M m-048) was read as a privacy question
# ("confidence" beside "confidential"): with none of these words, a fact its own words
# name is answered instead.
PRIVACY_WORDS = re.compile(
    r"\b(?:chat|chats|message|messages|msgs?|texts?|data|delete|deleted|deleting|keep|keeps|kept|store|stores|"
    r"stored|save|saved|saves|private|privacy|confidential|confidentially|confidentiality|secret|secrets|read|"
    r"reads|reading|see|sees|seen|share|shares|shared|sharing|tell|telling|told|record|records|recorded|info|"
    r"information|details|gdpr|safe|anonymous|anon|track|tracks|tracked|log|logs|logged|history|conversation|"
    r"conversations|download|copy|screenshot|screenshots|said|say|type|typed|write|wrote|written|who can|"
    r"find out|know|knows|access|bot|you|u)\b")


# "is there leaving care information in my language" (set S, s-106): information about a
# thing, or in a language, is what the offer publishes, not what is kept about the user.
OFFER_INFORMATION = re.compile(
    r"\b(?:leaving care|care leavers?|the offer|local offer) (?:information|info)\b|"
    r"\b(?:information|info) (?:in|into) (?:my|another|other|a different|different|your) (?:own |first )?"
    r"languages?\b|\b(?:information|info) (?:about|on) (?:leaving care|care leavers?|the offer|what)\b|"
    # "is there information for care leavers in arabic or tigrinya" (set J, j-106): what is
    # published for care leavers, not what is kept about this one.
    r"\b(?:information|info) (?:for|to help) (?:care leavers?|young people|people leaving care|leaving care)\b|"
    # "is there anyone who can help me feel less alone": who helps, not who can see the chat.
    r"\b(?:anyone|any1|someone|some1|somebody|anybody) (?:who|that) (?:can|could) help (?:me|us|you|u)\b|"
    # "my social worker keeps using words i dont get" (round 40, r40-138): someone who keeps
    # doing a thing does it again and again; nothing is kept.
    r"\b(?:keep|keeps|kept) (?:on )?(?!(?:reading|seeing|sharing|telling|saving|storing|recording|logging|"
    r"tracking|typing|writing|deleting)\b)[a-z]+ing\b")


_INFORMATION = re.compile(r"\b(?:information|info)\b")


def asks_about_privacy(text: str) -> bool:
    masked = OFFER_INFORMATION.sub(" ", fold(text))
    if asks_for_a_language(text):
        # "is there any info in arabic": information asked for in a language is what is
        # published, whoever it is for.
        masked = _INFORMATION.sub(" ", masked)
    return bool(PRIVACY_WORDS.search(masked))


class ActionPrivacyNotice(Action):
    """The short privacy notice, with the retention period this install really uses; or,
    when the message has no word of a privacy question and its own words name a fact
    (strictly, as for a message the classifier could not place), that fact."""

    def name(self) -> str:
        return "action_privacy_notice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if not asks_about_privacy(tracker.latest_message.get("text") or ""):
            answered = await respond(dispatcher, tracker, domain, strict=True)
            if answered is not None:
                return answered
        dispatcher.utter_message(response="utter_privacy", retention=str(retention_days()))
        return []
