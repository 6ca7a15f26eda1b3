"""Which crisis rounds are measured where, and the figures each must keep (issue 13).

tests/crisis/heldout/ rounds were written before the changes they measure. Once the meaning
check learns a round (bot/crisis/meaning.py TRAINING_FILES) it no longer measures how the
bot does on wording it has not seen; it only guards against regressions. Sending every
round through REST took pytest past its 20-minute budget, so the suite
(tests/bot/test_crisis_rounds.py) runs the rounds still held out, the four newest dev rounds
(read and tuned on) and the two most recently learned, and `make bench` scores the older
learned and dev rounds against the same floors
(BENCHMARKS.md, "Crisis rounds the meaning check has learned"). `ALL_CRISIS_ROUNDS=1 make
test` runs every round in the suite.
"""
from __future__ import annotations

from pathlib import Path

from harness.crisis_rounds import RoundScore

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT_DIR = ROOT / "tests" / "crisis" / "heldout"
# Two, not four, since 2026-12-05: six unlearned rounds (37-42) now run in the suite.
RECENT_LEARNED_IN_SUITE = 2
# The rounds still held out: written before the changes they measure, their after-run not
# yet read. Every other unlearned round has been read in full for a closing note and tuned
# on (it is dev, docs/crisis-rounds/README.md), so it measures nothing unseen either; the
# suite keeps the newest few of those and `make bench` scores the rest (third session of
# 2026-12-05, when 18 REST rounds took a CI run to 18.5 minutes). Move the pair along when a
# session runs the next rounds (tests/unrun/README.md).
# Rounds 73 and 74 were written at the start of the eleventh session of 2026-12-06 and first
# run at the start of the twelfth (2026-12-06), before any change they measure. They stay
# named here (so they run in pytest against their first-run floors) until the next session
# moves rounds 75 and 76 in from tests/unrun/ and runs them first. Rounds 71 and 72 are dev
# since.
# Rounds 75 and 76 were written at the start of the twelfth session of 2026-12-06 and first
# run at the start of the thirteenth (2026-12-06), before any change they measure. Rounds 73
# and 74 are dev since.
# Rounds 77 and 78 were written at the start of the thirteenth session of 2026-12-06 and first
# run at the start of the fourteenth (2026-12-06), before any change they measure. Rounds 75
# and 76 are dev since.
# Rounds 79 and 80 were written at the start of the fourteenth session of 2026-12-06 and first
# run at the start of the fifteenth (2026-12-06), before any change they measure. Rounds 77
# and 78 are dev since.
# Rounds 81 and 82 were written at the start of the fifteenth session of 2026-12-06 and first
# run at the start of the sixteenth (2026-12-07), before any change they measure. Rounds 79
# and 80 are dev since.
# Rounds 83 and 84 were written at the start of the sixteenth session of 2026-12-07 and first
# run at the start of the seventeenth (2026-12-07), before any change they measure. Rounds 81
# and 82 are dev since.
# Rounds 85 and 86 were written at the start of the seventeenth session of 2026-12-07 and first
# run at the start of the eighteenth (2026-12-07), before any change they measure. Rounds 83
# and 84 are dev since.
# Rounds 87 and 88 were written at the start of the eighteenth session of 2026-12-07 and first
# run at the start of the nineteenth (2026-12-07), before any change they measure. Rounds 85
# and 86 are dev since.
# Rounds 89 and 90 were written at the start of the nineteenth session of 2026-12-07 and first
# run at the start of the twentieth (2026-12-07), before any change they measure. Rounds 87
# and 88 are dev since.
# Rounds 91 and 92 were written at the start of the twentieth session of 2026-12-07 and first
# run at the start of the twenty-first (2026-12-07), before any change they measure. Rounds 89
# and 90 are dev since.
# Rounds 93 and 94 were written at the start of the twenty-first session of 2026-12-07 and first
# run at the start of the twenty-second (2026-12-07), before any change they measure. Rounds 91
# and 92 are dev since.
# Rounds 95 and 96 were written at the start of the twenty-second session of 2026-12-07 and
# first run at the start of the twenty-third (2026-12-08), before any change they measure.
# Rounds 93 and 94 are dev since.
STILL_HELD_OUT = ("round95", "round96")
RECENT_DEV_IN_SUITE = 4

# The bar, for rounds the bot has been tuned on.
BAR = {"crisis": 1.0, "urgent": 1.0, "in_form": 1.0, "non_english": 0.95}
MAX_FALSE_ALARMS = 0.03
# Each held-out round's floor, one message below its run, so a changed model that loses a
# single message still shows up (do not lower them to pass).
# Rounds 9 to 12 were held out, measured (docs/crisis-rounds/), and are now learned from by
# the meaning check (bot/crisis/meaning.py TRAINING_FILES): they guard against regressions
# but no longer measure generalisation. Rounds 13 and 14 were written before the meaning
# check and are never trained or tuned on: their floors are their first run after it
# (docs/crisis-rounds/rounds13-14-after.txt).
FLOORS: dict[str, dict[str, float]] = {
    "round9": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.05},
    "round10": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.94, "non_english": 0.98, "false_alarms": 0.07},
    "round11": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round12": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.06},
    # Learned from since rounds 15 and 16 were written (the meaning check's training).
    "round13": {"crisis": 0.98, "urgent": 0.97, "in_form": 0.97, "non_english": 0.94, "false_alarms": 0.05},
    "round14": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.85, "false_alarms": 0.08},
    # Rounds 15 to 18: held out until 2026-12-04 (docs/crisis-rounds/README.md has their
    # first runs), then learned from by the meaning check and tuned on (framing); floors
    # are their run on c1e3900 less one message.
    "round15": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.06},
    "round16": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.94, "false_alarms": 0.06},
    "round17": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.06},
    "round18": {"crisis": 0.99, "urgent": 0.97, "in_form": 0.97, "non_english": 0.85, "false_alarms": 0.04},
    # Written 2026-12-04 by two new writers before the changes they measure (round 20
    # mostly indirect, both with everyday care-leaver questions among the negatives). First
    # run 97.9/100/98.2/100/12.2% and 94.1/98.1/98.3/97.3/11.3% (crisis/urgent/non-English/
    # in-form/false alarms); after this session's first changes 98.9/100/100/100/5.9% and
    # 92.5/96.2/98.3/100/6.0% (docs/crisis-rounds/rounds19-20-*.txt). Then tuned on (the
    # meaning thresholds): floors are the tuned run less one message.
    "round19": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.08},
    "round20": {"crisis": 0.94, "urgent": 0.96, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.08},
    # Written 2026-12-04 by two more new writers after rounds 19 and 20 had been measured
    # (round 22 mostly indirect). First run on c6cf9f4, then after the thresholds tuned on
    # 19 and 20 (docs/crisis-rounds/rounds21-22-*.txt); then tuned on (c1e3900): floors
    # are that run less one message.
    "round21": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.05},
    "round22": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.07},
    # Written 2026-12-04 by two more new writers after rounds 21 and 22 had been measured
    # (round 24 mostly indirect), never tuned on. First run on cea0c7b, then on c1e3900
    # (docs/crisis-rounds/rounds23-24-*.txt); floors are the after run less one message.
    "round23": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.94, "false_alarms": 0.07},
    "round24": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.91, "false_alarms": 0.07},
    # Written 2026-12-04 by two more new writers (round 26 mostly indirect), never tuned on.
    # First run on 4103fcf, then on ae015b2 (docs/crisis-rounds/rounds25-26-*.txt); floors
    # are the after run less one message.
    "round25": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.94, "non_english": 0.96, "false_alarms": 0.09},
    "round26": {"crisis": 0.94, "urgent": 0.97, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.06},
    # Written 2026-12-04 (afternoon) by two more new writers (round 28 mostly indirect),
    # never tuned on. First run on c7c7291 (docs/crisis-rounds/rounds27-28-before.txt),
    # then after each of five changes (rounds27-28-*.txt); floors are the last run less
    # one message.
    "round27": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.10},
    "round28": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.91, "false_alarms": 0.07},
    # Written 2026-12-04 (afternoon) by two more new writers (round 30 mostly indirect),
    # never tuned on. First run on 7b0e367, after this session's five crisis changes
    # (docs/crisis-rounds/rounds29-30-before.txt), then after the meaning check learned
    # rounds 27 and 28 (rounds29-30-after-fold.txt); floors are that run less one message.
    "round29": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.06},
    "round30": {"crisis": 0.94, "urgent": 0.96, "in_form": 0.97, "non_english": 0.94, "false_alarms": 0.06},
    # Written 2026-12-04 (afternoon) by two more new writers (round 32 mostly indirect) after
    # the last change they measure, never tuned on. First run on 330144c
    # (docs/crisis-rounds/rounds31-32-before.txt), then after five changes chosen on dev
    # rounds (rounds31-32-step*.txt, rounds31-32-final.txt); floors are the final run less
    # one message. Their misses were read once after the last change: dev rounds from here.
    "round31": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round32": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.93, "false_alarms": 0.08},
    # Written 2026-12-04 (evening) by two more new writers (round 34 mostly indirect) before
    # this session's changes, never tuned on. First run on fd862dc, after steps 1-5
    # (docs/crisis-rounds/rounds33-34-before.txt), then after steps 6 and 7
    # (rounds33-34-final.txt); floors are that run less one message.
    "round33": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round34": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.93, "false_alarms": 0.07},
    # Written 2026-12-04 (late evening) by two more new writers (round 36 mostly indirect),
    # never tuned on. First run on 0d070cc before any change they measure
    # (docs/crisis-rounds/rounds35-36-before.txt), then after each of nine steps chosen on
    # dev rounds and the merge of branch answers-11 (rounds35-36-final.txt); floors are
    # that run less one message.
    "round35": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.07},
    "round36": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.92, "non_english": 0.98, "false_alarms": 0.07},
    # Written 2026-12-04 (night) by two more new writers (round 38 mostly indirect), never
    # tuned on. First run on 141e485 before any change they measure
    # (docs/crisis-rounds/rounds37-38-before.txt). Dev rounds since 2026-12-05: raised to
    # the run after that session's fifth step (rounds37-38-dev-step5.txt) less one message.
    "round37": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.02},
    "round38": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.03},
    # Written 2026-12-04 (late night) by two more new writers (round 40 mostly indirect),
    # never tuned on. First run on 8ee41e7 before any change they measure
    # (docs/crisis-rounds/rounds39-40-before.txt), then after that session's crisis steps
    # and the merge of branch answers-13 (rounds39-40-final.txt); floors are that run less
    # one message.
    "round39": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.04},
    "round40": {"crisis": 0.98, "urgent": 0.97, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.04},
    # Written 2026-12-05 by two more new writers (round 42 mostly indirect), never tuned
    # on. First run on 86fe6bf before any change they measure
    # (docs/crisis-rounds/rounds41-42-before.txt); floors are that run less one message.
    # The final run of that session gave the same figures (rounds41-42-final.txt).
    # Rounds 39-42 are dev since 2026-12-05 (rounds 43-44 held out): raised to the run at
    # the end of that session (rounds37-42-dev-final.txt) less one message.
    "round41": {"crisis": 0.94, "urgent": 0.98, "in_form": 0.95, "non_english": 0.98, "false_alarms": 0.04},
    "round42": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.04},
    # Written 2026-12-05 by two more new writers (round 44 mostly indirect), never tuned
    # on. First run on 33b844e before any change they measure
    # (docs/crisis-rounds/rounds43-44-before.txt); floors are that run less one message.
    "round43": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.06},
    "round44": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    # Written 2026-12-05 by two more new writers (round 46 mostly indirect; their brief put
    # medical emergencies in the urgent section only), never tuned on. First run on e9cbbf6,
    # later the same session, before any change they measure
    # (docs/crisis-rounds/rounds45-46-before.txt); floors are that run less one message.
    # Rounds 43-46 are dev since the end of that session (their after-runs were read for the
    # closing note); all four raised to its last run less one message
    # (docs/crisis-rounds/rounds43-46-dev-final.txt).
    "round45": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.09},
    "round46": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.09},
    # Written 2026-12-05 by two more new writers (round 48 mostly indirect; medical
    # emergencies in the urgent section only), never tuned on. First run on 60ed316, at the
    # start of the next session, before any change they measure
    # (docs/crisis-rounds/rounds47-48-before.txt); floors are that run less one message.
    "round47": {"crisis": 0.98, "urgent": 0.94, "in_form": 0.92, "non_english": 0.93, "false_alarms": 0.08},
    "round48": {"crisis": 0.96, "urgent": 0.93, "in_form": 0.93, "non_english": 0.94, "false_alarms": 0.06},
    # Rounds 49 (mixed) and 50 (mostly indirect), written by two more new helpers who never saw
    # the bot or its patterns, never tuned on. First run on fcd7c57, at the start of the next
    # session, before any change they measure (docs/crisis-rounds/rounds49-50-before.txt);
    # floors are that run less one message. Their hard negatives are much harder than earlier
    # rounds' (22.6% and 15.9% false alarms where rounds 47-48 gave 5.6% and 4.9% on the same code).
    "round49": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.24},
    "round50": {"crisis": 0.95, "urgent": 0.98, "in_form": 0.93, "non_english": 0.89, "false_alarms": 0.17},
    # Rounds 51 (mixed) and 52 (mostly indirect), written the same session by two more new
    # helpers who never saw the bot, never tuned on. First run on 9067244, later that session,
    # before any change they measure (docs/crisis-rounds/rounds51-52-before.txt); floors are
    # that run less one message.
    # Learned from on 2026-12-05 (fourth session, with rounds 37-50): raised to their run on
    # 3b7fa27 less one message (100% of every kind, false alarms 1.5% and 3.1%).
    "round51": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.02},
    "round52": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.04},
    # Rounds 53 (mixed) and 54 (mostly indirect), written in the third session of 2026-12-05
    # by two more new helpers who never saw the bot, never tuned on. First run on 6353bf1, at
    # the start of the fourth session, before any change they measure
    # (docs/crisis-rounds/rounds53-54-before.txt); floors are that run less one message.
    "round53": {"crisis": 0.98, "urgent": 0.95, "in_form": 0.97, "non_english": 0.94, "false_alarms": 0.11},
    "round54": {"crisis": 0.96, "urgent": 0.94, "in_form": 0.92, "non_english": 0.94, "false_alarms": 0.12},
    # Rounds 55 (mixed) and 56 (mostly indirect), written at the start of the fourth session
    # of 2026-12-05 by two more new helpers who never saw the bot, never tuned on. First run
    # on 79ac25a, later that session, before any change they measure
    # (docs/crisis-rounds/rounds55-56-before.txt); floors are that run less one message.
    "round55": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.12},
    "round56": {"crisis": 0.96, "urgent": 0.96, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.12},
    # Rounds 57 (mixed) and 58 (mostly indirect), written late in the fourth session of
    # 2026-12-05 by two more new helpers who never saw the bot, never tuned on. First run on
    # 920d5ed, at the start of the fifth session, before any change they measure
    # (docs/crisis-rounds/rounds57-58-before.txt); floors are that run less one message.
    "round57": {"crisis": 0.97, "urgent": 0.97, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.08},
    "round58": {"crisis": 0.95, "urgent": 0.95, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.07},
    # Rounds 59 (mixed) and 60 (mostly indirect), written early in the fifth session of
    # 2026-12-05 by two more new helpers who never saw the bot (each with a non-English
    # supplement by another), never tuned on. First run on 9fc57b8, later that session,
    # before any change they measure (docs/crisis-rounds/rounds59-60-before.txt); floors are
    # that run less one message.
    "round59": {"crisis": 0.99, "urgent": 0.96, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.07},
    "round60": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.08},
    # Rounds 61 (mixed) and 62 (mostly indirect), written late in the fifth session of
    # 2026-12-05 by two more new helpers who never saw the bot, never tuned on. First run on
    # e34770b at the start of the sixth session, before any change they measure
    # (docs/crisis-rounds/rounds61-62-before.txt); floors are that run less one message.
    "round61": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round62": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.92, "false_alarms": 0.08},
    # Rounds 63 (mixed) and 64 (mostly indirect), written at the start of the sixth session of
    # 2026-12-05 by two more new helpers who never saw the bot, never tuned on. First run on
    # 12ab7b3 at the start of the seventh session, before any change they measure
    # (docs/crisis-rounds/rounds63-64-before.txt); floors are that run less one message.
    "round63": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.06},
    "round64": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.95, "non_english": 0.95, "false_alarms": 0.05},
    # Rounds 65 (mixed) and 66 (mostly indirect), written at the start of the seventh session
    # of 2026-12-05 by two more new helpers who never saw the bot, never tuned on. First run on
    # fd6af2f at the start of the eighth (2026-12-06), before any change they measure
    # (docs/crisis-rounds/rounds65-66-before.txt); floors are that run less one message.
    "round65": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.93, "false_alarms": 0.05},
    "round66": {"crisis": 0.95, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.06},
    # Rounds 67 (mixed) and 68 (mostly indirect), written at the start of the eighth session of
    # 2026-12-06 by two more new helpers who never saw the bot, never tuned on. First run on
    # 7a2b09a at the start of the ninth, before any change they measure
    # (docs/crisis-rounds/rounds67-68-before.txt); floors are that run less one message.
    "round67": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.12},
    "round68": {"crisis": 0.97, "urgent": 0.96, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.11},
    # Rounds 69 (mixed) and 70 (mostly indirect), written at the start of the ninth session of
    # 2026-12-06 by two more new helpers who never saw the bot, never tuned on. First run on
    # 9519637 at the start of the tenth, before any change they measure
    # (docs/crisis-rounds/rounds69-70-before.txt); floors are that run less one message.
    "round69": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.08},
    "round70": {"crisis": 0.95, "urgent": 0.96, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.07},
    # Rounds 71 (mixed) and 72 (mostly indirect), written at the start of the tenth session of
    # 2026-12-06 by two more new helpers who never saw the bot, never tuned on. First run on
    # f8d5bf7 at the start of the eleventh, before any change they measure
    # (docs/crisis-rounds/rounds71-72-before.txt); floors are that run less one message.
    "round71": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.06},
    "round72": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.96, "false_alarms": 0.06},
    # Rounds 73 (mixed) and 74 (mostly indirect), written at the start of the eleventh session
    # of 2026-12-06 by two more new helpers who never saw the bot, never tuned on. First run on
    # ab3c549 at the start of the twelfth, before any change they measure
    # (docs/crisis-rounds/rounds73-74-before.txt); floors are that run less one message.
    "round73": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round74": {"crisis": 0.96, "urgent": 0.96, "in_form": 0.95, "non_english": 0.98, "false_alarms": 0.05},
    # Rounds 75 (mixed) and 76 (mostly indirect), written at the start of the twelfth session
    # of 2026-12-06 by two more new helpers who never saw the bot, never tuned on. First run on
    # b09050b at the start of the thirteenth, before any change they measure
    # (docs/crisis-rounds/rounds75-76-before.txt); floors are that run less one message.
    "round75": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.06},
    "round76": {"crisis": 0.96, "urgent": 0.98, "in_form": 0.95, "non_english": 0.98, "false_alarms": 0.05},
    # Rounds 77 (mixed) and 78 (mostly indirect), written at the start of the thirteenth
    # session of 2026-12-06 by two more new helpers who never saw the bot, never tuned on.
    # First run on d5d8599 at the start of the fourteenth, before any change they measure
    # (docs/crisis-rounds/rounds77-78-before.txt); floors are that run less one message.
    "round77": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.03},
    "round78": {"crisis": 0.98, "urgent": 0.96, "in_form": 0.95, "non_english": 0.96, "false_alarms": 0.07},
    # Rounds 79 (mixed) and 80 (mostly indirect), written at the start of the fourteenth
    # session of 2026-12-06 by two more new helpers who never saw the bot, never tuned on.
    # First run on 1577167 at the start of the fifteenth, before any change they measure
    # (docs/crisis-rounds/rounds79-80-before.txt); floors are that run less one message.
    "round79": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.04},
    "round80": {"crisis": 0.95, "urgent": 0.95, "in_form": 0.95, "non_english": 0.95, "false_alarms": 0.05},
    # Rounds 81 (mixed) and 82 (mostly indirect), written at the start of the fifteenth
    # session of 2026-12-06 by two more new helpers who never saw the bot, never tuned on.
    # First run on 36a0dcf at the start of the sixteenth (2026-12-07), before any change they
    # measure (docs/crisis-rounds/rounds81-82-before.txt); floors are that run less one message.
    "round81": {"crisis": 0.99, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.03},
    "round82": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.04},
    # Rounds 83 (mixed) and 84 (mostly indirect), written at the start of the sixteenth
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on 82a32da at the start of the seventeenth (2026-12-07), before any change they
    # measure (docs/crisis-rounds/rounds83-84-before.txt); floors are that run less one message.
    "round83": {"crisis": 0.98, "urgent": 0.96, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.04},
    "round84": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.95, "non_english": 0.98, "false_alarms": 0.03},
    # Rounds 85 (mixed) and 86 (mostly indirect), written at the start of the seventeenth
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on a508375 at the start of the eighteenth (2026-12-07), before any change they
    # measure (docs/crisis-rounds/rounds85-86-before.txt); floors are that run less one message.
    "round85": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.06},
    "round86": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.06},
    # Rounds 87 (mixed) and 88 (mostly indirect), written at the start of the eighteenth
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on ca648ae at the start of the nineteenth (2026-12-07), before any change they
    # measure (docs/crisis-rounds/rounds87-88-before.txt); floors are that run less one message.
    "round87": {"crisis": 0.98, "urgent": 0.96, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.03},
    "round88": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.95, "non_english": 0.96, "false_alarms": 0.03},
    # Rounds 89 (mixed) and 90 (mostly indirect), written at the start of the nineteenth
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on f268178 at the start of the twentieth (2026-12-07), before any change they
    # measure (docs/crisis-rounds/rounds89-90-before.txt); floors are that run less one message.
    "round89": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.03},
    "round90": {"crisis": 0.97, "urgent": 0.96, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    # Rounds 91 (mixed) and 92 (mostly indirect): written at the start of the twentieth
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on ebf5b14 at the start of the twenty-first (2026-12-07), before any change
    # they measure (docs/crisis-rounds/rounds91-92-before.txt); floors are that run less one message.
    "round91": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.03},
    "round92": {"crisis": 0.97, "urgent": 0.98, "in_form": 0.97, "non_english": 0.95, "false_alarms": 0.03},
    # Rounds 93 (mixed) and 94 (mostly indirect): written at the start of the twenty-first
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on e9e3093 at the start of the twenty-second (2026-12-07), before any change
    # they measure (docs/crisis-rounds/rounds93-94-before.txt); floors are that run less one message.
    "round93": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    "round94": {"crisis": 0.97, "urgent": 0.96, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.05},
    # Rounds 95 (mixed) and 96 (mostly indirect): written at the start of the twenty-second
    # session of 2026-12-07 by two more new helpers who never saw the bot, never tuned on.
    # First run on 9a2585d at the start of the twenty-third (2026-12-08), before any change
    # they measure (docs/crisis-rounds/rounds95-96-before.txt); floors are that run less one message.
    "round95": {"crisis": 0.98, "urgent": 0.98, "in_form": 0.97, "non_english": 0.97, "false_alarms": 0.01},
    "round96": {"crisis": 0.98, "urgent": 0.96, "in_form": 0.97, "non_english": 0.98, "false_alarms": 0.03},
}


def round_number(path: Path) -> int:
    return int(path.stem.removeprefix("round"))


def held_out_rounds() -> list[Path]:
    """Every held-out round file, in the order they were written."""
    return sorted(HELD_OUT_DIR.glob("round*.yml"), key=round_number)


def learned_rounds() -> list[Path]:
    """Held-out rounds the meaning check trains on, oldest first."""
    from bot.crisis.meaning import TRAINING_FILES

    trained = {Path(name).name for name in TRAINING_FILES}
    return [p for p in held_out_rounds() if p.name in trained]


def dev_rounds() -> list[Path]:
    """Unlearned rounds that are no longer held out (read and tuned on), oldest first."""
    learned = set(learned_rounds())
    return [p for p in held_out_rounds() if p not in learned and p.stem not in STILL_HELD_OUT]


def bench_only_rounds() -> list[Path]:
    """Rounds scored by `make bench` rather than pytest: the learned ones but the newest two,
    and the dev ones but the newest four. What is still held out always runs in pytest."""
    learned, dev = learned_rounds(), dev_rounds()
    leaving = (learned[:max(len(learned) - RECENT_LEARNED_IN_SUITE, 0)]
               + dev[:max(len(dev) - RECENT_DEV_IN_SUITE, 0)])
    return sorted(leaving, key=round_number)


def rate(score: RoundScore, section: str) -> float:
    part = score.sections[section]
    return part.landed / max(part.total, 1)


def below_floor(score: RoundScore, stem: str) -> list[str]:
    """What in `score` falls below round `stem`'s floor ([] when it keeps it all)."""
    floors = FLOORS.get(stem)
    if floors is None:
        return [f"no floor recorded for {stem}"]
    problems = []
    for name, floor in floors.items():
        if name == "false_alarms":
            if score.false_alarm_rate > floor:
                problems.append(f"false alarms {score.false_alarm_rate:.1%} > {floor:.0%}")
        elif rate(score, name) < floor:
            problems.append(f"{name} {rate(score, name):.1%} < {floor:.0%}")
    return problems
