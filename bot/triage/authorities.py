"""Authority keys as the triage cases use them (see docs/contracts.md, "Authorities").

Who sees what:
- a worker sees the cases of every authority they cover;
- Northamptonshire Children's Trust runs leaving care for both Northamptonshire councils, so
  a worker covering the Trust also sees North and West Northamptonshire cases, and workers
  covering either council see cases raised against the Trust (an ambiguous "Northants");
- a case whose authority is not known (`unknown`) is shown to every worker: nobody else
  would see it, and nothing raised may be lost.
"""
from __future__ import annotations

from typing import Iterable

UNKNOWN = "unknown"
TRUST = "northamptonshire_childrens_trust"

NAMES = {
    TRUST: "Northamptonshire Children's Trust",
    "north_northamptonshire": "North Northamptonshire Council",
    "west_northamptonshire": "West Northamptonshire Council",
    "derby_city": "Derby City Council",
}

# Covering the key on the left means seeing cases for the keys on the right too.
_ALSO_SEES = {
    TRUST: {"north_northamptonshire", "west_northamptonshire"},
    "north_northamptonshire": {TRUST},
    "west_northamptonshire": {TRUST},
}


def known_keys() -> list[str]:
    """Authority keys a worker can be given: ours, plus any the offer store knows."""
    keys = set(NAMES)
    try:  # the offer store is optional here
        from offers.store import OfferStore  # lazy on purpose

        keys.update(a.key for a in OfferStore().authorities())
    except Exception:  # noqa: BLE001  # pragma: no cover - the offer store may not be ready
        pass
    return sorted(keys)


def display_name(key: str | None) -> str:
    if not key or key == UNKNOWN:
        return "Not known"
    return NAMES.get(key) or key.replace("_", " ").title()


def normalise(key: str | None) -> str:
    key = (key or "").strip().lower()
    return key or UNKNOWN


def visible_authorities(covered: Iterable[str]) -> set[str]:
    """The case authority keys a worker covering `covered` may see."""
    seen = {UNKNOWN}
    for key in covered:
        seen.add(key)
        seen.update(_ALSO_SEES.get(key, ()))
    return seen
