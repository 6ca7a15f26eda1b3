"""Answer entitlement questions from the offer store for the user's own authority."""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.formatting import offer_reply
from actions.store import offer_store, query
from offers.types import Authority
from offers.vocabulary import TOPICS

log = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")
ASK_PREFIX = "ask_"


def topic_from_tracker(tracker: Tracker) -> str | None:
    """ask_<topic> intents carry the topic in their name; buttons carry a `topic` entity."""
    intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
    if intent.startswith(ASK_PREFIX) and intent[len(ASK_PREFIX):] in TOPICS:
        return intent[len(ASK_PREFIX):]
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "topic" and entity.get("value") in TOPICS:
            return str(entity["value"])
    return None


async def answer(dispatcher: CollectingDispatcher, authority: Authority, topic: str) -> None:
    """Utter the store's answer for one topic (shared by every action that answers)."""
    store = offer_store()
    offer = await query(store.offer_for, authority.key, topic)
    national = None
    if offer is None or offer.status in ("not_offered", "unknown"):
        national = await query(store.national, topic)
    contacts = await query(store.contacts, authority.key, datetime.now(LONDON))
    for response, variables in offer_reply(offer, authority, TOPICS[topic].title,
                                           contacts.number_now, national):
        dispatcher.utter_message(response=response, **variables)
    dispatcher.utter_message(response="utter_offer_follow_up")


async def authority_from_slot(tracker: Tracker) -> Authority | None:
    key = tracker.get_slot("authority")
    if not key:
        return None
    try:
        return await query(offer_store().authority, key)
    except KeyError:
        log.warning("authority slot holds an unknown key")
        return None


def ask_which(dispatcher: CollectingDispatcher, candidates: list[Authority]) -> None:
    dispatcher.utter_message(response="utter_ask_northants_which" if candidates
                             else "utter_ask_authority")


class ActionAnswerOffer(Action):
    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        topic = topic_from_tracker(tracker)
        if topic is None:
            dispatcher.utter_message(response="utter_default")
            return []
        events: list[EventType] = []
        # "what about derby?" style switches: an authority named in the question wins.
        named = await from_latest_message(tracker)
        authority = named.single or (None if named.ambiguous else await authority_from_slot(tracker))
        if named.single:
            events.append(SlotSet("authority", named.single.key))
        if authority is None:
            ask_which(dispatcher, named.candidates)
            return events + [SlotSet("pending_topic", topic)]
        await answer(dispatcher, authority, topic)
        return events + [SlotSet("pending_topic", None)]


class ActionSetAuthority(Action):
    """The user named their authority: remember it and answer any waiting question."""

    def name(self) -> str:
        return "action_set_authority"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker, use_whole_text=True)
        if named.ambiguous:
            ask_which(dispatcher, named.candidates)
            return []
        authority = named.single
        if authority is None:
            dispatcher.utter_message(response="utter_authority_not_covered")
            return []
        events: list[EventType] = [SlotSet("authority", authority.key)]
        pending = tracker.get_slot("pending_topic")
        if pending in TOPICS:
            await answer(dispatcher, authority, pending)
            return events + [SlotSet("pending_topic", None)]
        dispatcher.utter_message(response="utter_authority_set", authority_name=authority.name)
        return events
