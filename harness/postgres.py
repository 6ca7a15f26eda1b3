"""A throwaway PostgreSQL server for tests and benchmarks.

`throwaway_postgres()` runs initdb into a temporary folder, starts the server on a free
port on 127.0.0.1 (unix socket in the same folder), creates a database, yields a
SQLAlchemy URL and removes everything afterwards. PostgreSQL refuses to run as root, so
when we are root the server runs as the `postgres` user (via runuser).

If PostgreSQL is not installed this FAILS with a clear message instead of skipping: the
store must be tested against the database production uses.

To share the session fixture from a root conftest.py, one line is enough:
    from harness.postgres import postgres_url  # noqa: F401
"""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

SERVER_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    pass


def find_bindir() -> Path:
    """Folder holding initdb/pg_ctl: `pg_config --bindir`, else /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10)
            candidates.append(Path(out.stdout.strip()))
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL "
        "(e.g. apt-get install postgresql) so the offer store can be tested against it."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailable("running as root but 'runuser' is missing; cannot start PostgreSQL as postgres")
    return [runuser, "-u", SERVER_USER, "--", *cmd]


def _run(cmd: list[str], what: str) -> None:
    result = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise PostgresUnavailable(f"{what} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")


@contextlib.contextmanager
def throwaway_postgres(dbname: str = "offers_test") -> Iterator[str]:
    """Start a private PostgreSQL server; yield `postgresql+psycopg2://postgres@127.0.0.1:PORT/dbname`."""
    bindir = find_bindir()
    workdir = Path(tempfile.mkdtemp(prefix="pgtest-"))
    datadir, logfile = workdir / "data", workdir / "server.log"
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise PostgresUnavailable(f"running as root but there is no '{SERVER_USER}' user to run PostgreSQL") from exc
        os.chown(workdir, user.pw_uid, user.pw_gid)
    port = _free_port()
    started = False
    try:
        _run([str(bindir / "initdb"), "-D", str(datadir), "-U", "postgres", "--auth=trust",
              "-E", "UTF8", "--no-locale"], "initdb")
        options = (f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        _run([str(bindir / "pg_ctl"), "-D", str(datadir), "-l", str(logfile), "-o", options, "-w", "-t", "60",
              "start"], "pg_ctl start")
        started = True
        create_database(f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres", dbname)
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/{dbname}"
    finally:
        if started:
            with contextlib.suppress(PostgresUnavailable, subprocess.SubprocessError):
                _run([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "fast", "-w", "stop"], "pg_ctl stop")
        shutil.rmtree(workdir, ignore_errors=True)


def create_database(server_url: str, name: str) -> str:
    """Create database `name` (if missing) on the server of `server_url`; return its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    admin = make_url(server_url).set(database="postgres")
    engine = create_engine(admin, future=True, isolation_level="AUTOCOMMIT")
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                with engine.connect() as conn:
                    exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
                    if not exists:
                        conn.execute(text(f'CREATE DATABASE "{name}"'))
                break
            except OperationalError:  # server still starting: retry for a while
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    finally:
        engine.dispose()
    return str(make_url(server_url).set(database=name))
