"""A JSON-lines spool for cases the database would not take, so that none is lost.

`raise_case` appends here when the store fails and replays the file on its next success;
the dashboard also replays it every few seconds. Each line carries a `spool_id`, stored on
the case, so a line replayed twice (two processes, or a crash before the file was
rewritten) still makes one case. An exclusive `flock` serialises the processes.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from bot.paths import ROOT
from bot.settings import Settings

log = logging.getLogger(__name__)



def spool_path() -> Path:
    path = Path(Settings.from_env().triage_spool_path or "var/triage-spool.jsonl")
    return path if path.is_absolute() else ROOT / path


@contextmanager
def _locked(path: Path) -> Iterator:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def append(record: dict, path: Path | None = None) -> dict:
    """Write one case to the spool; returns the record as written (with spool_id, created_at)."""
    path = path or spool_path()
    record = dict(record)
    record.setdefault("spool_id", uuid.uuid4().hex)
    record.setdefault("created_at", datetime.now(timezone.utc).isoformat())
    line = json.dumps(record, ensure_ascii=False, sort_keys=True)
    with _locked(path) as handle:
        handle.seek(0, os.SEEK_END)
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return record


def pending(path: Path | None = None) -> int:
    path = path or spool_path()
    try:
        if path.stat().st_size == 0:
            return 0
    except FileNotFoundError:
        return 0
    with _locked(path) as handle:
        handle.seek(0)
        return sum(1 for line in handle if line.strip())


def replay(insert: Callable[[dict], int], path: Path | None = None) -> list[int]:
    """Insert every spooled case with `insert(record) -> case id`; keeps what failed.

    Stops at the first failure (the database is probably down again) and keeps that line
    and the rest. Lines that are not valid JSON are moved to `<spool>.bad` and logged.
    Returns the ids of the cases inserted.
    """
    path = path or spool_path()
    try:
        if path.stat().st_size == 0:
            return []
    except FileNotFoundError:
        return []
    inserted: list[int] = []
    with _locked(path) as handle:
        handle.seek(0)
        lines = [line for line in handle.read().splitlines() if line.strip()]
        keep: list[str] = []
        bad: list[str] = []
        failed = False
        for line in lines:
            if failed:
                keep.append(line)
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("not an object")
            except ValueError:
                bad.append(line)
                continue
            try:
                inserted.append(insert(record))
            except Exception:  # noqa: BLE001 - keep the line, try again later
                log.warning("triage spool replay failed; %d case(s) kept", len(lines) - len(inserted))
                failed = True
                keep.append(line)
        if bad:
            log.error("triage spool: %d unreadable line(s) moved to %s.bad", len(bad), path)
            with open(str(path) + ".bad", "a", encoding="utf-8") as bad_file:
                bad_file.write("\n".join(bad) + "\n")
        handle.seek(0)
        handle.truncate()
        if keep:
            handle.write("\n".join(keep) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    if inserted:
        log.info("triage spool: replayed %d case(s)", len(inserted))
    return inserted


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed
