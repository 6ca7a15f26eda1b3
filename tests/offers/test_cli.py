"""The command line: validate, load, show, compare, contacts, services, search."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from offers import config
from offers.cli import main
from offers.sources import SourceLibrary


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_validate_ok():
    code, out = run("validate")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0] == "OK: 5 files, 168 entitlements, 53 services"
    assert lines[1].startswith("checked against the quotes in the data: ")
    if SourceLibrary().available():
        # With the documents beside the repository, the quotes are looked up in them too.
        assert re.fullmatch(r"checked against the source documents in .+: \d+ quotes found in the sections "
                            r"they cite", lines[2])
    else:
        assert lines[2].startswith("NOT checked against the source documents: none found in")


def test_validate_reports_file_line_field_and_exits_1(data_copy: Path):
    path = data_copy / "derby-city.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    target = next(i for i, line in enumerate(lines) if "topic: council_tax" in line)
    lines[target] = lines[target].replace("council_tax", "council_taxx")
    path.write_text("".join(lines), encoding="utf-8")
    index = sum(1 for line in lines[:target] if line.startswith("  - topic:"))
    code, out = run("validate", "--data-dir", str(data_copy))
    assert code == 1
    assert (f"derby-city.yml:{target + 1}: entitlements[{index}](council_taxx).topic: "
            "unknown topic key 'council_taxx' (did you mean 'council_tax'?)") in out
    assert "1 problem(s) found" in out


def test_validate_without_sources_still_checks_the_data_and_says_so(tmp_path: Path):
    code, out = run("validate", "--sources-dir", str(tmp_path / "none"))
    assert code == 0 and "NOT checked against the source documents" in out


def test_load_prints_counts(url):
    code, out = run("load", "--url", url)
    assert code == 0
    assert "loaded: 5 authorities, 168 entitlements, 53 services" in out
    assert "north_northamptonshire            31" in out
    code, out = run("load", "--url", url, "--if-changed")
    assert code == 0 and out.startswith("already up to date")


def test_load_with_bad_data_loads_nothing(url, data_copy: Path):
    run("load", "--url", url)
    (data_copy / "national.yml").write_text("authority: {key: national}\n")
    code, out = run("load", "--url", url, "--data-dir", str(data_copy))
    assert code == 1 and "nothing was loaded" in out
    code, out = run("show", "North Northamptonshire", "setting_up_home_allowance", "--url", url)
    assert "£3,000" in out


def test_show_north_northamptonshire_allowance(url):
    code, out = run("show", "North Northamptonshire", "setting_up_home_allowance", "--url", url)
    assert code == 0
    assert out.startswith("North Northamptonshire Council: Setting up home allowance")
    assert "Amount:        £3,000 one-off" in out
    assert "Source:        north-northamptonshire-council-offer-entry.txt § Setting up a home" in out
    assert "own entry; overrides Northamptonshire Children's Trust (£2,000 one-off" in out


def test_show_west_northamptonshire_allowance(url):
    code, out = run("show", "West Northamptonshire", "setting_up_home_allowance", "--url", url)
    assert code == 0
    assert "Amount:        £2,000 one-off" in out
    assert ("Source:        northamptonshire-childrens-trust-local-offer-booklet.txt "
            "§ 5. LOOKING AFTER YOUR MONEY") in out
    assert "inherited from Northamptonshire Children's Trust" in out


def test_show_derby_allowance_not_published(url):
    code, out = run("show", "Derby", "setting_up_home_allowance", "--url", url)
    assert code == 0
    assert "Amount:        not published" in out
    assert "How to apply:  Ask your PA or the Leaving Care Team" in out
    assert "Phone:         01332 643907 (Leaving Care Team)" in out
    assert "office unknown (no hours published); ring 01332 643907" in out


def test_show_accepts_aliases_and_words(url):
    code, out = run("show", "NNC", "council tax", "--url", url)
    assert code == 0 and "Council tax exemption" in out and "Ages:          up to 21" in out


def test_show_ambiguous_and_unknown(url):
    code, out = run("show", "Northants", "--url", url)
    assert code == 2 and "ambiguous" in out and "North Northamptonshire Council" in out
    code, out = run("show", "Leicester", "--url", url)
    assert code == 2 and "no authority matches" in out
    code, out = run("show", "Derby", "qwertyuiop", "--url", url)
    assert code == 2 and "unknown topic" in out


def test_show_missing_entry(url):
    code, out = run("show", "West Northamptonshire", "deposit", "--url", url)
    assert code == 1 and "No entry for 'deposit'" in out


def test_show_whole_offer_table(url):
    code, out = run("show", "West Northamptonshire", "--url", url)
    assert code == 0
    assert "West Northamptonshire Council: 70 entitlements" in out
    assert "(0 its own, 70 inherited from Northamptonshire Children's Trust)" in out
    row = next(line for line in out.splitlines() if line.startswith("setting_up_home_allowance"))
    assert "£2,000 one-off" in row and "inherited" in row


def test_compare(url):
    code, out = run("compare", "setting_up_home_allowance", "--url", url)
    assert code == 0
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    assert "not published" in rows["Derby City Council"]
    assert "£3,000 one-off" in rows["North Northamptonshire Council"]
    assert "£2,000 one-off" in rows["West Northamptonshire Council"]
    assert "£3,000 one-off" in rows["National baseline"]


def test_contacts_at_a_time(url):
    code, out = run("contacts", "West Northants", "--at", "2026-11-20T17:00", "--url", url)
    assert code == 0 and "Office open:   no" in out and "Ring now:      01604 626938" in out
    code, out = run("contacts", "West Northants", "--at", "2026-11-19T17:15", "--url", url)
    assert "Office open:   yes" in out and "Ring now:      01604 364778" in out


def test_services_and_search(url):
    code, out = run("services", "drugs", "--url", url)
    assert code == 0 and "STAR" in out and "0808 169 8512" in out
    code, out = run("services", "mental_health_support", "--authority", "Derby", "--url", url)
    assert "Samaritans" in out and "The Lowdown" not in out
    code, out = run("search", "council tax", "--url", url)
    assert code == 0 and out.count("council_tax") == 3


def test_module_entry_point(url):
    env = {**os.environ, config.DB_URL_ENV: url}
    result = subprocess.run([sys.executable, "-m", "offers", "show", "North Northamptonshire",
                             "setting_up_home_allowance"], capture_output=True, text=True, cwd=config.REPO_ROOT,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "£3,000" in result.stdout
