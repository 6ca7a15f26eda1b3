"""Rasa's HTTP API, server to server: pause, resume, and a duty worker's messages.

Everything is an append to the conversation's tracker (`POST /conversations/<id>/tracker/
events`), with `output_channel=latest&execute_side_effects=true`, so Rasa itself sends each
`bot` event to the channel the young person last wrote from (website chat or Messenger),
and stores it in the conversation like any other message (download, delete, retention).
The API token goes in the `token` query parameter, as Rasa's `--auth-token` expects.

When the channel will not deliver a message (Messenger outside its 24-hour window: see
bot/rasa/channels/facebook.py), Rasa answers 500 with "... Error: Not sent: <why>" and
saves none of the events; that is `NotDelivered`, whose `reason` (from "Not sent:" on,
written by our channel, never the young person's words) the worker's page shows as it is.
"""
from __future__ import annotations

import logging
from typing import Any, Optional
from urllib.parse import quote

import aiohttp

log = logging.getLogger(__name__)

PAUSE = {"event": "pause"}
RESUME = {"event": "resume"}
# After a resume the next user message is read on its own: the tracker looks as it does
# after any bot turn, so the bot does not answer the backlog sent during the takeover.
LISTEN = {"event": "action", "name": "action_listen"}


class RasaUnavailable(Exception):
    """Rasa did not take the events (down, refused the token, or an error)."""


class NotDelivered(RasaUnavailable):
    """Rasa took the call but the young person's channel would not deliver the message
    (nothing was saved). `reason` is plain English for the worker, starting "Not sent:"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


NOT_SENT = "Not sent:"
MAX_REASON = 500


async def _refusal(reply: aiohttp.ClientResponse) -> Optional[str]:
    """The channel's "Not sent: ..." from Rasa's error answer, if that is what it is."""
    try:
        body = await reply.json(content_type=None)
    except (ValueError, aiohttp.ClientError):
        return None
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or NOT_SENT not in message:
        return None
    return message[message.index(NOT_SENT):][:MAX_REASON].strip()


def bot_message(text: str, name: Optional[str] = None) -> dict[str, Any]:
    """A `bot` event; with `name`, marked as from a person (the chat shows it so)."""
    event: dict[str, Any] = {"event": "bot", "text": text}
    if name is not None:
        event["metadata"] = {"sender": "person", "name": name}
    return event


class RasaClient:
    def __init__(self, base_url: str, token: str, *, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _post(self, sender_id: str, path: str, body: Any) -> None:
        url = f"{self.base_url}/conversations/{quote(sender_id, safe='')}/{path}"
        params = {"token": self.token, "output_channel": "latest",
                  "execute_side_effects": "true"}
        try:
            async with self._client().post(url, params=params, json=body) as reply:
                if reply.status >= 300:
                    reason = await _refusal(reply) if reply.status == 500 else None
                    if reason:
                        raise NotDelivered(reason)
                    raise RasaUnavailable(f"Rasa answered {reply.status} to {path}")
                await reply.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise RasaUnavailable(f"Rasa could not be reached for {path}: {type(exc).__name__}") from exc

    async def append(self, sender_id: str, events: list[dict[str, Any]]) -> None:
        await self._post(sender_id, "tracker/events", events)

    async def pause(self, sender_id: str, notice: str) -> None:
        """The bot stops answering; the young person is told who joined."""
        await self.append(sender_id, [PAUSE, bot_message(notice)])

    async def say(self, sender_id: str, text: str, name: str) -> None:
        await self.append(sender_id, [bot_message(text, name)])

    async def resume(self, sender_id: str, notice: str) -> None:
        """The young person is told, then the bot answers again from the next message."""
        await self.append(sender_id, [bot_message(notice), RESUME, LISTEN])

    async def resume_quietly(self, sender_id: str) -> None:
        """Resume without a line to the young person (their channel would not deliver it)."""
        await self.append(sender_id, [RESUME, LISTEN])

    async def utter(self, sender_id: str, response: str) -> None:
        """Run one of the bot's own responses (e.g. `utter_crisis`) in the conversation."""
        await self._post(sender_id, "execute", {"name": response})
