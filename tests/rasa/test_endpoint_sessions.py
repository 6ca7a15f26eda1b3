"""bot.rasa.speedups keeps one aiohttp session per endpoint and event loop, so calls to the
action server reuse a connection instead of opening one each (tests/rasa/contracts.yml pins
the Rasa source this relies on; every REST test in the suite goes through it)."""
from __future__ import annotations

import asyncio

from aiohttp import web

import bot.rasa
from rasa.utils.endpoints import EndpointConfig


async def _sessions_in_one_loop(config: EndpointConfig) -> tuple:
    async with config.session() as first:
        pass
    async with config.session() as second:
        pass
    return first, second, first.closed


def test_one_session_per_endpoint_and_loop_left_open_between_requests() -> None:
    bot.rasa.install("rasa")
    config = EndpointConfig("http://127.0.0.1:1/webhook")
    first, second, closed = asyncio.run(_sessions_in_one_loop(config))
    assert first is second and not closed
    again, _, _ = asyncio.run(_sessions_in_one_loop(config))
    assert again is not first  # a session belongs to the loop that made it
    other, _, _ = asyncio.run(_sessions_in_one_loop(EndpointConfig("http://127.0.0.1:2/webhook")))
    assert other is not again


async def _two_requests_one_connection() -> tuple:
    peers: list = []

    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"echo": await request.json()})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        config = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        first = await config.request(json={"text": "café / 😂", "n": 1.5})
        second = await config.request(json={"events": [1, 2]})
    finally:
        await runner.cleanup()
    return first, second, peers


def test_calls_reuse_one_connection_and_send_the_same_json() -> None:
    bot.rasa.install("rasa")
    first, second, peers = asyncio.run(_two_requests_one_connection())
    assert first == {"echo": {"text": "café / 😂", "n": 1.5}}
    assert second == {"echo": {"events": [1, 2]}}
    assert len(peers) == 2 and peers[0] == peers[1]  # the same client port: one connection
