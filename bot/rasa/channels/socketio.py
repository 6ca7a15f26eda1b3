"""Rasa 3.6's socket.io channel, with session persistence that works.

Rasa's `session_request` handler calls `sio.enter_room(...)` without `await`, but in
python-socketio 5.x (Rasa 3.6.21 installs 5.18) `AsyncServer.enter_room` is a coroutine.
So with `session_persistence: true` the browser never joins its conversation's room and
never gets a reply (RasaHQ/rasa#13027, fix proposed in RasaHQ/rasa#13168, not released).

This class is Rasa's `SocketIOInput` with two handlers replaced:
- `session_request` awaits `enter_room` (and still works where it is a plain function), and
  only accepts a session id that looks like one (a client could otherwise send any JSON
  there), making a fresh one otherwise;
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
"""
from __future__ import annotations

import inspect
import json
import logging
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from bot.rasa.channels.rest import MALFORMED, MessageGuard

log = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def session_id_from(data: Any) -> Text:
    wanted = data.get("session_id") if isinstance(data, dict) else None
    if isinstance(wanted, str) and SESSION_ID.fullmatch(wanted):
        return wanted
    return uuid.uuid4().hex


def _metadata(value: Any) -> Optional[Dict[str, Any]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


class SocketIOInput(rasa_socketio.SocketIOInput):
    guard: MessageGuard

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        channel = super().from_credentials(credentials)
        channel.guard = MessageGuard.from_credentials(credentials)
        return channel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = MessageGuard()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio

        # Registering the event again replaces Rasa's handler.
        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            session_id = session_id_from(data)
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(entered):
                    await entered
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)
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

        return socketio_webhook

    async def _refuse(self, sid: Text, text: str) -> None:
        """A polite reply to the socket that sent the message; the bot never sees it."""
        if self.sio is not None:
            await self.sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=self.namespace)
