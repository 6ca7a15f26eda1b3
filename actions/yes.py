"""A "yes" that answers no question, unless it is a question the classifier read as "yes".

"do north northants make sure i have ID when i leave care, like what exactly" starts like a
yes to the classifier. A message that long, naming a fact in its own words, is answered;
a question about the answer just given ("ok how do i apply for it then") gets that answer
again; a plain "yes" or "ok" gets the usual "what would you like to know?".
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import respond, say_again
from actions.authority import from_latest_message
from actions.set_authority import ActionSetAuthority

# Fewer words than this is a "yes" ("yeah ok thanks"), whatever it names.
MIN_QUESTION_WORDS = 5


class ActionYesToNothing(Action):
    def name(self) -> str:
        return "action_yes_to_nothing"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/") and len(text.split()) >= MIN_QUESTION_WORDS:
            answered = await respond(dispatcher, tracker, domain, strict=True)
            if answered is not None:
                return answered
        if text and not text.startswith("/") and (await from_latest_message(tracker)).candidates:
            # "DE22" after "what number do i ring for leaving care", read as a yes: a council or
            # a postcode district answers the council question, as any council given.
            return await ActionSetAuthority().run(dispatcher, tracker, domain)
        if not text.startswith("/"):
            # "ok how do i apply for it then" after an answer: about that answer.
            repeated = await say_again(dispatcher, tracker, domain)
            if repeated is not None:
                return repeated
        dispatcher.utter_message(response="utter_yes_to_nothing")
        return []
