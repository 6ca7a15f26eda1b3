"""How many on-call notifications go out: at most PER_MINUTE a minute one by one; past that,
one digest saying more cases are coming in than usual, and nothing more until its
DIGEST_MINUTES window ends (a sustained flood: 6 messages per 10 minutes, not thousands).

Without it, a script sending crisis messages from rotating senders sent the on-call worker
one email per case (thousands), burying the real ones. The budget is shared by every
process (Rasa servers, action servers, the dashboard's spool replay) through the triage
database: each notification takes a slot by inserting its unique name (`<minute>:<n>` or
`digest:<window>`), so the cap holds across processes without any locking.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.triage.database import TriageDatabase
from bot.triage.models import NotificationSlot, utcnow

PER_MINUTE = 5
DIGEST_MINUTES = 10
KEEP = timedelta(days=1)


class NotificationGate(TriageDatabase):
    def __init__(self, url: str | None = None, *, clock: Callable[[], datetime] = utcnow,
                 per_minute: int = PER_MINUTE, digest_minutes: int = DIGEST_MINUTES,
                 create: bool = True) -> None:
        super().__init__(url, clock=clock, create=create)
        self.per_minute = per_minute
        self.digest_minutes = digest_minutes

    def _take(self, slot: str, case_id: int, now: datetime) -> bool:
        with Session(self.engine) as session:
            session.add(NotificationSlot(slot=slot, at=now, case_id=case_id))
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                return False
            return True

    def admit(self, case_id: int) -> str:
        """'send' (notify about this case), 'digest' (send the window's one digest instead)
        or 'held' (say nothing: the digest already told the worker to look at the queue)."""
        now = self.clock()
        minute = now.strftime("%Y%m%dT%H%M")
        window = now.replace(minute=now.minute - now.minute % self.digest_minutes)
        digest = f"digest:{window.strftime('%Y%m%dT%H%M')}"
        with Session(self.engine) as session:
            if session.execute(select(NotificationSlot.id).where(NotificationSlot.slot == digest)).first():
                return "held"  # a flood is on: the digest has told the worker to watch the queue
            taken = session.execute(
                select(func.count(NotificationSlot.id)).where(NotificationSlot.slot.like(f"{minute}:%"))
            ).scalar() or 0
        for n in range(taken, self.per_minute):
            if self._take(f"{minute}:{n}", case_id, now):
                if n == 0:
                    self._prune(now)
                return "send"
        if self._take(digest, case_id, now):
            return "digest"
        return "held"

    def _prune(self, now: datetime) -> None:
        with Session(self.engine) as session:
            session.execute(delete(NotificationSlot).where(NotificationSlot.at < now - KEEP))
            session.commit()
