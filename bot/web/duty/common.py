"""What every part of the dashboard shares: the app's keys, the session check, CSRF and audit."""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from functools import wraps
from typing import Awaitable, Callable
from urllib.parse import quote, urlsplit

from aiohttp import web

from bot.web.accounts import SessionView, tokens_equal
from bot.web.store import TriageStore
from bot.triage.transcript import TranscriptReader
from bot.web import live, security
from bot.web.config import WebConfig
from bot.web.office import OfficeHours

log = logging.getLogger(__name__)

STORE = web.AppKey("triage_store", TriageStore)
CONFIG = web.AppKey("web_config", WebConfig)
TRANSCRIPTS = web.AppKey("transcripts", TranscriptReader)
OFFICE = web.AppKey("office_hours", OfficeHours)
BROADCASTER = web.AppKey("broadcaster", live.Broadcaster)

LOGIN_CSRF_COOKIE = "duty_login_csrf"
KEEP_ALIVE_SECONDS = 15.0
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# ---------------------------------------------------------------- helpers


def store_of(request: web.Request) -> TriageStore:
    return request.app[STORE]


def config_of(request: web.Request) -> WebConfig:
    return request.app[CONFIG]


def client_ip(request: web.Request) -> str:
    return security.client_ip(request, config_of(request).trust_proxy)


async def audit(request: web.Request, action: str, *, session: SessionView | None = None,
                 username: str | None = None, case_id: int | None = None,
                 detail: dict | None = None) -> None:
    session = session or request.get("duty_session")
    try:
        await asyncio.to_thread(
            store_of(request).audit,
            action,
            worker_id=session.worker_id if session else None,
            username=session.username if session else username,
            case_id=case_id,
            ip=client_ip(request),
            detail=detail,
        )
    except Exception:
        log.exception("audit write failed for %s", action)


def session_cookie(request: web.Request) -> str | None:
    return request.cookies.get(security.session_cookie_name(config_of(request).secure_cookies))


async def load_session(request: web.Request, *, touch: bool = True) -> SessionView | None:
    config = config_of(request)
    return await asyncio.to_thread(
        store_of(request).load_session,
        session_cookie(request),
        idle=timedelta(minutes=config.idle_minutes),
        touch=touch,
    )


def safe_next(target: str | None) -> str:
    """Only local dashboard paths: never an open redirect."""
    if not target:
        return "/duty/queue"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/duty/") or "\\" in target:
        return "/duty/queue"
    if parts.path.startswith("/duty/login") or parts.path.startswith("/duty/events"):
        return "/duty/queue"
    return parts.path + (f"?{parts.query}" if parts.query else "")


def login_required(*, touch: bool = True, api: bool = False) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: web.Request) -> web.StreamResponse:
            session = await load_session(request, touch=touch)
            if session is None:
                had_cookie = session_cookie(request) is not None
                if api:
                    response: web.StreamResponse = web.Response(
                        status=401, text="Your session has ended. Sign in again.",
                    )
                else:
                    target = "/duty/login"
                    query = []
                    if had_cookie:
                        query.append("expired=1")
                    if request.method == "GET" and request.path != "/duty/queue":
                        query.append("next=" + quote(request.path_qs, safe=""))
                    if query:
                        target += "?" + "&".join(query)
                    response = web.HTTPSeeOther(target)
                if had_cookie:
                    response.del_cookie(
                        security.session_cookie_name(config_of(request).secure_cookies), path="/"
                    )
                if isinstance(response, web.HTTPException):
                    raise response
                return response
            request["duty_session"] = session
            return await handler(request)

        return wrapper

    return decorate


async def check_csrf(request: web.Request, form) -> None:
    session: SessionView = request["duty_session"]
    if not tokens_equal(form.get("csrf_token"), session.csrf_token):
        await audit(request, "csrf_failure", detail={"path": request.path})
        raise web.HTTPForbidden(
            text="This form has expired or did not come from this site. Go back, reload the page and try again.",
        )


def case_id_of(request: web.Request) -> int:
    try:
        return int(request.match_info["case_id"])
    except (KeyError, ValueError):
        raise web.HTTPNotFound() from None
