"""Issue 17, hole 1: the REST channel is for trusted callers only.

It cannot prove who is calling (the `sender` is whatever the caller says), so it takes
requests from this machine, or with REST_SHARED_SECRET in `X-Rest-Secret`; anything else
gets 403 before the body is read. A remote address is simulated with the channel's handler
and a stand-in request (no traffic leaves the machine: 203.0.113.0/24 is a documentation
range); the live test sends what a public proxy on this machine would forward.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from bot.rasa.channels import rest
from bot.rasa.channels.rest import RateLimitedRestInput, is_local, trusted
from bot.settings import Settings
from tests.hostile.test_rest_channel import FakeBot, FakeRequest, body

REMOTE = "203.0.113.7"


async def test_a_remote_caller_without_the_secret_gets_403_and_reaches_nothing() -> None:
    bot = FakeBot()
    reply = await RateLimitedRestInput().handle(FakeRequest(body("download my chat", sender="someone"), ip=REMOTE),
                                                bot)
    assert reply.status == 403
    assert json.loads(reply.body) == [{"text": rest.NOT_HERE}]
    assert bot.seen == []


async def test_a_remote_caller_with_the_shared_secret_is_served() -> None:
    channel = RateLimitedRestInput(shared_secret="s3cret-value")
    bot = FakeBot()
    wrong = await channel.handle(FakeRequest(body("hi"), ip=REMOTE, headers={"X-Rest-Secret": "guess"}), bot)
    assert wrong.status == 403 and bot.seen == []
    right = await channel.handle(FakeRequest(body("hi"), ip=REMOTE, headers={"X-Rest-Secret": "s3cret-value"}), bot)
    assert right.status == 200 and len(bot.seen) == 1


async def test_this_machine_is_served_but_not_through_a_proxy() -> None:
    bot = FakeBot()
    channel = RateLimitedRestInput()
    assert (await channel.handle(FakeRequest(body("hi"), ip="::1"), bot)).status == 200
    proxied = FakeRequest(body("hi"), ip="127.0.0.1", headers={"X-Forwarded-For": REMOTE})
    assert (await channel.handle(proxied, bot)).status == 403
    assert len(bot.seen) == 1


def test_which_addresses_are_this_machine() -> None:
    assert all(is_local(a) for a in ("127.0.0.1", "127.5.6.7", "::1", "::ffff:127.0.0.1"))
    assert not any(is_local(a) for a in (REMOTE, "10.0.0.1", "::ffff:203.0.113.7", "", None, "localhost"))
    assert not trusted(REMOTE, {}, "")
    assert not trusted(REMOTE, {"X-Rest-Secret": ""}, "")  # an empty secret is no secret


@pytest.mark.parametrize("sender", ["web-" + "0" * 32, "messenger-1234567890123456"])
async def test_another_channels_conversation_cannot_be_named_over_rest(sender: str) -> None:
    bot = FakeBot()
    reply = await RateLimitedRestInput().handle(FakeRequest(body("download my chat", sender=sender)), bot)
    assert reply.status == 403 and bot.seen == []
    assert json.loads(reply.body) == [{"text": rest.OTHER_CHANNEL}]


def test_the_channels_namespaces_are_the_ones_rest_refuses() -> None:
    from bot.rasa.channels.facebook import MESSENGER_PREFIX, conversation_id, psid_of
    from bot.rasa.channels.session_tokens import WEB_PREFIX, new_session_id

    assert set(rest.OTHER_CHANNELS) == {WEB_PREFIX, MESSENGER_PREFIX}
    assert new_session_id().startswith(WEB_PREFIX)
    assert conversation_id("123") == "messenger-123" and psid_of("messenger-123") == "123"
    assert psid_of("123") == "123"


def test_the_secret_comes_from_the_settings() -> None:
    assert Settings.from_env({"REST_SHARED_SECRET": "abc"}).rest_shared_secret == "abc"
    assert Settings.from_env({}).rest_shared_secret == ""
    assert "abc" not in repr(Settings.from_env({"REST_SHARED_SECRET": "abc"}))


@pytest.mark.server
def test_live_a_request_forwarded_by_a_proxy_gets_403(bot_servers: Settings) -> None:
    request = urllib.request.Request(
        f"http://127.0.0.1:{bot_servers.rasa_port}/webhooks/rest/webhook",
        data=json.dumps({"sender": "outsider", "message": "download my chat"}).encode(),
        headers={"Content-Type": "application/json", "X-Forwarded-For": REMOTE})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=20)
    assert refused.value.code == 403
    assert json.loads(refused.value.read()) == [{"text": rest.NOT_HERE}]
