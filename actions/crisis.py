"""After the crisis contacts (a domain response): the local duty number and a triage case.

utter_crisis has already gone out before this runs, so a failure here can't lose the
national contacts (safety.md rule 2).
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import local_line
from actions.languages import utter_interpreter_line
from actions.offers import authority_from_slot
from actions.store import contacts_now
from actions.triage import crisis_reason, raise_case


async def utter_local_number(dispatcher: CollectingDispatcher, tracker: Tracker,
                             response: str) -> None:
    """The authority's number after the national lines, saying honestly when it answers:
    in office hours its office line with the closing time and the out-of-hours number;
    outside them the out-of-hours number; and where none is published (Derby) the office
    line, said to answer in office hours only (formatting.local_line)."""
    authority = await authority_from_slot(tracker)
    if authority is None:
        return
    contacts = await contacts_now(authority.key)
    line = local_line(contacts, authority.name)
    if line:
        dispatcher.utter_message(response=response, **line)


class ActionCrisisFollowup(Action):
    def name(self) -> str:
        return "action_crisis_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("crisis", crisis_reason(tracker), tracker)
        utter_interpreter_line(dispatcher, tracker)
        await utter_local_number(dispatcher, tracker, "utter_crisis_local")
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return []


class ActionUrgentFollowup(Action):
    def name(self) -> str:
        return "action_urgent_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("urgent", crisis_reason(tracker), tracker)
        utter_interpreter_line(dispatcher, tracker)
        await utter_local_number(dispatcher, tracker, "utter_urgent_local")
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return []
