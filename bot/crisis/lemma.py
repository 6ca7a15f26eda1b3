"""Lemma layer: spaCy `Matcher` patterns on LEMMA/LOWER as a second opinion.

Used only when a spaCy Doc is available (Rasa's SpacyNLP stores one per message). It
catches inflections the regexes don't list ("hanged myself", "overdosing", "strangles
me") from the lookup lemmatizer. Its hits still go through the same false-friend masks:
a hit is kept only if its words survive `mask()` on the normalised text around it.

spaCy is imported lazily so the detector stays pure Python without it.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Optional

from bot.crisis.detector import THIRD_PARTY, Verdict, mask
from bot.crisis.normalise import normalise
from bot.crisis.patterns import CRISIS, URGENT

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LemmaRule:
    name: str
    level: str
    category: str
    priority: int
    patterns: tuple[tuple[dict[str, Any], ...], ...]
    # The regex rule (patterns.py) this rule is a second opinion for. A verdict's reason
    # names it ("lemma:suicidal.kill_myself"), so the readings in context.py that are keyed
    # to that rule (a medicine question, the past, a laugh, a friend safe now) weigh a lemma
    # hit as they weigh the rule's own: "laughed so hard i couldnt breathe" was the full
    # reply over REST only, where the lemma layer runs (round 75).
    reads_as: str = ""

    @property
    def reason(self) -> str:
        own = f"lemma:{self.reads_as}"
        return f"{THIRD_PARTY}:{own}" if self.category == THIRD_PARTY else own


_SELF = {"LOWER": {"IN": ["myself", "meself", "myslef", "mysef", "mself"]}}
_THEM = {"LOWER": {"IN": ["himself", "herself", "themselves", "themself"]}}

LEMMA_RULES: tuple[LemmaRule, ...] = (
    LemmaRule("lemma.suicidal.kill_self", CRISIS, "suicidal", 50, (
        ({"LEMMA": {"IN": ["kill", "end", "off", "top", "unalive", "hang", "drown",
                           "strangle", "suffocate", "poison", "shoot"]}}, _SELF),
    ), reads_as="suicidal.kill_myself"),
    LemmaRule("lemma.suicidal.want_die", CRISIS, "suicidal", 50, (
        ({"LEMMA": {"IN": ["want", "wish", "plan", "decide", "deserve", "try", "attempt",
                           "long", "intend", "wanna"]}},
         {"LOWER": {"IN": ["to", "2"]}, "OP": "?"},
         {"LOWER": {"IN": ["just", "really", "simply", "finally"]}, "OP": "?"},
         {"LEMMA": "die"}),
    ), reads_as="suicidal.want_to_die"),
    LemmaRule("lemma.suicidal.end_life", CRISIS, "suicidal", 50, (
        ({"LEMMA": {"IN": ["end", "take"]}}, {"LOWER": "my"}, {"LOWER": "own", "OP": "?"},
         {"LEMMA": "life"}),
    ), reads_as="suicidal.end_my_life"),
    LemmaRule("lemma.suicidal.suicide", CRISIS, "suicidal", 50, (
        ({"LOWER": {"REGEX": r"^su+[i1]?[cs]+[i1y]?d(?:e|al|ally|es)$"}},),
    ), reads_as="suicidal.suicide"),
    LemmaRule("lemma.self_harm.harm_self", CRISIS, "self_harm", 40, (
        ({"LEMMA": {"IN": ["cut", "burn", "hurt", "harm", "starve", "scratch", "slash",
                           "punch", "hit", "stab", "carve", "bruise", "punish"]}}, _SELF),
        ({"LOWER": "self"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"REGEX": r"^harm"}}),
        ({"LOWER": {"REGEX": r"^selfharm"}},),
    ), reads_as="self_harm.hurt_myself"),
    LemmaRule("lemma.overdose", CRISIS, "overdose", 45, (
        ({"LEMMA": "overdose"},),
        # not "have": "the walking dead has way too many seasons" (fresh dev set x)
        ({"LEMMA": {"IN": ["take", "swallow", "neck", "down"]}},
         {"LOWER": {"IN": ["too", "way"]}, "OP": "+"}, {"LOWER": "many"}),
    ), reads_as="overdose.took_overdose"),
    LemmaRule("lemma.third_party.harm_self", CRISIS, THIRD_PARTY, 40, (
        ({"LEMMA": {"IN": ["kill", "hurt", "harm", "cut", "hang", "burn", "starve",
                           "drown", "end"]}}, _THEM),
    ), reads_as="self_harm.hurt_myself"),
    LemmaRule("lemma.being_hurt.violence", URGENT, "being_hurt", 25, (
        ({"LEMMA": {"IN": ["punch", "kick", "slap", "strangle", "choke", "batter", "stab",
                           "assault", "rape", "headbutt", "threaten", "abuse", "molest",
                           "attack", "beat", "hit", "stalk"]}},
         {"LOWER": {"IN": ["me", "us"]}}),
    ), reads_as="being_hurt.hit_me"),
    LemmaRule("lemma.homeless.out", URGENT, "homeless_tonight", 20, (
        ({"LEMMA": "sleep"}, {"LOWER": "rough"}),
        ({"LEMMA": {"IN": ["kick", "throw", "chuck", "boot", "turf"]}},
         {"LOWER": {"IN": ["me", "us"]}}, {"LOWER": "out"}),
    ), reads_as="homeless.kicked_out"),
    LemmaRule("lemma.medical.breathe", URGENT, "medical_emergency", 30, (
        ({"LOWER": {"IN": ["n't", "not", "cant", "cannot", "barely", "nt"]}},
         {"LEMMA": {"IN": ["breathe", "breath"]}}),
    ), reads_as="medical.breathing"),
)

_BY_NAME = {r.name: r for r in LEMMA_RULES}
# Words after a match that turn it into an idiom ("beat me at fifa", "die of laughing").
_BAD_NEXT = {
    "lemma.suicidal.want_die": {"of", "for", "laughing", "my", "her", "his", "your", "their"},
    "lemma.being_hurt.violence": {"up", "at", "to", "in", "on", "out", "off", "by"},
    "lemma.suicidal.end_life": {"back"},
}
# Words just before a match that say it did not happen, or is being avoided: "dont want to
# take too many", "nearly cut myself washing up", "without cutting myself" (fresh dev sets
# s, w and x, over REST: the regexes already read these so).
_BAD_BEFORE = {
    "lemma.overdose": {"dont", "don't", "not", "n't", "nt", "never", "avoid", "without", "wanna"},
    "lemma.self_harm.harm_self": {"nearly", "almost", "without", "avoid"},
}
_BEFORE_WINDOW = 3

_SCHOOLISH_AFTER = re.compile(
    r"^ of (?:the |my |a )?(?:college|school|uni|sixth form|class|group|chat|course|team|"
    r"club|gym|game|pub|bar|shop|lesson)"
)
_MASK_WINDOW = 10  # tokens either side of a hit that the false-friend masks may need
_MATCHERS: dict[int, Any] = {}  # keyed by id(vocab): one Matcher per loaded pipeline


def _matcher(vocab: Any) -> Any:
    key = id(vocab)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        for rule in LEMMA_RULES:
            matcher.add(rule.name, [list(p) for p in rule.patterns])
        _MATCHERS[key] = matcher
    return matcher


def _has_lemmas(doc: Any) -> bool:
    try:
        return bool(doc.has_annotation("LEMMA"))
    except Exception:  # noqa: BLE001 - not a Doc, or an old spaCy
        return False


def _survives_masks(doc: Any, start: int, end: int) -> bool:
    """The matched words must still be there after the false-friend masks."""
    # Wide enough for the longest mask context ("the news about the rent rise hit me").
    window = doc[max(0, start - _MASK_WINDOW): min(len(doc), end + _MASK_WINDOW)].text
    span = normalise(doc[start:end].text)
    return bool(span) and span in mask(normalise(window))


def lemma_verdict(doc: Any) -> Optional[Verdict]:
    """The most severe lemma-rule hit in `doc`, or None."""
    if doc is None or not _has_lemmas(doc):
        return None
    best: Optional[LemmaRule] = None
    for match_id, start, end in _matcher(doc.vocab)(doc):
        rule = _BY_NAME[doc.vocab.strings[match_id]]
        nxt = doc[end].lower_ if end < len(doc) else ""
        if nxt in _BAD_NEXT.get(rule.name, ()):
            continue
        before = {token.lower_ for token in doc[max(0, start - _BEFORE_WINDOW): start]}
        if before & _BAD_BEFORE.get(rule.name, set()):
            continue
        if rule.name == "lemma.homeless.out" and _SCHOOLISH_AFTER.match(
            " " + doc[end: end + 4].text.lower()
        ):
            continue
        if not _survives_masks(doc, start, end):
            continue
        if best is None or (rule.level, rule.priority) > (best.level, best.priority):
            best = rule  # "crisis" > "urgent" as strings, conveniently
    if best is None:
        return None
    return Verdict(best.level, best.category, best.reason)
