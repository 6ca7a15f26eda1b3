"""The query API, run against SQLite and PostgreSQL (the `store` fixture is parametrised)."""
from __future__ import annotations

import dataclasses
from datetime import datetime, time, timezone

import pytest

from offers import vocabulary
from offers.hours import LONDON
from offers.store import OfferStore, UnknownAuthorityError, UnknownCategoryError, UnknownTopicError

NN, WN, DERBY, TRUST = "north_northamptonshire", "west_northamptonshire", "derby_city", "northamptonshire_childrens_trust"
NN_FILE = "north-northamptonshire-council-offer-entry.txt"
TRUST_BOOKLET = "northamptonshire-childrens-trust-local-offer-booklet.txt"


# --- inheritance and overrides -----------------------------------------------------------

def test_north_northamptonshire_gets_the_councils_own_figure(store: OfferStore):
    offer = store.offer_for(NN, "setting_up_home_allowance")
    assert offer.amount_pence == 300000 and offer.amount_text == "£3000" and offer.period == "one_off"
    assert offer.inherited_from is None
    assert (offer.source_file, offer.source_section) == (NN_FILE, "Setting up a home")
    assert offer.authority_key == NN


def test_west_northamptonshire_inherits_the_trusts_figure(store: OfferStore):
    offer = store.offer_for(WN, "setting_up_home_allowance")
    assert offer.amount_pence == 200000 and offer.amount_text == "£2000"
    assert offer.inherited_from == TRUST and offer.authority_key == WN
    assert (offer.source_file, offer.source_section) == (TRUST_BOOKLET, "5. LOOKING AFTER YOUR MONEY")


def test_derby_has_no_published_amount_but_says_who_to_ask(store: OfferStore):
    offer = store.offer_for(DERBY, "setting_up_home_allowance")
    assert offer.status == "offered"
    assert offer.amount_pence is None and offer.period is None and offer.amount_text is None
    assert "Leaving Care Team" in offer.how_to_apply and "PA" in offer.how_to_apply
    assert store.contacts(DERBY).number_now == "01332 643907"


def test_council_tax_override_differs_from_the_trust(store: OfferStore):
    nn, wn = store.offer_for(NN, "council_tax"), store.offer_for(WN, "council_tax")
    assert (nn.age_min, nn.age_max, nn.inherited_from) == (None, 21, None)
    assert "exempt" in nn.summary
    assert (wn.age_min, wn.age_max, wn.inherited_from) == (18, 25, TRUST)
    assert "discount or reduction" in wn.summary


def test_the_trust_itself_can_be_queried_but_not_selected(store: OfferStore):
    trust = store.authority(TRUST)
    assert trust.selectable is False
    assert store.offer_for(TRUST, "setting_up_home_allowance").amount_pence == 200000
    assert TRUST not in {a.key for a in store.authorities()}


def test_north_northamptonshire_inherits_what_it_does_not_override(store: OfferStore):
    offer = store.offer_for(NN, "travel_costs")
    assert offer.inherited_from == TRUST and offer.source_file == TRUST_BOOKLET
    assert store.offer_for(NN, "complaints").inherited_from == TRUST
    assert store.offer_for(NN, "motorbike_cbt").inherited_from is None


def test_where_the_council_says_in_principle_its_own_words_override_the_booklet(store: OfferStore):
    for topic in ("tv_licence", "contents_insurance", "driving"):
        nn, wn = store.offer_for(NN, topic), store.offer_for(WN, topic)
        assert (nn.inherited_from, nn.promise) == (None, "in_principle"), topic
        assert "Trust's booklet" in nn.caution and nn.caution_source.file == TRUST_BOOKLET
        assert (wn.inherited_from, wn.promise) == (TRUST, "definite"), topic


def test_not_offered_and_missing_entries(store: OfferStore):
    assert store.offer_for(NN, "communication_allowance").status == "not_offered"
    assert store.offer_for(DERBY, "communication_allowance").amount_pence == 1500
    assert store.offer_for(NN, "deposit").status == "offered"
    assert store.offer_for(WN, "deposit") is None   # the Trust's booklet says nothing about deposits


def test_amounts_with_periods(store: OfferStore):
    cases = {
        (NN, "birthday_payment"): (5000, "per_year"),
        (NN, "work_clothes"): (10000, "one_off"),
        (WN, "emergency_fund"): (35000, "per_year"),
        (WN, "education_costs"): (35000, "per_year"),
        (WN, "laptop"): (30000, "one_off"),
        (DERBY, "fe_bursary"): (120000, "per_year"),
    }
    for (authority, topic), (pence, period) in cases.items():
        offer = store.offer_for(authority, topic)
        assert (offer.amount_pence, offer.period) == (pence, period), (authority, topic)


def test_unknown_inputs_raise(store: OfferStore):
    with pytest.raises(UnknownTopicError):
        store.offer_for(NN, "free_money")
    with pytest.raises(UnknownAuthorityError):
        store.offer_for("leicester", "council_tax")
    with pytest.raises(UnknownCategoryError):
        store.offers_for(NN, "fun")
    with pytest.raises(UnknownAuthorityError):
        store.authority("nowhere")


# --- lists, comparison, national baseline ---------------------------------------------------

def test_offers_for_merges_own_and_inherited(store: OfferStore):
    nn = store.offers_for(NN)
    trust_topics = {o.topic for o in store.offers_for(TRUST)}
    own_topics = {o.topic for o in nn if o.inherited_from is None}
    assert len(own_topics) == 31
    assert {o.topic for o in nn} == trust_topics | own_topics
    assert len(nn) == len({o.topic for o in nn})              # one offer per topic
    assert [o.topic for o in nn] == sorted((o.topic for o in nn), key=vocabulary.sort_key)
    wn = store.offers_for(WN)
    assert len(wn) == 70 and all(o.inherited_from == TRUST for o in wn)
    assert len(store.offers_for(DERBY)) == 57


def test_offers_for_a_category(store: OfferStore):
    money = store.offers_for(NN, "money")
    assert money and all(o.category == "money" for o in money)
    assert {"setting_up_home_allowance", "council_tax", "tv_licence"} <= {o.topic for o in money}


def test_compare_lists_every_selectable_authority(store: OfferStore):
    result = store.compare("setting_up_home_allowance")
    assert [a.key for a, _ in result] == [DERBY, NN, WN]
    amounts = {a.key: (o.amount_pence if o else "missing") for a, o in result}
    assert amounts == {DERBY: None, NN: 300000, WN: 200000}
    deposit = dict((a.key, o) for a, o in store.compare("deposit"))
    assert deposit[WN] is None and deposit[DERBY] is None and deposit[NN] is not None


def test_national_baseline(store: OfferStore):
    allowance = store.national("setting_up_home_allowance")
    assert allowance.amount_pence == 300000 and allowance.legal_basis == "national_recommendation"
    assert (allowance.source_file, allowance.source_section) == ("README.md", "National facts")
    assert store.national("he_bursary").amount_pence == 200000
    assert store.national("staying_put").age_max == 21
    assert store.national("council_tax").status == "discretionary"
    assert store.national("laptop") is None


# --- search and authority resolution --------------------------------------------------------

def test_search_by_keyword(store: OfferStore):
    offers = store.search("can I get help with council tax?")
    assert {(o.authority_key, o.topic) for o in offers} == {(DERBY, "council_tax"), (NN, "council_tax"), (WN, "council_tax")}
    derby = store.search("leaving care grant for furniture", authority=DERBY)
    assert derby[0].topic == "setting_up_home_allowance" and derby[0].authority_key == DERBY
    assert store.search("xyzzy") == []


def test_search_topics_uses_keywords_then_offer_text(store: OfferStore):
    assert store.search_topics("laptop")[0] == "laptop"
    assert store.search_topics("ESOL") == ["english_language"]
    assert "redecoration" in store.search_topics("redecorate my flat")
    assert "cooking_equipment" in store.search_topics("cooking")          # keyword
    assert "drugs_alcohol" in store.search_topics("domestic violence")    # only in Derby's summary


@pytest.mark.parametrize("text,expected", [
    ("North Northamptonshire", [NN]),
    ("north northants", [NN]),
    ("N Northants", [NN]),
    ("NNC", [NN]),
    ("West Northants", [WN]),
    ("WNC", [WN]),
    ("derby", [DERBY]),
    ("Derby City", [DERBY]),
    ("derbey", [DERBY]),
    ("derby_city", [DERBY]),
    ("Northamptonshire Children’s Trust", [NN, WN]),
    ("NCT", [NN, WN]),
    ("Northants", [NN, WN]),
    ("northampton", [WN]),
    ("Northamptonshire", [NN, WN]),
    ("chaddesden", [DERBY]),
    ("Derbyshire", []),
    ("national", []),
])
def test_resolve_authority(store: OfferStore, text, expected):
    assert [a.key for a in store.resolve_authority(text)] == expected


def test_authorities(store: OfferStore):
    authorities = store.authorities()
    assert [a.key for a in authorities] == [DERBY, NN, WN]
    nn = store.authority(NN)
    assert nn.inherits == TRUST and "NNC" in nn.aliases and nn.last_reviewed.isoformat() == "2026-11-22"
    assert store.authority(DERBY).source_date_note


# --- contacts and office hours -------------------------------------------------------------

@pytest.mark.parametrize("when,open_,number", [
    (datetime(2026, 11, 20, 16, 59), True, "01604 364778"),    # Friday, before 5pm
    (datetime(2026, 11, 20, 17, 0), False, "01604 626938"),    # Friday 5pm: closed
    (datetime(2026, 11, 19, 17, 15), True, "01604 364778"),    # Thursday 5:15pm: open till 5:30
    (datetime(2026, 11, 19, 17, 30), False, "01604 626938"),   # Thursday 5:30pm: closed
    (datetime(2026, 11, 23, 8, 59), False, "01604 626938"),    # Monday before 9am
    (datetime(2026, 11, 23, 9, 0), True, "01604 364778"),      # Monday 9am
    (datetime(2026, 11, 21, 12, 0), False, "01604 626938"),    # Saturday
])
def test_contacts_office_hours(store: OfferStore, when, open_, number):
    for authority in (NN, WN):
        contacts = store.contacts(authority, at=when)
        assert contacts.office_open is open_
        assert contacts.number_now == number


@pytest.mark.parametrize("when,holiday", [
    (datetime(2026, 12, 25, 14, 0), "Christmas Day"),      # a Friday: would be open at 2pm
    (datetime(2026, 12, 28, 10, 0), "Boxing Day"),         # the substitute day for Saturday 26th
    (datetime(2026, 4, 3, 11, 0), "Good Friday"),
    (datetime(2026, 8, 31, 11, 0), "Late Summer Bank Holiday"),
])
def test_offices_are_closed_on_bank_holidays(store: OfferStore, when, holiday):
    for authority in (NN, WN):
        contacts = store.contacts(authority, at=when)
        assert contacts.office_open is False and contacts.bank_holiday == holiday
        assert contacts.number_now == "01604 626938"       # the out-of-hours duty social worker
        assert contacts.closes_at is None


def test_contacts_say_when_the_office_closes_and_opens_again(store: OfferStore):
    thursday = store.contacts(WN, at=datetime(2026, 12, 24, 14, 0))
    assert thursday.office_open and thursday.closes_at == time(17, 30) and thursday.opens_next is None
    christmas = store.contacts(WN, at=datetime(2026, 12, 25, 14, 0))
    # Friday 25th and Monday 28th are bank holidays; the office opens on Tuesday 29th.
    assert christmas.opens_next == datetime(2026, 12, 29, 9, 0, tzinfo=LONDON)
    assert store.contacts(DERBY, at=datetime(2026, 12, 25, 14, 0)).office_open is None


def test_contacts_convert_to_london_time(store: OfferStore):
    # 16:20 UTC on a Thursday in July is 17:20 BST: still open.
    assert store.contacts(WN, at=datetime(2026, 7, 2, 16, 20, tzinfo=timezone.utc)).office_open is True
    # 16:00 UTC on a Friday in July is 17:00 BST: closed.
    assert store.contacts(WN, at=datetime(2026, 7, 3, 16, 0, tzinfo=timezone.utc)).office_open is False
    # In winter London is on UTC: 16:59 UTC Friday is open.
    assert store.contacts(WN, at=datetime(2026, 11, 20, 16, 59, tzinfo=timezone.utc)).office_open is True


def test_contacts_inherit_field_by_field(store: OfferStore):
    nn, wn, trust = store.contacts(NN), store.contacts(WN), store.contacts(TRUST)
    assert nn.address == wn.address == trust.address
    assert "Russell House" in nn.address
    assert nn.email == "LeavingCareTeamDuty@nctrust.co.uk"
    assert "07900918194" in [p.number for p in nn.phones]          # the council's own contact
    assert "07900918194" not in [p.number for p in wn.phones]
    assert nn.out_of_hours_number == wn.out_of_hours_number == "01604 626938"
    assert nn.hours_text == ("Monday to Thursday: 9am to 5:30pm", "Friday: 9am to 5pm")
    assert any("appointment" in n for n in nn.notes)                 # the Trust's note is kept
    assert any(s.file == NN_FILE for s in nn.sources)


def test_contacts_without_published_hours(store: OfferStore):
    derby = store.contacts(DERBY, at=datetime(2026, 11, 21, 23, 0))
    assert derby.office_open is None
    assert derby.office_hours == () and derby.hours_text == ()
    assert derby.number_now == "01332 643907"
    assert derby.out_of_hours_number is None
    assert derby.languages == ("Polish", "Punjabi", "Slovakian", "Urdu")
    assert derby.email is None


# --- services --------------------------------------------------------------------------------

def test_services_by_topic_and_need(store: OfferStore):
    assert [s.key for s in store.services("drugs")] == ["star"]
    assert "shelter" in {s.key for s in store.services("homeless")}
    crisis = store.services("mental_health_support")
    assert [s.key for s in crisis[:2]] == ["samaritans", "shout"]     # 24/7 first
    samaritans = crisis[0]
    assert samaritans.phones[0].number == "116 123" and samaritans.always_open
    assert store.services("shout")[0].texts[0].keyword == "SHOUT"


def test_services_for_an_authority(store: OfferStore):
    derby = {s.key for s in store.services("mental_health_support", authority=DERBY)}
    assert "samaritans" in derby and "the_lowdown" not in derby
    nn = {s.key for s in store.services(authority=NN)}
    assert {"the_lowdown", "north_northamptonshire_housing", "samaritans"} <= nn
    assert "west_northamptonshire_housing" not in nn
    assert len(store.services()) == 53


def test_service_hours(store: OfferStore):
    camhs = next(s for s in store.services("camhs"))
    assert camhs.key == "camhs_live"
    assert [(h.weekday, h.opens.isoformat(), h.closes.isoformat()) for h in camhs.office_hours] == [
        (d, "10:00:00", "16:30:00") for d in range(5)]


def test_results_are_frozen_dataclasses(store: OfferStore):
    offer = store.offer_for(NN, "council_tax")
    with pytest.raises(dataclasses.FrozenInstanceError):
        offer.amount_pence = 1  # type: ignore[misc]
    assert dataclasses.is_dataclass(store.contacts(NN)) and dataclasses.is_dataclass(store.services()[0])


def test_store_opens_no_connection_until_used(tmp_path):
    store = OfferStore(f"sqlite:///{tmp_path / 'never' / 'x.db'}")
    assert store._engine is None and not (tmp_path / "never").exists()
