"""SQLAlchemy models for triage cases, duty workers, their sessions and the audit log.

Written 2.0-style for SQLAlchemy 1.4 (`Mapped`-free declarative, `select()`, a
`Session(engine)` per unit of work in `store.py`). No engine is created here.

Times are stored as naive UTC in the database and come back as aware UTC datetimes
(`UTCDateTime`), so SQLite and PostgreSQL behave the same.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import declarative_base
from sqlalchemy.types import TypeDecorator

Base = declarative_base()

SEVERITIES = ("crisis", "urgent", "handoff", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
STATUSES = ("open", "claimed", "resolved")
OUTCOMES = ("contacted", "emergency_services_called", "no_answer", "not_needed")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in Python, naive UTC in the database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Worker(Base):
    __tablename__ = "workers"

    id = Column(Integer, primary_key=True)
    username = Column(String(100), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_login_at = Column(UTCDateTime)


class WorkerAuthority(Base):
    __tablename__ = "worker_authorities"
    __table_args__ = (UniqueConstraint("worker_id", "authority"),)

    id = Column(Integer, primary_key=True)
    worker_id = Column(Integer, ForeignKey("workers.id", ondelete="CASCADE"), nullable=False)
    authority = Column(String(100), nullable=False)


class WorkerRole(Base):
    """What a worker may do beyond their own cases. "lead": release a case another worker
    holds (bot.web.duty.cases.lead_release). A table of its own, so existing databases
    gain it with create_all."""

    __tablename__ = "worker_roles"
    __table_args__ = (UniqueConstraint("worker_id", "role"),)

    id = Column(Integer, primary_key=True)
    worker_id = Column(Integer, ForeignKey("workers.id", ondelete="CASCADE"), nullable=False)
    role = Column(String(20), nullable=False)


class Case(Base):
    __tablename__ = "cases"
    id = Column(Integer, primary_key=True)
    severity = Column(String(20), nullable=False)
    # 0 = crisis ... 3 = info: the queue sorts on this, then on created_at.
    severity_rank = Column(Integer, nullable=False)
    reason = Column(Text, nullable=False, default="")
    summary = Column(Text, nullable=False, default="")
    # Authority key (see docs/contracts.md) or "unknown" when the young person has not said.
    authority = Column(String(100), nullable=False)
    channel = Column(String(50), nullable=False, default="")
    sender_id = Column(String(255), nullable=False, default="")
    status = Column(String(20), nullable=False, default="open")
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow)
    claimed_at = Column(UTCDateTime)
    resolved_at = Column(UTCDateTime)
    assignee_id = Column(Integer, ForeignKey("workers.id"))
    outcome = Column(String(40))
    # Set when a case was replayed from the spool file, so a replay is never doubled.
    spool_id = Column(String(64), unique=True)

    __table_args__ = (
        Index("ix_cases_queue", "status", "severity_rank", "created_at"),
        # The queue's order within one status: most severe, then newest (bot.triage.queue).
        Index("ix_cases_queue_newest", "status", "severity_rank", text("created_at DESC"), text("id DESC")),
        Index("ix_cases_authority", "authority"),
    )


class NotificationSlot(Base):
    """One on-call notification sent (or the one digest of a window), shared by every
    process through the database: a slot is taken by inserting its unique name, so two
    processes can never both take it (bot.triage.notify_gate)."""

    __tablename__ = "notification_slots"

    id = Column(Integer, primary_key=True)
    slot = Column(String(64), nullable=False, unique=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    case_id = Column(Integer)


class CaseEvent(Base):
    """Status history and notes: one row per thing that happened to a case."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "id"),)

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    # raised, repeated, claimed, released, note, resolved, notified
    kind = Column(String(20), nullable=False)
    worker_id = Column(Integer, ForeignKey("workers.id"))
    from_status = Column(String(20))
    to_status = Column(String(20))
    outcome = Column(String(40))
    text = Column(Text)


class DutySession(Base):
    """A signed-in duty worker. The cookie holds a random token; only its SHA-256 is kept."""

    __tablename__ = "sessions"

    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    worker_id = Column(Integer, ForeignKey("workers.id", ondelete="CASCADE"), nullable=False)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_seen_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)
    ip = Column(String(64))
    user_agent = Column(String(255))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_case", "case_id"),)

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    # No foreign keys: an audit entry must never fail to be written.
    worker_id = Column(Integer)
    username = Column(String(100))
    action = Column(String(40), nullable=False)
    case_id = Column(Integer)
    ip = Column(String(64))
    detail = Column(Text)


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_user", "username", "at"),
        Index("ix_login_attempts_ip", "ip", "at"),
    )

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow)
    username = Column(String(100), nullable=False)
    ip = Column(String(64))
    success = Column(Boolean, nullable=False)
