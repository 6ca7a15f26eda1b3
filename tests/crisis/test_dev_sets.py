"""Fresh development sets, read and tuned on (tests/crisis/dev/): offline, every crisis,
urgent and in-form message keeps a full reply or a sharp signal (the check-in even where
the bot understood the words), and the negatives' full replies and signals stay at most
what they were when the set was worked on. Held-out rounds measure unseen wording; these
keep what was fixed fixed.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.crisis import context, detector
from bot.crisis.component import _plan_or_means_beside, with_second_tier

DEV = Path(__file__).parent / "dev"
RISK_SECTIONS = ("crisis", "urgent", "in_form")
# Outcomes when each set was worked on (2026-12-05): negatives' alarms by kind, and the
# English risk messages left with only a broad signal or none ("what do they do with your
# stuff in supported accomodation if you die"; "yes still with my foster family but not
# for long, ive made my decision" in set b).
NEGATIVE_CEILINGS = {"fresh-2026-12-05.yml": {"full": 2, "unsure": 0, "sharp": 0, "broad": 1},
                     "fresh-2026-12-05-b.yml": {"full": 4, "unsure": 0, "sharp": 1, "broad": 0},
                     "fresh-2026-12-05-c.yml": {"full": 4, "unsure": 1, "sharp": 5, "broad": 2},
                     "fresh-2026-12-05-d.yml": {"full": 4, "unsure": 3, "sharp": 4, "broad": 3},
                     "fresh-2026-12-05-e.yml": {"full": 4, "unsure": 3, "sharp": 14, "broad": 12},
                     "fresh-2026-12-05-f.yml": {"full": 3, "unsure": 1, "sharp": 2, "broad": 1},
                     "fresh-2026-12-05-g.yml": {"full": 5, "unsure": 1, "sharp": 6, "broad": 1},
                     "fresh-2026-12-05-h.yml": {"full": 9, "unsure": 2, "sharp": 12, "broad": 0},
                     "fresh-2026-12-05-i.yml": {"full": 4, "unsure": 2, "sharp": 11, "broad": 3},
                     # set j: non-English only (its ordinary lines are non_english_other)
                     "fresh-2026-12-05-j.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 0},
                     "fresh-2026-12-05-k.yml": {"full": 6, "unsure": 1, "sharp": 19, "broad": 0},
                     "fresh-2026-12-05-l.yml": {"full": 2, "unsure": 2, "sharp": 11, "broad": 2},
                     "fresh-2026-12-05-m.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 0},
                     "fresh-2026-12-06-n.yml": {"full": 2, "unsure": 1, "sharp": 3, "broad": 3},
                     "fresh-2026-12-06-o.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 0},
                     "fresh-2026-12-06-p.yml": {"full": 1, "unsure": 2, "sharp": 4, "broad": 0},
                     "fresh-2026-12-06-q.yml": {"full": 14, "unsure": 0, "sharp": 22, "broad": 13},
                     "fresh-2026-12-06-r.yml": {"full": 4, "unsure": 0, "sharp": 6, "broad": 9},
                     "fresh-2026-12-06-s.yml": {"full": 6, "unsure": 2, "sharp": 9, "broad": 10},
                     "fresh-2026-12-06-t.yml": {"full": 1, "unsure": 3, "sharp": 7, "broad": 7},
                     # u and v learned by the meaning check in the twelfth session (were 1, 0,
                     # 10, 12 and 2, 1, 9, 5)
                     "fresh-2026-12-06-u.yml": {"full": 0, "unsure": 0, "sharp": 1, "broad": 0},
                     "fresh-2026-12-06-v.yml": {"full": 1, "unsure": 1, "sharp": 1, "broad": 0},
                     # w and x learned by the meaning check in the thirteenth session (were 0,
                     # 1, 6, 13 and 0, 0, 1, 4); y and z as the thirteenth session left them
                     "fresh-2026-12-06-w.yml": {"full": 0, "unsure": 1, "sharp": 0, "broad": 5},
                     "fresh-2026-12-06-x.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 0},
                     "fresh-2026-12-06-y.yml": {"full": 1, "unsure": 0, "sharp": 9, "broad": 6},
                     "fresh-2026-12-06-z.yml": {"full": 2, "unsure": 0, "sharp": 4, "broad": 9},
                     # aa and ab (fourteenth session) after its mends; aa's were 8, 1, 11, 8
                     # before them (the REST before-run: docs/crisis-rounds/dev-aa-ab-before.txt)
                     "fresh-2026-12-06-aa.yml": {"full": 4, "unsure": 1, "sharp": 11, "broad": 8},
                     "fresh-2026-12-06-ab.yml": {"full": 3, "unsure": 0, "sharp": 4, "broad": 9},
                     # ac and ad (fifteenth session) learned by the meaning check in the
                     # sixteenth (were 1, 1, 5, 9 and 1, 0, 4, 4 after the fifteenth's mends;
                     # REST before-run: docs/crisis-rounds/dev-ac-ad-before.txt)
                     "fresh-2026-12-06-ac.yml": {"full": 0, "unsure": 1, "sharp": 0, "broad": 2},
                     "fresh-2026-12-06-ad.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 1},
                     # ae and af (sixteenth session) learned by the meaning check in the
                     # seventeenth (were 1, 2, 7, 8 and 0, 0, 3, 5 after the sixteenth's mends;
                     # offline before any work on them 6, 0, 7, 10 and 3, 0, 3, 6; REST
                     # before-run: docs/crisis-rounds/dev-ae-af-before.txt)
                     "fresh-2026-12-07-ae.yml": {"full": 0, "unsure": 0, "sharp": 1, "broad": 5},
                     "fresh-2026-12-07-af.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 3},
                     # ag and ah (seventeenth session) learned by the meaning check in the
                     # eighteenth (were 2, 2, 6, 8 and 0, 0, 3, 4 after the seventeenth's mends;
                     # offline before any work on them 4, 2, 6, 10 and 3, 0, 4, 5; REST
                     # before-run: docs/crisis-rounds/dev-ag-ah-before.txt)
                     "fresh-2026-12-07-ag.yml": {"full": 1, "unsure": 0, "sharp": 0, "broad": 3},
                     "fresh-2026-12-07-ah.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 2},
                     # ai and aj (eighteenth session), learned by the meaning check in the same
                     # session after their REST before-run (docs/crisis-rounds/dev-ai-aj-before.txt)
                     # and the rule mends read from it, so in-sample: offline before the fold
                     # they were 5, 1, 9, 4 and 4, 1, 3, 0
                     "fresh-2026-12-07-ai.yml": {"full": 3, "unsure": 1, "sharp": 0, "broad": 3},
                     "fresh-2026-12-07-aj.yml": {"full": 2, "unsure": 1, "sharp": 0, "broad": 0},
                     # ak and al (nineteenth session), learned by the meaning check in the same
                     # session after their REST before-run (docs/crisis-rounds/dev-ak-al-before.txt,
                     # false alarms 20/446 and 6/328) and the rule mends read from it, so
                     # in-sample: offline before any work on them 4, 0, 8, 8 and 2, 0, 4, 2
                     "fresh-2026-12-07-ak.yml": {"full": 2, "unsure": 0, "sharp": 1, "broad": 4},
                     "fresh-2026-12-07-al.yml": {"full": 0, "unsure": 0, "sharp": 0, "broad": 1},
                     # am and an (twentieth session): REST before-run on f524c64
                     # (docs/crisis-rounds/dev-am-an-before.txt, false alarms 23/547 and 7/334);
                     # mended by rules from it, not learned by the meaning check. Sharp 7 -> 8 and
                     # broad 10 -> 11 with the model that learned rounds 89-90 (twenty-first
                     # session): "threw up an hour after taking my pill, does it still work"
                     # reads 0.85 by sense; over the tree that model left 16 ordinary messages
                     # noisier and 21 quieter, and no risk message worse
                     # Broad 11 -> 12 with the model that learned rounds 91-92 (twenty-second
                     # session): "scared to open my post, think its a parking fine" and a dare
                     # to jump off the pier; over the tree that model left 15 ordinary messages
                     # noisier and 30 quieter, one risk message worse (now a sharp signal)
                     "fresh-2026-12-07-am.yml": {"full": 0, "unsure": 1, "sharp": 8, "broad": 12},
                     "fresh-2026-12-07-an.yml": {"full": 0, "unsure": 0, "sharp": 3, "broad": 4},
                     # ao and ap (twenty-first session): REST before-run on cb77f7e with the
                     # model before the fold of rounds 89-90 (docs/crisis-rounds/dev-ao-ap-before.txt,
                     # false alarms 24/494 and 18/327); mended by rules from it, not learned
                     # and with the model that learned rounds 91-92, ao's sharp 9 -> 10 ("been
                     # a week and i havent spoken to anyone except the cashier at lidl") and
                     # ap's broad 8 -> 10 ("got a job painting the bridge on the high street")
                     # ao's sharp 10 -> 11 with the model that learned rounds 93-94 (twenty-third
                     # session): "pharmacy says i have to collect my meds within 7 days or they go
                     # back, what if im away"; over the tree that model left 11 ordinary messages
                     # noisier and 17 quieter, and one risk message worse (set ar's, mended)
                     "fresh-2026-12-07-ao.yml": {"full": 3, "unsure": 0, "sharp": 11, "broad": 13},
                     "fresh-2026-12-07-ap.yml": {"full": 2, "unsure": 0, "sharp": 8, "broad": 10},
                     # aq and ar (twenty-second session): REST before-run on 6d4801e with the
                     # model before the fold of rounds 91-92 (docs/crisis-rounds/dev-aq-ar-before.txt,
                     # false alarms 25/540 and 17/309); mended by rules from it, not learned
                     "fresh-2026-12-07-aq.yml": {"full": 0, "unsure": 1, "sharp": 10, "broad": 8},
                     "fresh-2026-12-07-ar.yml": {"full": 0, "unsure": 0, "sharp": 6, "broad": 7},
                     # as and at (twenty-third session): REST before-run on 4d3b50a with the
                     # model before the fold of rounds 93-94 (docs/crisis-rounds/dev-as-at-before.txt,
                     # false alarms 21/458 and 10/297); offline before any work on them 6, 2, 6, 10
                     # and 4, 0, 4, 2. After the session's mends and the fold of rounds 93-94: of
                     # the ten full replies two are check-ins where the bot does not understand
                     # (a stranger's collapse seen yesterday, chips "overdosed on") and one a
                     # broad word (a grandparent's accidental overdose); the fold made "i feel
                     # empty a lot, i want to talk to someone about it" a sharp signal
                     "fresh-2026-12-08-as.yml": {"full": 1, "unsure": 2, "sharp": 8, "broad": 9},
                     "fresh-2026-12-08-at.yml": {"full": 0, "unsure": 0, "sharp": 4, "broad": 3}}
# Reset on the third session of 2026-12-05, when the joke, friend-safe-now, glad-now,
# tiredness, paperwork and parting readings (bot/crisis/context.py) moved some full replies
# to a check-in and some check-ins to nothing: every set's alarms fell in total (a: 36 to
# 28, b: 21 to 20, c: 72 to 60, d: 89 to 81 from the first of them). Reset again in the
# fourth session, when sets a-d were learned by the meaning check (bot/crisis/meaning.py:
# they now guard the fold, a: 3, b: 5, c: 12, d: 14 alarms) and set e, written that session
# by a new writer who saw nothing of the bot, was worked on (its 413 negatives: 13 full
# replies, 1 unsure, 21 sharp and 20 broad before; 4, 3, 14 and 12 after). Set f, written
# in the fifth session by another new writer, was worked on and learned the same way (its
# 400 negatives: 8 full replies, 2 unsure, 19 sharp and 14 broad before; 3, 1, 2 and 1
# after, most of that from learning it). Sets g (394 negatives: 17 full, 0 unsure, 27 sharp,
# 16 broad before; 5, 1, 6 and 1 after) and h (427: 18, 2, 39, 29 before; 9, 2, 12, 0 after)
# followed the same session, the hardest negatives any writer has produced. Set i (421:
# 13, 1, 30, 20 before; 4, 2, 11, 3 after), written in the sixth session, the same way, and
# set k (406: 12, 1, 29, 14 before; 6, 1, 19, 0 after). Set j is non-English only. Set l
# (seventh session; 403 negatives, 49 alarms over REST before: 17 full replies, 32
# check-ins; 2, 2, 11 and 2 after), and set m, non-English only (187 crisis lines: 89 full
# replies over REST before; 172 after). Set n (eighth session; 500 negatives, 48 alarms
# over REST before: 17 full replies, 31 check-ins; 2, 1, 3 and 3 after, most of it from
# learning it) and set o, non-English only (197 crisis lines: 59 full replies over REST
# before; 131 after). Set p (the same session, indirect crisis wording: 249 crisis messages,
# 96.4% caught over REST before; 286 negatives, 5 full replies and 13 check-ins before; 1, 2,
# 4 and 0 after). Sets q (mostly hard negatives; 505 negatives, 52 alarms over REST before
# any work: 17 full replies, 35 check-ins) and r (indirect crisis wording; 258 crisis
# messages, 96.5% caught over REST before; 316 negatives, 5 full and 21 check-ins), ninth
# session, not learned by the meaning check: what the session's second-tier change left.
# Set r's four: plasters "for you know what", two goodbyes said as thanks ("rang my old
# key worker to say thanks and bye, she didnt get why. she will tmrw"), and "20 but
# honestly this is the last form im ever doing" (broad signals: a check-in only where the
# bot did not understand). Sets s (mostly hard negatives; 464 negatives, 28 alarms over REST
# before any work: 9 full replies, 19 check-ins) and t (indirect crisis wording; 268 crisis
# messages, 98.1% caught over REST before; 328 negatives, 8 full and 15 check-ins), tenth
# session, read after that run and worked on, not learned. Set t's one: "she hasnt got a
# stanley knife in her pocket like i have" (a broad signal). Sets u (mostly hard negatives;
# 474 negatives, 25 alarms over REST on the model that learned s and t: 5 full replies, 20
# check-ins) and v (indirect crisis wording; 252 crisis messages, 98.0% caught; 287
# negatives, 7 full and 9 check-ins), eleventh session, read after that run and worked on,
# not learned. Set v's four: a will "done by friday", "imagine my PA turning up ... and im
# not there. not there anywhere i mean", "the state of my legs after last night" (nothing),
# and one with only a broad signal (all four answered since the meaning check learned v).
# Sets w (mostly hard negatives; 472 negatives, 26 alarms over REST before: 8 full replies,
# 18 check-ins) and x (indirect crisis wording; 262 crisis messages, 96.2% caught over REST
# before; 340 negatives, 5 full and 3 check-ins), twelfth session, read after that run and
# worked on, not learned. Set x's six are goodbyes told only by giving things away ("give
# my xbox to the kids at the unit", "my stuffs going to the charity shop except the north
# face, that goes to kayla", a hamster for the primary school, food left for the dog and
# the door unlocked, the phone charged "so they can find my contacts": a broad signal) and
# a thank-you passed to an old social worker.
RISK_LEFT = {"fresh-2026-12-05.yml": 0, "fresh-2026-12-05-b.yml": 2, "fresh-2026-12-05-c.yml": 0,
             "fresh-2026-12-05-d.yml": 0, "fresh-2026-12-05-e.yml": 0, "fresh-2026-12-05-f.yml": 0,
             "fresh-2026-12-05-g.yml": 0, "fresh-2026-12-05-h.yml": 0, "fresh-2026-12-05-i.yml": 0,
             "fresh-2026-12-05-j.yml": 0, "fresh-2026-12-05-k.yml": 0, "fresh-2026-12-05-l.yml": 0,
             "fresh-2026-12-05-m.yml": 0, "fresh-2026-12-06-n.yml": 0, "fresh-2026-12-06-o.yml": 0,
             "fresh-2026-12-06-p.yml": 0, "fresh-2026-12-06-q.yml": 0, "fresh-2026-12-06-r.yml": 4,
             "fresh-2026-12-06-s.yml": 0, "fresh-2026-12-06-t.yml": 1, "fresh-2026-12-06-u.yml": 0,
             "fresh-2026-12-06-v.yml": 0, "fresh-2026-12-06-w.yml": 0, "fresh-2026-12-06-x.yml": 0,
             # z: "what happens to someones tenancy if they pass away? asking so i can leave a
             # proper note for my landlord" keeps a broad signal (a check-in where the bot is
             # unsure), not a sharp one
             "fresh-2026-12-06-y.yml": 0, "fresh-2026-12-06-z.yml": 1,
             # aa: "if anything happens can someone look after my cat, her name is mochi" has
             # nothing offline (the NLU's check-in catches it through REST)
             "fresh-2026-12-06-aa.yml": 1, "fresh-2026-12-06-ab.yml": 0,
             "fresh-2026-12-06-ac.yml": 0, "fresh-2026-12-06-ad.yml": 0,
             # ae and af: af's three (a deep river beside no future, a knife beside no
             # reason to, blood everywhere from an arm with shaking hands) had the urgent
             # reply, and two goodbyes nothing, before the sixteenth session's mends
             "fresh-2026-12-07-ae.yml": 0, "fresh-2026-12-07-af.yml": 0,
             # ag and ah: before the seventeenth session's mends 1 and 4 (self-harm and an
             # overdose given the urgent reply only, a will with a deadline, a goodbye said
             # "ta-ra"); left, offline: the "ta-ra" goodbye ("someone who knew me when i was
             # small" reads as told in the past) and ag's "at the pier, tides in, cant see a
             # way forward" (broad offline; through REST the check-in)
             "fresh-2026-12-07-ag.yml": 0, "fresh-2026-12-07-ah.yml": 0,
             # ai and aj: through REST before any work on them, aj's seven (four beside a
             # question the bot answered) and ai's one overdose given the urgent reply; none
             # left after the eighteenth session's mends and fold (in-sample)
             "fresh-2026-12-07-ai.yml": 0, "fresh-2026-12-07-aj.yml": 0,
             # ak and al: offline before any work on them 1 and 8 (through REST: ak one
             # miss, al nine, six of them beside a question the bot answered); none left
             # after the nineteenth session's mends, before the fold too
             "fresh-2026-12-07-ak.yml": 0, "fresh-2026-12-07-al.yml": 0,
             # am and an: through REST before any work on them, am none and an seven (four
             # given the urgent reply); none left offline after the twentieth session's mends
             "fresh-2026-12-07-am.yml": 0, "fresh-2026-12-07-an.yml": 0,
             # ao and ap: through REST before any work on them, ao none and ap seven (two
             # given the urgent reply); none left offline after the twenty-first session's
             # mends (one, "used to sh when i was in care and the urge has properly come
             # back", read as history by the folded model until the urge's return was a signal)
             "fresh-2026-12-07-ao.yml": 0, "fresh-2026-12-07-ap.yml": 0,
             # aq and ar: through REST before any work on them, aq two (a goodbye, a partner
             # smashing the flat up) and ar six (one given the urgent reply); none left
             # offline after the twenty-second session's mends
             "fresh-2026-12-07-aq.yml": 0, "fresh-2026-12-07-ar.yml": 0,
             # as and at: offline before any work on them (through REST: as one crisis miss,
             # at three and one in-form; offline 3 and 5); none left offline after the
             # twenty-third session's mends
             "fresh-2026-12-08-as.yml": 0, "fresh-2026-12-08-at.yml": 0}
# Crisis lines in another language left without the full reply. Set m's 15 say the risk
# only by a place after a list of troubles ("on the bridge", "on the roof", "on the
# platform waiting for the next train"), or by a knife or letters an ordinary message also
# mentions; a phrase for them would fire on ordinary messages too. They keep the language
# check-in (the reply in the writer's language with the contacts) where the check finds one.
# Set o's 58 (and set n's one) are the same kinds, plus goodbyes by giving a thing away or
# "tomorrow I won't be here" (which its own ordinary lines say too).
NON_ENGLISH_LEFT = {"fresh-2026-12-05-m.yml": 15, "fresh-2026-12-06-n.yml": 1, "fresh-2026-12-06-o.yml": 58,
                    "fresh-2026-12-06-p.yml": 11, "fresh-2026-12-06-q.yml": 1, "fresh-2026-12-06-r.yml": 3,
                    "fresh-2026-12-06-s.yml": 3, "fresh-2026-12-06-t.yml": 11,
                    # u and v were 11 and 17, w and x 4 and 11, before the phrases listed in
                    # the twelfth session; what is left is "I won't be here tomorrow" (with a
                    # goodbye or a sorry beside it), which is not listed alone because ordinary
                    # lines say it too, and farewells that could be a party's ("ya me despedi
                    # de todos ... me voy para siempre", "khodahafez hame")
                    "fresh-2026-12-06-u.yml": 3, "fresh-2026-12-06-v.yml": 6, "fresh-2026-12-06-w.yml": 0,
                    "fresh-2026-12-06-x.yml": 2,
                    # y and z were 5 and 10 before the thirteenth session's phrases; left: "I
                    # won't be here tomorrow" with a pet or a sister to look after, "today is
                    # my last day" (a last day at work says it too)
                    "fresh-2026-12-06-y.yml": 1, "fresh-2026-12-06-z.yml": 5,
                    # aa and ab were 5 and 9 before the fourteenth session's phrases
                    "fresh-2026-12-06-aa.yml": 4, "fresh-2026-12-06-ab.yml": 8,
                    # ac and ad: every non-English line had the contacts through REST (100%),
                    # 6 and 11 by a check-in rather than a phrase list's full reply before the
                    # fifteenth session's phrases; left: "I won't be here tomorrow" with a
                    # message for family (Punjabi, Farsi)
                    "fresh-2026-12-06-ac.yml": 0, "fresh-2026-12-06-ad.yml": 2,
                    # ae and af: every line had the contacts through REST, 4 and 7 by a
                    # check-in, before the sixteenth session's phrases and its pairs of
                    # "tomorrow I won't be here" and a goodbye; left: a roof after "I can't
                    # do it any more" (Italian)
                    "fresh-2026-12-07-ae.yml": 0, "fresh-2026-12-07-af.yml": 1,
                    # ag and ah before any work on them: every line had the contacts through
                    # REST, 8 and 11 by a check-in
                    "fresh-2026-12-07-ag.yml": 8, "fresh-2026-12-07-ah.yml": 11,
                    # ai and aj before any work on them: every line had the contacts through
                    # REST, 8 and 12 by a check-in
                    "fresh-2026-12-07-ai.yml": 8, "fresh-2026-12-07-aj.yml": 12,
                    # ak and al before any work on them: through REST every ak line had the
                    # contacts (4 by a check-in), al all but one (an Italian "a man has been
                    # following me for half an hour")
                    "fresh-2026-12-07-ak.yml": 4, "fresh-2026-12-07-al.yml": 10,
                    # am and an before any work on them: through REST every line had the
                    # contacts (4 and 8 by a check-in)
                    "fresh-2026-12-07-am.yml": 4, "fresh-2026-12-07-an.yml": 8,
                    # ao and ap before any work on them: through REST all but one ao line had
                    # the contacts (Vietnamese without accents), ap every line; left without
                    # the full reply: "I won't be here tomorrow" with a goodbye, a pet or a
                    # sister, and a roof with "nothing matters any more" (Czech)
                    "fresh-2026-12-07-ao.yml": 5, "fresh-2026-12-07-ap.yml": 5,
                    # aq and ar before any work on them: through REST every line had the
                    # contacts (full reply or check-in); offline 4 and 8 by a check-in only
                    "fresh-2026-12-07-aq.yml": 4, "fresh-2026-12-07-ar.yml": 8,
                    # as and at before any work on them: through REST every line had the
                    # contacts (full reply or check-in); offline 4 and 14 by a check-in only.
                    # After the session's phrases (Turkish, Romanian, Portuguese, Italian,
                    # Russian, Ukrainian, Lithuanian, Bengali, Polish; a French "a man is
                    # following me") what is left is "tomorrow I won't be here" with a goodbye
                    # or tiredness (Kurmanji, Dari, Urdu, Tigrinya, Amharic) and things given
                    # away "I won't need them any more" (Czech)
                    "fresh-2026-12-08-as.yml": 2, "fresh-2026-12-08-at.yml": 6}


def outcome(text: str) -> str:
    """'full', 'unsure' (a rule's words read as unsure: the check-in), 'sharp', 'broad' or 'none'."""
    verdict = detector.detect(text, remember=False)
    framed = context.read(text, verdict.reason) if verdict.positive else "crisis"
    if framed == "ordinary" and _plan_or_means_beside(text):
        framed = "unsure"
    if verdict.positive and framed in ("crisis", "unsure"):
        return "full" if framed == "crisis" else "unsure"
    tier = with_second_tier(detector.NO_RISK, text)
    if tier.get("distress"):
        return "sharp" if tier.get("distress_sharp") else "broad"
    return "none"


@pytest.mark.parametrize("name", sorted(NEGATIVE_CEILINGS))
def test_a_dev_sets_risk_messages_keep_a_full_reply_or_a_sharp_signal(name: str) -> None:
    data = yaml.safe_load((DEV / name).read_text(encoding="utf-8"))
    lost = [(section, item["text"]) for section in RISK_SECTIONS for item in data.get(section) or []
            if outcome(item["text"]) not in ("full", "unsure", "sharp")]
    assert len(lost) <= RISK_LEFT[name], lost
    # Another language's crisis messages get the full reply from its phrase list.
    missed = [item["text"] for item in data.get("non_english") or [] if outcome(item["text"]) != "full"]
    assert len(missed) <= NON_ENGLISH_LEFT.get(name, 1), missed


@pytest.mark.parametrize("name", sorted(NEGATIVE_CEILINGS))
def test_a_dev_sets_negatives_get_no_more_alarms_than_they_did(name: str) -> None:
    data = yaml.safe_load((DEV / name).read_text(encoding="utf-8"))
    counts = Counter(outcome(item["text"]) for item in data.get("negative") or [])
    for kind, ceiling in NEGATIVE_CEILINGS[name].items():
        assert counts[kind] <= ceiling, (kind, counts)


def test_every_dev_set_has_ceilings() -> None:
    assert {p.name for p in DEV.glob("*.yml")} == set(NEGATIVE_CEILINGS)
