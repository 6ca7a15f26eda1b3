"""The duty-worker dashboard: /duty/ login, queue, case pages, actions and live events.

Every store call runs on a worker thread (`asyncio.to_thread`); the event loop never waits
on SQL. Every state-changing request is a POST carrying the session's CSRF token. A case
outside the worker's authorities answers 404, exactly as a case that does not exist.

`auth` signs workers in and out, `queue` shows the queue and streams its changes, `cases`
holds the case page and the actions on a case; `common` is what they share.
"""
from __future__ import annotations

from aiohttp import web

from bot.web.duty.auth import login_form, login_submit, logout
from bot.web.duty.cases import (add_note, case_page, claim, delete_conversation, delete_conversation_form,
                                lead_release, release, resolve)
from bot.web.duty.common import BROADCASTER, CONFIG, OFFICE, STORE, TRANSCRIPTS
from bot.web.duty.queue import events, queue_page, queue_rows
from bot.web.sound import alert_wav

__all__ = ["BROADCASTER", "CONFIG", "OFFICE", "STORE", "TRANSCRIPTS", "add_routes"]


# ---------------------------------------------------------------- misc


async def index(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/duty/queue")


async def alert_sound(request: web.Request) -> web.StreamResponse:
    return web.Response(body=alert_wav(), content_type="audio/wav")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/duty", index)
    app.router.add_get("/duty/", index)
    app.router.add_get("/duty/login", login_form)
    app.router.add_post("/duty/login", login_submit)
    app.router.add_post("/duty/logout", logout)
    app.router.add_get("/duty/queue", queue_page)
    app.router.add_get("/duty/queue/rows", queue_rows)
    app.router.add_get("/duty/events", events)
    app.router.add_get(r"/duty/cases/{case_id:\d+}", case_page)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/claim", claim)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/release", release)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/lead-release", lead_release)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/note", add_note)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/resolve", resolve)
    app.router.add_get("/duty/alert.wav", alert_sound)
    app.router.add_get(r"/duty/cases/{case_id:\d+}/delete-conversation", delete_conversation_form)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/delete-conversation", delete_conversation)
