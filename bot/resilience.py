"""Keep replying when the action server is down (installed in the Rasa server process).

Rasa 3.6 logs a failed custom action and carries on silently, so a care leaver asking
"how much is the allowance?" would get no answer at all. `install()` wraps Rasa's
RemoteAction so that, when the action server can't be reached or fails:
- crisis/urgent follow-ups still raise the duty workers' triage case from here (the
  national crisis contacts have already gone out as a domain response), and
- every other action answers with `utter_lookup_failed`, adding the user's council's
  duty number when the offer store can still be read.
Form rejections (ActionExecutionRejection) are Rasa's normal control flow and pass through.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")
CASE_SEVERITY = {"action_crisis_followup": "crisis", "action_urgent_followup": "urgent",
                 "action_not_safe": "crisis", "action_handoff": "handoff"}
_installed = False


def _duty_contact(authority_key: str | None) -> dict[str, str] | None:
    """The council's name, team and number for now, or None if it can't be looked up."""
    if not authority_key:
        return None
    try:
        from actions.formatting import team_and_number
        from offers.store import OfferStore

        store = OfferStore()
        try:
            duty = team_and_number(store.contacts(authority_key, datetime.now(LONDON)))
            name = store.authority(authority_key).name
        finally:
            store.close()
    except Exception:  # the store may be down too; the generic reply still goes out
        log.warning("no duty contact while the action server is down", exc_info=True)
        return None
    return {"authority_name": name, "team": duty[0], "number": duty[1]} if duty else None


def _raise_case(action_name: str, tracker: Any) -> None:
    from bot.triage import raise_case

    verdict = (tracker.latest_message.parse_data or {}).get("crisis") or {}
    reason = ": ".join(str(v) for v in (verdict.get("category"), verdict.get("reason")) if v)
    raise_case(CASE_SEVERITY[action_name], reason or "raised while the action server was down",
               tracker.get_slot("authority"), tracker.get_latest_input_channel() or "unknown",
               tracker.sender_id)


async def fallback_events(action_name: str, output_channel: Any, nlg: Any, tracker: Any) -> list:
    from rasa.core.actions.action import create_bot_utterance

    if action_name in CASE_SEVERITY:
        _raise_case(action_name, tracker)  # never raises: spools when its DB is down
        if action_name != "action_handoff":
            return []
    contact = _duty_contact(tracker.get_slot("authority"))
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
            return await fallback_events(self.name(), output_channel, nlg, tracker)

    RemoteAction.run = run
    _installed = True
