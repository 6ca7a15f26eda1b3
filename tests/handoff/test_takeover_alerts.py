"""What the Rasa server's hook does with a flagged message while the bot is paused."""
from __future__ import annotations

import asyncio

import pytest
from types import SimpleNamespace

from bot.handoff import alerts
from bot.handoff.store import TakeoverStore, _shared
from bot.rasa import takeover_hook
from bot.triage.database import resolve_url
from bot.web.store import TriageStore
from tests.triage.helpers import PASSWORD

CRISIS = {"level": "crisis", "category": "suicidal", "reason": "want_to_end"}


@pytest.fixture
def stores(triage_env):
    url = resolve_url(None)  # TRIAGE_DB_URL, set per test by triage_env
    made = TriageStore(url), TakeoverStore(url)
    yield made
    for s in made:
        s.dispose()
    _shared.dispose_all()


def test_takeover_alert_raises_the_held_case_to_crisis(stores):
    store, takeovers = stores
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    case = store.raise_case("handoff", "wants a person", "derby_city", "socketio", "web-1")
    takeovers.start(case, "web-1", worker.id, "asha")
    assert alerts.message_while_paused("web-1", CRISIS, "socketio") == case
    assert store.get_case(case).severity == "crisis"
    assert takeovers.active("web-1").alert_severity == "crisis"


def test_takeover_alert_without_a_takeover_still_raises_a_case(stores):
    store, _ = stores
    case = alerts.message_while_paused("web-2", {"level": "urgent", "category": "harm", "reason": "x"}, "socketio")
    assert case is not None and store.get_case(case).severity == "urgent"
    assert alerts.message_while_paused("web-2", {"level": "none"}, "socketio") is None


async def test_takeover_hook_records_flagged_messages_off_the_event_loop(stores):
    store, takeovers = stores
    worker = store.add_worker("asha", PASSWORD, ["derby_city"])
    case = store.raise_case("info", "question", "derby_city", "socketio", "web-3")
    takeovers.start(case, "web-3", worker.id, "asha")
    tracker = SimpleNamespace(sender_id="web-3", latest_message=SimpleNamespace(parse_data={"crisis": CRISIS}))
    takeover_hook.alert_if_flagged(tracker, "socketio")
    quiet = SimpleNamespace(sender_id="web-3", latest_message=SimpleNamespace(parse_data={"crisis": {"level": "none"}}))
    takeover_hook.alert_if_flagged(quiet, "socketio")
    assert len(takeover_hook.pending()) == 1
    await asyncio.gather(*takeover_hook.pending())
    assert store.get_case(case).severity == "crisis"
