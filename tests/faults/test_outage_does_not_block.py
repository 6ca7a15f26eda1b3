"""Issue 17, hole 7: with the action server down, Rasa answers by itself
(bot.rasa.remote_action.fallback_events). Its offer-store lookup and case raising block
(a PostgreSQL connect timeout is 5 s); on Rasa's event loop that stalled every other
conversation. Checked here with a database that
answers only once the event loop has run something else: off the loop it answers at once,
on the loop it never could."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

from bot import resilience
from bot.rasa import remote_action

WAIT = 30.0  # how long a blocked database call waits for the loop before the test fails


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


def _database_that_waits_for_the_loop(loop: asyncio.AbstractEventLoop, calls: list[int]):
    """A stand-in for a database that is not answering: the call blocks until the event
    loop has run something else. Off the loop that happens at once; on the loop it never
    can, so the call gives up after WAIT seconds and records the stall. A handshake, not a
    clock, so a slow CI machine can't make it flaky."""
    import threading

    def blocked_call() -> bool:
        calls.append(threading.get_ident())
        answered = threading.Event()
        loop.call_soon_threadsafe(answered.set)
        return answered.wait(WAIT)

    return blocked_call


def test_a_crisis_during_a_double_outage_does_not_stall_other_conversations(monkeypatch):
    import threading

    raised: list[tuple] = []
    stalled: list[str] = []
    calls: list[int] = []

    async def both() -> None:
        blocked_call = _database_that_waits_for_the_loop(asyncio.get_running_loop(), calls)

        def slow_raise(*args):
            if not blocked_call():
                stalled.append("raise_case")
            raised.append(args)

        def slow_contact(authority):
            if not blocked_call():
                stalled.append("duty_contact")
            return None

        monkeypatch.setattr(resilience, "raise_case", slow_raise)
        monkeypatch.setattr(resilience, "duty_contact", slow_contact)
        await remote_action.fallback_events("action_crisis_followup", FakeChannel(), FakeNLG(), FakeTracker())
        await remote_action.fallback_events("action_offer_lookup", FakeChannel(), FakeNLG(), FakeTracker())

    asyncio.run(both())
    assert len(raised) == 1  # the case is still raised
    assert calls, "the fallbacks never reached the database"
    assert threading.get_ident() not in calls
    # Before: each database wait ran on the loop and stalled every other conversation.
    assert stalled == []
