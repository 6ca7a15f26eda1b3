"""Authority resolution from free text (pure functions, index built from the real YAML)."""
from __future__ import annotations

import pytest

from offers import config
from offers.authority_resolution import Named, alias_pairs, build_index, resolve
from offers.schema import validate_files

NN, WN, DERBY = "north_northamptonshire", "west_northamptonshire", "derby_city"
BOTH = [NN, WN]


@pytest.fixture(scope="module")
def index():
    parsed, issues = validate_files(sorted(config.DATA_DIR.glob("*.yml")))
    assert issues == []
    named = [Named(f.authority["key"],
                   (f.authority["name"], f.authority.get("short_name") or f.authority["name"],
                    *(f.authority.get("aliases") or [])),
                   f.authority["selectable"], f.authority.get("inherits"))
             for f in parsed]
    return build_index(alias_pairs(named))


@pytest.mark.parametrize("text,expected", [
    # North Northamptonshire
    ("North Northamptonshire", [NN]), ("North Northants", [NN]), ("north northants", [NN]),
    ("NNC", [NN]), ("nnc", [NN]), ("N Northants", [NN]), ("N. Northants", [NN]),
    ("North Northamptonshire Council", [NN]), ("I live in Kettering", [NN]),
    # West Northamptonshire
    ("West Northants", [WN]), ("WNC", [WN]), ("West Northamptonshire Council", [WN]),
    ("west northampton", [WN]), ("Daventry", [WN]),
    # Northampton the town is in West Northamptonshire, as Kettering is in North
    ("northampton", [WN]), ("im 23 in northampton", [WN]), ("from towcester", [WN]),
    ("me in kettering and my mate in northampton", [NN, WN]),
    # Derby
    ("Derby", [DERBY]), ("derby", [DERBY]), ("Derby City", [DERBY]), ("Derby City Council", [DERBY]),
    ("derbey", [DERBY]), ("I'm a care leaver from derbey", [DERBY]),
    # The Trust and the county are ambiguous: both councils it serves
    ("Northamptonshire Children's Trust", BOTH), ("Northamptonshire Children’s Trust", BOTH),
    ("NCT", BOTH), ("Northants", BOTH), ("Northamptonshire", BOTH),
    ("childrens trust", BOTH),
    # Typos
    ("north northamptonshre", [NN]), ("west northamptonshir", [WN]), ("nothamptonshire", BOTH),
    # Several authorities in one message, in the order mentioned
    ("I moved from Derby to West Northants", [DERBY, WN]),
    ("whats the difference between north and west northants", [NN, WN]),  # one name shared
    ("west or north northamptonshire, which is better", [WN, NN]),
    # Nothing
    ("", []), ("hello", []), ("north", []), ("Derbyshire", []), ("Leicester", []), ("national", []),
])
def test_resolve(index, text, expected):
    assert resolve(text, index) == expected


def test_short_aliases_are_not_fuzzy_matched(index):
    assert resolve("WNX", index) == []
    assert resolve("NNN", index) == []


def test_non_selectable_authority_expands_to_its_children():
    named = [Named("parent", ("Parent Trust",), False, None),
             Named("a", ("Alpha",), True, "parent"),
             Named("b", ("Beta",), True, "parent"),
             Named("c", ("Gamma",), True, None)]
    index = build_index(alias_pairs(named))
    assert resolve("parent trust", index) == ["a", "b"]
    assert resolve("gamma", index) == ["c"]


def test_a_shared_name_said_once_names_each_council_in_full():
    from offers.authority_resolution import shared_name_mentions

    assert shared_name_mentions("difference between North and West Northants?") == ["north northants",
                                                                                    "west northants"]
    assert shared_name_mentions("north northants and derby") == []
