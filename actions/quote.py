"""'Where does it say that?': the council's own words behind the last answer.

Every store entry carries the sentence or table row it relies on, quoted from its source
(offers/, issue 14), so the bot can show it instead of asking to be trusted.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import quote_reply
from actions.offers import authority_from_slot
from actions.store import offer_store, query


class ActionQuoteSource(Action):
    def name(self) -> str:
        return "action_quote_source"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        topic = tracker.get_slot("last_topic")
        authority = await authority_from_slot(tracker)
        if not topic or authority is None:
            dispatcher.utter_message(response="utter_quote_ask_first")
            return []
        store = offer_store()
        offer = await query(store.offer_for, authority.key, topic)
        owner = authority
        if offer is not None and offer.inherited_from:
            owner = await query(store.authority, offer.inherited_from)
        replies = quote_reply(offer, owner) if offer is not None else []
        if not replies:
            dispatcher.utter_message(response="utter_quote_none", authority_name=authority.name)
            return []
        for response, variables in replies:
            dispatcher.utter_message(response=response, **variables)
        return []
