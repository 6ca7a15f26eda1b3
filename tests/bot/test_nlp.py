"""The project's own spaCy pipeline: lemmas from lookup tables, authority names as entities."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from bot import nlp


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> spacy.Language:
    return spacy.load(nlp.build(tmp_path_factory.mktemp("nlp") / "pipe"))


@pytest.mark.parametrize(("text", "key"), [
    ("im from north northants", "north_northamptonshire"),
    ("NNC said no", "north_northamptonshire"),
    ("i was with West Northants", "west_northamptonshire"),
    ("Derby City looked after me", "derby_city"),
    ("Northamptonshire Children’s Trust", "northamptonshire_childrens_trust"),
    ("my PA at the NCT", "northamptonshire_childrens_trust"),
])
def test_authority_aliases_are_entities(pipeline: spacy.Language, text: str, key: str) -> None:
    ents = [(e.label_, e.ent_id_) for e in pipeline(text).ents]
    assert ("authority", key) in ents


def test_no_authority_in_an_ordinary_question(pipeline: spacy.Language) -> None:
    assert list(pipeline("how much is the setting up home allowance").ents) == []


def test_lookup_lemmas_work_offline(pipeline: spacy.Language) -> None:
    assert [t.lemma_ for t in pipeline("allowances were paid")] == ["allowance", "be", "pay"]


def test_rebuild_is_skipped_when_names_are_unchanged(tmp_path: Path) -> None:
    out = nlp.build(tmp_path / "pipe")
    stamp = nlp.patterns_file(out)
    before = stamp.stat().st_mtime_ns
    nlp.build(out)
    assert stamp.stat().st_mtime_ns == before


def test_missing_offer_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="No authorities found"):
        nlp.build(tmp_path / "pipe", data_dir=tmp_path)
