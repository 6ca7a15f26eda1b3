"""Held-out crisis set: written before its first run and never tuned against.

It measures how the deterministic layer generalises to phrasing it has not seen. The
target is 95% recall; the regex layer alone is below it (see crisis_holdout.yml's header),
which is why DIET is the other layer. This test fails if recall drops below the measured
floor or false alarms rise above 3%, and warns (listing every miss) while below target.
"""
from __future__ import annotations

import warnings

from tests.crisis.scoring import score

TARGET_RECALL = 0.95
MEASURED_FLOOR = 0.75  # round 5 first run: 49/64 = 76.6%; do not lower it to pass
MAX_FALSE_ALARM_RATE = 0.03


def test_holdout_is_big_enough(holdout_set):
    assert len(holdout_set["crisis"]) + len(holdout_set["urgent"]) >= 60
    assert len(holdout_set["negative"]) >= 60


def test_holdout_recall(holdout_set):
    s = score(holdout_set)
    if s.recall < TARGET_RECALL:
        warnings.warn(
            f"held-out recall {s.recall:.1%} is below the {TARGET_RECALL:.0%} target\n"
            + s.report(),
            stacklevel=1,
        )
    assert s.recall >= MEASURED_FLOOR, s.report()


def test_holdout_false_alarms(holdout_set):
    s = score(holdout_set)
    assert s.false_alarm_rate <= MAX_FALSE_ALARM_RATE, s.report()
