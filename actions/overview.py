"""'What am I entitled to?': the user's authority's offer, by area, filtered by age."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import (IT_STOPS, adds_a_condition, asks_for_a_language, follows_up, is_contact_question,
                               respond, say_again)
from actions.authority import from_latest_message
from actions.check_in import check_in_instead
from actions.eligibility import parse_age
from actions.facts import choose
from actions.formatting import bullet_list, fact_line, topic_title
from actions.offers import answer, ask_which, authority_from_slot
from actions.store import offer_store, query
from offers import vocabulary
from offers.textnorm import fold
from offers.types import Authority, Offer

OVERVIEW = "overview"   # pending_topic value: answer the overview once we know the authority
MAX_BUTTONS = 8
# A keyword score this high (a phrase of seven letters or more, not "flat" or "pa") names a
# fact clearly enough to answer it instead of listing the whole offer.
NAMED_FACT = 0.75
# "what if im 22, what can i get": the whole offer asked for, under a condition.
WHOLE_OFFER = re.compile(r"\b(?:what (?:else )?(?:can|could|do|would|will) (?:i|u|you) get|entitled|everything|"
                         r"what else|what (?:help|support) is there)\b")


# Below this the classifier's "the whole offer" is a guess (branch answers-35: on dev, every
# overview after an answer with a confidence under it was a question about that answer).
WEAK_OVERVIEW = 0.5


def weak_guess(tracker: Tracker) -> bool:
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0) < WEAK_OVERVIEW


def _entity(tracker: Tracker, name: str) -> str | None:
    return next((str(e["value"]) for e in tracker.latest_message.get("entities", [])
                 if e.get("entity") == name and e.get("value")), None)


def fits_age(offer: Offer, age: int | None) -> bool:
    if age is None:
        return True
    return (offer.age_min is None or offer.age_min <= age) and (offer.age_max is None or age <= offer.age_max)


class ActionOverview(Action):
    def name(self) -> str:
        return "action_overview"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        pending = tracker.get_slot("pending_topic")
        if text and not text.startswith("/") and pending and vocabulary.is_topic(pending) \
                and not asks_for_a_language(text) \
                and (await from_latest_message(tracker)).single is not None:
            # "im in DE23, 20 yrs old" in answer to "which council?" after a council tax
            # question: the council for the question waiting, not the whole offer at 20.
            from actions.set_authority import ActionSetAuthority  # it imports this module

            return await ActionSetAuthority().run(dispatcher, tracker, domain)
        if text and not text.startswith("/") and (IT_STOPS.search(fold(text)) or follows_up(text) or (
                adds_a_condition(text) and not WHOLE_OFFER.search(fold(text)))):
            # "ok and i turn 21 next week does it stop then", "what if i was 22 tho": about
            # the last answer, whose ages say when it stops, not the whole offer at 21.
            repeated = await say_again(dispatcher, tracker, domain)
            if repeated is not None:
                return repeated
        last = tracker.get_slot("last_topic")
        if text and not text.startswith("/") and last and vocabulary.is_topic(last) \
                and weak_guess(tracker) and not WHOLE_OFFER.search(fold(text)) \
                and choose(tracker, strict=True).topic is None:
            # "can i get emergency money" (answered) then "whats the most i can get in a
            # year im 19": the classifier's weak guess at the whole offer, after an answer,
            # in words that name no fact: a detail of that answer, which leads with it.
            own = await authority_from_slot(tracker)
            if own is not None:
                checked_in = check_in_instead(dispatcher, tracker, "")
                if checked_in is not None:
                    return checked_in
                await answer(dispatcher, own, last, domain, text)
                return [SlotSet("last_topic", last), SlotSet("pending_topic", None)]
        if text and not text.startswith("/") and (is_contact_question(text) or asks_for_a_language(text)):
            # "whats rachel shaws email, the north northants local offer lady": who to
            # contact, not the whole offer. "can i get the derby local offer in urdu": the
            # council's own note on other languages and who to ask, not the offer's areas.
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        if text and not text.startswith("/"):
            # "is there a new law changing the local offer, whats in it": one fact, named in
            # the user's own words, not the whole offer.
            choice = choose(tracker, strict=True)
            if choice.topic and choice.ranked[0].keyword >= NAMED_FACT:
                answered = await respond(dispatcher, tracker, domain, strict=True)
                if answered is not None:
                    return answered
        named = await from_latest_message(tracker)
        authority = named.single or await authority_from_slot(tracker)
        events: list[EventType] = []
        if named.single:
            events.append(SlotSet("authority", named.single.key))
        if authority is None:
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", OVERVIEW)]
        age = parse_age(tracker.latest_message.get("text") or "")
        await utter_overview(dispatcher, authority, age, _entity(tracker, "category"))
        return events + [SlotSet("pending_topic", None)]


async def utter_overview(dispatcher: CollectingDispatcher, authority: Authority,
                         age: int | None = None, category: str | None = None) -> None:
    """Areas to pick from, or one area's entitlements with a 'more' button each."""
    offers = [o for o in await query(offer_store().offers_for, authority.key, category)
              if o.status != "not_offered" and fits_age(o, age)]
    age_text = f" at age {age}" if age is not None else ""
    if category is None:
        present = {o.category for o in offers}
        buttons = [{"title": c.label, "payload": f'/ask_overview{{"category": "{c.key}"}}'}
                   for c in vocabulary.CATEGORIES if c.key in present]
        dispatcher.utter_message(response="utter_overview_intro", buttons=buttons,
                                 authority_name=authority.name, age_text=age_text,
                                 count=str(len(offers)))
        return
    label = next(c.label for c in vocabulary.CATEGORIES if c.key == category)
    lines = [f"{o.title}: {fact_line(o)}" for o in offers]
    buttons = [{"title": f"More: {topic_title(o.title)}",
                "payload": f'/ask_offer{{"topic": "{o.topic}"}}'} for o in offers[:MAX_BUTTONS]]
    dispatcher.utter_message(response="utter_overview_category", buttons=buttons,
                             authority_name=authority.name, category=label.lower(),
                             age_text=age_text, items=bullet_list(lines) or "- nothing listed")
