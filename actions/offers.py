"""Answer entitlement questions: the fact asked for, at the right scope, in one message.

A question is answered at the level of a fact (actions/facts.py chooses it) with its scope:
- the user's council is known (named now or before): that council's answer;
- the fact is the same for everyone (a national entry set in law): answered at once, with
  a way to add the council's own detail;
- it depends on the council and the council is unknown: the spread across councils first,
  then "which council?", so the question is still useful.
"""
from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.authority import TRUSTS_OWN, Resolution, from_latest_message
from actions.check_in import ANSWER, AUTHORITY, answers_beside, check_in_before_answering, check_in_instead
from actions.compose import render, utter_answer
from actions.contact import office_phone
from actions.facts import MONEY_QUESTION, Choice, choose
from actions.formatting import (Reply, bullet_list, compare_line, national_reply, office_number,
                                offer_reply, service_names, service_reply, source_vars, topic_title)
from actions.store import authority as cached_authority
from actions.start_again import withdrawn
from actions.store import contacts_now, offer_store, query
from offers import vocabulary
from offers.relevance import best_sentence, naming_words, overlap, sentences
from offers.textnorm import fold
from offers.types import Authority, Offer, Service


# "do i have to pay for prescriptions", "will i need to pay for it": a question about the
# cost, as "how much" is. Where the entry gives no figure and is not help that pays the
# whole cost, the answer says so and gives the number to ask.
# Not "do i have to pay rent" or "pay it back": those ask about the user's own costs.
_PAY_QUESTION = re.compile(r"\b(?:have|need|got) to pay for\b|\b(?:does|do|will|would) (?:it|that|this|they) cost\b|"
                           r"\bcost (?:me )?anything\b|\b(?:is|are) (?:it|they|that|this|those|these) free\b")


# "whats the percentage off council tax, is it 25% or 100%": a share of a cost asked, which a
# "discount or reduction" with no figure leaves unanswered as a sum does (round 33, r33-087).
_SHARE_QUESTION = re.compile(r"\b(?:percentage|percent|per cent|how much off|how much (?:of a|is the) "
                             r"(?:discount|reduction)|how big (?:a|is the) (?:discount|reduction))\b|\d ?%")


def asks_cost(question: str) -> bool:
    folded = fold(question) if question else ""
    return bool(folded and (MONEY_QUESTION.search(folded) or _PAY_QUESTION.search(folded)
                            or _SHARE_QUESTION.search(f"{folded} {question.lower()}")))


log = logging.getLogger(__name__)
ASK_PREFIX = "ask_"
# A national entry with this legal basis is the same for everyone: answer it at once.
NATIONAL_BASIS = "statutory"
# "Phone the Leaving Care Team", "call the duty line": the entry sends you to a phone.
SAYS_PHONE = re.compile(r"\b(?:phone|call|ring|telephone)\b|"
                        # "re-refer yourself directly to the Leaving Care Team", "contact the
                        # Duty Service": the entry sends you to the team, so its number.
                        r"\b(?:contact|get in touch with|re-refer yourself|refer yourself)\b[^.]*"
                        r"\b(?:team|service|duty)\b", re.IGNORECASE)
# Local services added to an answer, at most.
MAX_LOCAL_SERVICES = 2
# A council's sentence must share this many of the question's words to count as the
# detail asked about (see national_offer).
MIN_DETAIL_WORDS = 2
# "what age do you get a PA", "how old do i have to be to get one", "when do you get a PA".
START_AGE = re.compile(r"\b(?:(?:what|wat|wot|which) age (?:do|does|can|will) (?:you|u|i|we|they|people)|"
                       r"how old (?:do|does|must|will) (?:you|u|i) (?:have to |need to )?be|"
                       r"when (?:do|does|can|will) (?:you|u|i) (?:get|start|first get|(?:get |be )?(?:given|allocated|assigned)) "
                       r"(?:a|an|my|your|ur))\b")


def topic_from_tracker(tracker: Tracker) -> str | None:
    """The fact the latest message asks about (see actions/facts.py), or None."""
    return choose(tracker).topic


def question_of(tracker: Tracker) -> str:
    """The user's own words in the latest message ('' for a button)."""
    text = tracker.latest_message.get("text") or ""
    return "" if text.startswith("/") else text


def follow_up_buttons(topic: str, authority: Authority | None) -> list[dict[str, str]]:
    buttons = [{"title": "Other councils", "payload": f'/ask_compare{{"topic": "{topic}"}}'}]
    if authority is not None:
        buttons.append({"title": "What else can I get?", "payload": "/ask_overview"})
    buttons.append({"title": "Talk to a person", "payload": "/request_human"})
    return buttons


async def answer(dispatcher: CollectingDispatcher, authority: Authority, topic: str,
                 domain: dict[str, Any], question: str = "") -> None:
    """One message: the store's answer for one fact, with its source and follow-ups."""
    store = offer_store()
    offer = await query(store.offer_for, authority.key, topic)
    national = await query(store.national, topic)
    if offer is not None and offer.status not in ("not_offered", "unknown") and not (
            national is not None and national.legal_basis == NATIONAL_BASIS
            and offer.age_max is None and national.age_max is not None):
        # The national line only where the council's own entry leaves a gap it fills
        # (Staying Put in Derby's booklet has no age; the law says 21).
        national = None
    contacts = await contacts_now(authority.key)
    owner = authority
    if offer is not None and offer.inherited_from:
        owner = await query(cached_authority, offer.inherited_from)
    title = topic_title(vocabulary.topic(topic).label)
    replies = offer_reply(offer, authority, title, office_number(contacts), national, owner,
                          question=question, asks_sum=asks_cost(question))
    office = office_phone(contacts)
    if offer is not None and office is not None and offer.how_to_apply \
            and SAYS_PHONE.search(offer.how_to_apply) and not re.search(r"\d{4}", offer.how_to_apply):
        # "How to get it: Phone the Leaving Care Team": the number, not "see contacts".
        at = next((i for i, (name, _) in enumerate(replies) if name == "utter_offer_source"), len(replies))
        replies.insert(at, ("utter_contact_phone", {
            "authority_name": authority.name, "number": office.number,
            "team": topic_title(office.label) if office.label else "leaving care team"}))
    helpers = await local_services(topic, authority, offer)
    helpers += [s for s in await pointed_services(topic, authority, question) if s not in helpers]
    if helpers:
        # Before the source line: "contact STAR directly" wants STAR's number with it.
        at = next((i for i, (name, _) in enumerate(replies) if name == "utter_offer_source"), len(replies))
        replies[at:at] = [service_reply(service)[0] for service in helpers]
    detail = await base_offer_detail(authority, offer, topic, question)
    replies += detail or await sibling_detail(authority, offer, topic, question)
    utter_answer(dispatcher, render(domain, replies), follow_up_buttons(topic, authority))


MAX_BASE_SENTENCES = 2


async def base_offer_detail(authority: Authority, offer: Offer | None, topic: str,
                            question: str) -> list[Reply]:
    """"im 17 in corby ... work experience. is there like a course?": North's own entry
    has no course, but the Trust's booklet, which serves North's care leavers too, names
    one (the Prince's Trust's 12-week course). The base offer's sentence that answers the
    question, with its own source, when it shares more of the question's words than the
    council's entry does. Never for sums of money: there the council's own figure stands."""
    if not question or offer is None or offer.inherited_from or authority.inherits is None \
            or offer.amount_pence is not None or offer.status != "offered":
        return []
    base = await query(offer_store().offer_for, authority.inherits, topic)
    if base is None or base.amount_pence is not None or base.status != "offered" or not base.summary:
        return []
    naming = naming_words(topic)
    own_score = best_sentence(offer.summary or "", question, naming)[1]
    score = best_sentence(base.summary, question, naming)[1]
    # Every sentence that answers it as well ("Some study courses include work experience
    # too. The Prince's Trust runs a 12-week course ..."), two at most.
    found = [sentence for sentence in sentences(base.summary)
             if overlap(sentence, question, naming) == score][:MAX_BASE_SENTENCES]
    detail = " ".join(found)
    if score <= own_score or fold(detail) in fold(offer.summary or "") or re.search(r"£\d", detail):
        return []
    owner = await query(cached_authority, base.inherited_from or authority.inherits)
    return [("utter_offer_details", {"details": detail}), ("utter_offer_source", source_vars(base, owner))]


# A sentence of another entry must share this many of the question's own words (beyond
# the words that name the fact answered) to be said beside it.
MIN_SIBLING_WORDS = 3


async def sibling_detail(authority: Authority, offer: Offer | None, topic: str, question: str) -> list[Reply]:
    """"can i get a mentor from the senior leadership team at north northants": the
    mentoring entry doesn't say, but North's entry on its corporate parents does ("Care
    leavers do not have the opportunity for mentoring with any of the senior leadership
    team"). The council's sentence, from another of its entries, that shares at least three
    of the question's own words and more than the entry answered does, with its source.
    Never a sentence with a figure in it: a sum or a number is only said for its own fact."""
    if not question or offer is None or offer.status in ("not_offered", "unknown"):
        return []
    naming = naming_words(topic)
    own = best_sentence(offer.summary or "", question, naming)[1]
    best: tuple[int, str, Offer] | None = None
    for other in await query(offer_store().offers_for, authority.key):
        if other.topic == topic or other.status in ("not_offered", "unknown") or not other.summary:
            continue
        for sentence in sentences(other.summary):
            if re.search(r"\d", sentence):
                continue
            score = overlap(sentence, question, naming)
            if score >= MIN_SIBLING_WORDS and score > own and (best is None or score > best[0]):
                best = (score, sentence, other)
    if best is None:
        return []
    _, sentence, other = best
    owner = await query(cached_authority, other.inherited_from or authority.key)
    return [("utter_offer_details", {"details": sentence}), ("utter_offer_source", source_vars(other, owner))]


async def local_services(topic: str, authority: Authority, offer: Offer | None) -> list[Service]:
    """The council's own services with a phone line for a topic (STAR for drugs and
    alcohol, The Lowdown for sexual health), those the entry names first; national
    helplines are for "is there a charity" questions, not every answer."""
    services = [s for s in await query(offer_store().services, topic, authority.key)
                if s.authority_key is not None and s.phones]
    text = fold(" ".join(filter(None, [offer.summary, offer.how_to_apply] if offer else [])))
    named = [s for s in services if any(f" {n} " in f" {text} " for n in service_names(s))]
    return (named + [s for s in services if s not in named])[:MAX_LOCAL_SERVICES]


# A question word this long may be the start of a service's keyword ("engineer" for
# "engineering").
MIN_STEM = 5


def _stem_hit(keyword: str, question_words: set[str]) -> bool:
    """A one-word keyword the question uses, or starts ("engineer" -> "engineering")."""
    return " " not in keyword and any(
        word == keyword or (len(word) >= MIN_STEM and (keyword.startswith(word) or word.startswith(keyword)))
        for word in question_words)


async def pointed_services(topic: str, authority: Authority, question: str) -> list[Service]:
    """The council's own services for a fact that the question points to by what sets
    them apart ("i wanna be an engineer ... any programme" -> NITAL, a programme for
    engineering apprenticeships), not by the fact's own words ("apprenticeship")."""
    if not question:
        return []
    label = vocabulary.topic(topic)
    own = set(fold(" ".join([label.label, *label.keywords])).split())
    asked = set(fold(question).split())
    return [service for service in await query(offer_store().services, topic, authority.key)
            if service.authority_key is not None
            and any(_stem_hit(fold(k), asked) for k in service.keywords if fold(k) not in own)]


async def national_offer(topic: str, question: str = "") -> Offer | None:
    """The national entry for a topic when it is the same for everyone, else None.

    None too when the question asks about a detail that councils' entries answer and the
    national entry doesn't ("how often does my PA have to visit": the law says a PA to 25;
    how often is each council's rule)."""
    offer = await query(offer_store().national, topic)
    if offer is None:
        return None
    if offer.legal_basis != NATIONAL_BASIS and any(
            o is not None for _, o in await query(offer_store().compare, topic)):
        # Guidance no law sets is the same for everyone only when no council has a line of
        # its own on it ("the care leaver covenant": only the national guide names it).
        return None
    if question and offer.age_min is None and START_AGE.search(fold(question)):
        # "what age do you get a PA": when it starts, which only councils' entries say
        # (the law gives how long it lasts).
        return None
    if question:
        naming = naming_words(topic)
        national_score = best_sentence(offer.summary or "", question, naming)[1]
        council_score = max((best_sentence(o.summary or "", question, naming)[1]
                             for _, o in await query(offer_store().compare, topic) if o is not None),
                            default=0)
        if council_score >= MIN_DETAIL_WORDS and council_score > national_score:
            return None
    return offer


async def shared_entry(topic: str, candidates: list[Authority]) -> Authority | None:
    """The authority whose entry every council the message could mean uses unchanged for
    this fact (North and West Northamptonshire inherit the Trust's), if there is one."""
    parents = {a.inherits for a in candidates}
    if len(candidates) < 2 or len(parents) != 1 or None in parents:
        return None
    parent = parents.pop()
    for candidate in candidates:
        offer = await query(offer_store().offer_for, candidate.key, topic)
        if offer is None or offer.inherited_from != parent:
            return None
    return await query(cached_authority, parent)


# The Trust by a name of its own, not by the county's ("northants"): "the northamptonshire
# childrens trust", "NCT".
TRUST_NAMED = re.compile(r"\b(?:childrens? trust|children s trust|the trust|the " + TRUSTS_OWN + r"|nct|nctrust|"
                         # "im with the northants trust" (set Q q-109): the county's name before
                         # "trust", as authority.py's _THE_TRUST reads it.
                         r"the (?:northants|northamptonshire|north hants) trust|"
                         # "how much do trust care leavers get for their birthday" (set O, o-096):
                         # the Trust named as authority.py's _THE_TRUST names it.
                         r"trust (?:care leavers?|careleavers?|kids?|young (?:person|people)))\b")


async def trust_named(topic: str, candidates: list[Authority], question: str) -> Authority | None:
    """'do u get christmas money if ur with the northamptonshire childrens trust': the user
    names the Trust itself, whose booklet is the offer for both councils it serves, so its
    own entry answers (not each council's, then "which one?"). None otherwise."""
    parents = {a.inherits for a in candidates}
    if len(candidates) < 2 or len(parents) != 1 or None in parents or not TRUST_NAMED.search(fold(question)):
        return None
    parent = parents.pop()
    own = await query(offer_store().offer_for, parent, topic)
    if parent is None or own is None:
        return None
    for candidate in candidates:
        # "im with the trust, how much is the setting up home allowance": a council that
        # sets its own sum for the fact (North's £3,000 beside the Trust's £2,000) is asked
        # about, not answered with the Trust's sum.
        theirs = await query(offer_store().offer_for, candidate.key, topic)
        if theirs is not None and theirs.inherited_from != parent and theirs.amount_pence is not None \
                and own.amount_pence is not None and theirs.amount_pence != own.amount_pence:
            return None
    return await query(cached_authority, parent)


# A name in an entry's own words: "Independent Living Programme", "ASDAN" (capitalised words,
# two or more, or one in capitals), not a sentence's first word.
_ENTRY_NAME = re.compile(r"\b(?:[A-Z][A-Za-z]+(?: (?:of |and |for )?[A-Z][A-Za-z]+)+|[A-Z]{3,})\b")


async def entry_naming(topic: str, candidates: list[Authority], question: str) -> Authority | None:
    """"whats the independent living programme": a name the question asks the meaning of,
    which only some councils' entries for the fact hold, all the same entry (North and West
    use the Trust's): that entry says what it is, so it answers (no "which council?") (round
    35, r35-058). Only for a question asking what something is; None when the name is in
    every council's entry, or in entries that differ."""
    folded = f" {fold(question)} "
    if not ASKS_MEANING.search(folded):
        return None
    keys = {a.key for a in candidates}
    rows = [(a, o) for a, o in await query(offer_store().compare, topic)
            if o is not None and o.status != "unknown" and (not keys or a.key in keys)]
    if any(o.amount_pence is not None for _, o in rows):
        # "whats the setting up home allowance, how much do u get" (set N n-213): a sum is
        # each council's own, whoever's entry writes the fact's name in capitals.
        return None
    label = vocabulary.topic(topic)
    # The fact's own name ("Setting Up Home Allowance") chose the fact: it says nothing
    # about whose entry is meant.
    own = {fold(p) for p in (label.label, *label.keywords)}
    holders = [(a, o) for a, o in rows
               if any(len(fold(n)) > 3 and fold(n) not in own and f" {fold(n)} " in folded
                      for n in _ENTRY_NAME.findall(o.summary or ""))]
    if not holders or len(holders) == len(rows):
        return None
    sources = {o.inherited_from or a.key for a, o in holders}
    if len(sources) != 1:
        return None
    return await query(cached_authority, sources.pop())


# "what does former relevant mean", "whats a qualifying care leaver": the meaning of a term.
# "wots a former relevant child", "the difference between eligible and relevant": the same.
ASKS_MEANING = re.compile(r"\b(?:mean|means|meaning|definition|stand for|stands for|what is|whats|wats|"
                          r"what are|what does|wat does|wot does|what counts as|wots|wot is|wat is|"
                          r"difference between|diff between|differences between)\b")
# "Former relevant: you are over 18 and ...": a sentence that defines the term before the colon.
_DEFINES = re.compile(r"^([A-Za-z][A-Za-z -]{2,40}):\s")


# A definition goes on in sentences about "you" or "this group" ("Qualifying: you are under
# 25. After the age of 16, you stopped being looked after ..."), not in the entry's own next
# point ("The offer is open to all Derby City care leavers").
_DEFINITION_GOES_ON = re.compile(r"^(?:you|this group|after|before)\b", re.IGNORECASE)


def _definitions(summary: str) -> list[tuple[str, str]]:
    """(term, its definition) for each term an entry's summary defines."""
    found: list[tuple[str, str]] = []
    going_on = False
    for sentence in sentences(summary):
        term = _DEFINES.match(sentence)
        if term:
            found.append((fold(term.group(1)), sentence))
            going_on = True
        elif going_on and _DEFINITION_GOES_ON.match(sentence):
            found[-1] = (found[-1][0], f"{found[-1][1]} {sentence}")
        else:
            going_on = False
    return found


async def defined_in_an_entry(topic: str, question: str) -> list[Reply]:
    """The national entry names a term ("former relevant") that only a council's entry
    defines (Derby's booklet): that definition, with its source, so the meaning is
    answered and its owner named. [] when the question doesn't ask what a term means."""
    folded = f" {fold(question)} "
    if not ASKS_MEANING.search(folded):
        return []
    # Every term the question names that one entry defines ("the difference between
    # eligible and relevant": both), longest first, so "former relevant" is not "relevant"
    # too; the entry that defines the most of the question's words answers.
    best: tuple[int, list[str], Offer, Authority] | None = None
    for authority, offer in await query(offer_store().compare, topic):
        if offer is None:
            continue
        defined = _definitions(offer.summary or "")
        rest, named = folded, []
        for term, sentence in sorted(defined, key=lambda d: -len(d[0])):
            if term and f" {term} " in rest:
                rest = rest.replace(f" {term} ", " ")
                named.append(sentence)
        size = len(folded) - len(rest)
        if named and (best is None or size > best[0]):
            best = (size, [s for _, s in defined if s in named], offer, authority)
    if best is None:
        return []
    _, definitions, offer, authority = best
    owner = await query(cached_authority, offer.inherited_from) if offer.inherited_from else authority
    return [("utter_offer_details", {"details": " ".join(definitions)}),
            ("utter_offer_source", source_vars(offer, owner))]


# A word this long or longer is a name-like word of a phrase ("special guardianship"), not
# "care", "help" or "leaving".
MIN_NAMED_WORD = 7


def _phrases(question: str) -> list[str]:
    """The question's two-word phrases whose first word is name-like ("special guardianship",
    "privately fostered", "youth offending")."""
    words = fold(question).split()
    return [f"{a} {b}" for a, b in zip(words, words[1:])
            if len(a) >= MIN_NAMED_WORD - 1 and len(b) >= MIN_NAMED_WORD and a.isalpha() and b.isalpha()]


async def named_only_in_an_entry(topic: str, question: str) -> list[Reply]:
    """The question names a group only a council's entry names ("i was on a special
    guardianship order": Derby's booklet puts it in the qualifying group; the national rule
    does not name it): that group's sentences, from the term it defines to the sentence
    naming the phrase, with their source, so the owner is named. [] otherwise."""
    national = await query(offer_store().national, topic)
    said = f" {fold(national.summary or '')} " if national is not None else " "
    phrases = [p for p in _phrases(question) if f" {p}" not in said]
    if not phrases:
        return []
    for authority, offer in await query(offer_store().compare, topic):
        if offer is None or offer.inherited_from:
            continue
        parts = sentences(offer.summary or "")
        for at, sentence in enumerate(parts):
            if not any(f" {p}" in f" {fold(sentence)}" for p in phrases):
                continue
            start = next((i for i in range(at, max(at - 3, -1), -1) if _DEFINES.match(parts[i])), at)
            return [("utter_offer_details", {"details": " ".join(parts[start:at + 1])}),
                    ("utter_offer_source", source_vars(offer, authority))]
    return []


async def answer_national(dispatcher: CollectingDispatcher, offer: Offer,
                          domain: dict[str, Any], question: str = "") -> None:
    # One message: Rasa splits a message without buttons at each blank line.
    replies = national_reply(offer, question) + await defined_in_an_entry(offer.topic, question) + [
        ("utter_offer_national_add_council", {})]
    utter_answer(dispatcher, render(domain, replies), council_buttons())


async def spread(dispatcher: CollectingDispatcher, topic: str,
                 candidates: list[Authority] | None = None, question: str = "") -> None:
    """'It depends on your council': each council's line (of those it could be), then
    which council."""
    keys = {a.key for a in candidates or []}
    if question and SET_BY_LAW.search(fold(question)):
        # "is the setting up home allowance a fixed legal amount? my mate got different":
        # what the national entry says about that (guidance, not law), then each council's.
        national = await query(offer_store().national, topic)
        if national is not None and national.conditions:
            utter_answer(dispatcher, render({}, national_reply(national, question)))
    elif question and CHANGED_WHEN.search(fold(question)):
        # "when did the setting up home amount go up to 3 grand": the head asks when the fact
        # changed, which the national entry dates ("It raised this from £2,000 in April
        # 2023"); each council's line follows.
        national = await query(offer_store().national, topic)
        if national is not None and YEAR.search(national.summary or ""):
            utter_answer(dispatcher, render({}, national_reply(national, question)))
    rows = [(a, o) for a, o in await query(offer_store().compare, topic) if not keys or a.key in keys]
    lines = [compare_line(authority.short_name, offer, question=question) for authority, offer in rows]
    dispatcher.utter_message(response="utter_offer_spread",
                             title=topic_title(vocabulary.topic(topic).label),
                             items=bullet_list(lines))
    dispatcher.utter_message(response="utter_ask_northants_which" if keys and keys <= NORTHANTS
                             else "utter_ask_authority")


# "a fixed legal amount?", "is it the same everywhere", "my mate in another area got
# different": whether the law sets it, which the national entry's conditions say.
SET_BY_LAW = re.compile(r"\b(?:legal|by law|the law|in law|statutory|fixed (?:amount|sum|rate|figure)|"
                        r"set amount|(?:the )?same (?:everywhere|for everyone|for every ?one|in every|across)|"
                        r"(?:every|all|other|different) councils? (?:the same|get|give|pay)|"
                        r"(?:got|get|gets|given|gave|paid) (?:a )?(?:different|more|less) (?:amount )?"
                        r"(?:in|from) (?:another|a different|other) (?:area|council|place))\b|"
                        r"\bin (?:another|a different) (?:area|council) (?:got|gets|get) (?:different|more|less)\b")
# "when did it go up to 3k", "when was the allowance raised": when the fact changed.
CHANGED_WHEN = re.compile(r"\b(?:when|wen|what year|which year) (?:did|was|were|has|had|does)\b(?: [a-z0-9]+){0,8} "
                          r"(?:go up|goes up|went up|gone up|change|changed|rise|rose|risen|increase|increased|"
                          r"put up|raised|come in|came in|introduced)\b")
YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
# The two councils "Northamptonshire" can mean (utter_ask_northants_which asks between them).
NORTHANTS = frozenset({"north_northamptonshire", "west_northamptonshire"})


def council_buttons() -> list[dict[str, str]]:
    return [{"title": title, "payload": f'/inform_authority{{"authority": "{key}"}}'}
            for title, key in (("North Northants", "north_northamptonshire"),
                               ("West Northants", "west_northamptonshire"),
                               ("Derby City", "derby_city"))]


def clarify(dispatcher: CollectingDispatcher, choice: Choice) -> None:
    buttons = [{"title": vocabulary.topic(t).label, "payload": f'/ask_offer{{"topic": "{t}"}}'}
               for t in choice.alternatives]
    dispatcher.utter_message(response="utter_offer_which_fact", buttons=buttons)


async def authority_from_slot(tracker: Tracker) -> Authority | None:
    key = tracker.get_slot("authority")
    if not key or withdrawn(tracker, "authority"):
        return None
    try:
        return await query(cached_authority, key)
    except KeyError:
        log.warning("authority slot holds an unknown key")
        return None


def ask_which(dispatcher: CollectingDispatcher, candidates: list[Authority],
              tracker: Tracker) -> list[EventType]:
    """Ask which council, unless the message shows distress: then check in first
    (safety.md rule 8); "I'm OK" asks the council question after."""
    checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
    if checked_in is not None:
        return checked_in
    northants = bool(candidates) and {a.key for a in candidates} <= NORTHANTS
    dispatcher.utter_message(response="utter_ask_northants_which" if northants
                             else "utter_ask_authority")
    return []


async def answer_topic(dispatcher: CollectingDispatcher, tracker: Tracker, topic: str,
                       domain: dict[str, Any], named: Resolution | None = None,
                       authority: Authority | None = None) -> list[EventType]:
    """Answer one fact at the right scope; the events to remember what was asked.

    `named` and `authority` are what the caller already resolved from the message, so
    the message is not read twice; without them they are resolved here.
    """
    events: list[EventType] = []
    if named is None:
        # "what about derby?" style switches: an authority named in the question wins.
        named = await from_latest_message(tracker)
        authority = named.single or (None if named.ambiguous else await authority_from_slot(tracker))
    if named.single:
        events.append(SlotSet("authority", named.single.key))
    answered = [SlotSet("pending_topic", None), SlotSet("last_topic", topic)]
    if authority is not None and answers_beside(tracker):
        # Only the meaning check is worried: the contacts first, then the answer, then
        # "Are you safe right now?" (actions/check_in.py).
        ask_after = check_in_before_answering(dispatcher)
        await answer(dispatcher, authority, topic, domain, question_of(tracker))
        return events + answered + ask_after
    if authority is not None:
        # "whats the point of the bursary, i wont be around": a sharp signal beside a
        # clear question gets the check-in first; "I'm OK" then answers the question, so
        # a false alarm costs one tap (safety.md rule 8: recall first).
        checked_in = check_in_instead(dispatcher, tracker, ANSWER, sharp_only=True)
        if checked_in is not None:
            return events + checked_in + [SlotSet("pending_topic", topic)]
        await answer(dispatcher, authority, topic, domain, question_of(tracker))
        return events + answered
    checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
    if checked_in is not None:
        return events + checked_in + [SlotSet("pending_topic", topic)]
    shared = await shared_entry(topic, named.candidates) or await trust_named(topic, named.candidates,
                                                                              question_of(tracker))
    if shared is not None:
        # "in care in northants": North and West both use the Trust's entry for this fact,
        # so it is the answer whichever council it was (no "which council?").
        await answer(dispatcher, shared, topic, domain, question_of(tracker))
        return events + answered
    national = await national_offer(topic, question_of(tracker))
    if national is not None:
        await answer_national(dispatcher, national, domain, question_of(tracker))
        return events + [SlotSet("pending_topic", topic), SlotSet("last_topic", topic)]
    naming = await entry_naming(topic, named.candidates, question_of(tracker))
    if naming is not None:
        await answer(dispatcher, naming, topic, domain, question_of(tracker))
        return events + answered
    await spread(dispatcher, topic, named.candidates, question_of(tracker))
    return events + [SlotSet("pending_topic", topic), SlotSet("last_topic", topic)]
