"""'Talk to a person': the duty contact for now, and a triage case for the duty team."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import team_and_number
from actions.offers import authority_from_slot
from actions.store import contacts_now
from actions.triage import raise_case
from offers.types import Authority

HANDOFF = "handoff"   # pending_topic value: give the duty number once we know the council


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("handoff", "asked to talk to a person", tracker)
        authority = await authority_from_slot(tracker)
        if authority is None or not await utter_duty_number(dispatcher, authority, "utter_handoff"):
            dispatcher.utter_message(response="utter_handoff_no_authority")
            return [SlotSet("pending_topic", HANDOFF)]
        return []


async def utter_duty_number(dispatcher: CollectingDispatcher, authority: Authority,
                            response: str) -> bool:
    """Who to ring now at the authority; False when it publishes no number."""
    duty = team_and_number(await contacts_now(authority.key))
    if duty is None:
        return False
    dispatcher.utter_message(response=response, authority_name=authority.name,
                             team=duty[0], number=duty[1])
    return True
