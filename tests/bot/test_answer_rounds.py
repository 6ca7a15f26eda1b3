"""The question-answer rounds through the real REST channel (issue 15).

tests/answers/dev/ was written to develop against; tests/answers/heldout/ was written before
the change it measures and is never tuned on. Both are held to floors from their runs after
that change (harness/answer_floors.py; docs/answer-rounds/README.md has the figures); do not
lower them to pass. pytest runs the held-out rounds and the newest dev files; `make bench`
scores the older dev files against the same floors (`ALL_ANSWER_ROUNDS=1` runs every file
here). Every failure is printed, so `pytest -s` shows them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.settings import Settings
from harness.answer_floors import (ANSWERS_DIR, FLOORS, RECENT_DEV_IN_SUITE, answer_files, below_floor,
                                   bench_only_files, key, suite_files)
from harness.answer_rounds import load_cases, score_cases
from tests.support.servers import say

pytestmark = pytest.mark.server
ROUNDS = answer_files() if os.environ.get("ALL_ANSWER_ROUNDS") else suite_files()


def test_every_round_has_a_floor() -> None:
    files = {key(p) for p in ANSWERS_DIR.glob("*/*.yml")}
    assert files and files == set(FLOORS)


def test_pytest_keeps_every_held_out_round_and_the_newest_dev_files() -> None:
    """Only older dev files leave pytest for `make bench`: whatever is held out, and the
    dev files a session is working on, always run here."""
    leaving = bench_only_files()
    assert all(p.parent.name == "dev" for p in leaving)
    assert set(leaving) | set(suite_files()) == set(answer_files())
    assert not set(leaving) & set(suite_files())
    dev_in_suite = [p for p in suite_files() if p.parent.name == "dev"]
    all_dev = [p for p in answer_files() if p.parent.name == "dev"]
    assert len(dev_in_suite) == min(RECENT_DEV_IN_SUITE, len(all_dev))
    assert key(dev_in_suite[-1]) == [k for k in FLOORS if k.startswith("dev/")][-1]
    assert {p for p in answer_files() if p.parent.name == "heldout"} <= set(suite_files())


@pytest.mark.parametrize("path", ROUNDS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_a_round_keeps_its_floor(bot_servers: Settings, path: Path) -> None:
    score = score_cases(lambda sender, text: say(bot_servers, sender, text), load_cases(path))
    report = score.report(path.stem)
    print(f"\n== {path}\n{report}")
    assert not below_floor(score, key(path)), report
