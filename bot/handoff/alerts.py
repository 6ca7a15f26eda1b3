"""A crisis or urgent message while a duty worker holds the conversation (safety.md rule 10).

Rasa does not answer while the conversation is paused, but the NLU pipeline, with the
crisis detector, still reads every message. `bot.rasa.takeover_hook` calls `message_while_paused`
(on a worker thread) for each such message the detector flagged: the case becomes more
severe (the most severe, for crisis), gets an alert event the worker's page shows at once,
and the crisis clock starts for the sweeper (contacts after 2 quiet minutes).

If nobody holds the conversation (paused some other way) or the store is down, a case is
raised the usual way (`bot.triage.raise_case` spools it when the database is down).
"""
from __future__ import annotations

import logging
from typing import Optional

from bot.handoff.store import shared_store

log = logging.getLogger(__name__)

LEVELS = ("crisis", "urgent")  # bot.crisis.patterns.CRISIS / URGENT, the detector's levels


def severity_of(verdict: object) -> Optional[str]:
    """'crisis' or 'urgent' for a flagged parse-data `crisis` verdict, else None."""
    if not isinstance(verdict, dict):
        return None
    level = verdict.get("level")
    return level if level in LEVELS else None


def message_while_paused(sender_id: str, verdict: dict, channel: str) -> Optional[int]:
    """Alert the case of the takeover holding `sender_id`; returns the case id (or None)."""
    from bot.crisis import case_reason
    from bot.triage import raise_case

    severity = severity_of(verdict)
    if severity is None:
        return None
    reason = case_reason(verdict) or "raised by the assistant"
    try:
        takeover = shared_store().mark_crisis(sender_id, severity, reason)
    except Exception:  # recall first: a broken store must not lose the alert
        log.exception("could not alert a takeover; raising a case instead")
        takeover = None
    if takeover is not None:
        log.warning("case %s: %s message during a takeover", takeover.case_id, severity)
        return takeover.case_id
    return raise_case(severity, reason, None, channel, sender_id)
