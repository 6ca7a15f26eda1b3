"""'Unknown'-council cases move to their council once the conversation says which.

A crisis often comes before the young person says which council they are with, so its
case is raised as 'unknown', which every council's workers can see (as a summary only:
bot.web.duty.cases). As soon as the conversation's `authority` slot is set, the case
moves to that council: when anyone opens it, and every spool-replay interval for the
whole queue (bot.web.live). Blocking: call from a thread.
"""
from __future__ import annotations

from bot.triage.authorities import UNKNOWN
from bot.triage.cases import CaseStore
from bot.triage.transcript import TranscriptReader

MAX_PER_ROUND = 200


def settle_case(store: CaseStore, transcripts: TranscriptReader, case_id: int) -> bool:
    """Move one unknown case whose conversation now names its council. True if moved."""
    case = store.get_case(case_id)
    if case is None or case.authority != UNKNOWN or case.status == "resolved" or not case.sender_id:
        return False
    authority = transcripts.slot(case.sender_id, "authority")
    return bool(authority) and store.move_to_authority(case_id, authority or "")


def settle_unknown_cases(store: CaseStore, transcripts: TranscriptReader) -> list[int]:
    """Every open unknown case whose council is now known moves; returns their ids."""
    cases = store.queue([UNKNOWN])[:MAX_PER_ROUND]
    return [c.id for c in cases if settle_case(store, transcripts, c.id)]
