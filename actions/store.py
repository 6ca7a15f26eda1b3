"""One offer store per action-server process, created on first use (not at import)."""
from __future__ import annotations

import asyncio
from datetime import datetime
from functools import lru_cache
from typing import Any, Callable, TypeVar

from offers.hours import LONDON
from offers.store import OfferStore
from offers.types import Contacts

T = TypeVar("T")


@lru_cache(maxsize=1)
def offer_store() -> OfferStore:
    return OfferStore()  # OFFERS_DB_URL or the SQLite default


async def query(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking store call in a worker thread."""
    return await asyncio.to_thread(fn, *args, **kwargs)


async def contacts_now(authority_key: str) -> Contacts:
    """The authority's contacts with office-hours logic for this moment in London."""
    return await query(offer_store().contacts, authority_key, datetime.now(LONDON))
