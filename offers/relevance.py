"""Which sentence of an entry answers the question asked.

An entry often holds several separately askable facts ("you get a PA at 16 and a half ...
your PA visits at least every 8 weeks ..."). The sentence that shares most of the
question's words (after a few everyday synonyms: "how often" is "every", "come and see me"
is a visit) is the one to lead with. No Rasa imports; plain word overlap, so a reader can
see why a sentence was chosen.
"""
from __future__ import annotations

import re
from functools import lru_cache

from offers import vocabulary
from offers.textnorm import fold

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words that say nothing about which fact is meant.
_STOP = frozenset("""
a an the and or but of to in on at for from with by is are was were be been am do does did
doing have has had i im me my u ur you your yours we our they them their it its this that
these those what whats wat how who when where which why can could would should will shall
may might must if so not no yes just like really actually even get got give given gets any
anything some something there here about up out into as than then too very all also only
much many more most care leaver leavers leaving council councils pa support help lot stuff
thing things one each both same still need want know tell please im ive id ill dont cant
""".split())
# Everyday words for the words entries use.
_SYNONYMS = {
    "often": "every", "frequently": "every", "regularly": "every",
    "see": "visit", "sees": "visit", "seeing": "visit", "seen": "visit",
    "visits": "visit", "visited": "visit", "visiting": "visit", "come": "visit",
    "comes": "visit", "coming": "visit", "came": "visit", "round": "visit",
    "allocated": "allocate", "allocation": "allocate", "assigned": "allocate",
    # "does he get a PA sooner in derby or in northamptonshire": the same measure as Derby's
    # "no later than 3 months after your 16th birthday" ("given" says nothing: _STOP).
    "sooner": "later", "earlier": "later", "soonest": "later", "earliest": "later",
    "weeks": "week", "months": "month", "years": "year", "areas": "area",
    "holidays": "holiday", "vacation": "holiday", "vacations": "holiday",
    # "will my pa drive me there, i hate buses": a lift, or public transport.
    "drive": "lift", "lifts": "lift", "bus": "transport", "buses": "transport",
    "train": "transport", "trains": "transport", "appointments": "appointment",
    "till": "until", "til": "until", "degree": "course", "uni": "university", "studying": "course", "study": "course",
}


# "when do you get a pa in derby compared to northamptonshire": a question that asks when
# ("when" itself says nothing, _STOP) is answered by the sentence that says when: "when you
# are 16 and a half", "no later than 3 months after your 16th birthday". Both carry one
# made-up word, so the overlap finds them. Not "until you are 25": how long, not when.
_WHEN_ASKED = re.compile(r"\b(?:when|whens|wen|what age|at what age|how old)\b(?: (?:do|does|did|will|would|can|could|"
                         r"should|is|are|am|i|u|you|they|we|will i|do i|do you|would i|can i))+\b")
_TIME_SAID = re.compile(r"\b(?:no later than|when you are|when you turn|when you reach|at the age of|from the age of|"
                        r"after your (?:[0-9]+(?:st|nd|rd|th) )?birthday|(?:after|before|within) [0-9]+ (?:days?|weeks?|months?)|"
                        r"[0-9]+ (?:days?|weeks?|months?) (?:after|before))\b")
WHEN = "qqwhen"
# "how long is each driving lesson", "how long do they pay the ypa for": a question whose head
# asks how long is answered by the sentence that says how long ("5 driving lessons of 2 hours
# each", "5 weeks' payment", "for the first year"), not the entry's first sentence. Made-up
# word as for WHEN. "how long till i get a pa" asks when as well: both words are added.
_HOW_LONG_ASKED = re.compile(r"\b(?:how long|hw long|how lng|for how long|how many (?:hours|hrs|weeks|months|years))\b")
# Not "every 8 weeks" (how often) nor "3 months after your 16th birthday" (when); "until
# they are 25" is how long.
_HOW_LONG_SAID = re.compile(r"(?<!every )\b(?:[0-9]+|one|two|three|four|five|six|twelve) (?:\([0-9]+ hours?\) )?"
                            r"(?:hours?|weeks?|months?|years?)\b(?! (?:after|before)\b)|\bfirst (?:year|[0-9]+ months)\b|"
                            r"\b(?:until|till|up to) (?:you are|they are|you turn|they turn|you reach|they reach|"
                            r"(?:the )?age(?: of)?) [0-9]+\b|\buntil (?:your|their) [0-9]+(?:st|nd|rd|th)? birthday\b")
HOW_LONG = "qqhowlong"
# The question's head asks how to get the fact, not what it is: "how do i join shout out",
# "where do i sign up", "how do i apply for the council tax thing", "what do i have to do to
# get it", "who can sit with me and go through them". The entry's own how-to-apply (the
# source's words) answers it (`asks_how_to`).
_HOW_TO_ASKED = re.compile(
    r"\b(?:how|hw|hows|where|wheres) (?:do|can|would|should|could|shall|does|will|d) (?:i|u|you|we|they|she|he) "
    r"(?:go about |actually |even |then )?(?:join|joining|sign up|signup|sign on|apply|register|get on|get onto|"
    r"get into|get|ask for|request|refer|re refer|put in for|go for)\b|"
    r"\bhow (?:to|would i|to i) (?:join|sign up|apply|register|get)\b|"
    r"\bwhat (?:do|would|should) (?:i|u) (?:have|need|got) to do to (?:get|join|apply|sign up)\b|"
    r"\bwhere (?:do|can) (?:i|u) (?:sign up|apply|join|register)\b|"
    # "who can sit with me and go through them", "someone independent who can help me": who
    # to go to for it is how to get it (the entry's how-to-apply names them).
    r"\bwho (?:can|could|would|will) (?:help|sit|go through|support|come with)\b")


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    """Content words, with everyday synonyms mapped to the entries' words (and WHEN for a
    question that asks when, or a sentence that says it).

    Kept per text: the offers' own sentences are read again on every question."""
    folded = fold(text)
    found = {_SYNONYMS.get(word, word) for word in folded.split()
             if word not in _STOP and (len(word) >= 3 or word.isdigit())}
    if _WHEN_ASKED.search(folded) or _TIME_SAID.search(folded):
        found.add(WHEN)
    if _HOW_LONG_ASKED.search(folded) or _HOW_LONG_SAID.search(folded):
        found.add(HOW_LONG)
    return frozenset(found)


def asks_how_to(question: str) -> bool:
    """The question's head asks how to get the fact ("how do i join shout out")."""
    return bool(_HOW_TO_ASKED.search(fold(question)))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def overlap(sentence: str, question: str, ignore: frozenset[str] = frozenset()) -> int:
    shared = (words(sentence) & words(question)) - ignore
    # The head's "how long" outweighs a word beside it ("how long is each driving lesson on
    # the package": the lessons of 2 hours each, not "An Introduction to Driving package").
    return len(shared) + (1 if HOW_LONG in shared else 0)


# A part of the question that asks ("can i have it on paper not email"), not one that tells
# ("my nurse said i get a health summary").
_ASKING_PART = re.compile(r"^(?:(?:and|so|but|also|then|ok|okay) )*(?:how|what|whats|wat|when|where|who|why|which|"
                          r"can|could|do|does|did|is|are|will|would|should|am|is there|are there)\b")


def asked_part(question: str) -> str:
    """The question's clauses that ask (empty when none starts with a question word)."""
    clauses = (fold(c) for c in re.split(r"[,;.!?\n]", question))
    return " ".join(c for c in clauses if _ASKING_PART.match(c.strip()))


def best_sentence(text: str, question: str,
                  ignore: frozenset[str] = frozenset()) -> tuple[str, int]:
    """The sentence of `text` that shares most words with `question` (not counting
    `ignore`, such as the topic's own name), and how many; the first sentence (and 0) when
    none shares any. Of sentences sharing as many, the one sharing most with the clauses
    that ask: "my nurse said i get a health summary, can i have it on paper not email" is
    the sentence about a paper copy, not the one about the nurse (set T, t-112)."""
    found = sentences(text)
    if not found:
        return "", 0
    asked = asked_part(question)
    best = max(found, key=lambda s: (overlap(s, question, ignore),
                                     overlap(s, asked, ignore) if asked else 0))   # first of equals
    score = overlap(best, question, ignore)
    return (best, score) if score else (found[0], 0)


def lead_with(text: str, question: str, min_words: int = 2) -> str:
    """`text` with the sentence that answers `question` first: unchanged when no sentence
    shares at least `min_words` of its words (one shared word is too weak a reason to
    reorder what the council wrote)."""
    best, score = best_sentence(text, question)
    if score < min_words:
        return text
    rest = [s for s in sentences(text) if s != best]
    return " ".join([best, *rest])


def naming_words(topic: str) -> frozenset[str]:
    """The words that name a fact (its label and keywords): they chose the fact, so they
    say nothing about which of its sentences answers the rest of the question."""
    label = vocabulary.topic(topic)
    return frozenset(words(" ".join([label.label, *label.keywords])))
