"""Crisis detector cost per message (µs): mean, median and p95 over the test sets.

    .venv/bin/python bench/crisis_bench.py [--repeat N] [--spacy]

Target (docs/contracts.md, "microseconds per message"): mean < 200 µs without spaCy.
--spacy also times the lemma layer on docs from a blank English pipeline (the doc is
built outside the timer: in Rasa, SpacyNLP has already made it).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.crisis import detect, normalise  # noqa: E402
from bot.crisis.distress import check  # noqa: E402
from bot.crisis.languages import identify  # noqa: E402
from bot.crisis import meaning  # noqa: E402

SETS = [ROOT / "tests/crisis/crisis_set.yml", ROOT / "tests/crisis/crisis_holdout_round6.yml"]


def texts() -> list[str]:
    out: list[str] = []
    for path in SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out += [i["text"] for i in data["crisis"] + data["urgent"]] + list(data["negative"])
    return out


def timings(fn: Callable[[Any], Any], items: Iterable[Any], repeat: int) -> list[float]:
    """Per-call cost in µs of this thread's CPU time (other processes on a busy machine
    don't inflate it; wall-clock would)."""
    items = list(items)
    for item in items[:50]:
        fn(item)  # warm caches
    per_item: list[float] = []
    clock = time.thread_time_ns
    for _ in range(repeat):
        for item in items:
            start = clock()
            fn(item)
            per_item.append((clock() - start) / 1000)
    return per_item


def wall_mean(fn: Callable[[Any], Any], items: list[Any], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            fn(item)
    return (time.perf_counter() - start) / (repeat * len(items)) * 1e6


def detect_afresh(text: str, doc: Any = None) -> Any:
    """The detector's whole work on each call (it remembers texts it has judged)."""
    return detect(text, doc, remember=False)


def meaning_afresh(text: str) -> Any:
    """The meaning check's whole work on each call (it remembers texts it has scored)."""
    return meaning.risk.__wrapped__(text)


def word_risk_afresh(text: str) -> Any:
    """The n-gram reader's whole work on each call."""
    return meaning.word_risk.__wrapped__(text)


def check_afresh(text: str) -> Any:
    """The second tier's whole work on each call: both meaning scores computed again."""
    remembered = {"risk": meaning.risk, "word_risk": meaning.word_risk}
    for name, fn in remembered.items():
        setattr(meaning, name, fn.__wrapped__)
    try:
        return check(text)
    finally:
        for name, fn in remembered.items():
            setattr(meaning, name, fn)


def summary(name: str, us: list[float]) -> str:
    us_sorted = sorted(us)
    p95 = us_sorted[int(0.95 * (len(us_sorted) - 1))]
    return (
        f"{name:<28} mean {statistics.fmean(us):7.1f} µs   median "
        f"{statistics.median(us):7.1f} µs   p95 {p95:7.1f} µs   max {us_sorted[-1]:8.1f} µs"
    )


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--spacy", action="store_true", help="also time the lemma layer")
    args = parser.parse_args(argv)

    items = texts()
    print(f"{len(items)} messages x {args.repeat} runs; CPU time per call (thread_time)")
    print(summary("normalise()", timings(normalise, items, args.repeat)))
    print(summary("detect(text)", timings(detect_afresh, items, args.repeat)))
    print(summary("languages.identify(text)", timings(identify, items, args.repeat)))
    print(summary("distress.check(text)", timings(check_afresh, items, args.repeat)))
    print(summary("meaning.risk(text)", timings(meaning_afresh, items, args.repeat)))
    print(summary("meaning.word_risk(text)", timings(word_risk_afresh, items, args.repeat)))
    print(f"{'detect(text), wall clock':<28} mean {wall_mean(detect_afresh, items, args.repeat):7.1f} µs"
          f"   (includes waiting for the CPU on a busy machine)")
    if args.spacy:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        docs = [(t, nlp(t)) for t in items]
        with_doc = timings(lambda pair: detect_afresh(pair[0], doc=pair[1]), docs, args.repeat)
        print(summary("detect(text, doc=spaCy)", with_doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
