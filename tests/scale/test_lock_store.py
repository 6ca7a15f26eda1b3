"""bot/rasa/lock_store.py: Rasa's conversation locks, in memory or in Redis by LOCK_STORE_URL."""
from __future__ import annotations

import threading

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.shared.exceptions import ConnectionException
from rasa.utils.endpoints import EndpointConfig

from bot.rasa.lock_store import EnvLockStore
from tests.support.redis import redis_url  # noqa: F401 (session fixture)


def test_in_memory_without_the_variable(monkeypatch) -> None:
    monkeypatch.delenv("LOCK_STORE_URL", raising=False)
    store = LockStore.create(EndpointConfig(type="bot.rasa.lock_store.EnvLockStore"))  # as endpoints.yml says
    assert isinstance(store, EnvLockStore) and isinstance(store.inner, InMemoryLockStore)


def test_redis_with_the_variable(monkeypatch, redis_url) -> None:  # noqa: F811
    monkeypatch.setenv("LOCK_STORE_URL", redis_url)
    store = LockStore.create(EndpointConfig(type="bot.rasa.lock_store.EnvLockStore"))
    assert isinstance(store.inner, RedisLockStore) and store.shared
    ticket = store.issue_ticket("conv-1")
    assert store.get_lock("conv-1").is_locked(ticket + 1)
    store.cleanup("conv-1", ticket)
    assert store.get_lock("conv-1") is None


def test_a_wrong_address_stops_start_up_with_a_clear_error() -> None:
    with pytest.raises(ConnectionException) as error:
        EnvLockStore(url="redis://:very-secret@127.0.0.1:1/0")
    assert "LOCK_STORE_URL" in str(error.value) and "very-secret" not in str(error.value)


def test_two_processes_never_get_the_same_ticket(redis_url) -> None:  # noqa: F811
    """Two Rasa servers taking tickets for one conversation at the same moment (here two
    stores, as two processes would have, on threads) get distinct ticket numbers."""
    stores = [EnvLockStore(url=redis_url), EnvLockStore(url=redis_url)]
    tickets: list[int] = []
    guard = threading.Lock()
    start = threading.Barrier(4)

    def take(store: EnvLockStore) -> None:
        start.wait()
        for _ in range(50):
            ticket = store.issue_ticket("conv-race", lock_lifetime=60)
            with guard:
                tickets.append(ticket)

    threads = [threading.Thread(target=take, args=(s,)) for s in stores * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(tickets) == 200 and len(set(tickets)) == 200
