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
    - {file: README.md, section: National facts, quote: "Call 0300 000 0000, Monday: 9am to 5pm."}
"""

# A synthetic quote: the ages, amount and "not" that tests below edit in are all in it.
QUOTE = "Care leavers aged 18, 21 or 22 are exempt, and not charged; they get £50."
SOURCE_LINE = 'source: {file: README.md, section: National facts, quote: "%s"}' % QUOTE
GOOD_ENTRY = """\
  - topic: council_tax
    title: Council tax
    summary: Care leavers are exempt.
    status: offered
    promise: definite
    age_min: 18
    age_max: 21
    legal_basis: local_discretion
    %s
""" % SOURCE_LINE


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
    entry = GOOD_ENTRY.replace("status: offered", 'status: offered\n    amount_pence: 5000\n    amount_text: "£50"'
                               "\n    amount_qualifier: exactly")
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
    entry = GOOD_ENTRY.replace("status: offered",
                               "status: offered\n    amount_pence: 5000\n    amount_qualifier: exactly\n    period: one_off")
    issue = only(check(write_data, {"testshire.yml": authority_file(entry)}))
    assert issue.field.endswith(".amount_text") and "as written in the source" in issue.message

    entry = GOOD_ENTRY.replace(
        "status: offered", 'status: offered\n    amount_pence: 5000\n    amount_text: "£500"\n'
        "    amount_qualifier: exactly\n    period: one_off")
    text = authority_file(entry)
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.line == line_of(text, "amount_text")
    assert "'£500' does not equal amount_pence 5000" in issue.message


def test_missing_source(write_data):
    text = authority_file(GOOD_ENTRY.replace(f"    {SOURCE_LINE}\n", ""))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "entitlements[0](council_tax).source"
    assert issue.message == "required field is missing"
    assert issue.line == line_of(text, "topic: council_tax")


def test_source_without_section_or_quote(write_data):
    text = authority_file(GOOD_ENTRY.replace(SOURCE_LINE, "source: {file: README.md}"))
    issues = check(write_data, {"testshire.yml": text})
    assert {i.field for i in issues} == {"entitlements[0](council_tax).source.section",
                                         "entitlements[0](council_tax).source.quote"}
    assert {i.line for i in issues} == {line_of(text, "source: {file: README.md}")}


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
        "status: offered\n    promise: definite",
        'status: not_offered\n    amount_pence: 5000\n    amount_text: "£50"\n    amount_qualifier: exactly\n'
        "    period: one_off")
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
    source: {file: README.md, section: National facts, quote: A helpline.}
  - key: helpline
    name: Helpline again
    description: Help.
    helps_with: []
    source: {file: README.md, section: National facts, quote: A helpline.}
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
               "    helps_with: [council_tax]\n    source: {file: README.md, section: National facts, quote: A helpline.}\n")
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


def test_citations_must_be_registered_even_without_the_documents(write_data, tmp_path):
    """The register of sections is in the repository, so a misspelt citation is caught anywhere."""
    text = authority_file(GOOD_ENTRY.replace("file: README.md, section: National facts",
                                             "file: no-such-file.txt, section: Anything"))
    text = text.replace("section: National facts, quote: \"Call", "section: Nationl facts, quote: \"Call")
    no_documents = SourceLibrary(tmp_path / "no-documents-here")
    issues = check(write_data, {"testshire.yml": text}, library=no_documents)
    fields = {i.field: i.message for i in issues}
    assert "is not a file registered in source_sections.yml" in fields["entitlements[0](council_tax).source.file"]
    assert "did you mean 'National facts'" in fields["contact.sources[0].section"]


def test_with_the_documents_each_quote_must_be_in_its_section(write_data, sources):
    text = authority_file(GOOD_ENTRY.replace("file: README.md, section: National facts",
                                             "file: no-such-file.txt, section: Anything"))
    issues = check(write_data, {"testshire.yml": text}, library=sources)
    fields = {i.field: i.message for i in issues}
    assert "is not a file in" in fields["entitlements[0](council_tax).source.file"]
    # The synthetic quotes are not in the real README: that is found only where the documents are.
    assert "not found in README.md § National facts" in fields["contact.sources[0].quote"]


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


# --- qualifiers: an amount and a promise say what the quote says, no more -----------------------

def amount_entry(quote: str, qualifier: str, amount: str = "£300", pence: int = 30000,
                 promise: str = "definite", extra: str = "") -> str:
    return authority_file(f"""\
  - topic: laptop
    title: Laptop
    summary: Help with a laptop.
    status: offered
    promise: {promise}{extra}
    amount_pence: {pence}
    amount_text: "{amount}"
    amount_qualifier: {qualifier}
    period: one_off
    legal_basis: local_discretion
    source: {{file: README.md, section: National facts, quote: "{quote}"}}
""")


@pytest.mark.parametrize("quote,amount,pence,says", [
    ("a one-off grant of up to £300 for a computer/laptop;", "£300", 30000, "'up to'"),
    ("the same as the national amount of up £1200 per year.", "£1200", 120000, "'up to'"),   # the source's typo
    ("A Higher Education (HE) bursary of least £2,000 spread over", "£2,000", 200000, "'at least'"),  # ditto
    ("a bursary of at least £2,000", "£2,000", 200000, "'at least'"),
    ("support in emergencies totalling £350 per annum", "£350", 35000, "'totalling'"),
])
def test_exactly_is_rejected_when_the_source_says_otherwise(write_data, quote, amount, pence, says):
    text = amount_entry(quote, "exactly", amount, pence)
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "entitlements[0](laptop).amount_qualifier"
    assert issue.message == f"the source says {says} {amount}, but the entry claims 'exactly'"
    assert issue.line == line_of(text, "amount_qualifier")


@pytest.mark.parametrize("quote,qualifier", [
    ("a grant of up to £300 for a laptop", "up_to"),
    ("a grant of at least £300 for a laptop", "at_least"),
    ("grants totalling £300 per annum", "total"),
    ("Allowance amount: £300", "exactly"),
])
def test_the_qualifier_the_source_gives_is_accepted(write_data, quote, qualifier):
    assert check(write_data, {"testshire.yml": amount_entry(quote, qualifier)}) == []


def test_up_to_is_rejected_when_the_source_gives_a_plain_figure(write_data):
    issue = only(check(write_data, {"testshire.yml": amount_entry("Allowance amount: £300", "up_to")}))
    assert "the source says plain £300, but the entry claims 'up_to'" in issue.message


def test_an_amount_needs_a_qualifier_and_must_be_in_its_quote(write_data):
    text = amount_entry("a grant for a laptop", "exactly", "£300", 30000)
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field.endswith(".amount_text") and "'£300' is not in the quoted source text" in issue.message
    text = amount_entry("up to £300", "up_to").replace("    amount_qualifier: up_to\n", "")
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field.endswith(".amount_qualifier") and "an amount needs a qualifier" in issue.message


def promise_entry(quote: str, promise: str, status: str = "offered", only_if: str | None = None) -> str:
    extra = f"\n    only_if: {only_if}" if only_if else ""
    return authority_file(f"""\
  - topic: deposit
    title: A deposit
    summary: Help with a deposit.
    status: {status}
    promise: {promise}{extra}
    legal_basis: local_discretion
    source: {{file: README.md, section: National facts, quote: "{quote}"}}
""")


IN_PRINCIPLE = "The council in principle will assist with providing a deposit"


@pytest.mark.parametrize("quote,promise,status,only_if,message", [
    # "in principle" read as a promise: the mistake in issue 14.
    (IN_PRINCIPLE, "definite", "offered", None, "the source says 'in principle', but the entry claims 'definite'"),
    (IN_PRINCIPLE, "only_if", "offered", "you rent privately", "the source says 'in principle'"),
    ("The council will provide a deposit", "in_principle", "offered", None,
     "in_principle, but the quoted source text does not say 'in principle'"),
    ("In exceptional circumstances, we may act as a guarantor", "definite", "offered", None,
     "the source says 'exceptional', but the entry claims 'definite'"),
    ("Work experience may be offered as part of study programmes", "definite", "offered", None,
     "the source says 'may be offered', but the entry claims 'definite'"),
    ("A deposit for care leavers", "only_if", "offered", "you rent privately",
     "only_if, but the quoted source text states no condition"),
    ("A deposit for care leavers", "discretionary", "discretionary", None,
     "discretionary, but the quoted source text does not say so"),
])
def test_a_promise_is_no_firmer_than_its_source(write_data, quote, promise, status, only_if, message):
    issue = only(check(write_data, {"testshire.yml": promise_entry(quote, promise, status, only_if)}))
    assert issue.field == "entitlements[0](deposit).promise"
    assert message in issue.message


@pytest.mark.parametrize("quote,promise,status,only_if", [
    (IN_PRINCIPLE, "in_principle", "offered", None),
    ("If the provider does not operate a bursary we will pay an equivalent amount", "only_if", "offered",
     "your provider has no bursary"),
    ("In exceptional circumstances, we may act as a guarantor", "discretionary", "discretionary", None),
    ("We will provide a deposit", "definite", "offered", None),
])
def test_promises_worded_as_their_source_are_accepted(write_data, quote, promise, status, only_if):
    assert check(write_data, {"testshire.yml": promise_entry(quote, promise, status, only_if)}) == []


def test_promise_rules(write_data):
    # Every promise says how firm it is.
    text = promise_entry("We will provide a deposit", "definite").replace("    promise: definite\n", "")
    assert "say how firm the promise is" in only(check(write_data, {"testshire.yml": text})).message
    # only_if names its condition.
    text = promise_entry("If you rent privately, we will help", "only_if")
    assert "promise only_if needs only_if" in only(check(write_data, {"testshire.yml": text})).message
    # status and promise agree about discretion.
    text = promise_entry("we may help", "discretionary", status="offered")
    assert "go together" in only(check(write_data, {"testshire.yml": text})).message
    # A not_offered entry promises nothing, and its source says no.
    text = promise_entry("The council will help with mobile phone costs", "definite", status="not_offered")
    messages = {i.field: i.message for i in check(write_data, {"testshire.yml": text})}
    assert "makes no promise" in messages["entitlements[0](deposit).promise"]
    assert "says no 'not' or 'no'" in messages["entitlements[0](deposit).status"]


def test_ages_must_be_in_the_quote(write_data):
    text = authority_file(GOOD_ENTRY.replace("age_min: 18", "age_min: 16"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "entitlements[0](council_tax).age_min"
    assert issue.message == "age 16 is not in the quoted source text"
    # "under 18" and "before your 18th birthday" state an age_max of 17.
    for quote in ("When you are under 18: support to open a bank account",
                  "before your 18th birthday, support to open a bank account"):
        entry = GOOD_ENTRY.replace("    age_min: 18\n", "").replace("age_max: 21", "age_max: 17").replace(QUOTE, quote)
        assert check(write_data, {"testshire.yml": authority_file(entry)}) == []


def test_phones_emails_and_hours_must_be_in_the_quotes(write_data):
    text = AUTHORITY_HEAD.replace('number: "0300 000 0000"', 'number: "0300 000 0001"')
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field == "contact.phones[0].number"
    assert issue.message == "phone number '0300 000 0001' is not in the quoted source text"
    text = AUTHORITY_HEAD.replace("  sources:", '  hours_text: ["Monday: 9am to 6pm"]\n  sources:')
    assert "opening hours 'Monday: 9am to 6pm'" in only(check(write_data, {"testshire.yml": text})).message


def test_quote_pieces_must_be_long_enough_to_find(write_data):
    text = authority_file(GOOD_ENTRY.replace(QUOTE, QUOTE + " … 12"))
    issue = only(check(write_data, {"testshire.yml": text}))
    assert issue.field.endswith(".source.quote") and "too short" in issue.message


def test_a_caution_cites_its_own_source(write_data):
    caution = ('    caution:\n      text: The national recommendation is now £3,000.\n'
               '      source: {file: README.md, section: National facts, quote: "raised it to £3,000"}\n')
    assert check(write_data, {"testshire.yml": authority_file(GOOD_ENTRY + caution)}) == []
    wrong = caution.replace("now £3,000", "now £3,500")
    issue = only(check(write_data, {"testshire.yml": authority_file(GOOD_ENTRY + wrong)}))
    assert issue.field.endswith(".caution.text") and "'£3,500' is not in the quoted source text" in issue.message
