"""How old is an authority's data? Councils change their offer every year.

An authority whose data was last checked against its published offer more than a year
ago is stale: the bot warns in its answers and `python -m offers validate` lists it.
"""
from __future__ import annotations

from datetime import date, timedelta

STALE_AFTER = timedelta(days=365)


def is_stale(last_reviewed: date, today: date | None = None) -> bool:
    return (today or date.today()) - last_reviewed > STALE_AFTER


def stale_report(reviewed: dict[str, date], today: date | None = None) -> list[str]:
    """One line per stale authority: key, date and age in days."""
    today = today or date.today()
    return [f"stale: {key} last reviewed {day.isoformat()} ({(today - day).days} days ago); "
            "check it against the council's current Local Offer"
            for key, day in sorted(reviewed.items()) if is_stale(day, today)]
