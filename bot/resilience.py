"""What the Rasa server says and does by itself when the action server is down.

The mechanism (a wrapper around Rasa's `RemoteAction.run`) is `bot.rasa.remote_action`;
this module is the policy, with no Rasa in it:
- crisis/urgent follow-ups and handoffs raise the duty workers' triage case (the national
  crisis contacts have already gone out as a domain response), and
- every other action answers with `utter_lookup_failed`, or `utter_lookup_failed_local`
  with the user's council's duty number when the offer store can still be read.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Mapping

from bot.crisis import case_reason
from offers.hours import LONDON

log = logging.getLogger(__name__)
CASE_SEVERITY = {"action_crisis_followup": "crisis", "action_urgent_followup": "urgent",
                 "action_not_safe": "crisis", "action_handoff": "handoff"}
# Actions whose reply is a bonus after the contacts already sent as a domain response (the
# answer beside a check-in): with the action server down they say nothing, rather than
# "I can't look that up" between the contacts and "Are you safe right now?".
SILENT_WHEN_DOWN = frozenset({"action_check_in_answer"})


def duty_contact(authority_key: str | None) -> dict[str, str] | None:
    """The council's name, team and number for now, or None if it can't be looked up."""
    if not authority_key:
        return None
    try:
        from offers.duty import who_to_ring
        from offers.store import OfferStore

        store = OfferStore()
        try:
            line = who_to_ring(store.contacts(authority_key, datetime.now(LONDON)))
            duty = (line[0] or line[1], line[2]) if line else None
            name = store.authority(authority_key).name
        finally:
            store.close()
    except Exception:  # the store may be down too; the generic reply still goes out
        log.warning("no duty contact while the action server is down", exc_info=True)
        return None
    return {"authority_name": name, "team": duty[0], "number": duty[1]} if duty else None


_duty_contact = duty_contact  # the name tests/bot/test_crisis_without_actions.py uses


def raise_case(action_name: str, verdict: Mapping[str, Any], authority: str | None,
               channel: str, sender_id: str) -> None:
    """The triage case `action_name` would have raised (never raises: spools when its DB is down)."""
    from bot.triage import raise_case as raise_triage_case

    raise_triage_case(CASE_SEVERITY[action_name],
                      case_reason(verdict) or "raised while the action server was down",
                      authority, channel, sender_id)
