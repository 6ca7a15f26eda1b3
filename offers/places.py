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
    r"northampton (?:road|rd|street|st|lane|avenue|ave|way)|"
    # "Northampton Close", a street; not "does the team in northampton close on a tuesday".
    r"northampton close(?! (?:on|at|early|earlier|late|later|today|tonight|tomorrow|for|over|during|this|"
    r"next|every|each|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?)\b)(?! *[?.!]| *$)|"
    # "northampton town" is the football club; "northampton town centre" is the town, and
    # so is "i just moved to northampton town" (a place lived in, not a club).
    r"(?<!moved to )(?<!move to )(?<!moving to )(?<!live in )(?<!living in )(?<!lives in )(?<!im in )"
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


# Councils in England whose Local Offers we don't have (children's services authorities,
# by the names people use for them, and the cities they are named after), for an honest
# "I only have ..." instead of our councils' figures. Names that are everyday words
# ("reading", "bury", "bath", "sutton") count only after "from", "in" or "at".
_OTHER_COUNCIL_NAMES = (
    "leicester", "leicestershire", "nottingham", "nottinghamshire", "derbyshire", "staffordshire",
    "stoke on trent", "stoke-on-trent", "birmingham", "coventry", "warwickshire", "solihull",
    "wolverhampton", "walsall", "dudley", "sandwell", "worcestershire", "herefordshire",
    "shropshire", "telford", "milton keynes", "bedford", "bedfordshire", "luton",
    "cambridgeshire", "cambridge", "peterborough", "oxfordshire", "oxford", "buckinghamshire",
    "lincolnshire", "lincoln", "rutland", "norfolk", "norwich", "suffolk", "ipswich", "essex",
    "southend", "thurrock", "hertfordshire", "kent", "medway", "surrey", "east sussex",
    "west sussex", "brighton", "hampshire", "southampton", "portsmouth", "isle of wight",
    "berkshire", "slough", "wokingham", "bracknell", "windsor and maidenhead", "swindon",
    "wiltshire", "gloucestershire", "bristol", "somerset", "dorset", "bournemouth", "devon",
    "plymouth", "torbay", "cornwall", "manchester", "salford", "stockport", "tameside",
    "oldham", "rochdale", "bolton", "wigan", "trafford", "liverpool", "knowsley", "sefton",
    "st helens", "wirral", "halton", "warrington", "cheshire", "lancashire", "blackpool",
    "blackburn", "cumbria", "cumberland", "westmorland", "leeds", "bradford", "wakefield",
    "kirklees", "calderdale", "sheffield", "rotherham", "barnsley", "doncaster",
    "york", "north yorkshire", "hull", "east riding", "north lincolnshire", "north east lincolnshire",
    "newcastle", "gateshead", "sunderland", "south tyneside", "north tyneside", "durham",
    "northumberland", "middlesbrough", "stockton", "hartlepool", "darlington",
    "redcar", "london", "camden", "hackney", "islington", "lambeth", "southwark", "lewisham",
    "greenwich", "tower hamlets", "newham", "haringey", "enfield", "barnet", "brent", "ealing",
    "hounslow", "hillingdon", "harrow", "croydon", "bromley", "bexley", "merton",
    "wandsworth", "westminster", "kensington", "hammersmith", "waltham forest", "redbridge",
    "havering", "barking", "richmond upon thames", "kingston upon thames",
)
_EVERYDAY_WORD_NAMES = ("reading", "bury", "bath", "sutton", "wigan", "kingston", "richmond")
OTHER_COUNCIL = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in sorted(_OTHER_COUNCIL_NAMES, key=len, reverse=True)) + r")\b|"
    r"\b(?:from|in|at) (?:" + "|".join(_EVERYDAY_WORD_NAMES) + r")\b",
    re.IGNORECASE)


# "at uni in york", "moved to leicester": where the user is now, not the council that
# looked after them.
_NOT_THEIR_COUNCIL = re.compile(r"\b(?:uni|university|college|studying|study|moved|moving|move|go|going|went|"
                                r"visit|visiting|trip|holiday) (?:in|to|at|near)?\s*$", re.IGNORECASE)


def other_council(text: str) -> str | None:
    """The name of a council in England we have no offer for, as written in the text
    (not where the user studies or moved to)."""
    plain = without_non_councils(text)
    for found in OTHER_COUNCIL.finditer(plain):
        if not _NOT_THEIR_COUNCIL.search(plain[:found.start()]):
            return found.group(0)
    return None


def without_non_councils(text: str) -> str:
    """The text with named non-council places blanked out (same length, so spans hold)."""
    return NOT_COUNCILS.sub(lambda m: " " * len(m.group(0)), text)
