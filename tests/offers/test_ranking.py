"""Choosing the fact for a message (offers/ranking.py): intent, keywords and TF-IDF."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offers import vocabulary
from offers.ranking import FactRanker


@pytest.fixture(scope="module")
def ranker() -> FactRanker:
    # Labels and keywords only (the store's titles and summaries are added in production).
    return FactRanker({})


def top(ranker: FactRanker, text: str, intents: dict[str, float] | None = None) -> str:
    return ranker.rank(text, intents)[0].topic


def test_every_topic_is_ranked_and_the_limit_holds(ranker: FactRanker) -> None:
    assert len(ranker.rank("hello", limit=len(vocabulary.TOPICS))) == len(vocabulary.TOPICS)
    assert len(ranker.rank("hello")) == 5
    scores = [r.score for r in ranker.rank("council tax", limit=20)]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(("text", "topic"), [
    ("can i get money for books", "education_costs"),
    ("will they pay for my cbt", "motorbike_cbt"),
    ("help with a moped test", "motorbike_cbt"),
    ("do i have to pay council tax", "council_tax"),
    ("can they be my guarantor", "guarantor"),
])
def test_the_care_leavers_own_words_choose_the_fact(ranker: FactRanker, text: str, topic: str) -> None:
    assert top(ranker, text) == topic


def test_a_keyword_beats_a_wrong_intent_guess(ranker: FactRanker) -> None:
    # The classifier says "driving" at 0.6; the words say CBT.
    assert top(ranker, "will they pay for my cbt on a moped", {"driving": 0.6}) == "motorbike_cbt"


def test_the_intent_decides_when_the_words_say_nothing(ranker: FactRanker) -> None:
    assert top(ranker, "how much do i get", {"birthday_payment": 0.9}) == "birthday_payment"


def test_keyword_matching_is_whole_phrase_and_prefers_the_longest(ranker: FactRanker) -> None:
    scores = ranker.keyword_scores("whats the setting up home allowance")
    score, phrase = scores["setting_up_home_allowance"]
    assert phrase == "setting up home allowance"
    assert score == 1.0
    # "pa" must not match inside "pay" or "paint".
    assert "personal_adviser" not in ranker.keyword_scores("will they pay for paint")
    # a plural still matches
    assert "guarantor" in ranker.keyword_scores("do they act as guarantors")


def test_similarity_catches_typos(ranker: FactRanker) -> None:
    ranked = ranker.rank("cuncil tx exemshun")
    assert ranked[0].topic == "council_tax"
    assert ranked[0].keyword == 0 and ranked[0].similarity > 0


def test_an_empty_message_has_no_similarity_or_keyword(ranker: FactRanker) -> None:
    assert ranker.similarity_scores("") == {}
    assert ranker.keyword_scores("") == {}
    assert top(ranker, "", {"deposit": 1.0}) == "deposit"


def test_a_phrase_inside_a_longer_phrase_of_another_fact_gives_way(ranker: FactRanker) -> None:
    # "universal credit" (help with benefits) is part of "first universal credit payment"
    # (money while waiting), even when the classifier says benefits.
    text = "waiting for my first universal credit payment, what do i live on"
    assert top(ranker, text, {"benefits_help": 0.9}) == "benefit_wait_support"
    assert top(ranker, "can you help me claim universal credit", {"benefits_help": 0.9}) == "benefits_help"


@pytest.mark.parametrize(("text", "topic"), [
    ("can i practise living on my own first", "training_flat"),
    ("got an interview but no smart clothes", "work_clothes"),
    ("do i lose all the help when i turn 25", "support_after_21"),
    ("what law makes councils publish a local offer", "local_offer"),
])
def test_everyday_words_for_facts_inside_entries(ranker: FactRanker, text: str, topic: str) -> None:
    assert top(ranker, text) == topic


@pytest.mark.parametrize(("text", "topic"), [
    ("my halls shut over easter where do i stay", "university_holidays"),
    ("need money for a bed in my new flat", "setting_up_home_allowance"),
    ("do you get a box of stuff when you move in", "home_starter_pack"),
])
def test_more_everyday_words(ranker: FactRanker, text: str, topic: str) -> None:
    assert top(ranker, text) == topic


def test_a_phrase_inside_any_longer_phrase_of_another_fact_gives_way(ranker: FactRanker) -> None:
    # "benefits" is inside "wait for benefits", though that fact's longest match is
    # "young persons allowance".
    scores = ranker.keyword_scores("the young persons allowance while i wait for benefits")
    assert scores["benefits_help"][0] < scores["benefit_wait_support"][0]


@pytest.mark.parametrize(("text", "topic"), [
    ("how do i get on the housing list", "housing_priority"),
    ("who can help me stop smoking weed", "drugs_alcohol"),
    ("do i get free accommodation at uni", "university_accommodation"),
])
def test_yet_more_everyday_words(ranker: FactRanker, text: str, topic: str) -> None:
    assert top(ranker, text) == topic


def test_too_late_for_support_is_support_to_25(ranker: FactRanker) -> None:
    assert top(ranker, "im 24 is it too late to get any support") == "support_after_21"


@pytest.mark.parametrize(("text", "topic"), [
    ("my PA said i can get the grant, how much is it", "setting_up_home_allowance"),
    ("is there a grant for driving lessons", "driving"),
    ("is there a grant for a laptop", "laptop"),
])
def test_the_grant_alone_is_the_setting_up_home_grant(ranker: FactRanker, text: str, topic: str) -> None:
    assert top(ranker, text) == topic


def _every_phrase_tried(ranker: FactRanker, text: str) -> dict[str, list[str]]:
    """What the keyword search finds when it tries every phrase of every fact."""
    from offers.ranking import FILLERS, _stands, _without_i_would
    from offers.textnorm import fold

    haystack = f" {fold(_without_i_would(text))} "
    plain = " " + " ".join(w for w in haystack.split() if w not in FILLERS) + " "
    return {key: [p for p in phrases if any(_stands(p, h) for h in (haystack, plain))]
            for key, phrases in ranker._phrases.items()}


@settings(max_examples=200, deadline=None)
@given(picks=st.lists(st.integers(min_value=0), min_size=1, max_size=6), glue=st.sampled_from([" ", "s ", "'s ", ", "]))
def test_the_word_index_finds_what_trying_every_phrase_finds(ranker: FactRanker, picks: list[int], glue: str) -> None:
    phrases = sorted({p for ps in ranker._phrases.values() for p in ps})
    text = "my " + glue.join(phrases[i % len(phrases)] for i in picks) + " please"
    expected = _every_phrase_tried(ranker, text)
    got = ranker.keyword_scores(text)
    assert set(got) >= {key for key, found in expected.items() if found}
    from offers.ranking import _form_found
    from offers.textnorm import fold

    haystack = f" {fold(text)} "
    for key, (_, phrase) in got.items():
        if expected.get(key):
            # the longest, as before, as the text writes it: "my drugs supported accommodation"
            # finds "drugs support" written "drugs supported" (its last word's -ed form).
            assert phrase in (expected[key][0], _form_found(expected[key][0], haystack))
