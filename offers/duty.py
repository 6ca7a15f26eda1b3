"""Who to ring at a moment: the office in office hours, the out-of-hours line otherwise.

The rule lives with the store because the Rasa server needs it too, when the action server
is down (bot/resilience.py), and the action server's replies use it (actions/formatting.py).
"""
from __future__ import annotations

from offers.types import Contacts


def who_to_ring(contacts: Contacts) -> tuple[str | None, str, str] | None:
    """(the line's label as published or None, a plain default name, the number).

    When the sources state no hours (office_open is None) it is the office number, which is
    what the authority publishes; the crisis contacts have already covered 24/7 help.
    """
    if contacts.office_open is False and contacts.out_of_hours_number:
        return contacts.out_of_hours_label, "out-of-hours team", contacts.out_of_hours_number
    if not contacts.number_now:
        return None
    label = next((p.label for p in contacts.phones
                  if p.number == contacts.number_now and p.role == "office"), None)
    return label, "leaving care team", contacts.number_now
