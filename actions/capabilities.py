"""'What can you do?', and the short messages the classifier reads as that question.

"start again" and "what if its a sunday" look like "what can you do" to the classifier.
The first must do what it says (forget the council); the second, straight after a contact
question, asks who answers then; "how do i do that" after an answer asks about that
answer. Anything else gets the usual list of what the bot can do.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import START_AGAIN, contacts_at_another_time, is_contact_question, named_service, respond, say_again
from actions.asked_time import asked_time
from actions.contact import utter_contacts
from actions.offers import authority_from_slot
from actions.store import LONDON
from offers.textnorm import fold

# How many of the user's earlier messages a time-only follow-up may refer back to.
FOLLOW_UP_REACH = 2


def asked_for_contacts_lately(tracker: Tracker) -> bool:
    """Whether one of the user's last few messages before this one was a contact question."""
    users = [e for e in tracker.events if e.get("event") == "user"][:-1]
    for event in users[-FOLLOW_UP_REACH:]:
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent == "ask_contact" or is_contact_question(event.get("text") or ""):
            return True
    return False


class ActionCapabilities(Action):
    def name(self) -> str:
        return "action_capabilities"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if START_AGAIN.search(fold(text)):
            dispatcher.utter_message(response="utter_started_again")
            return [SlotSet("authority", None), SlotSet("pending_topic", None),
                    SlotSet("last_topic", None)]
        authority = await authority_from_slot(tracker)
        if authority is not None and asked_time(text, datetime.now(LONDON)) is not None \
                and asked_for_contacts_lately(tracker):
            # "who do i call" -> "north northants" -> "what if its a sunday"
            await utter_contacts(dispatcher, authority.key, authority.name, text)
            return []
        if authority is None:
            # "which leaving care team has a number you can ring at night, derby or
            # northampton" then "what about on a sunday": each council's line for that time.
            again = await contacts_at_another_time(dispatcher, tracker, domain)
            if again is not None:
                return again
        if not text.startswith("/") and await named_service(text, authority.key if authority else None) is not None:
            # "what does 111 option 2 do": a body named outright (NHS 111), whatever the
            # classifier made of the short question: what it is and how to reach it.
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        if not text.startswith("/"):
            # "how do i do that", "what band would i be in" straight after an answer look
            # like "what can you do" to the classifier: they ask about that answer.
            repeated = await say_again(dispatcher, tracker, domain)
            if repeated is not None:
                return repeated
            # "what kind of things does every council's local offer have to cover": a fact
            # named in the message's own words (strictly, as for a message the classifier
            # could not place), not what this chat can do.
            answered = await respond(dispatcher, tracker, domain, strict=True)
            if answered is not None:
                return answered
        dispatcher.utter_message(response="utter_capabilities")
        return []
