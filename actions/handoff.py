"""'Talk to a person': the duty contact for now, and a triage case for the duty team."""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.asked_time import AskedTime, asked_time
from actions.authority import from_latest_message
from actions.contact import office_phone, utter_contacts
from actions.formatting import team_and_number, topic_title
from actions.offers import authority_from_slot
from actions.store import LONDON, contacts_now, offer_store, query
from actions.triage import raise_case
from offers.types import Authority

log = logging.getLogger(__name__)
HANDOFF = "handoff"   # pending_topic value: give the duty number once we know the council


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("handoff", "asked to talk to a person", tracker)
        text = tracker.latest_message.get("text") or ""
        named = await from_latest_message(tracker) if not text.startswith("/") else None
        events: list[EventType] = [SlotSet("authority", named.single.key)] if named and named.single else []
        authority = (named.single if named else None) or await authority_from_slot(tracker)
        if authority is not None and named is not None and asked_time(text, datetime.now(LONDON)):
            # "its friday 5.15pm, need to talk to someone from leaving care, im in daventry":
            # who answers at the time asked, not now.
            await utter_contacts(dispatcher, authority.key, authority.name, text)
            return events
        if authority is None or not await utter_duty_number(dispatcher, authority, "utter_handoff"):
            if authority is None and await no_office_open(asked_time(text, datetime.now(LONDON))):
                # "i just need to talk to someone rn, its late": no leaving care office is
                # open and the council is not known, so the free lines open day and night
                # (national.yml: Samaritans, Shout) before the council question.
                dispatcher.utter_message(response="utter_handoff_talk_now")
            dispatcher.utter_message(response="utter_handoff_no_authority")
            return events + [SlotSet("pending_topic", HANDOFF)]
        return events


async def no_office_open(asked: AskedTime | None = None) -> bool:
    """No council's office is open at the time asked (or now): every council's office is
    closed then, or publishes no hours. False when the store can't say (the handoff's own
    reply must still go out)."""
    try:
        store = offer_store()
        for authority in await query(store.authorities):
            contacts = await (query(store.contacts, authority.key, asked.at) if asked is not None
                              else contacts_now(authority.key))
            if contacts.office_open:
                return False
    except Exception:  # the extra lines are a bonus; the council question stands
        log.warning("no office hours for the handoff reply", exc_info=True)
        return False
    return True


async def utter_duty_number(dispatcher: CollectingDispatcher, authority: Authority,
                            response: str) -> bool:
    """Who to ring now at the authority; False when it publishes no number. When the
    office is closed, the team's own number for office hours too."""
    contacts = await contacts_now(authority.key)
    duty = team_and_number(contacts)
    if duty is None:
        return False
    dispatcher.utter_message(response=response, authority_name=authority.name,
                             team=duty[0], number=duty[1])
    office = office_phone(contacts)
    if contacts.office_open is False and office is not None and office.number != duty[1]:
        dispatcher.utter_message(response="utter_contact_office_hours_number",
                                 team=topic_title(office.label) if office.label else "leaving care team",
                                 number=office.number)
    return True
