"""Rasa's REST channel with guards: `bot.rasa.channels.rest.RateLimitedRestInput`.

credentials.yml loads it by module path. Its name stays "rest", so the URL stays
`/webhooks/rest/webhook` and replies are the same JSON list Rasa's own channel returns.
What it adds, in the order a request meets them:

0. **Trusted callers only.** The REST channel cannot prove who is calling (the `sender` is
   whatever the caller says), so it is not for the public (issue 17): it takes requests
   from this machine (127.0.0.1 or ::1, with no proxy's forwarding header, since a proxy
   on this machine would make every visitor look local), or with the shared secret
   REST_SHARED_SECRET (bot/settings.py) in the `X-Rest-Secret` header. Anything else gets
   403. The website talks socket.io, Messenger its own webhook; the production layout in
   the README keeps /webhooks/rest off the public proxy.
1. **Size.** A body over 128 KB gets 413 and a polite reply, before any parsing.
2. **Shape.** Malformed JSON, invalid UTF-8 that leaves no JSON, a body that is not an
   object, a missing or odd `sender` (not text, empty, over 128 characters, control
   characters) or a `message` that is not text: 400 and a polite reply, never a 500. Then,
   for REST only, a `sender` in another channel's namespace (`web-...`,
   bot/rasa/channels/session_tokens.py; `messenger-...`, bot/rasa/channels/facebook.py)
   gets 403: one channel cannot read or write another's conversations.
3. **Text.** Invalid UTF-8 bytes and lone surrogates become U+FFFD; control characters
   (NUL included: PostgreSQL refuses it) are removed, except newlines and tabs. An empty
   or whitespace-only message gets 400 and "Please type a message".
4. **Crisis first.** `bot.crisis.detect` runs on the whole text. A crisis or urgent
   message is never throttled and never refused for length: when it is longer than
   `max_message_chars` (5,000), the bot is given the part of it (a window of that size)
   where the detector fires, so its own crisis detector sees the same words. The bot's
   detector (the NLU component, same process, same text) reuses this verdict and only
   adds its lemma layer (`bot.crisis.detector.first_pass`).
5. **Length.** Any other message over `max_message_chars` gets 413 and a polite reply.
6. **Rate.** One token bucket per sender (default 5 messages a second, bursts of 10): a
   sender over the limit gets 429, `Retry-After` and "You're sending messages very fast";
   the message never reaches the bot and other senders are unaffected.
7. **Failure.** If Rasa fails while handling the message (tracker store or lock store
   down, a timeout) and nothing was said, a crisis or urgent message still gets the
   crisis or urgent contacts (the domain's own responses, read at start-up) and a triage
   case is raised in the background, and any other message gets 503 with "something went
   wrong on my side" and the Samaritans number.

Steps 2-6 are `MessageGuard`, which the socket.io channel (`bot.rasa.channels.socketio`)
uses too, so the website chat meets the same checks.

The client can't choose `input_channel` (Rasa's channel lets it claim to be any channel,
which would mislabel triage cases) and `?stream=true` is ignored (the reply is one list).
The limits are per Rasa process: with two servers behind a load balancer a sender can get
up to twice the rate; put a per-address limit in the load balancer too.

Settings (credentials.yml keys, each overridden by the environment variable):
`rate_per_second` / `REST_RATE_PER_SECOND` (0 turns the limit off), `burst` /
`REST_RATE_BURST`, `max_message_chars` / `REST_MAX_MESSAGE_CHARS`.
"""
from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import math
import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.crisis import case_reason, detect
from bot.rasa.channels.session_tokens import WEB_PREFIX
from bot.settings import Settings

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 128 * 1024
MAX_SENDER_CHARS = 128
DEFAULT_RATE_PER_SECOND = 5.0
DEFAULT_BURST = 10
DEFAULT_MAX_MESSAGE_CHARS = 5000
MAX_TRACKED_SENDERS = 50_000

SAMARITANS = "If you need help now, call Samaritans free on 116 123."
EMPTY = "Please type a message and I'll do my best to help."
MALFORMED = "Sorry, I couldn't read that message. Please try sending it again."
TOO_LONG = ("That message is too long for me. Please send a shorter one, up to {limit:,} "
            "characters. " + SAMARITANS)
NOT_HERE = "This address is not for the public. Please use the chat on the website."
OTHER_CHANNEL = "That conversation belongs to another channel."
SECRET_HEADER = "X-Rest-Secret"
# Conversation ids of the other channels: the website's, and Messenger's (facebook.py).
OTHER_CHANNELS = (WEB_PREFIX, "messenger-")
# Set by a proxy: a request that carries one came through it, so it is not from this machine.
FORWARDING_HEADERS = ("X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Forwarded-Host")
THROTTLED = "You're sending messages very fast. Please wait a few seconds and try again."
FAILED = "Sorry, something went wrong on my side. Please try again in a minute. " + SAMARITANS

# Last-resort copies of the domain's crisis and urgent responses, used only if domain.yml
# can't be read at start-up (the contacts must go out whatever else has failed).
_CRISIS_TEXTS = [
    "I'm really glad you told me. You don't have to deal with this alone. You can talk to "
    "someone right now, for free:\n- Samaritans: call 116 123 (any time, day or night)\n- Text "
    "SHOUT to 85258 (any time)\n- NHS 111, then choose option 2 for mental health help\n- If "
    "your life is in danger now, call 999 or go to A&E.",
    "Are you safe right now?",
]
_URGENT_TEXTS = [
    "That sounds serious, and I'm glad you told me. If you are in danger or hurt now, call 999. If "
    "you have nowhere safe to stay tonight, call Shelter free on 0808 800 4444. To talk to someone "
    "now, call Samaritans free on 116 123 or text SHOUT to 85258, any time, or call NHS 111 and "
    "choose option 2.",
]


# ------------------------------------------------------------------ text and request checks

_KEEP_CONTROLS = {"\n", "\t"}


def clean_text(text: str) -> str:
    """`text` safe to store and show: lone surrogates -> U+FFFD, control characters gone."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        elif ch in _KEEP_CONTROLS or unicodedata.category(ch) != "Cc":
            out.append(ch)
    return "".join(out)


def is_blank(text: str) -> bool:
    """Nothing but whitespace and invisible format characters (zero-width spaces...)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def _valid_sender(sender: Any) -> Optional[str]:
    if isinstance(sender, bool):
        return None
    if isinstance(sender, int):
        sender = str(sender)
    if not isinstance(sender, str):
        return None
    if not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        return None
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in sender):
        return None
    return sender


@dataclass
class Checked:
    """What to do with one request: `status` 200 means pass `text` on to the bot."""

    status: int
    reply: str = ""
    sender: Optional[str] = None
    text: str = ""
    metadata: Optional[Dict[str, Any]] = None
    level: str = "none"           # the crisis detector's verdict on the whole message
    verdict: str = ""             # its category and rule, for a triage case
    original_chars: int = 0       # > len(text) when a long crisis message was cut down
    headers: Dict[str, str] = field(default_factory=dict)

    @property
    def urgent(self) -> bool:
        return self.level in ("crisis", "urgent")


def parse(body: bytes, max_chars: int = DEFAULT_MAX_MESSAGE_CHARS) -> Checked:
    """Steps 1-3 of the module docstring: never raises, whatever the bytes."""
    if len(body) > MAX_BODY_BYTES:
        return Checked(413, TOO_LONG.format(limit=max_chars))
    try:
        data = json.loads(body.decode("utf-8", errors="replace").lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return Checked(400, MALFORMED)
    return check_fields(data)


def check_fields(data: Any) -> Checked:
    """Steps 2-3 on a decoded message (`sender`, `message`, `metadata`), from any channel."""
    if not isinstance(data, dict):
        return Checked(400, MALFORMED)
    sender = _valid_sender(data.get("sender"))
    if sender is None:
        return Checked(400, MALFORMED)
    message = data.get("message")
    if not isinstance(message, str):
        return Checked(400, MALFORMED, sender=sender)
    text = clean_text(message)
    if is_blank(text):
        return Checked(400, EMPTY, sender=sender)
    metadata = data.get("metadata")
    return Checked(200, sender=sender, text=text,
                   metadata=metadata if isinstance(metadata, dict) else None,
                   original_chars=len(text))


def crisis_window(text: str, size: int, level: str) -> str:
    """The first `size`-character window of `text` where the detector gives `level`.

    Windows overlap by half, so any phrase shorter than size/2 is whole in one of them.
    """
    step = max(1, size // 2)
    for start in range(0, max(1, len(text) - step), step):
        window = text[start:start + size]
        if detect(window).level == level:
            return window
    for start in range(0, max(1, len(text) - step), step):  # the other positive level
        window = text[start:start + size]
        if detect(window).positive:
            return window
    return text[:size]


def judge_length_and_risk(checked: Checked, max_chars: int) -> Checked:
    """Steps 4-5: the verdict on the whole text; cut a long crisis message, refuse others."""
    verdict = detect(checked.text)
    checked.level = verdict.level
    checked.verdict = case_reason(verdict)
    if len(checked.text) > max_chars:
        if verdict.positive:
            checked.text = crisis_window(checked.text, max_chars, verdict.level)
        else:
            return Checked(413, TOO_LONG.format(limit=max_chars), sender=checked.sender)
    return checked


def is_local(address: Any) -> bool:
    """A loopback address (127.0.0.0/8, ::1, or ::ffff:127.x.x.x)."""
    try:
        ip = ipaddress.ip_address(str(address or "").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool((mapped or ip).is_loopback)


def trusted(address: Any, headers: Any, secret: str) -> bool:
    """Step 0: the shared secret, or a direct request from this machine."""
    if secret:
        given = str(headers.get(SECRET_HEADER) or "")
        if given and hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode("utf-8")):
            return True
    if any(headers.get(name) for name in FORWARDING_HEADERS):
        return False
    return is_local(address)


# ------------------------------------------------------------------ the rate limit

class SenderBuckets:
    """A token bucket per sender (`rate` tokens a second, up to `burst`), least recently
    used senders forgotten beyond `max_senders` (a forgotten sender starts with a full
    bucket, which only ever errs towards letting a message through)."""

    def __init__(self, rate: float, burst: float, max_senders: int = MAX_TRACKED_SENDERS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = float(rate)
        self.burst = max(1.0, float(burst))
        self.max_senders = max_senders
        self.clock = clock
        self._buckets: "OrderedDict[str, tuple[float, float]]" = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.rate > 0

    def take(self, sender: str) -> float:
        """0 if `sender` may send now (a token is used), else seconds until it may."""
        if not self.enabled:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(sender, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1:
                tokens -= 1
            else:
                wait = (1 - tokens) / self.rate
            self._buckets[sender] = (tokens, now)
            while len(self._buckets) > self.max_senders:
                self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


# ------------------------------------------------------------------ the channel

def _number(value: Any, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) and number >= 0 else default


def _domain_texts() -> tuple[List[str], List[str]]:
    """The crisis and urgent replies from domain.yml (first variation of each response)."""
    try:
        import yaml

        from bot.paths import ROOT

        responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]

        def text(name: str) -> str:
            return str(responses[name][0]["text"])

        return [text("utter_crisis"), text("utter_ask_safe_now")], [text("utter_urgent")]
    except Exception:
        log.warning("crisis replies not read from domain.yml; using the built-in copies", exc_info=True)
        return list(_CRISIS_TEXTS), list(_URGENT_TEXTS)


class MessageGuard:
    """Steps 2-6 for any channel (REST and socket.io share one): the text cleaned, the
    crisis verdict, the length limit and the per-sender rate limit."""

    def __init__(self, rate_per_second: float = DEFAULT_RATE_PER_SECOND, burst: float = DEFAULT_BURST,
                 max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS) -> None:
        self.buckets = SenderBuckets(rate_per_second, burst)
        self.max_message_chars = int(max_message_chars)
        # One long-message scan at a time, so a flood of 100 KB bodies can't take every core.
        self._long_scans = asyncio.Semaphore(1)

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "MessageGuard":
        """credentials.yml keys, each overridden by its REST_* environment variable."""
        credentials = credentials or {}
        settings = Settings.from_env()

        def setting(key: str, override: Optional[str], default: float) -> float:
            configured = _number(credentials.get(key, default), default)
            return _number(configured if override is None else override, configured)

        return cls(
            rate_per_second=setting("rate_per_second", settings.rest_rate_per_second, DEFAULT_RATE_PER_SECOND),
            burst=setting("burst", settings.rest_rate_burst, DEFAULT_BURST),
            max_message_chars=int(setting("max_message_chars", settings.rest_max_message_chars,
                                          DEFAULT_MAX_MESSAGE_CHARS)) or DEFAULT_MAX_MESSAGE_CHARS,
        )

    async def check_body(self, body: bytes) -> Checked:
        """A REST request body: steps 1-6."""
        return await self.judge(parse(body, self.max_message_chars))

    async def check_fields(self, data: Any) -> Checked:
        """An already-decoded message (`sender`, `message`, `metadata`): steps 2-6."""
        return await self.judge(check_fields(data))

    async def judge(self, checked: Checked) -> Checked:
        """Steps 4-6 on a message that passed steps 1-3."""
        if checked.status != 200:
            return checked
        if len(checked.text) > self.max_message_chars:
            async with self._long_scans:
                checked = await asyncio.to_thread(judge_length_and_risk, checked, self.max_message_chars)
        else:
            checked = judge_length_and_risk(checked, self.max_message_chars)
        if checked.status != 200 or checked.urgent:
            return checked  # crisis and urgent messages are never throttled
        wait = self.buckets.take(checked.sender or "")
        if wait > 0:
            return Checked(429, THROTTLED, sender=checked.sender,
                           headers={"Retry-After": str(max(1, math.ceil(wait)))})
        return checked


class RateLimitedRestInput(InputChannel):
    """Rasa's REST channel (same name, URL and replies) with the guards described above."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "RateLimitedRestInput":
        return cls(guard=MessageGuard.from_credentials(credentials),
                   shared_secret=Settings.from_env().rest_shared_secret)

    def __init__(self, rate_per_second: float = DEFAULT_RATE_PER_SECOND, burst: float = DEFAULT_BURST,
                 max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS, guard: Optional[MessageGuard] = None,
                 shared_secret: str = "") -> None:
        self.shared_secret = shared_secret
        self.guard = guard or MessageGuard(rate_per_second, burst, max_message_chars)
        self.buckets = self.guard.buckets
        self.max_message_chars = self.guard.max_message_chars
        self.crisis_texts, self.urgent_texts = _domain_texts()
        self._cases: set = set()  # triage cases being raised in the background

    # -------------------------------------------------------------- pieces, testable alone

    async def check(self, body: bytes) -> Checked:
        """Everything before the bot sees the message (steps 1-6)."""
        return await self.guard.check_body(body)

    def reply(self, status: int, sender: Optional[str], texts: List[str],
              headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
        messages = [{"recipient_id": sender, "text": t} if sender else {"text": t} for t in texts]
        return response.json(messages, status=status, headers=headers or {})

    async def handle(self, request: Request,
                     on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        if not trusted(request.ip, request.headers, self.shared_secret):
            log.warning("a REST request from %s was refused: not this machine, no shared secret",
                        request.ip or "an unknown address")
            return self.reply(403, None, [NOT_HERE])
        checked = await self.check(request.body or b"")
        if checked.sender and checked.sender.startswith(OTHER_CHANNELS):
            return self.reply(403, None, [OTHER_CHANNEL])
        if checked.status != 200:
            return self.reply(checked.status, checked.sender, [checked.reply], checked.headers)
        metadata = checked.metadata
        if checked.original_chars > len(checked.text):
            metadata = dict(metadata or {}, shortened_from_chars=checked.original_chars)
        collector = CollectingOutputChannel()
        failed = False
        try:
            await on_new_message(UserMessage(checked.text, collector, checked.sender,
                                             input_channel=self.name(), metadata=metadata))
        except (asyncio.CancelledError, Exception):
            failed = True
            log.exception("the bot failed on a REST message (level %s)", checked.level)
        if collector.messages or not failed:
            return response.json(collector.messages)
        if checked.urgent:
            self._raise_case(checked)
            texts = self.crisis_texts if checked.level == "crisis" else self.urgent_texts
            return self.reply(200, checked.sender, texts)
        return self.reply(503, checked.sender, [FAILED], {"Retry-After": "30"})

    def _raise_case(self, checked: Checked) -> None:
        """A triage case for the duty workers (safety rule 7), since the bot couldn't raise
        one. In the background: the reply must not wait for it (raise_case spools the case
        when its database is down, and never raises)."""
        from bot.triage import raise_case_async

        reason = (checked.verdict or checked.level) + " (the bot failed on this message; the REST channel replied)"
        task = asyncio.ensure_future(raise_case_async(checked.level, reason, None, self.name(),
                                                      checked.sender or ""))
        self._cases.add(task)
        task.add_done_callback(self._cases.discard)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self.handle(request, on_new_message)

        return webhook
