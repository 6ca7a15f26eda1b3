"""Floors for the question-answer rounds (issue 15), and which of them pytest runs.

Each file in tests/answers is held to (least share correct, most share confidently wrong)
from its run after the change it measured, rounded to the safe side; do not lower them to
pass. pytest runs the held-out rounds and the newest dev files; `make bench` scores every
file against these floors, so the older dev files still guard against regressions without
making the suite longer than CI allows (`ALL_ANSWER_ROUNDS=1 make test` runs them all in
pytest too). FLOORS is kept in the order the files were written: newest last.
"""
from __future__ import annotations

from pathlib import Path

from harness.answer_rounds import Score

ANSWERS_DIR = Path(__file__).resolve().parents[1] / "tests" / "answers"
# Dev files pytest still runs, newest first by FLOORS order: the ones a session is most
# likely to move. About 2,000 cases with the held-out rounds, a third of the answer time.
RECENT_DEV_IN_SUITE = 12

# (least share correct, most share confidently wrong) per file.
FLOORS: dict[str, tuple[float, float]] = {
    # Dev rounds after branch answers-6 (docs/answer-rounds, "Session 6, branch answers-6"):
    # set A 123/128 (5 wrong), set B 122/124 (2), round 1 118/119 (1), round 2 119/120 (1),
    # round 3 115/120 (5), round 4 107/120 (13), round 5 115/120 (4), each held to two
    # cases fewer correct and two more wrong (rounded to the safe side), because the
    # crisis check-in on a few ordinary questions flips between runs. A check-in on a
    # question NLU can't place or beside a sharp signal is a safety trade-off (issue 13).
    # No floor is lower than the one before it.
    # Raised on 2026-12-04 (afternoon) to the run after this session's answer changes
    # (docs/answer-rounds/README.md), less two cases, as above.
    # Raised on 2026-12-05 (branch answers-16) to 127/128, 1 wrong, less two cases.
    "dev/set_a.yml": (0.97, 0.03),
    # Raised on 2026-12-04 (branch answers-12) to 123/124, 1 wrong, less two cases.
    "dev/set_b.yml": (0.97, 0.03),
    "dev/round1.yml": (0.98, 0.02),
    "dev/round2.yml": (0.98, 0.02),
    # Held out on 2026-12-03 (75.0% correct / 15.8% wrong before, 75.0% / 16.7% after);
    # learned from since round 4 was written.
    "dev/round3.yml": (0.97, 0.03),
    # Held out on 2026-12-04 (67.5% correct / 23.3% wrong before, 77.5% / 17.5% after);
    # learned from since round 5 was written. Seven of its wrong are the spread-then-ask
    # answers issue 15 specifies, which those cases forbid.
    # Raised on 2026-12-04 (branch answers-11) to 109/120, 11 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-16) to 111/120, 9 wrong, less two cases.
    "dev/round4.yml": (0.90, 0.10),
    # Held out on 2026-12-04 (83.3% correct / 12.5% wrong before, 84.2% / 13.3% after
    # branch answers-5); learned from since round 6 was written (session 6: 95.8% / 3.3%).
    # Raised on 2026-12-04 (branch answers-10) to 118/120, 1 wrong, less two cases.
    "dev/round5.yml": (0.96, 0.03),
    # Written 2026-12-04 by another new helper from the sources only, after round 5 had
    # been measured and before the branch that learns from it. First run on cea0c7b: 95/120
    # correct, 20 wrong (docs/answer-rounds/round6-before.txt); 97 / 18 after answers-6.
    # Developed against since round 7 was written: the crisis meaning check learns its
    # turns as ordinary questions (102/120, 13 wrong); the floor is two cases below.
    # Raised on 2026-12-04 (branch answers-9) to 113/120, 4 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-10) to 115/120, 3 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-11) to 117/120, 2 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-12) to 118/120, 2 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-13) to 119/120, 1 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-16) to 120/120, 0 wrong, less two cases.
    "dev/round6.yml": (0.98, 0.02),
    # Written 2026-12-04 (a later session) by a third new helper from the sources only,
    # before branch answers-6 was merged. First run on 757b20f: 97/120 correct, 18 wrong;
    # the floor is two cases below (docs/answer-rounds/round7-before.txt).
    # Raised to its run after this session's changes (99/120, 16 wrong) less two cases.
    # Developed against since round 9 was written and run (2026-12-04, evening).
    # Raised on 2026-12-04 (branch answers-9) to 112/120, 6 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-10) to 113/120, 6 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-11) to 115/120, 5 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-13) to 118/120, 2 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-16) to 119/120, 1 wrong, less two cases.
    "dev/round7.yml": (0.97, 0.03),
    # Written 2026-12-04 (afternoon) by a fourth new helper from the sources only, before
    # the vocabulary was broadened. First run on 1b80bbd: 100/120 correct, 15 wrong; the floor
    # is two cases below (docs/answer-rounds/round8-before.txt).
    # Raised to its run after this session's changes (102/120, 14 wrong) less two cases.
    # Developed against since round 9 was written and run (2026-12-04, evening).
    # Raised on 2026-12-04 (branch answers-9) to 111/120, 7 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-10) to 114/120, 6 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-11) to 116/120, 4 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-12) to 118/120, 2 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-13) to 119/120, 1 wrong, less two cases.
    "dev/round8.yml": (0.97, 0.03),
    # Written 2026-12-04 (afternoon) by a fifth new helper from the sources only, after the
    # last change it measures. First run on 330144c: 103/120 correct, 13 wrong
    # (docs/answer-rounds/round9-before.txt); the floor is two cases below.
    # After branch answers-9 and the crisis changes (fa07162): 107/120 correct, 9 wrong
    # (docs/answer-rounds/round9-after.txt); the floor is that run less two cases.
    # Developed against since round 10 was run (2026-12-04, evening).
    # Raised on 2026-12-04 (branch answers-10) to 115/120, 4 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-12) to 116/120, 4 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-15) to 120/120, 0 wrong, less two cases.
    "dev/round9.yml": (0.98, 0.02),
    # Written 2026-12-04 (evening) by a sixth new helper from the sources only. First run
    # on fd862dc: 97/120 correct, 16 wrong (docs/answer-rounds/round10-before.txt); the
    # floor is two cases below.
    # After branch answers-10 (0965f8f): 100/120 correct, 15 wrong
    # (docs/answer-rounds/round10-after.txt); the floor is that run less two cases.
    # Developed against since round 11 was run (2026-12-04, night).
    # Raised on 2026-12-04 (branch answers-11) to 113/120, 7 wrong, less two cases.
    # Raised on 2026-12-04 (branch answers-12) to 117/120, 3 wrong, less two cases.
    "dev/round10.yml": (0.95, 0.05),
    # Written 2026-12-04 (late evening) by a seventh new helper from the sources only. First
    # run on 0d070cc (2026-12-04 night, before any change it measures): 107/120 correct,
    # 10 wrong (docs/answer-rounds/round11-before.txt); the floor is two cases below.
    # After branch answers-11 and this session's crisis steps (12918ba): 109/120 correct, 9
    # wrong (docs/answer-rounds/round11-after.txt); the floor is that run less two cases.
    # Developed against since round 12 was run (2026-12-04, late night).
    # Raised on 2026-12-04 (branch answers-12) to 118/120, 2 wrong, less two cases; its two
    # wrong are the national £3,000 beside West's £2,000, which those cases forbid.
    "dev/round11.yml": (0.96, 0.04),
    # Written 2026-12-04 (night) by an eighth new helper from the sources only. First run
    # on 141e485 (2026-12-04 late night, before any change it measures): 109/120 correct,
    # 9 wrong (docs/answer-rounds/round12-before.txt); the floor is two cases below.
    # After branch answers-12 and that session's crisis steps: 109/120, 9 wrong
    # (docs/answer-rounds/round12-after.txt). Developed against since round 13 was run
    # (2026-12-05).
    # Raised on 2026-12-05 (branch answers-13) to 115/120, 4 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-15) to 119/120, 0 wrong, less two cases.
    "dev/round12.yml": (0.97, 0.02),
    # Written 2026-12-04 (late night) by a ninth new helper from the sources only. First run
    # on 8ee41e7 (2026-12-05, before any change it measures): 103/117 correct, 12 wrong
    # (docs/answer-rounds/round13-before.txt); the floor is two cases below.
    # After branch answers-13 and that session's crisis steps: 105/117 correct, 6 wrong
    # (docs/answer-rounds/round13-after.txt; the scorer now counts the "I'm not sure I
    # understood that" check-in as didn't-know: 4 of the before run's 12 wrong were that,
    # 4 of the after run's 10 would have been). The floor is that run less two cases.
    # Developed against since round 14 was run (2026-12-05).
    # Raised on 2026-12-05 (branch answers-14) to 111/117, 1 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-15) to 115/117, 1 wrong, less two cases (r13-093
    # is right only while no office is open: by day it asks which council).
    # Raised on 2026-12-05 (branch answers-16) to 116/117, 1 wrong, less two cases.
    "dev/round13.yml": (0.97, 0.03),
    # Written 2026-12-05 by a tenth new helper from the sources only. First run on 86fe6bf
    # (before any change it measures): 111/117 correct, 5 wrong
    # (docs/answer-rounds/round14-before.txt); the floor is two cases below. After branch
    # answers-14 and that session's second crisis iteration: the same (round14-after.txt).
    # Developed against since round 15 was run (2026-12-05).
    # Raised on 2026-12-05 (branch answers-15) to 117/117, 0 wrong, less two cases.
    "dev/round14.yml": (0.98, 0.02),
    # Written 2026-12-05 by an eleventh new helper from the sources only. First run on
    # 33b844e (before any change it measures): 105/110 correct, 3 wrong
    # (docs/answer-rounds/round15-before.txt); the floor is two cases below.
    # Developed against since round 16 was run (2026-12-05, next session).
    # Raised on 2026-12-05 (branch answers-16) to 110/110, 0 wrong, less two cases.
    "dev/round15.yml": (0.98, 0.02),
    # Written 2026-12-05 by an independent helper from the published sources only, without
    # looking at the bot. First run on ee200b8 (before any change it measures): 103/111
    # correct, 2 wrong (docs/answer-rounds/set_c-before.txt); the floor is two cases below.
    # Raised on 2026-12-05 (branch answers-17) to 110/111, 0 wrong, less two cases.
    "dev/set_c.yml": (0.97, 0.02),
    # Written 2026-12-05 by a twelfth new helper from the sources only. First run on
    # 60ed316 (before any change it measures): 110/115 correct, 4 wrong
    # (docs/answer-rounds/round16-before.txt); the floor is two cases below.
    # Developed against since round 17 was run (2026-12-05, third session).
    # Raised on 2026-12-05 (branch answers-18) to 115/115, 0 wrong, less two cases.
    "dev/round16.yml": (0.98, 0.02),
    # Written 2026-12-05 by an independent helper from the published sources only, without
    # looking at the bot. First run on 0564dc3 (before any change it measures): 138/149
    # correct, 9 wrong (docs/answer-rounds/set_d-before.txt); the floor is two cases below.
    # Raised on 2026-12-05 (branch answers-18) to 149/149, 0 wrong, less two cases.
    "dev/set_d.yml": (0.98, 0.02),
    # Written 2026-12-05 by a thirteenth new helper from the sources only. First run on
    # fcd7c57 (before any change it measures): 103/110 correct, 5 wrong
    # (docs/answer-rounds/round17-before.txt); the floor is two cases below.
    # Developed against since round 18 was run (2026-12-05, third session).
    # Raised on 2026-12-05 (branch answers-19) to 109/110, 0 wrong, less two cases.
    "dev/round17.yml": (0.97, 0.02),
    # Written 2026-12-05 (third session) by a fourteenth new helper from the sources only.
    # First run on 9067244 (before any change it measures): 138/159 correct, 10 wrong
    # (docs/answer-rounds/round18-before.txt); the floor is two cases below.
    # Developed against since round 19 was run (2026-12-05, fourth session).
    # Raised on 2026-12-05 (branch answers-20) to 158/159, 1 wrong, less two cases.
    "dev/round18.yml": (0.98, 0.02),
    # Written 2026-12-05 (third session) by a fifteenth new helper from the sources only.
    # First run on 6353bf1 (before any change it measures): 143/159 correct, 12 wrong
    # (docs/answer-rounds/round19-before.txt); the floor is two cases below.
    # Developed against since round 20 was run (2026-12-05, fourth session); its after-run
    # on 2001339 was the same, 143/159 and 12 wrong (docs/answer-rounds/round19-after.txt).
    # Raised on 2026-12-05 (branch answers-21) to 151/159, 5 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-22) to 152/159, 5 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-23) to 154/159, 3 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-24) to 155/159, 2 wrong, less two cases.
    "dev/round19.yml": (0.96, 0.03),
    # Written 2026-12-05 (branch answers-21) from the published sources: paraphrases of
    # round 19's kinds of failure. 13/14 correct, 1 wrong (s21-014); the floor is two below.
    "dev/session21_paraphrases.yml": (0.78, 0.22),
    # Written 2026-12-05 (fourth session) by a sixteenth new helper from the sources only.
    # First run on 79ac25a (before any change it measures): 149/174 correct, 19 wrong
    # (docs/answer-rounds/round20-before.txt); the floor is two cases below.
    # Developed against since round 21 was run (2026-12-05, fifth session).
    # Raised on 2026-12-05 (branch answers-22) to 168/174, 4 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-24) to 169/174, 3 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-33) to 171/174, 2 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-34) to 172/174, 1 wrong, less two cases.
    "dev/round20.yml": (0.97, 0.02),
    # Written 2026-12-05 (branch answers-22) from the published sources: paraphrases of
    # round 20's kinds of failure. 26/27 correct, 1 wrong (s22-017); the floor is two below.
    # Raised on 2026-12-07 (branch answers-41) to 27/27, 0 wrong, less two cases.
    "dev/session22_paraphrases.yml": (0.92, 0.08),
    # Written late in the fourth session of 2026-12-05 by a seventeenth new helper from the
    # sources only. First run on 920d5ed (before any change it measures): 155/170 correct, 9 wrong
    # (docs/answer-rounds/round21-before.txt); the floor is two cases below.
    # Developed against since round 22 was run (2026-12-05, fifth session); its after-run on
    # 9fc57b8 gave 157/170 correct, 9 wrong (docs/answer-rounds/round21-after.txt).
    # Raised on 2026-12-05 (branch answers-23) to 166/170, 2 wrong, less two cases.
    # Raised on 2026-12-05 (branch answers-24) to 168/170, 1 wrong, less two cases.
    "dev/round21.yml": (0.97, 0.02),
    # Written early in the fifth session of 2026-12-05 by an eighteenth new helper from the
    # sources only. First run on 9fc57b8 (before any change it measures): 150/157 correct, 4
    # wrong (docs/answer-rounds/round22-before.txt); the floor is two cases below.
    # Developed against since round 23 was run (2026-12-05, sixth session).
    # Raised on 2026-12-05 (branch answers-23) to 156/157, 1 wrong, less two cases.
    # On branch answers-24: 157/157, 0 wrong; the floor (two cases below) stays as it was.
    "dev/round22.yml": (0.98, 0.02),
    # Written 2026-12-05 (sixth session) by an independent helper from the published sources
    # only, without looking at the bot. First run on 22bd60b (before any change it measures):
    # 199/220 correct, 12 wrong (docs/answer-rounds/set_e-before.txt).
    # Raised on 2026-12-05 (branch answers-23) to 215/220, 3 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-43) to 218/220, 1 wrong, less two cases.
    "dev/set_e.yml": (0.98, 0.02),
    # Written 2026-12-05 (branch answers-23) from the published sources: paraphrases of the
    # kinds of failure left in rounds 21-22. 26/26 correct, 0 wrong; the floor is two below.
    "dev/session23_paraphrases.yml": (0.92, 0.08),
    # Written late in the fifth session of 2026-12-05 by a nineteenth new helper from the
    # sources only. First run on e34770b (before any change it measures): 168/192 correct, 17
    # wrong (docs/answer-rounds/round23-before.txt); the floor is two cases below.
    # Developed against since round 24 was run; its after-run on 52dce36 gave 172/192, 13
    # wrong (docs/answer-rounds/round23-after.txt).
    # Raised on 2026-12-05 (branch answers-24) to 180/192, 5 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-41) to 186/192, 3 wrong, less two cases.
    "dev/round23.yml": (0.95, 0.03),
    # Written 2026-12-05 (seventh session) by an independent helper from the published
    # sources only, without looking at the bot. First run on 40ad4f3 (before any change it
    # measures): 206/225 correct, 13 wrong (docs/answer-rounds/set_f-before.txt).
    # On branch answers-24: 214/225, 6 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-38) to 217/225, 4 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-42: f-037, a day not published) to 218/225, 3
    # wrong, less two cases.
    "dev/set_f.yml": (0.96, 0.03),
    # Written 2026-12-05 (branch answers-24) from the published sources: paraphrases of the
    # kinds fixed on that branch. 27/27 correct, 0 wrong; the floor is two below.
    "dev/session24_paraphrases.yml": (0.92, 0.08),
    # Written at the start of the sixth session of 2026-12-05 by a twentieth new helper from
    # the sources only. First run on 12ab7b3 (before any change it measures): 168/179
    # correct, 10 wrong (docs/answer-rounds/round24-before.txt); the floor is two cases below.
    # Raised on 2026-12-05 (branch answers-25) to 171/179, 7 wrong, less two cases.
    # Developed against since round 25 was run (2026-12-06).
    # Raised on 2026-12-06 (branch answers-26) to 174/179, 4 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-45) to 176/179, 3 wrong, less two cases.
    "dev/round24.yml": (0.97, 0.03),
    # Written 2026-12-05 (branch answers-25) from the published sources: paraphrases of the
    # kinds fixed on that branch. 10/11 correct, 0 wrong (s25-002's "derbys" without an
    # apostrophe names no council to the entity ruler); the floor is two below.
    "dev/session25_paraphrases.yml": (0.72, 0.19),
    # Written at the start of the seventh session of 2026-12-05 by a twenty-first new helper
    # from the sources only. First run on fd6af2f (2026-12-06, before any change it
    # measures): 156/165 correct, 2 clarified, 2 didn't know, 5 wrong
    # (docs/answer-rounds/round25-before.txt); the floor is two cases below.
    # Developed against since round 26 was run (2026-12-06, ninth session).
    # Raised on 2026-12-06 (branch answers-27) to 164/165, 0 wrong, less two cases.
    "dev/round25.yml": (0.98, 0.02),
    # Written at the start of the eighth session of 2026-12-06 by a twenty-second new helper
    # from the sources only. First run on 7a2b09a (ninth session, before any change it
    # measures): 149/161 correct, 3 clarified, 2 didn't know, 7 wrong
    # (docs/answer-rounds/round26-before.txt); the floor is two cases below.
    # Developed against since round 27 was run (2026-12-06, tenth session).
    # Raised on 2026-12-06 (branch answers-28) to 161/161, 0 wrong, less two cases.
    "dev/round26.yml": (0.98, 0.02),
    # Written at the start of the ninth session of 2026-12-06 by a twenty-third new helper
    # from the sources only. First run on 9519637 (tenth session, before any change it
    # measures): 138/149 correct, 1 clarified, 1 didn't know, 9 wrong
    # (docs/answer-rounds/round27-before.txt); the floor is two cases below.
    # Developed against since round 28 was run (2026-12-06, eleventh session).
    # Raised on 2026-12-06 (branch answers-29) to 148/149, 1 wrong, less two cases.
    "dev/round27.yml": (0.97, 0.03),
    # Written at the start of the tenth session of 2026-12-06 by a twenty-fourth new helper
    # from the sources only. First run on f8d5bf7 (eleventh session, before any change it
    # measures): 127/140 correct, 2 clarified, 2 didn't know, 9 wrong
    # (docs/answer-rounds/round28-before.txt); the floor is two cases below.
    # Developed against since its after-run (2026-12-06, eleventh session).
    # Raised on 2026-12-06 (branch answers-30) to 134/140, 3 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-31) to 135/140, 2 wrong, less two cases.
    "dev/round28.yml": (0.95, 0.03),
    # Written at the start of the eleventh session of 2026-12-06 by a twenty-fifth new helper
    # from the sources only. First run on ab3c549 (twelfth session, before any change it
    # measures): 136/153 correct, 4 clarified, 1 didn't know, 12 wrong
    # (docs/answer-rounds/round29-before.txt); the floor is two cases below.
    # After-run on 4cd3f11 (twelfth session): 137/153, 12 wrong
    # (docs/answer-rounds/round29-after.txt). Developed against since.
    # Raised on 2026-12-06 (branch answers-33) to 148/153, 1 wrong, less two cases.
    "dev/round29.yml": (0.95, 0.02),
    # Written at the start of the twelfth session of 2026-12-06 by a twenty-sixth new helper
    # from the sources only. First run on b09050b (thirteenth session, before any change it
    # measures): 136/149 correct, 2 clarified, 1 didn't know, 10 wrong
    # (docs/answer-rounds/round30-before.txt); the floor is two cases below.
    # After-run on 374537b (thirteenth session): 136/149, 10 wrong
    # (docs/answer-rounds/round30-after.txt). Developed against since.
    # Raised on 2026-12-06 (branch answers-34) to 145/149, 1 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 146/149, 1 wrong, less two cases.
    "dev/round30.yml": (0.96, 0.03),
    # Written 2026-12-06 by an independent helper from the published sources only, without
    # looking at the bot. First run on 54d81ac (before any change it measures): 182/198
    # correct, 6 clarified, 10 wrong (docs/answer-rounds/set_g-before.txt). Dev from then on.
    # On branch answers-26: 192/198, 2 wrong (both safety replies by design), less two cases.
    "dev/set_g.yml": (0.95, 0.03),
    # Written 2026-12-06 (branch answers-26) from the published sources: paraphrases of the
    # kinds fixed on that branch. 15/15 correct, 0 wrong; the floor is two below.
    "dev/session26_paraphrases.yml": (0.86, 0.14),
    # Written 2026-12-06, ninth session, by an independent helper from the sources only,
    # without looking at the bot. First run before any change it measures: 175/201 correct,
    # 10 clarified, 4 didn't know, 12 wrong (docs/answer-rounds/set_h-before.txt). Dev from
    # then on. On branch answers-27: 185/201, 5 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-28) to 193/201, 1 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-38) to 195/201, 1 wrong, less two cases.
    "dev/set_h.yml": (0.96, 0.02),
    # Written 2026-12-06 (branch answers-27) from the published sources: paraphrases of the
    # kinds fixed on that branch. 13/14 correct, 1 wrong (s27-001: a bicycle named in a
    # word weaker than the bus fare told after it); the floor is two below.
    # Raised on 2026-12-07 (branch answers-41) to 14/14, 0 wrong, less two cases.
    "dev/session27_paraphrases.yml": (0.85, 0.15),
    # Written 2026-12-06, tenth session, by an independent helper from the sources only,
    # without looking at the bot. First run before any change it measures: 170/197 correct,
    # 5 clarified, 3 didn't know, 19 wrong (docs/answer-rounds/set_i-before.txt). Dev from
    # then on. On branch answers-28: 186/197, 9 wrong; the floor is that less two cases.
    # Raised on 2026-12-06 (branch answers-29) to 191/197, 6 wrong, less two cases.
    "dev/set_i.yml": (0.95, 0.05),
    # Written 2026-12-06 (branch answers-28) from the published sources: paraphrases of the
    # kinds fixed on that branch. 12/14 correct, 1 didn't know, 1 wrong (b28-001's "what id
    # do derby help care leavers get" is read as the overview; b28-006's "in a bad way" gets
    # the check-in); the floor is two below.
    "dev/branch28_paraphrases.yml": (0.71, 0.22),
    # Written 2026-12-06, eleventh session, by an independent helper from the sources only,
    # without looking at the bot. First run before any change it measures: 174/195 correct,
    # 6 clarified, 3 didn't know, 12 wrong (docs/answer-rounds/set_j-before.txt). Dev from
    # then on. On branch answers-29: 187/195, 4 wrong; the floor is that less two cases.
    # Raised on 2026-12-06 (branch answers-33) to 188/195, 4 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 189/195, 3 wrong, less two cases.
    "dev/set_j.yml": (0.95, 0.03),
    # Written 2026-12-06 (branch answers-29) from the published sources: paraphrases of the
    # kinds fixed on that branch. 14/14 correct, 0 wrong; the floor is two below.
    "dev/branch29_paraphrases.yml": (0.85, 0.15),
    # Written 2026-12-06 (branch answers-30) from the published sources: paraphrases of the
    # kinds fixed on that branch. 9/12 correct, 3 wrong (the law asked as "written into law",
    # and the grant named first with a first tenancy: left); the floor is two below.
    "dev/branch30_paraphrases.yml": (0.58, 0.42),
    # Written 2026-12-06 (twelfth session) by an independent helper from the sources only,
    # without looking at the bot. First run on 9ad89e2 (branch answers-31, before any change
    # it measures): 173/193 correct, 6 clarified, 3 didn't know, 11 wrong
    # (docs/answer-rounds/set_k-before.txt). Dev from then on; the floor is two cases below.
    # Raised on 2026-12-06 (branch answers-31) to 176/193, 8 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-32) to 181/193, 5 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-38) to 182/193, 5 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 185/193, 2 wrong, less two cases.
    "dev/set_k.yml": (0.94, 0.03),
    # Written 2026-12-06 (thirteenth session) by an independent helper from the sources only,
    # without looking at the bot. First run on 1f9f3e4 (before any change it measures):
    # 168/189 correct, 4 clarified, 4 didn't know, 13 wrong
    # (docs/answer-rounds/set_l-before.txt). Dev from then on; the floor is two cases below.
    # Raised on 2026-12-06 (branch answers-34) to 170/189, 12 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-35) to 172/189, 8 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-37) to 173/189, 8 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-41) to 178/189, 5 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 182/189, 2 wrong, less two cases.
    "dev/set_l.yml": (0.95, 0.03),
    # Written 2026-12-06 (branch answers-31) from the published sources: paraphrases of the
    # kinds fixed on that branch. 9/11 correct, 1 didn't know, 1 wrong ("what places could
    # she live in" for a sister: family relationships ranked first; "2000 quid for university
    # written into law": an NLU miss); the floor is two below.
    "dev/branch31_paraphrases.yml": (0.63, 0.28),
    # Written 2026-12-06 (branch answers-32) from the published sources: paraphrases of the
    # kinds fixed on that branch. 10/10 correct, 0 wrong; the floor is two below.
    "dev/branch32_paraphrases.yml": (0.80, 0.20),
    # Written 2026-12-06 (branch answers-33) from the published sources: paraphrases of the
    # kinds fixed on that branch. 10/10 correct, 0 wrong; the floor is two below.
    "dev/branch33_paraphrases.yml": (0.80, 0.20),
    # Written 2026-12-06 (branch answers-34) from the published sources: paraphrases of the
    # kinds fixed on that branch. 10/10 correct, 0 wrong; the floor is two below.
    "dev/branch34_paraphrases.yml": (0.80, 0.20),
    # Written 2026-12-06 (branch answers-37) from the published sources, before the chooser was
    # changed: round 31's kind (a fact-name word beside the question's head). 6/12 correct,
    # 6 wrong before; 11/12 on the first run after, 12/12 after one more head form ("will my
    # pa still"); the floor is two below.
    "dev/branch37_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-06 (branch answers-38) before the chooser was
    # changed: the head asks one part of a fact ("how do i join", "how long is each", "who
    # can help"). 6/12 correct, 4 clarified, 2 didn't know before; 10/12 after (the two left
    # are not this kind: "21+ help" and "get leaving care back" name no fact); floor two below.
    "dev/branch38_paraphrases.yml": (0.66, 0.17),
    # dev paraphrases written 2026-12-06 (branch answers-39) before the form was changed:
    # round 32's kind (a question or a council in reply to the eligibility check's "how old
    # are you?" got the re-ask). 7/9 correct, 2 wrong before; 9/9 after; floor two below.
    "dev/branch39_paraphrases.yml": (0.77, 0.23),
    # dev paraphrases written 2026-12-07 (branch answers-40) before their scoring on the
    # changed code: set O's and round 32's kinds (the team named inside a contact question,
    # "who do i contact" for an email-only service, feeling low with the office shut, a body
    # named in a message read as a council, words the vocabulary did not know). 5/15 correct,
    # 1 clarified, 9 wrong on fc122f0's code; 15/15 after; floor two below.
    "dev/branch40_paraphrases.yml": (0.86, 0.14),
    # dev paraphrases written 2026-12-07 (branch answers-41) before their scoring on the
    # changed code: round 33's kinds (comparisons asked as "better off ... or" and "whose ...
    # more", clothes for starting a job, two facts as choices; the address and a share of a
    # cost led with; the fact a contact question names kept for the council named next; a
    # birthday that says when support stops). 5/12 correct, 1 didn't know, 6 wrong on
    # 42b1504's code; 12/12 after; floor two below.
    "dev/branch41_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-42) before their scoring on the
    # changed code: set P's kinds (a day of the week asked that the source does not give;
    # comparisons by "whats better for" and "who sees their care leavers more often"; the
    # fare to a job or course just got). 5/12 correct, 1 didn't know, 6 wrong on 80491dd's
    # code; 12/12 after; floor two below.
    "dev/branch42_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-43) before their scoring on the
    # changed code: round 34's kinds (councils named after a comparison with a reason beside
    # them; a time asked of when someone can be rung; the name of the 2000 Act; dropping out
    # of touch; money while waiting for the Home Office's decision). 3/12 correct, 3
    # clarified, 2 didn't know, 4 wrong on 43e5da6's code; 9/12, 1 clarified, 2 wrong after;
    # floor two below. Raised on 2026-12-07 (branch answers-45) to 11/12, 1 clarified, 0 wrong,
    # less two cases. Raised on 2026-12-07 (branch answers-46) to 12/12, less two cases.
    "dev/branch43_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-44) before their scoring on the
    # changed code: set Q's kinds (a comparative word setting councils side by side; a team
    # named, then a contact question; who to ring for money advice; urgent but not an
    # emergency; help to 25 whether in education or not; no PA and who to go to; housing
    # beside living alone; a say in the Local Offer; a fare paid). 8/12 correct, 4 wrong on
    # f6cc00f's code; 12/12 after; floor two below.
    "dev/branch44_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-45) before their scoring on the
    # changed code: the kinds answers-43 and 44 left (a thing asked about that "says"
    # something; a wait named by the asylum decision; a way to text someone; a programme that
    # gets you ready; living elsewhere now and whether the offer still counts; the Trust by
    # the county's name; a correction naming the council beside where they live). 6/12
    # correct, 5 clarified, 1 didn't know on 9126d21's code; 12/12 after; floor two below.
    "dev/branch45_paraphrases.yml": (0.83, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-46) before their scoring on the
    # changed code: round 35's kinds (an emergency ruled out by the person's own doubt; the
    # 2000 Act as "the one from 2000"; whether help stops at 21 or they ever get in touch;
    # what a programme only the Trust's entry names is; an out-of-hours number across
    # councils where one publishes none; an aside for ages the person is not; "which council"
    # asking between councils). 0/12 correct, 4 clarified, 3 didn't know, 5 wrong on 8a98c59's
    # code; 10/12, 1 clarified, 1 wrong (the check-in, untouched) after; floor two below.
    "dev/branch46_paraphrases.yml": (0.66, 0.25),
    # dev paraphrases written 2026-12-07 (branch answers-47) before their scoring on the
    # changed code: set R's kinds (a weekend line asked beside a topic; money while waiting
    # for Universal Credit; a disability and not wanting to live alone; something for turning
    # 18 or 21; the social worker stopping and who takes over; not a 999 thing, what to ring;
    # email as the form a thing comes in). 4/12 correct, 3 clarified, 2 didn't know, 3 wrong on
    # bb690a1's code; 11/12 after (b47-006 gets the check-in); floor two below.
    "dev/branch47_paraphrases.yml": (0.75, 0.17),
    # dev paraphrases written 2026-12-07 (branch answers-48) before their scoring on the
    # changed code: round 36's kinds (what a legal category means, one or two asked; two
    # councils in the care phrase; a line to text; help after 21 once the PA has gone;
    # someone to go through the care file, asked after the answer). 3/12 correct, 1
    # clarified, 8 wrong on ebe7bde's code; 10/12, 1 didn't know (the check-in), 1 wrong (a
    # handoff) after; floor two below.
    "dev/branch48_paraphrases.yml": (0.66, 0.25),
    # dev paraphrases written 2026-12-07 (branch answers-49) before their scoring on the
    # changed code: set S's kinds (the half of Northamptonshire named beside "the trust" or
    # "northants"; pots or pans as North's cooking equipment; businesses and other
    # organisations; leaving care information in another language). 5/12 correct, 3
    # clarified, 2 didn't know, 2 wrong on ba0abc6's code
    # (docs/answer-rounds/branch49_paraphrases-before.txt); 11/12 after (b49-009, "businesses"
    # alone, didn't know); floor two below.
    "dev/branch49_paraphrases.yml": (0.75, 0.17),
    # Written 2026-12-06 (fourteenth session) by an independent helper from the sources only,
    # without looking at the bot. First run on 80a9084 (before any change it measures):
    # 175/197 correct, 8 clarified, 3 didn't know, 11 wrong
    # (docs/answer-rounds/set_m-before.txt). Dev from then on; the floor is two cases below.
    # Raised on 2026-12-06 (branch answers-36) to 185/197, 2 wrong, less two cases.
    # Raised on 2026-12-06 (branch answers-38) to 188/197, 2 wrong, less two cases.
    # 189/197, 2 wrong after branch answers-43: less two cases, the same floor.
    # Raised on 2026-12-07 (branch answers-51) to 190/197, 1 wrong, less two cases.
    "dev/set_m.yml": (0.95, 0.02),
    # Written 2026-12-06 (fifteenth session) by an independent helper from the sources only,
    # without looking at the bot. First run on 90888c7 (before any change it measures):
    # 167/184 correct, 4 clarified, 4 didn't know, 9 wrong
    # (docs/answer-rounds/set_n-before.txt). Dev from then on; the floor is two cases below.
    # Raised on 2026-12-07 (branch answers-41) to 169/184, 9 wrong, less two cases. Raised
    # on 2026-12-07 (branch answers-49) to 171/184, 7 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 177/184, 2 wrong, less two cases.
    "dev/set_n.yml": (0.95, 0.03),
    # Set O, written 2026-12-07 (sixteenth session) by a new helper from the sources only
    # (220 cases, 180 once every case already in the tree or in round 34 was dropped). Run on
    # 36a0dcf before any change it measures: 163/180 correct, 3 clarified, 3 didn't know, 11
    # wrong (docs/answer-rounds/set_o-before.txt); dev from the start, floor two cases below.
    # Raised on 2026-12-07 (branch answers-40) to 175/180, 1 wrong, less two cases.
    "dev/set_o.yml": (0.96, 0.02),
    # Written 2026-12-06 (start of the thirteenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on d5d8599 at the start of
    # the fourteenth, before any change it measures: 133/143 correct, 3 clarified, 0 didn't
    # know, 7 wrong (docs/answer-rounds/round31-before.txt); the floor is two cases below.
    # After-run on 50f5052 (fourteenth session): 133/143, 7 wrong
    # (docs/answer-rounds/round31-after.txt). Dev since its after-run (moved to dev/ then).
    # Raised on 2026-12-06 (branch answers-37) to 139/143, 1 wrong, less two cases.
    "dev/round31.yml": (0.95, 0.03),
    # Written 2026-12-06 (start of the fourteenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on 1577167 at the start of
    # the fifteenth, before any change it measures: 133/143 correct, 2 clarified, 0 didn't
    # know, 8 wrong (docs/answer-rounds/round32-before.txt); the floor is two cases below.
    # After-run on 81bd981 (fifteenth session, after branch answers-38): 134/143, 1
    # clarified, 8 wrong (docs/answer-rounds/round32-after.txt). Dev since its after-run
    # (moved to dev/ then).
    # Raised on 2026-12-06 (branch answers-39) to 136/143, 6 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-40) to 142/143, 0 wrong, less two cases.
    "dev/round32.yml": (0.97, 0.02),
    # Written 2026-12-06 (start of the fifteenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on 36a0dcf at the start of
    # the sixteenth (2026-12-07), before any change it measures: 145/153 correct, 1 clarified,
    # 0 didn't know, 7 wrong (docs/answer-rounds/round33-before.txt); the floor is two cases
    # below. After-run on the sixteenth session's final answer code (after branch answers-40):
    # the same 145/153, 1 clarified, 7 wrong, the same cases
    # (docs/answer-rounds/round33-after.txt). Dev since its after-run (moved to dev/ then).
    # Raised on 2026-12-07 (branch answers-41) to 153/153, 0 wrong, less two cases.
    "dev/round33.yml": (0.98, 0.02),
    # Written 2026-12-07 (start of the seventeenth session) by a new helper from the sources
    # only, without looking at the bot; dev (read and worked on). Before any change: 169/180
    # correct, 1 clarified, 10 wrong (docs/answer-rounds/set_p-before.txt); 170/180 at the
    # start of branch answers-42 (after answers-41's merge), 175/180, 1 clarified, 4 wrong
    # after it; floor two below. Raised on 2026-12-07 (branch answers-50) to 176/180, 1
    # clarified, 3 wrong (p-092: the duty worker at the hour told), less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 179/180, 0 wrong, less two cases.
    "dev/set_p.yml": (0.98, 0.02),
    # Written 2026-12-07 (start of the eighteenth session) by a new helper from the sources
    # only, without looking at the bot; dev (read and worked on). Before any change: 178/194
    # correct, 5 clarified, 1 didn't know, 10 wrong (docs/answer-rounds/set_q-before.txt);
    # floor two below. Raised on 2026-12-07 (branch answers-44) to 186/194, 5 clarified, 1
    # didn't know, 2 wrong, less two cases. Raised on 2026-12-07 (branch answers-45) to 191/194,
    # 1 didn't know, 2 wrong, less two cases.
    "dev/set_q.yml": (0.97, 0.03),
    # Written 2026-12-07 (start of the nineteenth session) by a new helper from the sources
    # only, without looking at the bot (dev from the start). First run on 8a98c59 before any
    # change: 177/191 correct, 2 clarified, 1 didn't know, 11 wrong
    # (docs/answer-rounds/set_r-before.txt), less two cases. Raised on 2026-12-07 (branch
    # answers-47) to 185/191, 6 wrong, less two cases.
    "dev/set_r.yml": (0.95, 0.05),
    # Written 2026-12-07 (start of the twentieth session) by a new helper from the sources
    # only, without looking at the bot (dev from the start). First run on f524c64 before any
    # change: 172/178 correct, 2 clarified, 0 didn't know, 4 wrong
    # (docs/answer-rounds/set_s-before.txt). After branch answers-49: 176/178, 2 wrong (s-143
    # left; s-147 gets the urgent reply, the crisis layer's); the floor is two cases below.
    "dev/set_s.yml": (0.97, 0.03),
    # Written 2026-12-07 (start of the sixteenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on 82a32da at the start of
    # the seventeenth (2026-12-07), before any change it measures: 136/149 correct, 7
    # clarified, 2 didn't know, 4 wrong (docs/answer-rounds/round34-before.txt); the floor is
    # two cases below. After-run on the seventeenth session's final answer code (after
    # branches answers-41 and 42): the same 136/149, 7 clarified, 2 didn't know, 4 wrong
    # (docs/answer-rounds/round34-after.txt). Dev since its after-run (moved to dev/ then).
    # Raised on 2026-12-07 (branch answers-43) to 140/149, 2 wrong, less two cases. Raised on
    # 2026-12-07 (branch answers-45) to 141/149, 2 wrong, less two cases.
    "dev/round34.yml": (0.93, 0.03),
    # Written 2026-12-07 (start of the seventeenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on a508375 at the start of
    # the eighteenth (2026-12-07), before any change it measures: 132/140 correct, 2
    # clarified, 2 didn't know, 4 wrong (docs/answer-rounds/round35-before.txt); the floor is
    # two cases below. After-run on the eighteenth session's final answer code (after
    # branches answers-43, 44 and 45): the same 132/140, 2 clarified, 2 didn't know, 4 wrong
    # (docs/answer-rounds/round35-after.txt). Dev since its after-run (moved to dev/ then).
    # Raised on 2026-12-07 (branch answers-46) to 139/140, 1 clarified, 0 wrong, less two cases.
    "dev/round35.yml": (0.97, 0.02),
    # Written 2026-12-07 (start of the eighteenth session) by a new helper from the sources
    # only, without looking at the bot; never tuned on. First run on ca648ae at the start of
    # the nineteenth (2026-12-07), before any change it measures: 133/140 correct, 1
    # clarified, 1 didn't know, 5 wrong (docs/answer-rounds/round36-before.txt); the floor is
    # two cases below. After-run on the nineteenth session's final answer code (after
    # branches answers-46 and 47): the same 133/140, 1 clarified, 1 didn't know, 5 wrong
    # (docs/answer-rounds/round36-after.txt). Dev since its after-run (moved to dev/ then).
    # Raised on 2026-12-07 (branch answers-48) to 139/140, 1 wrong, less two cases.
    "dev/round36.yml": (0.97, 0.03),
    # Round 37, written at the start of the nineteenth session of 2026-12-07 by a helper who
    # never saw the bot, never tuned on. First run on f268178 at the start of the twentieth
    # (2026-12-07), before any change it measures: 121/134 correct (90.3%), 4 clarified, 0
    # didn't know, 9 wrong (docs/answer-rounds/round37-before.txt); the floor is two cases below.
    # After-run on the twentieth session's final answer code (branches answers-48 and 49): the
    # same 121/134, 4 clarified, 9 wrong (docs/answer-rounds/round37-after.txt). Dev since.
    # Raised on 2026-12-07 (branch answers-50) to 126/134, 4 clarified, 4 wrong, less two cases.
    # Raised on 2026-12-07 (branch answers-51) to 127/134, 3 wrong, less two cases.
    "dev/round37.yml": (0.93, 0.04),
    # Held-out round 38: written at the start of the twentieth session by a new helper who
    # never saw the bot, never tuned on. First run on ebf5b14 at the start of the twenty-first
    # (2026-12-07), before any change it measures: 131/140 correct (93.6%), 2 clarified, 1
    # didn't know, 6 wrong (docs/answer-rounds/round38-before.txt); the floor is two cases below.
    # After-run on 33c36b5 (twenty-first session): 132/140, 2 clarified, 6 wrong
    # (docs/answer-rounds/round38-after.txt). Read since; raised on the session's final code
    # (branch answers-53 and the crisis reading of "before i go?" about leaving care) to
    # 138/140, 1 clarified, 1 wrong, less two cases.
    "dev/round38.yml": (0.97, 0.03),
    # Dev set T: written at the start of the twenty-first session (2026-12-07) by a new helper
    # from the sources only; first run on cb77f7e before any change: 166/175 correct, 1
    # clarified, 3 didn't know, 5 wrong (docs/answer-rounds/set_t-before.txt), less two cases.
    # Raised on 2026-12-07 (branch answers-52) to 174/175, 1 wrong (t-061, whose must_not
    # forbids the £3,000 caveat the sources README asks for), less two cases.
    "dev/set_t.yml": (0.98, 0.02),
    # Dev set U: written at the start of the twenty-second session (2026-12-07) by a new helper
    # from the sources only; first run on 6d4801e before any change: 176/192 correct, 3
    # clarified, 0 didn't know, 13 wrong (docs/answer-rounds/set_u-before.txt), less two cases.
    # Raised on 2026-12-07 (branch answers-54) to 189/192, 1 clarified, 2 wrong (u-137 and
    # u-141, the crisis layer's), less two cases (docs/answer-rounds/branch54-after.txt).
    # Raised on 2026-12-07 (branch answers-55) to 191/192, 1 wrong (u-141, the crisis
    # layer's), less two cases (189/192 = 0.984 correct, 3/192 = 0.016 wrong)
    # (docs/answer-rounds/branch55-after.txt).
    "dev/set_u.yml": (0.98, 0.02),
    # Held-out round 39: written at the start of the twenty-first session by a new helper who
    # never saw the bot, never tuned on. First run on e9e3093 at the start of the twenty-second
    # (2026-12-07), before any change it measures: 134/137 correct (97.8%), 1 clarified, 0
    # didn't know, 2 wrong (docs/answer-rounds/round39-before.txt); the floor is two cases below.
    # After-run on ebb24a1 (a966567 + answers-54, twenty-second session): the same, 134/137, 1 clarified,
    # 2 wrong (docs/answer-rounds/round39-after.txt). Read since: dev.
    # Raised on 2026-12-07 (branch answers-55) to 137/137, 0 wrong, less two cases
    # (docs/answer-rounds/branch55-after.txt).
    "dev/round39.yml": (0.98, 0.02),
    # Held-out round 40: written at the start of the twenty-second session by a new helper who
    # never saw the bot, never tuned on. First run on 9a2585d at the start of the twenty-third
    # (2026-12-08), before any change it measures: 132/141 correct (93.6%), 2 clarified, 0
    # didn't know, 7 wrong (docs/answer-rounds/round40-before.txt); the floor is two cases below.
    # After-run on 8847923 (answers-56 and the session's crisis work, twenty-third session):
    # the same, 132/141, 2 clarified, 7 wrong (docs/answer-rounds/round40-after.txt). Read since: dev.
    # Raised on 2026-12-08 (branch answers-57) to 136/141, 3 clarified, 2 wrong (r40-020, the
    # partners' "no free travel" without the council's help with travel to work; r40-070, whose
    # must_not catches the reply's "Don't just turn up"), less two cases (134/141 = 0.950
    # correct, 4/141 = 0.028 wrong) (docs/answer-rounds/branch57-after.txt).
    "dev/round40.yml": (0.95, 0.03),
    # Fresh dev set V: written at the start of the twenty-third session (2026-12-08) by a new
    # helper from the sources only; 181 cases after dropping those already in the tree. Before
    # any work on it (4d3b50a): 167/181 correct (92.3%), 4 clarified, 2 didn't know, 8 wrong
    # (docs/answer-rounds/set_v-before.txt); the floor is two cases below.
    # Raised on 2026-12-08 (branch answers-56) to 178/181, 3 wrong (v-058 and v-059, the
    # £3,000 caution the sources README asks for; v-147, the crisis layer's), less two cases
    # (176/181 = 0.972 correct, 5/181 = 0.028 wrong) (docs/answer-rounds/branch56-after.txt).
    "dev/set_v.yml": (0.97, 0.03),
}


def key(path: Path) -> str:
    """The FLOORS key of an answer file: 'dev/set_a.yml', 'heldout/round38.yml'."""
    return f"{path.parent.name}/{path.name}"


def answer_files() -> list[Path]:
    """Every answer file, in the order FLOORS lists them (files without a floor last)."""
    order = {name: i for i, name in enumerate(FLOORS)}
    return sorted(ANSWERS_DIR.glob("*/*.yml"), key=lambda p: (order.get(key(p), len(order)), key(p)))


def bench_only_files() -> list[Path]:
    """Dev files scored by `make bench` rather than pytest: all but the newest few."""
    dev = [p for p in answer_files() if p.parent.name == "dev"]
    return dev[:max(len(dev) - RECENT_DEV_IN_SUITE, 0)]


def suite_files() -> list[Path]:
    """Answer files pytest runs: every held-out round and the newest dev files."""
    leaving = set(bench_only_files())
    return [p for p in answer_files() if p not in leaving]


def below_floor(score: Score, name: str) -> list[str]:
    """What in `score` falls below file `name`'s floor ([] when it keeps it)."""
    if name not in FLOORS:
        return [f"no floor recorded for {name}"]
    least_correct, most_wrong = FLOORS[name]
    problems = []
    if score.rate("correct") < least_correct:
        problems.append(f"correct {score.rate('correct'):.1%} < {least_correct:.0%}")
    if score.rate("wrong") > most_wrong:
        problems.append(f"wrong {score.rate('wrong'):.1%} > {most_wrong:.0%}")
    return problems
