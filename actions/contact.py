"""Contact details for the user's authority: who to ring now, hours, address, email."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.formatting import team_and_number, topic_title
from actions.offers import ask_which, authority_from_slot
from actions.store import contacts_now
from offers.types import Contacts

CONTACT = "contact"   # pending_topic value: give contacts once we know the authority


class ActionContact(Action):
    def name(self) -> str:
        return "action_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker)
        authority = named.single or await authority_from_slot(tracker)
        events: list[EventType] = [SlotSet("authority", named.single.key)] if named.single else []
        if authority is None:
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", CONTACT)]
        await utter_contacts(dispatcher, authority.key, authority.name)
        return events + [SlotSet("pending_topic", None)]


async def utter_contacts(dispatcher: CollectingDispatcher, key: str, name: str) -> None:
    contacts = await contacts_now(key)
    dispatcher.utter_message(response="utter_contact_pa_first")
    duty = team_and_number(contacts)
    if duty:
        dispatcher.utter_message(response="utter_contact_phone", authority_name=name,
                                 team=duty[0], number=duty[1])
    if contacts.hours_text:
        dispatcher.utter_message(response="utter_contact_hours",
                                 hours="; ".join(contacts.hours_text), status=open_status(contacts))
    if contacts.office_open and contacts.out_of_hours_number:
        # In office hours the line above is the office's; say where to turn after it closes.
        dispatcher.utter_message(response="utter_contact_out_of_hours",
                                 team=topic_title(contacts.out_of_hours_label or "out-of-hours team"),
                                 number=contacts.out_of_hours_number)
    if contacts.office_open is None and not contacts.out_of_hours_number:
        # Derby publishes neither: say so, rather than leave the office line to stand for nights.
        dispatcher.utter_message(response="utter_contact_no_out_of_hours", authority_name=name)
    if contacts.address:
        dispatcher.utter_message(response="utter_contact_address", address=contacts.address)
    if contacts.email:
        dispatcher.utter_message(response="utter_contact_email", email=contacts.email)


def open_status(contacts: Contacts) -> str:
    """' It is open now.', ' It is closed today for Christmas Day.', or '' (hours unknown)."""
    if contacts.office_open is None:
        return ""
    if contacts.office_open:
        return " It is open now."
    if contacts.bank_holiday:
        return f" It is closed today for {contacts.bank_holiday}."
    return " It is closed now."
