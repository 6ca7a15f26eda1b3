"""The deterministic crisis detector: `detect(text) -> Verdict`.

Layers, cheapest first:
1. `normalise()` the text (spelling, leetspeak, emoji, invisible characters).
2. Remove known false friends (MASKS: "crisis loan", "dying to know", "kill time").
3. Regex rules on the result: crisis rules, then (only if none fired) urgent rules.
4. If a spaCy Doc with lemmas is given, lemma patterns as a second opinion (lemma.py).
5. Still nothing: words typed without spaces ("iwanttodie") are split with wordninja's
   English word list and the rules run again, then the crisis and urgent phrases of every
   language in languages.yml are tried (languages.py).

Crisis always wins over urgent. Within a level the highest-priority rule names the
category; a crisis that is about someone else ("my friend says she wants to die") is
reported as `third_party` unless the writer is also at risk themselves.

Pure Python, no I/O, never raises; never logs message text (reasons are rule names).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Optional

from bot.crisis.normalise import normalise
from bot.crisis.patterns import CRISIS, CRISIS_RULES, MASKS, NONE, URGENT, URGENT_RULES, Rule

log = logging.getLogger(__name__)

THIRD_PARTY = "third_party"
LEVELS = (NONE, URGENT, CRISIS)  # ascending severity


@dataclass(frozen=True)
class Verdict:
    """What the detector decided. `reason` is a rule name: safe to show a duty worker."""

    level: str = NONE
    category: str = NONE
    reason: str = ""
    language: str = ""    # set when the phrase that fired is in another language

    @property
    def positive(self) -> bool:
        return self.level != NONE

    @property
    def is_crisis(self) -> bool:
        return self.level == CRISIS

    def as_dict(self) -> dict[str, str]:
        verdict = {"level": self.level, "category": self.category, "reason": self.reason}
        if self.language:
            verdict["language"] = self.language
        return verdict


NO_RISK = Verdict(NONE, NONE, "no rule matched")


def case_reason(verdict: Any) -> str:
    """"category: reason" of a verdict (a `Verdict` or its `as_dict()` in the parse data),
    the text a triage case shows a duty worker; empty when the verdict names neither."""
    parts: tuple[Any, ...]
    if isinstance(verdict, Verdict):
        parts = (verdict.category, verdict.reason)
    else:
        parts = (verdict.get("category"), verdict.get("reason")) if verdict else ()
    return ": ".join(str(p) for p in parts if p)

_MASK_RE = re.compile("|".join(f"(?:{m})" for m in MASKS))
_MASK_TOKEN = " ~ "


_WORD_START = r"(?<![a-z0-9])(?=[a-z0-9])"


@dataclass(frozen=True)
class _Tier:
    """All rules of one priority as one regex; the named group says which rule matched."""

    priority: int
    regex: re.Pattern[str]
    rules: dict[str, Rule]


def _tiers(rules: Iterable[Rule]) -> tuple[_Tier, ...]:
    by_priority: dict[int, list[Rule]] = {}
    for rule in rules:
        by_priority.setdefault(rule.priority, []).append(rule)
    tiers = []
    for priority in sorted(by_priority, reverse=True):  # most specific first
        named = {f"r{i}": rule for i, rule in enumerate(by_priority[priority])}
        alternatives = "|".join(f"(?P<{g}>{rule.pattern})" for g, rule in named.items())
        # Every rule starts at a word boundary (tests/crisis/test_detector.py checks it),
        # so one shared word-start guard lets the engine skip mid-word positions: ~2.5x
        # faster than trying every alternative at every character.
        tiers.append(_Tier(priority, re.compile(_WORD_START + "(?:" + alternatives + ")"), named))
    return tuple(tiers)


_CRISIS_TIERS = _tiers(CRISIS_RULES)
_URGENT_TIERS = _tiers(URGENT_RULES)

# --- Who is the crisis about? -----------------------------------------------------------
_REFLEXIVE_FIRST = re.compile(r"\b(?:myself|my (?:own )?life)\b")
_REFLEXIVE_THIRD = re.compile(
    r"\b(?:himself|herself|themselves|themself|theirselves|hisself|(?:his|her|their) "
    r"(?:own )?life)\b"
)
# "me" only where the writer is the one at risk ("better off without me"), not where it
# is an object ("she texted me goodbye").
# "when they find me" is the writer found (rounds 75-76, read after their after-run)
_PRONOUN_FIRST = re.compile(r"\b(?:i|my)\b|\b(?:without|miss|need|want|about|find|finds|found) me\b")
_PRONOUN_THIRD = re.compile(r"\b(?:he|she|they|hes|shes|his|her|their)\b")
_THIRD_SUBJECTS = frozenset(
    "he she they hes shes someone somebody friend friends mate mates boyfriend girlfriend "
    "partner sister brother cousin flatmate housemate roommate son daughter child kid baby "
    "mum dad stepdad stepmum nan grandad uncle auntie aunt niece nephew ex husband wife "
    "fiance fiancee neighbour people classmate colleague girl boy lad guy man woman".split()
)
_SCAN_BACK = 8  # tokens before the match, within the same sentence


def _about_someone_else(norm: str, match: re.Match[str]) -> bool:
    """True when the matched phrase is about a third person, not the writer."""
    span = match.group(0)
    if _REFLEXIVE_FIRST.search(span):
        return False
    if _REFLEXIVE_THIRD.search(span):
        return True
    if _PRONOUN_FIRST.search(span):  # "better off if i was dead", "took all my pills"
        return False
    if _PRONOUN_THIRD.search(span):  # "wishes he was dead", "take all her pills"
        return True
    clause = norm[: match.start()].rsplit(" . ", 1)[-1]
    for token in reversed(clause.split()[-_SCAN_BACK:]):
        if token == "i":
            return False
        if token in _THIRD_SUBJECTS:
            return True
    return False


def _best(norm: str, tiers: tuple[_Tier, ...], attribute: bool) -> Optional[Verdict]:
    """Highest-priority match about the writer; failing that, the best about someone else."""
    third: Optional[Rule] = None
    for tier in tiers:
        for match in tier.regex.finditer(norm):
            rule = tier.rules[match.lastgroup or ""]
            if attribute and _about_someone_else(norm, match):
                if third is None:
                    third = rule  # tiers run in priority order: the first is the best
                continue
            return Verdict(rule.level, rule.category, rule.name)
    if third is not None:
        return Verdict(third.level, THIRD_PARTY, f"{THIRD_PARTY}:{third.name}")
    return None


def mask(norm: str) -> str:
    """Normalised text with known false friends replaced by a neutral token."""
    return _MASK_RE.sub(_MASK_TOKEN, norm) if norm else norm


def has_false_friend(text: str) -> bool:
    """True when the message contains a known false friend ("crisis loan", "to die for",
    "killing time"): the trained classifier's crisis guess is not trusted on its own then."""
    try:
        norm = normalise(text)
    except Exception:  # noqa: BLE001 - never let this helper break a message
        return False
    return bool(norm) and mask(norm) != norm


def detect_normalised(norm: str) -> Verdict:
    """Regex layers on already-normalised text."""
    masked = mask(norm)
    return (
        _best(masked, _CRISIS_TIERS, attribute=True)
        or _best(masked, _URGENT_TIERS, attribute=False)
        or NO_RISK
    )


OTHER_LANGUAGE = "other_language"
_LONG_TOKEN = re.compile(r"[a-z]{8,}")


@lru_cache(maxsize=8192)
def _split_token(token: str) -> str:
    """A long token split into English words ("iwanttodie" -> "i want to die"), or itself.
    Cached: the same long words (allowance, northamptonshire) come back all the time."""
    from bot.crisis.languages import english_words

    if token in english_words():
        return token
    import wordninja  # its word list loads on first use, so only when needed

    return " ".join(wordninja.split(token))


def split_run_together(norm: str) -> Optional[str]:
    """`norm` with long unknown tokens split into English words, or None if none split."""
    changed = _LONG_TOKEN.sub(lambda m: _split_token(m.group(0)), norm)
    return changed if changed != norm else None


def _second_look(text: str, norm: str) -> Verdict:
    """Every language's phrases, then the rules on run-together words split apart.

    Languages first: a long word in another language splits into English by accident
    ("mon pote va se suicider ce soir" became "suicide r", an English mention the
    English-only meaning check then read as ordinary, so the French phrase never ran)."""
    from bot.crisis import languages

    found = languages.match(text)
    if found is not None:
        return Verdict(found.level, OTHER_LANGUAGE, f"{found.language}:{found.level}:{found.phrase}",
                       found.language)
    verdict = _split_verdict(norm)
    if verdict is not None and verdict.positive:
        return verdict
    return NO_RISK


def _upgrade_self_harm(verdict: Verdict, text: str) -> Verdict:
    """An urgent verdict ("blood everywhere") is a crisis when the same message says the
    harm is self-inflicted ("went too deep"): the second tier's self-harm signals."""
    from bot.crisis.distress import self_inflicted  # distress imports this module

    signal = self_inflicted(text)
    if signal is not None:
        return Verdict(CRISIS, "self_harm", f"{verdict.reason}+{signal}")
    return verdict


# Losing a home beside means in hand or a plan is a crisis, not only a homelessness
# emergency: "im getting evicted, and i found my mums old tablets in a box. thinking about
# it", "got evicted today no money no one. i know which tree in the park. got what i need"
# (fresh dev set p; rounds 63-64 had two more). The crisis reply says 999 too.
_MEANS_OR_PLAN = re.compile(
    r"\b(?:(?:found|got|have|ive got|saved|kept|bought|picked up)\b.{0,40}?\b(?:tablets|pills|meds|paracetamol|"
    r"painkillers|rope|razors?|blades?)|(?:thinking|thought) about it|got what i need|know (?:which|where|how) "
    r"(?:tree|bridge|one|to do it)|enough (?:pills|tablets|to sort it|to end it)|(?:thats|that is) my plan|"
    r"(?:thats|that is) it really|"
    # round 66: "getting evicted, and theres a full packet of my nans tablets right here"
    r"(?:theres|there is|there s) (?:a |an )?(?:full |whole )?(?:packet|box|pack|bottle|strip)s? of (?:\w+ ){0,2}"
    r"(?:tablets|pills|meds|paracetamol|painkillers)|"
    # dev set an: "i have a bottle of vodka and a box of co-codamol and i'm done trying",
    # "got kicked out again. walking towards the railway bridge with no plan to come back"
    r"(?:have|got|ive got) (?:a |an )?(?:\w+ ){0,6}?(?:box|packet|pack|bottle|strip)s? of (?:co codamol|codeine|tramadol|"
    r"sleeping pills|sleeping tablets|my meds)|"
    r"(?:no plan|not planning|dont plan|no intention|not intending) (?:on |of )?(?:to )?(?:coming|come) back|"
    r"(?:walking|heading|going|on my way) (?:to|towards|down to) (?:the )?(?:railway|railway bridge|bridge|tracks|train "
    r"tracks|river|cliffs?|canal|multi ?storey))\b")


# Bleeding that will not stop, told with no cause ("my arm wont stop bleeding and i dont
# want to go a&e cos theyll judge me", "its bleeding and it wont stop, ive had a towel on it
# for 20 mins"): in rounds 7-68 twenty such crisis messages had only the urgent reply, and
# every urgent or ordinary one named its cause (a pregnancy, a stabbing, glass, a fall, a
# kitchen or shaving cut, a nose, head or face) or someone else. The crisis reply says
# 999 and A&E too, and asks if they are safe.
_BLEEDING_CAUSE = re.compile(
    r"\b(?:pregnan\w*|weeks|miscarr\w*|periods?|stab\w*|glass\w*|jumped|punch\w*|attack\w*|"
    r"fell|fall\w*|tripped|slipped|accident\w*|cooking|chopping|onions?|tins?|shav\w*|barber|nose\w*|"
    r"head|face|hand|hands|fingers?|thumbs?|foot|feet|toes?|knees?|lips?|mouth|tooth|teeth|gums?|"
    r"ears?|piercing|pierced|industrial|tattoo\w*|bike|first aid|course|someone|somebody|he|she|"
    r"hes|shes|his|her|him|mate|mates|friend|friends|girlfriend|boyfriend|partner|flatmate|"
    r"housemate|sister|brother|baby|dog|cat|"
    # blood from inside the body is a medical emergency, not a wound
    r"cough\w*|vomit\w*|sick|wee|pee|poo|urine|stools?|spit\w*|"
    # and fainting at a blood test is a needle's doing
    # ("bloods done", not "the bloods gone all over my new duvet", dev set ad)
    r"bloods(?! (?:gone|went|got|all|everywhere|pouring|pumping))|blood (?:test|tests|taken|done|sample)|"
    r"needles?|injections?|jabs?|vaccin\w*)\b")


# Bleeding told beside another sign of a body in trouble counts too: "blood is soaking
# through the towel, how long before i pass out" (fresh dev set u) matched fainting first.
_BLOOD = re.compile(r"\b(?:blood\w*|bleed\w*|bled)\b")


# Shaking hands are how it feels, not where the blood comes from: "sorry typing is bad my
# hands shaking, theres blood everywhere from my arm" (dev set af) is a wound with no cause.
_SHAKING_HANDS = re.compile(r"\b(?:my |me )?hands? (?:are |r |is |keep |keeps |wont stop )?(?:shaking|shakin|shaky|trembling)\b")


def _upgrade_unexplained_bleeding(verdict: Verdict, norm: str) -> Verdict:
    if (verdict.reason == "medical.bleeding" or verdict.reason == "medical.unconscious" and _BLOOD.search(norm)) \
            and not _BLEEDING_CAUSE.search(_SHAKING_HANDS.sub(" ", norm)):
        return Verdict(CRISIS, "self_harm", f"{verdict.reason}+unexplained")
    return verdict


def _upgrade_means(verdict: Verdict, norm: str) -> Verdict:
    if verdict.level == URGENT and verdict.category == "homeless_tonight" and _MEANS_OR_PLAN.search(norm):
        return Verdict(CRISIS, "hopeless_with_means", f"{verdict.reason}+means")
    return verdict


# Not wanting to live, said beside an urgent danger ("cant see a future where im happy. the
# river is right outside my flat and its deep", "lost my flat, lost my job. got a knife on
# me and nowhere to go and no reason to": dev set ae and af): the danger is to themselves,
# so the crisis reply (999 as well, and "Are you safe right now?"), not the urgent one.
_HOPELESS = re.compile(
    r"\b(?:(?:cant|can not|cannot|dont|do not|couldnt) see (?:a|any|no) (?:future|point|way out|reason)|"
    # fresh dev set ap, beside a ledge read as someone outside: "tbh theres no hope for
    # someone like me. the ledge outside my window is right there"
    r"(?:theres|there is) no hope (?:left )?for (?:me|someone like me|people like me)|"
    r"(?:theres |there is |i have |ive got |got )?no (?:reason|point) (?:to|in) (?:live|living|go on|going on|carry on|"
    r"carrying on|keep going|be here|being here|be alive|being alive|stay|staying|wake up|waking up)|"
    r"(?:and|with|got|have|theres|there is) no reason to *$|nothing (?:left )?to live for|"
    r"(?:dont|do not|dont even) want to (?:be here|live|be alive|exist|wake up) any ?more|"
    # round 89 (read after its after-run), beside an eviction: "i honestly dont think i want
    # to carry on living. anyway what happens to my leaving care grant"
    r"(?:dont|do not) (?:think i |really )?want to (?:carry on|go on|keep (?:on )?) ?(?:living|being alive|existing)|"
    r"(?:whats|what is) the point (?:in|of) (?:living|being alive|being here|going on|carrying on|any of it|anything)|"
    r"(?:cant|can not|cannot) (?:go on|carry on|keep going) (?:like this|any ?more)|"
    r"(?:want|wanna|need) (?:it|everything|this) (?:all )?to (?:end|be over)|"
    # dev set an, beside an eviction: "... and i'm done trying" at the end of the message
    r"(?:i am|im) (?:so |just )?done (?:trying|with (?:it all|everything|life|living))(?= ?(?:\.|$)))\b")


# A medical emergency the person did to themselves, said in words the self-harm signals do
# not hold ("i know im meant to ring someone when the urges come. i didnt. now theres blood
# everywhere", "hit my head against the wall till i went dizzy. doing it more and more",
# "ate the whole pack and now my chest feels tight", "is there a number for someone who
# helps with sh. its bad tonight, cant stop the bleeding": dev set ah). Only ever an upgrade of
# a medical verdict, so an ordinary "urge" or "ate the whole pack of biscuits" is untouched;
# "my mates taken a whole pack" is someone else's emergency (the urgent reply).
_SELF_DONE = re.compile(
    r"\b(?:the |my |these |those )?urges?\b|\bdoing it (?:more and more|more often|again|every (?:day|night))\b|"
    r"\b(?:sh|self harm\w*)\b|\bmade sure (?:of it|this time)\b|"
    # dev set an: "tied a hair bobble round my fingers til they went blue and i keep doing it to hurt"
    r"\b(?:keep|kept|been) doing it to hurt\b|\b(?:doing|do|did) (?:it|this) to (?:hurt|punish) (?:myself|me)\b|"
    r"(?:^|\bi |\bive |\bi ve |\bjust )(?:ate|eaten|had|took|taken|necked|swallowed|downed) (?:the|a|my) whole "
    r"(?:pack|packet|box|strip|bottle|blister)\b")


def _upgrade_self_done(verdict: Verdict, norm: str) -> Verdict:
    if verdict.level == URGENT and verdict.reason.startswith("medical.") and _SELF_DONE.search(norm):
        return Verdict(CRISIS, "self_harm", f"{verdict.reason}+self_done")
    return verdict


# Sat on a ledge, an edge or a roof is the danger to themselves (round 84, read after its
# after-run: "the ledge outside my window is wide enough to sit on. been sat here since 1"
# had the urgent reply, for someone outside).
_ON_THE_EDGE = re.compile(r"\b(?:ledge|edge|roof|rooftop|parapet|railing)\b.{0,60}?\b(?:sat|sitting|sit|stood|standing|"
                          r"been here|been sat)\b|\b(?:sat|sitting|stood|standing)\b.{0,30}?\bon (?:the |a |my )?"
                          r"(?:ledge|edge|roof|rooftop|parapet|railing)\b")


_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|someone|somebody|a man|a guy|my (?:mate|friend|brother|sister))\b")


def _upgrade_on_the_edge(verdict: Verdict, norm: str) -> Verdict:
    if verdict.level == URGENT and verdict.category == "being_hurt" and _ON_THE_EDGE.search(norm) \
            and not _SOMEONE_ELSE.search(norm):
        return Verdict(CRISIS, "suicidal", f"{verdict.reason}+on_the_edge")
    return verdict


def _upgrade_hopeless(verdict: Verdict, norm: str) -> Verdict:
    if verdict.level == URGENT and _HOPELESS.search(norm):
        return Verdict(CRISIS, "hopeless_with_means", f"{verdict.reason}+hopeless")
    return verdict


def _more_severe(a: Verdict, b: Optional[Verdict]) -> Verdict:
    if b is None:
        return a
    return b if LEVELS.index(b.level) > LEVELS.index(a.level) else a


@dataclass(frozen=True)
class FirstPass:
    """The doc-free part of `detect`: the regex layers' verdict on the normalised text
    (`rules`) and the whole verdict without a spaCy Doc (`verdict`)."""

    rules: Verdict
    verdict: Verdict


def _first_pass(text: str) -> FirstPass:
    norm = normalise(text)
    rules = detect_normalised(norm)
    if not rules.positive:
        return FirstPass(rules, _second_look(text, norm))
    if rules.level == URGENT:
        upgraded = _upgraded(rules, text, norm)
        if upgraded.level == URGENT:
            upgraded = _more_severe(upgraded, _split_crisis(norm))
        return FirstPass(rules, upgraded)
    return FirstPass(rules, rules)


# In this order: each sees the verdict the one before it left.
_UPGRADES_ON_NORM = (_upgrade_unexplained_bleeding, _upgrade_means, _upgrade_self_done, _upgrade_hopeless,
                     _upgrade_on_the_edge)


def _upgraded(urgent: Verdict, text: str, norm: str) -> Verdict:
    """An urgent verdict made a crisis by what else the message says."""
    verdict = _upgrade_self_harm(urgent, text)
    for upgrade in _UPGRADES_ON_NORM:
        verdict = upgrade(verdict, norm)
    return verdict


def _split_verdict(norm: str) -> Optional[Verdict]:
    """The rules' verdict on `norm` with its run-together words split apart, an urgent one
    upgraded as unsplit text is (reason prefixed "split:"); None if nothing splits."""
    split = split_run_together(norm)
    if split is None:
        return None
    split_norm = normalise(split)
    verdict = detect_normalised(split_norm)
    if verdict.level == URGENT:
        verdict = _upgraded(verdict, split, split_norm)
    return Verdict(verdict.level, verdict.category, f"split:{verdict.reason}")


def _split_crisis(norm: str) -> Optional[Verdict]:
    """A crisis hidden in run-together words beside an urgent one: "wanttodie so bad rn cant
    even breathe properly", "cantmakeitstop bleeding all over the bathroom floor" (dev set
    ad) had only the medical reply, because the split runs only when nothing else fired."""
    verdict = _split_verdict(norm)
    return verdict if verdict is not None and verdict.level == CRISIS else None


# Computed once per message text in a process: the Rasa server's REST channel judges a
# message before the bot sees it, and the NLU component (same process, same text) then
# only adds the lemma layer. The detector is a pure function of the text, so a remembered
# answer is the answer; a few hundred recent texts are kept.
_remembered_first_pass = lru_cache(maxsize=512)(_first_pass)


def first_pass(text: str) -> FirstPass:
    return _remembered_first_pass(text) if isinstance(text, str) else _first_pass(text)


def detect(text: str, doc: Any = None, *, remember: bool = True) -> Verdict:
    """Classify one message. `doc` is an optional spaCy Doc of the same text.
    `remember=False` does the whole work even for a text seen before (benchmarks).

    Never raises: on an internal error it falls back to the crudest safe check rather
    than returning "no risk" silently.
    """
    try:
        first = first_pass(text) if remember else _first_pass(text)
        verdict = first.rules
        if doc is not None and verdict.level != CRISIS:
            from bot.crisis.lemma import lemma_verdict  # spaCy only when a doc exists

            verdict = _more_severe(verdict, lemma_verdict(doc))
        if verdict == first.rules:
            verdict = first.verdict  # the lemmas added nothing: the doc-free path holds
        elif verdict.level == URGENT:  # the lemmas found more than the rules (so positive)
            norm = normalise(text)
            verdict = _upgraded(verdict, text, norm)
    except Exception:
        log.exception("crisis detector failed; using fallback check")
        return _fallback(text)
    if verdict.positive:
        log.debug("crisis detector: %s/%s via %s", verdict.level, verdict.category, verdict.reason)
    return verdict


_FALLBACK_RE = re.compile(
    r"suicid|kill\W*(?:my|me)\W*self|want\W*to\W*die|overdos|self\W*harm|end\W*(?:it|my life)"
)


def _fallback(text: Any) -> Verdict:
    try:
        lowered = str(text).lower()
    except Exception:  # noqa: BLE001
        return NO_RISK
    if _FALLBACK_RE.search(lowered):
        return Verdict(CRISIS, "suicidal", "fallback")
    return NO_RISK
