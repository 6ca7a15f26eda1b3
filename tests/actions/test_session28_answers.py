"""A question beside the council's name, asked of the Trust or the council rather than of
"you" (answer round 26 r26-049, read after its after-run; in-sample)."""
from __future__ import annotations

import pytest

from actions.set_authority import ActionSetAuthority, asks_something
from tests.actions.helpers import create_tracker, places, run, said


@pytest.mark.parametrize("text", [
    "im turning 22 next month will the trust still visit me, west northants",
    "derby, can my pa help me find a flat near my college",
    "corby here, would the council pay for my driving test",
])
def test_a_question_to_the_trust_or_council_is_a_question(text: str) -> None:
    assert asks_something(text)


def test_a_council_named_with_no_question_is_not() -> None:
    assert not asks_something("i was in care with the trust in west northants")


async def test_the_question_beside_the_council_is_answered() -> None:
    text = "im turning 22 next month will the trust still visit me, west northants"
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker("inform_authority", text,
                                                                   entities=places(text, "west northants")))
    reply = said(dispatcher)
    assert "assess" in reply and "You can change this at any time" not in reply
