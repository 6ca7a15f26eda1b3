"""'Delete my chat' when the action server is down (issue 17, hole 8).

Rasa's RemoteAction fails, bot.rasa.remote_action answers instead: it used to say "Sorry, I
can't look that up right now" while the tracker store deleted the chat anyway at the end
of the turn. Now the Rasa server deletes it itself and says which happened.
"""
from __future__ import annotations

import time

import pytest

from tests.privacy.helpers import add_events, closed_port_pg_url, count_events


class Nlg:
    async def generate(self, name, tracker, channel, **kwargs):
        return {"text": name}


class Channel:
    def name(self) -> str:
        return "rest"


async def run_delete_with_the_action_server_down(sender: str) -> list[str]:
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig

    from bot.rasa import remote_action

    remote_action.install()
    action = RemoteAction("action_delete_conversation", EndpointConfig("http://127.0.0.1:9/webhook"))
    events = await action.run(Channel(), Nlg(), DialogueStateTracker(sender, []), Domain.empty())
    return [e.text for e in events]


async def test_the_rasa_server_deletes_and_says_so(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    monkeypatch.setenv("TRACKER_DB_URL", url)
    add_events(url, "me", [("user", "my address is 1 High Street", time.time() - 60)])
    assert await run_delete_with_the_action_server_down("me") == ["utter_chat_deleted"]
    assert count_events(url, "me") == 0


async def test_with_the_store_down_too_it_says_it_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB_URL", closed_port_pg_url())
    assert await run_delete_with_the_action_server_down("me") == ["utter_delete_failed"]
