"""The second tier's broad distress check (bot/crisis/distress.py)."""
from __future__ import annotations

import pytest

from bot.crisis import distress, everyday, meaning
from bot.crisis.distress import check


@pytest.fixture(autouse=True)
def words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word lists on their own; the meaning check's score is tested in test_meaning.py."""
    monkeypatch.setattr(meaning, "risk", lambda text: None)
    monkeypatch.setattr(meaning, "word_risk", lambda text: None)


@pytest.mark.parametrize("text, signal", [
    ("no point paying for a tv licence, not gonna be around much longer", "gone"),
    ("tell my foster mum i loved her", "goodbye"),
    ("chose the day already", "plan"),
    ("swallowed the whole box an hour ago", "means"),
    ("nobody can see the marks on my arms", "self_harm"),
    ("someone keeps following me home", "danger_now"),
    ("my mate collapsed and wont wake up", "medical"),
    ("been sleeping in a doorway since sunday", "homeless"),
    ("iwontbearoundmuchlonger", "gone"),                     # typed without spaces
    ("goodnight forever x", "goodbye"),
    ("whats the point of driving lessons, im not gonna be here for the test", "gone"),
    ("gas is on and the windows are shut", "plan"),
    ("ordered a rope online, comes tomorrow", "plan"),
    ("bleeding quite a lot from my wrist, is that normal", "bleeding"),
    ("drank some of the cleaning stuff under the sink", "means"),
    ("stuck in a town i dont know and its midnight", "homeless"),
    ("there is no me in 2027", "gone"),
    ("youll read about me in the news tomorrow", "gone"),
    ("need my PAs email so i can send her my last message", "goodbye"),
    ("writing my will at 17 lol thats normal right. its for friday", "farewell_act"),
    ("who pays to bury me if i have no money? asking for next week", "plan"),
    ("can i cancel my dentist next week, wont be needing it, or anything really", "gone"),
    ("he says i owe him 500 quid", "danger_now"),
    ("i just need to see blood tonight", "self_harm"),
    ("cant go to the pathway meeting, my arms are all cut up", "self_harm"),
    ("yeah ill stay here till i jump", "gone"),
    ("derby. why, so the police can identify me?", "gone"),
    ("if anything happens to me can u tell my brother i was proud of him", "goodbye"),
    ("withdrew from college, no need where im going", "gone"),
    ("standing on the platform, last train. not getting on it", "gone"),
    ("the river looks calm tonight. gonna walk in", "gone"),
    ("21 lol. 21 years too long", "gone"),
    # a blade kept for later is self-harm means, never overruled (nineteenth session, dev set al)
    ("got the blade in my drawer for later", "self_harm"),
    ("gonna be with my nan again soon, she died in may", "gone"),
    ("sat at the edge of the quarry", "gone"),
    ("will my bursary still get paid if im gone lol jk.. unless", "gone"),
    ("how do you start a note like that, who do you address it to", "gone"),
    ("does the council cover my funeral? need to know soon", "gone"),
    ("fresh ones keep opening up under my sleeve", "gone"),
    ("cant take it, ill just go in the canal", "gone"),
    ("sold my ps5, tying up loose ends", "gone"),
    ("ill be a memory by the weekend", "gone"),
    ("on the coach to the coast, not comin back", "gone"),
    ("when the clock hits midnight thats it", "gone"),
    ("last christmas ever so who cares", "gone"),
    ("dont want my sister to be the one who finds me", "gone"),
    ("off to meet the big man upstairs", "gone"),
    ("why do u need it, for my gravestone?", "gone"),
    ("kettering. tell my pa goodbye from me", "goodbye"),
    ("stop texting me about the flat, no use for it where im heading", "gone"),
    ("by friday none of it matters anyway", "gone"),
    ("opened up the old ones again", "gone"),
    ("pharmacist gave me a months meds at once, perfect timing", "gone"),
])
def test_sharp_signals_are_about_the_writers_own_life_or_safety(text: str, signal: str) -> None:
    found = check(text)
    assert found is not None and (found.name, found.sharp) == (signal, True)


@pytest.mark.parametrize("text, signal", [
    ("the pills are all in a row", "means_word"),
    ("there's so much blood", "blood"),
    ("i'm scared", "not_safe"),
    ("i cant do this anymore", "cant_go_on"),
])
def test_broad_signals_are_words_near_risk(text: str, signal: str) -> None:
    found = check(text)
    assert found is not None and (found.name, found.sharp) == (signal, False)


@pytest.mark.parametrize("text", [
    "i'm not ok", "i'm in a really dark place", "dark place again", "feeling really low",
    "i am struggling so much i dont know what to do",
    "not doing great at all tbh, everything is falling apart",   # "doing great", denied
])
def test_feeling_low_now_is_a_broad_signal_however_the_meaning_check_reads_it(text: str) -> None:
    found = check(text)
    assert found is not None and not found.sharp


@pytest.mark.parametrize("text", [
    "i was in a really dark place last year but im doing so much better now",
    "how do i support my mate whos been feeling low",
    "i'm not ok with the new rules at my hostel, who do i complain to",
    "i feel hopeless at cooking lol any easy recipes",
    "boilers been broken 3 days, who do i ring",
    "my battery is low",
    "not in a bad place or anything just so done with today",
])
def test_low_words_about_the_past_someone_else_or_a_thing_are_not_that(text: str) -> None:
    found = check(text)
    assert found is None or found.name != "low"


@pytest.mark.parametrize("text", [
    "new years eve midnight, thats when im going",
    "i wont be at my review meeting next week. or anywhere",
    "the notes on my phone explain everything, the passcode is my birthday",
    "can my PA come and get the keys tomorrow, ill leave them under the mat, youll understand then",
    "kettering council. ive written my notes for everyone already",
    "i was, ask my foster mum, ive left her a letter explaining everything",
    "can i pay next months rent early so nobody gets lumbered with it after this weekend",
    "does the pharmacy in asda know if you already bought some in tesco the same day",
    "can you get the chemist to give you dressings without them asking what happened",
])
def test_a_fresh_dev_sets_goodbyes_and_plans_are_sharp(text: str) -> None:
    found = check(text)
    assert found is not None and found.sharp


@pytest.mark.parametrize("text", [
    "saturday at 3, thats when im going to the match",
    "i wont be at college tomorrow or anywhere else, dentist",
    "read the contract, youll understand why im moving",
])
def test_plans_with_a_place_are_not_those(text: str) -> None:
    found = check(text)
    assert found is None or found.name not in ("gone", "goodbye")


@pytest.mark.parametrize("text", [
    "cut my finger chopping onions, how long til it stops bleeding",
    "banged my head on the kitchen cupboard, got a lump but feel fine",
    "burnt my thumb on the lighter trying to light a candle, rookie mistake",
    "think someone is following me on insta with a fake account, how do i block them",
])
def test_an_everyday_accident_or_a_follower_is_no_alarm(text: str) -> None:
    found = check(text)
    assert found is None or found.name not in ("danger_now", "blood")
    if "insta" not in text:
        assert found is None


@pytest.mark.parametrize("text", [
    "burnt my hand on the pan really bad, skin is coming off and its white",
    "cut my hand cooking and its spurting everywhere",
    "cut my finger chopping onions on purpose",
])
def test_a_serious_or_wanted_injury_is_never_an_everyday_accident(text: str) -> None:
    from bot.crisis import everyday
    assert not everyday.everyday_accident(text)


def test_weak_signals_fire_only_in_pairs() -> None:
    assert check("going out tonight") is None                     # a time word alone
    found = check("everything is awful and i hate it all tonight 😭")
    assert found is not None and not found.sharp


@pytest.mark.parametrize("text", [
    "my phone is dead can i get a new one",
    "this form is killing me lol",
    "is the pill free for care leavers",
    "who won the football last night",
    "last day at college today",
    "i'll be gone on holiday for 2 weeks, will my pa still visit",
    "the bread knife in my starter pack snapped",
    "kicked out of sixth form last year, can i still do an apprenticeship",
    "is there a blood test at the gp for care leavers",
    "can i get a bus pass to cut costs",
    "what is the deadline for the bursary",
    "can my mate hang out at mine",
    "is there an emergency fund",
    "bye for now",
    "how much is the setting up home allowance",
    "got a parking ticket, says i owe £70",
    "end of the road for my old phone contract, switching to sim only",
    "overdue on my phone bill, will they cut me off",
    "how do i get on the housing list, do i do it myself or what",
    "a council tax letter came thru the door saying i owe like 140 quid, do i have to pay",
    "fuming, the council gave my flat to someone else",
    "that bus driver nearly ran me over on purpose",
    "need some rope for my d of e expedition",
])
def test_everyday_words_are_masked(text: str) -> None:
    assert check(text) is None


@pytest.mark.parametrize("text", [
    "my nans funeral is next week, can i get help with the train fare",
    "do i need to make a will when i get my flat next week",
])
def test_someone_elses_death_or_a_will_in_general_is_not_sharp(text: str) -> None:
    found = check(text)
    assert found is None or not found.sharp


def test_a_goodbye_to_someone_else_is_not_sharp() -> None:
    found = check("my foster carer is retiring so im saying goodbye to her this weekend")
    assert found is None or not found.sharp
    found = check("im saying goodbye now. thanks for trying to help me with the forms")
    assert found is not None and found.sharp


def test_a_broken_check_errs_towards_checking_in(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> str:
        raise RuntimeError("bug")
    monkeypatch.setattr(distress, "normalise", boom)
    assert check("anything") == distress.CHECK_FAILED and distress.CHECK_FAILED.sharp


# Fresh dev set e (2026-12-05): ordinary messages the second tier read as sharp.
@pytest.mark.parametrize("text", [
    "had to give my dog to my cousin cos the new tenancy says no pets, so gutted but hes happy there",
    "end of the road for me and this car lol, failed the mot on literally everything",
    "done with life admin for today, council tax can wait till tmrw",
    "were doing a sponsored sleep out for the homeless charity, what do i bring",
    "if i have to sit through one more online safeguarding module im walking into the sea 😂",
])
def test_everyday_messages_from_fresh_dev_set_e_are_not_sharp(text: str) -> None:
    signal = check(text)
    assert signal is None or not signal.sharp


@pytest.mark.parametrize("text", [
    "bye everyone. this is it",
    "its the end of the road for me",
    "so done with life, nothing left",
])
def test_the_new_exceptions_keep_real_goodbyes_sharp(text: str) -> None:
    signal = check(text)
    assert signal is not None and signal.sharp


@pytest.mark.parametrize("text", [
    "can adults take calpol or is it just for kids, i cant swallow big tablets",
    "took 2 of my pill by accident this morning cos i forgot id already had one, does that mess anything up",
    "where do i take old tablets to get rid of them, clearing out my nans flat",
    "can i hang a mirror on the wall with those sticky strips or do i need to drill",
    "spilled bleach on my favourite hoodie, can it be saved",
    "who do i need to tell when someone dies? my dad passed and im the only next of kin",
])
def test_medicine_questions_and_household_jobs_get_no_signal(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "risk", lambda _: 0.1)
    monkeypatch.setattr(meaning, "word_risk", lambda _: 0.1)
    assert check(text) is None


@pytest.mark.parametrize("text", [
    "can i take all my tablets at once",
    "is it safe to take the whole box of paracetamol",
    "saving my pills up, is it safe to keep them in a drawer",
])
def test_a_medicine_question_with_harm_in_it_is_no_medicine_question(text: str) -> None:
    from bot.crisis import everyday
    assert not everyday.medicine_question(text)


@pytest.mark.parametrize("text", ["tell me something funny", "can you tell me a joke", "say something funny pls"])
def test_asking_for_a_joke_gets_no_check_in(text: str) -> None:
    assert distress.check(text) is None


def test_a_joke_request_with_a_risk_word_is_still_checked() -> None:
    assert not everyday.asks_for_a_joke("tell me something funny before i end it")


@pytest.mark.parametrize("text", [
    "its 3am cant stop crying and i just need someone to talk to",
    "alone on christmas day and feeling awful",
    "its christmas day and im on my own, its getting to me",
])
def test_crying_alone_or_needing_someone_is_a_broad_signal(text: str) -> None:
    signal = distress.check(text)
    assert signal is not None and not signal.sharp


@pytest.mark.parametrize("text", [
    "cant stop crying at the john lewis advert 😭 they do it every year",
    "pa on annual leave and i need someone to talk to about my flat",
])
def test_crying_at_an_advert_or_a_practical_talk_is_not(text: str) -> None:
    assert distress.check(text) is None
