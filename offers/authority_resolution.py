"""Work out which authority a piece of user text names.

Pure functions over an alias index, so they are testable without a database. Matching is
on folded text (case, punctuation and curly apostrophes ignored):
1. the whole text is an alias;
2. otherwise aliases found as whole phrases inside the text, longest first
   ("North Northants" wins over "Northants");
3. otherwise typo-tolerant matching (difflib) of word groups against aliases of at least
   five letters, preferring the longest matching group ("north northamptonshre").
An alias may name several authorities: the Trust's names ("Northants", "NCT") name both
councils it serves, because a care leaver must then say which one.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from offers.textnorm import fold

FUZZY_CUTOFF = 0.84
MIN_FUZZY_LENGTH = 5


@dataclass(frozen=True)
class Named:
    """What resolution needs to know about one authority."""
    key: str
    names: tuple[str, ...]      # name, short name, aliases
    selectable: bool
    parent: str | None


def alias_pairs(authorities: Iterable[Named], exclude: Iterable[str] = ("national",)) -> list[tuple[str, str]]:
    """(alias, selectable key) pairs. The key itself counts as an alias ("derby_city").

    A non-selectable authority's names point at the selectable authorities that inherit
    from it, so "Northamptonshire Children's Trust" means North or West Northamptonshire.
    """
    by_key = {a.key: a for a in authorities if a.key not in set(exclude)}

    def ancestors(key: str) -> list[str]:
        chain = [key]
        while by_key[chain[-1]].parent in by_key and by_key[chain[-1]].parent not in chain:
            chain.append(by_key[chain[-1]].parent)
        return chain

    pairs = []
    for a in by_key.values():
        targets = [a.key] if a.selectable else sorted(
            b.key for b in by_key.values() if b.selectable and a.key in ancestors(b.key)[1:])
        for name in (*a.names, a.key):
            pairs.extend((name, target) for target in targets)
    return pairs


def build_index(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """(alias, authority key) pairs -> folded alias -> keys it can mean."""
    index: dict[str, set[str]] = {}
    for alias, key in pairs:
        folded = fold(alias)
        if folded:
            index.setdefault(folded, set()).add(key)
    return {alias: frozenset(keys) for alias, keys in index.items()}


# "north and west northants": two councils sharing one name, said once.
_SHARED_NAME = re.compile(r"\b(north|west) (?:and|or|n|vs|versus) (north|west) "
                          r"(northants|northamptonshire|northampton|nhants)\b")


def shared_name_mentions(text: str) -> list[str]:
    """Each council in "north and west northants", named in full ("north northants",
    "west northants"); an entity ruler sees only the second."""
    mentions: list[str] = []
    for found in _SHARED_NAME.finditer(fold(text)):
        first, second, shared = found.groups()
        mentions += [f"{first} {shared}", f"{second} {shared}"]
    return mentions


def resolve(text: str, index: Mapping[str, frozenset[str]]) -> list[str]:
    """Authority keys named in `text`, in the order they appear (empty if none)."""
    folded = _SHARED_NAME.sub(r"\1 \3 and \2 \3", fold(text))
    if not folded:
        return []
    if folded in index:
        return sorted(index[folded])
    found = _phrase_matches(folded.split(), index)
    if found:
        return found
    return _fuzzy_matches(folded.split(), index)


def _phrase_matches(words: list[str], index: Mapping[str, frozenset[str]]) -> list[str]:
    longest = max((len(a.split()) for a in index), default=0)
    used = [False] * len(words)
    hits: list[tuple[int, str]] = []
    for size in range(min(longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if any(used[start:start + size]):
                continue
            phrase = " ".join(words[start:start + size])
            if phrase in index:
                used[start:start + size] = [True] * size
                hits.extend((start, key) for key in sorted(index[phrase]))
    return _ordered(hits)


def _fuzzy_matches(words: list[str], index: Mapping[str, frozenset[str]]) -> list[str]:
    candidates = [a for a in index if len(a.replace(" ", "")) >= MIN_FUZZY_LENGTH]
    longest = max((len(a.split()) for a in candidates), default=0)
    for size in range(min(longest, len(words)), 0, -1):
        best_ratio, hits = 0.0, []
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            if len(phrase.replace(" ", "")) < MIN_FUZZY_LENGTH:
                continue
            for alias in difflib.get_close_matches(phrase, candidates, n=3, cutoff=FUZZY_CUTOFF):
                ratio = difflib.SequenceMatcher(None, phrase, alias).ratio()
                if ratio > best_ratio + 1e-9:
                    best_ratio, hits = ratio, [(start, k) for k in sorted(index[alias])]
                elif abs(ratio - best_ratio) <= 1e-9:
                    hits.extend((start, k) for k in sorted(index[alias]))
        if hits:
            return _ordered(hits)
    return []


def _ordered(hits: list[tuple[int, str]]) -> list[str]:
    seen: dict[str, None] = {}
    for _, key in sorted(hits):
        seen.setdefault(key, None)
    return list(seen)
