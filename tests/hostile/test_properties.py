"""Property-based tests (hypothesis): whatever text arrives, the crisis detector's
normaliser, the detector, the REST channel's checks and the offer query API never raise
and always answer in their documented shape.

The offer store runs on SQLite and on PostgreSQL (which refuses some strings SQLite takes,
e.g. NUL characters), loaded with the real data.
"""
from __future__ import annotations

import unicodedata
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.rasa.channels.rest import MAX_BODY_BYTES, parse
from bot.crisis import detect, normalise
from offers import vocabulary
from offers.store import (
    OfferStore,
    UnknownAuthorityError,
    UnknownCategoryError,
    UnknownTopicError,
    ensure_loaded,
)
from offers.types import Authority, Contacts, Offer, Service
from tests.support.postgres import create_database

# Any code point, surrogates and control characters included.
ANY_CHAR = st.characters(blacklist_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=300)
# Text that looks like what people type, plus the awkward characters.
TYPED = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789'’.,!?-:;()£%_\n\t"
                                     "\u200b\u00a0😊💊🔪💀\x00\x07\ufeff")), max_size=200)
TEXTS = st.one_of(ANY_TEXT, TYPED)
LEVELS = {"crisis", "urgent", "none"}
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DB = settings(max_examples=120, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


# ------------------------------------------------------------------ crisis detector

@FAST
@given(TEXTS)
def test_normalise_never_raises_and_returns_the_canonical_form(text: str) -> None:
    out = normalise(text)
    assert isinstance(out, str)
    assert out == out.strip() and "  " not in out
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in out)
    assert out == out.casefold() or out == out.lower()


@FAST
@given(st.one_of(TEXTS, st.none(), st.binary(max_size=50), st.integers(), st.lists(st.text(max_size=5))))
def test_detect_never_raises_and_gives_a_well_formed_verdict(value) -> None:
    verdict = detect(value)
    assert verdict.level in LEVELS
    assert isinstance(verdict.reason, str)
    assert verdict.positive == (verdict.level != "none")
    assert set(verdict.as_dict()) >= {"level", "category", "reason"}


@FAST
@given(st.text(st.sampled_from(list("0123456789 ,;:()[]#*+=~")), max_size=40),
       st.sampled_from(["i want to kill myself", "i want to die", "im going to end it all tonight",
                        "ive taken a load of pills"]),
       st.text(st.sampled_from(list("0123456789 ,;:()[]#*+=~")), max_size=40))
def test_a_crisis_sentence_is_found_whatever_noise_is_around_it(before: str, phrase: str, after: str) -> None:
    assert detect(f"{before}. {phrase}. {after}").level == "crisis"


# ------------------------------------------------------------------ the REST channel's checks

@FAST
@given(st.one_of(st.binary(max_size=400), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.builds(lambda s, m: __import__("json").dumps({"sender": s, "message": m}).encode(),
                           st.one_of(st.text(max_size=20), st.integers(), st.none()),
                           st.one_of(TEXTS, st.none(), st.integers(), st.lists(st.integers())))))
def test_rest_checks_never_raise_and_only_pass_clean_text(raw: bytes) -> None:
    checked = parse(raw)
    assert checked.status in (200, 400, 413)
    assert isinstance(checked.reply, str)
    if checked.status == 200:
        assert checked.sender and checked.text.strip()
        assert not any(unicodedata.category(ch) in ("Cs",) for ch in checked.text)
        assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in checked.text)
    else:
        assert checked.reply and len(raw) <= MAX_BODY_BYTES or checked.status == 413


# ------------------------------------------------------------------ the offer query API

@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('offers') / 'offers.db'}"
    else:
        url = create_database(request.getfixturevalue("postgres_url"), f"offers_props_{uuid.uuid4().hex[:8]}")
    ensure_loaded(url)
    s = OfferStore(url)
    yield s
    s.close()


AUTHORITY_KEYS = ["north_northamptonshire", "west_northamptonshire", "derby_city",
                  "northamptonshire_childrens_trust", "national"]
TOPIC_KEYS = [t.key for t in vocabulary.TOPICS]
CATEGORY_KEYS = [c.key for c in vocabulary.CATEGORIES]
KEYS_OR_JUNK = lambda keys: st.one_of(st.sampled_from(keys), TEXTS)  # noqa: E731


def well_formed(offer: Offer) -> None:
    assert isinstance(offer, Offer)
    assert offer.status in {"offered", "not_offered", "discretionary", "unknown"}
    assert offer.period is None or offer.period in vocabulary.PERIODS
    assert offer.amount_pence is None or (isinstance(offer.amount_pence, int) and offer.amount_pence >= 0)
    assert offer.legal_basis in {"statutory", "national_recommendation", "local_discretion"}
    assert offer.title and offer.source_file


@DB
@given(text=TEXTS)
def test_free_text_lookups_never_raise(store: OfferStore, text: str) -> None:
    topics = store.search_topics(text)
    assert isinstance(topics, list) and all(t in TOPIC_KEYS for t in topics)
    for offer in store.search(text):
        well_formed(offer)
    found = store.resolve_authority(text)
    assert isinstance(found, list) and all(isinstance(a, Authority) for a in found)
    services = store.services(text)
    assert isinstance(services, list) and all(isinstance(s, Service) for s in services)


@DB
@given(authority=KEYS_OR_JUNK(AUTHORITY_KEYS), topic=KEYS_OR_JUNK(TOPIC_KEYS))
def test_offer_for_answers_or_names_the_unknown_key(store: OfferStore, authority: str, topic: str) -> None:
    try:
        offer = store.offer_for(authority, topic)
    except UnknownTopicError:
        assert topic not in TOPIC_KEYS
        return
    except UnknownAuthorityError:
        assert authority not in AUTHORITY_KEYS
        return
    assert offer is None or (well_formed(offer) is None and offer.topic == topic)


@DB
@given(authority=KEYS_OR_JUNK(AUTHORITY_KEYS), category=st.one_of(st.none(), KEYS_OR_JUNK(CATEGORY_KEYS)))
def test_offers_for_answers_or_names_the_unknown_key(store: OfferStore, authority: str, category) -> None:
    try:
        offers = store.offers_for(authority, category)
    except UnknownAuthorityError:
        assert authority not in AUTHORITY_KEYS
        return
    except UnknownCategoryError:
        assert category not in CATEGORY_KEYS
        return
    for offer in offers:
        well_formed(offer)


@DB
@given(topic=KEYS_OR_JUNK(TOPIC_KEYS))
def test_compare_answers_or_names_the_unknown_topic(store: OfferStore, topic: str) -> None:
    try:
        rows = store.compare(topic)
    except UnknownTopicError:
        assert topic not in TOPIC_KEYS
        return
    assert len(rows) == len(store.authorities())
    for authority, offer in rows:
        assert isinstance(authority, Authority)
        if offer is not None:
            well_formed(offer)


@DB
@given(authority=st.sampled_from(AUTHORITY_KEYS[:3]),
       at=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                       timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=-11)),
                                                  timezone(timedelta(hours=14))])))
def test_contacts_at_any_moment(store: OfferStore, authority: str, at: datetime) -> None:
    contacts = store.contacts(authority, at)
    assert isinstance(contacts, Contacts)
    assert contacts.office_open in (True, False, None)
    assert contacts.number_now is None or isinstance(contacts.number_now, str)
    assume(contacts.office_open is not None)
    if contacts.office_open is False:
        assert contacts.number_now == contacts.out_of_hours_number
