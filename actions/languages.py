"""Messages in another language (safety.md rule 9, bot/crisis/languages.yml).

The pipeline marks a message written in another language (`crisis.language`). A crisis
or urgent one has already had the contacts in English; `interpreter_line` adds, in the
person's language, that NHS 111 and 999 can get an interpreter. Any other one has had
the contacts too (utter_other_language_check_in: the bot can't read it, so it can't rule
a crisis out); it then gets, in their language, that the assistant answers in English,
how to get help in their language from the leaving care team (the council's number, or
each council's), and the interpreter line.
"""
from __future__ import annotations

from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import office_number
from actions.store import contacts_now, offer_store, query
from bot.crisis import languages


def message_language(tracker: Tracker) -> Optional[languages.Language]:
    code = (tracker.latest_message.get("crisis") or {}).get("language")
    return languages.language(code) if code else None


def utter_interpreter_line(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """After a crisis or urgent reply: the interpreter line in the message's language."""
    language = message_language(tracker)
    if language is not None:
        dispatcher.utter_message(text=language.interpreter_line)


async def leaving_care_numbers(tracker: Tracker) -> str:
    """The user's council's office number, or each council's with its name."""
    key = tracker.get_slot("authority")
    if key:
        return office_number(await contacts_now(key))
    numbers = []
    for authority in await query(offer_store().authorities):
        number = office_number(await contacts_now(authority.key))
        if number:
            numbers.append(f"{authority.short_name or authority.name} {number}")
    return ", ".join(numbers)


class ActionOtherLanguage(Action):
    def name(self) -> str:
        return "action_other_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        language = message_language(tracker)
        if language is None:
            return []
        numbers = await leaving_care_numbers(tracker)
        if numbers:
            dispatcher.utter_message(text=language.english_only_line.format(number=numbers))
        dispatcher.utter_message(text=language.interpreter_line)
        return []
