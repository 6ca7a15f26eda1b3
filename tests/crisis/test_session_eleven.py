"""Readings mended on fresh dev sets u and v (eleventh session of 2026-12-06): each case is
a message those writers sent, or the same kind said another way, and the outcome a care
leaver should get (tests.crisis.test_dev_sets.outcome: 'full' is the crisis or urgent
reply, 'unsure', 'sharp' and 'broad' a check-in, 'none' the ordinary answer)."""
from __future__ import annotations

import pytest

from bot.crisis.detector import CRISIS, URGENT, detect
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    # a course, a training or a job wanted: the lesson frame
    "should you make someone sick if theyve swallowed bleach? its a question on my childcare course",
    "whats the difference between fainting and a seizure, we did it at work training",
    "is there training for how to talk to someone whos suicidal? i want to be a youth worker",
    "doing my level 3 health and social care, were learning about self harm and how to support young people",
    "do nurses have to learn about self harm at uni, im thinking of applying",
    # a parent's past read in a care file
    "reading my old social work files, theres a bit about my mum trying to end it when she was pregnant with me. "
    "explains a lot. who can help me go through the rest",
    # idioms and things that only sound like means
    "feels like im banging my head against a wall with the council payments 🙄 can someone sort it",
    "im taking all my tablets to the shop to get fixed, both screens are smashed",
    # rounds 71-72, read after their after-run
    "peak. my bursary got cut again, how am i meant to buy books",
    "my best mate's dad killed himself when we were kids, we're doing a charity walk for him",
    "my mate puts unalive in every tiktok caption about the last of us lmao, that word is so cringe now",
])
def test_no_crisis_reply(text: str) -> None:
    assert outcome(text) == "none"


@pytest.mark.parametrize("text", [
    "im gonna throw myself into my college work this year",
    "nearly got hit by a car crossing the road, people drive like maniacs round here",
    "my gums wont stop bleeding when i brush, dentist or gp",
])
def test_at_most_a_check_in(text: str) -> None:
    assert outcome(text) in ("none", "unsure", "sharp", "broad")


@pytest.mark.parametrize("text", [
    "i keep banging my head against the wall till it bruises",
    "gonna throw myself into the river tonight",
    "been trying not to but i cut again",
    "got hit by a car and my leg is bent wrong",
    "took 2 packs of tablets, the pill kind not ipad lol, feel sleepy",
    "i had everything in the pill organiser for the week all at once",
])
def test_the_full_reply_stands(text: str) -> None:
    assert outcome(text) == "full"


@pytest.mark.parametrize("text", [
    "wrapped the hair tie round my wrist so tight it went purple, doing it every night now",
    "blood is soaking through the towel, how long before i pass out",
])
def test_self_harm_in_other_words_gets_the_crisis_reply(text: str) -> None:
    verdict = detect(text, remember=False)
    assert (verdict.level, verdict.category) == (CRISIS, "self_harm")


@pytest.mark.parametrize("text", [
    "had blood taken today and fainted lol, am i ok to drive after",
    "coughing up blood and cant breathe",
])
def test_blood_with_a_medical_cause_is_not_read_as_self_harm(text: str) -> None:
    assert detect(text, remember=False).category != "self_harm"


def test_a_laugh_does_not_hide_standing_on_a_bridge() -> None:
    assert outcome("yh. im standing on the bridge while doing this form lol") in ("sharp", "full")


@pytest.mark.parametrize("text", [
    "ho messo da parte le pastiglie, non ce la faccio piu",
    "koprudeyim, atlayacagim",
    "main kal nu nai hona, mummy nu das dena ki main ohna nu pyar karda si",
    # rounds 71-72, read after their after-run
    "c mon dernier message, merci pour tout",
    "sunt pe pod si ma uit in jos de o ora",
])
def test_new_phrases_in_other_languages(text: str) -> None:
    assert detect(text, remember=False).level == CRISIS


def test_a_man_following_in_italian_is_urgent_but_not_a_worker_who_supports() -> None:
    assert detect("un uomo mi segue da mezzora e non so dove andare", remember=False).level == URGENT
    assert not detect("l assistente sociale che mi segue da tre anni e brava", remember=False).positive


def test_run_together_shorthand_for_not_wanting_to_live() -> None:
    assert detect("idwtlive anymore", remember=False).level == CRISIS
