"""The actions' offer store remembers answers for a minute, and only answers."""
from __future__ import annotations

from datetime import datetime
from typing import Iterator

import pytest
from sqlalchemy import event

from actions.store import REMEMBER_SECONDS, RememberingStore
from offers.hours import LONDON
from offers.store import OfferStore, UnknownAuthorityError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def counted(offers_db_url: str) -> Iterator[tuple[RememberingStore, list[str], Clock]]:
    store = OfferStore(offers_db_url)
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(statement))
    clock = Clock()
    yield RememberingStore(store, timer=clock), statements, clock
    store.close()


def test_a_second_ask_within_the_minute_does_not_touch_the_database(counted) -> None:
    remembering, statements, _ = counted
    first = remembering.offer_for("north_northamptonshire", "setting_up_home_allowance")
    asked = len(statements)
    assert asked > 0 and first is not None
    again = remembering.offer_for("north_northamptonshire", "setting_up_home_allowance")
    remembering.offer_for("north_northamptonshire", "setting_up_home_allowance")
    assert again == first
    assert len(statements) == asked


def test_a_reload_is_seen_after_the_minute(counted) -> None:
    remembering, statements, clock = counted
    remembering.national("personal_adviser")
    asked = len(statements)
    clock.now += REMEMBER_SECONDS + 1
    remembering.national("personal_adviser")
    assert len(statements) > asked


def test_lists_are_copies(counted) -> None:
    remembering, _, _ = counted
    names = remembering.authorities()
    count = len(names)
    names.clear()
    assert len(remembering.authorities()) == count > 0


def test_unknown_council_raises_every_time(counted) -> None:
    remembering, _, _ = counted
    for _ in range(2):
        with pytest.raises(UnknownAuthorityError):
            remembering.offer_for("atlantis", "setting_up_home_allowance")


def test_message_text_is_never_kept(counted) -> None:
    remembering, statements, _ = counted
    said = "im from corby and my flat has no bed"
    assert [a.key for a in remembering.resolve_authority(said)] == ["north_northamptonshire"]
    asked = len(statements)
    assert [a.key for a in remembering.resolve_authority("kettering")] == ["north_northamptonshire"]
    assert len(statements) == asked  # the tables were kept, not the text
    remembering.services("somewhere to sleep tonight", "derby_city")
    kept = repr(list(remembering._cache.keys()))
    assert "corby" not in kept and "kettering" not in kept and "sleep" not in kept


def test_contacts_are_kept_per_minute_and_keep_office_hours_right(counted) -> None:
    remembering, statements, _ = counted
    tuesday_noon = datetime(2026, 12, 1, 12, 0, 10, tzinfo=LONDON)
    tuesday_3am = datetime(2026, 12, 1, 3, 0, tzinfo=LONDON)
    noon = remembering.contacts("north_northamptonshire", tuesday_noon)
    asked = len(statements)
    assert remembering.contacts("north_northamptonshire", tuesday_noon.replace(second=50)) == noon
    assert len(statements) == asked
    night = remembering.contacts("north_northamptonshire", tuesday_3am)
    assert noon.office_open is True and night.office_open is False
    assert night.number_now == night.out_of_hours_number != noon.number_now
