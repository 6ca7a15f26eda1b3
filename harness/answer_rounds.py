"""Score question-answer cases (tests/answers/**/*.yml) through the real REST channel.

Every case is sent as a new sender, turn by turn; what is judged is everything the bot
says in reply to the last turn. Each case lands in one of four outcomes:

- correct: every `must` item is in the reply and no `must_not` item is;
- wrong: a `must_not` item is there, or the bot answered (neither asked nor said it didn't
  know) without what was asked. A confident wrong fact is the worst outcome, so it is
  counted apart from the two honest ones below;
- clarified: the bot asked which council, or which of two or three things was meant;

What is judged is what the young person sees: the text of each reply and the titles of
its buttons.
- didn't know: the bot said it didn't understand, or that it doesn't know.

Matching ignores case, and commas and spaces between digits ("£3,000" = "£3000",
"01604 364778" = "01604364778"). A `must` item that is a list is satisfied by any of it.

Run by hand: `python -m harness.answer_rounds tests/answers/heldout/round2.yml`
(starts the servers as `make run` does, on free ports, with throwaway databases).
"""
from __future__ import annotations

import re
import sys
import tempfile
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

OUTCOMES = ("correct", "clarified", "didn't know", "wrong")

# Replies that ask instead of answering.
CLARIFY_MARKERS = ("which council looked after you", "which one looked after you",
                   "which of these did you mean", "did you mean")
# Replies that say the bot didn't understand, or doesn't know.
DIDNT_KNOW_MARKERS = ("sorry, i didn't get that", "sorry, i can't help with that",
                      "i don't know what", "i only have the offers for", "i won't guess",
                      "i don't have that", "i didn't understand the rest",
                      # The crisis layer's check-in where NLU could not place a message
                      # (domain.yml utter_check_in): it says it did not
                      # understand, so it is no confident wrong answer. Counted as wrong
                      # until 2026-12-05 (docs/answer-rounds/README.md).
                      "i'm not sure i understood that")

Say = Callable[[str, str], list[dict]]
_DIGIT_GAP = re.compile(r"(?<=\d)[,\s]+(?=\d)")


def normalise(text: str) -> str:
    return _DIGIT_GAP.sub("", text.replace("\u2019", "'")).lower()


def _has(text: str, item: Any) -> bool:
    options = item if isinstance(item, list) else [item]
    return any(normalise(str(option)) in text for option in options)


@dataclass
class Case:
    id: str
    turns: list[str]
    expect: str
    must: list[Any]
    must_not: list[Any]
    authority: str
    fact: str

    @classmethod
    def from_yaml(cls, raw: dict) -> "Case":
        return cls(id=str(raw["id"]), turns=[str(t) for t in raw["turns"]],
                   expect=str(raw.get("expect", "answer")), must=list(raw.get("must") or []),
                   must_not=list(raw.get("must_not") or []),
                   authority=str(raw.get("authority") or ""), fact=str(raw.get("fact") or ""))


def seen(replies: list[dict]) -> str:
    """What the young person sees: each message's text and its buttons' titles."""
    parts = []
    for reply in replies:
        parts.append(reply.get("text") or "")
        parts += [f"[{b.get('title')}]" for b in reply.get("buttons") or []]
    return "\n".join(parts)


def judge(case: Case, replies: list[dict]) -> str:
    """One of OUTCOMES for the bot's replies to the case's last turn."""
    text = normalise(seen(replies))
    found_all = all(_has(text, item) for item in case.must)
    forbidden = any(_has(text, item) for item in case.must_not)
    if forbidden:
        return "wrong"
    if found_all and (case.must or case.expect != "clarify"):
        return "correct"
    if any(marker in text for marker in CLARIFY_MARKERS):
        return "correct" if case.expect == "clarify" and found_all else "clarified"
    if any(marker in text for marker in DIDNT_KNOW_MARKERS) or not text.strip():
        return "didn't know"
    return "wrong"


@dataclass
class Result:
    case: Case
    outcome: str
    reply: str


@dataclass
class Score:
    results: list[Result] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(r.outcome == outcome for r in self.results)

    def rate(self, outcome: str) -> float:
        return self.count(outcome) / max(len(self.results), 1)

    def table_row(self, name: str) -> str:
        cells = " | ".join(f"{self.count(o)} ({self.rate(o):.1%})" for o in OUTCOMES)
        return f"| {name} | {len(self.results)} | {cells} |"

    def report(self, name: str) -> str:
        lines = ["| set | cases | " + " | ".join(OUTCOMES) + " |",
                 "|---|---:|" + "---:|" * len(OUTCOMES), self.table_row(name), ""]
        by_scope = Counter((r.case.authority, r.outcome) for r in self.results)
        scopes = sorted({r.case.authority for r in self.results})
        for scope in scopes:
            total = sum(n for (s, _), n in by_scope.items() if s == scope)
            lines.append(f"{scope or '(none)'}: {by_scope[(scope, 'correct')]}/{total} correct")
        for r in self.results:
            if r.outcome != "correct":
                turns = " / ".join(r.case.turns)
                lines.append(f"- **{r.outcome}** {r.case.id} [{r.case.fact}] {turns!r} -> "
                             f"{r.reply[:300]!r}")
        return "\n".join(lines)


def load_cases(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Case.from_yaml(raw) for raw in data["cases"]]


def run_case(say: Say, case: Case) -> Result:
    sender = f"answers-{uuid.uuid4().hex}"
    replies: list[dict] = []
    for turn in case.turns:
        replies = say(sender, turn)
    return Result(case, judge(case, replies), seen(replies).replace("\n", " / "))


def score_cases(say: Say, cases: list[Case], workers: int = 4) -> Score:
    with ThreadPoolExecutor(workers) as pool:
        return Score(list(pool.map(lambda c: run_case(say, c), cases)))


def main(argv: Optional[list[str]] = None) -> int:
    from harness.servers import running_bot, say

    paths = [Path(p) for p in (argv if argv is not None else sys.argv[1:])]
    with tempfile.TemporaryDirectory() as tmp, running_bot(Path(tmp)) as settings:
        for path in paths:
            score = score_cases(lambda s, t: say(settings, s, t), load_cases(path))
            print(f"== {path}\n{score.report(path.stem)}\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
