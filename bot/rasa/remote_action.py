"""Keep replying when the action server is down: a wrapper around Rasa's `RemoteAction.run`.

Rasa 3.6 logs a failed custom action and carries on silently, so a care leaver asking
"how much is the allowance?" would get no answer at all. `install()` wraps Rasa's
RemoteAction so that, when the action server can't be reached or fails, the Rasa server
answers by itself (what it says is `bot.resilience`'s policy, which knows no Rasa):
- crisis/urgent follow-ups still raise the duty workers' triage case from here (the
  national crisis contacts have already gone out as a domain response), and
- "delete my chat" (`action_delete_conversation`) deletes from here, then says it did or
  that it couldn't (the tracker store would otherwise delete at the end of the turn after
  a reply of "I can't look that up"), and
- every other action answers with `utter_lookup_failed`, adding the user's council's
  duty number when the offer store can still be read.
Form rejections (ActionExecutionRejection) are Rasa's normal control flow and pass through.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from bot import resilience

log = logging.getLogger(__name__)
_installed = False


async def fallback_events(action_name: str, output_channel: Any, nlg: Any, tracker: Any) -> list:
    from rasa.core.actions.action import create_bot_utterance

    if action_name in resilience.SILENT_WHEN_DOWN:
        return []
    # The case store and the offer store block (up to a 5 s connect timeout when their
    # database is down too): on worker threads, so no other conversation waits on them.
    if action_name in resilience.CASE_SEVERITY:
        verdict = (tracker.latest_message.parse_data or {}).get("crisis") or {}
        await asyncio.to_thread(resilience.raise_case, action_name, verdict,
                                tracker.get_slot("authority"),
                                tracker.get_latest_input_channel() or "unknown", tracker.sender_id)
        if action_name != "action_handoff":
            return []
    contact = await asyncio.to_thread(resilience.duty_contact, tracker.get_slot("authority"))
    name = "utter_lookup_failed_local" if contact else "utter_lookup_failed"
    response = await nlg.generate(name, tracker, output_channel.name(), **(contact or {}))
    return [create_bot_utterance(response)] if response else []


def install() -> None:
    """Wrap RemoteAction.run once per process."""
    global _installed
    if _installed:
        return
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.exceptions import RasaException

    original = RemoteAction.run

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list:
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except RasaException:
            log.error("custom action %s failed; replying without it", self.name())
            if self.name() == DELETE_ACTION:
                return await delete_here(output_channel, nlg, tracker)
            return await fallback_events(self.name(), output_channel, nlg, tracker)

    run.__wrapped__ = original  # type: ignore[attr-defined]
    RemoteAction.run = run
    _installed = True


DELETE_ACTION = "action_delete_conversation"


async def delete_here(output_channel: Any, nlg: Any, tracker: Any) -> list:
    """What actions/privacy.py does, from the Rasa server: delete first, then say which."""
    import asyncio

    from rasa.core.actions.action import create_bot_utterance

    from bot.privacy import PrivacyStoreError, delete_conversation, pseudonymise

    try:
        await asyncio.to_thread(delete_conversation, tracker.sender_id)
        name = "utter_chat_deleted"
    except (PrivacyStoreError, ValueError) as exc:
        log.error("conversation %s NOT deleted: %s", pseudonymise(tracker.sender_id), exc)
        name = "utter_delete_failed"
    response = await nlg.generate(name, tracker, output_channel.name())
    return [create_bot_utterance(response)] if response else []
