"""The privacy notice at `/privacy`: plain English, linked from the chat page.

The retention period on the page is the one `python -m bot purge` applies
(`RETENTION_DAYS`, default 30; closed cases: `CASE_PSEUDONYMISE_DAYS`, default the same),
so the page and the practice cannot drift apart.
"""
from __future__ import annotations

import logging

from aiohttp import web

from bot.privacy.conversations import DEFAULT_RETENTION_DAYS, case_retention_days, retention_days
from bot.web.templating import render

log = logging.getLogger(__name__)

PATH = "/privacy"


def _days() -> tuple[int, int]:
    try:
        return retention_days(), case_retention_days()
    except ValueError as exc:
        log.error("privacy page: %s; showing the default of %d days", exc, DEFAULT_RETENTION_DAYS)
        return DEFAULT_RETENTION_DAYS, DEFAULT_RETENTION_DAYS


async def privacy_page(request: web.Request) -> web.Response:
    days, case_days = _days()
    page = render(request, "privacy.html", {"retention_days": days, "case_days": case_days})
    page.headers["Cache-Control"] = "no-cache"
    return page


def add_routes(app: web.Application) -> None:
    app.router.add_get(PATH, privacy_page)
