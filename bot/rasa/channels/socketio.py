"""Rasa 3.6's socket.io channel, with session persistence that works.

Rasa's `session_request` handler calls `sio.enter_room(...)` without `await`, but in
python-socketio 5.x (Rasa 3.6.21 installs 5.18) `AsyncServer.enter_room` is a coroutine.
So with `session_persistence: true` the browser never joins its conversation's room and
never gets a reply (RasaHQ/rasa#13027, fix proposed in RasaHQ/rasa#13168, not released).

This class is Rasa's `SocketIOInput` with only that handler replaced: it awaits
`enter_room` (and still works where it is a plain function), and it only accepts a
session id that looks like one (a client could otherwise send any JSON there), making a
fresh one otherwise. Everything else, including the channel's name "socketio" (trackers
and the duty dashboard show "Website chat"), is Rasa's. credentials.yml loads it by module
path: `bot.rasa.channels.socketio.SocketIOInput`.
"""
from __future__ import annotations

import inspect
import logging
import re
import uuid
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint

log = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def session_id_from(data: Any) -> Text:
    wanted = data.get("session_id") if isinstance(data, dict) else None
    if isinstance(wanted, str) and SESSION_ID.match(wanted):
        return wanted
    return uuid.uuid4().hex


class SocketIOInput(rasa_socketio.SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

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

        return socketio_webhook
