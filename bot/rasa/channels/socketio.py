"""Rasa 3.6's socket.io channel, with session persistence that works.

Rasa's `session_request` handler calls `sio.enter_room(...)` without `await`, but in
python-socketio 5.x (Rasa 3.6.21 installs 5.18) `AsyncServer.enter_room` is a coroutine.
So with `session_persistence: true` the browser never joins its conversation's room and
never gets a reply (RasaHQ/rasa#13027, fix proposed in RasaHQ/rasa#13168, not released).

This class is Rasa's `SocketIOInput` with two handlers replaced:
- `session_request` awaits `enter_room` (and still works where it is a plain function) and
  grants conversations as below;
- `user_uttered` puts each message through the REST channel's guards
  (`bot.rasa.channels.rest.MessageGuard`, the same code): the session id must look like one
  (never a NUL, which PostgreSQL refuses), the text is cleaned, a message over the length
  limit or a session over the rate limit gets a polite reply instead of reaching the bot,
  and crisis messages are never held back. Rasa's handler took any JSON as id and text.
  The limits are the same credentials.yml keys as the REST channel's (`rate_per_second`,
  `burst`, `max_message_chars`, overridden by the same REST_* environment variables).
Everything else (the connect/disconnect handlers and health route, copied from Rasa's
blueprint so that the socket.io server can be given a manager; see below), including the
channel's name "socketio" (trackers and the duty dashboard show "Website chat"), is Rasa's.
credentials.yml loads it by module path: `bot.rasa.channels.socketio.SocketIOInput`.

Conversation ids prove themselves (issue 17; bot/rasa/channels/session_tokens.py): the
server chooses the id. `session_request` with no id gets a new one (`web-` + random) and
its token in `session_confirm` (`{"session_id", "token"}`); with an id and its valid token,
the same conversation (and a fresh token); with an id and no valid token (another visitor's,
or one the client made up), `session_refused` (`{"reason": "token"}`) and nothing is
joined. A user message on a socket that was granted no session is answered
`{"error": "no session"}` and goes nowhere; on a granted one, it goes to the granted
conversation whatever id the message names.

A duty worker's message (issue 18) is a bot event with `{"sender": "person", "name": ...}`
in its metadata, posted to Rasa's HTTP API with `output_channel=latest`. Rasa merges that
metadata into the message it hands the output channel, so `SocketIOOutput` here emits
`{"text": ..., "sender": "person", "name": "Sam"}`: those two keys only, checked
(`speaker()`), never any other metadata, and the text in one bubble (Rasa splits a bot
message at blank lines; a person's message stays whole).

"Is typing" (issue 18): the chat page emits `user_typing` (no data, never the text) at
most every 2 s while its text box changes. On a socket with a granted session, at most one
per socket per TYPING_EVERY_SECONDS is kept (the rest are ignored), and it is noted on the
conversation's active takeover, if any (`TakeoverStore.young_person_typing`, one
conditional UPDATE on a worker thread), where any dashboard process reads it. A database
error is logged and forgotten: the socket carries on.

Several Rasa servers: with a Redis (`Settings.socketio_manager_url`: SOCKETIO_REDIS_URL,
else LOCK_STORE_URL) the socket.io server uses python-socketio's `AsyncRedisManager`, so an
emit in the process that took the HTTP call reaches the socket another process holds, and
`get_output_channel()` works in a process that has no socket.io server of its own. Without
one (`make run`), emits stay in the process, as in Rasa.
"""
from __future__ import annotations

import asyncio
import inspect
import json
import logging
import re
import time
import unicodedata
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Text, cast

import rasa.core.channels.channel
from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncRedisManager, AsyncServer

from bot.rasa.channels import session_tokens
from bot.rasa.channels.rest import MALFORMED, MessageGuard
from bot.settings import Settings

log = logging.getLogger(__name__)

GRANTED = "web_session"  # the key in python-socketio's per-socket session
TYPING_EVENT = "user_typing"
TYPING_EVERY_SECONDS = 2.0  # per socket; more often is ignored
NO_SESSION = {"error": "no session"}
# What a granted conversation id looks like (session_tokens issues `web-` + random).
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


async def _awaited(result: Any) -> None:
    """`enter_room`/`leave_room` are coroutines in python-socketio 5.x, plain before."""
    if inspect.isawaitable(result):
        await result


PERSON = "person"
REDIS_CONNECT_TIMEOUT = 5  # seconds
MAX_NAME = 60  # characters of a person's name shown (the chat page shows at most 60 too)


def speaker(message: Mapping[str, Any]) -> Dict[str, str]:
    """`{"sender": "person", "name": ...}` when a message is a person's, else `{}`.

    Only `sender: "person"` counts; the name is kept only if it is text, with control and
    formatting characters removed, spaces collapsed and at most MAX_NAME characters.
    """
    if message.get("sender") != PERSON:
        return {}
    found: Dict[str, str] = {"sender": PERSON}
    name = message.get("name")
    if isinstance(name, str):
        plain = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
        plain = " ".join(plain.split())[:MAX_NAME].strip()
        if plain:
            found["name"] = plain
    return found


def _redis_channel(prefix: str) -> str:
    """Redis pub/sub channels are shared by every database of a server, so assistants that
    share one Redis are kept apart by LOCK_STORE_KEY_PREFIX here too."""
    return f"{prefix}:socketio" if prefix else "socketio"


def redis_manager(settings: Settings, *, write_only: bool = False) -> Optional[AsyncRedisManager]:
    """python-socketio's Redis-backed manager when a Redis is configured, else None."""
    url = settings.socketio_manager_url
    if not url:
        return None
    # A Redis that can't be reached fails a publish after 5 s (logged; the emit to sockets in
    # this process has happened already) rather than hanging the turn.
    return AsyncRedisManager(url, channel=_redis_channel(settings.lock_store_key_prefix),
                             write_only=write_only, redis_options={"socket_connect_timeout": REDIS_CONNECT_TIMEOUT})


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    """Rasa's socket.io output, in the channel's namespace, and a person's messages marked.

    `sio` is the `AsyncServer`, or (in a process without one) a write-only
    `AsyncRedisManager`: both have `emit(event, data, room=..., namespace=...)`.
    """

    def __init__(self, sio: Any, bot_message_evt: Text, namespace: Optional[Text] = None) -> None:
        super().__init__(sio, bot_message_evt)
        self.namespace = namespace

    async def _send_message(self, socket_id: Text, response: Any) -> None:
        await self.sio.emit(self.bot_message_evt, response, room=socket_id, namespace=self.namespace)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        person = speaker(kwargs)
        if not person:
            await super().send_text_message(recipient_id, text, **kwargs)
            return
        await self._send_message(recipient_id, {"text": text.strip(), **person})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        person = speaker(kwargs)
        if not person:
            await super().send_text_with_buttons(recipient_id, text, buttons, **kwargs)
            return
        replies = [{"content_type": "text", "title": b["title"], "payload": b["payload"]} for b in buttons]
        await self._send_message(recipient_id, {"text": text.strip(), "quick_replies": replies, **person})


def _metadata(value: Any) -> Optional[Dict[str, Any]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


class SocketIOInput(rasa_socketio.SocketIOInput):
    session_key: str = ""  # signs conversation ids; from CHAT_SESSION_KEY (bot/settings.py)
    guard: MessageGuard

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        channel = cast(SocketIOInput, super().from_credentials(credentials))
        channel.session_key = Settings.from_env().chat_session_key
        channel.guard = MessageGuard.from_credentials(credentials)
        return channel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = MessageGuard()
        self._emitter: Optional[AsyncRedisManager] = None  # see get_output_channel
        self._typed: Dict[Text, float] = {}  # socket id -> when its last typing was kept
        self.typing_clock: Callable[[], float] = time.monotonic

    @staticmethod
    def _note_typing(sender_id: Text) -> bool:
        """Blocks (SQL): called on a worker thread."""
        from bot.handoff.store import shared_store

        return shared_store().young_person_typing(sender_id)

    async def user_typing(self, sio: AsyncServer, sid: Text) -> bool:
        """The `user_typing` handler: True if it was noted on an active takeover."""
        session_id = await self.granted(sio, sid)
        if session_id is None:
            return False
        now = self.typing_clock()
        last = self._typed.get(sid)
        if last is not None and now - last < TYPING_EVERY_SECONDS:
            return False
        self._typed[sid] = now
        sender = session_id if self.session_persistence else sid
        try:
            return await asyncio.to_thread(self._note_typing, sender)
        except Exception as error:  # noqa: BLE001 - the chat goes on without "is typing"
            log.warning("could not note that a young person is typing (%s)", type(error).__name__)
            return False

    async def granted(self, sio: AsyncServer, sid: Text) -> Optional[Text]:
        """The conversation this socket was granted by `session_request`, if any."""
        try:
            session = await sio.get_session(sid, namespace=self.namespace)
        except KeyError:
            return None
        found = session.get(GRANTED) if isinstance(session, dict) else None
        return found if isinstance(found, str) else None

    def only_granted(self, sio: AsyncServer) -> None:
        """Wrap the user-message handler (Rasa's, or whichever is registered last): a socket
        with no granted session is refused, and a granted one always writes to its own."""
        handlers = sio.handlers[self.namespace or "/"]
        handler = handlers[self.user_message_evt]

        async def guarded(sid: Text, data: Any = None, *more: Any) -> Any:
            session_id = await self.granted(sio, sid)
            if session_id is None:
                log.info("a message on socket %s, which has no session, was refused", sid)
                return NO_SESSION
            if isinstance(data, dict):
                data = {**data, "session_id": session_id}
            return await handler(sid, data, *more)

        handlers[self.user_message_evt] = guarded

    def get_output_channel(self) -> Optional[OutputChannel]:
        """The socket.io output for Rasa's HTTP API (`output_channel=latest`).

        Rasa's returns None (with a warning that it "cannot be recreated") in a process
        whose socket.io server was never made; with Redis a write-only manager can emit to
        any socket from anywhere, so that process gets one.
        """
        if self.sio is not None:
            return SocketIOOutput(self.sio, self.bot_message_evt, self.namespace)
        if self._emitter is None:
            self._emitter = redis_manager(Settings.from_env(), write_only=True)
        if self._emitter is None:
            return super().get_output_channel()
        return SocketIOOutput(self._emitter, self.bot_message_evt, self.namespace)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Rasa's blueprint makes its AsyncServer inline with the default in-process manager,
        # so there is no way to hand it the Redis manager: the server, the blueprint, the
        # health route and the connect/disconnect handlers are copied from Rasa 3.6.21's
        # SocketIOInput.blueprint (tests/rasa/contracts.yml); the other two handlers are ours.
        manager = redis_manager(Settings.from_env())
        # cors_allowed_origins=[]: Rasa's workaround so that other origins can connect
        # (python-socketio#205).
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[], client_manager=manager)
        socketio_webhook = rasa_socketio.SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio  # for get_output_channel
        if manager is not None:
            log.info("socket.io: emits shared through Redis (several Rasa servers)")
        key = self.session_key or Settings().chat_session_key  # unset: random, this process

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict]) -> bool:
            if self.jwt_key:
                payload = None
                if auth and auth.get("token"):
                    payload = rasa.core.channels.channel.decode_bearer_token(
                        auth.get("token"), self.jwt_key, self.jwt_algorithm)
                return bool(payload)
            return True

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text) -> None:
            self._typed.pop(sid, None)
            log.debug("User %s disconnected from socketIO endpoint.", sid)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            data = data if isinstance(data, dict) else {}
            wanted = data.get("session_id") or None
            if wanted is not None and not session_tokens.verify(key, wanted, data.get("token")):
                log.info("socket %s asked for a conversation without its token: refused", sid)
                await sio.emit("session_refused", {"reason": "token"}, room=sid, namespace=self.namespace)
                return
            session_id, token = session_tokens.issue(key, wanted)
            previous = await self.granted(sio, sid)
            await sio.save_session(sid, {GRANTED: session_id}, namespace=self.namespace)
            if self.session_persistence:
                if previous and previous != session_id:
                    await _awaited(sio.leave_room(sid, previous, namespace=self.namespace))
                await _awaited(sio.enter_room(sid, session_id, namespace=self.namespace))
            await sio.emit("session_confirm", {"session_id": session_id, "token": token}, room=sid,
                           namespace=self.namespace)
            log.debug("User %s joined session %s.", sid, session_id)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            if self.session_persistence:
                sender = data.get("session_id")
                if not (isinstance(sender, str) and SESSION_ID.fullmatch(sender)):
                    await self._refuse(sid, MALFORMED)
                    return
            else:
                sender = sid
            checked = await self.guard.check_fields({"sender": sender, "message": data.get("message"),
                                                     "metadata": _metadata(data.get(self.metadata_key))})
            if checked.status != 200:
                await self._refuse(sid, checked.reply)
                return
            metadata = checked.metadata
            if checked.original_chars > len(checked.text):
                metadata = dict(metadata or {}, shortened_from_chars=checked.original_chars)
            output = SocketIOOutput(sio, self.bot_message_evt, self.namespace)
            await on_new_message(UserMessage(checked.text, output, checked.sender,
                                             input_channel=self.name(), metadata=metadata))

        @sio.on(TYPING_EVENT, namespace=self.namespace)
        async def user_typing(sid: Text, data: Any = None) -> None:
            await self.user_typing(sio, sid)

        # Last: wraps the message handler above, so only a granted session reaches it.
        self.only_granted(sio)
        return socketio_webhook

    async def _refuse(self, sid: Text, text: str) -> None:
        """A polite reply to the socket that sent the message; the bot never sees it."""
        if self.sio is not None:
            await self.sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=self.namespace)
