"""Hostile input to the REST channel (bot/rasa/channels/rest.py), without servers.

The channel's handler runs here with a stand-in for the bot, so every case is fast and
exact; tests/hostile/test_hostile_live.py sends the same kinds of input to the real bot.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from bot.rasa.channels import rest
from bot.rasa.channels.rest import RateLimitedRestInput, SenderBuckets, clean_text, parse

CRISIS = "i want to kill myself"
FILLER = "how much is the setting up home allowance and what about council tax. "


def body(message, sender="hostile") -> bytes:
    return json.dumps({"sender": sender, "message": message}).encode()


@dataclass
class FakeRequest:
    body: bytes
    ip: str = "127.0.0.1"  # the REST channel takes requests from this machine only
    headers: dict = field(default_factory=dict)


class FakeBot:
    """Records what reaches the bot; answers like it, or fails like a dead tracker store."""

    def __init__(self, fail: bool = False) -> None:
        self.seen: list = []
        self.fail = fail

    async def __call__(self, message) -> None:
        self.seen.append(message)
        if self.fail:
            raise RuntimeError("tracker store unreachable")
        await message.output_channel.send_text_message(message.sender_id, f"echo {len(message.text)}")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def send(channel, bot, raw: bytes) -> tuple[int, list, dict]:
    reply = await channel.handle(FakeRequest(raw), bot)
    return reply.status, json.loads(reply.body), dict(reply.headers)


@pytest.fixture
def channel() -> RateLimitedRestInput:
    return RateLimitedRestInput.from_credentials({})


# ------------------------------------------------------------------ empty and malformed

@pytest.mark.parametrize("message", ["", " ", "   \n\t  ", "\u00a0\u2003", "\u200b\u200b", "\x00\x01"])
async def test_empty_and_whitespace_only_get_a_polite_400(channel, message) -> None:
    bot = FakeBot()
    status, replies, _ = await send(channel, bot, body(message))
    assert status == 400 and replies == [{"recipient_id": "hostile", "text": rest.EMPTY}]
    assert not bot.seen


@pytest.mark.parametrize("raw", [
    b"", b"{", b"}", b"[]", b"null", b"true", b"42", b'"hello"', b"\xff\xfe\x00{",
    b'{"message": "hi"}',                                  # no sender
    b'{"sender": null, "message": "hi"}',
    b'{"sender": ["a"], "message": "hi"}',
    b'{"sender": "", "message": "hi"}',
    b'{"sender": "a\\u0000b", "message": "hi"}',           # control character in the id
    json.dumps({"sender": "x" * 129, "message": "hi"}).encode(),
    b'{"sender": "s"}',                                   # no message
    b'{"sender": "s", "message": null}',
    b'{"sender": "s", "message": 42}',
    b'{"sender": "s", "message": {"text": "hi"}}',
    b'{"sender": "s", "message": ["hi"]}',
    b"[" * 100_000,                                       # nesting deep enough to break a parser
    b'{"sender": "s", "message": "hi"',                   # cut off
    b"sender=s&message=hi",                               # a form post, not JSON
])
async def test_malformed_json_gets_a_polite_400_not_a_500(channel, raw) -> None:
    bot = FakeBot()
    status, replies, _ = await send(channel, bot, raw)
    assert status == 400 and replies[-1]["text"] == rest.MALFORMED
    assert not bot.seen


async def test_body_over_the_size_cap_is_refused_before_parsing(channel) -> None:
    status, replies, _ = await send(channel, FakeBot(), b'{"sender": "s", "message": "' + b"a" * 200_000 + b'"}')
    assert status == 413 and "too long" in replies[0]["text"] and "116 123" in replies[0]["text"]


# ------------------------------------------------------------------ odd text

async def test_invalid_utf8_bytes_become_replacement_characters(channel) -> None:
    bot = FakeBot()
    raw = b'{"sender": "s", "message": "council tax \xff\xfe\xc3 help"}'
    status, _, _ = await send(channel, bot, raw)
    assert status == 200 and bot.seen[0].text == "council tax \ufffd\ufffd\ufffd help"


async def test_lone_surrogates_and_control_characters_are_cleaned(channel) -> None:
    bot = FakeBot()
    raw = b'{"sender": "s", "message": "bad \\ud800 pair \\u0000nul \\u0007bell\\r\\nline \\u001b[31mred"}'
    status, _, _ = await send(channel, bot, raw)
    assert status == 200
    assert bot.seen[0].text == "bad \ufffd pair nul bell\nline [31mred"


async def test_a_bom_before_the_json_is_accepted(channel) -> None:
    bot = FakeBot()
    status, _, _ = await send(channel, bot, b"\xef\xbb\xbf" + body("hi"))
    assert status == 200 and bot.seen[0].text == "hi"


@pytest.mark.parametrize("message", [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "'; DROP TABLE events; --",
    "1 OR 1=1; SELECT * FROM triage_cases",
    "{{ 7*7 }} ${7*7} %s %(name)s {0}",
])
async def test_html_and_sql_looking_text_reach_the_bot_unchanged(channel, message) -> None:
    """Escaping is the job of whatever displays text (chat page, dashboard), and SQL is
    parameterised everywhere, so the channel neither mangles nor refuses such text."""
    bot = FakeBot()
    status, _, _ = await send(channel, bot, body(message))
    assert status == 200 and bot.seen[0].text == message


async def test_the_client_cannot_choose_the_input_channel(channel) -> None:
    bot = FakeBot()
    raw = json.dumps({"sender": "s", "message": "hi", "input_channel": "facebook",
                      "metadata": "not a dict"}).encode()
    await send(channel, bot, raw)
    assert bot.seen[0].input_channel == "rest" and bot.seen[0].metadata is None


# ------------------------------------------------------------------ long messages

async def test_a_100_kb_message_is_politely_refused(channel) -> None:
    bot = FakeBot()
    text = (FILLER * 2000)[:100_000]
    status, replies, _ = await send(channel, bot, body(text))
    assert status == 413 and "up to 5,000 characters" in replies[0]["text"]
    assert not bot.seen


@pytest.mark.parametrize("where", [0.0, 0.5, 0.999])
async def test_a_crisis_phrase_inside_100_kb_reaches_the_bot(channel, where) -> None:
    bot = FakeBot()
    filler = (FILLER * 2000)[:100_000]
    cut = int(len(filler) * where)
    text = filler[:cut] + " " + CRISIS + " " + filler[cut:]
    status, _, _ = await send(channel, bot, body(text))
    assert status == 200
    passed = bot.seen[0]
    assert CRISIS in passed.text and len(passed.text) <= 5000
    assert passed.metadata == {"shortened_from_chars": len(text)}


async def test_a_message_at_the_limit_is_taken_whole(channel) -> None:
    bot = FakeBot()
    text = (FILLER * 100)[:5000]
    status, _, _ = await send(channel, bot, body(text))
    assert status == 200 and bot.seen[0].text == text


# ------------------------------------------------------------------ the rate limit

async def test_fifty_messages_a_second_from_one_sender() -> None:
    clock = Clock()
    channel = RateLimitedRestInput(rate_per_second=5, burst=10)
    channel.buckets.clock = clock
    bot = FakeBot()
    statuses = []
    for i in range(50):
        clock.now += 0.02  # 50 a second
        status, replies, headers = await send(channel, bot, body(f"message {i}", sender="flood"))
        statuses.append(status)
        if status == 429:
            assert replies == [{"recipient_id": "flood", "text": rest.THROTTLED}]
            assert int(headers["Retry-After"]) >= 1
    passed = statuses.count(200)
    assert statuses[:10] == [200] * 10 and 10 <= passed <= 16, statuses  # burst + 5/s over 1 s
    assert len(bot.seen) == passed

    # Crisis and urgent messages from the same, throttled sender are never held back.
    for text in (CRISIS, "my boyfriend hit me and i'm scared to go home"):
        clock.now += 0.02
        status, _, _ = await send(channel, bot, body(text, sender="flood"))
        assert status == 200 and bot.seen[-1].text == text

    # Another sender is unaffected.
    status, _, _ = await send(channel, bot, body("hi", sender="calm"))
    assert status == 200

    # And the flooding sender can talk again after a pause.
    clock.now += 3
    status, _, _ = await send(channel, bot, body("sorry", sender="flood"))
    assert status == 200


def test_buckets_forget_old_senders_so_memory_stays_bounded() -> None:
    buckets = SenderBuckets(rate=5, burst=10, max_senders=100)
    for i in range(10_000):
        buckets.take(f"sender-{i}")
    assert len(buckets) == 100


def test_rate_limit_settings_come_from_credentials_or_the_environment(monkeypatch) -> None:
    channel = RateLimitedRestInput.from_credentials({"rate_per_second": 2, "burst": 3, "max_message_chars": 100})
    assert (channel.buckets.rate, channel.buckets.burst, channel.max_message_chars) == (2, 3, 100)
    monkeypatch.setenv("REST_RATE_PER_SECOND", "0")
    monkeypatch.setenv("REST_RATE_BURST", "not a number")
    channel = RateLimitedRestInput.from_credentials({"burst": 3})
    assert not channel.buckets.enabled and channel.buckets.burst == 3
    assert channel.buckets.take("anyone") == 0


# ------------------------------------------------------------------ when the bot fails

async def test_crisis_contacts_go_out_even_when_the_bot_fails(monkeypatch) -> None:
    import asyncio

    import bot.triage

    cases = []

    async def record(*args) -> int:
        cases.append(args)
        return 1

    monkeypatch.setattr(bot.triage, "raise_case_async", record)
    channel = RateLimitedRestInput()
    status, replies, _ = await send(channel, FakeBot(fail=True), body(CRISIS))
    assert status == 200
    assert all(n in replies[0]["text"] for n in ("116 123", "85258", "NHS 111", "999"))
    assert replies[-1]["text"] == "Are you safe right now?"
    status, replies, _ = await send(channel, FakeBot(fail=True), body("my dad hits me and i'm scared to go home"))
    assert status == 200 and "999" in replies[0]["text"]
    await asyncio.sleep(0)  # the cases are raised in the background
    assert [(c[0], c[3], c[4]) for c in cases] == [("crisis", "rest", "hostile"), ("urgent", "rest", "hostile")]
    assert "REST channel replied" in cases[0][1]


async def test_other_messages_get_a_polite_503_when_the_bot_fails() -> None:
    channel = RateLimitedRestInput()
    status, replies, headers = await send(channel, FakeBot(fail=True), body("council tax"))
    assert status == 503 and replies[0]["text"] == rest.FAILED and headers["Retry-After"]


def test_crisis_replies_are_the_domains_own() -> None:
    import yaml

    from bot.paths import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    channel = RateLimitedRestInput()
    assert channel.crisis_texts[0] == domain["utter_crisis"][0]["text"]
    assert channel.urgent_texts[0] == domain["utter_urgent"][0]["text"]
    # and the built-in copies, used if domain.yml can't be read, still match it
    assert rest._CRISIS_TEXTS[0] == domain["utter_crisis"][0]["text"]
    assert rest._URGENT_TEXTS[0] == domain["utter_urgent"][0]["text"]


def test_the_urgent_reply_gives_999_shelter_and_someone_to_talk_to() -> None:
    # Someone who doesn't feel safe may not want to ring 999 (answer dev case r24-162).
    urgent = rest._URGENT_TEXTS[0]
    for contact in ("999", "0808 800 4444", "Samaritans", "116 123"):
        assert contact in urgent


def test_clean_text_keeps_ordinary_text() -> None:
    text = "I’m from Derby 😊 — can I get £3,000?\nThanks\tx"
    assert clean_text(text) == text
    assert parse(body(text)).text == text
