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
    """£3,000 / £15 / £3.50 (for CLI tables; the bot formats its own replies)."""
    pounds, rest = divmod(pence, 100)
    return f"£{pounds:,}" if rest == 0 else f"£{pounds:,}.{rest:02d}"
