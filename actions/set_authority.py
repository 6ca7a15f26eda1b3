"""The user named their authority: remember it and answer whatever was waiting for it."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.check_in import AUTHORITY, check_in_instead
from actions.contact import CONTACT, utter_contacts
from actions.offers import answer, ask_which
from actions.overview import OVERVIEW, utter_overview
from offers import vocabulary


class ActionSetAuthority(Action):
    def name(self) -> str:
        return "action_set_authority"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker, use_whole_text=True)
        if named.ambiguous:
            return ask_which(dispatcher, named.candidates, tracker)
        authority = named.single
        if authority is None:
            checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
            if checked_in is None:
                dispatcher.utter_message(response="utter_authority_not_covered")
            return checked_in or []
        events: list[EventType] = [SlotSet("authority", authority.key)]
        pending = tracker.get_slot("pending_topic")
        if pending and vocabulary.is_topic(pending):
            await answer(dispatcher, authority, pending)
            events.append(SlotSet("last_topic", pending))
        elif pending == OVERVIEW:
            await utter_overview(dispatcher, authority)
        elif pending == CONTACT:
            await utter_contacts(dispatcher, authority.key, authority.name)
        else:
            dispatcher.utter_message(response="utter_authority_set", authority_name=authority.name)
            return events
        return events + [SlotSet("pending_topic", None)]
