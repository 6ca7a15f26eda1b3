"""The queue's "Office open now" column: from the offer store, "Not known" when it cannot say."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.web.office import OfficeHours
from bot.web.timefmt import LONDON


def test_answers_and_fallbacks():
    calls = []

    def lookup(authority, at):
        calls.append(authority)
        if authority == "broken":
            raise RuntimeError("offer store not ready")
        return {"open_one": True, "shut_one": False, "no_hours": None}[authority]

    office = OfficeHours(lookup=lookup)
    assert office.status("open_one") == "Open"
    assert office.status("shut_one") == "Closed"
    assert office.status("no_hours") == "Not known"
    assert office.status("broken") == "Not known"
    assert office.status("unknown") == "Not known" and office.status("") == "Not known"
    office.status("open_one")
    assert calls.count("open_one") == 1  # cached for a minute
    assert office.statuses(["open_one", "shut_one", "open_one"]) == {"open_one": "Open", "shut_one": "Closed"}


def test_without_an_offer_store_everything_is_not_known(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "offers.store", None)  # import fails
    assert OfficeHours().status("derby_city") == "Not known"


def test_with_the_real_offer_store(tmp_path):
    store_module = pytest.importorskip("offers.store")
    url = f"sqlite:///{tmp_path / 'offers.db'}"
    store_module.ensure_loaded(url)
    office = OfficeHours(url)
    sunday_night = datetime(2026, 11, 22, 23, 0, tzinfo=LONDON)
    monday_morning = datetime(2026, 11, 23, 11, 0, tzinfo=LONDON)
    assert office.status("north_northamptonshire", sunday_night) == "Closed"
    assert office.status("north_northamptonshire", monday_morning) == "Open"
    assert office.status("atlantis", monday_morning) == "Not known"
