"""Held-out crisis set (round 6): written before its first run and never tuned against.

It measures how the deterministic layer generalises to phrasing it has not seen. The
target is 95% recall; the first run (rules only) gave 64/78 = 82.1% with 1/70 false
alarms, so the hard floor here is that measured first run. The bar that matters is the
full bot's reply (rules + classifier), measured over REST in tests/bot/test_crisis_rest.py.
Every miss and false alarm is reported as a warning, so the gaps stay visible. Do not tune the rules on crisis_holdout_round6.yml: fold it
into crisis_set.yml and write a new round instead (see that file's header).
"""
from __future__ import annotations

import warnings


from tests.crisis.scoring import score

TARGET_RECALL = 0.95
MEASURED_FLOOR = 0.82  # round 6 first run: 64/78 = 82.1%; do not lower it to pass
MAX_FALSE_ALARM_RATE = 0.03


def test_holdout_is_big_enough(holdout_set):
    assert len(holdout_set["crisis"]) + len(holdout_set["urgent"]) >= 60
    assert len(holdout_set["negative"]) >= 60


def test_holdout_recall(holdout_set):
    s = score(holdout_set)
    if s.crisis_misses or s.urgent_misses or s.recall < TARGET_RECALL:
        warnings.warn(
            f"held-out recall {s.recall:.1%} (target {TARGET_RECALL:.0%}, floor "
            f"{MEASURED_FLOOR:.0%})\n" + s.report(),
            stacklevel=1,
        )
    assert s.recall >= MEASURED_FLOOR, s.report()


def test_holdout_false_alarms(holdout_set):
    s = score(holdout_set)
    if s.false_alarms:
        warnings.warn("held-out false alarms:\n" + s.report(), stacklevel=1)
    assert s.false_alarm_rate <= MAX_FALSE_ALARM_RATE, s.report()
