"""The eligibility check: which legal group of care leaver is the user in?

Groups come from the Children (Leaving Care) Act 2000 as the sources describe them:
eligible (16-17, still in care, 13+ weeks in care since 14), relevant (16-17, left care),
former relevant (18-25, was eligible or relevant), qualifying (left care after 16 but
without the 13 weeks). Each group's explanation is a domain response.
"""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import adds_a_condition, respond, say_again
from actions.authority import from_latest_message
from actions.check_in import ELIGIBILITY, check_in_instead, has_crisis_route
from actions.compose import render, utter_answer
from actions.facts import choose
from actions.formatting import national_reply
from actions.offers import answer, authority_from_slot, defined_in_an_entry, named_only_in_an_entry
from actions.store import offer_store, query
from offers import vocabulary

ELIGIBILITY_TOPIC = "eligibility"
# A keyword score this high (a phrase of ten letters or more: "law in 2026", not "5 weeks"
# or "birthday", which eligibility questions use for the time in care) names another fact.
NAMED_FACT = 0.9
WORD_NUMBERS = {
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "twenty one": 21, "twenty two": 22, "twenty three": 23,
    "twenty four": 24, "twenty five": 25, "twenty six": 26,
}


def parse_age(text: str) -> int | None:
    """'19', "i'm 19", 'nineteen', '19 years old' -> 19; anything else -> None."""
    text = (text or "").lower().replace("-", " ")
    digits = re.findall(r"\b(\d{1,3})\b", text)
    if len(digits) == 1:
        age = int(digits[0])
        return age if 10 <= age <= 99 else None
    for words, value in sorted(WORD_NUMBERS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{words}\b", text):
            return value
    return None


def group_for(age: int, care_after_14: str | None, still_in_care: str | None) -> str:
    """The response that explains the user's group."""
    if age < 16:
        return "utter_eligibility_under_16"
    if age >= 25:
        return "utter_eligibility_over_25"
    if care_after_14 == "unsure":
        return "utter_eligibility_unsure"
    if care_after_14 == "no":
        return "utter_eligibility_qualifying"
    if age < 18:
        return "utter_eligibility_eligible" if still_in_care == "yes" else "utter_eligibility_relevant"
    return "utter_eligibility_former_relevant"


# The classifier is this sure a message in the check asks about another fact.
OTHER_QUESTION_CONFIDENCE = 0.8
_QUESTION = re.compile(r"\?|\b(?:can|do|does|will|would|could|am|is|are) (?:i|u|you|they|it|there)\b|"
                       r"\b(?:how|what|wat|who|where|when|why)\b")
FORGET_ANSWERS: list[EventType] = [SlotSet("age", None), SlotSet("care_after_14", None),
                                   SlotSet("still_in_care", None)]


# A yes or no said first, then a few words about it: "yeah semi independent", "no, left at
# 17", "yh from 13 til 18". The classifier reads the words after it ("semi independent" is
# supported housing) and the check answered that instead of taking the yes.
_LEADING_YES = re.compile(r"\s*(?:yes|yess+|yeah|yea|yeh|yep|yup|ye|yh|ya|aye|y|i am|i was|i did|course|ofc|of course)\b")
_LEADING_NO = re.compile(r"\s*(?:no|nah|nope|naw|na|n|not really|not anymore|not any more|im not|i am not|i wasnt|"
                         r"i was not|i didnt|never)\b")
YES_NO_SLOTS = ("care_after_14", "still_in_care")
# Unsure is neither ("no idea", "i am not sure"): the classifier's dont_know decides.
_NOT_SURE = re.compile(r"\b(?:not sure|no idea|no clue|dunno|dont know|don't know|idk|unsure|maybe|not certain|"
                       r"think so|i think|cant remember|can't remember)\b")
# A question after the yes or no ("yes but can i still get the grant?", "yeah, how long does
# it last"); "when i was 12" is no question.
_ASKS_AFTER = re.compile(r"\?|\b(?:but|and|also|so|though|tho)?\s*(?:can|do|does|will|would|could|should|is|are|am) "
                         r"(?:i|u|you|they|it|there|we)\b|\b(?:how|what|wat|who|where|why|which)\b")


def leading_yes_no(text: str) -> str | None:
    """'yes' or 'no' when a reply to a yes-no question starts with one and asks nothing
    ("yeah semi independent"); None otherwise ("yes but can i still get the grant?": a
    question, which asks_another_question and answer_instead deal with)."""
    folded = (text or "").lower()
    if folded.startswith("/") or _ASKS_AFTER.search(folded) or _NOT_SURE.search(folded):
        return None
    if _LEADING_NO.match(folded):
        return "no"
    if _LEADING_YES.match(folded):
        return "yes"
    return None


def asks_another_question(tracker: Tracker) -> bool:
    """A question the classifier is sure is about another fact, in answer to one of the
    check's questions ("can i stay with my foster carers after im 18?")."""
    message = tracker.latest_message
    intent = message.get("intent") or {}
    name, confidence = str(intent.get("name") or ""), float(intent.get("confidence") or 0.0)
    text = message.get("text") or ""
    return name.startswith("ask_") and name != "ask_eligibility" \
        and confidence >= OTHER_QUESTION_CONFIDENCE and not text.startswith("/") \
        and bool(_QUESTION.search(text.lower()))


# A message this short that names a council and no age is the council, not the start of
# the check ("im in DE23" after "which council?").
MAX_COUNCIL_ONLY_WORDS = 6


# "hi im a care leaver in thrapston": who they are and where, not a question about who
# counts ("not sure if im a care leaver", "am i a care leaver" are).
_INTRODUCTION = re.compile(r"\b(?:i'?m|i am|im)\s+(?:a\s+)?care\s*leaver\b")
_UNSURE = re.compile(r"\b(?:if|whether|not sure|unsure|dont know|don't know|idk|think|maybe|still)\b")


def introduces_self(text: str) -> bool:
    """"hi im a care leaver in thrapston": a statement of who they are, not a question."""
    folded = (text or "").lower()
    return bool(_INTRODUCTION.search(folded)) and not _UNSURE.search(folded) \
        and not _QUESTION.search(folded)


async def only_a_council(tracker: Tracker) -> bool:
    """"do i get money for my phone" -> (which council?) -> "im in DE23": the classifier
    may read a bare place or postcode as the eligibility check; it names a council (or a
    postcode), no age and no fact of its own, so it answers "which council?". So does
    "hi im a care leaver in thrapston": who they are and where, not a question."""
    text = (tracker.latest_message.get("text") or "").strip()
    introduced = introduces_self(text)
    if not text or text.startswith("/") or parse_age(text) is not None \
            or (len(text.split()) > MAX_COUNCIL_ONLY_WORDS and not introduced):
        return False
    named = await from_latest_message(tracker, use_whole_text=True)
    if not (named.single or named.candidates or named.uncovered_postcode):
        return False
    return choose(tracker, strict=True).topic in ((None, ELIGIBILITY_TOPIC) if introduced else (None,))


# "do care leavers get a free bus pass", "is there anywhere free to get clothes"
_OPENS_A_QUESTION = re.compile(r"\s*(?:\w+\s+){0,2}?(?:do|does|can|could|will|would|is|are|am|should|"
                               r"have|has|whats|wheres|hows|how|what|who|where|when|why|which)\b")
# The answers the check's yes-no questions take (domain.yml slot mappings).
YES_NO_INTENTS = ("affirm", "deny", "dont_know")
# A button that starts the check again, beside an answer given instead of the check's question.
CARRY_ON_BUTTON = {"title": "Am I a care leaver?", "payload": "/ask_eligibility"}


def not_an_answer(tracker: Tracker) -> bool:
    """The message in reply to the check's question is not an answer to it: no age for
    "how old are you?", no yes or no for the yes-no questions."""
    text = (tracker.latest_message.get("text") or "").strip()
    if not text or text.startswith("/"):
        return False
    requested = tracker.get_slot("requested_slot")
    if requested == "age":
        return parse_age(text) is None
    intent = str((tracker.latest_message.get("intent") or {}).get("name") or "")
    return requested in YES_NO_SLOTS and intent not in YES_NO_INTENTS and leading_yes_no(text) is None


def offer_to_carry_on(dispatcher: CollectingDispatcher, since: int) -> None:
    """The answer given instead of the check's question ends with a button to start the
    check again (no dead end, and no question left waiting)."""
    for message in reversed(dispatcher.messages[since:]):
        if message.get("response") == "utter_offer_answer":
            buttons = list(message.get("buttons") or [])
            if CARRY_ON_BUTTON not in buttons:
                message["buttons"] = buttons + [dict(CARRY_ON_BUTTON)]
                # A message with buttons keeps its blank lines (actions/compose.py).
            return


async def answer_instead(dispatcher: CollectingDispatcher, tracker: Tracker,
                         domain: DomainDict) -> list[EventType] | None:
    """r32-006, r32-101: a message in reply to the check's question that is no answer to
    it but a council ("derby city") or a question the bot can answer ("how do i get on the
    housing register"): the council's own rule on who counts, or the answer, and the check
    ends with a button to start it again. None: a plain non-answer, asked again."""
    if not not_an_answer(tracker):
        return None
    since = len(dispatcher.messages)
    text = (tracker.latest_message.get("text") or "").strip()
    choice = choose(tracker, strict=True)
    if len(text.split()) <= MAX_COUNCIL_ONLY_WORDS and choice.topic is None:
        named = await from_latest_message(tracker, use_whole_text=True)
        if named.single:
            # "derby city" after "how old are you?": the council for the rule asked about.
            own = await query(offer_store().offer_for, named.single.key, ELIGIBILITY_TOPIC)
            if own is not None and own.status == "offered":
                await answer(dispatcher, named.single, ELIGIBILITY_TOPIC, domain, text)
                offer_to_carry_on(dispatcher, since)
                return [SlotSet("authority", named.single.key), SlotSet("last_topic", ELIGIBILITY_TOPIC)]
            return None
    intent = str((tracker.latest_message.get("intent") or {}).get("name") or "")
    other_intent = intent.startswith("ask_") and intent != "ask_eligibility"
    if not (_QUESTION.search(text.lower()) or _OPENS_A_QUESTION.match(text.lower())) and not other_intent:
        return None
    if choice.topic in (None, ELIGIBILITY_TOPIC) and not other_intent:
        return None
    answered = await respond(dispatcher, tracker, domain, strict=not other_intent)
    if answered is None:
        del dispatcher.messages[since:]
        return None
    offer_to_carry_on(dispatcher, since)
    return answered


class ValidateEligibilityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_eligibility_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        """safety.md rule 8: the second tier runs before any answer is validated or a
        question re-asked ("who cares how old i am, i won't get older" is not an age to
        ask again). A crisis or urgent message is never answered here: nothing is filled,
        the form rejects it, and the crisis rules end the form (data/rules/crisis.yml). An
        answer here would end the form without a rejection, and the crisis reply with it
        (rounds 59 and 67: "yeah semi independent. idk why im still alive tbh, been thinking
        about jumping" got the offer on supported accommodation)."""
        if has_crisis_route(tracker):
            return await super().run(dispatcher, tracker, domain)
        checked_in = check_in_instead(dispatcher, tracker, ELIGIBILITY)
        if checked_in is not None:
            return checked_in + [ActiveLoop(None), SlotSet("requested_slot", None)]
        if asks_another_question(tracker):
            # "im 17 and in foster care" started the check; "can i stay with my foster
            # carers after im 18?" is a question of its own, not an age: answer it and end
            # the check (the buttons and "am I a care leaver" start it again).
            since = len(dispatcher.messages)
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                offer_to_carry_on(dispatcher, since)
                return answered + FORGET_ANSWERS + [ActiveLoop(None), SlotSet("requested_slot", None)]
        instead = await answer_instead(dispatcher, tracker, domain)
        if instead is not None:
            return instead + FORGET_ANSWERS + [ActiveLoop(None), SlotSet("requested_slot", None)]
        return await super().run(dispatcher, tracker, domain)

    def _yes_no_said_first(self, slot: str, tracker: Tracker) -> dict[str, Any]:
        """The slot asked for, from a yes or no said first when the classifier read the
        message as something else ("yeah semi independent"); nothing otherwise."""
        if tracker.get_slot("requested_slot") != slot or tracker.get_slot(slot) is not None \
                or has_crisis_route(tracker):
            return {}  # a crisis fills nothing: the form's rejection lets the crisis rules run
        intent = str((tracker.latest_message.get("intent") or {}).get("name") or "")
        said = leading_yes_no(tracker.latest_message.get("text") or "")
        return {slot: said} if said is not None and intent not in YES_NO_INTENTS else {}

    async def extract_still_in_care(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> dict[str, Any]:
        return self._yes_no_said_first("still_in_care", tracker)

    async def extract_care_after_14(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> dict[str, Any]:
        return self._yes_no_said_first("care_after_14", tracker)

    def validate_age(self, slot_value: Any, dispatcher: CollectingDispatcher,
                     tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        age = parse_age(str(slot_value))
        if age is None:
            dispatcher.utter_message(response="utter_invalid_age")
            return {"age": None}
        slots: dict[str, Any] = {"age": float(age)}
        if age >= 18 or age < 16:
            # Nobody over 18 is still "in care", and under-16s aren't care leavers yet:
            # don't ask a question whose answer can't change the result.
            slots["still_in_care"] = "no"
        if age < 16 or age >= 25:
            slots["care_after_14"] = "unsure"
        return slots


def answered_this_turn(tracker: Tracker) -> bool:
    """An answer was given to the latest message (it set the last fact answered), or the
    fact it asked waits for the council ("which council?" was asked)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") in ("last_topic", "pending_topic") \
                and event.get("value"):
            return True
    return False


class ActionEligibilityResult(Action):
    def name(self) -> str:
        return "action_eligibility_result"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if asks_another_question(tracker):
            return []   # the check ended on a question of its own, answered already
        age = tracker.get_slot("age")
        if age is None and await only_a_council(tracker):
            return []   # the check never started: the message was a council, answered already
        if age is None and answered_this_turn(tracker):
            # "ive heard theres a new law ... whats new": action_ask_age answered the fact the
            # message named and ended the check; "lots of people aren't sure" answers nothing.
            return []
        if age is None:
            dispatcher.utter_message(response="utter_eligibility_unsure")
            return []
        dispatcher.utter_message(response=group_for(int(age), tracker.get_slot("care_after_14"),
                                                    tracker.get_slot("still_in_care")))
        # Forget the answers: they are personal and only needed for this result.
        return [SlotSet("age", None), SlotSet("care_after_14", None), SlotSet("still_in_care", None)]


def _without_councils(message: dict[str, Any]) -> str:
    """The message's text without the councils it names (the entities' spans)."""
    text = str(message.get("text") or "")
    for entity in sorted(message.get("entities") or [], key=lambda e: -int(e.get("start") or 0)):
        if entity.get("entity") == "authority" and entity.get("end") is not None:
            text = text[:int(entity["start"])] + " " + text[int(entity["end"]):]
    return " ".join(text.replace(".", " ").replace(",", " ").split())


class ActionAskAge(Action):
    """The form's first question. A typed eligibility question ("do I count if I was only
    in foster care for a few months at 15?") gets the rule first, then the offer to check;
    the form goes on only if they answer."""

    def name(self) -> str:
        return "action_ask_age"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        message = tracker.latest_message
        text = (message.get("text") or "").strip()
        asked = (message.get("intent") or {}).get("name") == "ask_eligibility"
        if asked and tracker.get_slot("age") is None and await only_a_council(tracker):
            # Taken as the council the bot asked for (or the user's own), and the check,
            # which nothing asked for, ends before its first question.
            from actions.set_authority import ActionSetAuthority  # it imports actions.answering too

            council = await ActionSetAuthority().run(dispatcher, tracker, domain)
            return council + [ActiveLoop(None), SlotSet("requested_slot", None)]
        pending = tracker.get_slot("pending_topic")
        if asked and not text.startswith("/") and pending and vocabulary.is_topic(pending) \
                and adds_a_condition(_without_councils(message)) \
                and (await from_latest_message(tracker)).single is not None:
            # "is council tax free for care leavers" -> (which council?) -> "north northants.
            # im 22 tho, does it still count" (set N, n-005): the council for the question
            # waiting, with the user's age as a condition on it, not who counts.
            from actions.set_authority import ActionSetAuthority  # it imports actions.answering too

            council = await ActionSetAuthority().run(dispatcher, tracker, domain)
            return council + [ActiveLoop(None), SlotSet("requested_slot", None)]
        events: list[EventType] = []
        if asked and not text.startswith("/") and tracker.get_slot("last_topic") and adds_a_condition(text):
            # "whats the emergency money" -> "NN3" -> "oh wait im 22 tho does that matter": the
            # age is a condition on the last answer (its ages say), not who counts as a care leaver.
            repeated = await say_again(dispatcher, tracker, domain)
            if repeated is not None:
                return repeated + [ActiveLoop(None), SlotSet("requested_slot", None)]
        if asked and not text.startswith("/") and len(text.split()) >= 4:
            choice = choose(tracker, strict=True)
            if choice.topic not in (None, ELIGIBILITY_TOPIC) and choice.ranked[0].keyword >= NAMED_FACT \
                    and not any(r.topic == ELIGIBILITY_TOPIC and r.keyword for r in choice.ranked):
                # "heard theres a new law about local offers": another fact named in the
                # user's own words, and no word about who counts. The check ends with the
                # answer: "until what age does derby have to support me" then "do i have to
                # be at uni to get it past 21" is about that answer, not an age for the check.
                answered = await respond(dispatcher, tracker, domain, strict=True)
                if answered is not None:
                    return answered + [ActiveLoop(None), SlotSet("requested_slot", None)]
            named = await from_latest_message(tracker)
            authority = named.single or (None if named.ambiguous else await authority_from_slot(tracker))
            own = (await query(offer_store().offer_for, authority.key, ELIGIBILITY_TOPIC)
                   if authority is not None else None)
            if authority is not None and own is not None and own.status == "offered":
                # "i was on a special guardianship order, can derby help": the council's own
                # rule (Derby's names special guardianship and who to ring), not only the law's.
                await answer(dispatcher, authority, ELIGIBILITY_TOPIC, domain, text)
                if named.single:
                    events.append(SlotSet("authority", named.single.key))
            else:
                rule = await query(offer_store().national, ELIGIBILITY_TOPIC)
                group = await named_only_in_an_entry(ELIGIBILITY_TOPIC, text) if authority is None else []
                if rule is not None and group:
                    # r32-101 "i was on a special guardianship order, can i get any leaving care
                    # help": the law's rule does not name it, a council's group does (Derby's
                    # qualifying group). Both, with the button to check; the council named
                    # next gets its own rule (pending), not "how old are you?" again.
                    utter_answer(dispatcher, render(domain, national_reply(rule) + group), [dict(CARRY_ON_BUTTON)])
                    return [SlotSet("pending_topic", ELIGIBILITY_TOPIC), ActiveLoop(None),
                            SlotSet("requested_slot", None)]
                if rule is not None:
                    # "what does former relevant even mean": the definition too (Derby's).
                    replies = national_reply(rule) + await defined_in_an_entry(ELIGIBILITY_TOPIC, text)
                    utter_answer(dispatcher, render(domain, replies))
            dispatcher.utter_message(response="utter_ask_age_after_rule")
        else:
            dispatcher.utter_message(response="utter_ask_age")
        return events
