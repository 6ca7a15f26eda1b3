"""Bounded load over the REST channel, and the check that nothing was lost.

`run_load(urls, conversations, seconds)` keeps that many conversations going at once for
that long (loopback addresses only): each sends the turns of a scripted conversation,
waiting for each reply before the next turn and spreading its turns over `urls`
(alternately, so one conversation moves between Rasa servers); when the script is done,
a new conversation (a new sender) takes its place, as a new user would. `check_stored(result,
events)` then holds the tracker store to it: every message that got a 200 is stored
exactly once, in order, with at least one bot reply after it.

Used by tests/scale (short, in CI) and by `make bench` (longer).
"""
from __future__ import annotations

import asyncio
import math
import statistics
import time
import uuid
from dataclasses import dataclass, field
from typing import Iterable, Sequence
from urllib.parse import urlsplit

# A conversation a care leaver might have; every turn gets at least one reply.
SCRIPT: tuple[str, ...] = (
    "hi",
    "how much is the setting up home allowance",
    "derby",
    "do i have to pay council tax",
    "can i get help with driving lessons",
    "what can you do",
    "actually im from west northants",
    "is there a bursary for university",
    "can i get help with driving lessons",
    "who won the football last night",
    "bye",
)


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


@dataclass
class Turn:
    sender: str
    text: str
    url: str
    status: int
    replies: int
    ms: float


@dataclass
class LoadResult:
    conversations: int
    seconds: float
    turns: list[Turn] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> list[Turn]:
        return [t for t in self.turns if t.status == 200]

    @property
    def senders(self) -> list[str]:
        return sorted({t.sender for t in self.turns})

    def latencies(self) -> list[float]:
        return [t.ms for t in self.ok]

    def summary(self) -> dict[str, float]:
        ms = self.latencies()
        return {
            "sent": len(self.turns), "ok": len(self.ok), "p50": percentile(ms, 50),
            "p95": percentile(ms, 95), "max": max(ms) if ms else float("nan"),
            "mean": statistics.fmean(ms) if ms else float("nan"),
            "per_second": len(self.ok) / self.seconds if self.seconds else 0.0,
        }


def _loopback_only(urls: Iterable[str]) -> list[str]:
    urls = list(urls)
    for url in urls:
        if urlsplit(url).hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"load is only ever sent to this machine, not {url}")
    return urls


async def _conversation(session, urls: list[str], prefix: str, script: Sequence[str], stop_at: float,
                        think: float, offset: int, result: LoadResult, timeout: float) -> None:
    import aiohttp

    i = 0
    while time.monotonic() < stop_at:
        sender = f"{prefix}-{i // len(script)}"
        text = script[i % len(script)]
        url = urls[(i + offset) % len(urls)]
        start = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text},
                                    timeout=aiohttp.ClientTimeout(total=timeout)) as reply:
                body = await reply.json(content_type=None)
                status = reply.status
        except (asyncio.TimeoutError, aiohttp.ClientError, ValueError) as error:
            result.errors.append(f"{type(error).__name__}: {error}")
            status, body = 0, []
        ms = (time.perf_counter() - start) * 1000
        result.turns.append(Turn(sender, text, url, status, len(body) if isinstance(body, list) else 0, ms))
        i += 1
        if think:
            await asyncio.sleep(think)


async def run_load_async(urls: Sequence[str], conversations: int, seconds: float, *,
                         script: Sequence[str] = SCRIPT, think: float = 0.0, timeout: float = 60,
                         prefix: str = "load") -> LoadResult:
    import aiohttp

    urls = _loopback_only(urls)
    run = uuid.uuid4().hex[:8]
    result = LoadResult(conversations, seconds)
    connector = aiohttp.TCPConnector(limit=max(conversations * 2, 10))
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.monotonic()
        stop_at = start + seconds
        await asyncio.gather(*[
            _conversation(session, urls, f"{prefix}-{run}-{n}", script, stop_at, think, n, result, timeout)
            for n in range(conversations)
        ])
        result.seconds = time.monotonic() - start
    return result


def run_load(urls: Sequence[str], conversations: int, seconds: float, **kwargs) -> LoadResult:
    return asyncio.run(run_load_async(urls, conversations, seconds, **kwargs))


@dataclass
class StoredCheck:
    sent: int = 0           # messages that got a 200 (the bot took them)
    refused: int = 0        # messages that did not (rate limit, errors)
    stored: int = 0         # user messages found in the tracker store for these senders
    replied: int = 0        # stored user messages followed by at least one bot message
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.sent == self.stored == self.replied


def check_stored(result: LoadResult, events: dict[str, list[dict]], name=lambda s: s) -> StoredCheck:
    """`events`: the tracker store's events per sender, in stored order. `name` turns a
    sender id into what may be printed (the benchmark pseudonymises them)."""
    check = StoredCheck()
    for sender in result.senders:
        turns = [t for t in result.turns if t.sender == sender]
        sent = [t.text for t in turns if t.status == 200]
        check.sent += len(sent)
        check.refused += len(turns) - len(sent)
        stored_events = events.get(sender, [])
        users = [i for i, e in enumerate(stored_events) if e.get("event") == "user"]
        stored = [stored_events[i].get("text") for i in users]
        check.stored += len(stored)
        if stored != sent:
            check.problems.append(f"{name(sender)}: sent {len(sent)} messages, stored {len(stored)}, "
                                  f"first difference at {_first_difference(sent, stored)}")
        bounds = users[1:] + [len(stored_events)]
        for start, end in zip(users, bounds):
            if any(e.get("event") == "bot" for e in stored_events[start + 1:end]):
                check.replied += 1
            else:
                check.problems.append(f"{name(sender)}: no bot reply stored after message "
                                      f"{users.index(start) + 1}")
        no_reply = [t for t in turns if t.status == 200 and t.replies == 0]
        if no_reply:
            check.problems.append(f"{name(sender)}: {len(no_reply)} HTTP replies were empty")
    return check


def _first_difference(a: list, b: list) -> int:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))
