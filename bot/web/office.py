"""Whether an authority's leaving-care office is open now, from the offer store.

The offer store is optional here: it is imported lazily, and any failure (not installed
yet, no data, unknown authority) reads as "Not known". Answers are cached for a minute.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Any, Callable, Optional

from bot.triage.authorities import UNKNOWN
from offers.hours import LONDON

log = logging.getLogger(__name__)

OPEN, CLOSED, NOT_KNOWN = "Open", "Closed", "Not known"


class OfficeHours:
    def __init__(self, offers_db_url: str | None = None, *, ttl: float = 60.0,
                 lookup: Optional[Callable[[str, datetime], Optional[bool]]] = None) -> None:
        self.offers_db_url = offers_db_url
        self.ttl = ttl
        self._lookup = lookup
        self._store: Any = None  # an OfferStore, made on first use
        self._cache: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def _default_lookup(self, authority: str, at: datetime) -> Optional[bool]:
        if self._store is None:
            from offers.store import OfferStore  # lazy: the offer store may not exist yet

            self._store = OfferStore(self.offers_db_url) if self.offers_db_url else OfferStore()
        office_open = self._store.contacts(authority, at).office_open
        return None if office_open is None else bool(office_open)  # None: no opening hours known

    def status(self, authority: str, at: datetime | None = None) -> str:
        """'Open', 'Closed' or 'Not known' (now, or at `at`). Blocks: call from a thread."""
        if not authority or authority == UNKNOWN:
            return NOT_KNOWN
        now = time.monotonic()
        if at is None:
            with self._lock:
                cached = self._cache.get(authority)
                if cached and now - cached[0] < self.ttl:
                    return cached[1]
        try:
            lookup = self._lookup or self._default_lookup
            is_open = lookup(authority, at or datetime.now(LONDON))
            answer = NOT_KNOWN if is_open is None else (OPEN if is_open else CLOSED)
        except Exception as exc:  # noqa: BLE001 - the offer store is optional
            log.debug("office hours for %s not known: %s", authority, exc)
            answer = NOT_KNOWN
        if at is None:
            with self._lock:
                self._cache[authority] = (now, answer)
        return answer

    def statuses(self, authorities) -> dict[str, str]:
        return {key: self.status(key) for key in set(authorities)}
