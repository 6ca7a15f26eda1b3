"""Closed triage cases past retention keep only the duty record (bot.privacy.purge)."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.handoff.models import Takeover
from bot.triage.cases import NOTE_REMOVED
from bot.triage.database import TriageDatabase
from bot.triage.models import Case, CaseEvent


def pseudonymise_resolved(
    store: TriageDatabase, before: datetime, pseudonym: Callable[[str], str], *, dry_run: bool = False
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
        with Session(store.engine) as session:
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
                # A takeover of the case keeps who and when, not the conversation id.
                for takeover in session.execute(
                    select(Takeover).where(Takeover.case_id.in_(ids), Takeover.ended_at.is_not(None))
                ).scalars():
                    takeover.sender_id = pseudonym(takeover.sender_id)
                session.commit()
