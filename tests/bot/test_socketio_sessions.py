"""Issue 17, hole 1: a website conversation id is not a password.

A second socket.io client that knows a visitor's conversation id but not its token tries to
join that conversation (to follow its live replies, or ask "download my chat") and to write
into it as the young person. It must be refused, and the visitor's conversation must not
change. Against the real servers (`bot_servers`), with python-socketio's client.

What the attacker got is written to var/screenshots/socketio-attack.json for the issue's note.
"""
from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Any

import pytest
import socketio

from bot.paths import VAR
from harness.takeover_latency import leave
from bot.settings import Settings

pytestmark = pytest.mark.server


class Client:
    """One socket.io client: records every event it gets."""

    def __init__(self) -> None:
        self.sio = socketio.AsyncClient(reconnection=False)
        self.events: list[tuple[str, Any]] = []
        self.sio.on("*", self._any)

    async def _any(self, event: str, data: Any = None) -> None:
        self.events.append((event, data))

    async def connect(self, settings: Settings) -> None:
        await self.sio.connect(f"http://127.0.0.1:{settings.rasa_port}", socketio_path="/socket.io",
                               transports=["polling"], wait_timeout=20)

    async def wait_for(self, event: str, timeout: float = 20) -> Any:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            for name, data in self.events:
                if name == event:
                    return data
            await asyncio.sleep(0.05)
        return None

    def bot_texts(self) -> list[str]:
        return [str(d.get("text", "")) for name, d in self.events if name == "bot_uttered" and isinstance(d, dict)]


def user_texts(settings: Settings, sender: str) -> list[str]:
    url = (f"http://127.0.0.1:{settings.rasa_port}/conversations/{sender}/tracker"
           f"?token={settings.rasa_api_token}")
    with urllib.request.urlopen(url, timeout=20) as reply:
        tracker = json.loads(reply.read())
    return [e.get("text") or "" for e in tracker.get("events", []) if e.get("event") == "user"]


def confirmed(data: Any) -> tuple[str, str | None]:
    if isinstance(data, dict):
        return str(data.get("session_id")), data.get("token")
    return str(data), None


async def test_another_visitors_id_without_its_token_is_refused(bot_servers: Settings) -> None:
    victim, attacker = Client(), Client()
    await victim.connect(bot_servers)
    await victim.sio.emit("session_request", {})
    victim_id, token = confirmed(await victim.wait_for("session_confirm"))
    assert victim_id and victim_id != "None"
    await victim.sio.call("user_uttered", {"message": "my secret is pineapple", "session_id": victim_id,
                                           **({"token": token} if token else {})}, timeout=30)
    await asyncio.sleep(1)
    before = user_texts(bot_servers, victim_id)
    assert "my secret is pineapple" in before

    # The attacker knows the id (from a shared computer, or the dashboard) but not the token.
    await attacker.connect(bot_servers)
    await attacker.sio.emit("session_request", {"session_id": victim_id})
    await asyncio.sleep(1.5)
    session_answer = [e for e in attacker.events if e[0].startswith("session")]
    ack = None
    try:
        ack = await attacker.sio.call("user_uttered", {"message": "download my chat", "session_id": victim_id},
                                      timeout=30)
    except socketio.exceptions.TimeoutError:
        ack = "timeout"
    await asyncio.sleep(3)
    after = user_texts(bot_servers, victim_id)
    got = {"session_request": session_answer, "user_uttered_ack": ack,
           "attacker_saw_victims_words": any("pineapple" in t for t in attacker.bot_texts()),
           "attacker_bot_uttered": attacker.bot_texts()[:5],
           "written_into_victims_conversation": "download my chat" in after}
    VAR.joinpath("screenshots").mkdir(parents=True, exist_ok=True)
    VAR.joinpath("screenshots", "socketio-attack.json").write_text(json.dumps(got, indent=2, default=str))
    await leave(attacker.sio)
    await leave(victim.sio)

    assert ("session_refused", {"reason": "token"}) in session_answer, got
    assert not any(name == "session_confirm" for name, _ in session_answer), got
    assert ack == {"error": "no session"}, got
    assert not got["attacker_saw_victims_words"], got
    assert not got["written_into_victims_conversation"], got
    assert after == before


async def test_a_client_chosen_id_is_refused_and_a_granted_one_is_the_only_one_used(bot_servers: Settings) -> None:
    client = Client()
    await client.connect(bot_servers)
    await client.sio.emit("session_request", {"session_id": "my-own-chosen-id", "token": "made.up.token"})
    assert await client.wait_for("session_refused") == {"reason": "token"}
    assert await client.wait_for("session_confirm", timeout=1) is None
    # A fresh session: the server chooses the id, which says which channel it belongs to.
    await client.sio.emit("session_request", {})
    session_id, token = confirmed(await client.wait_for("session_confirm"))
    assert session_id.startswith("web-") and len(session_id) >= 36 and token
    # Messages go to the granted conversation whatever id the message names.
    await client.sio.call("user_uttered", {"message": "hello there", "session_id": "somebody-else"}, timeout=30)
    await asyncio.sleep(1)
    assert "hello there" in user_texts(bot_servers, session_id)
    assert user_texts(bot_servers, "somebody-else") == []
    await leave(client.sio)

    # The tab reloads: its id and token restore the same conversation.
    again = Client()
    await again.connect(bot_servers)
    await again.sio.emit("session_request", {"session_id": session_id, "token": token})
    assert confirmed(await again.wait_for("session_confirm"))[0] == session_id
    await leave(again.sio)
