"""Risk words told as the past, a recovery or a lesson, and rules on everyday words
(bot/crisis/context.py), alone and inside the NLU component."""
from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message

from bot.crisis import context, distress, everyday, meaning
from bot.crisis.component import CRISIS_KEY, CrisisDetector
from bot.crisis.detector import detect

needs_model = pytest.mark.skipif(not meaning.MODEL_PATH.exists(),
                                 reason="make meaning builds the meaning model")


@pytest.mark.parametrize("text, frame", [
    ("i used to cut when i was 13 but i've been fine for ages now", "past"),
    ("3 years clean from self harm this month", "past"),
    ("had an overdose 2 years ago, in a much better place now", "past"),
    ("my counselling really helped after my attempt", "recovery"),
    ("overdosed a while back, can it affect my nursing application", "past"),
    ("i self harmed as a teen but ive stayed clean since college", "recovery"),
    ("doing an assignment on self harm for my health and social care course", "lesson"),
    ("had an overdose in 2022, doing an access course now", "past"),
    ("do i need to declare past self harm on a job application", "past"),
    ("for psychology im writing about why overdoses happen more in winter", "lesson"),
    ("the book im reading has a character who self harms", "story"),
    ("i used to want to die all the time, now im starting college", "past"),
    ("that song everybody hurts hits different at 2am", "story"),
    ("the army form asks about self harm, i did it at 15, is that a problem", "past"),
    ("whats the film where the girl jumps off the bridge at the end", "story"),
    ("my boss keeps my passport, says im dead if i leave", None),   # "the boss" is no game
])
def test_a_message_framed_as_past_recovery_or_lesson_is_named(text: str, frame: "str | None") -> None:
    assert context.told_as_past(text) == frame


@pytest.mark.parametrize("text", [
    "i used to self harm and now i want to do it again",
    "3 years clean and i relapsed last night",
    "i tried to end it last year and tonight im going to finish it",
    "i was fine for years but lately i keep thinking about cutting",
    "i want to die",
    "im better off dead",        # "better off" is not a recovery
    "i used to cut but ive started again",
    "got a tattoo over my old scars but made new ones",
])
def test_anything_in_the_present_undoes_the_frame(text: str) -> None:
    assert context.told_as_past(text) is None


@needs_model
def test_a_framed_message_reads_ordinary_unless_its_words_read_as_a_crisis() -> None:
    ordinary = "i used to self harm when i was 14 but ive been fine for years, can i still train as a nurse"
    assert detect(ordinary, remember=False).positive          # the rule fires ...
    assert context.read(ordinary, detect(ordinary).reason) == "ordinary"   # ... and is weighed
    relapse = "i used to self harm and now i want to do it again"
    assert context.read(relapse, detect(relapse).reason) == "crisis"


@needs_model
def test_an_everyday_rule_stands_unless_both_readers_read_the_message_as_ordinary() -> None:
    bills = "the bills are such a burden this month, is there help with the gas"
    verdict = detect(bills, remember=False)
    assert verdict.reason == "suicidal.burden"
    assert context.read(bills, verdict.reason) == "ordinary"
    everyday_words = "west northants but i dont want to live"
    assert context.read(everyday_words, detect(everyday_words, remember=False).reason) == "crisis"
    burden = "im such a burden to everyone, they'd all be better off"
    assert context.read(burden, detect(burden).reason) == "crisis"


def test_a_threat_over_money_owed_stands_however_ordinary_it_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.crisis import meaning
    monkeypatch.setattr(meaning, "risk", lambda text: 0.0)       # both readers: plainly ordinary
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.0)
    threat = "he is going to kill me if i forget to bring the money"
    verdict = detect(threat, remember=False)
    assert verdict.reason == "being_hurt.threat_to_kill"
    assert context.read(threat, verdict.reason) == "crisis"
    idiom = "my sister would kill me if she knew i spent my birthday money on trainers"
    assert context.read(idiom, detect(idiom, remember=False).reason) == "ordinary"


@needs_model
@pytest.mark.parametrize("idiom, meant", [
    # ("...when she finds out i dyed my hair" is masked before any rule since dev round 60)
    ("my nan is gonna kill me, i dyed my hair blue", "my step brother says he will kill me if i tell social services"),
    ("the fire escape in my block doesnt feel safe, who do i report it to",
     "i dont feel safe, my ex has found my new flat and keeps knocking"),
    ("id rather die than sit through another pathway plan meeting lol",
     "id rather die than go back to my foster placement, ive got pills saved up"),
])
def test_idiom_prone_rules_are_weighed_like_everyday_ones(idiom: str, meant: str) -> None:
    verdict = detect(idiom, remember=False)
    assert verdict.positive and context._rule(verdict.reason) in context.EVERYDAY_RULES
    assert context.read(idiom, verdict.reason) == "ordinary"
    assert context.read(meant, detect(meant, remember=False).reason) == "crisis"


@needs_model
@pytest.mark.parametrize("asked, meant", [
    ("i had camhs for self harm when i was younger, can i see my old notes", "i self harm and tonight its worse than ever"),
    ("doing a college presentation on overdose stats, any good websites", "how long does an overdose take to work"),
    ("my therapist asked if i was suicidal and i said no which is true, is that a normal question",
     "im suicidal and i dont know who to tell"),
])
def test_a_risk_named_in_an_ordinary_question_reads_as_ordinary(asked: str, meant: str) -> None:
    verdict = detect(asked, remember=False)
    assert verdict.positive and context._rule(verdict.reason) in context.MENTION_RULES
    assert context.read(asked, verdict.reason) == "ordinary"
    assert context.read(meant, detect(meant, remember=False).reason) == "crisis"


@needs_model
def test_a_friends_self_harm_keeps_its_reply() -> None:
    # safety.md rule 1: a friend in danger gets the contacts, however plain the question.
    text = "my mate told me she self harms, how do i help her"
    verdict = detect(text, remember=False)
    assert verdict.reason.startswith("third_party:")
    assert context.read(text, verdict.reason) != "ordinary"


def test_a_rule_not_on_everyday_words_always_stands() -> None:
    text = "i want to kill myself"
    assert context.read(text, detect(text).reason) == "crisis"


@needs_model
def test_the_component_gives_a_framed_message_its_ordinary_intent(tmp_path) -> None:
    detector = CrisisDetector.create(CrisisDetector.get_default_config(), LocalModelStorage(tmp_path),
                                     Resource("CrisisDetector"), ExecutionContext(GraphSchema({}), "test"))
    message = Message(data={"text": "i used to self harm when i was 14 but ive been fine for years, "
                                    "can i get counselling"})
    ranking = [{"name": "crisis", "confidence": 0.8}, {"name": "ask_mental_health", "confidence": 0.2}]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    detector.process([message])
    assert message.get("intent")["name"] == "ask_mental_health"
    crisis = message.get(CRISIS_KEY)
    assert crisis["level"] == "none" and crisis["framed"] == "self_harm.named"
    assert not crisis.get("distress")


def test_means_taken_with_a_purpose_is_a_crisis() -> None:
    assert detect("i took all my pills to end it", remember=False).is_crisis
    assert detect("took my tablets to help me sleep", remember=False).level == "none"


def test_bleeding_the_writer_says_was_self_inflicted_is_a_crisis_not_only_urgent() -> None:
    verdict = detect("its still bleeding loads and wont stop, i did it myself", remember=False)
    assert verdict.is_crisis and verdict.category == "self_harm"


@pytest.mark.parametrize("text", [
    "my flatmate wont wake up and theres empty pill packets on the floor",   # a friend in danger
    "it wont stop bleeding from where i cut it",
    "its 3am and i dont feel safe with my own thoughts",
    "arrears letter again. easier to go to sleep for good than get evicted",
    "theres blood pouring from my wrist and i cant make it stop",       # where the wound is
    "my brother swallowed his tablets and now he wont wake up",
    "jumped off the car park roof and i cant feel my legs",
])
def test_a_medical_or_safety_emergency_with_self_harm_beside_it_gets_the_crisis_reply(text: str) -> None:
    assert detect(text, remember=False).is_crisis


@pytest.mark.parametrize("text, signal", [
    ("can i get my grant early, want to pay for my own funeral", "gone"),
    ("does the allowance get paid back if youre dead", "gone"),
    ("theyve got my card and use my account to move money", "danger_now"),
    ("a car has been driving slow behind me since college", "danger_now"),
    ("can i get emergency housing, im 18 and on the street", "homeless"),
    ("need a funeral director that does cheap ones. its for me", "plan"),
    ("used the compass from my college pencil case again", "self_harm"),
    ("derby. write down that this is my last form ever", "gone"),
    ("does the council pay for funerals for care leavers with no family? need to sort mine", "plan"),
    ("attempted yesterday and im so annoyed it didnt work", "plan"),
])
def test_risk_inside_a_practical_question_is_a_sharp_signal(text: str, signal: str) -> None:
    from bot.crisis.distress import check

    found = check(text)
    assert found is not None and found.sharp and found.name == signal


@pytest.mark.parametrize("text", [
    "can i use my account to pay rent",
    "i live on the high street in corby",
    "my friend cut her hand on a knife and it wont stop bleeding",   # urgent, not a crisis
])
def test_ordinary_or_accidental_wordings_stay_as_they_were(text: str) -> None:
    from bot.crisis.distress import check

    if "bleeding" in text:
        assert detect(text, remember=False).level == "urgent"
    else:
        found = check(text)
        assert found is None or not found.sharp


@pytest.mark.parametrize("text, frame", [
    ("how high is the tallest building in leeds, its for my college project", "lesson"),
    ("got killed so many times in fortnite today", "game"),
    ("how much paracetamol can i take for a headache", "ailment"),
])
def test_games_projects_and_everyday_ailments_are_frames(text: str, frame: str) -> None:
    assert context.told_as_past(text) == frame


@needs_model
def test_a_method_question_dressed_as_an_ailment_still_reads_as_a_crisis() -> None:
    text = "how many paracetamol would it take to not wake up, asking for my headache lol"
    assert context.read(text, detect(text).reason) == "crisis"


@pytest.mark.parametrize("text", [
    "meet me at the station by the bridge at 3",
    "theres roadworks on the bridge so ill be late for my appointment",
    "im not gonna make it to the meeting on time, the bus is late",
    "dont want to be here in this town anymore, can i move council area",
])
def test_places_and_appointments_are_not_word_list_signals(text: str) -> None:
    from bot.crisis.distress import check

    found = check(text)
    assert found is None or found.name == "meaning"   # the readers may still weigh in


@pytest.mark.parametrize("text, reads_as", [
    ("sofa surfing at my mates for a few weeks, does that count as homeless for the council?", "ordinary"),
    ("gonna be homeless in 3 months when my tenancy ends, what do i do", "ordinary"),
    ("someone said im intentionally homeless cos i left my last place, is that right", "ordinary"),
    ("is sofa surfing at my mates ok while i wait for a flat", "ordinary"),
    # homelessness tonight or in danger stays urgent
    ("sofa surfing for a few weeks but my mate kicked me out tonight", "crisis"),
    ("homeless in 3 months they said but im sleeping in the park right now", "crisis"),
    ("is that right? im homeless and its freezing outside", "crisis"),
])
def test_a_question_about_housing_rules_is_not_an_emergency(text: str, reads_as: str) -> None:
    verdict = detect(text, remember=False)
    assert verdict.positive and context.read(text, verdict.reason) == reads_as
    found = distress.check(text)
    assert (found is not None and found.sharp) == (reads_as == "crisis")


@needs_model
def test_an_overdose_taken_in_the_last_day_is_never_a_recovery() -> None:
    text = "took 40 paracetamol this morning, feel fine now, does that mean im ok?"
    assert context.told_as_past(text) == "recovery"
    assert context.read(text, detect(text).reason) == "crisis"


@needs_model
def test_news_is_told_not_lived() -> None:
    text = "read an article about county lines, is that a big thing round here"
    assert context.told_as_past(text) == "story"
    assert context.read(text, detect(text).reason) == "ordinary"
    assert context.read("saw on the news about county lines and now they want me to run for them",
                        "exploitation.county_lines") == "crisis"


@needs_model
def test_piercings_and_a_crush_are_not_risk() -> None:
    assert distress.check("how long do you bleed after getting your ears pierced") is None
    assert distress.check("i'm literally gonna die if he texts me back 😍") is None
    # what is said beside them still counts
    assert distress.check("i will die if he doesnt text me back, i have the pills ready") is not None


@needs_model
def test_a_past_wish_is_the_past_unless_something_puts_it_in_the_present() -> None:
    text = "i used to want to die all the time, now im at college. things really can change"
    assert context.told_as_past(text) == "past"
    # "started" alone still puts it back in the present ("...and i already started"); a
    # new start at college or work does not
    assert context.told_as_past("i used to want to die all the time, now im starting college") == "past"
    assert context.told_as_past("i used to want to die all the time, and i already started") is None
    assert context.told_as_past("i used to want to die and i still want to die") is None
    assert context.told_as_past("used to self harm, started again last week") is None
    text = "my friend who died by suicide would have been 20 today, going to her grave with flowers later"
    assert context.told_as_past(text) == "past"


# Third session of 2026-12-05 (fresh dev set d and the earlier fresh sets): readings that
# take an everyday message out of the crisis reply, each beside a message that must keep it.
@needs_model
@pytest.mark.parametrize("everyday, meant", [
    # a joke about an everyday thing (a laugh, a cause, nothing meant)
    ("ugh kms this essay is due tomorrow lol", "hi can u help with my bursary form. also i want to die lol. not lol actually"),
    ("i want to die, this hangover is brutal 😂", "no one will miss me lol. no family, no mates, PA changes every 5 mins"),
    # a friend asked about, said to be safe now
    ("my friend relapsed with sh and told me, shes safe and seeing her nurse tomorrow, how do i support her",
     "my mate keeps saying he wants to die, what can i do to help him"),
    # a recovery said outright
    ("i used to think everyone would be better off without me, so glad i was wrong",
     "i was fine for ages but its back and its worse, the thoughts about dying are all day now"),
    # a friend's crisis that is past, and a recovery said outright (dev rounds 49-50)
    ("my mate was in hospital after an overdose last month, what do i say to her when i visit",
     "my mate took an overdose last night and wont answer her phone, what do i do"),
    ("proud of myself, havent self harmed in 400 days", "i havent self harmed in 400 days but tonight i want to"),
    # tiredness and paperwork with their cause
    ("could sleep forever after that shift", "i want to sleep forever and never wake up"),
    ("how do i write a will, my nan says everyone should have one", "do i need a will if im 18? want to sort things before i go"),
])
def test_everyday_readings_leave_the_meant_message_its_reply(everyday: str, meant: str) -> None:
    verdict = detect(everyday, remember=False)
    # read as ordinary, or (a will "everyone should have", masked since the twenty-second
    # session) never caught at all
    assert not verdict.positive or context.read(everyday, verdict.reason) == "ordinary"
    verdict = detect(meant, remember=False)
    assert not verdict.positive or context.read(meant, verdict.reason) == "crisis"
    assert verdict.positive or distress.check(meant) is not None


def test_parting_is_not_read_into_danger_at_a_new_flat() -> None:
    assert context.told_as_past("ended it with my situationship lol she wasnt serious anyway") == "parting"
    assert context.told_as_past("i dont feel safe, my ex has found my new flat and keeps knocking") is None
    assert context.told_as_past("writing my will at 17 lol thats normal right. its for friday") is None


@needs_model
@pytest.mark.parametrize("joke, meant", [
    ("if i hear that song one more time i swear ill jump out the window 😂",
     "fancy a swim in the canal with my coat on and my pockets full lol"),
    ("did a suicide run in pe and nearly threw up lol", "last sunday dinner ever lol"),
])
def test_the_second_tier_lets_a_joke_be_a_joke_but_not_a_plan(joke: str, meant: str) -> None:
    assert everyday.joking(joke) and distress.check(joke) is None
    assert not everyday.joking(meant) and distress.check(meant) is not None


# Fresh dev set e (2026-12-05): full replies to ordinary messages, now ordinary or a check-in.
@pytest.mark.parametrize("text", [
    "my scars get comments at the gym sometimes, theyre really old, how do i answer without oversharing",
    "legs are covered in bruises from sunday league lol, are proper shin pads worth it",
    "how do you support someone who self harms without making them feel judged? my youth work course asked us to think about it",
])
def test_old_scars_sport_bruises_and_course_questions_get_no_crisis_reply(text: str) -> None:
    verdict = detect(text, remember=False)
    assert not verdict.positive or context.read(text, verdict.reason) != "crisis"


def test_a_friend_safe_after_999_was_rung_is_a_support_question() -> None:
    text = "a lad from my old home was talking about ending it last week, i rang 999 and hes safe in hospital now, did i do the right thing"
    assert everyday.friend_safe_now(text)
    assert not everyday.friend_safe_now("my mate is talking about ending it, should i ring 999")


@pytest.mark.parametrize("text", [
    "my brothers gonna kill me when he finds out i took his charger",
    "my nan is gonna kill me when she finds out i dyed my hair",
    "my foster carer is going to kill me for losing my keys again",
    "ready to die on this hill: pineapple belongs on pizza",
])
def test_everyday_kill_me_idioms_are_masked_before_any_rule(text: str) -> None:
    assert not detect(text, remember=False).positive


# Seventh session of 2026-12-05: readings said by the message itself, each beside the
# message it must not silence (fresh dev set l, rounds 61-64 after their read).
@pytest.mark.parametrize("text, expected", [
    ("had blood taken today and nearly fainted 😂", "none"),
    ("not drinking water now either. 2 days. lips are cracked and i keep nearly fainting", "full"),
    ("cut my finger chopping onions, bleeding a lot but its not deep, plaster or steri strip?", "unsure"),
    ("cut my finger chopping onions and its bleeding loads and wont stop", "full"),
    ("laughed so hard at my foster sisters voice note i actually stopped breathing for a sec 😂", "none"),
    ("laughed so hard i stopped breathing and now my lips are blue", "full"),
    ("is it too late for hospital if u took tablets this morning and feel fine now", "full"),
    ("is it too late for hospital visiting hours, my nan had her op", "none"),
    ("giving away all my clothes that dont fit anymore, wheres the nearest charity shop", "none"),
    ("givin all my clothes to the charity shop tmrw, dont need them where im goin", "full"),
    ("so i got evicted, got no one, and ive got enough pills to sort it. thats it really", "full"),
    ("got evicted today and picked up a pack of razor blades on the way out. thats my plan now", "full"),
    ("sh clean streak ended 💔 back to day 0", "sharp"),
])
def test_seventh_session_readings(text: str, expected: str) -> None:
    from tests.crisis.test_dev_sets import outcome

    assert outcome(text) == expected


def test_a_crisis_rule_outranks_the_eviction_beside_it() -> None:
    from bot.crisis import detector

    verdict = detector.detect("got evicted today and picked up a pack of razor blades on the way out. thats my plan now",
                              remember=False)
    assert verdict.level == "crisis"
