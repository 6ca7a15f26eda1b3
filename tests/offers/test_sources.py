"""Every fact is traceable to the published source documents.

Each entry carries the quote it relies on (document, section, the words). Two layers:

- **In the repository** (always run, also in a fresh clone): every amount with its
  qualifier, every phone number, email address and opening time is in the entry's quote;
  every cited section is registered, and every registered section is cited or left out
  with a reason. These tests use their own simple matching, not offers.sources.
- **Against the documents** (the `sources` fixture; skipped, saying why, where the
  documents are absent): every quote is in the section it cites, every document is
  registered and every registered heading is in its document.
"""
from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest

from offers import config
from offers.cli import main
from offers.money import find_amounts, parse_amount_text
from offers.schema import EMAIL_RE, PHONE_RE, CheckCounts, cited_sections, validate_files
from offers.sources import SourceLibrary, load_registry

TEXT_FIELDS = ("title", "summary", "conditions", "how_to_apply", "only_if")


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


def quotes_of(record: dict) -> list[str]:
    cited = [record.get("source"), *(record.get("other_sources") or [])]
    return [c["quote"] for c in cited if c]


def records(parsed):
    """(file, record, its quotes) for every entitlement, service and contact block."""
    for f in parsed:
        for record in [*f.entitlements, *f.services]:
            yield f, record, quotes_of(record)
        if f.contact:
            yield f, f.contact, [s["quote"] for s in f.contact["sources"]]


# --- in the repository: facts against their quotes -------------------------------------------

def test_sources_folder_is_configurable(monkeypatch, tmp_path):
    monkeypatch.setenv(config.SOURCES_DIR_ENV, str(tmp_path))
    assert config.sources_dir() == tmp_path
    assert SourceLibrary().directory == tmp_path
    monkeypatch.delenv(config.SOURCES_DIR_ENV)
    assert config.sources_dir() == config.PACKAGE_DIR / "sources"


def test_every_entry_service_and_contact_quotes_its_source(parsed):
    for f, record, quotes in records(parsed):
        assert quotes and all(q.strip() for q in quotes), (f.path.name, record.get("topic") or record.get("key"))


def test_every_amount_is_in_its_quote_with_the_same_qualifier(parsed):
    """'up to £300' stays 'up to': the words just before the amount in the quote decide."""
    before = {"up_to": r"\bup(?: to)? $", "at_least": r"\b(?:at )?least $", "total": r"\btotalling $"}
    checked = 0
    for f in parsed:
        for e in f.entitlements:
            if e["amount_pence"] is None:
                continue
            quote = squash(e["source"]["quote"])
            assert written_in(quote, e["amount_text"]), f"{e['topic']}: {e['amount_text']} not in its quote"
            assert parse_amount_text(e["amount_text"]) == e["amount_pence"]
            lead = squash(quote[:quote.index(e["amount_text"])]) if e["amount_text"] in quote else ""
            said = next((k for k, p in before.items() if re.search(p, lead)), "exactly")
            assert e["amount_qualifier"] == said, f"{f.path.name} {e['topic']}: quote says {said}"
            checked += 1
    assert checked == 13


def test_every_amount_in_the_prose_is_in_a_quote(parsed):
    for f, record, quotes in records(parsed):
        prose = " ".join(str(record.get(k) or "") for k in (*TEXT_FIELDS, "description"))
        caution = record.get("caution")
        if caution:
            prose += " " + caution["text"]
            quotes = quotes + [caution["source"]["quote"]]
        for amount in find_amounts(prose):
            assert any(written_in(q, amount) for q in quotes), (
                f"{f.path.name}: {amount} in {record.get('topic') or record.get('key')} is not in its quotes")


def test_every_phone_number_and_email_is_in_a_quote(parsed):
    def texts(record):
        return " ".join(str(record.get(k) or "") for k in (*TEXT_FIELDS, "description", "notes", "address"))

    for f, record, quotes in records(parsed):
        numbers = [p["number"] for p in record.get("phones") or []]
        numbers += [t["number"] for t in record.get("texts") or []]
        if record.get("out_of_hours"):
            numbers.append(record["out_of_hours"]["number"])
        numbers += PHONE_RE.findall(texts(record))
        for number in numbers:
            assert any(written_in(q, number) for q in quotes), f"{f.path.name}: phone {number} not in {quotes}"
        emails = ([record["email"]] if record.get("email") else []) + EMAIL_RE.findall(texts(record))
        for email in emails:
            assert any(email in q for q in quotes), f"{f.path.name}: email {email} not quoted"


def test_opening_hours_are_quoted(parsed):
    trust = next(f for f in parsed if f.authority["key"] == "northamptonshire_childrens_trust")
    quotes = " ".join(squash(s["quote"]) for s in trust.contact["sources"])
    for text in trust.contact["hours_text"]:
        assert text in quotes
    assert written_in(quotes, trust.contact["out_of_hours"]["number"])
    derby = next(f for f in parsed if f.authority["key"] == "derby_city")
    assert derby.contact.get("office_hours") in (None, [])
    assert derby.contact.get("out_of_hours") is None


def test_every_section_is_used_or_deliberately_left_out(parsed):
    """Against the register in the repository (offers/source_sections.yml): runs anywhere."""
    registry = load_registry()
    cited = cited_sections(parsed)
    for file, entries in registry.items():
        for entry in entries:
            used = (file, entry.heading) in cited
            if entry.left_out:
                assert not used, f"{file} § {entry.heading} is marked left out but is cited"
                assert len(entry.left_out) > 20, f"{file} § {entry.heading}: give a real reason"
            else:
                assert used, f"{file} § {entry.heading} is neither cited nor left out"
    registered = {(f, e.heading) for f, entries in registry.items() for e in entries}
    assert cited <= registered


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


# --- without the documents, validation passes and says what it did not check -------------------

def test_without_the_documents_validation_passes_and_counts_what_did_not_run(tmp_path):
    empty = tmp_path / "no-documents"
    empty.mkdir()
    counts = CheckCounts()
    _, issues = validate_files(sorted(config.DATA_DIR.glob("*.yml")), SourceLibrary(empty), counts)
    assert issues == []
    assert counts.in_repository > 500 and counts.documents == 0
    assert counts.documents_not_run > 200      # every quote, counted as not looked up


def test_validate_says_plainly_that_the_document_checks_did_not_run(tmp_path):
    out = io.StringIO()
    assert main(["validate", "--sources-dir", str(tmp_path / "none")], out=out) == 0
    text = out.getvalue()
    assert "NOT checked against the source documents: none found in" in text
    assert "quotes were not compared with their documents" in text
    assert re.search(r"checked against the quotes in the data: \d+ checks", text)


def test_a_folder_missing_some_documents_is_an_error(tmp_path, sources):
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(sources.directory / "README.md", partial / "README.md")
    _, issues = validate_files(sorted(config.DATA_DIR.glob("*.yml")), SourceLibrary(partial))
    assert issues and all("is not a file in" in i.message for i in issues)


# --- invented facts are rejected, in the repository -------------------------------------------

NN_HEAD = (config.DATA_DIR / "north-northamptonshire.yml").read_text(encoding="utf-8")


def nn_with(data_copy: Path, old: str, new: str) -> Path:
    path = data_copy / "north-northamptonshire.yml"
    assert old in NN_HEAD
    path.write_text(NN_HEAD.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old,new,message", [
    # An amount that appears nowhere.
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 250000\n    amount_text: "£2,500"',
     "amount '£2,500' is not in the quoted source text"),
    # A real figure spelt differently from the source ("£3000" is written, not "£3,000").
    ('amount_text: "£3000"', 'amount_text: "£3,000"', "amount '£3,000' is not in the quoted source text"),
    # A prefix of a real figure ("£300" is inside "£3000" but is not that amount).
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 30000\n    amount_text: "£300"',
     "amount '£300' is not in the quoted source text"),
    # A real figure from another section (the £100 work clothes) on the allowance.
    ('amount_pence: 300000\n    amount_text: "£3000"', 'amount_pence: 10000\n    amount_text: "£100"',
     "amount '£100' is not in the quoted source text"),
    # Pence that do not match the written amount.
    ("amount_pence: 300000", "amount_pence: 350000", "does not equal amount_pence 350000"),
    # An invented amount in the prose.
    ("summary: The council will pay towards cooking equipment.",
     "summary: The council will pay £75 towards cooking equipment.", "amount '£75' is not in the quoted source text"),
    # An invented phone number.
    ('number: "07900918194"', 'number: "07900 000000"',
     "phone number '07900 000000' is not in the quoted source text"),
    # "In principle" turned back into a promise.
    ("promise: in_principle", "promise: definite", "the source says 'in principle'"),
])
def test_invented_facts_fail_validation_without_the_documents(data_copy, tmp_path, old, new, message):
    nn_with(data_copy, old, new)
    _, issues = validate_files(sorted(data_copy.glob("*.yml")), SourceLibrary(tmp_path / "no-documents"))
    assert any(message in i.message and i.file == "north-northamptonshire.yml" for i in issues), \
        "\n".join(map(str, issues))


def test_invented_hours_fail_validation(data_copy):
    path = data_copy / "northamptonshire-childrens-trust.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"Friday: 9am to 5pm"', '"Friday: 9am to 6pm"').replace(
        'friday: "09:00-17:00"', 'friday: "09:00-18:00"'), encoding="utf-8")
    _, issues = validate_files(sorted(data_copy.glob("*.yml")))
    assert any("opening hours 'Friday: 9am to 6pm' is not in the quoted source text" in i.message for i in issues)


# --- against the documents (skipped, with the reason, where they are absent) -------------------

def test_every_source_file_is_registered_and_present(sources: SourceLibrary):
    on_disk = {p.name for p in sources.directory.iterdir() if p.is_file()}
    assert set(sources.registry) == on_disk


def test_every_registered_heading_is_in_its_file(sources: SourceLibrary):
    for file, entries in sources.registry.items():
        for entry in entries:
            assert sources.heading_offsets(file, entry.heading), f"{file}: heading {entry.heading!r} not found"


def test_every_quote_is_in_the_section_it_cites(sources: SourceLibrary, parsed):
    checked = 0
    for f in parsed:
        citations = [(f.path.name, s) for s in (f.contact or {}).get("sources") or []]
        for record in [*f.entitlements, *f.services]:
            citations += [(f.path.name, c) for c in [record["source"], *(record.get("other_sources") or [])]]
            if record.get("caution"):
                citations.append((f.path.name, record["caution"]["source"]))
        for name, c in citations:
            assert sources.quote_in_section(c["file"], c["section"], c["quote"]), (
                f"{name}: quote not in {c['file']} § {c['section']}: {c['quote']}")
            checked += 1
    assert checked > 240


def test_every_amount_is_written_in_its_cited_section(sources: SourceLibrary, parsed):
    for f in parsed:
        for e in f.entitlements:
            if e["amount_pence"] is not None:
                assert sources.in_section(e["source"]["file"], e["source"]["section"], e["amount_text"])


def test_checks_read_the_real_files(data_copy, tmp_path, sources, monkeypatch):
    """Point OFFER_SOURCES_DIR at an edited copy: the unchanged data then fails."""
    copy = tmp_path / "sources"
    shutil.copytree(sources.directory, copy)
    entry = copy / "north-northamptonshire-council-offer-entry.txt"
    entry.write_text(entry.read_text(encoding="utf-8").replace("£3000", "£3500"), encoding="utf-8")
    monkeypatch.setenv(config.SOURCES_DIR_ENV, str(copy))
    _, issues = validate_files(sorted(data_copy.glob("*.yml")), SourceLibrary())
    assert [i for i in issues if i.field == "entitlements[7](setting_up_home_allowance).source.quote"
            and "not found in north-northamptonshire-council-offer-entry.txt § Setting up a home" in i.message]


def test_a_first_line_standing_in_for_a_lost_heading_is_called_by_its_name() -> None:
    from offers.sources import reply_name

    nnc = "north-northamptonshire-council-offer-entry.txt"
    assert reply_name(nnc, "Care leavers receive priority for social housing") == "Housing"
    assert reply_name(nnc, "Council Tax") == "Council Tax"
