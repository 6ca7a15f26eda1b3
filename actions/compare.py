"""'What do other councils give?': one topic across every authority in the store."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import bullet_list, fact_line, topic_title
from actions.offers import topic_from_tracker
from actions.store import offer_store, query
from offers import vocabulary

# Offered when the user asks to compare without saying what.
POPULAR = ("setting_up_home_allowance", "council_tax", "he_bursary", "driving",
           "birthday_payment", "housing_priority")


class ActionCompare(Action):
    def name(self) -> str:
        return "action_compare"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        found = vocabulary.search_topics(text)
        topic = topic_from_tracker(tracker) or (found[0] if found else None) \
            or tracker.get_slot("last_topic")
        if topic is None:
            buttons = [{"title": vocabulary.topic(t).label,
                        "payload": f'/ask_compare{{"topic": "{t}"}}'} for t in POPULAR]
            dispatcher.utter_message(response="utter_ask_compare_topic", buttons=buttons)
            return []
        rows = await query(offer_store().compare, topic)
        lines = [f"{authority.short_name}: {fact_line(offer) if offer else 'not known'}"
                 for authority, offer in rows]
        dispatcher.utter_message(response="utter_compare",
                                 title=topic_title(vocabulary.topic(topic).label),
                                 items=bullet_list(lines))
        return []
