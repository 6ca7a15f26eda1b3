"""'What do other councils give?': one topic across every authority in the store."""
from __future__ import annotations

import re
from typing import Any, Sequence

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import from_latest_message
from actions.facts import choose, named_as_choices
from actions.compose import render, utter_answer
from actions.formatting import bullet_list, compare_line, service_reply, topic_title
from actions.offers import NATIONAL_BASIS
from actions.store import offer_store, query
from offers import vocabulary
from offers.money import format_pence
from offers.textnorm import fold

# Offered when the user asks to compare without saying what.
POPULAR = ("setting_up_home_allowance", "council_tax", "he_bursary", "driving",
           "birthday_payment", "housing_priority")


# Words that make a message a comparison even when it names one council ("is derby better").
_COMPARING = re.compile(r"\b(?:compare|comparison|better|best|worse|more|most|less|least|than|vs|versus|"
                        r"other councils?|every council|all (?:the )?councils|same everywhere|differen\w*|"
                        # "which gets you a pa younger, derby or the trust": a comparative word sets the
                        # councils named side by side, as "better" does.
                        r"younger|older|earlier|sooner|longer|quicker|faster|cheaper|bigger|higher|lower|fewer)\b")


# Any word that may set councils, people or places side by side: without one, and with no
# council named, the classifier's "a comparison" is only a guess.
SETS_SIDE_BY_SIDE = re.compile(
    r"\b(?:compar\w*|differ\w*|diff|same|similar|other|others|each|every\w*|all|both|either|more|most|less|"
    r"least|better|best|worse|worst|bigger|biggest|higher|highest|lower|lowest|than|vs|versus|across|between|"
    r"elsewhere|councils|areas|anywhere|where else|else|instead|or)\b")


def _compares(text: str) -> bool:
    return bool(_COMPARING.search(fold(text)))


# "is it the same in corby?", "would my mate get the same in derby", "same for west
# northants?": the last answer, asked about another council.
# "more help than other care leavers", "the same as everyone else": a comparison with other
# young people, not between councils.
OTHER_PEOPLE = re.compile(r"\b(?:than|as) (?:all )?(?:the )?(?:other|most) (?:care leavers|young people|people|kids)|"
                          r"\b(?:than|as) (?:every ?one|every ?body|any ?one) else\b")
_SAME_ELSEWHERE = re.compile(
    r"\b(?:(?:is|was|would|will|does|do) (?:it|that|this|they|he|she|my [a-z]+) (?:be |get |pay |give )?"
    r"(?:the )?same|(?:its|it is|thats|that is) the same|same (?:in|for|at|with|over|there|if))\b")
# "wait, im actually in corby, is it the same for me": the user correcting their council.
_CORRECTS = re.compile(r"\b(?:actually|wait|sorry|i meant|i mean|my council|for me|(?:i|im|i am) (?:live|living|in|with|from)|"
                       r"looked after me|cared for me|not [a-z]+ (?:its|im|i am))\b")
# "is it", "that": the message is about the last answer, whatever else it names ("my
# brother lives there" is family, not the fact asked about).
_POINTS_BACK = re.compile(r"\b(?:it|that|this|same there)\b")


# "like how often in each place", "for both of us": the last fact again, for each council.
EACH_PLACE = re.compile(r"\b(?:(?:in|for|at) (?:each|both|every)"
                        r"(?: one| place| council| area| of (?:them|us|those|the councils))?|"
                        r"each (?:place|one|council|area)|both (?:places|councils|areas)|"
                        # "my mate in corby ..." then "im in northampton. how much do we each get"
                        r"(?:do|would|did|will) (?:we|us) (?:each|both) get|each of us|both of us get)\b")


async def councils_named_before(tracker: Tracker) -> list[str]:
    """The councils the user's previous message named (every council a name covers)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        values = [str(e.get("value")) for e in (event.get("parse_data") or {}).get("entities", [])
                  if e.get("entity") == "authority" and e.get("value")]
        keys: list[str] = []
        for value in values:
            for found in await query(offer_store().resolve_authority, value):
                if found.key not in keys:
                    keys.append(found.key)
        if keys:
            return keys
    return []


async def each_place_again(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """"im moving from northampton to derby, does the PA have to visit more often there"
    then "like how often in each place": the last fact compared across the councils the
    earlier message named (every council if it named fewer than two). None when the
    message isn't that."""
    text = tracker.latest_message.get("text") or ""
    last = tracker.get_slot("last_topic")
    if text.startswith("/") or not last or not vocabulary.is_topic(last) or not EACH_PLACE.search(fold(text)):
        return None
    named = await councils_named_before(tracker)
    # "my mate in corby ..." then "im in northampton, how much do we each get": the councils
    # named before and the one named now.
    named += [a.key for a in (await from_latest_message(tracker)).candidates if a.key not in named]
    await utter_compare(dispatcher, last, named if len(named) >= 2 else [], text)
    return [SlotSet("last_topic", last)]


# "like north west or derby", "derby and west": after an answer, councils listed as
# choices and nothing else (no fact of their own) are the sides to set the last fact out for.
_LISTED = re.compile(r"^(?:(?:like|say|eg|ok|okay|so|and|well|i mean|um|erm) )*"
                     r"(?:the )?[a-z ]{2,30}? (?:or|vs|versus|and) (?:the )?[a-z ]{2,30}?(?: (?:or|and) [a-z ]{2,30}?)?"
                     r"(?: (?:councils?|ones?|areas?))?$")
MAX_LISTED_WORDS = 8
# "derby or northampton, im moving between them", "derby or west, cos my mate is in derby":
# a reason given after the list (no fact of its own) leaves the list as it was.
_REASON_AFTER = re.compile(r"(?:^| )(?:cos|coz|cuz|because|bc|as|since|im|i m|i am|ill|i will|i might|might|my|me and|"
                           r"we|were|gonna|going to|thinking of|moving|might be)\b.*$")
# The words of such a list that are no council's name.
_LIST_WORDS = frozenset("like say eg ok okay so and well i mean um erm the or vs versus council councils one ones "
                        "area areas".split())


async def councils_listed(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """"which council tells you how much birthday money you get" (each council's line)
    then "like north west or derby": the councils the user lists as choices, for the fact
    just answered, each council's line (every council when fewer than two are made out).
    None when no fact was answered, a council question is waiting, or the message names a
    fact or says more than a list."""
    text = tracker.latest_message.get("text") or ""
    last = tracker.get_slot("last_topic")
    folded = _REASON_AFTER.sub("", fold(text)).strip()
    if text.startswith("/") or not last or not vocabulary.is_topic(last) or tracker.get_slot("pending_topic") \
            or len(folded.split()) > MAX_LISTED_WORDS or not _LISTED.match(folded) \
            or choose(tracker, strict=True).topic is not None:
        return None
    place_words = {w for a in await query(offer_store().authorities)
                   for name in (a.name, a.short_name, *a.aliases) for w in fold(name).split()}
    if not set(folded.split()) - _LIST_WORDS <= place_words:
        return None   # "ok and what about west northants": more than councils listed
    keys: list[str] = []
    for chunk in re.split(r" (?:or|vs|versus|and) ", folded):
        for found in await query(offer_store().resolve_authority, chunk):
            if found.key not in keys:
                keys.append(found.key)
    named = (await from_latest_message(tracker)).candidates
    keys += [a.key for a in named if a.key not in keys]
    await utter_compare(dispatcher, last, keys if len(keys) >= 2 else [], text)
    return [SlotSet("last_topic", last)]


async def same_elsewhere(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType] | None:
    """"im in derby how much is the phone allowance" then "is it the same in corby? my
    brother lives there": the last fact compared between the user's council and the one
    now named (the user's council stays theirs). None when the message isn't that."""
    text = tracker.latest_message.get("text") or ""
    last = tracker.get_slot("last_topic")
    own_key = tracker.get_slot("authority")
    if text.startswith("/") or not own_key or not last or not vocabulary.is_topic(last) \
            or not _SAME_ELSEWHERE.search(fold(text)) or _CORRECTS.search(fold(text)):
        return None
    other = (await from_latest_message(tracker)).single
    if other is None or other.key == own_key:
        return None
    topic = last
    if not _POINTS_BACK.search(fold(text)):
        # "is the bursary the same in corby": the fact the message names, if it names one.
        topic = choose(tracker, strict=True).topic or last
    await utter_compare(dispatcher, topic, [own_key, other.key], text)
    return [SlotSet("last_topic", topic)]


class ActionCompare(Action):
    def name(self) -> str:
        return "action_compare"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        named = await from_latest_message(tracker)
        text = tracker.latest_message.get("text") or ""
        from actions.answering import (NATIONAL, WEBSITE_WORDS,  # it imports this module
                                       answer_national_question, is_contact_question, respond,
                                       website_service)
        if not text.startswith("/") and is_contact_question(text):
            # "the leaving care numbers for north northants and derby": each council's
            # number, not a comparison of a fact the words happen to brush against.
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        if not text.startswith("/") and WEBSITE_WORDS.search(fold(text)):
            # "is there a website where i can compare councils": the site that does it.
            site = await website_service(text, None)
            if site is not None:
                utter_answer(dispatcher, render(domain, service_reply(site)))
                return []
        compared = await same_elsewhere(dispatcher, tracker)
        if compared is not None:
            return compared
        if not text.startswith("/") and not named.candidates and OTHER_PEOPLE.search(fold(text)):
            # "can i get more help than other care leavers or is it the same for everyone":
            # the user against other young people, not one council against another.
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        if named.single and not text.startswith("/") and not _compares(text):
            # "actually no my council is north northants": one council and no word of
            # comparison is the user naming their council, whatever the classifier guessed.
            from actions.set_authority import ActionSetAuthority  # it imports this module

            return await ActionSetAuthority().run(dispatcher, tracker, domain)
        if not text.startswith("/") and not named.candidates and tracker.get_slot("authority") \
                and not _compares(text) and not SETS_SIDE_BY_SIDE.search(fold(text)):
            # "im doing an apprenticeship in derby ..." then "is there like a minimum income
            # thing": no council named, no word that sets anything side by side, and the
            # user's council known: their council's answer, not every council's (set M m-151).
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        topic, named_keys, question = _pointed_back(tracker, [a.key for a in named.candidates])
        if topic is not None and not text.startswith("/") and NATIONAL.search(fold(text)) \
                and await answer_national_question(dispatcher, topic, domain):
            # "which law says councils must publish a local offer": one answer for all.
            return []
        if topic is None:
            buttons = [{"title": vocabulary.topic(t).label,
                        "payload": f'/ask_compare{{"topic": "{t}"}}'} for t in POPULAR]
            dispatcher.utter_message(response="utter_ask_compare_topic", buttons=buttons)
            return []
        others: list[str] = []
        if not text.startswith("/") and question == text:
            # "which council gives the most help for uni, books and laptops": each fact the
            # message names in its own words, one after another (whose offer counts, once).
            choice = choose(tracker)
            if choice.topic == topic:
                # "... gym or leisure stuff": each fact set out as a choice too.
                others = [t for t in (choice.also, *choice.more, *named_as_choices(text, choice)) if t and t != topic]
        for at, each in enumerate([topic, *others]):
            await utter_compare(dispatcher, each, named_keys, "" if text.startswith("/") else question,
                                note=at == len(others))
        # The fact compared is the one a follow-up points back to ("how much do we each get").
        return [SlotSet("last_topic", topic)]


def _pointed_back(tracker: Tracker, named: list[str]) -> tuple[str | None, list[str], str]:
    """The fact to compare, the councils to compare it for, and the question each
    council's line answers.

    "how often does a PA have to visit in derby?" then "and is it different if ur with
    northants": a comparison that points back ("it", "that") and names no fact in its own
    words is the last answer's fact, not whatever the rest of its words brush against (the
    classifier's guess is only "a comparison"); the user's own council is one side, and
    each line leads with the sentence the earlier question asked ("every 8 weeks")."""
    text = tracker.latest_message.get("text") or ""
    last = tracker.get_slot("last_topic")
    if text.startswith("/") or not last or not vocabulary.is_topic(last):
        return choose(tracker).topic or last, named, text
    if not _POINTS_BACK.search(fold(text)):
        # "which council is best for a college bursary" then "derby or northampton, im
        # moving between them": councils named and no fact in the message's own words is
        # the last fact for those councils, not what a place's name brushes against
        # ("northampton" is also the University of Northampton's halls).
        if named and choose(tracker, strict=True).topic is None:
            return last, named, text
        return choose(tracker).topic or last, named, text
    topic = choose(tracker, strict=True).topic
    if topic is not None:
        return topic, named, text
    own = tracker.get_slot("authority")
    if own and named and own not in named:
        named = [own, *named]
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = str(users[-2].get("text") or "") if len(users) > 1 else ""
    return last, named, f"{earlier} {text}".strip()


# "who gets more setting up home money and how much more": the gap between two sums.
HOW_MUCH_MORE = re.compile(r"\b(?:how much (?:more|less|extra|bigger|higher|lower)|(?:whats|what is|what s) the difference|"
                           r"difference (?:in|between))\b")


def difference_line(chosen: Sequence[tuple[Any, Any]], question: str) -> list[str]:
    """For two councils named, each publishing a sum paid the same way, and a question
    asking how much more: the difference, worked out from the two sums (nothing else)."""
    if len(chosen) != 2 or not HOW_MUCH_MORE.search(fold(question)):
        return []
    (first, a), (second, b) = chosen
    if a is None or b is None or a.amount_pence is None or b.amount_pence is None or a.period != b.period \
            or a.amount_pence == b.amount_pence or not a.amount_qualifier == b.amount_qualifier == "exactly":
        return []
    more, less = (first, second) if a.amount_pence > b.amount_pence else (second, first)
    gap = format_pence(abs(a.amount_pence - b.amount_pence))
    return [f"The difference: {more.short_name} gives {gap} more than {less.short_name}."]


async def utter_compare(dispatcher: CollectingDispatcher, topic: str,
                        named: Sequence[str] = (), question: str = "", note: bool = True) -> None:
    """Every council's line; when the user named two or more councils ("north vs west"),
    only theirs, each in full. `note`: end with whose offer counts (once, after the last of
    two or three facts compared)."""
    rows = await query(offer_store().compare, topic)
    chosen = [row for row in rows if row[0].key in named] if len(set(named)) >= 2 else []
    lines = [compare_line(authority.short_name, offer, whole=bool(chosen), question=question)
             for authority, offer in (chosen or rows)]
    lines += difference_line(chosen, question)
    if not note:
        utter_answer(dispatcher, f"What each council says about {topic_title(vocabulary.topic(topic).label)}:\n"
                                 f"{bullet_list(lines)}")
    else:
        dispatcher.utter_message(response="utter_compare",
                                 title=topic_title(vocabulary.topic(topic).label),
                                 items=bullet_list(lines))
    national = await query(offer_store().national, topic)
    if national is not None and national.legal_basis == NATIONAL_BASIS and national.amount_pence is not None:
        # "is the uni bursary bigger in derby or northampton": a sum the law sets is the
        # same everywhere, whatever each council's booklet prints.
        dispatcher.utter_message(response="utter_offer_national", national=national.summary)
