"""Transcripts of issue 15's acceptance conversations through the real REST channel.

`python -m harness.answer_transcripts > docs/answer-rounds/transcripts.md` starts the
servers as `make run` does and writes each conversation as markdown, with the London time it
was run at (the out-of-hours case is meant to be run in office hours).
"""
from __future__ import annotations

import tempfile
import uuid
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

CONVERSATIONS: list[tuple[str, list[str]]] = [
    ("A national question, no council known", ["how long can i have a personal adviser for"]),
    ("One topic compared across councils, no council known",
     ["which council gives care leavers the most money for setting up home"]),
    ("An out-of-hours question asked in office hours", ["who do i ring at 3am, im in corby"]),
    ("A question about one part of a larger entry",
     ["how much do i get for books at uni? west northants"]),
    ("A direct eligibility question",
     ["do i count as a care leaver if i was only in foster care for a few months at 15?"]),
    ("A council question answered with a postcode", ["how much is council tax", "NN17 1AB"]),
    ("'Talk to a person', then the council", ["can i talk to a real person", "derby"]),
    ("A national line asked for by what it is for, no council known",
     ["whats the nhs number for urgent mental health help? is it just 111"]),
    ("Homelessness with a practical question beside it",
     ["sofa surfing atm and cant get a proper wash, is there anywhere i can have a shower? west northants"]),
]


def write(title: str, conversations: list[tuple[str, list[str]]]) -> int:
    """Run each conversation as a new sender and print it as markdown."""
    from harness.servers import running_bot, say

    now = datetime.now(ZoneInfo("Europe/London")).strftime("%A %d %B %Y, %H:%M")
    print(f"# {title}\n\nRun on {now}, London time.\n")
    with tempfile.TemporaryDirectory() as tmp, running_bot(Path(tmp)) as settings:
        for heading, turns in conversations:
            sender = f"transcript-{uuid.uuid4().hex}"
            print(f"## {heading}\n")
            for turn in turns:
                print(f"**Young person:** {turn}\n")
                for reply in say(settings, sender, turn):
                    text = (reply.get("text") or "").replace("\n", "  \n")
                    buttons = " ".join(f"[{b['title']}]" for b in reply.get("buttons") or [])
                    print(f"**Bot:** {text}" + (f"  \n{buttons}" if buttons else "") + "\n")
    return 0


def main() -> int:
    return write("Issue 15 transcripts (REST)", CONVERSATIONS)


if __name__ == "__main__":
    raise SystemExit(main())
