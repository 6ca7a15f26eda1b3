"""The crisis detector: the labelled set, each normalisation step, idioms, totality."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.crisis import NO_RISK, Verdict, detect, normalise
from bot.crisis.detector import detect_normalised, mask
from bot.crisis.patterns import CRISIS, NONE
from tests.crisis.scoring import score

MAX_FALSE_ALARM_RATE = 0.03


# --- The labelled set (tuned against: must be perfect on recall) -------------------------

def test_set_is_big_enough(crisis_set):
    assert len(crisis_set["crisis"]) + len(crisis_set["urgent"]) >= 260
    assert len(crisis_set["negative"]) >= 260


def test_every_crisis_message_is_crisis(crisis_set):
    s = score(crisis_set)
    assert not s.crisis_misses, s.report()


def test_every_urgent_message_is_at_least_urgent(crisis_set):
    s = score(crisis_set)
    assert not s.urgent_misses, s.report()


def test_false_alarms_on_hard_negatives(crisis_set):
    s = score(crisis_set)
    assert s.false_alarm_rate <= MAX_FALSE_ALARM_RATE, s.report()


def test_categories_mostly_right(crisis_set):
    # The level drives the reply; the category helps the duty worker, so a looser bar.
    s = score(crisis_set)
    assert s.category_accuracy >= 0.95, s.report()


# --- Normalisation, one transformation at a time ----------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        # NFKC: full-width letters and ideographic space
        ("ｋｉｌｌ　ｍｙｓｅｌｆ", "kill myself"),
        # curly apostrophes and quotes
        ("I can’t go on", "i cant go on"),
        ("it‘s “fine”", "its fine"),
        # zero-width and control characters
        ("su\u200bici\u200dde", "suicide"),
        ("self\u00adharm", "self harm"),
        ("\ufeffhi\x07", "hi"),
        # case folding
        ("I WANT TO DIE", "i want to die"),
        # repeated letters
        ("soooo tired", "soo tired"),
        ("killl myselfff", "kill myself"),
        ("I WANNA DIEEEEE", "i want to die"),
        ("pleeease helppp", "please help"),
        # spaced-out letters
        ("i want to d i e", "i want to die"),
        ("k.i.l.l myself", "kill myself"),
        # leetspeak inside words, but not numbers with units
        ("k1ll", "kill"),
        ("su1c1de", "suicide"),
        ("0verdose", "overdose"),
        ("i want to d13", "i want to die"),
        ("took 500mg at 10pm on the 2nd", "took 500mg at 10pm on the 2nd"),
        # misspellings and euphemisms of suicide
        ("sucide", "suicide"),
        ("suicde", "suicide"),
        ("suiside", "suicide"),
        ("sewercide", "suicide"),
        ("sewer slide", "suicide"),
        ("sucidal", "suicidal"),
        ("unalive myself", "unalive myself"),
        # txt speak
        ("kms", "kill myself"),
        ("im gonna kys", "i am going to kill myself"),
        ("kys", "kill yourself"),
        ("cant", "cant"),
        ("can't", "cant"),
        ("cannot", "cant"),
        ("dont", "dont"),
        ("don't", "dont"),
        ("wanna", "want to"),
        ("gonna", "going to"),
        ("im", "i am"),
        ("i'm", "i am"),
        ("ive", "i have"),
        ("u", "you"),
        ("ur", "your"),
        ("want 2 end it", "want to end it"),
        ("nowhere to sleep 2nite", "nowhere to sleep tonight"),
        # "2" run together with words (round 33's "want2die" got "Sorry, I didn't get that")
        ("want2die", "want to die"),
        ("idw2live anymore", "i dont want to live anymore"),   # folded round 7 (CI caught it)
        ("gonna kms2nite", "going to kill myself tonight"),
        ("going2 end it", "going to end it"),
        ("i want 2die", "i want to die"),
        ("b2b meetings", "b2b meetings"),
        ("ps2 games on the 2nd", "ps2 games on the 2nd"),
        ("my m8", "my mate"),
        ("myslef", "myself"),
        ("my self", "myself"),
        ("just od'd", "just overdosed"),
        ("that's odd", "thats odd"),
        ("took an od", "took an overdose"),
        # emoji with meaning become words; skull and laughing are neutral
        ("took all my 💊", "took all my pills"),
        ("🔪", "knife"),
        ("⚰️", "coffin"),
        ("🪢", "rope"),
        ("im dead 💀", "i am dead"),
        ("😂", "lol"),
        # punctuation and whitespace
        ("help!!!   me...now", "help . me . now"),
        ("self-harm", "self harm"),
        ("line one\nline two", "line one . line two"),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("value", [None, "", "   ", 123, b"bytes", "\x00", "💀💀", ".", "?!"])
def test_normalise_odd_input(value):
    assert isinstance(normalise(value), str)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalise_and_detect_are_total(text):
    norm = normalise(text)
    assert isinstance(norm, str)
    assert normalise(norm) == normalise(norm)  # deterministic
    verdict = detect(text)
    assert verdict.level in ("crisis", "urgent", "none")


# --- False friends and negation -----------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "can i get a crisis loan",
        "how do i apply for an emergency payment",
        "the emergency fund",
        "i'm dying to know about the bursary",
        "killing time before my appointment",
        "i want to dye my hair",
        "want to die my hair blue",
        "i'm in my overdraft",
        "this form is killing me",
        "she's killing it at college",
        "dead tired",
        "i could murder a pizza",
        "drop dead gorgeous",
        "that cake is to die for",
        "bored to death",
        "need to cut my hair",
        "the council are cutting costs",
        "cutting back on takeaways",
        "took some great shots at the match",
        "my rent is overdue",
        "can i get a tablet for college",
        "hanging out with mates",
        "i'm not suicidal just tired",
        "what is the samaritans number",
        "crisis contacts",
        "hit me up later",
        "my mate beat me at fifa",
        "kicked out of the group chat",
        "locked out of my universal credit account",
        "what happens if i become homeless",
        "i can't go on the trip",
        "no point applying if i'm over 25?",
        "i want to end it with my boyfriend",
        "im dead 💀",
        "lmao im dying",
        "i nearly had a heart attack when i saw the bill",
        "can i get an ambulance course paid for",
        "im so hungover i wanna die lmao never drinking again",
        "my cat got hit by a car but the vet says she'll be fine",
        "that tiktok had me crying laughing i cant breathe 😂",
        "laughing so hard at this video i cant breathe",
        "cut myself shaving this morning lol, any tips for a rash",
        "this weather is deadly, staying in",
        "my sister is going to kill me if i forget her birthday again",
    ],
)
def test_false_friends_are_not_flagged(text):
    verdict = detect(text)
    assert verdict == NO_RISK, f"{text!r} -> {verdict}"


@pytest.mark.parametrize(
    "text, level",
    [
        # negation only hides the phrase itself; recall wins
        ("i'm not suicidal but i want to die", "crisis"),
        ("not suicidal just tired but honestly i want to kill myself", "crisis"),
        # a false friend in the same message doesn't hide a real crisis
        ("i'm dying to know about the crisis loan but honestly i want to die", "crisis"),
        ("this form is killing me and i want to kill myself", "crisis"),
        ("i want to die, also what about council tax", "crisis"),
        ("can i get an emergency payment, i've taken a load of tablets", "crisis"),
        # crisis wins over urgent in the same message
        ("my boyfriend hit me and i want to die", "crisis"),
        ("kicked out tonight and i've taken all my pills", "crisis"),
        ("my boyfriend hit me", "urgent"),
        # a medical emergency that is self-inflicted gets the crisis reply (999 is in it)
        ("took my meds and all my nans tablets, cant feel my arms", "crisis"),
        ("gonna keep banging my head on the wall till i pass out", "crisis"),
        ("im wheezing and i cant breathe", "urgent"),
        # masks and look-aheads must not swallow the real thing (regressions)
        ("how many pills would it take to kill me", "crisis"),
        ("i hope i drop dead", "crisis"),
        ("this guy hit me", "urgent"),
        ("he hit me in the face", "urgent"),
        ("he beat me in the street", "urgent"),
        ("scared i'll be homeless tonight", "urgent"),
        ("my dad is going to do me in", "urgent"),
        ("i called the crisis team and they didn't help, i still want to die", "crisis"),
        ("i burnt myself on the hob on purpose", "crisis"),
        # masks added with round 6 must not hide the real thing
        ("my mum is going to kick me out tonight", "urgent"),
        ("scared of getting evicted tonight", "urgent"),
        ("my dad. beats me up every night", "urgent"),
        ("i blacked out and hit my head", "urgent"),
        ("my phone died and my mate is not responding on the floor", "urgent"),
        ("i scratched my arm on the brambles on purpose", "crisis"),
        ("my friend is fitting and wont stop shaking", "urgent"),
        # their own wound or a ligature on a limb is self-harm, not only a medical emergency
        ("help my cut wont stop bleeding", "crisis"),
        ("tied a hair tie really tight round my wrist and leaving it", "crisis"),
        ("cut my finger chopping onions, my cut is bleeding a bit", "none"),
        ("my mates cut wont stop bleeding", "urgent"),
        # "to die for" is an idiom; "die for real" is not
        ("i want to die for real, i have the pills", "crisis"),
        ("so hungover i want to die. also i want to die for real", "crisis"),
        # the accident mask never hides a purpose, and "deadly" still asks about a dose
        ("i cut myself on purpose while shaving", "crisis"),
        ("is 20 paracetamol deadly", "crisis"),
        ("necked a full box of nytol lol night night", "crisis"),
        # bleeding from a wrist is self-harm until said otherwise: the crisis contacts too
        ("my wrist won't stop bleeding and i don't want to go a&e", "crisis"),
        ("the cuts wont stop bleeding, how long am i meant to hold the towel on", "crisis"),
        ("think ive taken too much, cant feel my legs. i meant to", "crisis"),
        ("might go sleep outside in the snow tonight with no coat and see what happens", "crisis"),
        # the hyperbole mask is for trivial slips only
        ("hes gonna kill me if i tell anyone", "urgent"),
        # forced marriage, smuggling debts, sex for a room, blackmail (dev rounds 41-42)
        ("my aunt says im getting married in bangladesh this summer and i dont want to", "urgent"),
        ("they are forcing me to marry him", "urgent"),
        ("the man who brought me here says i have to work for him to pay off the debt", "urgent"),
        ("they took me to a flat in luton and i dont know how to get back", "urgent"),
        ("my landlord says i can live there rent free if i sleep with him", "urgent"),
        ("someone is blackmailing me, being blackmailed over pics", "urgent"),
        ("the olders say i owe them now", "urgent"),
        ("slf harm agen", "crisis"),
        ("bettr off ded", "crisis"),
        ("my uncle took me to the imam, the nikkah is sunday and im 16", "urgent"),
        ("they lock us in the flat at night", "urgent"),
        ("im 15 and my 27 year old boyfriend buys me stuff", "urgent"),
        ("my 20 yr old boyfriend says not to tell my pa about us", "urgent"),
        ("the dealer says i have to work off my debt", "urgent"),
        ("someone is posting my nudes on snap", "urgent"),
        ("the smuggler knows where i live now", "urgent"),
        ("kms the wifi is down again", "none"),
        ("locked out of my flat, whats the number for a locksmith", "none"),
        ("my pt is trying to kill me with these squats", "none"),
        ("this rain makes me wanna die lol", "none"),
        ("i fainted at college, the doctor said its low blood sugar", "none"),
        ("suicide squad is on netflix tonight", "none"),
        ("tookmy whole prescription", "crisis"),
        ("the agent says if i tell anyone they will hurt my family", "urgent"),
        ("pe teacher made us do suicide runs lol", "none"),
        ("my leg went dead from sitting on it", "none"),
        ("bbq on the roof terrace tonight", "none"),
        ("last message from me tonight, going to bed x", "none"),
        # not these
        ("my cousin is getting married and i dont want to go, can i skip it", "none"),
        ("my agent at the job centre says i have to work 16 hours", "none"),
        ("going to my nans grave with flowers on sunday", "none"),
        ("my mate lost his dad to suicide, what can i say to him", "none"),
        # an overdose "of" a medicine is an overdose; the mask is for "of love", "awareness"
        ("took an overdose of paracetamol", "crisis"),
        ("i think i took an overdose of my meds", "crisis"),
        ("took an overdoes", "crisis"),
        ("an overdose of love lol", "none"),
        ("overdose awareness day at college", "none"),
        ("she always overdoes the salt", "none"),
        # an injury is an accident unless it is wanted, kept up or meant
        ("i keep burning myself with the iron", "crisis"),
        ("gonna burn myself with the straighteners", "crisis"),
        ("burnt myself with the iron. meant to", "crisis"),
        ("burnt myself on the oven tray again, chef life", "none"),
        ("cut myself shaving, why do razors hate me", "none"),
        # a fresh dev set (2026-12-05): harm with what is to hand, gas, a height that "works",
        # sent abroad to marry, secret messages, "merk"
        ("rubbed my skin with a cheese grater till it was raw", "crisis"),
        ("the gas is on and i havent lit it", "crisis"),
        ("what floor do you need to be on so it definitely works first time", "crisis"),
        ("my dad says im being sent abroad to get married, i leave tomorrow", "urgent"),
        ("my foster carers mate keeps messaging me at night saying its our little secret", "urgent"),
        ("my cousins mates said theyre gonna merk me when i get off the bus", "urgent"),
        ("scratched my arm on the brambles", "none"),
        ("put the gas on for the pasta", "none"),
        ("he merked me in fifa again", "none"),
        # and what it showed is not a crisis
        ("took the whole packet of biscuits to my room, no regrets", "none"),
        ("my nan overdosed on quality street at christmas lol", "none"),
        ("this is my last message for today lol my datas nearly gone", "none"),
        ("where can i buy rope for a washing line in my yard", "none"),
        ("shaving cut on my leg wont stop bleeding, is that normal", "urgent"),  # bleeding, not self-harm
        ("someone nicked my parcel from outside my door, who do i report it to", "none"),
        ("what should i do if someone has a seizure? my flatmate has epilepsy", "none"),
        ("took my whole box of tablets", "crisis"),
        # fresh dev set 2: harm moved out of sight, "dead if", documents kept, images
        ("my keyworker saw the marks so now i do it on my stomach instead", "crisis"),
        ("a group messaged me saying im dead if i go to college tomorrow", "urgent"),
        ("been working at a nail bar for months no pay, the boss keeps my documents", "urgent"),
        ("a guy recorded our video call and now wants money or hell share it", "urgent"),
        ("someone made a group chat with my private pics", "urgent"),
        ("im dead if my mum finds out", "none"),
        ("youre dead if you eat my chips lol", "none"),
        ("keep dying on the same boss in elden ring", "none"),
        ("i took too many naps today, feel groggy", "none"),
        ("im not going to make it to the meeting on time, bus broke down", "none"),
        ("gave blood for the first time today, felt a bit dizzy after", "none"),
        # fresh dev set c
        ("my dads mates said theyll kill me for snitching", "urgent"),
        ("he said if i leave hell hurt me", "urgent"),
        ("my family are taking me to pakistan in the summer to marry my cousin", "urgent"),
        ("someones sharing a video of me, i didnt know they were filming", "urgent"),
        ("id rather be dead than go back to that hostel", "crisis"),
        ("ngl id rather jump off a cliff than go to my cousins wedding 😂", "none"),
        ("my epipen expires next month, how do i get a new one", "none"),
        ("im taking all my tablets with me on holiday, do i need a letter", "none"),
        ("where can i buy rope for a tyre swing for my nephew", "none"),
        # rounds 47-48, dev since their after-run was read
        ("someones shared naked pics of me in a group chat", "urgent"),
        ("theres a video of me going round college that i never agreed to", "urgent"),
        ("17 and this guy online whos 35 wants to meet me on my own", "urgent"),
        ("if im late back he throws stuff at me", "urgent"),
        ("sorry bro bas hay a5er message", "crisis"),
        ("ami r parchi na, brijer upore dariye achi", "crisis"),
        ("my mates banter is lethal", "none"),
        ("my mum is 45 and my sister is 17, they want to meet us for lunch", "none"),
    ],
)
def test_recall_survives_negation_and_idioms(text, level):
    assert detect(text).level == level


@pytest.mark.parametrize(
    "text, category",
    [
        ("my friend says she wants to kill herself", "third_party"),
        ("my mate took an overdose", "third_party"),
        ("my friend killed herself last year and now i want to die", "suicidal"),
        ("my mum says i should kill myself", "suicidal"),
        ("how many paracetamol would kill me", "method_seeking"),
        ("i took 30 paracetamol and want to die", "overdose"),
    ],
)
def test_category_and_attribution(text, category):
    assert detect(text).category == category


# --- Contract --------------------------------------------------------------------------

def test_verdict_contract():
    v = detect("i want to die")
    assert isinstance(v, Verdict)
    assert dataclasses.is_dataclass(v)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.level = "none"  # type: ignore[misc]
    assert v.as_dict() == {"level": "crisis", "category": "suicidal", "reason": v.reason}
    assert v.reason and "want" in v.reason  # a rule name, not the message
    assert "i want to die" not in v.reason


def test_no_risk_verdict():
    v = detect("how much is the setting up home allowance")
    assert v == NO_RISK
    assert v.as_dict()["level"] == "none"
    assert not v.positive


def test_mask_only_hides_the_idiom():
    masked = mask("i am dying to know but i want to die")
    assert "dying" not in masked and masked.endswith("but i want to die")
    assert detect_normalised(mask("crisis loan")) == NO_RISK


def test_reason_never_contains_text(crisis_set):
    for item in crisis_set["crisis"][:50]:
        assert item["text"] not in detect(item["text"]).reason


def test_every_rule_starts_at_a_word_boundary():
    """detector.py puts one word-start guard in front of each tier of rules."""
    import sre_constants
    import sre_parse

    from bot.crisis.patterns import ALL_RULES

    for rule in ALL_RULES:
        tree = list(sre_parse.parse(rule.pattern))
        if len(tree) == 1 and tree[0][0] is sre_constants.BRANCH:
            branches = [list(b) for b in tree[0][1][1]]
        else:
            branches = [tree]
        for branch in branches:
            assert branch[0] == (sre_constants.AT, sre_constants.AT_BOUNDARY), rule.name


def test_rules_have_unique_names_and_no_capturing_groups():
    import re

    from bot.crisis.patterns import ALL_RULES, MASKS

    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))
    assert all(re.compile(r.pattern).groups == 0 for r in ALL_RULES)
    assert all(re.compile(m).groups == 0 for m in MASKS)


# --- spaCy lemma layer --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, level, category",
    [
        ("he strangles me", "urgent", "being_hurt"),
        ("they kicked me out of the house", "urgent", "homeless_tonight"),
        ("she hanged herself", "crisis", "third_party"),
    ],
)
def test_lemma_layer_with_a_doc(nlp, text, level, category):
    v = detect(text, doc=nlp(text))
    assert (v.level, v.category) == (level, category)


@pytest.mark.parametrize(
    "text",
    [
        "they kicked me out of college",
        "my mate beat me at fifa",
        "i'm dying to know",
        "crisis loan",
    ],
)
def test_lemma_layer_respects_false_friends(nlp, text):
    assert detect(text, doc=nlp(text)) == NO_RISK


def test_lemma_layer_ignores_a_doc_without_lemmas():
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en")("he strangles me")
    assert detect("he strangles me", doc=doc).level == "urgent"  # the regex layer still works


# --- Means beside an emergency -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "my flatmate wont wake up and there are empty pill packets everywhere",
    "going to the woods with a rope, dont follow me",       # means carried somewhere
    "bleeding a lot from my wrist and it wont stop",
])
def test_means_beside_an_emergency_make_it_a_crisis(text: str) -> None:
    assert detect(text, remember=False).level == "crisis"


def test_an_emergency_without_means_stays_urgent() -> None:
    assert detect("someone is following me", remember=False).level == "urgent"


# Speed is measured by `make bench` (bench/crisis_bench.py), not asserted here.


# Dev rounds 49-50 (after-run, read): read as homelessness, unconsciousness or nothing before.
@pytest.mark.parametrize("text, rule", [
    ("the voices keep telling me to go down the canal and tonight im gonna listen", "suicidal.voices"),
    ("gonna sleep outside in the snow tonight and just let it happen", "suicidal.let_it_happen"),
    ("just wanted to say goodbye properly. not moving. just going", "suicidal.goodbye_for_good"),
    ("yes i was, and my old foster carer's husband still turns up at my flat at night", "being_hurt.outside"),
])
def test_rules_added_from_dev_rounds_49_50(text: str, rule: str) -> None:
    assert detect(text, remember=False).reason == rule


def test_sleeping_outside_without_giving_up_stays_homelessness() -> None:
    assert detect("gonna have to sleep outside tonight, hostel is full", remember=False).reason.startswith("homeless.")


# Dev rounds 51-52 (after-run, read): misses and full-reply false alarms.
@pytest.mark.parametrize("text, rule", [
    ("sorry to bother u but my arm wont stop bleeding from what i did to it", "self_harm.what_i_did"),
    ("thanks for all the help over the years but im done now. bye", "suicidal.last_words"),
    ("last time ill ever talk to anyone. at least its a bot lol", "suicidal.last_words"),
    ("my head keeps telling me to go to the train tracks and tonight i think im gonna listen", "suicidal.voices"),
    ("whats the dose that actually kills you. not for a school project", "method.lethal_dose"),
    ("big bag of pills in my pocket and nowhere to sleep tonight. dont care what happens", "suicidal.means_dont_care"),
    ("going to my mums grave tonight. gonna join her", "suicidal.join_the_dead"),
    ("my uncle says i have to marry my cousin next month or im dead to the family", "exploitation.forced_marriage"),
    ("16, they want me to marry him next week", "exploitation.forced_marriage"),
    ("marks all over my back from my uncle and i have to stay there till friday", "being_hurt.marks_from"),
    ("someone is selling screenshots of my pics on telegram", "exploitation.pics_sold"),
])
def test_rules_added_from_dev_rounds_51_52(text: str, rule: str) -> None:
    verdict = detect(text, remember=False)
    assert verdict.reason == rule and verdict.positive


@pytest.mark.parametrize("text", [
    "had my blood test today, went a bit faint lol, nurse was nice",
    "my little brother says hes gonna kill me at fifa tonight lol",
    "my landlord is gonna kill me when he sees the carpet",
    "stubbed my toe so hard its gone purple",
    "its the anniversary of my mums death tomorrow, i want to visit her grave, is there help with bus money",
])
def test_everyday_phrases_from_dev_rounds_51_52_are_no_risk(text: str) -> None:
    assert detect(text, remember=False) == NO_RISK


@pytest.mark.parametrize("text, level", [
    ("my hand is going blue after i tied it", "urgent"),           # not a bruise
    ("i feel kind of faint and the towel is soaked through", "urgent"),  # faint with no everyday cause
    ("i want to be in my grave", "crisis"),                         # a wish, not a visit
    ("going to visit my nans grave then join her for tea", "none"),  # "join her for tea"
])
def test_the_new_masks_stay_narrow(text: str, level: str) -> None:
    assert detect(text, remember=False).level == level


def test_having_my_own_id_is_no_trafficking() -> None:
    # dev answer round 18: a question about ID documents got the urgent reply
    text = "will the council make sure i have my ID before i leave care? i dont have a passport or anything"
    assert detect(text, remember=False) == NO_RISK
    assert detect("they have my passport and wont give it back", remember=False).reason == "exploitation.trafficking"


# Dev rounds 53-54 (after-run, read): misses and full-reply false alarms.
@pytest.mark.parametrize("text, level", [
    ("just cut and its deeper than usual and it wont stop bleeding", "crisis"),
    ("carved his name in my arm lol im so stupid. its bleeding loads", "crisis"),
    ("i odd", "crisis"),
    ("hiya can u tell me the opening times of the pharmacy on the high st, i need another 2 boxes to have enough", "crisis"),
    ("got evicted today. got my whole prescription in my bag and nowhere to go and no reason to", "crisis"),
    ("been on this ledge for ages, cant feel my legs", "crisis"),
    ("theres a drill track out with my name in it saying im getting done", "urgent"),
    ("my mate got a boot to the head playing football and now hes being sick and doesnt know what day it is", "urgent"),
    ("19 my ex just broke in", "urgent"),
    ("my mates dog bit my hand, skin is broken, do i need a tetanus jab", "none"),
    ("the drop on this track is deadly", "none"),
    ("took too many shots at pres and threw up lol never again", "none"),
    ("bungee jump off a bridge for my 21st, am i mad", "none"),
    ("how do i get my passport if my foster carer has my documents", "none"),
    ("went cliff jumping in cornwall with the college lads, was sick", "none"),
])
def test_dev_rounds_53_54(text: str, level: str) -> None:
    assert detect(text, remember=False).level == level


def test_a_lethal_dose_question_is_still_a_crisis_after_the_deadly_mask() -> None:
    assert detect("is 20 paracetamol deadly", remember=False).level == "crisis"


# Dev rounds 55-56 (after-run, read).
@pytest.mark.parametrize("text, level", [
    ("theres a ledge outside my window on the 14th floor and i keep sitting on it", "crisis"),
    ("deleted everything. cya never", "crisis"),
    ("is it normal for ur ears to ring after loads of aspirin", "crisis"),
    ("my new bf is 31 and he says my social worker is jealous and i shouldnt talk to her anymore", "urgent"),
    ("see ya never, bus 😤", "none"),
    ("lowkey want to die at how cringe my old insta is 😭", "none"),
    ("i want to end it all... with my mobile provider lol theyre useless", "none"),
    ("my nan said shell strangle me if i dont ring her more lol", "none"),
    ("stubbed my toe on the radiator so hard it went purple", "none"),
])
def test_dev_rounds_55_56(text: str, level: str) -> None:
    assert detect(text, remember=False).level == level


# Dev sets f-h and rounds 57-60 (fifth session of 2026-12-05): each got no crisis reply, or
# only the urgent one, before.
@pytest.mark.parametrize("text, rule", [
    ("when i get like this i have to bleed or i cant breathe, it's been every night this week",
     "self_harm.need_to_bleed"),
    ("tied something round my arm so tight it went purple, i wanted it to hurt", "self_harm.wanted_pain"),
    ("bashing my fists on the radiator till they go purple, is that sh or just anger", "self_harm.till_raw"),
    ("parked on the level crossing", "method.level_crossing"),
    ("lost my flat, lost my job, got a cord and a hook in the ceiling. whats left", "method.ligature_point"),
    ("got debts i cant pay, nowhere to go and the bleach under the sink keeps going round my head",
     "method.means_on_mind"),
    ("life just keeps kicking me. im stood on the wrong side of the railing", "method.wrong_side"),
    ("im leaving tonight and not coming back. not moving, just leaving", "suicidal.leaving_not_moving"),
])
def test_rules_added_in_the_fifth_session(text: str, rule: str) -> None:
    verdict = detect(text, remember=False)
    assert verdict.level == CRISIS and verdict.reason == rule


@pytest.mark.parametrize("text", [
    "i have to cut the onions first",
    "i need to bleed the radiators in my flat how do i do it",
    "does prospects do a drop in at the care leavers hub? im in north northants and want help finding work",
])
def test_their_everyday_neighbours_get_no_crisis_reply(text: str) -> None:
    assert detect(text, remember=False).level == NONE
