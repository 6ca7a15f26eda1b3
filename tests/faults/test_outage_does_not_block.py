"""Issue 17, hole 7: with the action server down, Rasa answers by itself
(bot.rasa.remote_action.fallback_events). Its offer-store lookup and case raising block
(a PostgreSQL connect timeout is 5 s); on Rasa's event loop that stalled every other
conversation. Measured here with a slow database simulated: another conversation's
latency stays low while a crisis fallback is waiting on the database."""
from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

from bot import resilience
from bot.rasa import remote_action

SLOW = 1.0


class FakeTracker:
    sender_id = "crisis-person"
    latest_message = SimpleNamespace(parse_data={"crisis": {"level": "crisis"}})

    def get_slot(self, name):
        return "derby_city" if name == "authority" else None

    def get_latest_input_channel(self):
        return "rest"


class FakeNLG:
    async def generate(self, name, tracker, channel, **kwargs):
        return {"text": name}


class FakeChannel:
    def name(self):
        return "rest"


async def _other_conversation_latency(work) -> float:
    """The longest the loop kept another conversation (a 10 ms ticker) waiting while
    `work` ran."""
    worst = 0.0
    stop = asyncio.Event()

    async def other() -> None:
        nonlocal worst
        while not stop.is_set():
            started = time.monotonic()
            await asyncio.sleep(0.01)
            worst = max(worst, time.monotonic() - started - 0.01)

    ticker = asyncio.ensure_future(other())
    await asyncio.sleep(0.05)
    await work
    await asyncio.sleep(0.05)
    stop.set()
    await ticker
    return worst


def test_a_crisis_during_a_double_outage_does_not_stall_other_conversations(monkeypatch):
    raised = []

    def slow_raise(*args):
        time.sleep(SLOW)  # the triage database not answering
        raised.append(args)

    def slow_contact(authority):
        time.sleep(SLOW)  # the offer store not answering
        return None

    monkeypatch.setattr(resilience, "raise_case", slow_raise)
    monkeypatch.setattr(resilience, "duty_contact", slow_contact)

    async def both() -> tuple[float, float]:
        crisis = remote_action.fallback_events("action_crisis_followup", FakeChannel(), FakeNLG(),
                                               FakeTracker())
        lookup = remote_action.fallback_events("action_offer_lookup", FakeChannel(), FakeNLG(),
                                               FakeTracker())
        return (await _other_conversation_latency(crisis),
                await _other_conversation_latency(lookup))

    crisis_stall, lookup_stall = asyncio.run(both())
    assert len(raised) == 1  # the case is still raised
    # Before: each stalled every other conversation for the whole database wait (~1.0 s).
    assert crisis_stall < 0.2, crisis_stall
    assert lookup_stall < 0.2, lookup_stall
