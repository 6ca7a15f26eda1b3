"""Benchmarks: `make bench` (`python -m bench`) measures speed and memory and writes BENCHMARKS.md.

- `bench/__main__.py`  the full run: REST latency and throughput, crisis and offer latency,
  the `rasa init` floor, memory, `rasa train` time, and a load test on two Rasa servers.
- `bench/load.py`      bounded REST load and the tracker-store check (tests/scale uses it).
- `bench/offers_bench.py`, `bench/crisis_bench.py`  the offer store and crisis detector alone.
"""
