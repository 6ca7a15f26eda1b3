"""Concurrent claims: however many workers press "Claim" at once, exactly one wins."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.triage.authorities import visible_authorities
from tests.triage.helpers import PASSWORD, make_store

WORKERS = 8
CASES = 10
VISIBLE = visible_authorities(["derby_city"])


def race(url: str) -> None:
    # Each worker has its own store (engine and connections), like separate web processes.
    setup = make_store(url)
    workers = [setup.add_worker(f"worker{i}", PASSWORD, ["derby_city"]).id for i in range(WORKERS)]
    cases = [setup.raise_case("crisis", "suicidal", "derby_city", "rest", f"u{i}") for i in range(CASES)]
    stores = [make_store(url) for _ in range(WORKERS)]
    try:
        for case_id in cases:
            barrier = threading.Barrier(WORKERS)

            def claim(index: int):  # called within this iteration (pool.map below)
                barrier.wait()  # noqa: B023
                return stores[index].claim(case_id, workers[index], VISIBLE)  # noqa: B023

            with ThreadPoolExecutor(WORKERS) as pool:
                results = list(pool.map(claim, range(WORKERS)))
            winners = [workers[i] for i, r in enumerate(results) if r.ok]
            assert len(winners) == 1, results
            assert all(r.reason == "taken" for r in results if not r.ok), results
            case = setup.get_case(case_id)
            assert case.status == "claimed" and case.assignee_id == winners[0]
            claimed_events = [e for e in setup.events(case_id) if e.kind == "claimed"]
            assert len(claimed_events) == 1
    finally:
        for s in stores + [setup]:
            s.dispose()


def test_concurrent_claims_sqlite(tmp_path):
    race(f"sqlite:///{tmp_path / 'race.db'}")


@pytest.mark.postgres
def test_concurrent_claims_postgres(triage_pg_url):
    race(triage_pg_url)
