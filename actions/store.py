"""One offer store per action-server process, created on first use (not at import).

The offers change only when `python -m offers load` runs, yet nearly every message asks
the store something, often three or four things (the council's entry, the national one,
the contacts). Each was a PostgreSQL round trip, and together they were most of an offer
answer's time (py-spy during `make bench`). So the actions read through `RememberingStore`:
each answer is kept for a minute, and a reload is seen within that minute.
"""
from __future__ import annotations

import asyncio
import threading
import time
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable, TypeVar

from cachetools import TTLCache
from cachetools.keys import hashkey

from offers.hours import LONDON
from offers.store import OfferStore
from offers.types import Authority, Contacts, Offer, Service

T = TypeVar("T")
REMEMBER_SECONDS = 60


class RememberingStore:
    """The offer store's read calls the actions make, each answer kept REMEMBER_SECONDS.

    Answers are frozen dataclasses; lists are copied out, so a caller that sorts or
    filters one in place can't change what the next caller gets. Errors (an unknown
    council) are not kept. Message text is never a key: free-text council names are
    resolved with tables read once a minute (`OfferStore.authority_resolver`).
    """

    def __init__(self, store: OfferStore, timer: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._cache: TTLCache = TTLCache(maxsize=2048, ttl=REMEMBER_SECONDS, timer=timer)
        self._lock = threading.Lock()  # the actions call the store from worker threads

    def _remember(self, name: str, fn: Callable[..., Any], *args: Any) -> Any:
        key = hashkey(name, *args)
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        value = fn(*args)
        with self._lock:
            self._cache[key] = value
        return value

    def forget(self) -> None:
        with self._lock:
            self._cache.clear()

    def authority(self, key: str) -> Authority:
        return self._remember("authority", self.store.authority, key)

    def authorities(self) -> list[Authority]:
        return list(self._remember("authorities", self.store.authorities))

    def resolve_authority(self, text: str) -> list[Authority]:
        return self._remember("resolver", self.store.authority_resolver)(text)

    def offer_for(self, authority: str, topic: str) -> Offer | None:
        return self._remember("offer_for", self.store.offer_for, authority, topic)

    def offers_for(self, authority: str, category: str | None = None) -> list[Offer]:
        return list(self._remember("offers_for", self.store.offers_for, authority, category))

    def national(self, topic: str) -> Offer | None:
        return self._remember("national", self.store.national, topic)

    def compare(self, topic: str) -> list[tuple[Authority, Offer | None]]:
        return list(self._remember("compare", self.store.compare, topic))

    def services(self, topic_or_need: str | None = None, authority: str | None = None) -> list[Service]:
        # A need in the user's own words is not kept: it may be their message.
        if topic_or_need is not None and not _is_topic(topic_or_need):
            return self.store.services(topic_or_need, authority)
        return list(self._remember("services", self.store.services, topic_or_need, authority))

    def contacts(self, authority: str, at: datetime | None = None) -> Contacts:
        """Kept per minute: opening hours and bank holidays are whole minutes and days."""
        minute = (at or datetime.now(LONDON)).replace(second=0, microsecond=0)
        return self._remember("contacts", self.store.contacts, authority, minute)


def _is_topic(text: str) -> bool:
    from offers import vocabulary

    return vocabulary.is_topic(text)


@lru_cache(maxsize=1)
def offer_store() -> RememberingStore:
    return RememberingStore(OfferStore())  # OFFERS_DB_URL or the SQLite default


async def query(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking store call in a worker thread."""
    return await asyncio.to_thread(fn, *args, **kwargs)


async def contacts_now(authority_key: str) -> Contacts:
    """The authority's contacts with office-hours logic for this moment in London."""
    return await query(offer_store().contacts, authority_key, datetime.now(LONDON))


def authority(key: str) -> Authority:
    return offer_store().authority(key)


def services_for(authority_key: str | None) -> list[Service]:
    """Services a council's care leavers can use (national ones too), or all of them."""
    return offer_store().services(None, authority_key)
