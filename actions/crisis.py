"""After the crisis contacts (a domain response): the local duty number and a triage case.

utter_crisis has already gone out before this runs, so a failure here can't lose the
national contacts (safety.md rule 2).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.offers import authority_from_slot
from actions.store import offer_store, query
from actions.triage import crisis_reason, raise_case

LONDON = ZoneInfo("Europe/London")


async def utter_local_number(dispatcher: CollectingDispatcher, tracker: Tracker,
                             response: str) -> None:
    """The authority's duty number in office hours, its out-of-hours number otherwise."""
    authority = await authority_from_slot(tracker)
    if authority is None:
        return
    contacts = await query(offer_store().contacts, authority.key, datetime.now(LONDON))
    if contacts.number_now:
        dispatcher.utter_message(response=response, authority_name=authority.name,
                                 team=contacts.team_now, number=contacts.number_now)


class ActionCrisisFollowup(Action):
    def name(self) -> str:
        return "action_crisis_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("crisis", crisis_reason(tracker), tracker)
        await utter_local_number(dispatcher, tracker, "utter_crisis_local")
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return []


class ActionUrgentFollowup(Action):
    def name(self) -> str:
        return "action_urgent_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("urgent", crisis_reason(tracker), tracker)
        await utter_local_number(dispatcher, tracker, "utter_urgent_local")
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return []
