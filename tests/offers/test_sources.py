"""Every fact is traceable to the published source documents (read from the real files).

No amount, phone number, email address or opening time may be in the data unless it is
written in the section the entry cites; every section of every source is either used or
deliberately left out with a reason.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from offers import config
from offers.money import find_amounts, parse_amount_text
from offers.schema import EMAIL_RE, PHONE_RE, validate_files
from offers.sources import SourceLibrary

TEXT_FIELDS = ("title", "summary", "conditions", "how_to_apply")


@pytest.fixture(scope="module")
def parsed():
    files, issues = validate_files(sorted(config.DATA_DIR.glob("*.yml")))
    assert issues == []
    return files


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def written_in(text: str, snippet: str) -> bool:
    """Independent of offers.sources: is `snippet` in `text` (whitespace aside), not inside a bigger number?"""
    pattern = r"\s*".join(re.escape(c) for c in re.sub(r"\s+", "", snippet))
    return re.search(r"(?<![\d])" + pattern + r"(?![\d]|[,.]\d)", text) is not None


def all_cited(parsed) -> list[tuple[str, str]]:
    cited = []
    for f in parsed:
        cited.append((f.authority["source"]["file"], f.authority["source"]["section"]))
        for record in [*f.entitlements, *f.services]:
            cited.append((record["source"]["file"], record["source"]["section"]))
        if f.contact:
            cited.extend((s["file"], s["section"]) for s in f.contact["sources"])
    return cited


def test_sources_folder_is_configurable(monkeypatch, tmp_path):
    monkeypatch.setenv(config.SOURCES_DIR_ENV, str(tmp_path))
    assert config.sources_dir() == tmp_path
    assert SourceLibrary().directory == tmp_path
    monkeypatch.delenv(config.SOURCES_DIR_ENV)
    assert config.sources_dir() == config.REPO_ROOT.parent / "shared" / "sources"


def test_every_source_file_is_registered_and_present(sources: SourceLibrary):
    on_disk = {p.name for p in sources.directory.iterdir() if p.is_file()}
    assert set(sources.registry) == on_disk


def test_every_registered_heading_is_in_its_file(sources: SourceLibrary):
    for file, entries in sources.registry.items():
        for entry in entries:
            assert sources.heading_offsets(file, entry.heading), f"{file}: heading {entry.heading!r} not found"


def test_every_section_is_used_or_deliberately_left_out(sources: SourceLibrary, parsed):
    cited = set(all_cited(parsed))
    for file, entries in sources.registry.items():
        for entry in entries:
            used = (file, entry.heading) in cited
            if entry.left_out:
                assert not used, f"{file} § {entry.heading} is marked left out but is cited"
                assert len(entry.left_out) > 20, f"{file} § {entry.heading}: give a real reason"
            else:
                assert used, f"{file} § {entry.heading} is neither cited nor left out"
    registered = {(f, e.heading) for f, entries in sources.registry.items() for e in entries}
    assert cited <= registered


def test_every_amount_is_written_in_its_cited_section(sources: SourceLibrary, parsed):
    checked = 0
    for f in parsed:
        for e in f.entitlements:
            if e["amount_pence"] is None:
                continue
            file, section = e["source"]["file"], e["source"]["section"]
            raw = (sources.directory / file).read_text(encoding="utf-8")
            assert written_in(raw, e["amount_text"]), f"{e['topic']}: {e['amount_text']} not in {file}"
            assert sources.in_section(file, section, e["amount_text"]), (
                f"{f.path.name} {e['topic']}: {e['amount_text']} not in {file} § {section}")
            assert parse_amount_text(e["amount_text"]) == e["amount_pence"]
            assert e["period"] in ("one_off", "per_year", "per_month", "per_week")
            checked += 1
    assert checked == 13


def test_every_amount_in_the_prose_is_in_its_cited_section(sources: SourceLibrary, parsed):
    for f in parsed:
        for record in [*f.entitlements, *f.services]:
            file, section = record["source"]["file"], record["source"]["section"]
            prose = " ".join(record.get(k) or "" for k in (*TEXT_FIELDS, "description"))
            for amount in find_amounts(prose):
                assert sources.in_section(file, section, amount), (
                    f"{f.path.name}: {amount} in {record.get('topic') or record.get('key')} "
                    f"is not written in {file} § {section}")


def test_every_phone_number_and_email_is_in_its_source(sources: SourceLibrary, parsed):
    def texts(record):
        return " ".join(str(record.get(k) or "") for k in (*TEXT_FIELDS, "description", "notes", "address"))

    for f in parsed:
        records = [(s, [s["source"]]) for s in f.services] + [(e, [e["source"]]) for e in f.entitlements]
        if f.contact:
            records.append((f.contact, f.contact["sources"]))
        for record, cited in records:
            raw = " ".join((sources.directory / c["file"]).read_text(encoding="utf-8") for c in cited)
            numbers = [p["number"] for p in record.get("phones") or []]
            numbers += [t["number"] for t in record.get("texts") or []]
            if record.get("out_of_hours"):
                numbers.append(record["out_of_hours"]["number"])
            numbers += PHONE_RE.findall(texts(record))
            for number in numbers:
                assert written_in(raw, number), f"{f.path.name}: phone {number} not in {cited}"
            emails = ([record["email"]] if record.get("email") else []) + EMAIL_RE.findall(texts(record))
            for email in emails:
                assert email in raw, f"{f.path.name}: email {email} not in {cited}"


def test_obfuscated_emails_are_not_copied(parsed):
    """The council's entry hides addresses as "[email protected]": none may reach the data."""
    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    for f in parsed:
        for text in strings([f.authority, f.contact, f.entitlements, f.services]):
            assert "[email" not in text and "protected]" not in text, text


def test_opening_hours_are_quoted_from_the_source(sources: SourceLibrary, parsed):
    trust = next(f for f in parsed if f.authority["key"] == "northamptonshire_childrens_trust")
    page = squash((sources.directory / "northamptonshire-childrens-trust-leaving-care-page.txt").read_text())
    for text in trust.contact["hours_text"]:
        assert text in page
    derby = next(f for f in parsed if f.authority["key"] == "derby_city")
    assert derby.contact.get("office_hours") in (None, [])
    assert derby.contact.get("out_of_hours") is None


# --- invented facts are rejected -------------------------------------------------------------

NN_HEAD = (config.DATA_DIR / "north-northamptonshire.yml").read_text(encoding="utf-8")


def nn_with(data_copy: Path, old: str, new: str) -> Path:
    path = data_copy / "north-northamptonshire.yml"
    assert old in NN_HEAD
    path.write_text(NN_HEAD.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old,new,message", [
    # An amount that appears nowhere.
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 250000\n    amount_text: "£2,500"',
     "amount '£2,500' is not written"),
    # A real figure spelt differently from the source ("£3000" is written, not "£3,000").
    ('amount_text: "£3000"', 'amount_text: "£3,000"', "amount '£3,000' is not written"),
    # A prefix of a real figure ("£300" is inside "£3000" but is not that amount).
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 30000\n    amount_text: "£300"',
     "amount '£300' is not written"),
    # A real figure from another section (the £100 work clothes) cited to "Setting up a home".
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 10000\n    amount_text: "£100"',
     "amount '£100' is not written"),
    # Pence that do not match the written amount.
    ("amount_pence: 300000", "amount_pence: 350000", "does not equal amount_pence 350000"),
    # An invented amount in the prose.
    ("summary: The council will pay towards cooking equipment.",
     "summary: The council will pay £75 towards cooking equipment.", "amount '£75' is not written"),
    # An invented phone number.
    ('number: "07900918194"', 'number: "07900 000000"', "phone number '07900 000000' is not written"),
])
def test_invented_facts_fail_validation(data_copy, sources, old, new, message):
    nn_with(data_copy, old, new)
    _, issues = validate_files(sorted(data_copy.glob("*.yml")), sources)
    assert any(message in i.message and i.file == "north-northamptonshire.yml" for i in issues), \
        "\n".join(map(str, issues))


def test_invented_hours_fail_validation(data_copy, sources):
    path = data_copy / "northamptonshire-childrens-trust.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"Friday: 9am to 5pm"', '"Friday: 9am to 6pm"').replace(
        'friday: "09:00-17:00"', 'friday: "09:00-18:00"'), encoding="utf-8")
    _, issues = validate_files(sorted(data_copy.glob("*.yml")), sources)
    assert any("opening hours 'Friday: 9am to 6pm' is not written" in i.message for i in issues)


def test_checks_read_the_real_files(data_copy, tmp_path, monkeypatch):
    """Point OFFER_SOURCES_DIR at an edited copy: the unchanged data then fails."""
    copy = tmp_path / "sources"
    shutil.copytree(config.sources_dir(), copy)
    entry = copy / "north-northamptonshire-council-offer-entry.txt"
    entry.write_text(entry.read_text(encoding="utf-8").replace("£3000", "£3500"), encoding="utf-8")
    monkeypatch.setenv(config.SOURCES_DIR_ENV, str(copy))
    _, issues = validate_files(sorted(data_copy.glob("*.yml")), SourceLibrary())
    assert [i.message for i in issues if "£3000" in i.message]
