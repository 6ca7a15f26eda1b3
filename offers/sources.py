"""The published source documents, their section headings, and quotes from them.

Every fact in the data cites `{file, section, quote}`: the quote is the sentence or table
row the fact relies on, copied from the document into the data, so the facts can be
checked against it anywhere (offers/schema.py). `offers/source_sections.yml` registers
the headings of each file (as they appear in the text; where PDF extraction lost a heading,
the first line of the block stands in) and says why any section is deliberately left out.
A section's text runs from each occurrence of its heading to the next registered heading.

The documents themselves are not in the repository (they sit beside it, in
`offers/sources/`, or wherever OFFER_SOURCES_DIR points). Where they are, each quote is
looked up in its section; where they are not, that check is reported as not run.

Comparisons ignore whitespace (PDF line breaks, columns) and curly versus straight quote
marks, nothing else, so "£3000" never matches "£3,000" or "£300". A quote may skip text
the PDF interleaved from another column: its pieces are separated by "…" and must appear
in the section in that order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from offers import config
from offers.textnorm import fold_quote_marks, without_whitespace

# Separates the pieces of a quote whose words are not next to each other in the text.
ELLIPSIS = "…"
MIN_PIECE = 4   # characters, whitespace aside: shorter pieces would match almost anywhere


@dataclass(frozen=True)
class SectionEntry:
    heading: str
    left_out: str | None   # reason, when no fact is taken from this section
    # What a reply calls the section, where the heading is a first line standing in for a
    # heading the extraction lost ("Care leavers receive priority for social housing"
    # starts the whole housing block, deposits and guarantors included).
    called: str | None = None


def load_registry(path: Path = config.SECTIONS_FILE) -> dict[str, list[SectionEntry]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        file: [SectionEntry(e["heading"], e.get("left_out"), e.get("called")) for e in entries]
        for file, entries in raw.items()
    }


@lru_cache(maxsize=1)
def _reply_names() -> dict[tuple[str, str], str]:
    return {(file, e.heading): e.called for file, entries in load_registry().items()
            for e in entries if e.called}


def reply_name(file: str, heading: str) -> str:
    """The name a reply gives a section: its heading, unless the registry says otherwise."""
    return _reply_names().get((file, heading), heading)


def _heading_pattern(heading: str) -> re.Pattern[str]:
    # At the start of a line (after indentation or markdown '#'; bullet points are not
    # headings), words separated by any whitespace, and not running on into more words
    # ("Leaving care" must not match "Leaving care support").
    words = r"\s+".join(re.escape(w) for w in heading.split())
    return re.compile(r"(?m)^[ \t#*]*(" + words + r")(?=[ \t]*(?:$|[^\w\s]))")


class SourceLibrary:
    """Read-only access to the source documents, with section-aware look-ups."""

    def __init__(self, directory: Path | None = None, registry_file: Path = config.SECTIONS_FILE):
        self.directory = Path(directory) if directory is not None else config.sources_dir()
        self.registry = load_registry(registry_file)
        self._texts: dict[str, str] = {}
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def available(self) -> bool:
        """True when the folder holds at least one registered document.

        A missing or empty folder means the documents are not here (a fresh clone, a
        council's server): checks that need them report that they did not run. A folder
        with some documents but not others is a broken copy, and the missing ones are
        reported as errors.
        """
        return self.directory.is_dir() and any(self.has_file(name) for name in self.registry)

    def has_file(self, name: str) -> bool:
        return "/" not in name and (self.directory / name).is_file()

    def headings(self, file: str) -> list[str]:
        return [e.heading for e in self.registry.get(file, [])]

    def text(self, file: str) -> str:
        if file not in self._texts:
            self._texts[file] = (self.directory / file).read_text(encoding="utf-8")
        return self._texts[file]

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        return {h: _heading_pattern(h) for entries in self.registry.values()
                for h in (e.heading for e in entries)}

    def heading_offsets(self, file: str, heading: str) -> list[int]:
        return [m.start(1) for m in self._patterns[heading].finditer(self.text(file))]

    def spans(self, file: str, heading: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of a registered section in the raw text."""
        key = (file, heading)
        if key not in self._spans:
            text = self.text(file)
            starts = sorted({off for h in self.headings(file) for off in self.heading_offsets(file, h)})
            result = []
            for start in self.heading_offsets(file, heading):
                later = [s for s in starts if s > start]
                result.append((start, later[0] if later else len(text)))
            self._spans[key] = result
        return self._spans[key]

    def section_text(self, file: str, heading: str) -> str:
        text = self.text(file)
        return "\n…\n".join(text[a:b] for a, b in self.spans(file, heading))

    def in_section(self, file: str, heading: str, snippet: str) -> bool:
        text = self.text(file)
        return any(contains(text[a:b], snippet) for a, b in self.spans(file, heading))

    def in_file(self, file: str, snippet: str) -> bool:
        return contains(self.text(file), snippet)

    def quote_in_section(self, file: str, heading: str, quote: str) -> bool:
        """Every piece of `quote` is in one occurrence of the section, in order."""
        text = self.text(file)
        return any(quote_found(text[a:b], quote) for a, b in self.spans(file, heading))


def contains(haystack: str, needle: str) -> bool:
    """Whitespace-insensitive containment; numbers must not run on into more digits.

    "£ 30" matches "£30" and a number broken over two lines still matches, but "£30"
    never matches inside "£300" or "£30,000", and "01604 626 188" must stand alone.
    """
    chars = without_whitespace(needle)
    if not chars:
        return False
    body = r"\s*".join(re.escape(c) for c in chars)
    before = r"(?<!\d)" if chars[0].isdigit() else ""
    after = r"(?!\d|[,.]\d)" if chars[-1].isdigit() else ""
    return re.search(before + body + after, haystack) is not None


def quote_pieces(quote: str) -> list[str]:
    """'A … B' -> ['A', 'B'] (the pieces of a quote, without the ellipses)."""
    return [p.strip() for p in quote.split(ELLIPSIS) if p.strip()]


def _squeeze(text: str) -> str:
    return without_whitespace(fold_quote_marks(text))


def quote_found(haystack: str, quote: str) -> bool:
    """Each piece of `quote` occurs in `haystack` after the previous one (whitespace and
    quote-mark style aside)."""
    body, position = _squeeze(haystack), 0
    for piece in quote_pieces(quote):
        found = body.find(_squeeze(piece), position)
        if found < 0:
            return False
        position = found + len(_squeeze(piece))
    return True
