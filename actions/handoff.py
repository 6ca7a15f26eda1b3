"""'Talk to a person': the duty contact for now, and a triage case for the duty team."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import team_and_number
from actions.offers import authority_from_slot
from actions.store import contacts_now
from actions.triage import raise_case



class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("handoff", "asked to talk to a person", tracker)
        authority = await authority_from_slot(tracker)
        if authority is None:
            dispatcher.utter_message(response="utter_handoff_no_authority")
            return []
        contacts = await contacts_now(authority.key)
        duty = team_and_number(contacts)
        if duty is None:
            dispatcher.utter_message(response="utter_handoff_no_authority")
            return []
        dispatcher.utter_message(response="utter_handoff", authority_name=authority.name,
                                 team=duty[0], number=duty[1])
        return []
