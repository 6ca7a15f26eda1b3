"""The question-answer scorer sorts replies the way the issue defines them."""
from __future__ import annotations

from harness.answer_rounds import Case, judge


def _case(**kw) -> Case:
    base = {"id": "t1", "turns": ["hi"], "expect": "answer", "must": ["£3,000"],
            "must_not": ["£2,000"], "authority": "", "fact": ""}
    return Case(**{**base, **kw})


def test_digits_match_with_or_without_commas_and_spaces() -> None:
    assert judge(_case(must=["£3000", "01604 364778"]),
                 [{"text": "£3,000, once. Call 01604364778."}]) == "correct"


def test_the_neighbouring_fact_is_wrong_even_beside_the_right_one() -> None:
    assert judge(_case(), [{"text": "£3,000, or £2,000 in the West"}]) == "wrong"


def test_a_confident_answer_without_the_fact_is_wrong() -> None:
    assert judge(_case(), [{"text": "North Northamptonshire offers a deposit."}]) == "wrong"


def test_asking_which_council_is_clarified_and_button_titles_count() -> None:
    reply = [{"text": "Which council looked after you?",
              "buttons": [{"title": "North Northants", "payload": "/x"}]}]
    assert judge(_case(), reply) == "clarified"
    assert judge(_case(expect="clarify", must=["North Northants"], must_not=[]), reply) == "correct"


def test_not_understanding_is_didnt_know() -> None:
    assert judge(_case(), [{"text": "Sorry, I didn't get that. Could you say it another way?"}]) \
        == "didn't know"
    assert judge(_case(), []) == "didn't know"
    check_in = ("I'm not sure I understood that, and I want to check you're OK. If things feel "
                "like too much, you can talk to someone now, for free:\n- Samaritans: call 116 123")
    assert judge(_case(), [{"text": check_in}]) == "didn't know"


def test_an_any_of_item_needs_one_of_its_options() -> None:
    assert judge(_case(must=[["one-off", "once"]], must_not=[]), [{"text": "£3,000, once"}]) == "correct"
