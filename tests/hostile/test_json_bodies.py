"""bot.rasa.json_bodies: malformed bodies get a 400 with a reason before Rasa's routes run."""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field

import pytest

from bot.rasa import json_bodies

MALFORMED = [b"", b"{", b"[]", b"null", b'"x"', b"\xff\xfe{", b'{"a": ' * 50, b"[" * 50_000]


@dataclass
class FakeRequest:
    method: str
    path: str
    body: bytes
    args: dict = field(default_factory=lambda: {"token": ["t"]})
    headers: dict = field(default_factory=dict)


async def status_of(request: FakeRequest, rules=json_bodies.RASA_API_BODIES, only_with_token=True):
    reply = await json_bodies.middleware(rules, only_with_token=only_with_token)(request)
    return None if reply is None else (reply.status, json.loads(reply.body))


@pytest.mark.parametrize("raw", MALFORMED, ids=range(len(MALFORMED)))
@pytest.mark.parametrize(("method", "path"), [("POST", "/model/parse"), ("POST", "/conversations/a b/messages"),
                                              ("POST", "/conversations/x/trigger_intent"), ("PUT", "/model")])
async def test_malformed_bodies_to_object_routes_get_a_400(method, path, raw) -> None:
    status, body = await status_of(FakeRequest(method, path, raw))
    assert status == 400 and body["error"].startswith("The request body")


async def test_well_formed_bodies_pass_to_rasa() -> None:
    assert await status_of(FakeRequest("POST", "/model/parse", b'{"text": "hi"}')) is None
    assert await status_of(FakeRequest("POST", "/model/predict", b"[]")) is None
    assert await status_of(FakeRequest("POST", "/conversations/x/tracker/events", b'[{"event": "restart"}]')) is None
    assert await status_of(FakeRequest("PUT", "/conversations/x/tracker/events", b"[]")) is None  # replace with none
    assert await status_of(FakeRequest("PUT", "/conversations/x/tracker/events", b'{"event": "restart"}')) is None


async def test_a_body_that_passes_is_parsed_once_for_the_route_too() -> None:
    request = FakeRequest("POST", "/model/parse", b'{"text": "hi", "n": [1, 2]}')
    assert await status_of(request) is None
    assert request.parsed_json == {"text": "hi", "n": [1, 2]}  # what Sanic's request.json returns


async def test_the_reason_names_the_shape_expected() -> None:
    _, body = await status_of(FakeRequest("POST", "/model/predict", b"{}"))
    assert body["error"] == "The request body must be a JSON array."
    _, body = await status_of(FakeRequest("POST", "/conversations/x/tracker/events", b'"x"'))
    assert body["error"] == "The request body must be a JSON object or array."
    status, body = await status_of(FakeRequest("POST", "/conversations/x/tracker/events", b"[]"))
    assert status == 400 and "nothing to do" in body["error"]


async def test_other_routes_and_methods_are_not_touched() -> None:
    for method, path in [("POST", "/webhooks/rest/webhook"), ("GET", "/model/parse"), ("DELETE", "/model"),
                         ("POST", "/model/train"), ("POST", "/conversations/x/predict"), ("POST", "/model/parse/x")]:
        assert await status_of(FakeRequest(method, path, b"{")) is None, (method, path)


async def test_requests_without_a_token_are_left_to_rasas_401() -> None:
    assert await status_of(FakeRequest("POST", "/model/parse", b"{", args={})) is None
    with_header = FakeRequest("POST", "/model/parse", b"{", args={}, headers={"Authorization": "Bearer x"})
    assert (await status_of(with_header))[0] == 400


async def test_the_action_server_webhook_reads_compressed_bodies_too() -> None:
    rules = json_bodies.ACTION_SERVER_BODIES
    good = FakeRequest("POST", "/webhook", zlib.compress(b'{"next_action": "x"}'), args={},
                       headers={"Content-Encoding": "deflate"})
    assert await status_of(good, rules, only_with_token=False) is None
    for raw in (b"not deflate", zlib.compress(b"[]")):
        bad = FakeRequest("POST", "/webhook", raw, args={}, headers={"Content-Encoding": "deflate"})
        assert (await status_of(bad, rules, only_with_token=False))[0] == 400
    assert (await status_of(FakeRequest("POST", "/webhook", b"null", args={}), rules, only_with_token=False))[0] == 400


def test_installing_wraps_each_app_factory_once() -> None:
    import rasa.server
    import rasa_sdk.endpoint

    json_bodies.install_in_rasa()
    json_bodies.install_in_action_server()
    first = rasa.server.create_app, rasa_sdk.endpoint.create_app
    json_bodies.install_in_rasa()
    json_bodies.install_in_action_server()
    assert (rasa.server.create_app, rasa_sdk.endpoint.create_app) == first
    from sanic import Sanic

    app = rasa_sdk.endpoint.create_app("actions")
    try:
        assert any(getattr(m, "__name__", "") == "check_json_body" for m in app.request_middleware)
    finally:
        Sanic._app_registry.pop(app.name, None)  # app names are unique per process


# ------------------------------------------------------------------ compressed body bombs (issue 17, hole 2)

BOMB_INFLATED = 64 * 1024 * 1024


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """~64 KB of deflate that inflates to 64 MB of one JSON string."""
    inflated = b'{"text": "' + b"a" * BOMB_INFLATED + b'"}'
    return zlib.compress(inflated, 9)


async def _measured(request: FakeRequest, **kwargs):
    """The middleware's reply and the peak memory it traced (bytes)."""
    import tracemalloc

    tracemalloc.start()
    try:
        reply = await json_bodies.middleware(**kwargs)(request)
        return reply, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def test_a_bomb_with_a_wrong_token_is_left_to_rasas_401_without_inflating(bomb, monkeypatch) -> None:
    inflated: list[int] = []
    real_inflate = json_bodies.inflate
    monkeypatch.setattr(json_bodies, "inflate", lambda body, limit: inflated.append(1) or real_inflate(body, limit))
    request = FakeRequest("POST", "/model/parse", bomb, args={"token": ["wrong"]},
                          headers={"Content-Encoding": "deflate"})
    reply, peak = await _measured(request, rules=json_bodies.RASA_API_BODIES, only_with_token=True,
                                  token="right")
    assert reply is None  # Rasa's own check answers 401, never reading the body
    assert inflated == [] and peak < 1024 * 1024, (inflated, peak)


@pytest.mark.parametrize("encoding", ["deflate", "gzip", "Deflate"])
async def test_a_bomb_inflates_no_further_than_the_cap_and_gets_a_413(bomb, encoding) -> None:
    import gzip

    body = gzip.compress(zlib.decompress(bomb), 6) if encoding == "gzip" else bomb
    cap = 1024 * 1024
    for rules, with_token, args in [(json_bodies.RASA_API_BODIES, True, {"token": ["right"]}),
                                    (json_bodies.ACTION_SERVER_BODIES, False, {})]:
        path = rules[0][1].pattern
        request = FakeRequest("POST", path, body, args=args, headers={"Content-Encoding": encoding})
        reply, peak = await _measured(request, rules=rules, only_with_token=with_token, token="right",
                                      max_inflated=cap)
        assert reply is not None and reply.status == 413, path
        assert "too big" in json.loads(reply.body)["error"]
        assert peak < 4 * cap, (path, peak)  # it stopped near the cap, not at 64 MB


async def test_inflating_does_not_stall_other_requests(bomb, monkeypatch) -> None:
    """The inflation runs off the event loop: while a bomb is being inflated, another
    coroutine on the loop still runs. Checked by a handshake, not a clock: the inflation
    waits for the loop to answer, so on the loop it would wait for ever (here, 30 s)."""
    import asyncio
    import threading

    loop_thread = threading.get_ident()
    loop = asyncio.get_running_loop()
    inflating_threads: list[int] = []
    real_inflate = json_bodies.inflate

    def inflate_after_the_loop_answers(body: bytes, limit: int) -> bytes:
        inflating_threads.append(threading.get_ident())
        answered = threading.Event()
        loop.call_soon_threadsafe(answered.set)  # runs only if the loop is free
        assert answered.wait(30), "the event loop did not run while the body was inflated"
        return real_inflate(body, limit)

    monkeypatch.setattr(json_bodies, "inflate", inflate_after_the_loop_answers)
    check = json_bodies.middleware(json_bodies.ACTION_SERVER_BODIES, only_with_token=False,
                                   max_inflated=32 * 1024 * 1024)
    replies = await asyncio.gather(*[check(FakeRequest("POST", "/webhook", bomb, args={},
                                                       headers={"Content-Encoding": "deflate"}))
                                     for _ in range(4)])
    assert all(r is not None and r.status == 413 for r in replies)
    assert len(inflating_threads) == 4 and loop_thread not in inflating_threads


async def test_a_small_compressed_body_within_the_cap_still_passes() -> None:
    body = zlib.compress(b'{"next_action": "x", "tracker": {"events": []}}')
    request = FakeRequest("POST", "/webhook", body, args={}, headers={"Content-Encoding": "deflate"})
    check = json_bodies.middleware(json_bodies.ACTION_SERVER_BODIES, only_with_token=False, max_inflated=1024)
    assert await check(request) is None


async def test_rasas_app_checks_bodies_against_its_own_token(bomb) -> None:
    import rasa.server
    from sanic import Sanic

    json_bodies.install_in_rasa()
    app = rasa.server.create_app(auth_token="right")
    try:
        [check] = [m for m in app.request_middleware if getattr(m, "__name__", "") == "check_json_body"]
        wrong = FakeRequest("POST", "/model/parse", bomb, args={"token": ["wrong"]},
                            headers={"Content-Encoding": "deflate"})
        assert await check(wrong) is None  # Rasa answers 401
        right = FakeRequest("POST", "/model/parse", bomb, args={"token": ["right"]},
                            headers={"Content-Encoding": "deflate"})
        assert (await check(right)).status == 413
    finally:
        Sanic._app_registry.pop(app.name, None)
