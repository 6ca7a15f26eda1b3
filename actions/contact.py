"""Contact details for the user's authority: who to ring now, hours, address, email."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.formatting import team_and_number
from actions.offers import ask_which, authority_from_slot
from actions.store import contacts_now

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
        status = {True: " It is open now.", False: " It is closed now.", None: ""}[contacts.office_open]
        dispatcher.utter_message(response="utter_contact_hours",
                                 hours="; ".join(contacts.hours_text), status=status)
    if contacts.address:
        dispatcher.utter_message(response="utter_contact_address", address=contacts.address)
    if contacts.email:
        dispatcher.utter_message(response="utter_contact_email", email=contacts.email)
