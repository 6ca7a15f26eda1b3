"""The duty-worker dashboard: /duty/ login, queue, case pages, actions and live events.

Every store call runs on a worker thread (`asyncio.to_thread`); the event loop never waits
on SQL. Every state-changing request is a POST carrying the session's CSRF token. A case
outside the worker's authorities answers 404, exactly as a case that does not exist.
"""
from __future__ import annotations

import asyncio
import json
import logging
import secrets
from datetime import timedelta
from functools import wraps
from typing import Awaitable, Callable
from urllib.parse import quote, urlsplit

from aiohttp import web

from bot.triage.authorities import display_name
from bot.triage.models import OUTCOMES
from bot.triage.cases import MAX_NOTE_LENGTH
from bot.web.accounts import SessionView, tokens_equal
from bot.web.store import TriageStore
from bot.triage.transcript import TranscriptReader
from bot.web import live, security, timefmt
from bot.web.config import WebConfig
from bot.web.office import OfficeHours
from bot.web.sound import alert_wav
from bot.web.templating import OUTCOME_LABELS, SEVERITY_LABELS, render

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


def _store(request: web.Request) -> TriageStore:
    return request.app[STORE]


def _config(request: web.Request) -> WebConfig:
    return request.app[CONFIG]


def _ip(request: web.Request) -> str:
    return security.client_ip(request, _config(request).trust_proxy)


async def _audit(request: web.Request, action: str, *, session: SessionView | None = None,
                 username: str | None = None, case_id: int | None = None,
                 detail: dict | None = None) -> None:
    session = session or request.get("duty_session")
    try:
        await asyncio.to_thread(
            _store(request).audit,
            action,
            worker_id=session.worker_id if session else None,
            username=session.username if session else username,
            case_id=case_id,
            ip=_ip(request),
            detail=detail,
        )
    except Exception:
        log.exception("audit write failed for %s", action)


def _session_cookie(request: web.Request) -> str | None:
    return request.cookies.get(security.session_cookie_name(_config(request).secure_cookies))


async def _load_session(request: web.Request, *, touch: bool = True) -> SessionView | None:
    config = _config(request)
    return await asyncio.to_thread(
        _store(request).load_session,
        _session_cookie(request),
        idle=timedelta(minutes=config.idle_minutes),
        touch=touch,
    )


def _safe_next(target: str | None) -> str:
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
            session = await _load_session(request, touch=touch)
            if session is None:
                had_cookie = _session_cookie(request) is not None
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
                        security.session_cookie_name(_config(request).secure_cookies), path="/"
                    )
                if isinstance(response, web.HTTPException):
                    raise response
                return response
            request["duty_session"] = session
            return await handler(request)

        return wrapper

    return decorate


async def _check_csrf(request: web.Request, form) -> None:
    session: SessionView = request["duty_session"]
    if not tokens_equal(form.get("csrf_token"), session.csrf_token):
        await _audit(request, "csrf_failure", detail={"path": request.path})
        raise web.HTTPForbidden(
            text="This form has expired or did not come from this site. Go back, reload the page and try again.",
        )


def _case_id(request: web.Request) -> int:
    try:
        return int(request.match_info["case_id"])
    except (KeyError, ValueError):
        raise web.HTTPNotFound() from None


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
            "next": _safe_next(request.query.get("next") or None),
        },
        status=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        **security.cookie_options(_config(request).secure_cookies, path="/duty/login", max_age=3600),
    )
    return response


async def login_form(request: web.Request) -> web.StreamResponse:
    if _session_cookie(request):
        session = await _load_session(request, touch=False)
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
        await _audit(request, "csrf_failure", username=username or None, detail={"path": request.path})
        return _login_page(
            request, status=403, username=username,
            error="The sign-in form had expired. Enter your details again.",
        )
    if not username or not password:
        return _login_page(
            request, status=400, username=username, error="Enter your username and password.",
        )
    store = _store(request)
    result = await asyncio.to_thread(store.authenticate, username, password, _ip(request))
    if result.status == "locked":
        await _audit(request, "login_locked", username=username)
        until = timefmt.clock(result.locked_until)
        return _login_page(
            request, status=429, username=username,
            error=f"Too many failed sign-in attempts. Try again after {until}, or ask your manager to reset your password.",
        )
    if result.status != "ok" or result.worker is None:
        await _audit(request, "login_failure", username=username)
        return _login_page(
            request, status=401, username=username, error="The username or password is not right.",
        )
    config = _config(request)
    token, _csrf = await asyncio.to_thread(
        store.create_session,
        result.worker.id,
        ip=_ip(request),
        user_agent=request.headers.get("User-Agent"),
        lifetime=timedelta(hours=config.session_hours),
    )
    await asyncio.to_thread(
        store.audit, "login_success", worker_id=result.worker.id,
        username=result.worker.username, ip=_ip(request),
    )
    response = web.HTTPSeeOther(_safe_next(str(form.get("next") or "")))
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
    await _check_csrf(request, form)
    token = _session_cookie(request)
    if token:
        await asyncio.to_thread(_store(request).revoke_session, token)
    await _audit(request, "logout")
    response = web.HTTPSeeOther("/duty/login?signed_out=1")
    response.del_cookie(security.session_cookie_name(_config(request).secure_cookies), path="/")
    raise response


# ---------------------------------------------------------------- queue


async def _queue_context(request: web.Request, session: SessionView) -> dict:
    store = _store(request)
    cases = await asyncio.to_thread(store.queue, session.visible)
    office = request.app[OFFICE]
    offices = await asyncio.to_thread(office.statuses, [c.authority for c in cases])
    return {
        "cases": cases,
        "offices": offices,
        "now": _store(request).clock(),
        "session": session,
    }


@login_required()
async def queue_page(request: web.Request) -> web.StreamResponse:
    session: SessionView = request["duty_session"]
    context = await _queue_context(request, session)
    context["resolved"] = await asyncio.to_thread(_store(request).recently_resolved, session.visible, 10)
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
    config = _config(request)
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
                if await _load_session(request, touch=False) is None:
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


# ---------------------------------------------------------------- case page


async def _case_or_404(request: web.Request, case_id: int):
    session: SessionView = request["duty_session"]
    case = await asyncio.to_thread(_store(request).get_case, case_id, session.visible)
    if case is None:
        exists = await asyncio.to_thread(_store(request).get_case, case_id, None)
        if exists is not None:
            await _audit(request, "denied", case_id=case_id, detail={"path": request.path})
        raise web.HTTPNotFound(text="There is no case with that number that you can see.")
    return case


async def _case_page(request: web.Request, case_id: int, *, status: int = 200,
                     error: str | None = None, note_error: str | None = None,
                     resolve_error: str | None = None, note_text: str = "") -> web.Response:
    session: SessionView = request["duty_session"]
    store = _store(request)
    case = await _case_or_404(request, case_id)
    history, transcript, office = await asyncio.gather(
        asyncio.to_thread(store.events, case_id),
        asyncio.to_thread(request.app[TRANSCRIPTS].read, case.sender_id),
        asyncio.to_thread(request.app[OFFICE].status, case.authority),
    )
    done = request.query.get("done") or ""
    messages = {
        "claimed": "You have claimed this case. Other duty workers can see that you have it.",
        "note": "Your note has been added.",
        "released": "You have released this case. It is back in the queue for anyone to claim.",
        "resolved": "The case is resolved.",
        "deleted": "The conversation has been deleted. The case and its history stay.",
    }
    await _audit(request, "view_case", case_id=case_id)
    return render(
        request,
        "duty/case.html",
        {
            "case": case,
            "history": history,
            "transcript": transcript,
            "office": office,
            "now": _store(request).clock(),
            "csrf_token": session.csrf_token,
            "session": session,
            "mine": case.assignee_id == session.worker_id,
            "success": messages.get(done) if status == 200 else None,
            "error": error,
            "note_error": note_error,
            "resolve_error": resolve_error,
            "note_text": note_text,
            "outcomes": [(o, OUTCOME_LABELS[o]) for o in OUTCOMES],
            "max_note": MAX_NOTE_LENGTH,
        },
        status=status,
    )


@login_required()
async def case_page(request: web.Request) -> web.StreamResponse:
    return await _case_page(request, _case_id(request))


def _refusal(result, action: str) -> tuple[int, str]:
    holder = result.holder or "another duty worker"
    if result.reason == "taken":
        return 409, f"{holder} has already claimed this case."
    if result.reason == "resolved":
        return 409, "This case has already been resolved."
    if result.reason == "already_yours":
        return 409, "You have already claimed this case."
    if result.reason == "not_yours":
        return 409, f"Claim the case before you {action} it."
    return 400, "That did not work. Reload the page and try again."


async def _change_hands(request: web.Request, action: str, done: str) -> web.StreamResponse:
    """Claim or release: the same checks, audit entry and outcome page; `action` names the
    triage store method and the audit entry."""
    form = await request.post()
    await _check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = _case_id(request)
    await _case_or_404(request, case_id)
    change = getattr(_store(request), action)
    result = await asyncio.to_thread(change, case_id, session.worker_id, session.visible)
    await _audit(request, action if result.ok else f"{action}_refused", case_id=case_id,
                 detail=None if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done={done}")
    status, message = _refusal(result, action)
    return await _case_page(request, case_id, status=status, error=message)


@login_required()
async def claim(request: web.Request) -> web.StreamResponse:
    return await _change_hands(request, "claim", "claimed")


@login_required()
async def release(request: web.Request) -> web.StreamResponse:
    return await _change_hands(request, "release", "released")


@login_required()
async def add_note(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await _check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = _case_id(request)
    await _case_or_404(request, case_id)
    text = str(form.get("note") or "").strip()
    if not text:
        return await _case_page(request, case_id, status=400, note_error="Enter a note.")
    if len(text) > MAX_NOTE_LENGTH:
        return await _case_page(
            request, case_id, status=400, note_text=text,
            note_error=f"Notes must be {MAX_NOTE_LENGTH} characters or fewer.",
        )
    result = await asyncio.to_thread(_store(request).add_note, case_id, session.worker_id, session.visible, text)
    await _audit(request, "note" if result.ok else "note_refused", case_id=case_id,
                 detail={"length": len(text)} if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done=note#history")
    status, message = _refusal(result, "add a note to")
    return await _case_page(request, case_id, status=status, error=message)


@login_required()
async def resolve(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await _check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = _case_id(request)
    await _case_or_404(request, case_id)
    outcome = str(form.get("outcome") or "")
    note = str(form.get("note") or "").strip()
    if outcome not in OUTCOMES:
        return await _case_page(request, case_id, status=400, resolve_error="Select what happened.")
    if len(note) > MAX_NOTE_LENGTH:
        return await _case_page(
            request, case_id, status=400,
            resolve_error=f"Notes must be {MAX_NOTE_LENGTH} characters or fewer.",
        )
    result = await asyncio.to_thread(
        _store(request).resolve, case_id, session.worker_id, session.visible, outcome, note
    )
    await _audit(request, "resolve" if result.ok else "resolve_refused", case_id=case_id,
                 detail={"outcome": outcome} if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done=resolved")
    status, message = _refusal(result, "resolve")
    return await _case_page(request, case_id, status=status, error=message)


# ---------------------------------------------------------------- delete a conversation


async def _delete_page(request: web.Request, case, *, status: int = 200,
                       error: str | None = None) -> web.Response:
    session: SessionView = request["duty_session"]
    transcript = await asyncio.to_thread(request.app[TRANSCRIPTS].read, case.sender_id)
    return render(
        request,
        "duty/delete_conversation.html",
        {
            "case": case,
            "transcript": transcript,
            "csrf_token": session.csrf_token,
            "error": error,
        },
        status=status,
    )


async def _case_with_conversation(request: web.Request):
    case = await _case_or_404(request, _case_id(request))
    if not case.sender_id:
        raise web.HTTPNotFound(text="This case has no conversation to delete.")
    return case


@login_required()
async def delete_conversation_form(request: web.Request) -> web.StreamResponse:
    case = await _case_with_conversation(request)
    return await _delete_page(request, case)


@login_required()
async def delete_conversation(request: web.Request) -> web.StreamResponse:
    """Delete the young person's stored conversation, at their request. Audited."""
    from bot.privacy import PrivacyStoreError, delete_conversation as delete, pseudonymise

    form = await request.post()
    await _check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case = await _case_with_conversation(request)
    if form.get("confirm") != "yes":
        return await _delete_page(
            request, case, status=400,
            error="Select yes if the young person has asked for their conversation to be deleted.",
        )
    conversation = pseudonymise(case.sender_id)
    try:
        count = await asyncio.to_thread(
            delete, case.sender_id, request.app[TRANSCRIPTS].url, by="duty_worker"
        )
    except PrivacyStoreError:
        log.exception("deleting the conversation of case %s failed", case.id)
        await _audit(request, "delete_conversation_failed", case_id=case.id,
                     detail={"conversation": conversation})
        return await _delete_page(
            request, case, status=503,
            error="The conversation could not be deleted just now. Nothing was deleted. Try again in a few minutes.",
        )
    await _audit(request, "delete_conversation", case_id=case.id,
                 detail={"conversation": conversation, "events": count})
    try:
        await asyncio.to_thread(
            _store(request).record_event, case.id, "conversation_deleted",
            f"Conversation deleted by {session.username} at the young person's request.",
            session.worker_id,
        )
    except Exception:
        log.exception("could not add the deletion to the history of case %s", case.id)
    raise web.HTTPSeeOther(f"/duty/cases/{case.id}?done=deleted")


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
    app.router.add_post(r"/duty/cases/{case_id:\d+}/note", add_note)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/resolve", resolve)
    app.router.add_get("/duty/alert.wav", alert_sound)
    app.router.add_get(r"/duty/cases/{case_id:\d+}/delete-conversation", delete_conversation_form)
    app.router.add_post(r"/duty/cases/{case_id:\d+}/delete-conversation", delete_conversation)
