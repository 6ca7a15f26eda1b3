"""After the crisis contacts (a domain response): the local duty number and a triage case.

utter_crisis has already gone out before this runs, so a failure here can't lose the
national contacts (safety.md rule 2).
"""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import respond
from actions.authority import Resolution, from_latest_message
from actions.formatting import local_line
from actions.languages import utter_interpreter_line
from actions.offers import authority_from_slot
from actions.store import contacts_now
from actions.triage import crisis_reason, raise_case

log = logging.getLogger(__name__)

OVERDOSE = "overdose"   # the detector's category for an overdose taken or about to be


async def utter_local_number(dispatcher: CollectingDispatcher, tracker: Tracker,
                             response: str, named: Resolution | None = None) -> list[EventType]:
    """The authority's number after the national lines, saying honestly when it answers:
    in office hours its office line with the closing time and the out-of-hours number;
    outside them the out-of-hours number; and where none is published (Derby) the office
    line, said to answer in office hours only (formatting.local_line).

    A council named in the message itself counts ("3am, locked out, im with north
    northants, who do i ring?"), and is remembered."""
    if named is None:
        named = await from_latest_message(tracker)
    authority = named.single or await authority_from_slot(tracker)
    if authority is None:
        return []
    contacts = await contacts_now(authority.key)
    line = local_line(contacts, authority.name)
    if line:
        dispatcher.utter_message(response=response, **line)
    return [SlotSet("authority", named.single.key)] if named.single else []


class ActionCrisisFollowup(Action):
    def name(self) -> str:
        return "action_crisis_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker)
        await raise_case("crisis", crisis_reason(tracker), tracker,
                         named.single.key if named.single else None)
        if (tracker.latest_message.get("crisis") or {}).get("category") == OVERDOSE:
            # An overdose can feel fine for hours while it does harm (paracetamol to the
            # liver): 999 or A&E now, whatever they feel (NHS advice).
            dispatcher.utter_message(response="utter_crisis_overdose")
        utter_interpreter_line(dispatcher, tracker)
        events = await utter_local_number(dispatcher, tracker, "utter_crisis_local", named)
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return events


# Urgent because of where they will sleep, not because someone is hurting them: the
# practical question in the same message ("sofa surfing atm, is there anywhere i can have
# a shower?") is answered after the urgent lines, so the reply doesn't ignore it.
HOMELESS = "homeless_tonight"


class ActionUrgentFollowup(Action):
    def name(self) -> str:
        return "action_urgent_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker)
        await raise_case("urgent", crisis_reason(tracker), tracker,
                         named.single.key if named.single else None)
        utter_interpreter_line(dispatcher, tracker)
        events = await utter_local_number(dispatcher, tracker, "utter_urgent_local", named)
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        if (tracker.latest_message.get("crisis") or {}).get("category") == HOMELESS:
            try:
                events += await respond(dispatcher, tracker, domain, strict=True, one_fact=True) or []
            except Exception:  # the answer is a bonus; the urgent lines must go out
                log.exception("answer after the urgent lines failed")
        return events
