"""Triage cases: raise, list, claim, release, resolve, annotate; the live queue's changes.

Claims are atomic: one conditional `UPDATE ... WHERE status = 'open' AND assignee_id IS
NULL` whose row count says who won, so two workers pressing "Claim" at once get exactly
one winner on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable, Optional, Sequence

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.triage import authorities as auth_keys
from bot.triage.database import TriageDatabase, TriageError
from bot.triage.models import OUTCOMES, SEVERITY_RANK, Case, CaseEvent, Worker

MAX_NOTE_LENGTH = 5000
# A message from a sender with a case still open and raised less than this long ago updates
# that case instead of raising another, so a flood can't bury the queue (issue 17, hole 4).
REPEAT_WINDOW = timedelta(minutes=30)
_SENDER_LOCKS = [threading.Lock() for _ in range(64)]
# What a duty worker's note says once its case is closed and past retention (bot.privacy).
NOTE_REMOVED = "(removed after the case was closed)"


@dataclass(frozen=True)
class Raised:
    """What `raise_or_repeat` did: a new case, or a repeat on the sender's open case (and
    whether the repeat made it more severe)."""

    id: int
    new: bool = True
    escalated: bool = False


@dataclass(frozen=True)
class Request:
    """One case to raise (or repeat on its sender's open case): `CaseStore.raise_many`."""

    severity: str
    reason: str
    authority: Optional[str]
    channel: str
    sender_id: str
    summary: str = ""
    created_at: Optional[datetime] = None
    spool_id: Optional[str] = None


@dataclass(frozen=True)
class CaseView:
    id: int
    severity: str
    reason: str
    summary: str
    authority: str
    channel: str
    sender_id: str
    status: str
    created_at: datetime
    updated_at: datetime
    claimed_at: Optional[datetime]
    resolved_at: Optional[datetime]
    assignee_id: Optional[int]
    assignee: Optional[str]
    outcome: Optional[str]

    @property
    def authority_name(self) -> str:
        return auth_keys.display_name(self.authority)


@dataclass(frozen=True)
class EventView:
    id: int
    case_id: int
    at: datetime
    kind: str
    worker: Optional[str]
    from_status: Optional[str]
    to_status: Optional[str]
    outcome: Optional[str]
    text: Optional[str]


@dataclass(frozen=True)
class Change:
    """One case event, for the live queue."""

    event_id: int
    kind: str
    case_id: int
    severity: str
    authority: str
    status: str


@dataclass(frozen=True)
class ActionResult:
    """The outcome of claim / release / resolve / note."""

    ok: bool
    # "done", "not_found" (missing or not visible), "taken" (someone else holds it),
    # "not_yours", "not_open", "resolved", "invalid"
    reason: str
    holder: Optional[str] = None


class CaseStore(TriageDatabase):
    # ------------------------------------------------------------ cases

    def raise_case(
        self,
        severity: str,
        reason: str,
        authority: str | None,
        channel: str,
        sender_id: str,
        summary: str = "",
        *,
        created_at: datetime | None = None,
        spool_id: str | None = None,
    ) -> int:
        return self.raise_or_repeat(severity, reason, authority, channel, sender_id, summary,
                                    created_at=created_at, spool_id=spool_id).id

    def raise_or_repeat(
        self,
        severity: str,
        reason: str,
        authority: str | None,
        channel: str,
        sender_id: str,
        summary: str = "",
        *,
        created_at: datetime | None = None,
        spool_id: str | None = None,
    ) -> Raised:
        """A new case, or, when the sender already has one open from the last REPEAT_WINDOW,
        that case updated: a 'repeated' event, the more severe of the two severities, the
        authority once it is known. (Two processes raising the first case for one sender in
        the same instant can still make two; a flood cannot make more than one per window.)"""
        request = Request(severity, reason, authority, channel, sender_id, summary,
                          created_at=created_at, spool_id=spool_id)
        return self.raise_many([request])[0]

    def raise_many(self, requests: Sequence[Request]) -> list[Raised]:
        """`raise_or_repeat` for each request, in order, in one transaction: one commit (one
        fsync, one SQLite write lock) for a whole batch. A flood's thousands of cases queued
        one transaction each made a real crisis's case wait seconds behind them (issue 17);
        `bot.triage.writer` hands its queue here in batches. All or nothing: if one request
        fails, none is stored and the error is raised."""
        for request in requests:
            if request.severity not in SEVERITY_RANK:
                raise TriageError(f"unknown severity {request.severity!r}")
        senders = sorted({(r.sender_id or "")[:255] for r in requests} - {""})
        # Each process's in-process locks, then PostgreSQL's per-sender advisory locks for
        # other processes, both taken in one fixed order so two batches can't deadlock.
        locks = sorted({hash(s) % len(_SENDER_LOCKS) for s in senders} or {0})
        with ExitStack() as held:
            for index in locks:
                held.enter_context(_SENDER_LOCKS[index])
            session = held.enter_context(Session(self.engine))
            if senders and self.engine.dialect.name == "postgresql":
                session.execute(
                    text("SELECT pg_advisory_xact_lock(k) FROM "
                         "(SELECT DISTINCT hashtext(s) AS k FROM unnest(CAST(:senders AS text[])) AS s) AS keys "
                         "ORDER BY k"),
                    {"senders": senders})
            now = self.clock()  # after the locks: a case raised while we waited is older
            try:
                open_cases = self._open_cases_of(session, senders, requests, now)
                history: list[tuple[Case, dict]] = []
                outcomes = [self._raise_in(session, request, now, open_cases, history)
                            for request in requests]
                session.flush()  # one flush for the batch's new cases: their ids
                session.add_all(CaseEvent(case_id=case.id, **fields) for case, fields in history)
                raised = [Raised(c if isinstance(c, int) else c.id, new, escalated)
                          for c, new, escalated in outcomes]
                session.commit()
            except IntegrityError:
                # The same spooled case was replayed by another process at the same time.
                session.rollback()
                if len(requests) == 1 and requests[0].spool_id:
                    return [Raised(session.execute(
                        select(Case.id).where(Case.spool_id == requests[0].spool_id)
                    ).scalar_one(), new=False)]
                raise
            return raised

    def _open_cases_of(self, session: Session, senders: list[str], requests: Sequence[Request],
                       now: datetime) -> dict[str, list[Case]]:
        """Each sender's cases not resolved and raised within REPEAT_WINDOW of the batch's
        earliest request, newest first: one query for the batch, not one per request."""
        earliest = min((r.created_at or now) for r in requests) - REPEAT_WINDOW
        found: dict[str, list[Case]] = {}
        for start in range(0, len(senders), 500):  # SQLite's bound-parameter limit
            for case in session.execute(
                select(Case)
                .where(Case.sender_id.in_(senders[start:start + 500]),
                       Case.status != "resolved", Case.created_at > earliest)
                .order_by(Case.id.desc())
            ).scalars():
                found.setdefault(case.sender_id, []).append(case)
        return found

    def _raise_in(self, session: Session, request: Request, now: datetime,
                  open_cases: dict[str, list[Case]], history: list[tuple[Case, dict]],
                  ) -> tuple[Case | int, bool, bool]:
        """One request's work inside the batch's transaction: (the case or its id, new,
        escalated). Its event goes on `history`, written once the batch's new cases have
        ids; `open_cases` gets a new case, so a later request from the same sender in the
        batch repeats on it."""
        sender_id = (request.sender_id or "")[:255]
        created = request.created_at or now
        severity, reason = request.severity, request.reason
        if request.spool_id:
            existing = session.execute(
                select(Case.id).where(Case.spool_id == request.spool_id)
            ).scalar_one_or_none()
            if existing is not None:
                return existing, False, False
        case = next((c for c in open_cases.get(sender_id, ()) if sender_id
                     and c.created_at > created - REPEAT_WINDOW), None)
        if case is not None:
            escalated = SEVERITY_RANK[severity] < case.severity_rank
            if escalated:
                case.severity, case.severity_rank = severity, SEVERITY_RANK[severity]
            key = auth_keys.normalise(request.authority)
            if case.authority == auth_keys.UNKNOWN and key != auth_keys.UNKNOWN:
                case.authority = key
            case.updated_at = now
            history.append((case, {"at": created, "kind": "repeated",
                                   "text": f"{severity}: {(reason or '')[:1990]}"}))
            return case, False, escalated
        case = Case(
            severity=severity,
            severity_rank=SEVERITY_RANK[severity],
            reason=(reason or "")[:2000],
            summary=(request.summary or "")[:4000],
            authority=auth_keys.normalise(request.authority),
            channel=(request.channel or "")[:50],
            sender_id=sender_id,
            status="open",
            created_at=created,
            updated_at=now,
            spool_id=request.spool_id,
        )
        session.add(case)
        if sender_id:
            open_cases.setdefault(sender_id, []).insert(0, case)
        history.append((case, {"at": created, "kind": "raised", "to_status": "open",
                               "text": (reason or "")[:2000]}))
        return case, True, False

    def _case_query(self):
        return select(Case, Worker.username).outerjoin(Worker, Worker.id == Case.assignee_id)

    @staticmethod
    def _case_view(case: Case, assignee: Optional[str]) -> CaseView:
        return CaseView(
            id=case.id,
            severity=case.severity,
            reason=case.reason or "",
            summary=case.summary or "",
            authority=case.authority,
            channel=case.channel or "",
            sender_id=case.sender_id or "",
            status=case.status,
            created_at=case.created_at,
            updated_at=case.updated_at,
            claimed_at=case.claimed_at,
            resolved_at=case.resolved_at,
            assignee_id=case.assignee_id,
            assignee=assignee,
            outcome=case.outcome,
        )

    def queue(self, visible: Iterable[str], *, include_resolved: bool = False) -> list[CaseView]:
        """Cases not yet resolved, most severe first, then oldest first."""
        query = self._case_query().where(Case.authority.in_(list(visible)))
        if not include_resolved:
            query = query.where(Case.status != "resolved")
        query = query.order_by(Case.severity_rank, Case.created_at, Case.id)
        with Session(self.engine) as session:
            return [self._case_view(c, name) for c, name in session.execute(query)]

    def recently_resolved(self, visible: Iterable[str], limit: int = 20) -> list[CaseView]:
        query = (
            self._case_query()
            .where(Case.authority.in_(list(visible)), Case.status == "resolved")
            .order_by(Case.resolved_at.desc(), Case.id.desc())
            .limit(limit)
        )
        with Session(self.engine) as session:
            return [self._case_view(c, name) for c, name in session.execute(query)]

    def get_case(self, case_id: int, visible: Iterable[str] | None = None) -> CaseView | None:
        """The case, or None when it does not exist or is outside `visible`."""
        query = self._case_query().where(Case.id == case_id)
        if visible is not None:
            query = query.where(Case.authority.in_(list(visible)))
        with Session(self.engine) as session:
            row = session.execute(query).first()
            return self._case_view(row[0], row[1]) if row else None

    def events(self, case_id: int) -> list[EventView]:
        query = (
            select(CaseEvent, Worker.username)
            .outerjoin(Worker, Worker.id == CaseEvent.worker_id)
            .where(CaseEvent.case_id == case_id)
            .order_by(CaseEvent.id)
        )
        with Session(self.engine) as session:
            return [
                EventView(
                    id=e.id,
                    case_id=e.case_id,
                    at=e.at,
                    kind=e.kind,
                    worker=name,
                    from_status=e.from_status,
                    to_status=e.to_status,
                    outcome=e.outcome,
                    text=e.text,
                )
                for e, name in session.execute(query)
            ]

    def _why_not(self, session: Session, case_id: int, visible, worker_id: int) -> ActionResult:
        row = session.execute(
            self._case_query().where(Case.id == case_id, Case.authority.in_(list(visible)))
        ).first()
        if row is None:
            return ActionResult(False, "not_found")
        case, holder = row
        if case.status == "resolved":
            return ActionResult(False, "resolved", holder)
        if case.status == "claimed" and case.assignee_id != worker_id:
            return ActionResult(False, "taken", holder)
        if case.status == "open":
            return ActionResult(False, "not_yours")
        return ActionResult(False, "invalid", holder)

    def claim(self, case_id: int, worker_id: int, visible: Iterable[str]) -> ActionResult:
        visible = list(visible)
        with Session(self.engine) as session:
            now = self.clock()
            result = session.execute(
                update(Case)
                .where(
                    Case.id == case_id,
                    Case.status == "open",
                    Case.assignee_id.is_(None),
                    Case.authority.in_(visible),
                )
                .values(status="claimed", assignee_id=worker_id, claimed_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                session.add(
                    CaseEvent(
                        case_id=case_id,
                        at=now,
                        kind="claimed",
                        worker_id=worker_id,
                        from_status="open",
                        to_status="claimed",
                    )
                )
                session.commit()
                return ActionResult(True, "done")
            session.rollback()
            why = self._why_not(session, case_id, visible, worker_id)
            if why.reason == "invalid":  # already ours
                return ActionResult(False, "already_yours", why.holder)
            return why

    def release(self, case_id: int, worker_id: int, visible: Iterable[str]) -> ActionResult:
        return self._leave_claimed(case_id, worker_id, visible, "released", "open",
                                   {"assignee_id": None, "claimed_at": None})

    def lead_release(self, case_id: int, lead_id: int, visible: Iterable[str]) -> ActionResult:
        """A lead puts a case another worker holds back in the queue (they went home, or
        off sick). `holder` says whose it was. Whether `lead_id` is a lead is the caller's
        check (the dashboard's session)."""
        visible = list(visible)
        with Session(self.engine) as session:
            row = session.execute(
                self._case_query().where(Case.id == case_id, Case.authority.in_(visible))
            ).first()
            if row is None:
                return ActionResult(False, "not_found")
            case, holder = row
            if case.status != "claimed":
                return ActionResult(False, "resolved" if case.status == "resolved" else "not_yours")
            now = self.clock()
            result = session.execute(
                update(Case)
                .where(Case.id == case_id, Case.status == "claimed",
                       Case.assignee_id == case.assignee_id)
                .values(status="open", assignee_id=None, claimed_at=None, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:
                session.rollback()
                return ActionResult(False, "invalid", holder)
            session.add(CaseEvent(case_id=case_id, at=now, kind="released", worker_id=lead_id,
                                  from_status="claimed", to_status="open",
                                  text=f"as a lead, taking it back from {holder}."))
            session.commit()
            return ActionResult(True, "done", holder)

    def resolve(
        self,
        case_id: int,
        worker_id: int,
        visible: Iterable[str],
        outcome: str,
        note: str = "",
    ) -> ActionResult:
        if outcome not in OUTCOMES:
            return ActionResult(False, "invalid")
        note = (note or "").strip()
        if len(note) > MAX_NOTE_LENGTH:
            return ActionResult(False, "invalid")
        return self._leave_claimed(case_id, worker_id, visible, "resolved", "resolved",
                                   {"outcome": outcome}, outcome=outcome, text=note or None,
                                   stamp="resolved_at")

    def _leave_claimed(self, case_id: int, worker_id: int, visible: Iterable[str], kind: str,
                       to_status: str, values: dict, stamp: str | None = None,
                       **event: object) -> ActionResult:
        """Move a case the worker holds out of 'claimed' with one conditional UPDATE (so a
        case someone else holds, or one already moved on, is never touched), and record it."""
        visible = list(visible)
        with Session(self.engine) as session:
            now = self.clock()
            changes = {**values, "status": to_status, "updated_at": now}
            if stamp:
                changes[stamp] = now
            result = session.execute(
                update(Case)
                .where(
                    Case.id == case_id,
                    Case.status == "claimed",
                    Case.assignee_id == worker_id,
                    Case.authority.in_(visible),
                )
                .values(**changes)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                session.add(CaseEvent(case_id=case_id, at=now, kind=kind, worker_id=worker_id,
                                      from_status="claimed", to_status=to_status, **event))
                session.commit()
                return ActionResult(True, "done")
            session.rollback()
            return self._why_not(session, case_id, visible, worker_id)

    def move_to_authority(self, case_id: int, authority: str) -> bool:
        """An 'unknown'-council case whose council is now known (the conversation's authority
        slot) moves to that council, so only its workers see it from now on."""
        key = auth_keys.normalise(authority)
        if key == auth_keys.UNKNOWN or key not in auth_keys.known_keys():
            return False
        with Session(self.engine) as session:
            now = self.clock()
            result = session.execute(
                update(Case)
                .where(Case.id == case_id, Case.authority == auth_keys.UNKNOWN)
                .values(authority=key, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:
                session.rollback()
                return False
            session.add(CaseEvent(case_id=case_id, at=now, kind="moved",
                                  text=f"Moved to {auth_keys.display_name(key)}: the young "
                                       "person said which council."))
            session.commit()
            return True

    def release_all_held_by(self, worker_id: int, text: str) -> list[int]:
        """Put every case `worker_id` holds back in the queue (a worker who has left)."""
        with Session(self.engine) as session:
            now = self.clock()
            held = list(session.execute(
                select(Case.id).where(Case.status == "claimed", Case.assignee_id == worker_id)
            ).scalars())
            for case_id in held:
                result = session.execute(
                    update(Case)
                    .where(Case.id == case_id, Case.status == "claimed", Case.assignee_id == worker_id)
                    .values(status="open", assignee_id=None, claimed_at=None, updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount == 1:
                    session.add(CaseEvent(case_id=case_id, at=now, kind="released",
                                          from_status="claimed", to_status="open", text=text))
            session.commit()
            return held

    def add_note(self, case_id: int, worker_id: int, visible: Iterable[str], text: str) -> ActionResult:
        text = (text or "").strip()
        if not text or len(text) > MAX_NOTE_LENGTH:
            return ActionResult(False, "invalid")
        with Session(self.engine) as session:
            now = self.clock()
            exists = session.execute(
                select(Case.id).where(Case.id == case_id, Case.authority.in_(list(visible)))
            ).scalar_one_or_none()
            if exists is None:
                return ActionResult(False, "not_found")
            session.add(CaseEvent(case_id=case_id, at=now, kind="note", worker_id=worker_id, text=text))
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(updated_at=now)
                .execution_options(synchronize_session=False)
            )
            session.commit()
            return ActionResult(True, "done")

    def record_event(self, case_id: int, kind: str, text: str | None = None,
                     worker_id: int | None = None) -> None:
        """A system event on a case, e.g. whether the on-call notification went out."""
        with Session(self.engine) as session:
            session.add(CaseEvent(case_id=case_id, at=self.clock(), kind=kind, text=text,
                                  worker_id=worker_id))
            session.commit()

    def last_event_id(self) -> int:
        with Session(self.engine) as session:
            return session.execute(select(func.max(CaseEvent.id))).scalar() or 0

    def changes_since(self, event_id: int, limit: int = 500) -> list[Change]:
        query = (
            select(CaseEvent.id, CaseEvent.kind, Case.id, Case.severity, Case.authority, Case.status)
            .join(Case, Case.id == CaseEvent.case_id)
            .where(CaseEvent.id > event_id)
            .order_by(CaseEvent.id)
            .limit(limit)
        )
        with Session(self.engine) as session:
            return [Change(*row) for row in session.execute(query)]
