"""Amounts as written in the sources ("£3,000", "£3000", "£ 30") and their value in pence."""
from __future__ import annotations

import re

# A pound amount as printed: "£2,000", "£2000", "£ 30", "£3.50". The look-ahead stops
# "£30" matching inside "£300" or "£30,000".
AMOUNT_RE = re.compile(r"£\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![\d,]\d|\.\d)")


def parse_amount_text(text: str) -> int | None:
    """Pence for a string that is exactly one amount, else None ("£3,000" -> 300000)."""
    match = AMOUNT_RE.fullmatch(text.strip())
    if match is None:
        return None
    pounds = int(match.group(1).replace(",", ""))
    pence = int(match.group(2) or 0)
    return pounds * 100 + pence


def find_amounts(text: str) -> list[str]:
    """Every pound amount written in a piece of text, as written."""
    return [m.group(0) for m in AMOUNT_RE.finditer(text)]


def format_pence(pence: int) -> str:
    """£3,000 / £15 / £3.50: whole pounds lose the pence (the CLI and the bot's replies)."""
    pounds, rest = divmod(pence, 100)
    return f"£{pounds:,}" if rest == 0 else f"£{pounds:,}.{rest:02d}"


# --- what the words around an amount say about it ---------------------------------------------
# "up to £300" is a ceiling, "at least £2,000" a floor, "totalling £350 per annum" a total
# over a period; a bare "£3000" is the amount. The sources have typos that still mean a
# qualifier ("national amount of up £1200", "bursary of least £2,000"), so the patterns
# accept them: missing one would turn a ceiling into a promise.
AMOUNT_QUALIFIERS = ("exactly", "up_to", "at_least", "total")
_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("up_to", re.compile(r"\b(?:up(?:\s+to)?(?:\s+a\s+total\s+of)?|a\s+maximum\s+of|maximum(?:\s+of)?"
                         r"|no\s+more\s+than|capped\s+at)\s*$", re.IGNORECASE)),
    ("at_least", re.compile(r"\b(?:(?:at\s+)?least|a\s+minimum\s+of|minimum(?:\s+of)?|no\s+less\s+than)\s*$",
                            re.IGNORECASE)),
    ("total", re.compile(r"\btotal(?:l?ing|s)?(?:\s+of)?\s*$", re.IGNORECASE)),
)
_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("at_least", re.compile(r"^\s*(?:or\s+more|minimum)\b", re.IGNORECASE)),
    ("up_to", re.compile(r"^\s*(?:or\s+less|maximum|max)\b", re.IGNORECASE)),
)


def qualifiers_of(text: str, amount_text: str) -> list[str]:
    """How `text` qualifies each occurrence of `amount_text` ("£300"): a list with one of
    AMOUNT_QUALIFIERS per occurrence, empty when the amount is not in the text.

    Whitespace is ignored in the amount ("£ 30" is "£30") and the amount must stand alone
    ("£30" is not found inside "£300").
    """
    chars = re.sub(r"\s+", "", amount_text)
    if not chars:
        return []
    pattern = re.compile(r"(?<!\d)" + r"\s*".join(re.escape(c) for c in chars) + r"(?!\d|[,.]\d)")
    squashed = re.sub(r"\s+", " ", text)
    found = []
    for match in pattern.finditer(squashed):
        before, after = squashed[:match.start()], squashed[match.end():]
        kind = next((k for k, p in _BEFORE if p.search(before)), None) \
            or next((k for k, p in _AFTER if p.search(after)), "exactly")
        found.append(kind)
    return found
