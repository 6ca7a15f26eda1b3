"""Rasa's conversation lock store, chosen by `LOCK_STORE_URL` (endpoints.yml names this class).

Rasa holds a lock per conversation while it handles a message, so two messages of one
conversation are never handled at once. With one Rasa process an in-memory lock is
enough; with several processes sharing the tracker store the lock must be shared too, in
Redis. endpoints.yml can't say "Redis only when a variable is set" (a missing ${VAR} is an
error there), so it names this class, which reads the environment:

- `LOCK_STORE_URL` unset or empty: Rasa's `InMemoryLockStore` (one Rasa process).
- `LOCK_STORE_URL=redis://[:password@]host:6379/1` (or `rediss://` for TLS): Rasa's
  `RedisLockStore` on that server, checked at start-up so a wrong address stops Rasa
  with a clear error instead of failing the first message. `LOCK_STORE_KEY_PREFIX`
  (letters and digits) separates several assistants sharing one Redis.

With Redis, every read-modify-write of a conversation's lock (issuing a ticket, finishing
one) happens under a short Redis mutex: Rasa's own RedisLockStore reads, changes and writes
back the lock without one, so two servers taking a ticket for the same conversation at the
same moment could both get the same number and handle two messages at once.
"""
from __future__ import annotations

import contextlib
import logging
from typing import Any, Iterator, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import (
    LOCK_LIFETIME,
    InMemoryLockStore,
    LockError,
    LockStore,
    RedisLockStore,
)
from rasa.shared.exceptions import ConnectionException

from bot.settings import Settings

log = logging.getLogger(__name__)

URL_ENV = "LOCK_STORE_URL"
PREFIX_ENV = "LOCK_STORE_KEY_PREFIX"
SOCKET_TIMEOUT = 10  # seconds, as Rasa's default for its Redis lock store
MUTEX_TIMEOUT = 5    # seconds a mutex may be held (a crashed holder frees it after this)


def _redis_store(url: str) -> RedisLockStore:
    import redis

    store = RedisLockStore(key_prefix=Settings.from_env().lock_store_key_prefix or None)
    store.red = redis.StrictRedis.from_url(url, socket_timeout=SOCKET_TIMEOUT)
    try:
        store.red.ping()
    except redis.exceptions.RedisError as error:
        raise ConnectionException(
            f"Cannot reach the Redis lock store at {URL_ENV} ({_safe(url)}): {error}"
        ) from error
    return store


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


class EnvLockStore(LockStore):
    """In-memory or Redis, by `LOCK_STORE_URL` (see the module docstring)."""

    def __init__(self, endpoint_config: Any = None, url: Optional[str] = None) -> None:
        url = (url if url is not None else Settings.from_env().lock_store_url).strip()
        self.inner: LockStore = _redis_store(url) if url else InMemoryLockStore()
        self.shared = bool(url)
        log.info("conversation locks: %s", "Redis" if url else "in memory (one Rasa process)")

    # storage: Rasa's own stores
    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        return self.inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: Text) -> None:
        self.inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.inner.save_lock(lock)

    # read-modify-write steps, under a Redis mutex when the locks are shared
    @contextlib.contextmanager
    def _mutex(self, conversation_id: Text) -> Iterator[None]:
        if not self.shared:
            yield
            return
        store = self.inner
        assert isinstance(store, RedisLockStore)
        mutex = store.red.lock(f"{store.key_prefix}{conversation_id}:mutex",
                               timeout=MUTEX_TIMEOUT, blocking_timeout=MUTEX_TIMEOUT,
                               sleep=0.005)
        if not mutex.acquire():
            raise LockError(f"Could not take the lock mutex for a conversation in {MUTEX_TIMEOUT} s.")
        try:
            yield
        finally:
            with contextlib.suppress(Exception):  # expired meanwhile: nothing to release
                mutex.release()

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            with self._mutex(conversation_id):
                return super().issue_ticket(conversation_id, lock_lifetime)
        except LockError:
            raise
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)
