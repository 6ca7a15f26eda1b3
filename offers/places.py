"""Places in user text that say which council, or that only look as if they do.

General knowledge, not from the Local Offers: postcode districts and the councils that
cover them, and named places that contain a council's name but are not the council (the
University of Northampton is not "Northamptonshire"; Derby County is a football club).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Postcode districts -> the council that covers them. Districts that straddle a boundary
# go to the council that covers most of them.
_DISTRICTS: dict[str, str] = {
    **{f"NN{n}": "west_northamptonshire" for n in (1, 2, 3, 4, 5, 6, 7, 11, 12, 13)},
    **{f"NN{n}": "north_northamptonshire" for n in (8, 9, 10, 14, 15, 16, 17, 18, 29)},
    **{f"DE{n}": "derby_city" for n in (1, 3, 21, 22, 23, 24, 99)},
}
# Postcode areas that also cover places outside the councils we have.
_AREA_ELSEWHERE = {"DE": "Derbyshire or Staffordshire", "NN": "Northamptonshire"}
_POSTCODE = re.compile(r"\b(NN|DE)\s?(\d{1,2})(?:\s?\d[A-Z]{2})?\b", re.IGNORECASE)

# Named places containing an authority's name that are not the authority.
NOT_COUNCILS = re.compile(
    r"\b(?:university of northampton|northampton (?:uni|university)|"
    r"northampton general(?: hospital)?|(?:kettering|northampton) general hospital|"
    r"northampton (?:road|rd|street|st|lane|avenue|ave|way|close)|"
    # "northampton town" is the football club; "northampton town centre" is the town.
    r"northampton town(?! cent(?:re|er))(?: fc)?|northampton saints|derby county|derby royal(?: hospital)?|"
    r"royal derby(?: hospital)?|derby road|derby rd|derby street|university of derby|"
    r"derby uni(?:versity)?|derby college|kettering road)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Postcode:
    district: str
    authority: str | None      # None: a district outside the councils we have
    elsewhere: str             # what else the area covers, for "not covered" replies


def postcodes(text: str) -> list[Postcode]:
    found = []
    for m in _POSTCODE.finditer(text):
        area, number = m.group(1).upper(), int(m.group(2))
        district = f"{area}{number}"
        found.append(Postcode(district, _DISTRICTS.get(district), _AREA_ELSEWHERE[area]))
    return found


def without_non_councils(text: str) -> str:
    """The text with named non-council places blanked out (same length, so spans hold)."""
    return NOT_COUNCILS.sub(lambda m: " " * len(m.group(0)), text)
