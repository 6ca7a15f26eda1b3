"""The published source documents and their section headings.

Every fact in the data cites `{file, section}`. `offers/source_sections.yml` registers the
headings of each file (as they appear in the text; where PDF extraction lost a heading, the
first line of the block stands in) and says why any section is deliberately left out.
A section's text runs from each occurrence of its heading to the next registered heading.
Comparisons ignore whitespace only, so "£3000" never matches "£3,000" or "£300".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from offers import config
from offers.textnorm import without_whitespace


@dataclass(frozen=True)
class SectionEntry:
    heading: str
    left_out: str | None   # reason, when no fact is taken from this section


def load_registry(path: Path = config.SECTIONS_FILE) -> dict[str, list[SectionEntry]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        file: [SectionEntry(e["heading"], e.get("left_out")) for e in entries]
        for file, entries in raw.items()
    }


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
        return self.directory.is_dir()

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
