"""A duty worker takes over a case's chat: the panel on the case page, its three forms
(take over, send, hand back) and the live view of the conversation.

Same rules as the case page: a case outside the worker's councils is 404; a case whose
council is not known yet is for the worker who claims it (taking over claims it). Every
POST carries the CSRF token; every takeover, message and hand-back is audited with ids
and lengths only, never the words. The forms work without JavaScript (a redirect back to
the case); with it, `duty-takeover.js` sends them with fetch and polls `live` for new
messages (and "The young person is typing…") about twice a second.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Optional

from aiohttp import web

from bot.handoff import wording
from bot.handoff.live import LiveReader
from bot.handoff.rasa_api import RasaClient
from bot.handoff.service import MAX_MESSAGE, Handoff, Outcome
from bot.handoff.store import TakeoverStore, TakeoverView
from bot.handoff.sweeper import Sweeper
from bot.web.accounts import SessionView
from bot.web.duty.common import TRANSCRIPTS, audit, case_id_of, check_csrf, config_of, login_required, store_of

log = logging.getLogger(__name__)

HANDOFF = web.AppKey("handoff", Handoff)
LIVE = web.AppKey("takeover_live", LiveReader)
SWEEPER = web.AppKey("takeover_sweeper", Sweeper)


def install(app: web.Application) -> Sweeper:
    """Make the app's handoff service and add the routes; returns the sweeper for the
    background loop. Call after the app's STORE, TRANSCRIPTS and CONFIG are set."""
    from bot.web.duty.common import CONFIG, STORE

    config = app[CONFIG]
    store = app[STORE]
    handoff = Handoff(TakeoverStore(store.url, clock=store.clock),
                      RasaClient(config.rasa_url, config.rasa_api_token))
    app[HANDOFF] = handoff
    app[LIVE] = LiveReader(app[TRANSCRIPTS])
    app[SWEEPER] = Sweeper(handoff, quiet=timedelta(seconds=config.takeover_quiet_seconds),
                           idle=timedelta(seconds=config.takeover_idle_seconds),
                           every_seconds=config.takeover_sweep_seconds)

    async def close(app: web.Application) -> None:
        await app[HANDOFF].rasa.close()
        app[HANDOFF].store.dispose()

    app.on_cleanup.append(close)  # type: ignore[arg-type]
    case = r"/duty/cases/{case_id:\d+}/takeover"
    app.router.add_post(case, take_over)
    app.router.add_post(case + "/message", send_message)
    app.router.add_post(case + "/end", hand_back)
    app.router.add_get(case + "/live", live)
    return app[SWEEPER]


# ---------------------------------------------------------------- the panel on the case page


@dataclass(frozen=True)
class Panel:
    """What `duty/_takeover.html` shows."""

    case_id: int
    available: bool  # the case has a chat this worker may read
    takeover: Optional[TakeoverView] = None
    mine: bool = False
    can_take: bool = False
    why_not: str = ""
    after_id: int = 0
    poll_ms: int = 500
    starters: list[str] = field(default_factory=list)
    max_length: int = MAX_MESSAGE
    quiet_minutes: float = 2.0


def _may_read(case, session: SessionView) -> bool:
    from bot.web.duty.cases import _may_read_conversation

    return _may_read_conversation(case, session)


async def panel(request: web.Request, case, session: SessionView) -> Panel:
    """The takeover panel for `case` (the case page's context calls this)."""
    if not case.sender_id or (not _may_read(case, session) and case.status != "open"):
        return Panel(case.id, False)
    handoff = request.app[HANDOFF]
    live_reader = request.app[LIVE]
    try:
        takeover, after_id = await asyncio.gather(
            asyncio.to_thread(handoff.store.active, case.sender_id),
            asyncio.to_thread(live_reader.last_id, case.sender_id),
        )
    except Exception:
        log.exception("could not read the takeover of case %s", case.id)
        return Panel(case.id, False)
    mine = takeover is not None and takeover.worker_id == session.worker_id
    why_not = ""
    if takeover is not None and not mine:
        why_not = wording.REFUSALS["held"].format(holder=takeover.worker_name)
    elif case.status == "resolved":
        why_not = wording.REFUSALS["resolved"]
    elif case.status == "claimed" and case.assignee_id != session.worker_id:
        why_not = wording.REFUSALS["taken"].format(holder=case.assignee)
    config = config_of(request)
    return Panel(
        case.id, _may_read(case, session), takeover, mine,
        can_take=takeover is None and not why_not, why_not=why_not, after_id=after_id,
        poll_ms=config.takeover_poll_ms, starters=wording.starters(session.username),
        quiet_minutes=round(config.takeover_quiet_seconds / 60, 1),
    )


# ---------------------------------------------------------------- the forms


def _wants_json(request: web.Request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


async def _answer(request: web.Request, case_id: int, outcome: Outcome, done: str) -> web.StreamResponse:
    if outcome.ok:
        if _wants_json(request):
            return web.json_response({"ok": True})
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done={done}#takeover")
    if outcome.reason == "not_delivered" and outcome.detail:
        message = outcome.detail  # the channel's plain reason: "Not sent: ..."
    else:
        message = wording.REFUSALS.get(outcome.reason, wording.REFUSALS["rasa"]).format(
            holder=outcome.holder_name, max=MAX_MESSAGE)
    status = {"rasa": 503, "not_delivered": 502, "empty": 400, "too_long": 400,
              "no_conversation": 404}.get(outcome.reason, 409)
    if _wants_json(request):
        return web.json_response({"ok": False, "message": message}, status=status)
    from bot.web.duty.cases import _case_page

    return await _case_page(request, case_id, status=status, error=message)


async def _readable_case(request: web.Request):
    """The case, if this worker may see it (404 otherwise, audited as the case page does)."""
    from bot.web.duty.cases import _case_or_404

    return await _case_or_404(request, case_id_of(request))


@login_required()
async def take_over(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case = await _readable_case(request)
    refusal: Optional[Outcome] = None
    if not case.sender_id:
        refusal = Outcome(False, "no_conversation")
    elif case.status == "resolved":
        refusal = Outcome(False, "resolved")
    elif case.status == "claimed" and case.assignee_id != session.worker_id:
        refusal = Outcome(False, "taken", holder=case.assignee)
    if refusal is None and case.status == "open":
        # Taking over claims the case, so no one else rings or messages at the same time.
        claimed = await asyncio.to_thread(store_of(request).claim, case.id, session.worker_id,
                                          session.visible)
        await audit(request, "claim" if claimed.ok else "claim_refused", case_id=case.id,
                    detail={"by": "takeover"} if claimed.ok else {"reason": claimed.reason})
        if not claimed.ok and claimed.reason != "already_yours":
            refusal = Outcome(False, "taken" if claimed.reason == "taken" else "resolved",
                              holder=claimed.holder)
    if refusal is not None:
        await audit(request, "takeover_refused", case_id=case.id, detail={"reason": refusal.reason})
        return await _answer(request, case.id, refusal, "takeover")
    outcome = await request.app[HANDOFF].take_over(case.id, case.sender_id, session.worker_id,
                                                   session.username)
    await audit(request, "takeover" if outcome.ok else "takeover_refused", case_id=case.id,
                detail={"takeover": outcome.takeover.id if outcome.takeover else None}
                if outcome.ok else {"reason": outcome.reason})
    return await _answer(request, case.id, outcome, "takeover")


@login_required()
async def send_message(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case = await _readable_case(request)
    text = str(form.get("text") or "")
    outcome = await request.app[HANDOFF].send(case.sender_id, session.worker_id, text)
    await audit(request, "takeover_message" if outcome.ok else "takeover_message_refused",
                case_id=case.id,
                detail={"takeover": outcome.takeover.id if outcome.takeover else None,
                        "length": len(text.strip()), **({} if outcome.ok else {"reason": outcome.reason})})
    return await _answer(request, case.id, outcome, "sent")


@login_required()
async def hand_back(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case = await _readable_case(request)
    outcome = await request.app[HANDOFF].hand_back(case.sender_id, session.worker_id)
    await audit(request, "handback" if outcome.ok else "handback_refused", case_id=case.id,
                detail={"takeover": outcome.takeover.id if outcome.takeover else None,
                        **({} if outcome.ok else {"reason": outcome.reason})})
    return await _answer(request, case.id, outcome, "handed_back")


# ---------------------------------------------------------------- live


@login_required(touch=False, api=True)
async def live(request: web.Request) -> web.StreamResponse:
    """New messages after `after` (an event id), who holds the chat, any crisis alert, and
    whether the young person is typing."""
    session: SessionView = request["duty_session"]
    case_id = case_id_of(request)
    case = await asyncio.to_thread(store_of(request).get_case, case_id, session.visible)
    if case is None or not case.sender_id or not _may_read(case, session):
        raise web.HTTPNotFound(text="There is no case with that number that you can see.")
    try:
        after = max(0, int(request.query.get("after", "0")))
    except ValueError:
        after = 0
    try:
        messages, takeover = await asyncio.gather(
            asyncio.to_thread(request.app[LIVE].after, case.sender_id, after),
            asyncio.to_thread(request.app[HANDOFF].store.active, case.sender_id),
        )
    except Exception:
        log.exception("live view of case %s failed", case_id)
        return web.json_response({"ok": False}, status=503, headers={"Cache-Control": "no-store"})
    now = request.app[HANDOFF].store.clock()
    return web.json_response({
        "ok": True,
        "after": messages[-1].id if messages else after,
        "messages": [m.as_json() for m in messages],
        "severity": case.severity,
        # The young person is typing (website chat; Messenger does not tell pages).
        "typing": takeover is not None and takeover.young_person_typing(now),
        "takeover": None if takeover is None else {
            "id": takeover.id,
            "holder": takeover.worker_name,
            "mine": takeover.worker_id == session.worker_id,
            "alert": takeover.alert_severity if takeover.crisis_at else None,
            "alert_at": takeover.crisis_at.isoformat() if takeover.crisis_at else None,
        },
    }, headers={"Cache-Control": "no-store"})
