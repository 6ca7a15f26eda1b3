"""The queue of cases, its rows for the page's refresh, and live updates (server-sent events)."""
from __future__ import annotations

import asyncio
import json
import logging
from urllib.parse import urlencode

from aiohttp import web

from bot.triage.authorities import UNKNOWN, display_name
from bot.triage.queue import QueueFilters, QueuePage
from bot.web.accounts import SessionView
from bot.web import live
from bot.web.templating import SEVERITY_LABELS, council_label, render
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


def _filters(request: web.Request, session: SessionView) -> QueueFilters:
    """The queue's filters from the query string (?severity=crisis&council=derby_city&mine=1
    &unclaimed=1); anything not recognised, or a council the worker can't see, is ignored."""
    query = request.query
    severity = query.get("severity") or None
    council = query.get("council") or None
    return QueueFilters(
        severity=severity if severity in SEVERITY_LABELS else None,
        council=council if council in session.visible else None,
        mine=query.get("mine") == "1",
        unclaimed=query.get("unclaimed") == "1",
    )


def _page_number(request: web.Request) -> int:
    try:
        return max(1, int(request.query.get("page") or 1))
    except ValueError:
        return 1


def _query_string(filters: QueueFilters, page: int | None = None) -> str:
    """The query string for these filters (and page), for links that keep them."""
    params: list[tuple[str, str]] = []
    if filters.severity:
        params.append(("severity", filters.severity))
    if filters.council:
        params.append(("council", filters.council))
    if filters.mine:
        params.append(("mine", "1"))
    if filters.unclaimed:
        params.append(("unclaimed", "1"))
    if page and page > 1:
        params.append(("page", str(page)))
    return ("?" + urlencode(params)) if params else ""


def _page_links(result: QueuePage) -> list[int | None]:
    """GOV.UK pagination's numbers: first, last, current and its neighbours; None for "…"."""
    wanted = {1, result.pages, result.page - 1, result.page, result.page + 1}
    numbers = sorted(n for n in wanted if 1 <= n <= result.pages)
    links: list[int | None] = []
    for n in numbers:
        if links and n - (links[-1] or 0) > 1:
            links.append(None)
        links.append(n)
    return links


def _council_options(session: SessionView) -> list[tuple[str, str]]:
    names = [(key, council_label(key)) for key in session.visible if key != UNKNOWN]
    return sorted(names, key=lambda kv: kv[1]) + [(UNKNOWN, council_label(UNKNOWN))]


async def _queue_context(request: web.Request, session: SessionView) -> dict:
    store = store_of(request)
    filters = _filters(request, session)
    result = await asyncio.to_thread(store.queue_page, session.visible, session.worker_id,
                                     filters, _page_number(request))
    office = request.app[OFFICE]
    offices = await asyncio.to_thread(office.statuses, [c.authority for c in result.cases])
    return {
        "cases": result.cases,
        "result": result,
        "filters": filters,
        "page_links": _page_links(result),
        "page_url": lambda n: "/duty/queue" + _query_string(filters, n),
        "filter_query": _query_string(filters),
        "offices": offices,
        "now": store.clock(),
        "session": session,
    }


@login_required()
async def queue_page(request: web.Request) -> web.StreamResponse:
    session: SessionView = request["duty_session"]
    context = await _queue_context(request, session)
    context["resolved"] = await asyncio.to_thread(store_of(request).recently_resolved, session.visible, 10)
    context["covered"] = [display_name(a) for a in session.authorities]
    context["councils"] = _council_options(session)
    context["severities"] = list(SEVERITY_LABELS.items())
    context["csrf_token"] = session.csrf_token
    return render(request, "duty/queue.html", context)


@login_required(touch=False, api=True)
async def queue_rows(request: web.Request) -> web.StreamResponse:
    """The queue's rows, count and pagination for the same filters and page, for the live
    page to swap in (does not count as activity)."""
    session: SessionView = request["duty_session"]
    context = await _queue_context(request, session)
    return render(request, "duty/_queue_live.html", context)


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
                            "authority_name": council_label(item.authority),
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
