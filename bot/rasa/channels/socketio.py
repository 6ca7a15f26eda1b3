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
Everything else, including the channel's name "socketio" (trackers and the duty dashboard
show "Website chat"), is Rasa's. credentials.yml loads it by module path:
`bot.rasa.channels.socketio.SocketIOInput`.

Conversation ids prove themselves (issue 17; bot/rasa/channels/session_tokens.py): the
server chooses the id. `session_request` with no id gets a new one (`web-` + random) and
its token in `session_confirm` (`{"session_id", "token"}`); with an id and its valid token,
the same conversation (and a fresh token); with an id and no valid token (another visitor's,
or one the client made up), `session_refused` (`{"reason": "token"}`) and nothing is
joined. A user message on a socket that was granted no session is answered
`{"error": "no session"}` and goes nowhere; on a granted one, it goes to the granted
conversation whatever id the message names.
"""
from __future__ import annotations

import inspect
import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, Optional, Text, cast

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint
from socketio import AsyncServer

from bot.rasa.channels import session_tokens
from bot.rasa.channels.rest import MALFORMED, MessageGuard
from bot.settings import Settings

log = logging.getLogger(__name__)

GRANTED = "web_session"  # the key in python-socketio's per-socket session
NO_SESSION = {"error": "no session"}
# What a granted conversation id looks like (session_tokens issues `web-` + random).
SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


async def _awaited(result: Any) -> None:
    """`enter_room`/`leave_room` are coroutines in python-socketio 5.x, plain before."""
    if inspect.isawaitable(result):
        await result


def _metadata(value: Any) -> Optional[Dict[str, Any]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    """Rasa's, plus who wrote a text message. A duty worker's message (bot/handoff) is a
    `bot` event with metadata `{"sender": "person", "name": ...}`, which Rasa passes to the
    output channel as keyword arguments; the chat page shows it in a person's bubble."""

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        if kwargs.get("sender") != "person":
            await super().send_text_message(recipient_id, text, **kwargs)
            return
        who: Dict[str, Any] = {"sender": "person"}
        if isinstance(kwargs.get("name"), str):
            who["name"] = kwargs["name"][:60]
        for part in text.strip().split("\n\n"):
            await self._send_message(recipient_id, {"text": part, **who})


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

    def get_output_channel(self) -> Optional[OutputChannel]:
        """For `output_channel=socketio` or `latest` on the HTTP API (a duty worker's messages)."""
        if self.sio is None:
            return super().get_output_channel()  # Rasa's warning, and None
        return SocketIOOutput(self.sio, self.bot_message_evt)

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

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        key = self.session_key or Settings().chat_session_key  # unset: random, this process

        # Registering the event again replaces Rasa's handler.
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
            output = rasa_socketio.SocketIOOutput(sio, self.bot_message_evt)
            await on_new_message(UserMessage(checked.text, output, checked.sender,
                                             input_channel=self.name(), metadata=metadata))

        # Last: wraps the message handler above, so only a granted session reaches it.
        self.only_granted(sio)
        return socketio_webhook

    async def _refuse(self, sid: Text, text: str) -> None:
        """A polite reply to the socket that sent the message; the bot never sees it."""
        if self.sio is not None:
            await self.sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=self.namespace)
