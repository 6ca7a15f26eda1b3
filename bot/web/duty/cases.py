"""One case: its page, and what a duty worker can do to it (claim, release, note, resolve,
delete the young person's conversation)."""
from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot.triage.models import OUTCOMES
from bot.triage.authorities import UNKNOWN
from bot.triage.cases import MAX_NOTE_LENGTH
from bot.triage.settle import settle_case
from bot.triage.transcript import Transcript
from bot.web.accounts import SessionView
from bot.web.templating import OUTCOME_LABELS, render
from bot.web.duty.takeover import panel as takeover_panel
from bot.web.duty.common import (
    OFFICE,
    TRANSCRIPTS,
    audit,
    case_id_of,
    check_csrf,
    store_of,
    login_required,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- case page


def _may_read_conversation(case, session: SessionView) -> bool:
    """Until its council is known, a case is open to every council's workers, so they see
    its summary only; the conversation is for the worker who has claimed it."""
    return case.authority != UNKNOWN or case.assignee_id == session.worker_id


SUMMARY_ONLY = Transcript(
    False,
    note="Which council this young person is with is not known yet, so only the summary is "
         "shown. Claim the case to read the conversation.",
)


async def _transcript(request: web.Request, case, session: SessionView) -> Transcript:
    if not _may_read_conversation(case, session):
        return SUMMARY_ONLY
    return await asyncio.to_thread(request.app[TRANSCRIPTS].read, case.sender_id)


async def _case_or_404(request: web.Request, case_id: int):
    session: SessionView = request["duty_session"]
    await asyncio.to_thread(settle_case, store_of(request), request.app[TRANSCRIPTS], case_id)
    case = await asyncio.to_thread(store_of(request).get_case, case_id, session.visible)
    if case is None:
        exists = await asyncio.to_thread(store_of(request).get_case, case_id, None)
        if exists is not None:
            await audit(request, "denied", case_id=case_id, detail={"path": request.path})
        raise web.HTTPNotFound(text="There is no case with that number that you can see.")
    return case


async def _case_page(request: web.Request, case_id: int, *, status: int = 200,
                     error: str | None = None, note_error: str | None = None,
                     resolve_error: str | None = None, note_text: str = "") -> web.Response:
    session: SessionView = request["duty_session"]
    store = store_of(request)
    case = await _case_or_404(request, case_id)
    history, transcript, office = await asyncio.gather(
        asyncio.to_thread(store.events, case_id),
        _transcript(request, case, session),
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
    await audit(request, "view_case", case_id=case_id)
    return render(
        request,
        "duty/case.html",
        {
            "case": case,
            "history": history,
            "transcript": transcript,
            "office": office,
            "now": store_of(request).clock(),
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
            "takeover": await takeover_panel(request, case, session),
        },
        status=status,
    )


@login_required()
async def case_page(request: web.Request) -> web.StreamResponse:
    return await _case_page(request, case_id_of(request))


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
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = case_id_of(request)
    await _case_or_404(request, case_id)
    change = getattr(store_of(request), action)
    result = await asyncio.to_thread(change, case_id, session.worker_id, session.visible)
    await audit(request, action if result.ok else f"{action}_refused", case_id=case_id,
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
async def lead_release(request: web.Request) -> web.StreamResponse:
    """A lead puts a case another worker holds back in the queue. Audited, with whose it was."""
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = case_id_of(request)
    await _case_or_404(request, case_id)
    if not session.lead:
        await audit(request, "lead_release_refused", case_id=case_id, detail={"reason": "not_lead"})
        raise web.HTTPForbidden(text="Only a lead can release a case another worker holds.")
    result = await asyncio.to_thread(store_of(request).lead_release, case_id, session.worker_id,
                                     session.visible)
    await audit(request, "lead_release" if result.ok else "lead_release_refused", case_id=case_id,
                 detail={"from": result.holder} if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done=released")
    status, message = _refusal(result, "release")
    return await _case_page(request, case_id, status=status, error=message)


@login_required()
async def add_note(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = case_id_of(request)
    await _case_or_404(request, case_id)
    text = str(form.get("note") or "").strip()
    if not text:
        return await _case_page(request, case_id, status=400, note_error="Enter a note.")
    if len(text) > MAX_NOTE_LENGTH:
        return await _case_page(
            request, case_id, status=400, note_text=text,
            note_error=f"Notes must be {MAX_NOTE_LENGTH} characters or fewer.",
        )
    result = await asyncio.to_thread(store_of(request).add_note, case_id, session.worker_id, session.visible, text)
    await audit(request, "note" if result.ok else "note_refused", case_id=case_id,
                 detail={"length": len(text)} if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done=note#history")
    status, message = _refusal(result, "add a note to")
    return await _case_page(request, case_id, status=status, error=message)


@login_required()
async def resolve(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await check_csrf(request, form)
    session: SessionView = request["duty_session"]
    case_id = case_id_of(request)
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
        store_of(request).resolve, case_id, session.worker_id, session.visible, outcome, note
    )
    await audit(request, "resolve" if result.ok else "resolve_refused", case_id=case_id,
                 detail={"outcome": outcome} if result.ok else {"reason": result.reason})
    if result.ok:
        raise web.HTTPSeeOther(f"/duty/cases/{case_id}?done=resolved")
    status, message = _refusal(result, "resolve")
    return await _case_page(request, case_id, status=status, error=message)


# ---------------------------------------------------------------- delete a conversation


async def _delete_page(request: web.Request, case, *, status: int = 200,
                       error: str | None = None) -> web.Response:
    session: SessionView = request["duty_session"]
    transcript = await _transcript(request, case, session)
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
    case = await _case_or_404(request, case_id_of(request))
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
    await check_csrf(request, form)
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
        await audit(request, "delete_conversation_failed", case_id=case.id,
                     detail={"conversation": conversation})
        return await _delete_page(
            request, case, status=503,
            error="The conversation could not be deleted just now. Nothing was deleted. Try again in a few minutes.",
        )
    await audit(request, "delete_conversation", case_id=case.id,
                 detail={"conversation": conversation, "events": count})
    try:
        await asyncio.to_thread(
            store_of(request).record_event, case.id, "conversation_deleted",
            f"Conversation deleted by {session.username} at the young person's request.",
            session.worker_id,
        )
    except Exception:
        log.exception("could not add the deletion to the history of case %s", case.id)
    raise web.HTTPSeeOther(f"/duty/cases/{case.id}?done=deleted")
