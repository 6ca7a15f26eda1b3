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
