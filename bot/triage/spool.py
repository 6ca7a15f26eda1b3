"""A JSON-lines spool for cases the database would not take, so that none is lost.

`raise_case` appends here when the store fails and replays the file on its next success;
the dashboard also replays it every few seconds. Each line carries a `spool_id`, stored on
the case, so a line replayed twice (two processes, or a crash before the file was
rewritten) still makes one case. An exclusive `flock` on `<spool>.lock` serialises the
processes.

What a full disk or a bad record can't do:
- glue a case onto a partial line left by a failed write: `append` starts a fresh line;
- stop replay for ever: a line that is not JSON, or a record the database refuses while it
  takes others (a NUL in a sender id on PostgreSQL), is set aside in `<spool>.bad` (the
  rejects file, kept for a person to read) and the rest replay. Only a database that is
  down (a connection error) stops a replay and keeps every remaining line;
- lose the spool mid-rewrite: the kept lines go to a temporary file, synced, which then
  replaces the spool (`os.replace`); the old spool stays whole until that moment.
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

from sqlalchemy import exc as sa_exc

from bot.paths import ROOT
from bot.settings import Settings

log = logging.getLogger(__name__)

# An insert that fails with one of these means the database is unreachable, not that the
# record is bad: replay stops and keeps the rest for next time.
DATABASE_DOWN = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError,
                 sa_exc.TimeoutError, OSError)


def spool_path() -> Path:
    path = Path(Settings.from_env().triage_spool_path or "var/triage-spool.jsonl")
    return path if path.is_absolute() else ROOT / path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """The spool's lock. On a file of its own: the spool itself is replaced by a new file,
    and a lock held on the old one would not keep a writer off the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(str(path) + ".lock", "a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _ends_mid_line(handle) -> bool:
    size = os.fstat(handle.fileno()).st_size
    return size > 0 and os.pread(handle.fileno(), 1, size - 1) != b"\n"


def _write_lines(path: Path, lines: list[str], mode: str) -> None:
    with open(path, mode, encoding="utf-8") as handle:
        if lines:
            handle.write("\n".join(lines) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _replace(path: Path, lines: list[str]) -> None:
    """The spool becomes exactly `lines`, all at once (a crash leaves the old or the new)."""
    temporary = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        _write_lines(temporary, lines, "w")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def append(record: dict, path: Path | None = None) -> dict:
    """Write one case to the spool; returns the record as written (with spool_id, created_at)."""
    path = path or spool_path()
    record = dict(record)
    record.setdefault("spool_id", uuid.uuid4().hex)
    record.setdefault("created_at", datetime.now(timezone.utc).isoformat())
    line = json.dumps(record, ensure_ascii=False, sort_keys=True)
    with _locked(path), open(path, "a+", encoding="utf-8") as handle:
        # A write cut short (a full disk) leaves a partial line: start a fresh one, so this
        # record stays readable and only the partial line is set aside.
        handle.write(("\n" if _ends_mid_line(handle) else "") + line + "\n")
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
    with _locked(path), open(path, encoding="utf-8", errors="replace") as handle:
        return sum(1 for line in handle if line.strip())


def replay(insert: Callable[[dict], int], path: Path | None = None) -> list[int]:
    """Insert every spooled case with `insert(record) -> case id`; keeps what failed.

    A connection error (`DATABASE_DOWN`) stops the replay and keeps that line and the rest.
    Any other failure may be the record's own: replay goes on, and once another record has
    gone in (so the database is up) the refused lines are set aside in `<spool>.bad` with
    the lines that are not JSON, and logged; while nothing goes in they are kept.
    Returns the ids of the cases inserted.
    """
    path = path or spool_path()
    try:
        if path.stat().st_size == 0:
            return []
    except FileNotFoundError:
        return []
    inserted: list[int] = []
    with _locked(path):
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = [line for line in handle.read().splitlines() if line.strip()]
        keep: list[str] = []
        bad: list[str] = []
        refused: list[str] = []
        down = False
        for line in lines:
            if down:
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
            except DATABASE_DOWN:
                log.warning("triage spool replay failed (database down); %d case(s) kept",
                            len(lines) - len(inserted) - len(bad))
                down = True
                keep.append(line)
            except Exception as exc:  # noqa: BLE001 - this record, or the store: decided below
                log.warning("triage spool: a case was refused (%s)", type(exc).__name__)
                refused.append(line)
        if inserted:
            bad += refused  # the database took others: these records are the problem
        else:
            keep = refused + keep
        if bad:
            log.error("triage spool: %d line(s) set aside in %s.bad; read them and raise those cases "
                      "by hand", len(bad), path)
            _write_lines(Path(str(path) + ".bad"), bad, "a")
        if keep != lines:
            _replace(path, keep)
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
