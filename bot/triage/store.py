"""The triage store: cases, duty workers, sessions, login attempts and the audit log.

`TriageStore(url=None)` makes its own engine from `url`, or `TRIAGE_DB_URL`, or
`sqlite:///var/triage.db` (relative SQLite paths are taken from the repository root, and
their folder is created). Each method is one unit of work with its own `Session(engine)`
and returns plain frozen dataclasses, never ORM objects. Methods block: call them from a
thread (`asyncio.to_thread`) in async code.

Claims are atomic: one conditional `UPDATE ... WHERE status = 'open' AND assignee_id IS
NULL` whose row count says who won, so two workers pressing "Claim" at once get exactly
one winner on SQLite and PostgreSQL alike.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Iterable, Optional, Sequence

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import db
from bot.db import database_url
from bot.paths import sqlite_file
from bot.triage import authorities as auth_keys
from bot.triage.models import (
    OUTCOMES,
    SEVERITY_RANK,
    AuditEntry,
    Base,
    Case,
    CaseEvent,
    DutySession,
    LoginAttempt,
    Worker,
    WorkerAuthority,
    utcnow,
)

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MAX_FAILED_LOGINS_PER_IP = 20
SESSION_LIFETIME = timedelta(hours=8)
SESSION_IDLE = timedelta(minutes=30)
# Writing last_seen_at on every request is wasteful; this is precise enough for idle expiry.
SESSION_TOUCH_EVERY = timedelta(seconds=30)
MIN_PASSWORD_LENGTH = 12
MAX_NOTE_LENGTH = 5000
# What a duty worker's note says once its case is closed and past retention (bot.privacy).
NOTE_REMOVED = "(removed after the case was closed)"


def resolve_url(url: str | None) -> str:
    """The database URL to use (`url`, else TRIAGE_DB_URL, else var/triage.db), with relative
    SQLite paths anchored at the repository root and their folder created."""
    url = database_url(url, "triage")
    path = sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return url


def make_engine(url: str) -> Engine:
    return db.make_engine(url, foreign_keys=True, wal=True)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TriageError(Exception):
    """A request the store refuses (bad input); the message is safe to show a worker."""


# ---------------------------------------------------------------- views (plain data)


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
class WorkerView:
    id: int
    username: str
    authorities: tuple[str, ...]


@dataclass(frozen=True)
class LoginResult:
    status: str  # "ok", "bad", "locked"
    worker: Optional[WorkerView] = None
    locked_until: Optional[datetime] = None


@dataclass(frozen=True)
class SessionView:
    id: int
    worker_id: int
    username: str
    csrf_token: str
    authorities: tuple[str, ...]
    expires_at: datetime
    visible: frozenset = field(default_factory=frozenset)


@dataclass(frozen=True)
class ActionResult:
    """The outcome of claim / release / resolve / note."""

    ok: bool
    # "done", "not_found" (missing or not visible), "taken" (someone else holds it),
    # "not_yours", "not_open", "resolved", "invalid"
    reason: str
    holder: Optional[str] = None


# ---------------------------------------------------------------- the store


class TriageStore:
    def __init__(
        self,
        url: str | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        hasher: PasswordHasher | None = None,
        create: bool = True,
    ) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        self.clock = clock
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None
        if create:
            self.create_all()

    def create_all(self) -> None:
        Base.metadata.create_all(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

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
        if severity not in SEVERITY_RANK:
            raise TriageError(f"unknown severity {severity!r}")
        now = self.clock()
        created = created_at or now
        with Session(self.engine) as session:
            if spool_id:
                existing = session.execute(
                    select(Case.id).where(Case.spool_id == spool_id)
                ).scalar_one_or_none()
                if existing is not None:
                    return existing
            case = Case(
                severity=severity,
                severity_rank=SEVERITY_RANK[severity],
                reason=(reason or "")[:2000],
                summary=(summary or "")[:4000],
                authority=auth_keys.normalise(authority),
                channel=(channel or "")[:50],
                sender_id=(sender_id or "")[:255],
                status="open",
                created_at=created,
                updated_at=now,
                spool_id=spool_id,
            )
            session.add(case)
            session.flush()
            session.add(
                CaseEvent(
                    case_id=case.id,
                    at=created,
                    kind="raised",
                    to_status="open",
                    text=(reason or "")[:2000],
                )
            )
            try:
                session.commit()
            except IntegrityError:
                # The same spooled case was replayed by another process at the same time.
                session.rollback()
                if spool_id:
                    return session.execute(
                        select(Case.id).where(Case.spool_id == spool_id)
                    ).scalar_one()
                raise
            return case.id

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

    def pseudonymise_resolved(
        self, before: datetime, pseudonym: Callable[[str], str], *, dry_run: bool = False
    ) -> int:
        """Keep only the duty record of cases resolved before `before` (bot.privacy.purge).

        The conversation id becomes `pseudonym(id)`; the summary and the duty workers' note
        texts go. Severity, reason (the detector's rule name), authority, channel, times,
        status and outcome stay. Idempotent: returns how many cases changed (or would).
        """
        removed = NOTE_REMOVED
        changed = 0
        last_id = 0
        while True:
            with Session(self.engine) as session:
                cases = list(
                    session.execute(
                        select(Case)
                        .where(Case.status == "resolved", Case.resolved_at < before, Case.id > last_id)
                        .order_by(Case.id)
                        .limit(500)
                    ).scalars()
                )
                if not cases:
                    return changed
                last_id = cases[-1].id
                ids = [c.id for c in cases]
                notes = list(
                    session.execute(
                        select(CaseEvent).where(
                            CaseEvent.case_id.in_(ids),
                            CaseEvent.kind.in_(("note", "resolved")),
                            CaseEvent.text.is_not(None),
                            CaseEvent.text != removed,
                        )
                    ).scalars()
                )
                noted = {e.case_id for e in notes}
                for case in cases:
                    new_sender = pseudonym(case.sender_id) if case.sender_id else ""
                    if new_sender == case.sender_id and not case.summary and case.id not in noted:
                        continue
                    changed += 1
                    if not dry_run:
                        case.sender_id = new_sender
                        case.summary = ""
                if not dry_run:
                    for note in notes:
                        note.text = removed
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

    # ------------------------------------------------------------ workers

    def add_worker(
        self,
        username: str,
        password: str,
        authorities: Sequence[str],
        *,
        replace: bool = False,
    ) -> WorkerView:
        username = normalise_username(username)
        if not username or len(username) > 100 or not username.replace(".", "").replace(
            "-", ""
        ).replace("_", "").replace("@", "").isalnum():
            raise TriageError("Usernames are letters, digits and . - _ @ only.")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise TriageError(f"Passwords must be at least {MIN_PASSWORD_LENGTH} characters.")
        keys = sorted({a.strip().lower() for a in authorities if a.strip()})
        if not keys:
            raise TriageError("Give at least one authority the worker covers.")
        password_hash = self.hasher.hash(password)
        with Session(self.engine) as session:
            worker = session.execute(
                select(Worker).where(Worker.username == username)
            ).scalar_one_or_none()
            if worker is not None and not replace:
                raise TriageError(f"A worker called {username!r} already exists.")
            if worker is None:
                worker = Worker(username=username, password_hash=password_hash, active=True)
                session.add(worker)
                session.flush()
            else:
                worker.password_hash = password_hash
                worker.active = True
                session.query(WorkerAuthority).filter(WorkerAuthority.worker_id == worker.id).delete()
                # A new password ends every session the old one opened.
                session.execute(
                    update(DutySession)
                    .where(DutySession.worker_id == worker.id, DutySession.revoked_at.is_(None))
                    .values(revoked_at=self.clock())
                    .execution_options(synchronize_session=False)
                )
            for key in keys:
                session.add(WorkerAuthority(worker_id=worker.id, authority=key))
            session.commit()
            return WorkerView(worker.id, worker.username, tuple(keys))

    def worker_authorities(self, worker_id: int) -> tuple[str, ...]:
        with Session(self.engine) as session:
            rows = session.execute(
                select(WorkerAuthority.authority)
                .where(WorkerAuthority.worker_id == worker_id)
                .order_by(WorkerAuthority.authority)
            ).scalars()
            return tuple(rows)

    # ------------------------------------------------------------ login

    def _lock_state(self, session: Session, username: str, ip: str | None, now: datetime):
        last_success = session.execute(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.username == username, LoginAttempt.success.is_(True)
            )
        ).scalar()
        since = now - 2 * LOCKOUT
        if last_success is not None and last_success > since:
            since = last_success
        failures = list(
            session.execute(
                select(LoginAttempt.at)
                .where(
                    LoginAttempt.username == username,
                    LoginAttempt.success.is_(False),
                    LoginAttempt.at > since,
                )
                .order_by(LoginAttempt.at.desc())
                .limit(MAX_FAILED_LOGINS)
            ).scalars()
        )
        if len(failures) >= MAX_FAILED_LOGINS and failures[0] - failures[-1] <= LOCKOUT:
            until = failures[0] + LOCKOUT
            if now < until:
                return until
        if ip:
            ip_failures = session.execute(
                select(func.count(LoginAttempt.id)).where(
                    LoginAttempt.ip == ip,
                    LoginAttempt.success.is_(False),
                    LoginAttempt.at > now - LOCKOUT,
                )
            ).scalar()
            if ip_failures >= MAX_FAILED_LOGINS_PER_IP:
                return now + LOCKOUT
        return None

    def _verify(self, password_hash: str | None, password: str) -> bool:
        if password_hash is None:
            # Same work for an unknown user as for a known one, so timing tells nothing.
            if self._dummy_hash is None:
                self._dummy_hash = self.hasher.hash(secrets.token_urlsafe(16))
            password_hash = self._dummy_hash
            try:
                self.hasher.verify(password_hash, password)
            except (VerificationError, InvalidHashError):
                pass
            return False
        try:
            return self.hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def authenticate(self, username: str, password: str, ip: str | None = None) -> LoginResult:
        username = normalise_username(username)[:100]
        now = self.clock()
        with Session(self.engine) as session:
            locked_until = self._lock_state(session, username, ip, now)
            if locked_until is not None:
                # Not recorded as a failure: an attacker must not be able to keep it locked.
                return LoginResult("locked", locked_until=locked_until)
            worker = session.execute(
                select(Worker).where(Worker.username == username)
            ).scalar_one_or_none()
            ok = self._verify(worker.password_hash if worker else None, password or "")
            if ok and worker is not None and worker.active:
                if self.hasher.check_needs_rehash(worker.password_hash):
                    worker.password_hash = self.hasher.hash(password)
                worker.last_login_at = now
                session.add(LoginAttempt(at=now, username=username, ip=ip, success=True))
                session.commit()
                view = WorkerView(worker.id, worker.username, self.worker_authorities(worker.id))
                return LoginResult("ok", worker=view)
            session.add(LoginAttempt(at=now, username=username, ip=ip, success=False))
            session.commit()
            locked_until = self._lock_state(session, username, ip, now)
            if locked_until is not None:
                return LoginResult("locked", locked_until=locked_until)
            return LoginResult("bad")

    # ------------------------------------------------------------ sessions

    def create_session(
        self,
        worker_id: int,
        *,
        ip: str | None = None,
        user_agent: str | None = None,
        lifetime: timedelta = SESSION_LIFETIME,
    ) -> tuple[str, str]:
        """A new session: returns (cookie token, CSRF token)."""
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        now = self.clock()
        with Session(self.engine) as session:
            session.add(
                DutySession(
                    token_hash=hash_token(token),
                    worker_id=worker_id,
                    csrf_token=csrf,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + lifetime,
                    ip=(ip or "")[:64] or None,
                    user_agent=(user_agent or "")[:255] or None,
                )
            )
            session.commit()
        return token, csrf

    def load_session(
        self, token: str | None, *, idle: timedelta = SESSION_IDLE, touch: bool = True
    ) -> SessionView | None:
        """The live session for a cookie token, or None (unknown, expired, idle or revoked)."""
        if not token or len(token) > 200:
            return None
        now = self.clock()
        with Session(self.engine) as session:
            row = session.execute(
                select(DutySession, Worker)
                .join(Worker, Worker.id == DutySession.worker_id)
                .where(DutySession.token_hash == hash_token(token))
            ).first()
            if row is None:
                return None
            duty_session, worker = row
            if (
                duty_session.revoked_at is not None
                or not worker.active
                or now >= duty_session.expires_at
                or now - duty_session.last_seen_at > idle
            ):
                return None
            if touch and now - duty_session.last_seen_at >= SESSION_TOUCH_EVERY:
                duty_session.last_seen_at = now
                session.commit()
            covered = self.worker_authorities(worker.id)
            return SessionView(
                id=duty_session.id,
                worker_id=worker.id,
                username=worker.username,
                csrf_token=duty_session.csrf_token,
                authorities=covered,
                expires_at=duty_session.expires_at,
                visible=frozenset(auth_keys.visible_authorities(covered)),
            )

    def revoke_session(self, token: str) -> None:
        with Session(self.engine) as session:
            session.execute(
                update(DutySession)
                .where(DutySession.token_hash == hash_token(token), DutySession.revoked_at.is_(None))
                .values(revoked_at=self.clock())
                .execution_options(synchronize_session=False)
            )
            session.commit()

    # ------------------------------------------------------------ audit

    def audit(
        self,
        action: str,
        *,
        worker_id: int | None = None,
        username: str | None = None,
        case_id: int | None = None,
        ip: str | None = None,
        detail: dict | None = None,
    ) -> None:
        with Session(self.engine) as session:
            session.add(
                AuditEntry(
                    at=self.clock(),
                    worker_id=worker_id,
                    username=(username or "")[:100] or None,
                    action=action,
                    case_id=case_id,
                    ip=(ip or "")[:64] or None,
                    detail=json.dumps(detail, sort_keys=True) if detail else None,
                )
            )
            session.commit()

    def audit_log(self, *, case_id: int | None = None, limit: int = 1000) -> list[dict]:
        query = select(AuditEntry).order_by(AuditEntry.id).limit(limit)
        if case_id is not None:
            query = query.where(AuditEntry.case_id == case_id)
        with Session(self.engine) as session:
            return [
                {
                    "at": e.at,
                    "worker_id": e.worker_id,
                    "username": e.username,
                    "action": e.action,
                    "case_id": e.case_id,
                    "ip": e.ip,
                    "detail": json.loads(e.detail) if e.detail else None,
                }
                for e in session.execute(query).scalars()
            ]


def normalise_username(username: str) -> str:
    return (username or "").strip().lower()


def tokens_equal(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
