"""aiohttp 3.9 (pinned by Rasa 3.6) inflates a request body sent with `Content-Encoding`
before its size cap applies, so a small deflate bomb cost the web app a burst of memory
and CPU (docs/security-advisories.md). No browser compresses what it sends, so the web app
takes bodies as they come: a compressed one is just bytes that don't parse."""
from __future__ import annotations

import resource
import zlib

import aiohttp

BOMB_MB = 300


def _bomb() -> bytes:
    inflater = zlib.compressobj(9)
    chunk = b"a" * (1024 * 1024)
    return b"".join(inflater.compress(chunk) for _ in range(BOMB_MB)) + inflater.flush()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def test_a_deflate_bomb_is_not_inflated(server, monkeypatch):
    bomb = _bomb()
    assert len(bomb) < 400 * 1024  # about 300 KB on the wire
    from aiohttp.http_parser import DeflateBuffer

    inflated: list[int] = []
    real_feed = DeflateBuffer.feed_data
    monkeypatch.setattr(DeflateBuffer, "feed_data",
                        lambda self, chunk, size: inflated.append(size) or real_feed(self, chunk, size))
    before = _peak_mb()
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.post(server.make_url("/duty/login"), data=bomb,
                                headers={"Content-Encoding": "deflate",
                                         "Content-Type": "application/x-www-form-urlencoded"}) as response:
            status = response.status
        # The server still answers.
        async with session.get(server.make_url("/healthz")) as health:
            assert health.status == 200
    grew = _peak_mb() - before
    assert 400 <= status < 500
    # Before: it inflated the whole 300 MB (about 1 s of CPU, and a burst of memory).
    assert inflated == [], "aiohttp inflated the body"
    assert grew < 50, f"peak memory grew {grew:.0f} MB"
