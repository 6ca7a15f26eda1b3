"""The sentence of an entry that answers the question asked (offers/relevance.py)."""
from __future__ import annotations

from offers.relevance import best_sentence, lead_with

PA = ("You are given a Personal Adviser when you are 16 and a half. They work alongside your "
      "social worker. Your PA visits at least once every 8 weeks between 18 and 21.")


def test_how_often_finds_the_visits_sentence() -> None:
    sentence, score = best_sentence(PA, "how often does my pa have to come and see me")
    assert sentence.startswith("Your PA visits at least once every 8 weeks") and score >= 2


def test_no_shared_word_keeps_the_first_sentence() -> None:
    assert best_sentence(PA, "hello there") == ("You are given a Personal Adviser when you are 16 and a half.", 0)


def test_ignored_words_do_not_count() -> None:
    assert best_sentence(PA, "visits", frozenset({"visit"}))[1] == 0


def test_lead_with_puts_the_answer_first_and_keeps_the_rest() -> None:
    led = lead_with(PA, "how often does my pa visit")
    assert led.startswith("Your PA visits") and "16 and a half" in led and "social worker" in led


def test_lead_with_one_shared_word_changes_nothing() -> None:
    assert lead_with(PA, "im 16") == PA
