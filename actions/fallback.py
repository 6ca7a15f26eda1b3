"""Messages the classifier could not place (nlu_fallback, out_of_scope).

Answered when their own words name a fact, a contact or a service, or when they answer the
council question ("NN17 1AB"); otherwise the usual "say that another way" reply, or the
check-in when the message shows distress.
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import (adds_a_condition, asks_a_question, asks_about_it, contacts_at_another_time,
                               not_understood, respond, say_again, without_signal)
from actions.authority import from_latest_message
from actions.check_in import BESIDE_THE_ANSWER, distress_signal
from actions.compare import councils_listed
from actions.set_authority import ActionSetAuthority
from offers.textnorm import fold


class ActionFallbackAnswer(Action):
    """A message the classifier could not place (nlu_fallback, out_of_scope): answered
    when its own words name a fact, contact or service; otherwise the usual reply."""

    def name(self) -> str:
        return "action_fallback_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        # "derby or west northants, might be moving to one of them" after an answer: the
        # councils listed as choices for it (the classifier can't place these either).
        listed = await councils_listed(dispatcher, tracker)
        if listed is not None:
            return listed
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
        # So too "ok and until what age can i do it" ("until what age" alone would be
        # support after 21).
        text = tracker.latest_message.get("text") or ""
        if adds_a_condition(text) or asks_about_it(text):
            repeated = await say_again(dispatcher, tracker, domain, own_words_only=True)
            if repeated is not None:
                return repeated
        again = await contacts_at_another_time(dispatcher, tracker, domain)
        if again is not None:
            return again
        answered = await respond(dispatcher, tracker, domain, strict=True)
        if answered is not None:
            return answered
        repeated = await say_again(dispatcher, tracker, domain)
        if repeated is not None:
            return repeated
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return not_understood(dispatcher, tracker,
                               "utter_out_of_scope" if intent == "out_of_scope" else "utter_default")


# A fear about the thing asked, not about a person or the user's safety: "scared ill mess
# it up" (a first flat), "scared wat it says" (a care file), "nervous about living on my
# own". The second tier's phrase list flags the fear word ("scared"); the check-in still
# goes first, and these get the answer beside it too (see ActionCheckInAnswer).
_FEAR = r"(?:scared|afraid|nervous|worried|terrified|frightened|anxious|bricking it)"
_ABOUT_THE_THING = (r"(?:(?:mess|muck|screw|cock) (?:it |this |things |everything )?up|"
                    r"(?:what|wat|wot) (?:it|its|the [a-z]+|my [a-z]+|ill|i will|i might|id) "
                    r"(?:says?|said|find|see|read|shows?|will say)|"
                    r"(?:of|about|to) (?:living|live|being|moving|move) (?:on my own|alone|by myself|out)|"
                    # "i want to read my care file but im scared of reading it by myself"
                    r"(?:of|about|to) (?:reading|read|seeing|see|opening|open|going through|look at|looking at) "
                    r"(?:it|my [a-z]+|the [a-z]+)(?: (?:on my own|alone|by myself))?)")
TASK_WORRY = re.compile(rf"\b{_FEAR}(?: [a-z]+){{0,3}}? {_ABOUT_THE_THING}\b")
# Words that, left beside such a fear, still say the person may not be safe: then the
# check-in stands alone, as for any other phrase-list signal.
_STILL_RISKY = re.compile(
    r"\b(?:scared|afraid|nervous|worried|terrified|frightened|anxious|die|dying|dead|kill\w*|suicid\w*|"
    r"hurt\w*|harm\w*|cut\w*|pills?|tablets|overdose|od|blood|bleed\w*|safe|unsafe|danger\w*|help me|"
    r"threat\w*|owe|cope|go on|give up|gave up|no point|hopeless|worthless|burden|too much|trapped|"
    r"end it|ending it|him|her|he|she|them|they|ex|boyfriend|girlfriend|partner)\b")


def only_worried_about_the_question(text: str) -> bool:
    """The message's fear is about the thing it asks about, and nothing else in it says
    the person may be unsafe."""
    folded = fold(text)
    if not TASK_WORRY.search(folded):
        return False
    return not _STILL_RISKY.search(TASK_WORRY.sub(" ", folded))


# What the fallback says when it found nothing to answer: after a check-in, say nothing more.
NOTHING_FOUND = {"utter_default", "utter_out_of_scope", "utter_started_again"}


class ActionCheckInAnswer(Action):
    """After the check-in on a message NLU could not place (rule: check_in ->
    utter_check_in -> this -> utter_check_in_ask): the answer the fallback would have
    given, when only the meaning check saw risk and the message's own words name a fact,
    a contact or a service.

    The same choice as `answers_beside` (actions/check_in.py) for questions the classifier
    did place: on the answer dev rounds nearly every such check-in was a plain question
    with a worry in it ("my drinking is getting out of hand ... is there anyone round
    northampton who helps"), and holding the answer back made it a dead end. The contacts
    have already gone out (a domain response, so they go even with this server down) and
    "Are you safe right now?" still follows; a phrase-list signal ("not safe", "scared of
    him") or a message not in English still gets the check-in alone. A fear about the thing
    asked ("scared ill mess it up", "scared wat my file says") is answered beside it too."""

    def name(self) -> str:
        return "action_check_in_answer"

    @staticmethod
    def worried_about_the_question(tracker: Tracker, signal: str | None) -> bool:
        """Only the broad fear word saw risk ("scared"), and the fear is about the thing
        asked. A sharp signal, or any other phrase list, holds the answer back."""
        crisis = tracker.latest_message.get("crisis") or {}
        return signal == "not_safe" and not crisis.get("distress_sharp") \
            and only_worried_about_the_question(tracker.latest_message.get("text") or "")

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        signal = distress_signal(tracker)
        if signal not in BESIDE_THE_ANSWER and not self.worried_about_the_question(tracker, signal):
            return []
        # The fallback on the message as if no signal were there (the check-in is done).
        found = CollectingDispatcher()
        events = await ActionFallbackAnswer().run(found, without_signal(tracker), domain)
        if not found.messages or any(m.get("response") in NOTHING_FOUND for m in found.messages) \
                or asks_a_question(found.messages):
            # Nothing to answer, or an answer that asks which council: beside "Are you
            # safe right now?" that would be two questions at once, so the check-in
            # stands alone, as before.
            return []
        dispatcher.utter_message(response="utter_check_in_then_answer")
        dispatcher.messages.extend(found.messages)
        return events
