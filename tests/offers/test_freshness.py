"""Data more than a year old is reported: councils change their offer every year."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from offers.cli import main
from offers.freshness import is_stale, stale_report


def test_a_year_is_fresh_a_year_and_a_day_is_stale() -> None:
    assert not is_stale(date(2025, 11, 22), today=date(2026, 11, 22))
    assert is_stale(date(2025, 11, 21), today=date(2026, 11, 22))


def test_report_names_only_stale_authorities() -> None:
    lines = stale_report({"derby_city": date(2024, 1, 1), "west_northamptonshire": date(2026, 11, 1)},
                         today=date(2026, 11, 22))
    assert len(lines) == 1 and lines[0].startswith("stale: derby_city last reviewed 2024-01-01")


def test_validate_lists_a_stale_authority_but_still_passes(data_copy: Path) -> None:
    derby = data_copy / "derby-city.yml"
    text = derby.read_text(encoding="utf-8")
    reviewed = next(line for line in text.splitlines() if line.strip().startswith("last_reviewed:"))
    derby.write_text(text.replace(reviewed, reviewed.split(":")[0] + ": 2020-01-01"), encoding="utf-8")
    out = io.StringIO()
    code = main(["validate", "--data-dir", str(data_copy)], out=out)
    assert code == 0
    assert "stale: derby_city last reviewed 2020-01-01" in out.getvalue()
