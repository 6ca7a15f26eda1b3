"""Which fact a message asks about, from the intent and the message's own words.

The intent is one signal among three (see offers/ranking.py). A button carries its topic
exactly, so it is taken as it is. When the best two facts are about equally likely the
caller asks with buttons; when nothing fits it says what the bot can answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker

from actions.store import offer_store
from offers import vocabulary
from offers.ranking import INTENT_WEIGHT, FactRanker, Ranked, inflections
from offers.textnorm import fold

ASK_PREFIX = "ask_"
# The Trust and the national baseline are not selectable, but their entries are text the
# ranker should know.
EXTRA_TEXT_AUTHORITIES = ("national", "northamptonshire_childrens_trust")
MONEY = "money"
# Below this the message fits no fact well enough to answer.
MIN_SCORE = 0.55
# Two facts closer than this (and not the same thing) are "about equally likely".
CLARIFY_MARGIN = 0.08
# The same word of the user's ("bursary") names both facts: only the facts' own texts tell
# them apart, and a small difference there is noise (it moves whenever the vocabulary grows:
# branch answers-34's keywords moved "they dont do a bursary there" from 0.09999 to 0.10002,
# which made it answer the university bursary without asking; 0.11 since).
SAME_WORD_MARGIN = 0.11


@dataclass(frozen=True)
class Choice:
    topic: str | None              # None: nothing fits
    alternatives: tuple[str, ...]  # when set, ask which of these was meant
    ranked: tuple[Ranked, ...] = ()
    also: str | None = None        # a second fact asked in the same message
    more: tuple[str, ...] = ()     # a third one ("3 questions: ... , ... and ...")
    rule: str = ""                 # which branch chose it (harness/answer_signals.py reads it)


@lru_cache(maxsize=1)
def fact_ranker() -> FactRanker:
    store = offer_store()
    keys = [a.key for a in store.authorities()] + list(EXTRA_TEXT_AUTHORITIES)
    texts: dict[str, list[str]] = {}
    for key in keys:
        for offer in store.offers_for(key):
            texts.setdefault(offer.topic, []).extend([offer.title, offer.summary])
    return FactRanker(texts)


def button_topic(message: dict[str, Any]) -> str | None:
    """The topic a button or an `ask_<topic>` payload carried, if any."""
    for entity in message.get("entities", []):
        if entity.get("entity") == "topic" and vocabulary.is_topic(str(entity.get("value"))):
            return str(entity["value"])
    return None


def intent_scores(message: dict[str, Any]) -> dict[str, float]:
    """Topic -> the classifier's confidence for its `ask_<topic>` intent."""
    scores: dict[str, float] = {}
    ranking = message.get("intent_ranking") or [message.get("intent") or {}]
    for item in ranking:
        name = str(item.get("name") or "")
        topic = name[len(ASK_PREFIX):] if name.startswith(ASK_PREFIX) else ""
        if vocabulary.is_topic(topic):
            scores[topic] = max(scores.get(topic, 0.0), float(item.get("confidence") or 0.0))
    return scores


# "which council helps the most with a phone", "what do both councils give": the councils
# asked between, not a fact ("council" alone is closest in text to the care leavers council).
# Not "council tax", nor a council the fact is about ("the care leavers council").
_COUNCILS_ASKED = re.compile(r"\b(?:which|what|wat|each|every|both|all the|the 2|the two|the three|the 3) "
                             r"(?:councils?|local authorities|authority)\b(?! tax)")


def without_councils_asked_between(text: str) -> str:
    """The message without the words that ask which council (r35-161): the fact is in the rest."""
    folded = fold(text)
    stripped = _COUNCILS_ASKED.sub(" ", folded)
    return text if stripped == folded else " ".join(stripped.split())


def choose(tracker: Tracker, strict: bool = False) -> Choice:
    """The fact the latest message asks about. `strict`: only on the message's own words
    for a fact (a keyword), for messages the classifier could not place."""
    message = tracker.latest_message
    text = message.get("text") or ""
    carried = button_topic(message)
    if carried and (text.startswith("/") or not text.strip()):
        return Choice(carried, (), rule="button")
    intents = intent_scores(message)
    if carried:
        intents[carried] = 1.0
    asked = without_councils_asked_between(text)
    ranked = tuple(fact_ranker().rank(asked, intents))
    ruled_out = _ruled_out(text)
    if ruled_out:
        # "anything to live on at uni apart from the bursary": not the bursary.
        ranked = tuple(r for r in fact_ranker().rank(asked, intents, limit=len(ranked) + len(ruled_out))
                       if r.topic not in ruled_out)[:len(ranked)]
    if not ranked or ranked[0].score < MIN_SCORE or (strict and ranked[0].keyword == 0 and not _head_asks(text)):
        # Strict: a question head of the message's own ("does the trust just stop helping
        # at 21") names its fact as its own words do.
        return Choice(None, (), ranked, rule="nothing_fits")
    figures = next((r for r in ranked if r.topic == FIGURES and r.keyword >= MIN_FIGURES_KEYWORD), None)
    if figures is not None and SHARE_OF_A_COST.search(fold(text)):
        # "what percentage of my council tax do i pay": a share of a cost, asked of the fact
        # that takes it off, not a figure about care leavers.
        figures = None
    if figures is not None and any(r.topic != FIGURES and r.keyword >= figures.keyword and r.score >= MIN_SCORE
                                   for r in ranked):
        # "how many care leavers are on the care leavers council": the count of a thing
        # another fact names in words as strong (its entry gives the number, or says what it says).
        figures = None
    if figures is not None:
        # "what % of care leavers are not in work or college": a figure is asked, whatever
        # it is a figure of; no offer gives one, so that is the one answer (not the
        # education entry the rest of the words name).
        return Choice(FIGURES, (), (figures, *[r for r in ranked if r is not figures]), rule="figures")
    ranked, words = _words_over_a_weak_intent(ranked)
    ranked, money = _money_first(text, ranked)
    ranked, defined = _defined_term_first(text, ranked)
    ranked, part = _part_first(ranked)
    ranked, need = _housing_for_a_need(text, ranked)
    beside = ranked[0].topic
    ranked, head = _head_first(text, ranked)
    part = part or need
    ranked, longer = _longer_phrase_first(ranked)
    ranked, where = _place_said_where(text, ranked)
    head = head or where
    ranked, reason = _reason_last(text, ranked)
    ranked, trailing = _told_after_asking(text, ranked)
    ranked, told = _told_beside_questions(text, ranked)
    fired = [name for name, on in (("words", words), ("money", money), ("defined", defined),
                                   ("part", part), ("head", head), ("longer", longer), ("reason", reason),
                                   ("trailing", trailing), ("told", told)) if on]
    money_first = bool(fired)  # any reading that put a fact first
    best, second = ranked[0], ranked[1] if len(ranked) > 1 else None
    others, one_clause = _other_questions(text, best, ranked[1:])
    if head:
        # The fact the word beside the head names is no question of its own.
        others = [o for o in others if o != beside]
    also, more = (others[0] if others else None), tuple(others[1:])
    money_first = money_first or one_clause
    if also is None and not money_first and second and best.phrase and best.phrase == second.phrase \
            and best.intent < 0.8 and second.score >= MIN_SCORE:
        # "going to uni next year" then "is there a bursary": the same word of the user's
        # names both facts, and the classifier is not sure; the earlier message, read as a
        # question of its own (its classifier's guess and its words), says which.
        leans = _earlier_leans(tracker, best.topic, second.topic)
        if leans == second.topic:
            return Choice(second.topic, (), (second, best, *ranked[2:]), rule="earlier_message")
        if leans == best.topic:
            return Choice(best.topic, (), ranked, rule="earlier_message")
    margin = SAME_WORD_MARGIN if second and best.phrase and best.phrase == second.phrase else CLARIFY_MARGIN
    if also is None and not money_first and second and best.score - second.score < margin \
            and best.intent < 0.8 and abs(best.keyword - second.keyword) < 0.1:
        context = _from_context(tracker, best.topic, second.topic)
        if context is None:
            # A third as close as the second is offered too (two or three buttons).
            options = likeliest(ranked, margin)
            return Choice(best.topic, options if len(options) >= 2 else (best.topic, second.topic), ranked,
                          rule="margin")
        if context == second.topic:
            ranked = (second, best, *ranked[2:])
        return Choice(context, (), ranked, rule="context")
    if one_clause:
        fired.append("one_clause")
    return Choice(best.topic, (), ranked, also, more, rule="+".join(fired) or "top")


# At most this many buttons when the bot asks which fact was meant.
MAX_OPTIONS = 3


def likeliest(ranked: tuple[Ranked, ...], margin: float | None = None) -> tuple[str, ...]:
    """The facts to offer as buttons when the bot asks instead of answering: the first
    two or three of the ranking that fit at all (MIN_SCORE), and, given a `margin`, only
    those that close to the first. Fewer than two: no question worth asking."""
    if not ranked:
        return ()
    best = ranked[0].score
    options = [r.topic for r in ranked[:MAX_OPTIONS] if r.score >= MIN_SCORE
               and (margin is None or best - r.score < margin)]
    return tuple(dict.fromkeys(options))


# Figures about care leavers (percentages, statistics): asked in the user's own words.
FIGURES = "care_leaver_figures"
# "whats the percentage off council tax", "what percent of my rent": the share of a cost.
SHARE_OF_A_COST = re.compile(r"\b(?:percentage|percent|per cent) (?:off|discount|reduction|of (?:my|your|ur|the|their|our) "
                             r"(?!care leavers|young people|people|kids)[a-z]+)\b")
MIN_FIGURES_KEYWORD = 0.6


# The earlier message must lean this much more to one of two equally likely facts.
CONTEXT_MARGIN = 0.25


def _earlier_leans(tracker: Tracker, first: str, second: str) -> str | None:
    """Of two facts the same word names ("bursary"), the one the user's previous message
    asked about, ranked as a question of its own (the classifier's confidence from its parse,
    and its words): "going to uni next year" is the university bursary. None when that
    message leans to neither by CONTEXT_MARGIN, or names neither well enough."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = next((e for e in reversed(users[:-1])
                    if e.get("text") and not str(e.get("text")).startswith("/")), None)
    if earlier is None:
        return None
    parse = earlier.get("parse_data") or {}
    scores = {r.topic: r.score for r in fact_ranker().rank(str(earlier.get("text")), intent_scores(parse),
                                                            limit=len(vocabulary.TOPICS))}
    a, b = scores.get(first, 0.0), scores.get(second, 0.0)
    if max(a, b) < MIN_SCORE or abs(a - b) < CONTEXT_MARGIN:
        return None
    return first if a > b else second


def _from_context(tracker: Tracker, first: str, second: str) -> str | None:
    """Two facts equally likely on this message ("they dont do a bursary there"): the one
    the user's previous message was about ("im doing a course at a training provider":
    the college and training bursary, not the university one), if it clearly leans."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = next((str(e.get("text") or "") for e in reversed(users[:-1])
                    if e.get("text") and not str(e.get("text")).startswith("/")), "")
    if not earlier:
        return None
    sims = fact_ranker().similarity_scores(earlier)
    a, b = sims.get(first, 0.0), sims.get(second, 0.0)
    if abs(a - b) < CONTEXT_MARGIN:
        return None
    return first if a > b else second


# "how much", "what money do i get": the question asks for a sum of money.
MONEY_QUESTION = re.compile(r"\b(?:how much|what money|wat money|wot money|any money|how many pounds|"
                            r"money (?:do|will|would|can) (?:i|u|you|we) get|a week to live on|"
                            r"to live on)\b")


def _money_first(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'im 17 living semi independent, what money do i get to live on': the question asks
    for money, so a money fact named in the user's own words leads a fact that only
    describes their situation (semi-independent housing). True when it moved one up: the
    question itself chose it, so there is nothing to ask."""
    best = ranked[0]
    if not MONEY_QUESTION.search(fold(text)):
        return ranked, False
    if vocabulary.category_of(best.topic) == MONEY:
        # "waiting on my home office decision, do i get any money while i wait": the money
        # fact's words ("while i wait") are far fewer than those naming the situation, whose
        # own entry is the money asked about (Derby's support until the decision).
        for other in ranked[1:]:
            if vocabulary.category_of(other.topic) != MONEY and other.keyword >= best.keyword - 0.1 \
                    and other.score >= MIN_SCORE and _names_more(other, best):
                return (other, *[r for r in ranked if r is not other]), True
        return ranked, False
    for other in ranked[1:]:
        if compound(text, best, other):
            continue    # "a laptop grant": the money word only says what kind of help the laptop is
        if vocabulary.category_of(other.topic) == MONEY and other.keyword > 0 \
                and other.keyword >= best.keyword - 0.1 and other.score >= MIN_SCORE \
                and not _names_more(best, other):
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# How many more words the situation's phrase must have than the money fact's for the
# situation to lead.
MORE_WORDS = 2


def _names_more(situation: Ranked, money: Ranked) -> bool:
    """'waiting on my home office decision, do i get any money while i wait': the user's
    words name the situation in a phrase much longer than the money fact's ("waiting on my
    home office" against "while i wait"), so the money asked is the situation's own (Derby
    gives "financial support until your decision has been made"), not another money fact."""
    return len(situation.phrase.split()) >= len(money.phrase.split()) + MORE_WORDS


def _part_first(ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """The best fact is a wider one, and the user's own words also name a part of it
    (vocabulary.PART_OF): the part leads. True when it moved one up."""
    best = ranked[0]
    if best.keyword == 0:
        return ranked, False
    for other in ranked[1:]:
        if vocabulary.PART_OF.get(other.topic) == best.topic and other.keyword > 0 \
                and other.score >= MIN_SCORE:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# Living (or coping) alone, and the options asked: the two orders below share them.
_ALONE = (r"(?:live|living|cope|manage|managing) (?:totally |completely |fully |all )?"
          r"(?:on my own|alone|by myself)")
_OPTIONS = r"(?:what|which) (?:are )?(?:my |the )?(?:other )?(?:options|choices)\b"
# "what kind of places could i live in", "is there a carer i could live with": somewhere to
# live is asked.
PLACE_TO_LIVE = re.compile(r"\b(?:(?:where|places?|somewhere|anywhere|someone|somebody|carer|family)"
                           r"(?: [a-z]+){0,4} live|live with|"
                           # "i have a learning disability, what housing is there for me in west
                           # northants" (set V, v-064): the housing asked for by its name.
                           r"(?:what|which|wat|wot|whats|any|kind of|sort of|type of) (?:housing|accommodation|"
                           r"accomodation)\b|"
                           # "dont think i can live on my own, what options are there": the
                           # options asked, beside living (or coping) alone ("living totally
                           # alone might not be right, what other options", q-080; "... dont
                           # think i can live alone yet. what are my options", r32-061).
                           + _ALONE + r"(?=.*\b" + _OPTIONS + r")|"
                           + _OPTIONS + r"(?=.*\b" + _ALONE + r")|"
                           # "i have a learning disability and dont want to live on my own, whats
                           # there for me" (set R, r-097): not wanting (or fearing) to live alone
                           # is where to live, asked.
                           r"(?:dont|do not|not|dont really|scared to|afraid to|frightened to|nervous to|"
                           r"nervous about|scared of|worried about) (?:want to |wanna )?"
                           + _ALONE + r")")
# Needs that a kind of housing is for (the Trust: "Living with an approved Shared Lives carer
# if you have specific additional needs, or a disability").
NEED_HOUSING = "supported_accommodation"


def _housing_for_a_need(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'i have a learning disability what kind of places could i live in': the need (extra
    support) says who asks; somewhere to live is what is asked, and the housing for a need
    (supported accommodation and Shared Lives) leads. True when it moved one up."""
    best = ranked[0]
    if best.topic != "extra_support" or best.keyword == 0 or not PLACE_TO_LIVE.search(fold(text)):
        return ranked, False
    housing = next((r for r in ranked if r.topic == NEED_HOUSING),
                   Ranked(NEED_HOUSING, best.score, keyword=best.keyword, phrase=best.phrase))
    return (housing, *[r for r in ranked if r is not housing]), True


# The question's own head: the words that ask ("what id", "will i still have a pa", "where do
# i stay ... from uni ... christmas"), with what else must be in the message for the head to
# ask that fact. A fact-name word beside the head ("im in a childrens home", "after my
# birthday", "over the christmas break") says who asks or when, not what is asked (round 31).
QUESTION_HEADS: tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...] = (
    (re.compile(r"\b(?:what|which|wat|wot|whats|wats) (?:id|ids|i d|documents|docs|paperwork|identification)\b"),
     "id_documents", None),
    (re.compile(r"\b(?:will|would) (?:i|u) (?:still )?(?:have|get|keep) (?:a|my|the|me) "
                r"(?:pa|personal advis[eo]r)\b|\b(?:will|would|does|is) my (?:pa|personal advis[eo]r) still (?:be )?"
                r"(?:about|around|there|here|with me)\b"),
     "personal_adviser", None),
    (re.compile(r"\bwhere (?:do|will|can|could|should|would|am|shall) (?:i|u)(?: [a-z]+){0,2} (?:live|stay|go|sleep)\b"),
     "university_holidays",
     re.compile(r"^(?=.*\b(?:uni|university|halls)\b)(?=.*\b(?:holidays?|hols|break|christmas|xmas|easter|"
                r"summer|eid|diwali|halls (?:shut|close|closes))\b)")),
    # "does the trust just stop helping at 21" (set V, v-107): whether help goes on past the
    # age named is support from 21 to 25.
    (re.compile(r"\b(?:does|do|will|would|is|did)(?: [a-z]+){0,3} (?:stop|stops|end|ends|finish|finishes|quit|quits) "
                r"(?:helping|supporting|support|help)(?: (?:me|you|u|us|care leavers|people))? "
                r"(?:at|after|when (?:i|you|u|we|they) (?:turn|hit|reach|get to)) 21\b"),
     "support_after_21", None),
    # "does all the trust support just stop on my birthday": the birthday says when the
    # support stops, not the birthday money (round 33, r33-049).
    (re.compile(r"\b(?:does|do|will|would|is|did)(?: [a-z]+){0,3} (?:support|help|everything|leaving care)"
                r"(?: [a-z]+){0,4} "
                r"(?:stop|stops|end|ends|finish|finishes|run out|runs out|get cut off|gets cut off)"
                r"(?= (?:on|at|after|when) (?:my|your|their|the|its) (?:[0-9]+(?:st|nd|rd|th) )?birthday\b)"),
     "support_after_21", None),
    # "just passed my level 3 at college!! do derby give anything for that": something given
    # for a thing passed is the reward for an achievement, not the fact where it was passed
    # names (the college's bursary, from "at college") (round 38, r38-106).
    (re.compile(r"\b(?:give|gives|giving|get|gets|pay|pays|do)(?: (?:me|u|you|us|them|care leavers))? "
                r"(?:anything|anythin|something|summat|owt|money|a reward|a prize|a present|extra) "
                r"(?:for|4) (?:that|it|this|passing|doing well)\b"),
     "achievement_rewards",
     re.compile(r"^(?!.*\b(?:driving|theory) test)"
                r"(?=.*\b(?:passed|passing|completed|finished|achieved) (?:my|me|all my|the|a|an|level|[0-9]+)\b)")),
    # "does derby give you anything when you pass your exams": something given when a thing
    # is passed, as for it (round 39, r39-111), not the education the exams belong to.
    (re.compile(r"\b(?:give|gives|giving|get|gets|pay|pays|do)(?: (?:me|u|you|us|them|care leavers))? "
                r"(?:anything|anythin|something|summat|owt|money|a reward|a prize|a present|extra) "
                r"(?:when|if|once|for when|after) (?:i|you|u|we|they|ya) "
                r"(?:pass|passes|passed|get through|do well in|finish|finishes|complete|completes) "
                r"(?:my|your|ur|me|their|the|all|a|an|level|[0-9]+)\b"),
     "achievement_rewards",
     re.compile(r"^(?!.*\b(?:driving|theory) test)")),
    # "im 19 and on an apprenticeship my wage is rubbish after rent can the council top it up":
    # money topping up what they are paid is the minimum income, not the apprenticeship the
    # pay comes from (set U, u-146).
    (re.compile(r"\b(?:top|tops|topping|topped) (?:it|me|that|them|this|my (?:wage|wages|pay|income)) up\b|"
                r"\btop (?:it |me )?up my (?:wage|wages|pay|income)\b"),
     "minimum_income",
     re.compile(r"\b(?:wage|wages|pay|paid|income|salary|earn|earning|money)\b")),
)


# Facts that answer a head's question more closely than the head's own fact: "will my pa
# still be about after my 21st birthday" is the PA from 21 to 25.
CLOSER: dict[str, tuple[str, ...]] = {"personal_adviser": ("support_after_21",)}


def _head_asks(text: str) -> bool:
    """The message has a question head of QUESTION_HEADS (with what else it needs)."""
    folded = fold(text)
    return any(head.search(folded) and (context is None or context.search(folded))
               for head, _, context in QUESTION_HEADS)


def _head_first(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'what ID will i have when i leave care? im in a childrens home': the head of the
    question ("what id") asks its fact; the fact a word beside it names (Staying Close, from
    "childrens home") does not, however sure the classifier is. Only when the best fact's
    own words are not part of the head. True when it moved one up."""
    best = ranked[0]
    folded = fold(text)
    for head, topic, context in QUESTION_HEADS:
        found = head.search(folded)
        if found is None or (context is not None and not context.search(folded)):
            continue
        head_words = f" {found.group(0)} "
        if best.topic in (topic, *CLOSER.get(topic, ())) or any(part and (f" {part} " in head_words or head_words.strip() in part)
                                      for part in best.phrase.split(" ... ")):
            # The best fact's own words are the head's ("im 22 ... still get a pa": support
            # after 21), or hold it: they ask it more closely.
            return ranked, False
        moved = next((r for r in ranked if r.topic == topic), Ranked(topic, best.score, phrase=found.group(0)))
        # The head names its fact at least as clearly as the word beside it named the other
        # (callers read the keyword: "a fact named in the user's own words").
        led = replace(moved, keyword=max(moved.keyword, best.keyword), phrase=moved.phrase or found.group(0))
        return (led, *[r for r in ranked if r is not moved]), True
    return ranked, False


def _longer_phrase_first(ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'can i get a free gym membership': the classifier names the area (leisure, from
    "gym membership"), but the user's words are a longer phrase another fact owns ("free
    gym membership": free leisure centre access), which says more: that fact leads.
    True when it moved one up."""
    best = ranked[0]
    if not best.phrase:
        return ranked, False
    for other in ranked[1:]:
        if other.phrase and other.phrase != best.phrase and other.keyword > best.keyword \
                and f" {best.phrase} " in f" {other.phrase} " and other.score >= MIN_SCORE:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# Facts that are places: named after "at" ("careers advice at the care leavers hub"), they say
# where the thing asked is, not what is asked.
PLACE_FACTS = frozenset({"care_leavers_hub"})
_AT_PLACE = r"\b(?:at|in|down|round|from) (?:the |my |our |ur |your |a |their )?(?:[a-z]+ ){0,3}?"


def _place_said_where(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'is there careers advice at the north northants care leavers hub': the hub says where,
    the careers advice before it is what is asked (set U, u-020). Only when a fact's own words
    come before the place. True when it moved one up."""
    best = ranked[0]
    if best.topic not in PLACE_FACTS or not best.phrase or " ... " in best.phrase:
        return ranked, False
    folded = fold(text)
    at = re.search(_AT_PLACE + re.escape(best.phrase) + r"\b", folded)
    if at is None:
        return ranked, False
    before = f" {folded[:at.start()]} "
    if any(f" {fold(k)} " in before for k in vocabulary.topic(best.topic).keywords):
        # "can i have a shower and do my washing at russell house": the place's own things
        # are asked, at the place (set U, u-098).
        return ranked, False
    for other in ranked[1:3]:
        # "careers advice ... hub" (a pair of words with the place): its first words before it,
        # named as clearly as the place.
        if other.phrase and other.keyword >= max(WEAK_KEYWORD, best.keyword) and other.score >= MIN_SCORE \
                and f" {other.phrase.split(' ... ')[0]} " in before:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# A keyword this much stronger, and this strong, outweighs an intent below WEAK_INTENT.
WORDS_MARGIN = 0.3
STRONG_KEYWORD = 0.8
WEAK_INTENT = 0.8
# ... and only over a leader whose own words are weak ("my pa"): "help with wifi in my first
# flat" asks about the wifi (0.6), the first flat says when.
WEAK_KEYWORD = 0.6


def _words_over_a_weak_intent(ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'if i get a job with one of the firms on the local offer will my pa still help me once
    im working there': the classifier leans to the PA (0.75), but the words name the job
    support far more clearly than they name the PA. A clear keyword match outweighs an intent
    the classifier is not sure of; a sure intent (0.8 and up) keeps its fact. True when it moved
    one up."""
    best = ranked[0]
    if not 0 < best.intent < WEAK_INTENT or best.keyword >= WEAK_KEYWORD:
        return ranked, False
    for other in ranked[1:3]:
        # Only when the intent is what put it first: on the words alone the other leads.
        if other.keyword >= STRONG_KEYWORD and other.keyword - best.keyword >= WORDS_MARGIN \
                and other.score >= MIN_SCORE and other.score > best.score - INTENT_WEIGHT * best.intent:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# "apart from the bursary", "other than my birthday money": the words after these name a
# fact the user already knows about, not the one asked. "On top of" only before "the"/"my"
# ("books on top of the bursary"); never "as well as": "help with council tax as well as my
# tv licence" asks about both.
EXCEPT = re.compile(r"\b(?:apart from|aside from|other than|besides|except(?: for)?|"
                    r"not counting|not including|"
                    # "im 22 and not in college or anything, can i still get support": what the
                    # user is not doing says who asks, not what.
                    r"(?:im|i am|i m) not (?:in|at|doing|going to)|(?:im|i am|i m) no longer (?:in|at)|"
                    # "do i have to be in college or uni to keep getting support": what the
                    # user would have to be is the condition asked about, not the fact.
                    r"(?:have|need|got) to be (?:in|at|doing|going to)(?= (?:college|uni|university|school|"
                    r"education|training|work|a job|an apprenticeship)\b)|"
                    r"and not (?:in|at|doing)(?= (?:college|uni|university|school|education|training|work|a job|"
                    r"an apprenticeship|any))|"
                    # "anything for books on top of the bursary": what is asked is the other
                    # thing; "the"/"my" says the user has it already.
                    r"(?:on top of|in addition to|over and above) (?:the|my|their|that))"
                    r"((?: [a-z0-9]+){1,4})")


# "i know theres the £2000 bursary but is there any extra for books": a fact the user
# already knows about, named before asking for something more. Only with a word for more
# after the "but" ("i know theres a bursary but how much is it" still asks about it).
KNOWN_ALREADY = re.compile(r"\bi (?:know|knew|already know) (?:about|theres|there is|there s|i get|i can get|"
                           r"i already get|they give|they pay)((?: [a-z0-9]+){1,5}?) (?:but|tho|though) "
                           r"(?:is there |are there |do i get |can i get |do they give |do they do |what about )?"
                           r"(?:any ?thing |any )?(?:extra|else|more|other|on top|as well|separate)\b")


# "got an apprenticeship thru the local offer but im strugglin, is there any support once
# ur actually in the job", "starting a plumbing apprenticeship and i need my own tools": a
# clause that opens by telling what the user already has or is starting names their
# situation, not the fact asked, when another fact is named in the rest of the message.
HAS_ALREADY = re.compile(r"^(?:(?:hi|hey|so|ok|okay|well|right|just|i|ive|i have|im|i am|i m|i ve|1[6-9]|2[0-5]|"
                         # "im 20 and just got a flat": an age told before what was got.
                         r"(?<=\b(?:1[6-9]|2[0-5]) )and) )*"
                         r"(?:got|gotten|started|starting|landed|start|begun|beginning|doing) (?:an?|my|the) "
                         # "got an apprenticeship starting in wellingborough" (p-019): the thing
                         # got ends before the word that says when it starts.
                         r"((?:[a-z0-9]+ ){0,4}?[a-z0-9]+?)(?= (?:and|but|thru|through|with|at|in|for|so|which|that|"
                         r"n|tho|though|starting|starts|beginning|begins|next)\b|$)")


# "got a letter about council tax": what the thing got is about is what is asked.
_ABOUT = re.compile(r"\b(?:about|regarding|re|from|saying|asking|for)\b")


# "my little brother is 16, does he get a PA sooner in derby or in northamptonshire": a
# clause that opens with the person asked about (and what they are) says who asks, not the
# fact: family is not asked about when the rest of the message names a fact of its own.
ABOUT_SOMEONE = re.compile(r"^(?:(?:hi|hey|so|ok|okay|well|but|and) )*my (?:little |big |younger |older |baby |twin |"
                           r"half |step )?(?:brother|sister|bro|sis|cousin|son|daughter)"
                           r"(?: is| s|s| has| just turned| turned| whos| who is)\b")


def _situation_told(parts: list[str]) -> list[str]:
    """The words of each clause that opens by telling what the user has or is starting."""
    return [found.group(1) for part in parts if (found := HAS_ALREADY.match(part.strip()))]


def _had(words: str) -> set[str]:
    """The facts the words of a situation name as the thing had: their keyword ends the words
    (the head of "a plumbing apprenticeship"; not "a council tax bill"), and nothing says
    the thing is only about the fact ("a letter about council tax")."""
    if _ABOUT.search(words):
        return set()
    return {topic for topic, (_, phrase) in fact_ranker().keyword_scores(words).items()
            if f" {words}".endswith(f" {phrase}") or f" {words}".endswith(f" {phrase}s")}


def _ruled_out(text: str) -> frozenset[str]:
    """Facts named only after "apart from", "as well as" and the like, or as what the user
    already knows about ("i know theres the bursary but is there any extra"), or has or is
    starting ("got an apprenticeship ..., is there support once im in the job")."""
    parts = [fold(part) for part in re.split(r"[?.!,;]", text.lower())]
    named = {topic for part in parts for found in EXCEPT.finditer(part)
             for topic in fact_ranker().keyword_scores(found.group(1))}
    situations = _situation_told(parts)
    if situations:
        had = {topic for words in situations for topic in _had(words)}
        # each clause without the thing it says the user has ("got an apprenticeship")
        without_had = [HAS_ALREADY.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)], part.strip()) for part in parts]
        others = fact_ranker().keyword_scores(" qqq ".join(without_had))
        # Another fact in words of its own, longer than "pa" ("got a hospital appointment
        # next week, will my PA drive me" asks about the appointment).
        if any(score >= MIN_SECOND_KEYWORD for topic, (score, _) in others.items() if topic not in had):
            named |= had
            parts = without_had
    about = [found.group(0) for part in parts if (found := ABOUT_SOMEONE.match(part.strip()))]
    if about:
        # Only what the words for the person name ("brother": family), not the rest of
        # their clause ("my brother is in prison" still asks about prison).
        who = {topic for words in about for topic in fact_ranker().keyword_scores(words)}
        without = [ABOUT_SOMEONE.sub(" ", part.strip()) for part in parts]
        rest = fact_ranker().keyword_scores(" qqq ".join(without))
        if any(topic not in who for topic in rest):
            named |= who - set(rest)
            parts = without
    whole = fold(re.sub(r"[?.!,;]", " ", text.lower()))
    known = [found.group(1) for found in KNOWN_ALREADY.finditer(whole)]
    named |= {topic for words in known for topic in fact_ranker().keyword_scores(words)}
    if not named:
        return frozenset()
    if known:
        parts = [KNOWN_ALREADY.sub(" ", whole)]
    rest = fact_ranker().keyword_scores(" qqq ".join(EXCEPT.sub(" ", part) for part in parts))
    return frozenset(topic for topic in named if topic not in rest)


# A clause that says why the user wants the thing, not what it is: "cant do college work
# without it", "so i can get to college", "because of my course".
REASON = re.compile(r"\b(?:(?:i |u )?(?:cant|cannot|can not|couldnt|wont be able to) [a-z ]{1,40}? without "
                    r"(?:it|one|them|that|this)|so (?:that )?(?:i|u) (?:can|could) [a-z ]{1,40}|"
                    r"(?:because|cos|coz|cuz|as) (?:of )?(?:my|the) (?:college|uni|university|school|course) ?"
                    r"(?:work|stuff|course|assignments?)?)\b")


def _reason_last(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'can they help get wifi sorted in my flat, cant do college work without it': the
    best fact's words are only in the clause saying why (college), and another fact's words
    name the thing asked for (wifi): that fact leads. True when it moved one up."""
    folded = fold(text)
    if not ranked[0].phrase or not REASON.search(folded):
        return ranked, False
    outside = fact_ranker().keyword_scores(REASON.sub(" ", folded))
    if ranked[0].topic in outside:
        return ranked, False
    for other in ranked[1:]:
        if other.topic in outside and other.keyword > 0 and other.score >= MIN_SCORE:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


PAIR_SLACK = 0.3


def _told_after_asking(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'is there free bus travel in north northants? buses cost me a fortune getting to
    college': the best fact's words stand only in a sentence told after the question (why
    they ask), and another fact's own words stand in the question itself: that fact leads.
    Only a sentence after the question: "still waiting on my asylum decision. do i get money
    while i wait" says first who asks. True when it moved one up."""
    best = ranked[0]
    if not best.phrase:
        return ranked, False
    sentences = _sentences(text)
    if len(sentences) < 2:
        # "can derby help me get a bike to get to work, i cant afford the bus": one sentence,
        # whose clause after a comma tells (it asks nothing, and carries no "or"/"and" on).
        sentences = _clauses(text)
    if len(sentences) < 2 or not sentences[0][1]:
        return ranked, False

    def stands(phrase: str, chunk: str) -> bool:
        # A pair of words ("the bus ... afford") stands where both of its words do.
        return all(f" {part} " in chunk or f" {part}s " in chunk for part in phrase.split(" ... "))

    if any(stands(best.phrase, chunk) for chunk, asks in sentences if asks) \
            or not any(stands(best.phrase, chunk) for chunk, asks in sentences[1:] if not asks):
        return ranked, False
    first = sentences[0][0]
    # A pair's two words ("the bus ... afford") score as a whole phrase would; beside them a
    # single word of the question's own ("towards a bicycle") counts a little lower (s27-001).
    slack = PAIR_SLACK if " ... " in best.phrase else 0.1
    for other in ranked[1:]:
        if other.phrase and " ... " not in other.phrase and other.keyword >= best.keyword - slack \
                and other.score >= MIN_SCORE and stands(other.phrase, first):
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


def _told_beside_questions(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'im off to uni and trying to budget. how much is the bursary, how much for books, and a
    laptop?': the best fact's words stand only in a sentence that tells, and two or more other
    facts are named in the sentences that ask: the first of those leads (and the told one is no
    question, see _other_questions). With one fact asked, what is told may say who asks ("still
    waiting on my asylum decision. do i get money while i wait"), so nothing moves. True when
    it moved one up."""
    best = ranked[0]
    if not best.phrase or " ... " in best.phrase or _asked_in(text, best.phrase) is not False \
            or _topic_asked(text, best.topic):
        return ranked, False
    asked = [r for r in ranked[1:] if r.keyword > 0 and r.score >= MIN_SCORE and _topic_asked(text, r.topic)]
    if len(asked) < 2:
        return ranked, False
    return (asked[0], *[r for r in ranked if r is not asked[0]]), True


# "what does former relevant mean", "wats a pathway plan mean": the term asked about.
DEFINITION = re.compile(r"\b(?:what|wat|wot|whats|wats)(?: does| do| is| dose)? (.{2,60}?) (?:mean|means|stand for)\b")


def _defined_term_first(text: str, ranked: tuple[Ranked, ...]) -> tuple[tuple[Ranked, ...], bool]:
    """'what does former relevant mean?? its on my pathway plan': the fact named inside the
    "what does ... mean" leads a fact the rest of the message only mentions. True when the
    question itself chose it, so there is nothing to ask."""
    found = DEFINITION.search(fold(text))
    if not found:
        return ranked, False
    term = f" {found.group(1)} "
    for other in ranked:
        if other.keyword > 0 and other.score >= MIN_SCORE and f" {other.phrase} " in term:
            return (other, *[r for r in ranked if r is not other]), True
    return ranked, False


# A second question needs the user's own words for it, longer than "pa" or "id" (three letters, as "job", will do).
MIN_SECOND_KEYWORD = 0.54
# "can i stay with my foster carers after 18, and till what age": beside a fact the user
# names, these ask how long *that* lasts, not about support after 21 (whose words they are
# when nothing else is named).
HOW_LONG_IT_LASTS = frozenset({"till what age", "until what age", "up to what age"})
_JOINS = (" and ", " & ", " n ", " also ", " plus ", "?")
# "few things: 1) how much is the setting up money 2) will they pay my tv licence", or one
# question a line, or a bulleted list: each numbered or bulleted item, and each line, is a
# part of its own, as if joined by "and" (there need be no join word or question mark).
_NUMBERED = re.compile(r"(?:^|(?<=[\s:]))\(?([1-9]|[a-c])[).](?= [a-z])", re.IGNORECASE)
_BULLET = re.compile(r"(?:^|\n)\s*[-*\u2022](?=\s)|\n+")


# "like bursary books laptop etc": examples listed one word each, closed by "etc" or "and
# stuff", are items of a list as if written with commas.
_EXAMPLES = re.compile(r"\b(?:like|such as|eg|e\.g\.?|things like|stuff like)((?: [a-z]+){2,4})"
                       r"(?= (?:etc|and stuff|n stuff|and that|n that|and so on|and all that)\b)", re.IGNORECASE)


def _items(text: str) -> str:
    """The message with each numbered or bulleted item and each line cut off by a mark. A
    number is an item only when the first two are there ("1) ... 2) ..."): "at 4. can i"
    ends a sentence."""
    text = _EXAMPLES.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + " qqq".join(
        f" {w}" for w in m.group(1).split()), text.strip())
    labels = {m.group(1).lower() for m in _NUMBERED.finditer(text)}
    if {"1", "2"} <= labels or {"a", "b"} <= labels:
        text = _NUMBERED.sub(" qqq ", text)
    return _BULLET.sub(" qqq ", text)


# Where a message's parts meet: a join word, or a mark between clauses (made a word, "qqq",
# so it survives folding).
_MARK = " qqq "
_BOUNDARY = re.compile(r" (?:qqq|and|n|also|plus|or) ")


def _marked(text: str) -> str:
    return f" {fold(re.sub(r'[?.!,;&]+', _MARK, _items(text).lower()))} "


@lru_cache(maxsize=None)
def _own_phrases(topic: str) -> frozenset[str]:
    """A fact's own words, folded: its keywords and its label (the vocabulary is fixed at start)."""
    t = vocabulary.topic(topic)
    return frozenset({fold(k) for k in (*t.keywords, t.label)} - {""})


def _spans(marked: str, topic: str) -> list[tuple[int, int]]:
    """Where a fact's own words are in the marked message."""
    phrases = _own_phrases(topic)
    # With the last word's -ing and -ed forms too ("redecorating" for "redecorate").
    written = phrases | {f"{head} {form}".strip() for p in phrases
                         for head, _, last in [p.rpartition(" ")] for form in inflections(last)[1:]}
    return [(m.start(), m.end()) for p in written
            for m in re.finditer(rf"(?<= ){re.escape(p)}s?(?= )", marked)]


def _apart(best: str, other: str, text: str) -> bool:
    """The other fact's words stand in a part of the message of their own, cut off from
    every word of the first fact's by a join or a comma: "decorating ur first flat" names one
    thing (redecorating), where "first flat" only says which; "pots and pans ... or the
    setting up money" names two."""
    marked = _marked(text)
    cuts = [(m.start(), m.end()) for m in _BOUNDARY.finditer(marked)]
    mine = _spans(marked, best)

    def between(x: tuple[int, int], y: tuple[int, int]) -> bool:
        first, second = sorted((x, y))
        return any(start >= first[1] - 1 and end <= second[0] + 1 for start, end in cuts)

    return any(all(between(theirs, own) for own in mine) for theirs in _spans(marked, other))


# At most this many facts answer one message ("3 questions: when do i get a PA, how many
# driving lessons, and is there free gym"): more would be too long to read.
MAX_FACTS = 3
# A clause that asks: it starts with a question word (after "and", "so", "also" ...).
_ASKING = re.compile(r"^(?:(?:and|n|so|ok|okay|also|plus|but|then|oh|like|[0-9]+ questions?|questions?) )*"
                     r"(?:how|what|whats|wat|wot|when|whens|where|wheres|who|whos|why|which|can|could|do|does|did|"
                     r"is|are|will|would|should|shall|am|have|has|any|anything|is there|are there)\b")


ASKING = _ASKING


# "will they pay my phone bill? im in kettering. or like the wifi at least": a sentence
# that carries on the question before it.
_GOES_ON_ASKING = re.compile(r"^(?:or|and|n|also|plus|what about|wat about|how about|as well as|as well)\b")


def _sentences(text: str) -> list[tuple[str, bool]]:
    """The message's sentences (folded), each with whether it asks: it has a question mark,
    or one of its comma-separated parts starts with a question word."""
    found = []
    for match in re.finditer(r"[^.!?\n]+[.!?\n]*", text.lower()):
        chunk = match.group(0)
        parts = [fold(p) for p in re.split(r"[,;:&]", chunk.rstrip(".!?\n "))]
        asks = "?" in chunk or any(_ASKING.match(p.strip()) for p in parts if p.strip()) \
            or bool(_GOES_ON_ASKING.match(fold(chunk)))
        found.append((f" {fold(chunk)} ", asks))
    return found


# A clause that tells about the one asking ("i cant afford the bus", "im skint"), not another question.
_TELLS = re.compile(r"^(?:i|im|i m|ive|i ve|my|its|it s|cos|coz|cuz|because)\b")


def _clauses(text: str) -> list[tuple[str, bool]]:
    """A one-sentence message's comma-separated clauses (folded), each with whether it
    asks; a clause after the first that starts by telling about the one asking ("i cant
    afford the bus") does not ask, any other is taken to ask."""
    found = []
    for at, part in enumerate(p for p in re.split(r"[,;]", text.lower()) if p.strip()):
        folded = fold(part.strip(" .!?\n"))
        asks = at == 0 and ("?" in part or bool(_ASKING.match(folded))) or at > 0 and not _TELLS.match(folded)
        found.append((f" {folded} ", asks))
    return found


def _asked_in(text: str, phrase: str) -> bool | None:
    """Whether a fact's words stand in a sentence that asks (None when no sentence of the
    message asks: then nothing is told apart this way). "my first flat in corby is grim.
    will they pay to redecorate it?": the first flat only says which flat."""
    sentences = _sentences(text)
    if not any(asks for _, asks in sentences):
        return None
    words = phrase.split(" ... ")
    return any(asks and all(f" {w} " in chunk or f" {w}s " in chunk for w in words) for chunk, asks in sentences)


def _topic_asked(text: str, topic: str) -> bool:
    """Any of the fact's own words (not only the longest found) stands in a sentence that
    asks: "can i get my CBT paid for? want to get a moped" asks about it ("cbt")."""
    phrases = _own_phrases(topic)
    return any(asks and any(f" {p} " in chunk or f" {p}s " in chunk for p in phrases)
               for chunk, asks in _sentences(text))


def _own_question(text: str, phrase: str, best_phrase: str) -> bool:
    """The words stand in a part of the message that is a question of its own ("when do i
    get a PA" beside "how many driving lessons"): then even a short word ("pa") asks."""
    # "derby care leaver - how often will my PA see me": a dash cuts a clause off too.
    for part in re.split(r"[,;:.!?&\n]| [-\u2013\u2014]+ | and | also | plus | qqq ", _items(text).lower()):
        folded = f" {fold(part)} "
        if f" {phrase} " in folded and f" {best_phrase} " not in folded and _ASKING.match(folded.strip()) \
                and not re.search(rf" {re.escape(phrase)} {_DOES}\b", folded):
            return True
    return False


# "can my pa help me apply": the PA is who does it (the subject), not what is asked.
_DOES = (r"(?:help|helps|sort|sorts|do|does|did|say|says|said|told|tell|get|gets|give|gives|pay|pays|ring|call|can|"
         r"cant|will|wont|would|is|isnt|has|hasnt|keeps|should|could|reckons|thinks|needs|wants|knows)")


def compound(text: str, best: Ranked, other: Ranked) -> bool:
    """'a laptop grant', 'a phone allowance': the other fact's word follows the best fact's
    own words and only says what kind of help it is, not a second thing."""
    if not best.phrase or not other.phrase:
        return False
    return f" {best.phrase} {other.phrase} " in f" {fold(_items(text))} "   # not across two lines


def _other_questions(text: str, best: Ranked,
                     rest: tuple[Ranked, ...] | list[Ranked]) -> tuple[list[str], bool]:
    """'how much is setting up home AND do they pay my tv licence': other facts named in the
    user's own words, in different parts of a message that joins two or three questions
    (MAX_FACTS in all). The wider fact whose words stand only in a sentence that does not
    ask ("my first flat in corby is grim") is what the question is about, not a question.

    The second value is True when another fact's words were there but only in the first
    fact's own part of the message ("applied for universal credit but it takes 5 weeks ...
    anything to tide me over"): the message's own words settled which fact it asks about,
    so there is nothing to ask."""
    lowered = f" {text.lower()} "
    listed = " qqq " in _items(text)    # a list's items ask, each of them, question mark or not
    if best.keyword == 0 or not (any(j in lowered for j in _JOINS) or listed):
        return [], False
    one_clause = False
    # Another fact than the first is asked in a sentence that asks: the message asks several.
    several = not listed and any(r.keyword > 0 and r.score >= MIN_SCORE and _topic_asked(text, r.topic)
                                 for r in rest)
    found: list[Ranked] = []
    for other in rest:
        if len(found) >= MAX_FACTS - 1:
            break
        if other.score < MIN_SCORE or other.keyword == 0:
            continue
        if other.keyword < MIN_SECOND_KEYWORD and not _own_question(text, other.phrase, best.phrase):
            continue    # "without my PA": two letters are too little to be a second question
        if other.phrase in HOW_LONG_IT_LASTS:
            continue    # "... and till what age": how long the first fact lasts
        a, b = best.phrase, other.phrase
        if any(f" {part} " in f" {b} " or f" {b} " in f" {part} " for part in a.split(" ... ")):
            # "does my social worker just stop when i turn 18": "stop when i" (support after
            # 21) is the words the first fact's pair ("social worker ... stop when") is made of.
            continue
        if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
            # The same words ("bursary") matched two topics: not two questions. Whole words:
            # "pa" is not in "pathway plan".
            continue
        if b in {fold(k) for k in vocabulary.topic(best.topic).keywords}:
            continue    # "at college ... a bursary": a word the first fact owns too
        if compound(text, best, other):
            continue    # "a laptop grant": one thing
        if vocabulary.PART_OF.get(best.topic) == other.topic and _asked_in(text, b) is False and _asked_in(text, a):
            # "my first flat in corby is grim. will they pay to redecorate it?": the wider
            # fact's words (setting up a first home) only say which flat, in a sentence
            # that asks nothing. (Not any fact: "still waiting on my asylum decision. do i
            # get money while i wait" asks about money as an asylum seeker.)
            one_clause = True
            continue
        if several and not _topic_asked(text, other.topic) and _asked_in(text, a):
            # "im off to uni and trying to budget. how much is the bursary, and books?": beside
            # two facts asked, a fact whose words stand only in a sentence that tells (why they
            # ask) is no question: the question's own words settled what it asks about. (With
            # one fact asked, what is told may say who asks: "still waiting on my asylum
            # decision. do i get money while i wait".)
            one_clause = True
            continue
        if " ... " not in a + b and other.keyword <= best.keyword and not _apart(best.topic, other.topic, text):
            one_clause = True
            continue    # "decorating ur first flat": one clause, one question
        if any(b in r.phrase or r.phrase in b or b in {fold(k) for k in vocabulary.topic(r.topic).keywords}
               or compound(text, r, other) for r in found):
            continue    # words of a fact already found ("the setting up home allowance")
        found.append(other)
    return [r.topic for r in found], one_clause and not found


def named_as_choices(text: str, choice: Choice) -> list[str]:
    """In a comparison, facts set out as choices, each in its own words ("which one helps
    with gym or leisure stuff": free leisure centre access, and leisure activities): the
    other facts named in a part of the message of their own, cut off from the first's words
    by "or" too (which, outside a comparison, as often offers two words for one thing).
    Only facts of the same area (two kinds of the same help): "a bursary or a grant for uni"
    names one thing twice, and the grant's other fact (the setting-up money) is not asked.
    Each is set out for every council: a fact too many is a line to read, one too few is
    half the answer (round 33, r33-162)."""
    if choice.topic is None or not choice.ranked or choice.also or choice.alternatives:
        return []
    best = choice.ranked[0]
    if best.topic != choice.topic or best.keyword == 0 or not best.phrase or " or " not in f" {fold(text)} ":
        return []
    found: list[str] = []
    for other in choice.ranked[1:]:
        if len(found) >= MAX_FACTS - 1:
            break
        if other.score < MIN_SCORE or other.keyword < MIN_SECOND_KEYWORD or not other.phrase \
                or " ... " in best.phrase + other.phrase \
                or vocabulary.category_of(other.topic) != vocabulary.category_of(best.topic):
            continue
        a, b = best.phrase, other.phrase
        if f" {a} " in f" {b} " or f" {b} " in f" {a} " or b in _own_phrases(best.topic) \
                or compound(text, best, other) or not _apart(best.topic, other.topic, text):
            continue
        found.append(other.topic)
    return found
