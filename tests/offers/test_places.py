"""Postcode districts and places that only look like councils (offers/places.py)."""
from __future__ import annotations

import pytest

from offers import places


@pytest.mark.parametrize(("text", "district", "authority"), [
    ("NN17 1AB", "NN17", "north_northamptonshire"),          # Corby
    ("my postcode is nn16 8xx", "NN16", "north_northamptonshire"),  # Kettering
    ("NN1 5AA", "NN1", "west_northamptonshire"),             # Northampton
    ("nn11", "NN11", "west_northamptonshire"),               # Daventry
    ("DE22 3AB", "DE22", "derby_city"),
    ("de1 2fs", "DE1", "derby_city"),
])
def test_postcode_districts_map_to_their_council(text: str, district: str, authority: str) -> None:
    [found] = places.postcodes(text)
    assert (found.district, found.authority) == (district, authority)


def test_a_derbyshire_postcode_is_named_as_outside_the_councils_we_have() -> None:
    [found] = places.postcodes("i live in DE4 3AB")
    assert found.district == "DE4"
    assert found.authority is None
    assert "Derbyshire" in found.elsewhere


@pytest.mark.parametrize("text", ["i am 19", "call 01604 364778", "NNN17", "flat 22", "DEN22", "in 2022"])
def test_text_without_a_postcode_has_none(text: str) -> None:
    assert places.postcodes(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("i study at the University of Northampton", "university of northampton"),
    ("i'm at northampton uni", "northampton uni"),
    ("in Northampton General Hospital", "northampton general hospital"),
    ("i live on Kettering Road", "kettering road"),
    ("i support Derby County", "derby county"),
])
def test_places_that_are_not_councils_are_blanked_out(text: str, place: str) -> None:
    masked = places.without_non_councils(text)
    assert len(masked) == len(text)              # spans still line up with entity offsets
    assert place not in masked.lower()
    assert masked.lower().strip() == text.lower()[:text.lower().index(place)].strip()


def test_the_council_named_beside_a_non_council_place_is_kept() -> None:
    text = "i'm at northampton general but i was in care with north northants"
    masked = places.without_non_councils(text)
    assert "northampton general" not in masked
    assert masked.endswith("i was in care with north northants")


def test_a_plain_council_or_town_is_not_blanked() -> None:
    for text in ("i was in care in northampton", "derby city", "west northants", "i live in derby"):
        assert places.without_non_councils(text) == text
