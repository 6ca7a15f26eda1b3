"""One offer store per action-server process, created on first use (not at import)."""
from __future__ import annotations

import asyncio
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable, TypeVar

from cachetools import TTLCache, cached

from offers.hours import LONDON
from offers.store import OfferStore
from offers.types import Authority, Contacts, Service

T = TypeVar("T")
# Authorities and services change only when `python -m offers load` runs; a minute's
# memory saves a database round trip or two on every message, and a reload is seen
# within that minute. Every lookup is cached (a missing key raises, so isn't).
REMEMBER_SECONDS = 60


@lru_cache(maxsize=1)
def offer_store() -> OfferStore:
    return OfferStore()  # OFFERS_DB_URL or the SQLite default


async def query(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking store call in a worker thread."""
    return await asyncio.to_thread(fn, *args, **kwargs)


async def contacts_now(authority_key: str) -> Contacts:
    """The authority's contacts with office-hours logic for this moment in London."""
    return await query(offer_store().contacts, authority_key, datetime.now(LONDON))


@cached(TTLCache(maxsize=64, ttl=REMEMBER_SECONDS))
def authority(key: str) -> Authority:
    return offer_store().authority(key)


@cached(TTLCache(maxsize=64, ttl=REMEMBER_SECONDS))
def services_for(authority_key: str | None) -> list[Service]:
    """Services a council's care leavers can use (national ones too), or all of them."""
    return offer_store().services(None, authority_key)
