"""Load the YAML data into the database: validate everything, then replace it all at once.

A load is all or nothing. Every file is validated first (nothing is written if any file
has an error); then one transaction deletes the old rows and inserts the new ones, so a
failure half way rolls back and leaves the previous data in place. A content hash of the
data files is stored so `ensure_loaded()` can skip unchanged data.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from offers import config, models
from offers.db import make_engine, writer
from offers.schema import CheckCounts, Issue, ParsedFile, validate_files
from offers.sources import SourceLibrary

HASH_KEY = "content_hash"
LOADED_AT_KEY = "loaded_at"
_PG_LOCK_ID = 7_240_113  # any constant; serialises concurrent loads on PostgreSQL


class NoDataError(RuntimeError):
    """The data folder is missing or has no YAML files."""


class DataValidationError(ValueError):
    """One or more data files are invalid; nothing was loaded."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__(f"{len(issues)} problem(s) in the offer data:\n" + "\n".join(map(str, issues)))


@dataclass(frozen=True)
class LoadReport:
    loaded: bool                       # False when the data was already up to date
    content_hash: str
    authorities: int
    entitlements: dict[str, int]       # own entries per authority key
    services: int


def data_files(data_dir: Path | None = None) -> list[Path]:
    directory = Path(data_dir) if data_dir is not None else config.DATA_DIR
    if not directory.is_dir():
        raise NoDataError(f"offer data folder not found: {directory}")
    files = sorted(p for p in directory.glob("*.yml") if p.is_file())
    if not files:
        raise NoDataError(f"no offer data files (*.yml) in {directory}")
    return files


def content_hash(files: list[Path]) -> str:
    """Hash of the data files and the table layout: either changing means a reload."""
    digest = hashlib.sha256()
    digest.update(f"schema {models.SCHEMA_VERSION}\0".encode())
    for path in sorted(files, key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def validate(data_dir: Path | None = None, library: SourceLibrary | None = None,
             counts: CheckCounts | None = None) -> tuple[list[ParsedFile], list[Issue]]:
    """Validate every data file: facts against their quotes always, and the quotes against
    the source documents where they are. `counts` says how many checks of each kind ran."""
    return validate_files(data_files(data_dir), library if library is not None else SourceLibrary(), counts)


def stored_hash(session: Session) -> str | None:
    return session.execute(select(models.MetaRow.value).where(models.MetaRow.key == HASH_KEY)).scalar_one_or_none()


def load(url: str | None = None, *, data_dir: Path | None = None, library: SourceLibrary | None = None,
         engine: Engine | None = None, only_if_changed: bool = False) -> LoadReport:
    """Validate all files, then replace the stored data in one transaction."""
    files = data_files(data_dir)
    parsed, issues = validate_files(files, library if library is not None else SourceLibrary())
    if issues:
        raise DataValidationError(issues)
    digest = content_hash(files)
    own_engine = engine is None
    engine = engine or make_engine(url)
    try:
        with Session(writer(engine)) as session, session.begin():
            # Serialise concurrent loads (bot and action server starting together); SQLite
            # is already serialised by BEGIN IMMEDIATE. Tables are created inside the same
            # transaction so two first-time loads cannot race on CREATE TABLE.
            if engine.dialect.name == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID})
            models.create_all(session.connection())
            models.rebuild_if_changed(session.connection())
            if only_if_changed and stored_hash(session) == digest:
                return _report(parsed, digest, loaded=False)
            _replace_all(session, parsed, digest)
        return _report(parsed, digest, loaded=True)
    finally:
        if own_engine:
            engine.dispose()


def ensure_loaded(url: str | None = None, *, data_dir: Path | None = None,
                  engine: Engine | None = None) -> LoadReport:
    """Load the data if the database is empty or the YAML changed; the bot calls this at start-up.

    Cheap when nothing changed (one hash of the data files, one query). Raises
    `NoDataError` if the data folder is missing or empty, and `DataValidationError` if
    changed data is invalid (the previously loaded data stays in place).
    """
    files = data_files(data_dir)
    digest = content_hash(files)
    own_engine = engine is None
    engine = engine or make_engine(url)
    try:
        with Session(engine) as session:
            try:
                current = stored_hash(session)
            except DBAPIError:   # tables not created yet: nothing loaded
                current = None
            if current == digest:
                return _report_from_db(session, digest)
        return load(engine=engine, data_dir=data_dir, only_if_changed=True)
    finally:
        if own_engine:
            engine.dispose()


def _report_from_db(session: Session, digest: str) -> LoadReport:
    per_authority = {key: 0 for key in session.execute(select(models.AuthorityRow.key)).scalars()}
    for key in session.execute(select(models.EntitlementRow.authority_key)).scalars():
        per_authority[key] += 1
    services = len(session.execute(select(models.ServiceRow.key)).scalars().all())
    return LoadReport(False, digest, len(per_authority), per_authority, services)


def _report(parsed: list[ParsedFile], digest: str, loaded: bool) -> LoadReport:
    return LoadReport(
        loaded=loaded,
        content_hash=digest,
        authorities=len(parsed),
        entitlements={f.authority["key"]: len(f.entitlements) for f in parsed},
        services=sum(len(f.services) for f in parsed),
    )


def _replace_all(session: Session, parsed: list[ParsedFile], digest: str) -> None:
    for model in models.DELETE_ORDER:
        session.execute(delete(model))
    rows = build_rows(parsed)
    for model, values in rows:
        if values:
            session.execute(insert(model), values)
    session.execute(insert(models.MetaRow), [
        {"key": HASH_KEY, "value": digest},
        {"key": LOADED_AT_KEY, "value": datetime.now(timezone.utc).isoformat(timespec="seconds")},
    ])


def _parents_first(parsed: list[ParsedFile]) -> list[ParsedFile]:
    by_key = {f.authority["key"]: f for f in parsed}

    def depth(f: ParsedFile) -> int:
        parent = f.authority.get("inherits")
        return 0 if not parent else 1 + depth(by_key[parent])

    return sorted(parsed, key=lambda f: (depth(f), f.authority["key"]))


def build_rows(parsed: list[ParsedFile]) -> list[tuple[type, list[dict[str, Any]]]]:
    """Rows to insert, table by table, in foreign-key order."""
    authorities, aliases, contacts, entitlements, services, service_topics = [], [], [], [], [], []
    for f in _parents_first(parsed):
        a = f.authority
        key = a["key"]
        authorities.append({
            "key": key, "name": a["name"], "short_name": a.get("short_name") or a["name"],
            "selectable": a["selectable"], "parent_key": a.get("inherits"),
            "last_reviewed": a["last_reviewed"], "source_file": a["source"]["file"],
            "source_section": a["source"]["section"], "source_date_note": a.get("source_date_note"),
            "source_age": a.get("source_age"), "website": a.get("website"), "data_file": f.path.name,
        })
        aliases.extend({"authority_key": key, "alias": alias} for alias in a.get("aliases") or [])
        if f.contact:
            contacts.append(_contact_row(key, f.contact))
        for e in f.entitlements:
            entitlements.append({
                "authority_key": key, "topic": e["topic"], "category": e["category"],
                "title": e["title"], "summary": e["summary"], "status": e["status"],
                "amount_pence": e.get("amount_pence"), "amount_text": e.get("amount_text"),
                "amount_qualifier": e.get("amount_qualifier"), "period": e.get("period"),
                "promise": e.get("promise"), "only_if": e.get("only_if"),
                "age_min": e.get("age_min"), "age_max": e.get("age_max"),
                "conditions": e.get("conditions"), "how_to_apply": e.get("how_to_apply"),
                "legal_basis": e["legal_basis"], "source_file": e["source"]["file"],
                "source_section": e["source"]["section"],
                "citations": [_citation(c) for c in [e["source"], *(e.get("other_sources") or [])]],
                "caution": (e.get("caution") or {}).get("text"),
                "caution_source": _citation(e["caution"]["source"]) if e.get("caution") else None,
            })
        for s in f.services:
            services.append({
                "key": s["key"], "authority_key": None if key == "national" else key,
                "name": s["name"], "description": s["description"],
                "phones": [_phone(p) for p in s.get("phones") or []],
                "texts": [{"number": t["number"], "label": t["label"], "keyword": t.get("keyword")}
                          for t in s.get("texts") or []],
                "email": s.get("email"), "website": s.get("website"),
                "addresses": s.get("addresses") or [], "hours_text": s.get("hours_text") or [],
                "always_open": s["always_open"], "office_hours": _hours(s["office_hours"]),
                "helps_with": s["helps_with"], "keywords": s.get("keywords") or [],
                "age_min": s.get("age_min"), "age_max": s.get("age_max"),
                "source_file": s["source"]["file"], "source_section": s["source"]["section"],
                "quote": s["source"].get("quote"),
            })
            service_topics.extend({"service_key": s["key"], "topic": t} for t in dict.fromkeys(s["helps_with"]))
    return [
        (models.AuthorityRow, authorities), (models.AliasRow, aliases), (models.ContactRow, contacts),
        (models.EntitlementRow, entitlements), (models.ServiceRow, services),
        (models.ServiceTopicRow, service_topics),
    ]


def _citation(c: dict) -> dict:
    return {"file": c["file"], "section": c["section"], "quote": c.get("quote")}


def _phone(p: dict) -> dict:
    return {"number": p["number"], "label": p["label"], "role": p.get("role") or "office"}


def _hours(hours: list[tuple]) -> list[list]:
    return [[day, opens.strftime("%H:%M"), closes.strftime("%H:%M")] for day, opens, closes in hours]


def _contact_row(key: str, c: dict) -> dict[str, Any]:
    ooh = c.get("out_of_hours") or {}
    given = c["_lines"]  # a field left out of the YAML is inherited, so store NULL for it
    return {
        "authority_key": key,
        "service_name": c.get("service_name"), "address": c.get("address"),
        "postal_address": c.get("postal_address"), "email": c.get("email"), "website": c.get("website"),
        "phones": [_phone(p) for p in c["phones"]] if "phones" in given else None,
        "hours_text": c.get("hours_text") if "hours_text" in given else None,
        "office_hours": _hours(c["office_hours"]) if "office_hours" in given else None,
        "out_of_hours_number": ooh.get("number"), "out_of_hours_label": ooh.get("label"),
        "languages": c.get("languages") if "languages" in given else None,
        "notes": c.get("notes") if "notes" in given else None,
        "sources": [_citation(s) for s in c["sources"]],
    }
