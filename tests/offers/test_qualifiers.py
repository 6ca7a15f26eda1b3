"""Issue 14: every figure and promise as the council published it.

Each mismatch the issue names, checked in the store on both database backends, with
the quote it now carries. (That every qualifier matches its quote is enforced for every
entry by the validator: tests/offers/test_schema.py and test_sources.py.)
"""
from __future__ import annotations

import pytest

from offers.store import OfferStore

NN, WN, DERBY, TRUST = "north_northamptonshire", "west_northamptonshire", "derby_city", "northamptonshire_childrens_trust"


def quoted(offer, words: str) -> bool:
    return any(words in " ".join(c.quote.split()) for c in offer.citations)


@pytest.mark.parametrize("authority,topic,pence,qualifier,period,words", [
    (WN, "laptop", 30000, "up_to", "one_off", "up to £300"),
    (WN, "he_bursary", 200000, "at_least", "over_course", "of least £2,000 spread over the duration"),
    (WN, "emergency_fund", 35000, "total", "per_year", "totalling £350 per annum"),
    (DERBY, "fe_bursary", 120000, "up_to", "per_year", "national amount of up £1200 per year"),
    (NN, "setting_up_home_allowance", 300000, "exactly", "one_off", "Allowance amount: £3000"),
])
def test_amounts_keep_the_sources_qualifier(store: OfferStore, authority, topic, pence, qualifier, period, words):
    offer = store.offer_for(authority, topic)
    assert (offer.amount_pence, offer.amount_qualifier, offer.period) == (pence, qualifier, period)
    assert quoted(offer, words)


@pytest.mark.parametrize("authority,topic,only_if,words", [
    (WN, "emergency_fund", "it is an emergency and a rare case", "Exceptional financial support"),
    (DERBY, "fe_bursary", "your college or course has no bursary of its own",
     "If the provider does not operate a bursary"),
])
def test_conditions_are_part_of_the_promise(store: OfferStore, authority, topic, only_if, words):
    offer = store.offer_for(authority, topic)
    assert (offer.promise, offer.only_if) == ("only_if", only_if)
    assert quoted(offer, words)


@pytest.mark.parametrize("topic", ["guarantor", "deposit", "redecoration", "broadband", "motorbike_cbt",
                                   "tv_licence", "contents_insurance", "driving"])
def test_north_northamptonshire_in_principle_is_not_a_promise(store: OfferStore, topic):
    offer = store.offer_for(NN, topic)
    assert offer.promise == "in_principle" and offer.inherited_from is None
    assert quoted(offer, "in principle will assist")


def test_north_northamptonshire_offers_work_experience(store: OfferStore):
    offer = store.offer_for(NN, "work_experience")
    assert (offer.status, offer.promise) == ("offered", "definite")
    assert quoted(offer, "Offering work experience with our councillors and other partner organisations.")
    # In the source's own words ("does not offer work experience within the council"), not
    # "you can't": a question about working inside the council hears the answer it asked for.
    assert "does not offer work experience inside the council itself" in offer.summary


def test_ages_and_days_as_published(store: OfferStore):
    derby = store.offer_for(DERBY, "personal_adviser")
    assert "From 16 to 20, your PA must see you face to face every 2 months" in derby.summary
    assert quoted(derby, "16-20 … We must have face to face contact") or quoted(derby, "We must have face to face contact")
    trust = store.offer_for(WN, "personal_adviser")
    assert trust.age_min is None and "16 and a half" in trust.summary    # not "from 16"
    duty = store.offer_for(WN, "duty_service")
    assert "Monday to Friday" in duty.summary and quoted(duty, "offer a service Monday to Friday")


def test_a_dated_figure_carries_a_plain_caution(store: OfferStore):
    west = store.offer_for(WN, "setting_up_home_allowance")
    assert west.amount_pence == 200000
    assert west.caution == ("This figure is from an older booklet. The national recommendation is now £3,000, "
                            "so check with your PA.")
    assert west.caution_source.file == "README.md" and "£3,000 on 1 April 2023" in west.caution_source.quote
    assert store.offer_for(NN, "setting_up_home_allowance").caution is None     # the council's own, newer £3000


def test_the_missing_entries_are_added(store: OfferStore):
    for authority in (NN, WN):
        complaints = store.offer_for(authority, "complaints")
        assert complaints.inherited_from == TRUST
        assert complaints.source_section == "8. LISTENING TO YOU AND TAKING YOU SERIOUSLY"
        assert "Children's Rights Service" in complaints.summary and "advocate" in complaints.summary
        assert quoted(complaints, "escalation process")
    tv = store.offer_for(DERBY, "tv_licence")
    assert "first year (12 months)" in tv.summary and quoted(tv, "After the first year")
    local = store.offer_for(DERBY, "local_offer")
    assert "wherever you live" in local.summary
    assert quoted(local, "The Offer is open to all Derby City Care Leavers regardless of where you might be living.")
    assert "wherever you live" in store.offer_for(DERBY, "eligibility").summary


def test_every_entry_carries_its_quote(store: OfferStore):
    for authority in (NN, WN, DERBY):
        for offer in store.offers_for(authority):
            assert offer.citations and offer.citations[0].file == offer.source_file
            assert offer.citations[0].section == offer.source_section
            assert all(c.quote for c in offer.citations)
            if offer.status in ("offered", "discretionary"):
                assert offer.promise in ("definite", "only_if", "in_principle", "discretionary")
            if offer.amount_pence is not None:
                assert offer.amount_qualifier in ("exactly", "up_to", "at_least", "total")
