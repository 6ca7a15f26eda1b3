"""Messages the classifier could not place (nlu_fallback, out_of_scope).

Answered when their own words name a fact, a contact or a service, or when they answer the
council question ("NN17 1AB"); otherwise the usual "say that another way" reply, or the
check-in when the message shows distress.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import adds_a_condition, not_understood, respond, say_again
from actions.authority import from_latest_message
from actions.set_authority import ActionSetAuthority


class ActionFallbackAnswer(Action):
    """A message the classifier could not place (nlu_fallback, out_of_scope): answered
    when its own words name a fact, contact or service; otherwise the usual reply."""

    def name(self) -> str:
        return "action_fallback_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        waiting = tracker.get_slot("pending_topic") or tracker.get_slot("last_topic")
        named = (await from_latest_message(tracker)).single
        if named and (waiting or named.key != tracker.get_slot("authority")):
            # "NN17 1AB" in answer to "which council?", or "ok and what about west
            # northants" after an answer: the classifier can't place these, but they
            # name the council for the question asked; a council not named before is the
            # user telling us theirs, maybe with a question (see ActionSetAuthority).
            return await ActionSetAuthority().run(dispatcher, tracker, domain)
        # "even if im not at uni?" after an answer: that answer again, before the words
        # after "if" are read as a new question (say_again says which messages are this).
        if adds_a_condition(tracker.latest_message.get("text") or ""):
            repeated = await say_again(dispatcher, tracker, domain, own_words_only=True)
            if repeated is not None:
                return repeated
        answered = await respond(dispatcher, tracker, domain, strict=True)
        if answered is not None:
            return answered
        repeated = await say_again(dispatcher, tracker, domain)
        if repeated is not None:
            return repeated
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return not_understood(dispatcher, tracker,
                               "utter_out_of_scope" if intent == "out_of_scope" else "utter_default")
