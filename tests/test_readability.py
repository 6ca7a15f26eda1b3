"""Every reply a care leaver reads is plain English (Flesch-Kincaid grade 8 or below).

Covers every domain response and, in tests/actions/test_formatting.py, every formatted
fact from the offer store. Placeholders are filled with realistic values first, so the
score is of what a user actually sees.
"""
from __future__ import annotations

import re

import pytest
import textstat
import yaml

from bot.paths import ROOT

MAX_GRADE = 8.0
# Council and document names are proper nouns the reader already knows; long ones like
# "North Northamptonshire Council" would dominate a short sentence's score, so they are
# scored as a short name.
SAMPLE_VALUES = {
    "authority_name": "Derby",
    "title": "help with council tax",
    "amount": "up to £300, once",
    "only_if": ", but only if you rent privately",
    "when": "They are open until 5:30pm today. After that, call the duty social worker on 01604 626938.",
    "caution": "This figure is from an older booklet. The national recommendation is now £3,000.",
    "source_age": " It is not dated.",
    "contact_number": "01604 364778",
    "number": "01604 364778",
    "team": "duty team",
    "source_name": "Derby's Local Offer",
    "section": "Setting up a home",
    "reviewed": "November 2025",
}


# Not in SAMPLE_VALUES, so scored as "it": {quote} is the council's own words, copied
# exactly, and is shown only when someone asks where a fact comes from. We can't simplify it.


def domain_texts() -> list[tuple[str, str]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    out = []
    for name, variants in domain["responses"].items():
        for variant in variants:
            text = variant.get("text", "")
            if text.strip() in ("{details}", "{overview}", "{comparison}", "{caution}") or not text:
                continue  # filled entirely from the store: scored in test_formatting.py
            out.append((name, re.sub(r"\{(\w+)\}", lambda m: SAMPLE_VALUES.get(m[1], "it"), text)))
    return out


def grade(text: str) -> float:
    # Bullet lists read as separate short sentences; phone numbers are not words.
    text = re.sub(r"\n- ", ". ", text)
    text = re.sub(r"[\d ]{6,}", " it ", text)
    return textstat.flesch_kincaid_grade(text)


@pytest.mark.parametrize(("name", "text"), domain_texts(), ids=lambda v: v if isinstance(v, str) and v.startswith("utter") else "")
def test_domain_response_is_plain_english(name: str, text: str) -> None:
    assert grade(text) <= MAX_GRADE, f"{name} reads at grade {grade(text):.1f}: {text}"
