"""How long a duty worker's message takes to reach the young person's website chat (issue 18).

The young person is a python-socketio client on one Rasa server's socket.io channel, in a
conversation granted by `session_request` (as the chat page does), that has said one
thing. The "worker" posts a bot event with `{"sender": "person", "name": ...}` metadata to
a Rasa server's HTTP API, `/conversations/<id>/tracker/events?output_channel=latest&
execute_side_effects=true`, as the dashboard does; the time is from just before that POST
to the client's receipt of the message. With two servers the POST goes to the other one,
so the message crosses Redis (bot/rasa/channels/socketio.py).

    .venv/bin/python -m harness.takeover_latency        # starts two Rasa servers, PostgreSQL, Redis

prints p50 and max over 20 messages (after 2 untimed) for one server (socket and POST on the same server)
and two (socket on server 1, POST to server 2). The tests use `Chat` and `measure`
(tests/bot/test_takeover_delivery.py, tests/scale/test_takeover_two_servers.py).
"""
from __future__ import annotations

import asyncio
import json
import statistics
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Optional

import socketio

WORKER = {"sender": "person", "name": "Sam"}


@dataclass
class Chat:
    """A young person's chat page, reduced to its socket: records every event, with the time."""

    base_url: str  # the Rasa server, e.g. http://127.0.0.1:5005
    sio: socketio.AsyncClient = field(default_factory=lambda: socketio.AsyncClient(reconnection=False))
    events: list[tuple[float, str, Any]] = field(default_factory=list)
    session_id: str = ""
    token: str = ""

    def __post_init__(self) -> None:
        self.sio.on("*", self._any)

    async def _any(self, event: str, data: Any = None) -> None:
        self.events.append((time.perf_counter(), event, data))

    async def open(self, first_message: str = "hello") -> "Chat":
        """Connect, get a conversation, say `first_message` and wait for the bot's reply
        (so the conversation's latest channel is socketio)."""
        await self.sio.connect(self.base_url, socketio_path="/socket.io", transports=["polling"], wait_timeout=20)
        await self.sio.emit("session_request", {})
        confirm = await self.wait_for(lambda e, d: e == "session_confirm")
        self.session_id, self.token = confirm["session_id"], confirm["token"]
        await self.sio.emit("user_uttered", {"message": first_message, "session_id": self.session_id})
        await self.wait_for(lambda e, d: e == "bot_uttered")
        await asyncio.sleep(0.5)  # let the rest of the bot's reply arrive
        return self

    async def wait_for(self, match: Any, timeout: float = 30, since: int = 0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for _at, event, data in self.events[since:]:
                if match(event, data):
                    return data
            await asyncio.sleep(0.01)
        raise TimeoutError("no matching socket.io event")

    def bot_messages(self, since: int = 0) -> list[Any]:
        return [data for _at, event, data in self.events[since:] if event == "bot_uttered"]

    async def close(self) -> None:
        await leave(self.sio)


async def leave(sio: Any) -> None:
    """Disconnect a polling socket.io client at once. python-socketio's disconnect() waits
    for the pending long poll to come back, up to the server's ping interval (25 s): that
    was most of the time of the tests that use it. The engine.io close packet is sent
    either way (the server ends the session); abort closes the HTTP session, which ends the
    long poll."""
    await sio.eio.disconnect(abort=True)


def post_events(api_url: str, token: str, conversation: str, events: list[dict],
                timeout: float = 30) -> tuple[int, Any]:
    """POST events to a conversation with output_channel=latest and side effects, as the
    dashboard does. Returns (status, JSON body)."""
    url = (f"{api_url}/conversations/{conversation}/tracker/events"
           f"?output_channel=latest&execute_side_effects=true&token={token}")
    request = urllib.request.Request(url, data=json.dumps(events).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, json.loads(reply.read() or b"null")
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, body.decode("utf-8", "replace")


def worker_event(text: str, name: str = "Sam") -> dict:
    return {"event": "bot", "text": text, "metadata": {"sender": "person", "name": name}}


async def send_and_time(chat: Chat, api_url: str, token: str, text: str) -> float:
    """Seconds from the POST to the chat's receipt of `text` from a person."""
    since = len(chat.events)
    start = time.perf_counter()
    status, body = await asyncio.to_thread(post_events, api_url, token, chat.session_id, [worker_event(text)])
    if status != 200:
        raise RuntimeError(f"the API answered {status}: {body}")
    await chat.wait_for(lambda e, d: e == "bot_uttered" and isinstance(d, dict) and d.get("text") == text,
                        since=since)
    received = next(at for at, e, d in chat.events[since:]
                    if e == "bot_uttered" and isinstance(d, dict) and d.get("text") == text)
    return received - start


async def measure(socket_url: str, api_url: str, token: str, n: int = 20, warm_up: int = 2) -> dict[str, Any]:
    """p50 and max (ms) of `n` worker messages from `api_url` to a chat on `socket_url`,
    after `warm_up` untimed ones (a server's first API call pays for loading code)."""
    chat = await Chat(socket_url).open()
    try:
        for i in range(warm_up):
            await send_and_time(chat, api_url, token, f"Warm-up {i} from Sam.")
        times = [await send_and_time(chat, api_url, token, f"Message {i} from Sam.\n\nStill here.")
                 for i in range(n)]
        person = [m for m in chat.bot_messages() if isinstance(m, dict) and m.get("sender") == "person"]
        if len(person) != n + warm_up:
            raise RuntimeError(f"{n + warm_up} messages sent, {len(person)} received")
    finally:
        await chat.close()
    ms = sorted(t * 1000 for t in times)
    return {"n": n, "p50_ms": round(statistics.median(ms), 1), "max_ms": round(ms[-1], 1),
            "all_ms": [round(t, 1) for t in ms]}


def describe(label: str, result: dict[str, Any]) -> str:
    return f"{label}: p50 {result['p50_ms']} ms, max {result['max_ms']} ms over {result['n']} messages"


def main(argv: Optional[list[str]] = None) -> None:
    import tempfile
    from pathlib import Path

    from harness.cluster import running_cluster

    with tempfile.TemporaryDirectory(prefix="takeover-") as tmp, \
            running_cluster(Path(tmp), rasa_servers=2) as cluster:
        one, two = (f"http://127.0.0.1:{s.rasa_port}" for s in cluster.rasa)
        token = cluster.settings.rasa_api_token
        print(describe("one server (socket and POST on server 1)", asyncio.run(measure(one, one, token))))
        print(describe("two servers (socket on server 1, POST to server 2)", asyncio.run(measure(one, two, token))))


if __name__ == "__main__":
    main()
