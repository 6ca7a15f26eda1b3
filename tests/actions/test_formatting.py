"""Every formatted fact, for every authority and topic in the store, is plain English and
shows the store's own figures (no amount appears that the store doesn't hold)."""
from __future__ import annotations

import re

import pytest

from actions.formatting import money, offer_reply, section_name, topic_title
from offers import vocabulary
from offers.store import OfferStore
from tests.actions.helpers import domain
from tests.test_readability import MAX_GRADE, grade


NAMES_FOR_SCORING = {"authority_name": "Derby", "source_name": "Derby's Local Offer",
                     "section": "Money", "title": "help with money"}


def render(response: str, variables: dict[str, str]) -> str:
    template = domain()["responses"][response][0]["text"]
    return template.format(**variables)


@pytest.mark.parametrize(("pence", "text"), [(300000, "£3,000"), (5000, "£50"), (1550, "£15.50"), (0, "£0")])
def test_money(pence: int, text: str) -> None:
    assert money(pence) == text


def test_titles_and_sections_read_naturally() -> None:
    assert topic_title("Council tax") == "council tax"
    assert topic_title("TV licence") == "TV licence"
    assert topic_title("Setting Up Home Allowance") == "Setting Up Home Allowance"
    assert section_name("3. ACCOMMODATION") == "Accommodation"
    assert section_name("Setting up a home") == "Setting up a home"


def test_every_fact_for_every_authority_is_plain_english_and_store_sourced(offers_db_url: str) -> None:
    store = OfferStore(offers_db_url)
    too_hard, invented = [], []
    for authority in store.authorities():
        for topic in vocabulary.TOPICS:
            offer = store.offer_for(authority.key, topic.key)
            national = store.national(topic.key)
            for response, variables in offer_reply(offer, authority, topic_title(topic.label),
                                                   "01234 567890", national):
                text = render(response, variables)
                # Names and headings are proper nouns the reader knows or is shown as a
                # label, so they are scored as short names (see test_readability.py).
                scored = render(response, {**variables, **NAMES_FOR_SCORING})
                if grade(scored) > MAX_GRADE:
                    too_hard.append(f"{authority.key}/{topic.key} {response} "
                                    f"grade {grade(scored):.1f}: {text}")
                for amount in re.findall(r"£[\d,]+(?:\.\d\d)?", text):
                    held = {money(o.amount_pence) for o in (offer, national) if o and o.amount_pence}
                    if amount not in held and amount not in ((offer and offer.summary) or ""):
                        invented.append(f"{authority.key}/{topic.key}: {amount}")
    assert not invented, invented
    assert not too_hard, f"{len(too_hard)} replies above grade {MAX_GRADE}:\n" + "\n".join(too_hard)



def test_an_answer_from_data_over_a_year_old_carries_a_warning(offers_db_url: str) -> None:
    from datetime import timedelta

    store = OfferStore(offers_db_url)
    authority = store.authority("derby_city")
    offer = store.offer_for("derby_city", "council_tax")
    fresh = offer_reply(offer, authority, "council tax", "01332 643907", today=offer.last_reviewed)
    stale = offer_reply(offer, authority, "council tax", "01332 643907",
                        today=offer.last_reviewed + timedelta(days=400))
    assert "utter_offer_stale" not in [name for name, _ in fresh]
    assert ("utter_offer_stale", {"reviewed": offer.last_reviewed.strftime("%B %Y")}) in stale
