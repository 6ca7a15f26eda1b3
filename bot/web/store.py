"""The dashboard's one handle on the triage database: cases, the audit log and duty workers'
accounts over one engine and one clock.

Each part is its own store, doing one job: `bot.triage.cases.CaseStore` (with the
dashboard's queue, `bot.triage.queue.CaseQueue`),
`bot.triage.audit.AuditLog` and `bot.web.accounts.AccountStore` (pseudonymising closed
cases is privacy's: `bot.privacy.cases`). Code that needs one part takes that one (raising
a case: CaseStore; `python -m bot add-worker`: AccountStore); the dashboard, which needs
all three, holds this.
"""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from argon2 import PasswordHasher

from bot.triage.audit import AuditLog
from bot.triage.queue import CaseQueue
from bot.triage.models import utcnow
from bot.web.accounts import AccountStore


class TriageStore(CaseQueue, AuditLog, AccountStore):
    def __init__(self, url: str | None = None, *, clock: Callable[[], datetime] = utcnow,
                 hasher: PasswordHasher | None = None, create: bool = True) -> None:
        AccountStore.__init__(self, url, clock=clock, hasher=hasher, create=create)
