""""start again", "start over": what the user said before it no longer counts."""
from __future__ import annotations

import re

from rasa_sdk import Tracker

from offers.textnorm import fold

# "start again", "start over": forget the council and what was asked.
# "forget that, start again", "actually scrap that. start over": what comes first only
# takes the earlier message back.
START_AGAIN = re.compile(r"^(?:(?:actually|ok|okay|no|nah|sorry|wait|hmm)[ ,.]+)*"
                         r"(?:(?:forget|scrap|ignore|never mind|nevermind) ?(?:that|it|this|all that|everything)?[ ,.!]+)?"
                         r"(?:can we |lets |let's )?(?:start (?:again|over|afresh)|restart|reset|"
                         r"begin again|new chat|start a new chat)\b")


def withdrawn(tracker: Tracker, slot: str) -> bool:
    """The user asked to start again after `slot` was last set: "im in corby", then
    "actually forget that, start over" (which the classifier may read as "delete my
    chat" and only ask to confirm), then a question. The council given before it no
    longer counts, whatever the classifier made of the words."""
    started_again = set_at = -1
    for i, event in enumerate(tracker.events):
        if event.get("event") == "user" and START_AGAIN.search(fold(str(event.get("text") or ""))):
            started_again = i
        elif event.get("event") == "slot" and event.get("name") == slot and event.get("value"):
            set_at = i
    return started_again > set_at >= 0
