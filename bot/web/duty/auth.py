"""Signing in and out of the dashboard (lockouts and sessions: bot.web.accounts)."""
from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import timedelta

from aiohttp import web

from bot.web.accounts import tokens_equal
from bot.web import security, timefmt
from bot.web.templating import render
from bot.web.duty.common import (
    LOGIN_CSRF_COOKIE,
    audit,
    check_csrf,
    config_of,
    client_ip,
    load_session,
    safe_next,
    session_cookie,
    store_of,
    login_required,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- login / logout


def _login_page(request: web.Request, *, status: int = 200, error: str | None = None,
                username: str = "", notice: str | None = None) -> web.Response:
    token = secrets.token_urlsafe(32)
    response = render(
        request,
        "duty/login.html",
        {
            "csrf_token": token,
            "error": error,
            "username": username,
            "notice": notice,
            "next": safe_next(request.query.get("next") or None),
        },
        status=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        **security.cookie_options(config_of(request).secure_cookies, path="/duty/login", max_age=3600),
    )
    return response


async def login_form(request: web.Request) -> web.StreamResponse:
    if session_cookie(request):
        session = await load_session(request, touch=False)
        if session is not None:
            raise web.HTTPSeeOther("/duty/queue")
    notice = None
    if request.query.get("expired"):
        notice = "Your session has ended. Sign in again to carry on."
    elif request.query.get("signed_out"):
        notice = "You have signed out."
    return _login_page(request, notice=notice)


async def login_submit(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    username = str(form.get("username") or "").strip()[:100]
    password = str(form.get("password") or "")[:1024]
    if not tokens_equal(form.get("csrf_token"), request.cookies.get(LOGIN_CSRF_COOKIE)):  # type: ignore[arg-type]
        await audit(request, "csrf_failure", username=username or None, detail={"path": request.path})
        return _login_page(
            request, status=403, username=username,
            error="The sign-in form had expired. Enter your details again.",
        )
    if not username or not password:
        return _login_page(
            request, status=400, username=username, error="Enter your username and password.",
        )
    store = store_of(request)
    result = await asyncio.to_thread(store.authenticate, username, password, client_ip(request))
    if result.status == "locked":
        await audit(request, "login_locked", username=username)
        until = timefmt.clock(result.locked_until)
        return _login_page(
            request, status=429, username=username,
            error=f"Too many failed sign-in attempts. Try again after {until}, or ask your manager to reset your password.",
        )
    if result.status != "ok" or result.worker is None:
        await audit(request, "login_failure", username=username)
        return _login_page(
            request, status=401, username=username, error="The username or password is not right.",
        )
    config = config_of(request)
    token, _csrf = await asyncio.to_thread(
        store.create_session,
        result.worker.id,
        ip=client_ip(request),
        user_agent=request.headers.get("User-Agent"),
        lifetime=timedelta(hours=config.session_hours),
    )
    await asyncio.to_thread(
        store.audit, "login_success", worker_id=result.worker.id,
        username=result.worker.username, ip=client_ip(request),
    )
    response = web.HTTPSeeOther(safe_next(str(form.get("next") or "")))
    response.set_cookie(
        security.session_cookie_name(config.secure_cookies),
        token,
        **security.cookie_options(config.secure_cookies, max_age=int(config.session_hours * 3600)),
    )
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/duty/login")
    raise response


@login_required()
async def logout(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    token = session_cookie(request)
    if token:
        await asyncio.to_thread(store_of(request).revoke_session, token)
    await audit(request, "logout")
    response = web.HTTPSeeOther("/duty/login?signed_out=1")
    response.del_cookie(security.session_cookie_name(config_of(request).secure_cookies), path="/")
    raise response
