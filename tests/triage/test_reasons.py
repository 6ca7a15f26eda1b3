"""Why a case was raised, in plain words (bot/triage/reasons.py)."""
from __future__ import annotations

import re

import pytest

from bot.crisis import case_reason, detect
from bot.crisis.detector import OTHER_LANGUAGE, THIRD_PARTY
from bot.crisis.patterns import CRISIS_RULES, URGENT_RULES
from bot.triage.reasons import CATEGORY_WORDS, GENERIC, plain_reason, verdict_words

ALL_RULES = list(CRISIS_RULES) + list(URGENT_RULES)
CODE = re.compile(r"[a-z]+[._][a-z_]+")  # suicidal.want_to_die, self_harm, third_party:...


def test_every_category_the_detector_can_produce_has_words():
    from bot.crisis.component import UNSPECIFIED

    categories = {r.category for r in ALL_RULES} | {THIRD_PARTY, OTHER_LANGUAGE, UNSPECIFIED}
    assert categories <= set(CATEGORY_WORDS), categories - set(CATEGORY_WORDS)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_reads_as_plain_words(rule):
    for reason in (f"{rule.category}: {rule.name}", f"{rule.category}: split:{rule.name}",
                   f"{THIRD_PARTY}: {THIRD_PARTY}:{rule.name}"):
        words = plain_reason(reason, rule.level)
        assert words and words[0].isupper(), reason
        assert not CODE.search(words) and rule.name not in words and ":" not in words, (reason, words)
        assert words not in GENERIC.values(), (reason, words)


@pytest.mark.parametrize("message, words", [
    ("i want to die", "Said they want to die"),
    ("i will kill myself", "Said they want to kill themselves"),
    ("I'm going to kill myself tonight", "Said they want to end their life"),
    ("my friend says she wants to die", CATEGORY_WORDS[THIRD_PARTY]),
    ("I've been kicked out and I have nowhere to sleep tonight", "Has been thrown out and has nowhere to stay"),
])
def test_real_messages_through_the_detector(message, words):
    """What a case raised from this message says (actions.triage.crisis_reason's code)."""
    assert plain_reason(case_reason(detect(message).as_dict()), detect(message).level) == words


def test_another_language_names_the_language():
    verdict = detect("nie dam rady dluzej")
    assert verdict.category == OTHER_LANGUAGE
    assert plain_reason(case_reason(verdict), verdict.level) == "A crisis message in Polish"
    assert plain_reason("other_language: xx:urgent:3", "urgent") == "An urgent safety message in another language"


@pytest.mark.parametrize("reason, severity, words", [
    # actions/check_in.py's "No, I'm not safe", after a crisis message and after a check-in
    ("said they are not safe right now (after suicidal: suicidal.want_to_die)", "crisis",
     "Said they are not safe right now. Before that: said they want to die"),
    ("said they are not safe right now (after a check-in on: scared)", "crisis",
     "Said they are not safe right now, when the assistant asked after a worrying message"),
    ("said they are not safe right now", "crisis", "Said they are not safe right now"),
    ("asked to talk to a person", "handoff", "Asked to talk to a person"),
    # the trained classifier alone (bot/crisis/component.py)
    ("unspecified: classifier:crisis:0.93", "crisis",
     "A message the assistant treated as a crisis, although it matched no known phrase"),
    ("unspecified: classifier:urgent_safety:0.80", "urgent",
     "A message the assistant treated as urgent, although it matched no known phrase"),
    # bot/resilience.py, with and without a verdict
    ("raised while the action server was down", "crisis",
     "A message the assistant treated as a crisis (raised while part of the assistant was down)"),
    ("self_harm: self_harm.urge", "crisis", "Said they want to hurt themselves"),
    # bot/rasa/channels/rest.py when the bot failed
    ("suicidal: suicidal.want_to_die (the bot failed on this message; the REST channel replied)", "crisis",
     "Said they want to die. The assistant broke down on this message, but the contacts were still sent"),
    ("crisis (the bot failed on this message; the REST channel replied)", "crisis",
     "A message the assistant treated as a crisis. The assistant broke down on this message, but the "
     "contacts were still sent"),
    # unknown codes: a safe generic sentence, never the code
    ("raised by the assistant", "crisis", "A message the assistant treated as a crisis"),
    ("suicidal: some.rule_added_later", "crisis", CATEGORY_WORDS["suicidal"]),
    ("brand_new_category: brand_new.rule", "urgent", "A message the assistant treated as urgent"),
    ("Crisis message (category: x)", "crisis", "A message the assistant treated as a crisis"),
    ("", "crisis", "A message the assistant treated as a crisis"),
    (None, None, "A message the assistant treated as a crisis"),
])
def test_reasons_the_actions_write(reason, severity, words):
    assert plain_reason(reason, severity) == words


def test_a_messages_verdict_in_words():
    assert verdict_words({"level": "crisis", "category": "suicidal", "reason": "suicidal.want_to_die"}) == \
        "Said they want to die"
    assert verdict_words({"level": "urgent", "category": "mystery", "reason": "x"}) == GENERIC["urgent"]
    assert verdict_words(None) == ""


def _reason_literals() -> list[tuple[str, str, str]]:
    """(file, severity, reason) for every raise_case call in actions/ and bot/ whose reason
    starts with a string literal ("asked to talk to a person", "said they are not safe ...")."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted([*(root / "actions").rglob("*.py"), *(root / "bot").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("raise_case", "raise_case_async", "raise_triage_case"):
                continue
            severity, reason = node.args[0], node.args[1]
            if isinstance(reason, ast.BinOp):
                reason = reason.left
            if isinstance(severity, ast.Constant) and isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                found.append((path.relative_to(root).as_posix(), severity.value, reason.value))
    return found


def test_every_reason_an_action_writes_has_its_own_words():
    literals = _reason_literals()
    assert {r for _, _, r in literals} >= {"asked to talk to a person", "said they are not safe right now"}
    for path, severity, reason in literals:
        assert plain_reason(reason, severity) not in GENERIC.values() or severity == "handoff", (path, reason)
