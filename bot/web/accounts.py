"""Duty workers' accounts, logins (with lockouts) and dashboard sessions.

Passwords are argon2 hashes; a sign-in takes the same work for an unknown user as for a
known one. Five failures in 15 minutes lock an account for 15 minutes from that client
address only (20 from one address lock that address), so an attacker elsewhere cannot
keep a worker locked out; a lockout is not extended by attempts made while it lasts. A session
is a random cookie token (only its hash is stored) with a CSRF token, an absolute lifetime
and an idle limit.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable, Optional, Sequence

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.triage import authorities as auth_keys
from bot.triage.database import TriageDatabase, TriageError
from bot.triage.models import DutySession, LoginAttempt, Worker, WorkerAuthority, WorkerRole, utcnow

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MAX_FAILED_LOGINS_PER_IP = 20
SESSION_LIFETIME = timedelta(hours=8)
SESSION_IDLE = timedelta(minutes=30)
# Writing last_seen_at on every request is wasteful; this is precise enough for idle expiry.
SESSION_TOUCH_EVERY = timedelta(seconds=30)
MIN_PASSWORD_LENGTH = 12


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


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
    lead: bool = False  # may release a case another worker holds


class AccountStore(TriageDatabase):
    def __init__(self, url: str | None = None, *, clock: Callable[[], datetime] = utcnow,
                 hasher: PasswordHasher | None = None, create: bool = True) -> None:
        super().__init__(url, clock=clock, create=create)
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None

    # ------------------------------------------------------------ workers

    def add_worker(
        self,
        username: str,
        password: str,
        authorities: Sequence[str],
        *,
        replace: bool = False,
        lead: bool = False,
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
            session.query(WorkerRole).filter(WorkerRole.worker_id == worker.id).delete()
            if lead:
                session.add(WorkerRole(worker_id=worker.id, role="lead"))
            session.commit()
            return WorkerView(worker.id, worker.username, tuple(keys))

    def deactivate_worker(self, username: str) -> WorkerView | None:
        """A worker who has left: can no longer sign in, and every session ends now. The
        account stays (the audit log and case history name it). None if there is none."""
        username = normalise_username(username)
        with Session(self.engine) as session:
            worker = session.execute(
                select(Worker).where(Worker.username == username)
            ).scalar_one_or_none()
            if worker is None:
                return None
            worker.active = False
            session.execute(
                update(DutySession)
                .where(DutySession.worker_id == worker.id, DutySession.revoked_at.is_(None))
                .values(revoked_at=self.clock())
                .execution_options(synchronize_session=False)
            )
            session.commit()
            return WorkerView(worker.id, worker.username, self.worker_authorities(worker.id))

    def is_lead(self, worker_id: int) -> bool:
        with Session(self.engine) as session:
            return session.execute(
                select(WorkerRole.id).where(WorkerRole.worker_id == worker_id, WorkerRole.role == "lead")
            ).first() is not None

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
        # Failures count per (account, client address): a stranger's wrong passwords lock
        # the stranger out for LOCKOUT, never the worker signing in from somewhere else.
        same_client = LoginAttempt.ip == ip if ip else LoginAttempt.ip.is_(None)
        last_success = session.execute(
            select(func.max(LoginAttempt.at)).where(
                LoginAttempt.username == username, same_client, LoginAttempt.success.is_(True)
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
                    same_client,
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
                lead=self.is_lead(worker.id),
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


def normalise_username(username: str) -> str:
    return (username or "").strip().lower()


def tokens_equal(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
