"""Takeovers: start, the worker's messages, crisis alerts, the timers, and the end.

Every change is one conditional statement whose row count says who won, so two workers,
two dashboard processes or a worker and the sweeper can never both do the same thing:
starting is an INSERT that the unique partial index refuses for a conversation already
held; ending, sending the contacts and the abandoned hand-back are UPDATEs that only match
a row still in the state they expect. Methods block: call them with `asyncio.to_thread`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import PerUrl
from bot.handoff.models import ENDINGS, Takeover
from bot.triage.database import TriageDatabase, resolve_url
from bot.triage.models import SEVERITY_RANK, Case, CaseEvent

# The worker's panel says "The young person is typing…" for this long after the chat page
# last said so (the page says so at most every 2 s while the text box changes).
TYPING_SHOWN_FOR = timedelta(seconds=5)


@dataclass(frozen=True)
class TakeoverView:
    id: int
    case_id: int
    sender_id: str
    worker_id: int
    worker_name: str
    started_at: datetime
    last_worker_at: Optional[datetime]
    crisis_at: Optional[datetime]
    alert_severity: Optional[str]
    contacts_sent_at: Optional[datetime]
    ended_at: Optional[datetime]
    ended_how: Optional[str]
    young_person_typing_at: Optional[datetime] = None

    @property
    def active(self) -> bool:
        return self.ended_at is None

    @property
    def quiet_since(self) -> datetime:
        """When the worker last said anything (or took over)."""
        return self.last_worker_at or self.started_at

    def young_person_typing(self, now: datetime) -> bool:
        """The chat page said the young person was typing within the last few seconds."""
        at = self.young_person_typing_at
        return at is not None and timedelta(0) <= now - at <= TYPING_SHOWN_FOR


@dataclass(frozen=True)
class Started:
    ok: bool
    takeover: Optional[TakeoverView]  # ours, or the one that holds the conversation


def _view(row: Takeover) -> TakeoverView:
    return TakeoverView(row.id, row.case_id, row.sender_id, row.worker_id, row.worker_name,
                        row.started_at, row.last_worker_at, row.crisis_at, row.alert_severity,
                        row.contacts_sent_at,
                        row.ended_at, row.ended_how, row.young_person_typing_at)


class TakeoverStore(TriageDatabase):
    def _active_row(self, session: Session, sender_id: str) -> Takeover | None:
        return session.execute(
            select(Takeover).where(Takeover.sender_id == sender_id, Takeover.ended_at.is_(None))
        ).scalar_one_or_none()

    def _event(self, session: Session, case_id: int, kind: str, text: str,
               worker_id: int | None = None) -> None:
        session.add(CaseEvent(case_id=case_id, at=self.clock(), kind=kind, text=text,
                              worker_id=worker_id))

    # ------------------------------------------------------------ reading

    def active(self, sender_id: str) -> TakeoverView | None:
        if not sender_id:
            return None
        with Session(self.engine) as session:
            row = self._active_row(session, sender_id)
            return _view(row) if row else None

    def get(self, takeover_id: int) -> TakeoverView | None:
        with Session(self.engine) as session:
            row = session.get(Takeover, takeover_id)
            return _view(row) if row else None

    def of_case(self, case_id: int) -> list[TakeoverView]:
        with Session(self.engine) as session:
            rows = session.execute(select(Takeover).where(Takeover.case_id == case_id)
                                   .order_by(Takeover.id)).scalars()
            return [_view(r) for r in rows]

    # ------------------------------------------------------------ the worker

    def start(self, case_id: int, sender_id: str, worker_id: int, worker_name: str) -> Started:
        """Take over the conversation, unless someone already holds it (then `takeover` is
        theirs and `ok` is False)."""
        with Session(self.engine) as session:
            now = self.clock()
            row = Takeover(case_id=case_id, sender_id=sender_id, worker_id=worker_id,
                           worker_name=worker_name[:100], started_at=now)
            session.add(row)
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                held = self._active_row(session, sender_id)
                return Started(False, _view(held) if held else None)
            self._event(session, case_id, "takeover", f"{worker_name} took over the chat.", worker_id)
            session.commit()
            return Started(True, _view(row))

    def worker_said(self, takeover_id: int, worker_id: int) -> bool:
        """The worker sent a message: the quiet timers start again; a crisis is answered."""
        with Session(self.engine) as session:
            result = session.execute(
                update(Takeover)
                .where(Takeover.id == takeover_id, Takeover.worker_id == worker_id,
                       Takeover.ended_at.is_(None))
                .values(last_worker_at=self.clock(), crisis_at=None, alert_severity=None)
                .execution_options(synchronize_session=False)
            )
            session.commit()
            return result.rowcount == 1

    def end(self, takeover_id: int, how: str, *, worker_id: int | None = None,
            quiet_since: datetime | None = None) -> TakeoverView | None:
        """End the takeover if it is still active (and the worker's, and still quiet since
        `quiet_since`, when given). Returns it ended, or None if someone else got there."""
        if how not in ENDINGS:
            raise ValueError(how)
        with Session(self.engine) as session:
            now = self.clock()
            query = update(Takeover).where(Takeover.id == takeover_id, Takeover.ended_at.is_(None))
            if worker_id is not None:
                query = query.where(Takeover.worker_id == worker_id)
            if quiet_since is not None:
                query = query.where(func.coalesce(Takeover.last_worker_at, Takeover.started_at)
                                    == quiet_since)
            result = session.execute(query.values(ended_at=now, ended_how=how)
                                     .execution_options(synchronize_session=False))
            if result.rowcount != 1:
                session.rollback()
                return None
            row = session.get(Takeover, takeover_id)
            assert row is not None
            session.commit()
            return _view(row)

    def record_end(self, takeover: TakeoverView, worker_id: int | None = None) -> None:
        """Put the end in the case's history (once Rasa has been told)."""
        name = takeover.worker_name
        texts = {
            "handed_back": f"{name} handed the chat back to the assistant.",
            "abandoned": f"Handed back to the assistant: {name} sent nothing for a while.",
            "failed": "The takeover did not start: the chat could not be reached.",
            "case_closed": f"Handed back to the assistant: {name} no longer holds the case.",
        }
        with Session(self.engine) as session:
            self._event(session, takeover.case_id, "handback", texts[takeover.ended_how or "handed_back"],
                        worker_id)
            session.commit()

    def reopen(self, takeover: TakeoverView) -> bool:
        """Undo `end` when Rasa could not be told (the bot would stay paused otherwise), so
        the worker can try again or the sweeper does. False if someone took over since."""
        with Session(self.engine) as session:
            try:
                result = session.execute(
                    update(Takeover)
                    .where(Takeover.id == takeover.id, Takeover.ended_at == takeover.ended_at)
                    .values(ended_at=None, ended_how=None)
                    .execution_options(synchronize_session=False)
                )
                session.commit()
            except IntegrityError:
                session.rollback()
                return False
            return result.rowcount == 1

    # ------------------------------------------------------------ the young person

    def young_person_typing(self, sender_id: str) -> bool:
        """The young person is typing: noted on the active takeover of `sender_id`, if
        there is one (one conditional UPDATE; nothing is written otherwise). True if noted."""
        if not sender_id:
            return False
        with Session(self.engine) as session:
            # Almost every chat is not taken over: a read first, so those never take a
            # write lock (SQLite locks the whole database for an UPDATE, even of no rows).
            if session.execute(select(Takeover.id).where(
                    Takeover.sender_id == sender_id, Takeover.ended_at.is_(None))).first() is None:
                return False
            result = session.execute(
                update(Takeover)
                .where(Takeover.sender_id == sender_id, Takeover.ended_at.is_(None))
                .values(young_person_typing_at=self.clock())
                .execution_options(synchronize_session=False)
            )
            session.commit()
            return result.rowcount == 1

    # ------------------------------------------------------------ safety (rule 10)

    def mark_crisis(self, sender_id: str, severity: str, reason: str) -> TakeoverView | None:
        """A crisis or urgent message during a takeover: the case gets more severe and an
        alert event, and (if nothing is pending already) the crisis clock starts. Returns
        the takeover, or None when nobody holds the conversation."""
        with Session(self.engine) as session:
            row = self._active_row(session, sender_id)
            if row is None:
                return None
            now = self.clock()
            rank = SEVERITY_RANK.get(severity, SEVERITY_RANK["urgent"])
            if row.crisis_at is None:
                row.crisis_at, row.alert_severity = now, severity
            elif rank < SEVERITY_RANK.get(row.alert_severity or "urgent", SEVERITY_RANK["urgent"]):
                row.alert_severity = severity
            session.execute(
                update(Case)
                .where(Case.id == row.case_id, Case.severity_rank > rank)
                .values(severity=severity, severity_rank=rank, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            self._event(session, row.case_id, "takeover_alert",
                        f"{severity}: {(reason or '')[:1900]}")
            session.commit()
            return _view(row)

    def due_contacts(self, quiet: timedelta) -> list[TakeoverView]:
        """Active takeovers with a crisis message the worker has not answered for `quiet`."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(Takeover).where(Takeover.ended_at.is_(None), Takeover.crisis_at.is_not(None),
                                       Takeover.crisis_at <= self.clock() - quiet)
            ).scalars()
            return [_view(r) for r in rows]

    def claim_contacts(self, takeover: TakeoverView) -> bool:
        """Only one process sends the contacts for one crisis message."""
        with Session(self.engine) as session:
            now = self.clock()
            result = session.execute(
                update(Takeover)
                .where(Takeover.id == takeover.id, Takeover.ended_at.is_(None),
                       Takeover.crisis_at == takeover.crisis_at)
                .values(crisis_at=None, alert_severity=None, contacts_sent_at=now)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount != 1:
                session.rollback()
                return False
            session.commit()
            return True

    def contacts_sent(self, takeover: TakeoverView) -> None:
        with Session(self.engine) as session:
            self._event(session, takeover.case_id, "contacts_sent",
                        "The worker had not replied to a crisis message, so the assistant "
                        "sent the crisis contacts.")
            session.commit()

    def unclaim_contacts(self, takeover: TakeoverView) -> None:
        """The contacts could not be sent: the crisis is pending again, for the next sweep."""
        with Session(self.engine) as session:
            session.execute(
                update(Takeover)
                .where(Takeover.id == takeover.id, Takeover.ended_at.is_(None), Takeover.crisis_at.is_(None))
                .values(crisis_at=takeover.crisis_at, alert_severity=takeover.alert_severity)
                .execution_options(synchronize_session=False)
            )
            session.commit()

    def due_idle(self, idle: timedelta) -> list[TakeoverView]:
        """Active takeovers where the worker has said nothing for `idle`."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(Takeover).where(
                    Takeover.ended_at.is_(None),
                    func.coalesce(Takeover.last_worker_at, Takeover.started_at) <= self.clock() - idle,
                )
            ).scalars()
            return [_view(r) for r in rows]

    def due_closed(self) -> list[TakeoverView]:
        """Active takeovers whose worker no longer holds the case (resolved, released, a lead
        took it back, the worker's account was closed): the chat goes back to the bot."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(Takeover).join(Case, Case.id == Takeover.case_id)
                .where(Takeover.ended_at.is_(None),
                       or_(Case.status != "claimed", Case.assignee_id.is_(None),
                           Case.assignee_id != Takeover.worker_id))
            ).scalars()
            return [_view(r) for r in rows]


_shared: PerUrl[TakeoverStore] = PerUrl(lambda url: TakeoverStore(url))


def shared_store() -> TakeoverStore:
    """This process's store for the configured triage database (TRIAGE_DB_URL), made on
    first use: for the Rasa server's side of takeovers (crisis alerts, "is typing")."""
    return _shared.get(resolve_url(None))
