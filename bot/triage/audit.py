"""The audit log: who signed in, looked at, claimed, resolved or deleted what, and when."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.triage.database import TriageDatabase
from bot.triage.models import AuditEntry


class AuditLog(TriageDatabase):
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
