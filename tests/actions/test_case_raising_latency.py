"""Issue 17, hole 4: a flood of fake crisis messages queues thousands of case inserts; a
real crisis's reply must not wait behind them. The action waits at most
RAISE_WAIT_SECONDS for its case, which goes on being raised in the background."""
from __future__ import annotations

import asyncio
import time

import actions.triage
from tests.actions.helpers import create_tracker


async def test_the_reply_waits_at_most_a_moment_for_the_case(monkeypatch):
    raised = []

    async def slow_raise_case_async(*args):
        await asyncio.sleep(3)  # the insert queued behind a flood's thousands
        raised.append(args)
        return 42

    monkeypatch.setattr(actions.triage, "raise_case_async", slow_raise_case_async)
    tracker = create_tracker("crisis", "I want to die", sender_id="real-person")
    started = time.monotonic()
    assert await actions.triage.raise_case("crisis", "suicidal", tracker) is None
    waited = time.monotonic() - started
    # Before: the action (so the reply) waited the full 3 s.
    assert waited < actions.triage.RAISE_WAIT_SECONDS + 0.5
    await asyncio.gather(*actions.triage.pending())  # the case is still raised
    assert [a[-1] for a in raised] == ["real-person"]
