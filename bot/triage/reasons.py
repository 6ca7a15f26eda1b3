"""Why a case was raised, in plain words for a duty worker at 2am.

A case's `reason` is a code, never the young person's words (docs/privacy.md): the crisis
detector's "category: rule" (`bot.crisis.case_reason`, e.g. "suicidal: suicidal.want_to_die"),
or a fixed phrase from an action ("asked to talk to a person", "said they are not safe right
now (after ...)"), sometimes with a note from the REST channel. `plain_reason` turns any of
them into one short sentence; a code it does not know becomes a safe generic sentence, never
the code itself.

CATEGORY_WORDS is the one table of what each category means. tests/triage/test_reasons.py
checks it covers every category the detector (bot/crisis/patterns.py, detector.py,
component.py) can produce, so a new category can't reach the dashboard as a code.
"""
from __future__ import annotations

import re
from typing import Optional

# Every crisis / urgent category the detector, its NLU component and the actions produce.
CATEGORY_WORDS = {
    # crisis
    "suicidal": "Talked about wanting to die or to end their life",
    "self_harm": "Talked about hurting themselves (self-harm)",
    "overdose": "Said they have taken, or will take, too many pills or something harmful",
    "method_seeking": "Asked about ways to end their life",
    "third_party": "Worried that someone else may be about to harm themselves or die",
    # urgent
    "medical_emergency": "Described a medical emergency",
    "being_hurt": "Being hurt, threatened or not safe from someone",
    "exploitation": "May be being exploited (made to do things for someone, such as carrying drugs or sex)",
    "homeless_tonight": "Nowhere safe to stay tonight",
    # detector layers that don't name what the message was about
    "other_language": "A crisis message in another language",
    "unspecified": "A message the assistant treated as a crisis, although it matched no known phrase",
}

# Rules whose meaning is sharper than their category's (rule name -> words).
RULE_WORDS = {
    "suicidal.want_to_die": "Said they want to die",
    "suicidal.kill_myself": "Said they want to kill themselves",
    "suicidal.suicide": "Talked about suicide",
    "suicidal.end_my_life": "Said they want to end their life",
    "suicidal.want_to_end": "Said they want to end their life",
    "suicidal.end_it_all": "Said they want to end it all",
    "suicidal.dont_want_to_live": "Said they don't want to live",
    "suicidal.cant_go_on": "Said they can't go on",
    "suicidal.attempt": "Talked about trying to end their life",
    "suicidal.final_plan": "Talked about a plan to end their life",
    "suicidal.method_stated": "Talked about a way to end their life",
    "suicidal.goodbye": "Sent what sounds like a goodbye",
    "suicidal.goodbye_love": "Sent what sounds like a goodbye",
    "suicidal.goodbye_gone_quiet": "Sent what sounds like a goodbye",
    "suicidal.note": "Talked about a goodbye note",
    "suicidal.last_message": "Said this may be their last message",
    "self_harm.urge": "Said they want to hurt themselves",
    "self_harm.relapse": "Said they have started hurting themselves again",
    "overdose.took_amount": "Said they have taken too many pills",
    "overdose.took_overdose": "Said they have taken an overdose",
    "overdose.whole_supply": "Said they have taken all their pills",
    "overdose.stockpile": "Talked about saving up pills",
    "medical.breathing": "Someone can't breathe properly",
    "medical.unconscious": "Someone is unconscious",
    "medical.collapsed": "Someone has collapsed",
    "medical.bleeding": "Someone is bleeding badly",
    "being_hurt.threat_to_kill": "Someone has threatened to kill them",
    "being_hurt.domestic": "Being hurt at home (domestic abuse)",
    "being_hurt.outside": "Someone is outside their door and they are scared",
    "being_hurt.breaking_in": "Someone is trying to break in",
    "being_hurt.spiked": "May have been spiked",
    "being_hurt.not_safe": "Not safe where they are",
    "exploitation.county_lines": "May be being made to carry or sell drugs (county lines)",
    "exploitation.sexual": "May be being sexually exploited",
    "exploitation.coerced_sex": "May be being made to have sex",
    "exploitation.trafficking": "May have been trafficked",
    "homeless.kicked_out": "Has been thrown out and has nowhere to stay",
    "homeless.evicted": "Has been evicted and has nowhere to stay",
    "homeless.rough": "Sleeping outside",
    "homeless.sleeping_out": "Sleeping outside",
    "homeless.living_rough": "Sleeping outside",
    "homeless.locked_out": "Locked out with nowhere to stay",
}

# Fixed phrases the actions and the action-server fallback write.
PHRASE_WORDS = {
    "asked to talk to a person": "Asked to talk to a person",
    "said they are not safe right now": "Said they are not safe right now",
}

GENERIC = {
    "crisis": "A message the assistant treated as a crisis",
    "urgent": "A message the assistant treated as urgent",
    "handoff": "Asked to talk to a person",
    "info": "A question the assistant passed to the duty team",
}
NOT_SAFE = "said they are not safe right now"
REST_FAILED = " (the bot failed on this message; the REST channel replied)"
DOWN = "raised while the action server was down"
_AFTER = re.compile(r"^\s*\(after (?P<what>.*)\)\s*$")
_LEVELS = ("crisis", "urgent")


def generic(severity: Optional[str]) -> str:
    return GENERIC.get(severity or "", GENERIC["crisis"])


def _language_name(code: str) -> Optional[str]:
    try:
        from bot.crisis.languages import language  # its file loads on first use only

        found = language(code)
    except Exception:  # noqa: BLE001 - a label must never break a page
        return None
    return found.name if found else None


def _rule_words(rule: str) -> Optional[str]:
    """Words for a detector rule name, e.g. "split:suicidal.want_to_die" or
    "being_hurt.scared+went_too_deep" (the first rule is the one that counts)."""
    rule = rule.strip()
    for prefix in ("split:", "third_party:"):
        rule = rule.removeprefix(prefix)
    rule = rule.split("+", 1)[0]
    return RULE_WORDS.get(rule)


def _detector_words(category: str, rule: str, severity: Optional[str]) -> Optional[str]:
    """Words for a detector verdict (`category`, its `reason`), or None for an unknown one."""
    category = category.strip().lower()
    if category == "other_language":
        parts = rule.split(":")
        name = _language_name(parts[0]) if parts and parts[0] else None
        level = parts[1] if len(parts) > 1 and parts[1] in _LEVELS else (severity or "crisis")
        what = "A crisis message" if level == "crisis" else "An urgent safety message"
        return f"{what} in {name}" if name else f"{what} in another language"
    if category == "unspecified" and ":urgent" in rule:
        return "A message the assistant treated as urgent, although it matched no known phrase"
    if category == "third_party":
        return CATEGORY_WORDS["third_party"]
    return _rule_words(rule) or CATEGORY_WORDS.get(category)


def plain_reason(reason: Optional[str], severity: Optional[str] = None) -> str:
    """One plain sentence for a case's reason code (or a detector verdict's "category:
    rule"). Never returns the code itself: unknown codes get `generic(severity)`."""
    text = (reason or "").strip()
    tail = ""
    if text.endswith(REST_FAILED.strip()) or REST_FAILED in text:
        text = text.replace(REST_FAILED, "").replace(REST_FAILED.strip(), "").strip()
        tail = ". The assistant broke down on this message, but the contacts were still sent"
    lowered = text.lower()
    if lowered.startswith(NOT_SAFE):
        said = PHRASE_WORDS[NOT_SAFE]
        after = _AFTER.match(text[len(NOT_SAFE):])
        if after:
            what = after.group("what")
            if what.startswith("a check-in on"):
                said += ", when the assistant asked after a worrying message"
            else:
                earlier = plain_reason(what, "crisis")
                said += ". Before that: " + earlier[0].lower() + earlier[1:]
        return said + tail
    if lowered in PHRASE_WORDS:
        return PHRASE_WORDS[lowered] + tail
    if lowered == DOWN:
        return generic(severity) + " (raised while part of the assistant was down)" + tail
    words: Optional[str] = None
    if ": " in text:
        category, rule = text.split(": ", 1)
        words = _detector_words(category, rule, severity)
    elif lowered in CATEGORY_WORDS or lowered in _LEVELS:
        words = CATEGORY_WORDS.get(lowered) or GENERIC[lowered]
    return (words or generic(severity)) + tail


def verdict_words(verdict: Optional[dict]) -> str:
    """Plain words for the crisis detector's verdict on one message (the transcript's flag)."""
    if not verdict:
        return ""
    level = verdict.get("level") or "crisis"
    category = str(verdict.get("category") or "")
    rule = str(verdict.get("reason") or "")
    words = _detector_words(category, rule, level) if category else None
    return words or generic(level)
