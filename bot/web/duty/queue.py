"""The queue of cases, its rows for the page's refresh, and live updates (server-sent events)."""
from __future__ import annotations

import asyncio
import json
import logging

from aiohttp import web

from bot.triage.authorities import display_name
from bot.web.accounts import SessionView
from bot.web import live
from bot.web.templating import SEVERITY_LABELS, render
from bot.web.duty.common import (
    BROADCASTER,
    KEEP_ALIVE_SECONDS,
    OFFICE,
    config_of,
    load_session,
    store_of,
    login_required,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- queue


async def _queue_context(request: web.Request, session: SessionView) -> dict:
    store = store_of(request)
    cases = await asyncio.to_thread(store.queue, session.visible)
    office = request.app[OFFICE]
    offices = await asyncio.to_thread(office.statuses, [c.authority for c in cases])
    return {
        "cases": cases,
        "offices": offices,
        "now": store_of(request).clock(),
        "session": session,
    }


@login_required()
async def queue_page(request: web.Request) -> web.StreamResponse:
    session: SessionView = request["duty_session"]
    context = await _queue_context(request, session)
    context["resolved"] = await asyncio.to_thread(store_of(request).recently_resolved, session.visible, 10)
    context["covered"] = [display_name(a) for a in session.authorities]
    context["csrf_token"] = session.csrf_token
    return render(request, "duty/queue.html", context)


@login_required(touch=False, api=True)
async def queue_rows(request: web.Request) -> web.StreamResponse:
    """The queue table's rows, for the live page to swap in (does not count as activity)."""
    session: SessionView = request["duty_session"]
    context = await _queue_context(request, session)
    return render(request, "duty/_queue_rows.html", context)


def _sse(event: str, data: dict, event_id: int | None = None) -> bytes:
    lines = []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"event: {event}")
    lines.append("data: " + json.dumps(data, separators=(",", ":")))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


@login_required(touch=False, api=True)
async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: one `case` event per change to a case this worker can see."""
    session: SessionView = request["duty_session"]
    config = config_of(request)
    broadcaster = request.app[BROADCASTER]
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",
        }
    )
    await response.prepare(request)
    queue = broadcaster.subscribe()
    loop = asyncio.get_running_loop()
    next_check = loop.time() + config.session_check_seconds
    next_ping = loop.time() + KEEP_ALIVE_SECONDS
    try:
        await response.write(b"retry: 3000\n\n")
        await response.write(_sse("hello", {"last_event_id": broadcaster.last_event_id}))
        while not broadcaster.closing.is_set():
            wait = max(0.05, min(next_check, next_ping) - loop.time())
            try:
                item = await asyncio.wait_for(queue.get(), timeout=wait)
            except asyncio.TimeoutError:
                item = None
            if loop.time() >= next_check:
                next_check = loop.time() + config.session_check_seconds
                if await load_session(request, touch=False) is None:
                    await response.write(_sse("expired", {}))
                    break
            if item is None:
                if loop.time() >= next_ping:
                    next_ping = loop.time() + KEEP_ALIVE_SECONDS
                    await response.write(b": keep-alive\n\n")
            elif item == live.CLOSING:
                break
            elif item == live.RESYNC:
                await response.write(_sse("resync", {}))
            elif item.authority in session.visible:
                await response.write(
                    _sse(
                        "case",
                        {
                            "kind": item.kind,
                            "case_id": item.case_id,
                            "severity": item.severity,
                            "severity_label": SEVERITY_LABELS.get(item.severity, item.severity),
                            "authority_name": display_name(item.authority),
                            "status": item.status,
                        },
                        item.event_id,
                    )
                )
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        broadcaster.unsubscribe(queue)
    return response
