"""Transcripts of issue 13's acceptance conversations through the real REST channel.

`python -m harness.crisis_transcripts > docs/crisis-rounds/transcripts.md` starts the
servers as `make run` does and writes each conversation as markdown. The check-in's buttons
send "/deny" ("No, I'm not safe") and "/affirm" ("Yes, I'm OK"), as a tap does;
"/ask_eligibility" is the "Am I a care leaver?" button, which starts the eligibility form.
"""
from __future__ import annotations

from harness.answer_transcripts import write

CONVERSATIONS: list[tuple[str, list[str]]] = [
    ("A check-in answered 'No, I'm not safe'", ["made my peace with it all", "/deny"]),
    ("A check-in answered 'I'm OK', then the question goes on",
     ["whats the point of the bursary, i wont be around for uni", "/affirm", "derby"]),
    ("A crisis message in Polish", ["nie chcę już żyć"]),
    ("A crisis message in Arabic", ["أريد أن أموت"]),
    ("Romanised Arabic the classifier took for a money question",
     ["bdi i2tol 7ali"]),
    ("A crisis message in the middle of the eligibility form",
     ["/ask_eligibility", "who cares how old i am, i won't get older"]),
    # Added 2026-12-05 (next session): a language added that day, vague distress that got
    # "Sorry, I didn't get that" before, and an overdose a mask used to hide.
    ("A crisis message in Italian", ["non voglio più vivere, sono stanco di tutto"]),
    ("Feeling low, which the bot did not understand", ["i'm in a really dark place"]),
    ("An overdose of a named medicine", ["took an overdose of paracetamol"]),
]


def main() -> int:
    return write("Issue 13 transcripts (REST, first replies and what follows)", CONVERSATIONS)


if __name__ == "__main__":
    raise SystemExit(main())
