"""The second tier's check-in, and the answers to "Are you safe right now?".

safety.md rule 8: a reply that would ignore the person (the council question, a re-asked
form question, "say that another way") first looks at the second tier's signal, which the
NLU pipeline left in the parse data (`crisis.distress`, bot/crisis/distress.py). When it
is there, the bot checks in instead: the contacts (utter_check_in), then "Are you safe
right now?" (utter_check_in_ask, an action of its own so the rules can follow the answer).
Fallback and out-of-scope replies are checked in the pipeline itself (CheckInGate), so
they work even with the action server down.

After "I'm OK" the bot carries on with what it was doing (`check_in_context`); after
"No, I'm not safe" it gives buttons to call 999, text SHOUT and call the duty team, and
raises the most severe triage case.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import team_and_number
from actions.store import contacts_now, offer_store, query
from actions.triage import raise_case

CONTEXT_SLOT = "check_in_context"
ELIGIBILITY = "eligibility"
AUTHORITY = "authority"
ANSWER = "answer"   # the council is known: after "I'm OK", answer the pending question


def has_crisis_route(tracker: Tracker) -> bool:
    """Whether the detector found a crisis or urgent risk in the latest message: it has its
    own route (data/rules/crisis.yml), which nothing else may answer first."""
    return (tracker.latest_message.get("crisis") or {}).get("level", "none") != "none"


def distress_signal(tracker: Tracker, sharp_only: bool = False) -> Optional[str]:
    """The second tier's signal on the latest message, if the detector found no risk
    (a crisis or urgent message has its own, fuller route). `sharp_only` where the bot
    understood the question and only its reply is unsure (the council question), or is
    about to answer it: there a broad word ("pills", "scared") is most often part of an
    ordinary question."""
    if has_crisis_route(tracker):
        return None
    crisis = tracker.latest_message.get("crisis") or {}
    if crisis.get("not_english"):
        # Most of its words are not English ("bdi i2tol 7ali", romanised Arabic): the
        # classifier's topic is a guess from the few words it knows, so the bot can't
        # answer it, and can't rule out a crisis either (safety.md rules 8 and 9).
        return "not_english"
    if sharp_only and not crisis.get("distress_sharp"):
        return None
    return crisis.get("distress") or None


def check_in_instead(dispatcher: CollectingDispatcher, tracker: Tracker, context: str,
                     sharp_only: bool = False) -> Optional[list[EventType]]:
    """Check in instead of an unsure reply when the message carries distress.

    Returns the events to end the action with (then the caller must say nothing else),
    or None when there is no distress and the caller carries on as it would have."""
    if not distress_signal(tracker, sharp_only):
        return None
    # The bot understood a question it is about to answer: it says so, rather than "I'm
    # not sure I understood that".
    dispatcher.utter_message(response="utter_check_in_first" if context == ANSWER else "utter_check_in")
    return [SlotSet(CONTEXT_SLOT, context), FollowupAction("utter_check_in_ask")]


def answers_beside(tracker: Tracker) -> bool:
    """Whether the bot should check in *and* answer a question it understood.

    Only the meaning check saw risk (signal "meaning": no risk word or phrase list
    matched): on the answer dev sets nearly every such check-in was a plain question with a
    worry in it ("i think im drinking too much, who helps with that round northampton",
    "honestly im scared to live on my own, is there a practice flat"). Holding the answer
    back until "I'm OK" made those a dead end. The contacts still come first and "Are you
    safe right now?" still follows (safety.md rules 1 and 8); a phrase-list signal ("i
    won't be around next term, no point") still holds the answer back.

    So does "absent" (bot/crisis/distress.py): an absence said with no reason ("i wont be
    around for my pathway review next month"). Its ordinary twin is a plain request that
    gives the reason ("... im on holiday, can we move it"), which that signal leaves out;
    the rest are told the contacts and asked, with their answer not held back."""
    return distress_signal(tracker, sharp_only=True) in BESIDE_THE_ANSWER


BESIDE_THE_ANSWER = frozenset(("meaning", "absent"))


def check_in_before_answering(dispatcher: CollectingDispatcher) -> list[EventType]:
    """The contacts now; the events end the action with "Are you safe right now?", so the
    answer uttered in between comes before it. "I'm OK" then asks what else they want to
    know (nothing is left pending)."""
    dispatcher.utter_message(response="utter_check_in_first")
    return [SlotSet(CONTEXT_SLOT, None), FollowupAction("utter_check_in_ask")]


def tel(number: str) -> str:
    """A phone number as a tel: link payload ("01604 365 700" -> "tel:01604365700")."""
    return "tel:" + re.sub(r"[^\d+]", "", number)


async def duty_buttons(tracker: Tracker) -> list[dict[str, str]]:
    """A call button for the user's council's team (the number for now: office or out of
    hours), or one for each council when it is not known yet."""
    keys = [tracker.get_slot("authority")] if tracker.get_slot("authority") else None
    if keys is None:
        keys = [a.key for a in await query(offer_store().authorities)]
    buttons = []
    for key in keys:
        authority = await query(offer_store().authority, key)
        duty = team_and_number(await contacts_now(key))
        if duty:
            buttons.append({"title": f"Call {authority.short_name or authority.name}: {duty[1]}",
                            "payload": tel(duty[1])})
    return buttons


class ActionCheckInOk(Action):
    """"I'm OK": thank them and carry on where the check-in interrupted."""

    def name(self) -> str:
        return "action_check_in_ok"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        context = tracker.get_slot(CONTEXT_SLOT)
        events: list[EventType] = [SlotSet(CONTEXT_SLOT, None)]
        if context == ELIGIBILITY:
            dispatcher.utter_message(response="utter_check_in_ok_carry_on")
            return events + [FollowupAction("eligibility_form")]
        if context == AUTHORITY and tracker.get_slot("pending_topic"):
            dispatcher.utter_message(response="utter_check_in_ok_carry_on")
            dispatcher.utter_message(response="utter_ask_authority")
            return events
        if context == ANSWER and tracker.get_slot("pending_topic") and tracker.get_slot("authority"):
            from actions.offers import answer_topic  # offers imports this module

            dispatcher.utter_message(response="utter_check_in_ok_carry_on")
            return events + await answer_topic(dispatcher, tracker, tracker.get_slot("pending_topic"), domain)
        dispatcher.utter_message(response="utter_check_in_ok")
        return events


class ActionNotSafe(Action):
    """"No, I'm not safe" (after a crisis reply or a check-in): the most severe case, and
    buttons that call or text straight away. utter_safe_no has already said "call 999"."""

    def name(self) -> str:
        return "action_not_safe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        await raise_case("crisis", "said they are not safe right now" + _earlier(tracker), tracker)
        buttons = [{"title": "Call 999", "payload": "tel:999"},
                   {"title": "Text SHOUT to 85258", "payload": "sms:85258?body=SHOUT"},
                   {"title": "Call Samaritans: 116 123", "payload": "tel:116123"}]
        try:
            duty = await duty_buttons(tracker)
        except Exception:  # noqa: BLE001 - the store may be down; the national lines stand
            duty = []
        # The numbers are in the text too: Messenger can't show call buttons as quick replies.
        listed = ", ".join(b["title"].removeprefix("Call ") for b in duty) or "ask your PA"
        dispatcher.utter_message(response="utter_not_safe_options", buttons=buttons + duty,
                                 duty=listed)
        dispatcher.utter_message(response="utter_crisis_team_may_see")
        return [SlotSet(CONTEXT_SLOT, None)]


class ActionCheckInFlagged(Action):
    """An answer to the check-in's "Are you safe right now?" that is neither yes nor no and
    carries a second-tier signal (data/rules/crisis.yml). A sharp word or phrase, a reading
    both of the meaning check's readers are sure of, or words the bot can't read, is taken
    as "not safe": the most severe case and the call buttons. A broad word, or a score the
    readers disagree on, is most often a question about something else: ask again."""

    def name(self) -> str:
        return "action_check_in_flagged"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        crisis = tracker.latest_message.get("crisis") or {}
        sharp = crisis.get("distress_sharp") and (crisis.get("distress") != "meaning" or crisis.get("distress_sure"))
        ask_again = bool(crisis.get("distress")) and not (sharp or crisis.get("not_english"))
        return [FollowupAction("utter_check_in_ask" if ask_again else "action_not_safe")]


def _earlier(tracker: Tracker) -> str:
    """What raised the question, from the last user message with a verdict or a signal."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        crisis = (event.get("parse_data") or {}).get("crisis") or {}
        if crisis.get("level", "none") != "none":
            return f" (after {crisis.get('category')}: {crisis.get('reason')})"
        if crisis.get("distress"):
            return f" (after a check-in on: {crisis['distress']})"
    return ""


__all__ = ["ANSWER", "BESIDE_THE_ANSWER", "answers_beside", "check_in_before_answering", "check_in_instead", "distress_signal",
           "ActionCheckInFlagged", "ActionCheckInOk", "ActionNotSafe"]
