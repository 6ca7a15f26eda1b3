"""Schema validation: every kind of error names the file, the line and the field."""
from __future__ import annotations

from pathlib import Path

import pytest

from offers import config
from offers.schema import Issue, validate_files
from offers.sources import SourceLibrary

NATIONAL = """\
authority:
  key: national
  name: National baseline
  selectable: false
  last_reviewed: 2026-11-22
  source: {file: README.md, section: National facts}
"""

AUTHORITY_HEAD = """\
authority:
  key: testshire
  name: Testshire Council
  last_reviewed: 2026-11-22
  source: {file: README.md, section: National facts}
contact:
  phones:
    - {number: "0300 000 0000", label: office}
  sources:
    - {file: README.md, section: National facts}
"""

GOOD_ENTRY = """\
  - topic: council_tax
    title: Council tax
    summary: Care leavers are exempt.
    status: offered
    age_min: 18
    age_max: 21
    legal_basis: local_discretion
    source: {file: README.md, section: National facts}
"""


def check(write_data, files: dict[str, str], library: SourceLibrary | None = None) -> list[Issue]:
    folder = write_data({"national.yml": NATIONAL, **files})
    _, issues = validate_files(sorted(folder.glob("*.yml")), library)
    return issues


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def authority_file(entries: str) -> str:
    """Testshire's file with the given (already indented) entitlement entries."""
    return AUTHORITY_HEAD + "entitlements:\n" + entries


def only(issues: list[Issue]) -> Issue:
    assert len(issues) == 1, "\n".join(map(str, issues))
    return issues[0]


def test_real_data_is_valid(sources):
    paths = sorted(config.DATA_DIR.glob("*.yml"))
    parsed, issues = validate_files(paths, sources)
    assert issues == []
    assert {p.authority["key"] for p in parsed} == {
        "national", "northamptonshire_childrens_trust", "north_northamptonshire",
        "west_northamptonshire", "derby_city"}


def test_minimal_files_are_valid(write_data):
    assert check(write_data, {"testshire.yml": authority_file(GOOD_ENTRY)}) == []


def test_wrong_type_names_file_line_and_field(write_data):
    text = authority_file(GOOD_ENTRY.replace("age_min: 18", 'age_min: "eighteen"'))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.file == "testshire.yml"
    assert issue.line == line_of(text, "eighteen")
    assert issue.field == "entitlements[0](council_tax).age_min"
    assert "expected a whole number, got text" in issue.message
    assert str(issue) == f"testshire.yml:{issue.line}: entitlements[0](council_tax).age_min: {issue.message}"


def test_boolean_is_not_a_number(write_data):
    text = authority_file(GOOD_ENTRY.replace("age_min: 18", "age_min: true"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field.endswith(".age_min") and "got true/false" in issue.message


def test_unknown_topic_key_suggests_the_nearest(write_data):
    text = authority_file(GOOD_ENTRY.replace("topic: council_tax", "topic: council_taxes"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "council_taxes")
    assert issue.field == "entitlements[0](council_taxes).topic"
    assert "unknown topic key 'council_taxes'" in issue.message and "council_tax" in issue.message


def test_amount_without_period(write_data):
    entry = GOOD_ENTRY.replace("status: offered", 'status: offered\n    amount_pence: 5000\n    amount_text: "£50"')
    text = authority_file(entry)
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "amount_pence")
    assert issue.field == "entitlements[0](council_tax).period"
    assert "needs a period" in issue.message


def test_period_without_amount(write_data):
    text = authority_file(GOOD_ENTRY.replace("status: offered", "status: offered\n    period: per_year"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field.endswith(".period") and "without amount_pence" in issue.message


def test_amount_needs_amount_text_that_matches(write_data):
    entry = GOOD_ENTRY.replace("status: offered", "status: offered\n    amount_pence: 5000\n    period: one_off")
    issue = only(check(write_data, {"testshire.yml": authority_file(entry)}))
    assert issue.field.endswith(".amount_text") and "as written in the source" in issue.message

    entry = GOOD_ENTRY.replace(
        "status: offered", 'status: offered\n    amount_pence: 5000\n    amount_text: "£500"\n    period: one_off')
    text = authority_file(entry)
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "amount_text")
    assert "'£500' does not equal amount_pence 5000" in issue.message


def test_missing_source(write_data):
    text = authority_file(GOOD_ENTRY.replace("    source: {file: README.md, section: National facts}\n", ""))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "entitlements[0](council_tax).source"
    assert issue.message == "required field is missing"
    assert issue.line == line_of(text, "topic: council_tax")


def test_source_without_section(write_data):
    text = authority_file(GOOD_ENTRY.replace("source: {file: README.md, section: National facts}",
                                        "source: {file: README.md}"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "entitlements[0](council_tax).source.section"
    assert issue.line == line_of(text, "source: {file: README.md}")


def test_age_min_greater_than_age_max(write_data):
    text = authority_file(GOOD_ENTRY.replace("age_min: 18", "age_min: 22"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "age_min: 22")
    assert issue.field == "entitlements[0](council_tax).age_min"
    assert "age_min 22 is greater than age_max 21" in issue.message


def test_duplicate_topic(write_data):
    text = authority_file(GOOD_ENTRY + GOOD_ENTRY.replace("Council tax", "Council tax again"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "topic: council_tax", occurrence=2)
    assert issue.field == "entitlements[1](council_tax).topic"
    assert f"already given on line {line_of(text, 'topic: council_tax')}" in issue.message


def test_duplicate_yaml_key(write_data):
    text = authority_file(GOOD_ENTRY.replace("    status: offered\n", "    status: offered\n    status: discretionary\n"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "status: discretionary")
    assert "duplicate key" in issue.message


def test_unknown_field_and_bad_choice(write_data):
    text = authority_file(GOOD_ENTRY.replace("status: offered", "status: maybe\n    sumary: typo"))
    issues = check(write_data, {"testshire.yml": text})
    messages = {i.field: i.message for i in issues}
    assert "not one of: offered, not_offered, discretionary, unknown" in messages["entitlements[0](council_tax).status"]
    assert messages["entitlements[0](council_tax).sumary"] == "unknown field (did you mean 'summary'?)"
    assert {i.line for i in issues} == {line_of(text, "maybe"), line_of(text, "sumary")}


def test_category_must_match_the_vocabulary(write_data):
    text = authority_file(GOOD_ENTRY.replace("status: offered", "status: offered\n    category: health_wellbeing"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert "belongs to 'money'" in issue.message


def test_not_offered_cannot_have_an_amount(write_data):
    entry = GOOD_ENTRY.replace(
        "status: offered", 'status: not_offered\n    amount_pence: 5000\n    amount_text: "£50"\n    period: one_off')
    issue = only(check(write_data, {"testshire.yml": authority_file(entry)}))
    assert issue.field.endswith(".amount_pence") and "not_offered" in issue.message


def test_key_must_match_file_name(write_data):
    issue = only(check(write_data, {"elsewhere.yml": authority_file(GOOD_ENTRY)}))
    assert issue.file == "elsewhere.yml" and issue.field == "authority.key"
    assert "expected testshire.yml" in issue.message


def test_yaml_syntax_error_reports_its_line(write_data):
    text = authority_file(GOOD_ENTRY).replace("summary: Care leavers are exempt.", "summary: [unclosed")
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "(yaml)"
    assert issue.line >= line_of(text, "[unclosed")


def test_missing_national_file(write_data):
    folder = write_data({"testshire.yml": authority_file(GOOD_ENTRY)})
    _, issues = validate_files(sorted(folder.glob("*.yml")))
    assert "national baseline file" in only(issues).message


def test_inherits_unknown_authority_and_loops(write_data):
    child = AUTHORITY_HEAD.replace("  name: Testshire Council\n", "  name: Testshire Council\n  inherits: nowhere\n")
    issue = only(check(write_data, {"testshire.yml": child}))
    assert issue.field == "authority.inherits" and issue.line == line_of(child, "inherits: nowhere")

    a = AUTHORITY_HEAD.replace("  name: Testshire Council\n", "  name: A\n  inherits: other\n")
    b = AUTHORITY_HEAD.replace("key: testshire", "key: other").replace(
        "  name: Testshire Council\n", "  name: B\n  inherits: testshire\n")
    issues = check(write_data, {"testshire.yml": a, "other.yml": b})
    assert issues and all("inheritance loop" in i.message for i in issues)


def test_selectable_authority_needs_contacts(write_data):
    text = AUTHORITY_HEAD.split("contact:")[0]
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "contact" and "contact details" in issue.message


def test_service_errors(write_data):
    service = """\
services:
  - key: helpline
    name: Helpline
    description: Help.
    helps_with: [council_tax, not_a_topic]
    source: {file: README.md, section: National facts}
  - key: helpline
    name: Helpline again
    description: Help.
    helps_with: []
    source: {file: README.md, section: National facts}
"""
    text = AUTHORITY_HEAD + service
    issues = check(write_data, {"testshire.yml": text})
    by_field = {i.field: i for i in issues}
    assert by_field["services[0](helpline).helps_with[1]"].message == "unknown topic key 'not_a_topic'"
    assert by_field["services[1](helpline).key"].line == line_of(text, "key: helpline", occurrence=2)
    assert "duplicate service key" in by_field["services[1](helpline).key"].message
    assert "at least one topic" in by_field["services[1](helpline).helps_with"].message


def test_duplicate_service_across_files(write_data):
    service = ("services:\n  - key: helpline\n    name: Helpline\n    description: Help.\n"
               "    helps_with: [council_tax]\n    source: {file: README.md, section: National facts}\n")
    issue = only(check(write_data, {"testshire.yml": AUTHORITY_HEAD + service, "national.yml": NATIONAL + service}))
    assert "also defined in" in issue.message


def test_office_hours_must_be_well_formed(write_data):
    text = AUTHORITY_HEAD.replace(
        "  sources:", '  hours_text: ["Monday: 9am to 5pm"]\n  office_hours:\n    monday: "17:00-09:00"\n    funday: "09:00-17:00"\n  sources:')
    issues = check(write_data, {"testshire.yml": text})
    fields = {i.field: i.message for i in issues}
    assert "before closing" in fields["contact.office_hours.monday"]
    assert "not a weekday" in fields["contact.office_hours.funday"]


def test_office_hours_must_match_the_source_text(write_data):
    text = AUTHORITY_HEAD.replace(
        "  sources:", '  hours_text: ["Monday: 9am to 5pm"]\n  office_hours:\n    monday: "09:00-17:30"\n  sources:')
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "contact.office_hours"
    assert issue.message == "does not match the hours written in hours_text"
    assert issue.line == line_of(text, "monday:")


def test_sources_must_exist_and_sections_must_be_registered(write_data, sources):
    text = authority_file(GOOD_ENTRY.replace("source: {file: README.md, section: National facts}",
                                        "source: {file: no-such-file.txt, section: Anything}"))
    text = text.replace("  sources:\n    - {file: README.md, section: National facts}",
                        "  sources:\n    - {file: README.md, section: Nationl facts}")
    issues = check(write_data, {"testshire.yml": text}, library=sources)
    fields = {i.field: i.message for i in issues}
    assert "is not a file in" in fields["entitlements[0](council_tax).source.file"]
    assert "did you mean 'National facts'" in fields["contact.sources[0].section"]


def test_every_issue_is_reported_not_just_the_first(write_data):
    bad = GOOD_ENTRY.replace("age_min: 18", "age_min: 30\n    period: per_week").replace(
        "topic: council_tax", "topic: nope")
    issues = check(write_data, {"testshire.yml": authority_file(bad)})
    assert len(issues) >= 3
    assert all(i.file == "testshire.yml" and i.line > 1 for i in issues)


def test_unreadable_file(tmp_path: Path):
    (tmp_path / "national.yml").write_bytes(b"\xff\xfe\x00bad")
    _, issues = validate_files([tmp_path / "national.yml"])
    assert issues[0].field == "(file)" and "cannot read" in issues[0].message


@pytest.mark.parametrize("text", ["", "- just\n- a list\n"])
def test_empty_or_wrong_top_level(write_data, text):
    issues = check(write_data, {"testshire.yml": text})
    assert any(i.file == "testshire.yml" for i in issues)
