"""Text normalisation shared by search, authority resolution and source checks."""
from __future__ import annotations

import re

_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_QUOTE_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def squash_whitespace(text: str) -> str:
    """Collapse runs of whitespace (PDF line breaks, columns) into one space."""
    return _WS.sub(" ", text).strip()


def without_whitespace(text: str) -> str:
    return _WS.sub("", text)


def fold_quote_marks(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, so a quote typed with either matches."""
    return text.translate(_QUOTE_MARKS)


def fold(text: str) -> str:
    """Lower-case words only, for matching user text: "Children’s Trust" -> "childrens trust".

    Apostrophes are dropped (so curly and straight ones agree), other punctuation
    becomes a space.
    """
    text = text.translate(_APOSTROPHES).lower().replace("'", "")
    return squash_whitespace(_NON_WORD.sub(" ", text))
