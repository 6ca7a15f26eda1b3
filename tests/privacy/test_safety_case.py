"""docs/safety-case.md: the hazard log is complete, consistent, and every test it cites exists.

References are pytest node ids (`tests/x/test_y.py::test_z`, `...::Class::test_z`, an
optional `[param]` suffix) or Rasa test stories (`tests/stories/f.yml::story name`). Python
files are parsed with `ast` (nothing is imported or run), so the check is fast and cannot
be fooled by a test that fails to import.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from bot.paths import ROOT

SAFETY_CASE = ROOT / "docs" / "safety-case.md"
COLUMNS = ["ID", "Hazard", "Causes", "Effect", "Controls", "Evidence", "Initial risk", "Residual risk"]
LIKELIHOODS = ["Very low", "Low", "Medium", "High", "Very high"]
SEVERITIES = ["Minor", "Significant", "Considerable", "Major", "Catastrophic"]
MATRIX = {  # DCB0129: likelihood -> rating for each severity, Minor .. Catastrophic
    "Very high": [3, 4, 4, 5, 5],
    "High": [2, 3, 3, 4, 5],
    "Medium": [2, 2, 3, 3, 4],
    "Low": [1, 2, 2, 3, 4],
    "Very low": [1, 1, 2, 2, 3],
}
REQUIRED_HAZARDS = [
    "missed crisis",
    "false reassurance",
    "wrong or out-of-date amount",
    "wrong authority",
    "data leak",
    "dashboard misuse",
    "service outage at night",
]
RISK = re.compile(r"^(Very low|Low|Medium|High|Very high) × (Minor|Significant|Considerable|Major|Catastrophic) = ([1-5])$")


@dataclass(frozen=True)
class Hazard:
    id: str
    cells: dict

    @property
    def evidence(self) -> list[str]:
        return re.findall(r"`([^`]+)`", self.cells["Evidence"])


def _split_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_hazard_log(text: str) -> list[Hazard]:
    """The rows of the table under '## Hazard log'."""
    section = text.split("## Hazard log", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = _split_row(lines[0])
    assert header == COLUMNS, f"hazard log columns are {header}, expected {COLUMNS}"
    hazards = []
    for line in lines[2:]:
        cells = _split_row(line)
        assert len(cells) == len(COLUMNS), f"row has {len(cells)} cells: {line[:80]}"
        hazards.append(Hazard(cells[0], dict(zip(COLUMNS, cells))))
    return hazards


@lru_cache(maxsize=None)
def _python_tests(path: Path) -> frozenset:
    """Every test function in a file, as 'name' and 'Class::name'."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("test"):
                    names.add(f"{node.name}::{item.name}")
    return frozenset(names)


@lru_cache(maxsize=None)
def _stories(path: Path) -> frozenset:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(s.get("story") for s in data.get("stories", []) if isinstance(s, dict))


def missing_reference(reference: str, root: Path = ROOT) -> str | None:
    """Why `reference` does not name an existing test, or None when it does."""
    if "::" not in reference:
        return f"{reference}: not a test reference (file::test)"
    file_part, name = reference.split("::", 1)
    path = root / file_part
    if not file_part.startswith("tests/") or not path.is_file():
        return f"{reference}: no file {file_part}"
    if path.suffix == ".py":
        name = re.sub(r"\[.*\]$", "", name)
        if name not in _python_tests(path):
            return f"{reference}: no test {name} in {file_part}"
        return None
    if path.suffix in (".yml", ".yaml"):
        if name not in _stories(path):
            return f"{reference}: no story {name!r} in {file_part}"
        return None
    return f"{reference}: unknown kind of test file"


@pytest.fixture(scope="module")
def hazards() -> list[Hazard]:
    return parse_hazard_log(SAFETY_CASE.read_text(encoding="utf-8"))


def test_every_test_named_in_the_hazard_log_exists(hazards):
    references = [(h.id, ref) for h in hazards for ref in h.evidence]
    assert len(references) >= 50
    missing = [f"{hid}: {why}" for hid, ref in references if (why := missing_reference(ref))]
    assert not missing, "the hazard log cites tests that do not exist:\n" + "\n".join(missing)


def test_the_log_covers_every_required_hazard(hazards):
    names = [h.cells["Hazard"].lower() for h in hazards]
    for required in REQUIRED_HAZARDS:
        assert any(name.startswith(required) for name in names), f"no hazard for {required!r}"
    assert [h.id for h in hazards] == [f"H{i}" for i in range(1, len(hazards) + 1)]


def test_every_hazard_has_causes_controls_and_evidence(hazards):
    for h in hazards:
        for column in ("Hazard", "Causes", "Effect", "Controls"):
            assert len(h.cells[column]) > 20, f"{h.id}: {column} is empty"
        assert len(h.evidence) >= 3, f"{h.id}: fewer than 3 tests as evidence"


def test_risk_ratings_follow_the_matrix_and_controls_never_raise_them(hazards):
    for h in hazards:
        ratings = []
        for column in ("Initial risk", "Residual risk"):
            found = RISK.match(h.cells[column])
            assert found, f"{h.id}: {column} {h.cells[column]!r} is not 'Likelihood × Severity = N'"
            likelihood, severity, rating = found.group(1), found.group(2), int(found.group(3))
            expected = MATRIX[likelihood][SEVERITIES.index(severity)]
            assert rating == expected, f"{h.id}: {likelihood} × {severity} is {expected}, not {rating}"
            ratings.append(rating)
        assert ratings[1] <= ratings[0], f"{h.id}: residual risk is above the initial risk"
        assert ratings[1] <= 4, f"{h.id}: an unacceptable residual risk (5) is not allowed"


def test_the_matrix_in_the_document_is_the_one_checked():
    text = SAFETY_CASE.read_text(encoding="utf-8")
    for likelihood, row in MATRIX.items():
        cells = " | ".join(str(n) for n in row)
        assert f"| **{likelihood}** | {cells} |" in text, likelihood


def test_the_checker_names_missing_references(tmp_path):
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_a.py").write_text(
        "def test_real():\n    pass\n\nclass TestGroup:\n    async def test_method(self):\n        pass\n\n"
        "def helper():\n    pass\n", encoding="utf-8")
    (tests / "stories.yml").write_text('stories:\n- story: a real story\n  steps: []\n', encoding="utf-8")
    _python_tests.cache_clear()
    _stories.cache_clear()
    assert missing_reference("tests/test_a.py::test_real", tmp_path) is None
    assert missing_reference("tests/test_a.py::test_real[param-1]", tmp_path) is None
    assert missing_reference("tests/test_a.py::TestGroup::test_method", tmp_path) is None
    assert missing_reference("tests/stories.yml::a real story", tmp_path) is None
    assert "no test test_gone" in missing_reference("tests/test_a.py::test_gone", tmp_path)
    assert "no test helper" in missing_reference("tests/test_a.py::helper", tmp_path)
    assert "no file" in missing_reference("tests/test_missing.py::test_x", tmp_path)
    assert "no story" in missing_reference("tests/stories.yml::an invented story", tmp_path)
    assert "not a test reference" in missing_reference("tests/test_a.py", tmp_path)
    _python_tests.cache_clear()
    _stories.cache_clear()


def test_a_table_with_a_missing_column_is_refused():
    broken = "## Hazard log\n\n| ID | Hazard |\n|---|---|\n| H1 | x |\n"
    with pytest.raises(AssertionError):
        parse_hazard_log(broken)
