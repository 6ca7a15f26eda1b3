"""Latency of `OfferStore.offer_for` on SQLite and on a throwaway PostgreSQL server.

Usage: .venv/bin/python bench/offers_bench.py [--calls N]

Loads the real data into a temporary SQLite file and into a private PostgreSQL server
(harness/postgres.py), then times `offer_for` over every (authority, topic) pair,
repeated, in a fixed shuffled order. Prints p50/p95/p99 in milliseconds.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from offers import loader, vocabulary  # noqa: E402
from offers.store import OfferStore  # noqa: E402
from harness.postgres import throwaway_postgres  # noqa: E402

AUTHORITIES = ["north_northamptonshire", "west_northamptonshire", "derby_city", "national"]


def measure(url: str, calls: int) -> dict[str, float]:
    loader.load(url)
    store = OfferStore(url)
    pairs = [(a, t.key) for a in AUTHORITIES for t in vocabulary.TOPICS]
    rng = random.Random(42)
    for authority, topic in pairs[:50]:   # warm up the connection pool
        store.offer_for(authority, topic)
    timings = []
    for _ in range(calls):
        authority, topic = rng.choice(pairs)
        start = time.perf_counter()
        store.offer_for(authority, topic)
        timings.append((time.perf_counter() - start) * 1000)
    store.close()
    timings.sort()
    pct = lambda p: timings[min(len(timings) - 1, int(p / 100 * len(timings)))]  # noqa: E731
    return {"p50": statistics.median(timings), "p95": pct(95), "p99": pct(99), "calls": calls}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["SQLite"] = measure(f"sqlite:///{Path(folder) / 'bench.db'}", args.calls)
    with throwaway_postgres("offers_bench") as url:
        results["PostgreSQL"] = measure(url, args.calls)
    print(f"offer_for latency over {args.calls} calls (ms)")
    print(f"{'backend':<12}{'p50':>8}{'p95':>8}{'p99':>8}")
    for backend, r in results.items():
        print(f"{backend:<12}{r['p50']:>8.3f}{r['p95']:>8.3f}{r['p99']:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
