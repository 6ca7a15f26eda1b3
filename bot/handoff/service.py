"""Take over, talk, hand back: the takeover store and Rasa's HTTP API together.

The dashboard's routes and the sweeper both call this, so what the young person sees and
what is recorded are the same whoever ends a takeover. Store calls run on a worker thread;
the event loop never waits on SQL.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Optional

from bot.handoff import wording
from bot.handoff.rasa_api import NotDelivered, RasaClient, RasaUnavailable
from bot.handoff.store import TakeoverStore, TakeoverView

log = logging.getLogger(__name__)

MAX_MESSAGE = 2000
CRISIS_RESPONSES = {"crisis": "utter_crisis", "urgent": "utter_urgent"}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    reason: str = "done"  # a key of wording.REFUSALS when not ok
    takeover: Optional[TakeoverView] = None
    holder: Optional[str] = None  # who holds the chat or the case, for a refusal
    detail: str = ""  # "not_delivered": the channel's own reason ("Not sent: ..."), shown as it is

    @property
    def holder_name(self) -> str:
        if self.holder:
            return self.holder
        return self.takeover.worker_name if self.takeover else "another duty worker"


class Handoff:
    def __init__(self, store: TakeoverStore, rasa: RasaClient) -> None:
        self.store = store
        self.rasa = rasa

    async def take_over(self, case_id: int, sender_id: str, worker_id: int, name: str) -> Outcome:
        if not sender_id:
            return Outcome(False, "no_conversation")
        started = await asyncio.to_thread(self.store.start, case_id, sender_id, worker_id, name)
        if not started.ok:
            if started.takeover is not None and started.takeover.worker_id == worker_id:
                return Outcome(True, takeover=started.takeover)  # pressed twice: already theirs
            return Outcome(False, "held", started.takeover)
        assert started.takeover is not None
        try:
            await self.rasa.pause(sender_id, wording.joined(name))
        except RasaUnavailable as exc:
            log.warning("takeover %s of case %s could not pause the bot: %s",
                        started.takeover.id, case_id, exc)
            failed = await asyncio.to_thread(self.store.end, started.takeover.id, "failed")
            if failed is not None:
                await asyncio.to_thread(self.store.record_end, failed)
            return _failed(exc, started.takeover)
        log.info("case %s: worker %s took over the chat (takeover %s)", case_id, worker_id,
                 started.takeover.id)
        return Outcome(True, takeover=started.takeover)

    async def send(self, sender_id: str, worker_id: int, text: str) -> Outcome:
        text = (text or "").strip()
        if not text:
            return Outcome(False, "empty")
        if len(text) > MAX_MESSAGE:
            return Outcome(False, "too_long")
        takeover = await asyncio.to_thread(self.store.active, sender_id)
        if takeover is None or takeover.worker_id != worker_id:
            return Outcome(False, "not_yours", takeover)
        try:
            await self.rasa.say(sender_id, text, takeover.worker_name)
        except RasaUnavailable as exc:
            # Not recorded as sent: Rasa saved nothing, and the worker's page says why.
            log.warning("takeover %s: a worker's message could not be sent: %s", takeover.id, exc)
            return _failed(exc, takeover)
        await asyncio.to_thread(self.store.worker_said, takeover.id, worker_id)
        return Outcome(True, takeover=takeover)

    async def hand_back(self, sender_id: str, worker_id: int | None, how: str = "handed_back",
                        *, quiet_since=None) -> Outcome:
        """End the takeover (the worker's own, unless `worker_id` is None) and resume the bot."""
        takeover = await asyncio.to_thread(self.store.active, sender_id)
        if takeover is None or (worker_id is not None and takeover.worker_id != worker_id):
            return Outcome(False, "not_yours", takeover)
        ended = await asyncio.to_thread(self.store.end, takeover.id, how, worker_id=worker_id,
                                        quiet_since=quiet_since)
        if ended is None:
            return Outcome(False, "not_yours", takeover)
        notice = wording.timed_out(ended.worker_name) if how == "abandoned" else wording.left(ended.worker_name)
        try:
            try:
                await self.rasa.resume(sender_id, notice)
            except NotDelivered as exc:
                # The channel won't carry the line (Messenger, window closed): the bot must
                # still answer again, so resume without it.
                log.warning("takeover %s: the hand-back line was not delivered (%s); resuming without it",
                            ended.id, exc)
                await self.rasa.resume_quietly(sender_id)
        except RasaUnavailable as exc:
            # The bot must not stay paused with nobody holding the chat: undo the end, so
            # the worker can try again and the sweeper will.
            log.error("takeover %s: the bot could not be resumed (%s); it stays held", ended.id, exc)
            await asyncio.to_thread(self.store.reopen, ended)
            return Outcome(False, "rasa", ended)
        await asyncio.to_thread(self.store.record_end, ended, worker_id)
        log.info("case %s: takeover %s ended (%s)", ended.case_id, ended.id, how)
        return Outcome(True, takeover=ended)

    async def send_contacts(self, takeover: TakeoverView) -> bool:
        """The worker is quiet after a crisis message: the bot sends its own contacts."""
        if not await asyncio.to_thread(self.store.claim_contacts, takeover):
            return False
        response = CRISIS_RESPONSES.get(takeover.alert_severity or "crisis", "utter_crisis")
        try:
            await self.rasa.utter(takeover.sender_id, response)
        except RasaUnavailable as exc:
            log.error("takeover %s: the crisis contacts could not be sent (%s); trying again", takeover.id, exc)
            await asyncio.to_thread(self.store.unclaim_contacts, takeover)
            return False
        await asyncio.to_thread(self.store.contacts_sent, takeover)
        log.warning("case %s: worker quiet after a crisis message; the bot sent the contacts",
                    takeover.case_id)
        return True


def _failed(exc: RasaUnavailable, takeover: Optional[TakeoverView]) -> Outcome:
    """A refusal for the worker: the channel's reason when it would not deliver, else "rasa"."""
    if isinstance(exc, NotDelivered):
        return Outcome(False, "not_delivered", takeover, detail=exc.reason)
    return Outcome(False, "rasa", takeover)
