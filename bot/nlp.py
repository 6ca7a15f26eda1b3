"""Build the project's own spaCy pipeline (no downloads).

No pretrained English pipeline for spaCy 3.4 can be fetched here, so we build one from
code: a blank English tokenizer, a lookup lemmatizer whose tables come from the
`spacy-lookups-data` package (copied into the saved pipeline, so nothing is needed at run
time), and an entity ruler that tags authority names and their common spellings as
`authority` entities. The aliases come from the offer store's YAML files, so adding an
authority there teaches the bot its name on the next build.

config.yml's `SpacyNLP` loads the saved folder by path.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

import spacy
import yaml

from bot.paths import OFFER_DATA, SPACY_PIPELINE

log = logging.getLogger(__name__)

AUTHORITY_LABEL = "authority"
# Apostrophes people type instead of the straight one.
_APOSTROPHES = ("\u2019", "\u2018", "`")


def authority_names(data_dir: Path = OFFER_DATA) -> dict[str, list[str]]:
    """Authority key -> its name and aliases, read from the offer store's YAML files."""
    names: dict[str, list[str]] = {}
    for path in sorted(data_dir.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        auth = doc.get("authority")
        if not isinstance(auth, dict) or not auth.get("key"):
            continue  # national.yml and other non-authority files
        found = [auth.get("name", "")] + list(auth.get("aliases") or [])
        names[auth["key"]] = [n for n in found if isinstance(n, str) and n.strip()]
    if not names:
        raise SystemExit(f"No authorities found in {data_dir}: cannot build the NLP pipeline.")
    return names


def _spellings(alias: str) -> set[str]:
    """The alias as written plus apostrophe variants ("children's" / "childrens")."""
    base = alias.strip().lower()
    out = {base, base.replace("'", ""), base.replace("'s ", "s ")}
    for mark in _APOSTROPHES:
        out.add(base.replace("'", mark))
    return {s for s in out if s}


def ruler_patterns(names: dict[str, list[str]]) -> list[dict]:
    patterns = []
    for key, aliases in names.items():
        for alias in aliases:
            for spelling in sorted(_spellings(alias)):
                patterns.append({"label": AUTHORITY_LABEL, "pattern": spelling, "id": key})
    return patterns


def build(output: Path = SPACY_PIPELINE, data_dir: Path = OFFER_DATA) -> Path:
    """Build and save the pipeline, unless the authority names are unchanged.

    The patterns are also written to `<output>.patterns.json`, whose modification time
    changes only when the patterns do: `make train` depends on that file, so editing an
    offer's wording doesn't force a retrain.
    """
    patterns = ruler_patterns(authority_names(data_dir))
    stamp = patterns_file(output)
    text = json.dumps(patterns, indent=1, ensure_ascii=False, sort_keys=True)
    if (output / "meta.json").exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == text:
        log.info("spaCy pipeline is up to date at %s", output)
        return output
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # LOWER makes phrase patterns case-insensitive ("Derby", "DERBY", "derby").
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    nlp.initialize()  # loads the lemma lookup tables from spacy-lookups-data
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]  # an EntityRuler, typed as Pipe
    nlp.meta["name"] = "care_leavers_en"
    nlp.meta["description"] = "Blank English + lookup lemmatizer + authority entity ruler"
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    stamp.write_text(text, encoding="utf-8")
    log.info("spaCy pipeline saved to %s", output)
    return output


def patterns_file(output: Path = SPACY_PIPELINE) -> Path:
    return output.with_name(output.name + ".patterns.json")

