"""The duty queue: one page of the cases a worker can see, filtered, in the order that puts
a new crisis at the top.

Order: unclaimed before claimed, then most severe first, then newest first (a case raised a
minute ago must never sit 200 rows down, under cases that have waited all night and that
someone is already looking at). Resolved cases are not in the queue.

Each half of the queue (unclaimed: status "open"; claimed) is one query on
`ix_cases_queue_newest` (status, severity_rank, created_at DESC, id DESC), which returns
its rows already in order: a page is a LIMIT/OFFSET into the unclaimed half, then into the
claimed half, and the database never sorts the whole table.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.triage.cases import CaseStore, CaseView
from bot.triage.models import SEVERITY_RANK, Case

PER_PAGE = 25


@dataclass(frozen=True)
class QueueFilters:
    """What the worker asked to see (all None/False: every open case they can see)."""

    severity: Optional[str] = None  # one of SEVERITIES
    council: Optional[str] = None  # an authority key they can see ("unknown" too)
    mine: bool = False  # claimed by this worker
    unclaimed: bool = False  # waiting for someone to claim it (with `mine`: either)

    @property
    def any(self) -> bool:
        return bool(self.severity or self.council or self.mine or self.unclaimed)


@dataclass(frozen=True)
class QueuePage:
    cases: tuple[CaseView, ...]
    total: int  # cases matching the filters, on every page
    page: int  # 1-based, clamped to the pages there are
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        """The 1-based position of the first case on this page (0 when there are none)."""
        return (self.page - 1) * self.per_page + 1 if self.cases else 0

    @property
    def last(self) -> int:
        return self.first + len(self.cases) - 1 if self.cases else 0


class CaseQueue(CaseStore):
    @staticmethod
    def _half(query, status: str, visible: list[str], filters: QueueFilters, worker_id: Optional[int]):
        """`query` limited to one half of the queue (status "open" or "claimed") and the filters."""
        query = query.where(Case.status == status, Case.authority.in_(visible))
        if filters.severity in SEVERITY_RANK:
            query = query.where(Case.severity_rank == SEVERITY_RANK[filters.severity])
        if status == "claimed" and filters.mine:
            query = query.where(Case.assignee_id == worker_id)
        return query

    def page_query(self, status: str, visible: list[str], filters: QueueFilters = QueueFilters(),
                   worker_id: Optional[int] = None, limit: int = PER_PAGE, offset: int = 0):
        """The SELECT for `limit` cases of one half from `offset`, in queue order (read
        straight off ix_cases_queue_newest: tests/triage/test_queue.py checks the plans)."""
        return (
            self._half(self._case_query(), status, visible, filters, worker_id)
            .order_by(Case.severity_rank, Case.created_at.desc(), Case.id.desc())
            .limit(limit)
            .offset(offset)
        )

    def queue_page(self, visible: Iterable[str], worker_id: Optional[int] = None,
                   filters: QueueFilters = QueueFilters(), page: int = 1,
                   per_page: int = PER_PAGE) -> QueuePage:
        """One page of the queue for a worker who can see `visible` authorities."""
        visible = list(visible)
        if filters.council:
            visible = [a for a in visible if a == filters.council]
        per_page = max(1, per_page)
        halves = []  # statuses in queue order, as the filters allow
        if filters.unclaimed or not filters.mine:
            halves.append("open")
        if (filters.mine and worker_id is not None) or not (filters.unclaimed or filters.mine):
            halves.append("claimed")
        with Session(self.engine) as session:
            counts = {
                status: session.execute(
                    self._half(select(func.count(Case.id)), status, visible, filters, worker_id)
                ).scalar() or 0
                for status in halves
            }
            total = sum(counts.values())
            pages = max(1, -(-total // per_page))
            page = min(max(1, page), pages)
            offset = (page - 1) * per_page
            wanted = per_page
            cases: list[CaseView] = []
            for status in halves:
                if wanted <= 0:
                    break
                if offset >= counts[status]:
                    offset -= counts[status]
                    continue
                query = self.page_query(status, visible, filters, worker_id, wanted, offset)
                rows = [self._case_view(c, name) for c, name in session.execute(query)]
                cases += rows
                wanted -= len(rows)
                offset = 0
        return QueuePage(tuple(cases), total, page, per_page)
