"""One offer store per action-server process, created on first use (not at import)."""
from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any, Callable, TypeVar

from offers.store import OfferStore

T = TypeVar("T")


@lru_cache(maxsize=1)
def offer_store() -> OfferStore:
    return OfferStore()  # OFFERS_DB_URL or the SQLite default


async def query(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking store call in a worker thread."""
    return await asyncio.to_thread(fn, *args, **kwargs)
