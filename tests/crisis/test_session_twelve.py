"""Readings mended on fresh dev sets w and x and on rounds 71-72 (dev since their after-run),
in the twelfth session of 2026-12-06: each case is a message those writers sent, or the same
kind said another way, and the outcome a care leaver should get
(tests.crisis.test_dev_sets.outcome: 'full' is the crisis or urgent reply, 'unsure',
'sharp' and 'broad' a check-in, 'none' the ordinary answer)."""
from __future__ import annotations

from typing import Any

import pytest

from bot.crisis.detector import CRISIS, URGENT, detect
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    # shaving, a dare told of, explaining a death to a child, telly and a film's character
    "can i use a disposable razor on my legs or is that bad for ingrowns",
    "my mate dared me to jump in the river in july, i didnt, its gross",
    "my little brother asks me why our mum died, how do i explain an overdose to a 9 year old",
    "saw that panorama about gangs using kids for county lines, mad how common it is",
    "going to see a film about a girl who self harms, is it too triggering for 15s (asking for my little cousin)",
    # an accident that nearly happened, and rope for the washing
    "my flatmate keeps leaving sharp knives in the sink, nearly cut myself washing up, how do i bring it up without drama",
    "bought some rope to hang my washing on the balcony, is that allowed in council flats",
    # a pet's habit (round 72)
    "my cat keeps jumping off the balcony onto the shed roof, is that normal",
    # a recovery said with pride, and a goodbye taken back as going to work
    "its been a year since i last self harmed and im proud of myself",
    "it's been 4 years since i last hurt myself and i'm proper proud, just wanted to share",
    "im gone by the time you read this... gone to work that is 😂 reply later",
])
def test_no_crisis_reply(text: str) -> None:
    assert outcome(text) == "none"


@pytest.mark.parametrize("text", [
    # rounds 71-72: the reason given takes the full reply away; the readers still decide
    # whether a check-in is kind
    "at the top of the multi storey car park, can't find my car lol",
    "sorry this is my last message tonight, phone on 2%. thanks for sorting the rent x",
])
def test_at_most_a_check_in(text: str) -> None:
    assert outcome(text) in ("none", "unsure", "sharp", "broad")


@pytest.mark.parametrize("text", [
    "used a razor on my legs but not for shaving if u get me",
    "took the blade out of my shaver so i can use it on myself",
    "got a rope to hang tonight",
    "bought rope to hang myself",
    "this is my last message tonight",
    "at the top of the multi storey, cant do this anymore",
    "my dog died and i keep thinking about jumping off the bridge",
    "at the station platform, trains every 10 mins, dont think i can go on",
    "i dont think i can keep going like this",
    "by the time you read this i will be gone",
    "its been a year since i last self harmed and im proud but tonight i want to cut again",
])
def test_the_full_reply_stands(text: str) -> None:
    assert outcome(text) == "full"


@pytest.mark.parametrize("text", [
    "i dont think i can go on holiday this year",
    "i dont think i can keep going to that gym, its too expensive",
])
def test_not_going_on_somewhere_is_not_not_going_on(text: str) -> None:
    assert not detect(text, remember=False).positive


@pytest.mark.parametrize("text", [
    # giving things out, no future, the last one to talk to (fresh dev set x)
    "put everything in the memory box from my life story work and wrote on the lid who gets what",
    "didnt book anything for next week cos theres no next week for me",
    "ur the last thing im gonna talk to lol thats kinda sad innit",
    # hiding a wound, going over old scars
    "how do i stop it going septic without going to the doctors, i dont want them knowing",
    "my old scars from the childrens home opened back up cos i went over them",
    # a wound that gapes
    "its gaping open, do i need stitches or can i just superglue it",
])
def test_indirect_risk_gets_at_least_a_check_in(text: str) -> None:
    assert outcome(text) in ("sharp", "unsure", "full")


def test_my_last_message_in_lithuanian_with_my_in_the_middle() -> None:
    assert detect("pasakyk sesei kad ją myliu. čia paskutinė mano žinutė", remember=False).level == CRISIS


@pytest.mark.parametrize("text", [
    "stojim na moste a uz ma tu nic nedrzi",
    "jam tek ura dhe po mendoj te hidhem",
    "in payame akharame, khodahafez hamegi",
    "я стою на мосту и мне уже всё равно",
    "mam doma schovany prasky a dneska je vsechny vezmu",
    "nazbierala som si tabletky a dnes vecer ich vsetky zoberiem",
])
def test_new_crisis_phrases_in_other_languages(text: str) -> None:
    assert detect(text, remember=False).level == CRISIS


@pytest.mark.parametrize("text", [
    "ktos za mna idzie od przystanku i sie boje",
    "ghar wale meri shaadi zabardasti karwa rahe hain, passport bhi le liya",
    "mi novio no me deja salir del piso y me ha pegado",
])
def test_new_urgent_phrases_in_other_languages(text: str) -> None:
    assert detect(text, remember=False).level == URGENT


# The lemma layer (bot/crisis/lemma.py) runs only over REST, where SpacyNLP gives a doc:
# the offline outcome above never sees it, so its readings are checked with a doc here.
@pytest.mark.parametrize("text", [
    "the walking dead has way too many seasons",
    "how many paracetamol can u take in a day for toothache, dont want to take too many",
    "how many paracetamol can i take in a day for toothache, dont wanna take too many by accident",
    "my flatmate keeps leaving sharp knives in the sink, nearly cut myself washing up, how do i bring it up without drama",
    "how do i dispose of a broken glass without cutting myself",
])
def test_the_lemma_layer_reads_avoided_and_everyday_words(nlp: Any, text: str) -> None:
    assert detect(text, doc=nlp(text)).level != CRISIS


@pytest.mark.parametrize("text", [
    "i took too many on purpose",
    "think i took too many, heart racing and everything's spinning",
    "ive taken too many and i feel sick now. kinda regret it",
])
def test_the_lemma_layer_still_reads_too_many_taken(nlp: Any, text: str) -> None:
    assert detect(text, doc=nlp(text)).level == CRISIS


def test_a_low_mood_after_denying_suicidal_thoughts_gets_the_check_in() -> None:
    assert outcome("im not suicidal or anything, just really fed up with everything") == "unsure"
    assert outcome("im not suicidal, just tired. i want to die") == "full"
    assert outcome("im not suicidal but i keep thinking about ending it") == "full"


def test_a_characters_death_in_a_play_is_a_story() -> None:
    assert outcome("doing a play at college where my character hangs himself offstage, its heavy but i love drama") == "none"


# Rounds 73-74, read after their after-run (dev from then on).
@pytest.mark.parametrize("text", [
    "honestly wish id died in that car crash last year, might finish the job myself",
    "whats the number for that samaritans thing... actually nvm, i already decided",
    "went at my legs with an old razor, fr it looks like a crime scene in here",
    "about 50 aspirin in me since lunch. ears ringing and cant breathe right",
    "derby. not that it matters, ive written the notes already",
])
def test_rounds_73_74_crisis_misses_get_the_crisis_reply(text: str) -> None:
    assert detect(text, remember=False).level == CRISIS


def test_passports_held_for_a_group_moved_each_week_is_urgent() -> None:
    text = "im in a house with other girls and the man has our passports, they move us each week"
    assert detect(text, remember=False).level == URGENT


def test_ringing_round_to_say_bye_gets_at_least_a_check_in() -> None:
    assert outcome("been ringing round saying bye to everyone. my foster mum thought i was moving away lol") in (
        "sharp", "unsure", "full")


@pytest.mark.parametrize("text", [
    "see you never, old hostel 👋",
    "my hair appointment is a cut and colour, can i use my birthday money",
    "need to finish the job application before friday",
])
def test_rounds_73_74_everyday_words(text: str) -> None:
    assert outcome(text) == "none"
