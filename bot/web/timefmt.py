"""Times as duty workers read them: Europe/London clock times and "12 min ago"."""
from __future__ import annotations

from datetime import datetime, timezone

from offers.hours import LONDON

def age(then: datetime | None, now: datetime | None = None) -> str:
    if then is None:
        return ""
    now = now or datetime.now(timezone.utc)
    seconds = max(0, int((now - then).total_seconds()))
    minutes = seconds // 60
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min ago" if minutes else f"{hours} h ago"
    days = hours // 24
    return "1 day ago" if days == 1 else f"{days} days ago"


def london(moment: datetime | None) -> str:
    """'21:04, 3 Nov 2025' in UK time."""
    if moment is None:
        return ""
    local = moment.astimezone(LONDON)
    return f"{local:%H:%M}, {local.day} {local:%b %Y}"


def clock(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(LONDON).strftime("%H:%M")


def iso(moment: datetime | None) -> str:
    return moment.astimezone(timezone.utc).isoformat() if moment else ""
