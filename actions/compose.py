"""Several domain responses as one message.

An answer used to arrive as five bubbles. The wording of each part stays in domain.yml
(so `rasa data validate` sees it and it is edited in one place); this joins the parts,
filled in, into one readable message and drops a sentence already said.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import yaml
from rasa_sdk.executor import CollectingDispatcher

Reply = tuple[str, dict[str, str]]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


# Rasa sends the action server a domain without its responses, so they are read from the
# project's domain.yml (the same file Rasa trained on).
DOMAIN_FILE = Path(__file__).resolve().parents[1] / "domain.yml"


@lru_cache(maxsize=1)
def _responses() -> dict[str, Any]:
    return yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["responses"]


def fill(domain: dict[str, Any], name: str, variables: dict[str, str]) -> str:
    """One response's text with its variables filled, as Rasa's template filler does."""
    responses = domain.get("responses") or _responses()
    template = responses[name][0]["text"]
    return string.Formatter().vformat(template, (), _Blank(variables))


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.lower())


def render(domain: dict[str, Any], replies: Iterable[Reply]) -> str:
    """The parts as paragraphs, without repeating a sentence (or an age already given)."""
    seen: set[str] = set()
    said: list[str] = []
    paragraphs = []
    for name, variables in replies:
        kept = []
        for sentence in _SENTENCE_END.split(fill(domain, name, variables).strip()):
            key = _key(sentence)
            if key and key not in seen and not _age_already_said(sentence, said):
                seen.add(key)
                said.append(sentence)
                kept.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)


_AGE = re.compile(r"^(?:Up to age|From age|For ages) ([\d to]+)\.$")


def _age_already_said(sentence: str, said: list[str]) -> bool:
    """'Up to age 21.' after a sentence that already gives 21 as an age ("up to the age
    of 21", "until you are 21"), not after a phone number that happens to hold 21."""
    m = _AGE.match(sentence.strip())
    if not m:
        return False
    ages = re.findall(r"\d+", m.group(1))
    return all(any(re.search(rf"\b(?:age|aged|ages|until|up to|turn|turned|are|is|from|to) "
                             rf"(?:of )?(?:you are |you're |the age of )?{age}\b", s, re.IGNORECASE)
                   for s in said) for age in ages)


def utter_answer(dispatcher: CollectingDispatcher, answer: str,
                 buttons: list[dict[str, str]] | None = None) -> None:
    """One bubble. Rasa's channels split a message without buttons at each blank line,
    so such a message keeps single line breaks instead."""
    text = answer if buttons else answer.replace("\n\n", "\n")
    dispatcher.utter_message(response="utter_offer_answer", answer=text, buttons=buttons or [])


# A sentence shorter than this is never dropped as a repeat ("Ask your PA.").
MIN_REPEAT = 25
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def drop_repeats(dispatcher: CollectingDispatcher, since: int) -> None:
    """Two or three facts answered in one reply: a sentence an earlier answer of this reply
    already said ("Read it online: ...", "Offers change, so check with your PA.", "That is
    not a firm promise, so ask your PA or call ...") is not said again. Each fact keeps its
    own words and its own source and section."""
    said: set[str] = set()
    for at, message in enumerate(dispatcher.messages):
        if message.get("response") != "utter_offer_answer":
            continue
        text = str(message.get("answer") or "")
        if at < since:
            said |= {s.strip() for line in text.split("\n") for s in _SENTENCE_END.split(line)}
            continue
        lines = []
        for line in text.split("\n"):
            parts = _SENTENCE_END.split(line)
            kept = [p for p in parts if len(p.strip()) < MIN_REPEAT or p.strip() not in said]
            said |= {p.strip() for p in parts}
            if kept or not line.strip():
                lines.append(" ".join(kept))
        message["answer"] = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
