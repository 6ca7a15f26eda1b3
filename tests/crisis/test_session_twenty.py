"""Readings mended on fresh dev sets am and an in the twentieth session (2026-12-07): each
case is a message its writer sent, or the same kind said another way, and what a care leaver
should get. Four of an's seven crisis misses through REST had the urgent reply (an eviction,
fingers gone blue, a "fit") when the message also told of a danger to themselves: the
crisis reply raises the more severe case and asks "Are you safe right now?"."""
from __future__ import annotations

import pytest

from bot.crisis import distress
from bot.crisis.component import with_second_tier
from bot.crisis.detector import CRISIS, NO_RISK, detect
from tests.crisis.test_dev_sets import outcome


@pytest.mark.parametrize("text", [
    # an eviction beside means in hand and giving up, or a walk to a bridge with no return
    "ok so my PA left, my gf left, and i got evicted. i have a bottle of vodka and a box of co-codamol and i'm done trying",
    "got kicked out again. walking towards the railway bridge with no plan to come back",
    "evicted this morning. heading to the river, not planning on coming back",
    # a medical sign they did to themselves, to hurt
    "idk why but i tied a hair bobble round my fingers til they went blue and i keep doing it to hurt",
])
def test_an_urgent_danger_that_is_to_themselves_is_a_crisis(text: str) -> None:
    verdict = detect(text, remember=False)
    assert verdict.level == CRISIS, verdict


@pytest.mark.parametrize("text", [
    "i asked my doctor for help and got a leaflet. so i'm just gonna sort it myself, permanently",
    "cancelled my phone contract, this chat is the last thing i'll ever do on it",
    "if you see this tomorrow it's too late so dont stress about replying",
    "by the time anyone reads this it will be over",
    # "seems fitting" is not a seizure: without that urgent reading the message still checks in
    "doing it on my birthday. seems fitting. last one",
])
def test_a_goodbye_or_plan_in_everyday_words_gets_a_reply_or_a_sharp_signal(text: str) -> None:
    assert outcome(text) in ("full", "unsure", "sharp"), with_second_tier(NO_RISK, text)


@pytest.mark.parametrize("text", [
    "they gave me way too many tramadol after my op and i dont need them, can i hand them back",
    "does my methadone script follow me if i move to a new council",
    "my chest goes tight when i run, could it be asthma?",
    "my sw told me my mum was a victim of domestic violence, explains a lot",
    "my dog nearly gave me a heart attack running into the road, hes fine, i shouted so loud",
    "made a will after my nan passed, just to be organised. is that weird at 22",
])
def test_dev_set_am_false_alarms_get_no_full_reply(text: str) -> None:
    assert outcome(text) not in ("full", "unsure"), detect(text, remember=False)


@pytest.mark.parametrize("text", [
    "i wont need this chat anymore once i move to scotland, is there a version for there?",
    "my nan always says if i die tomorrow ive had a good life lol shes 90 and still going strong",
    "sat on the roof of the bus shelter with my mates waiting for the last bus lol",
])
def test_their_sharp_phrase_false_alarms_get_no_sharp_signal(text: str) -> None:
    signal = distress.check(text)
    assert signal is None or not signal.sharp or signal.name == "meaning", signal


@pytest.mark.parametrize("text", [
    # the neighbours of every mask keep their reply
    "took way too many tramadol, like the whole box",
    "a man keeps following me home from the bus stop",
    "my mate is fitting and wont wake up",
    "my chest is really tight and i cant breathe",
    "my boyfriend is violent and hes home in an hour",
    "ill throw myself in front of a train tonight",
    "wrote my will. its for friday. goodbye",
    "i wont need this chat anymore",
    "sat on the roof of the car park and im not getting down",
])
def test_their_risk_neighbours_keep_a_reply_or_a_sharp_signal(text: str) -> None:
    assert outcome(text) in ("full", "unsure", "sharp"), (detect(text, remember=False), with_second_tier(NO_RISK, text))


# Rounds 89-90, read after their after-run (dev from then on).
@pytest.mark.parametrize("text", [
    "sorry for the long msg. got evicted from supported lodgings, college kicked me off, my sister wont talk to me. "
    "i honestly dont think i want to carry on living. anyway what happens to my leaving care grant",
    "kept all my old prescriptions in a tin, enough for one last night",
    "hiya wanted to ask about setting up home allowance but tbh whats the point setting up a home, ill be leaving it in a box",
    "hi can i check who my next of kin is on the council file? want to make sure the right person gets told tomorrow",
    "someone put a bullet through my letterbox with my name wrote on it",
    "fi wa7ed mashi waraye min il ma7atta w ana khayfe",
])
def test_rounds_89_and_90_misses_get_a_reply_or_a_sharp_signal(text: str) -> None:
    assert outcome(text) in ("full", "unsure", "sharp"), (detect(text, remember=False), with_second_tier(NO_RISK, text))


@pytest.mark.parametrize("text", [
    "my nose wont stop bleeding, is 10 mins normal or should i go somewhere",
    "ate a whole family bag of crisps, im dying",
    "no point me bidding on that flat is there, im not high enough priority",
    "put a brick in the door to keep it open",
])
def test_rounds_89_and_90_false_alarms_get_no_full_reply(text: str) -> None:
    assert outcome(text) not in ("full", "unsure"), detect(text, remember=False)


@pytest.mark.parametrize("text", [
    "theres no point me being here",
    "my arm wont stop bleeding",
    "i ate a whole box of tablets im dying",
    "someone threw a brick through my window and theyre still outside",
    # a move between councils is masked, not being followed when leaving somewhere
    "he keeps following me when i leave college",
])
def test_rounds_89_and_90_risk_neighbours_keep_their_reply(text: str) -> None:
    assert outcome(text) == "full", detect(text, remember=False)


def test_a_car_park_roof_keeps_its_plan_signal() -> None:
    # the mask is for a bus shelter's or a car's roof, not a multi-storey's
    signal = distress.check("sat on the roof of the car park, not getting down")
    assert signal is not None and signal.name == "plan", signal
