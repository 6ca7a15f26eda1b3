"""The `takeovers` table, in the triage database next to `cases` (same declarative base, so
`TriageDatabase.create_all` makes it once this module is imported).

One row per takeover. At most one row per conversation has `ended_at` NULL: a unique
partial index (`WHERE ended_at IS NULL`, which SQLite and PostgreSQL both support) makes
the database refuse a second active takeover, whichever process tries.

`young_person_typing_at` came after the table: `TriageDatabase.create_all` adds it to an
existing database.
"""
from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, String

from bot.triage.models import Base, UTCDateTime, utcnow

ENDINGS = ("handed_back", "abandoned", "failed", "case_closed")


class Takeover(Base):
    __tablename__ = "takeovers"

    id = Column(Integer, primary_key=True)
    case_id = Column(Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False)
    sender_id = Column(String(255), nullable=False)
    worker_id = Column(Integer, ForeignKey("workers.id"), nullable=False)
    worker_name = Column(String(100), nullable=False)
    started_at = Column(UTCDateTime, nullable=False, default=utcnow)
    last_worker_at = Column(UTCDateTime)  # the worker's last message (None: none yet)
    # The first crisis message the worker has not answered yet (None: nothing pending).
    crisis_at = Column(UTCDateTime)
    alert_severity = Column(String(20))  # "crisis" or "urgent": the worst message pending
    contacts_sent_at = Column(UTCDateTime)  # when the bot last sent the contacts itself
    # When the young person's chat page last said they were typing (website chat only;
    # bot.rasa.channels.socketio records it, the worker's panel shows it for 5 s).
    young_person_typing_at = Column(UTCDateTime)
    ended_at = Column(UTCDateTime)
    ended_how = Column(String(20))


_active = Takeover.__table__.c.ended_at.is_(None)
Index("uq_takeovers_active_sender", Takeover.sender_id, unique=True,
      sqlite_where=_active, postgresql_where=_active)
Index("ix_takeovers_case", Takeover.case_id)
