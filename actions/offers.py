"""Answer entitlement questions from the offer store for the user's own authority."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.check_in import AUTHORITY, check_in_instead
from actions.formatting import office_number, offer_reply, topic_title
from actions.store import contacts_now, offer_store, query
from offers.types import Authority
from offers import vocabulary

log = logging.getLogger(__name__)
ASK_PREFIX = "ask_"


def topic_from_tracker(tracker: Tracker) -> str | None:
    """ask_<topic> intents carry the topic in their name; buttons carry a `topic` entity."""
    intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
    if intent.startswith(ASK_PREFIX) and vocabulary.is_topic(intent[len(ASK_PREFIX):]):
        return intent[len(ASK_PREFIX):]
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") == "topic" and vocabulary.is_topic(str(entity.get("value"))):
            return str(entity["value"])
    return None


async def answer(dispatcher: CollectingDispatcher, authority: Authority, topic: str) -> None:
    """Utter the store's answer for one topic (shared by every action that answers)."""
    store = offer_store()
    offer = await query(store.offer_for, authority.key, topic)
    national = None
    if offer is None or offer.status in ("not_offered", "unknown"):
        national = await query(store.national, topic)
    contacts = await contacts_now(authority.key)
    owner = authority
    if offer is not None and offer.inherited_from:
        owner = await query(store.authority, offer.inherited_from)
    title = topic_title(vocabulary.topic(topic).label)
    for response, variables in offer_reply(offer, authority, title, office_number(contacts),
                                           national, owner):
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


def ask_which(dispatcher: CollectingDispatcher, candidates: list[Authority],
              tracker: Tracker) -> list[EventType]:
    """Ask which council, unless the message shows distress: then check in first
    (safety.md rule 8); "I'm OK" asks the council question after."""
    checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
    if checked_in is not None:
        return checked_in
    dispatcher.utter_message(response="utter_ask_northants_which" if candidates
                             else "utter_ask_authority")
    return []


class ActionAnswerOffer(Action):
    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        topic = topic_from_tracker(tracker)
        if topic is None:
            checked_in = check_in_instead(dispatcher, tracker, "")
            if checked_in is None:
                dispatcher.utter_message(response="utter_default")
            return checked_in or []
        events: list[EventType] = []
        # "what about derby?" style switches: an authority named in the question wins.
        named = await from_latest_message(tracker)
        authority = named.single or (None if named.ambiguous else await authority_from_slot(tracker))
        if named.single:
            events.append(SlotSet("authority", named.single.key))
        if authority is None:
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", topic)]
        await answer(dispatcher, authority, topic)
        return events + [SlotSet("pending_topic", None), SlotSet("last_topic", topic)]
