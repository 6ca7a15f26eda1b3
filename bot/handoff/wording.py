"""Every line a takeover puts in front of the young person or the duty worker, in one place.

Plain English (reading age about 11), short and warm (safety.md rule 5). The crisis
contacts are not here: the bot sends its own `utter_crisis` response (domain.yml).
"""
from __future__ import annotations

MAX_NAME = 60


def short_name(name: str) -> str:
    return " ".join((name or "").split())[:MAX_NAME] or "A duty worker"


def joined(name: str) -> str:
    return f"{short_name(name)}, a duty worker, has joined the chat. You are talking with a person now."


def left(name: str) -> str:
    return f"{short_name(name)} has left the chat. You are talking with the assistant again."


def timed_out(name: str) -> str:
    return (f"{short_name(name)} has had to step away. You are talking with the assistant "
            "again. If you need help now, call Samaritans on 116 123 or text SHOUT to 85258.")


# What a duty worker can start a message with (editable in the reply box).
STARTERS = (
    "Hi, I'm {name}, a duty worker. I've read your messages. Are you safe right now?",
    "I'm really glad you told us. You don't have to deal with this on your own.",
    "Is there someone with you, or someone you trust who you could be with now?",
    "If you are in danger now, please call 999. I'll stay here in the chat.",
    "Would it be OK if I called you? What number is best?",
)


def starters(name: str) -> list[str]:
    return [s.format(name=short_name(name)) for s in STARTERS]


# What the worker's page says about the takeover.
REFUSALS = {
    "held": "{holder} is already talking with this young person.",
    "taken": "{holder} has claimed this case. Only they can take over the chat.",
    "resolved": "This case has been resolved, so the chat cannot be taken over.",
    "not_yours": "You are not talking with this young person. Take over the chat first.",
    "no_conversation": "This case has no chat to take over.",
    "rasa": "The chat could not be reached just now. Nothing was sent. Try again in a minute.",
    "not_delivered": "Not sent: the young person's chat app would not take the message.",
    "empty": "Write a message first.",
    "too_long": "Messages must be {max} characters or fewer.",
}
