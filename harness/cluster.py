"""The production layout in miniature, for the scale-out and fault tests and the benchmark.

`running_cluster(tmp, rasa_servers=2)` starts, on 127.0.0.1 and free ports:
- a private PostgreSQL server (restartable: `cluster.pg.restart()`) holding the tracker
  store, the offer store and the triage cases, each in its own database;
- a private Redis server for Rasa's lock store (`LOCK_STORE_URL`; restartable too:
  `cluster.redis.stop()` / `start()`) and the socket.io servers (`SOCKETIO_REDIS_URL`);
- one action server, and `rasa_servers` Rasa servers sharing all of that, each started
  exactly as `make run` starts it (bot.runner.services).

Every process gets a private triage spool file under `tmp`, so nothing a test does can
reach the real `var/`. `cluster.stop_action_server()` / `start_action_server()` kill
and restart only the action server, on the same port.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from bot.paths import MODEL_FILE
from bot.runner import Supervisor, services
from bot.settings import Settings
from harness.postgres import (
    PostgresUnavailable,
    _free_port,
    _run,
    create_database,
    find_bindir,
)
from harness.redis import RedisServer, throwaway_redis
from harness.servers import free_port


class PostgresServer:
    """A private PostgreSQL server that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.workdir = Path(tempfile.mkdtemp(prefix="pgcluster-"))
        self.datadir = self.workdir / "data"
        self.logfile = self.workdir / "server.log"
        self.port = _free_port()
        self.running = False
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.workdir, user.pw_uid, user.pw_gid)
        _run([str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", "postgres", "--auth=trust",
              "-E", "UTF8", "--no-locale"], "initdb")

    @property
    def server_url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        _run([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile), "-o", options,
              "-w", "-t", "60", "start"], "pg_ctl start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        _run([str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", mode, "-w", "stop"], "pg_ctl stop")
        self.running = False

    def restart(self) -> None:
        self.stop()
        self.start()

    def database(self, name: str) -> str:
        return create_database(self.server_url, name)

    def close(self) -> None:
        if self.running:
            with contextlib.suppress(PostgresUnavailable, subprocess.SubprocessError):
                self.stop("immediate")
        shutil.rmtree(self.workdir, ignore_errors=True)


@dataclass
class Cluster:
    rasa: list[Settings]                  # one per Rasa server (ports differ, all else shared)
    pg: PostgresServer
    redis: "RedisServer | None"           # None: in-memory locks
    tmp: Path
    extra_env: dict[str, str]
    action_supervisor: Supervisor
    rasa_supervisors: list[Supervisor] = field(default_factory=list)
    web_supervisor: Supervisor | None = None

    @property
    def settings(self) -> Settings:
        return self.rasa[0]

    def rasa_pids(self) -> list[int]:
        return [s.procs["Rasa server"].pid for s in self.rasa_supervisors]

    def action_pid(self) -> int:
        return self.action_supervisor.procs["action server"].pid

    def kill_action_server(self) -> None:
        """SIGKILL, as a crash would: no graceful shutdown."""
        proc = self.action_supervisor.procs["action server"]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def start_action_server(self) -> None:
        self.action_supervisor.start()
        self.action_supervisor.wait_until_ready(timeout=120)

    def check_alive(self) -> None:
        for supervisor in self.rasa_supervisors:
            supervisor.check_alive()

    @contextlib.contextmanager
    def web_app(self, rasa_api_server: int = 1) -> Iterator[Settings]:
        """The web app (chat page and duty dashboard) on its own port, for as long as the
        block lasts: its chat page points browsers' socket.io at Rasa server 1 (`RASA_PORT`),
        while its takeover calls go to Rasa server `rasa_api_server + 1` (`RASA_API_URL`),
        so a duty worker's message has to cross servers. Yields the web app's settings."""
        settings = dataclasses.replace(self.settings, web_port=free_port())
        api = f"http://127.0.0.1:{self.rasa[rasa_api_server].rasa_port}"
        service = {s.name: s for s in services(settings)}["web app"]
        log_dir = self.tmp / f"web-{settings.web_port}"
        log_dir.mkdir(exist_ok=True)
        supervisor = Supervisor(settings, [service], log_dir=log_dir,
                                extra_env={**self.extra_env, "RASA_API_URL": api})
        supervisor.start()
        try:
            supervisor.wait_until_ready(timeout=120)
            yield dataclasses.replace(settings, rasa_api_url=api)
        finally:
            supervisor.stop()

    def tracker_events(self, senders: list[str] | None = None) -> dict[str, list[dict]]:
        """Every stored event of the given conversations (all if None), in stored order."""
        from sqlalchemy import create_engine, text

        engine = create_engine(self.settings.tracker_db_url, future=True)
        try:
            with engine.connect() as conn:
                if senders is None:
                    rows = conn.execute(text("SELECT sender_id, data FROM events ORDER BY id"))
                else:
                    rows = conn.execute(text("SELECT sender_id, data FROM events WHERE sender_id = ANY(:s) "
                                             "ORDER BY id"), {"s": list(senders)})
                out: dict[str, list[dict]] = {}
                for sender, data in rows:
                    out.setdefault(sender, []).append(json.loads(data))
                return out
        finally:
            engine.dispose()


def _settings(base: Settings, rasa_port: int) -> Settings:
    return dataclasses.replace(base, rasa_port=rasa_port, web_port=free_port())


@contextlib.contextmanager
def running_cluster(tmp: Path, rasa_servers: int = 2, extra_env: dict[str, str] | None = None,
                    ready_timeout: float = 420, *, redis: bool = True, socketio_redis: bool = True,
                    web_app: bool = False) -> Iterator[Cluster]:
    """`redis=False`: in-memory locks and socket.io emits (right for one Rasa server, as
    `make run`); `socketio_redis=False`: locks in Redis but socket.io emits kept in each
    process (to show what the Redis manager is for); `web_app=True`: the web app too (its
    supervisor is `cluster.web_supervisor`)."""
    if not MODEL_FILE.exists():
        raise RuntimeError(f"no trained model at {MODEL_FILE}: run `make train` first")
    from offers.store import ensure_loaded

    tmp.mkdir(parents=True, exist_ok=True)
    pg = PostgresServer()
    supervisors: list[Supervisor] = []
    try:
        pg.start()
        with (throwaway_redis() if redis else contextlib.nullcontext(None)) as redis_server:
            redis_url = redis_server.url if redis_server else ""
            base = Settings(
                bind_host="127.0.0.1",
                rasa_port=free_port(),
                actions_port=free_port(),
                web_port=free_port(),
                offers_db_url=pg.database("offers"),
                triage_db_url=pg.database("triage"),
                tracker_db_url=pg.database("tracker"),
                lock_store_url=redis_url,
                # The website chat's socket.io servers share emits through the same Redis, so
                # a message sent through one server's HTTP API reaches a socket on another.
                socketio_redis_url=redis_url if socketio_redis else "off",
                rasa_api_token="test-token",
                facebook_verify_token="test-verify-token",
                facebook_app_secret="test-app-secret",
                facebook_page_access_token="test-page-access-token",
                facebook_graph_url=f"http://127.0.0.1:{free_port()}/v2.12",
            )
            ensure_loaded(base.offers_db_url)
            env = {"TRIAGE_SPOOL_PATH": str(tmp / "triage-spool.jsonl"), **(extra_env or {})}
            by_name = {s.name: s for s in services(base)}
            actions = Supervisor(base, [by_name["action server"]], log_dir=tmp, extra_env=env)
            supervisors.append(actions)
            rasa_settings = [base] + [_settings(base, free_port()) for _ in range(rasa_servers - 1)]
            rasa_sups = []
            for i, settings in enumerate(rasa_settings):
                service = {s.name: s for s in services(settings)}["Rasa server"]
                log_dir = tmp / f"rasa-{i}"
                log_dir.mkdir(exist_ok=True)
                sup = Supervisor(settings, [service], log_dir=log_dir, extra_env=env)
                supervisors.append(sup)
                rasa_sups.append(sup)
            web = None
            if web_app:
                web = Supervisor(base, [by_name["web app"]], log_dir=tmp, extra_env=env)
                supervisors.append(web)
            for sup in supervisors:
                sup.start()
            deadline = time.monotonic() + ready_timeout
            for sup in supervisors:
                sup.wait_until_ready(timeout=max(1, deadline - time.monotonic()))
            yield Cluster(rasa=rasa_settings, pg=pg, redis=redis_server, tmp=tmp, extra_env=env,
                          action_supervisor=actions, rasa_supervisors=rasa_sups, web_supervisor=web)
    finally:
        for sup in supervisors:
            sup.stop()
        pg.close()


# ------------------------------------------------------------------ one cluster per test run

_SHARED: dict = {"cluster": None, "stack": None, "users": 0}


def shared_cluster(tmp_path_factory) -> Iterator[Cluster]:
    """Body of a session fixture that several conftest.py files can declare: every one of
    them gets the same cluster (two Rasa servers take a minute or two to load), stopped
    when the last of them is torn down."""
    if _SHARED["cluster"] is None:
        stack = contextlib.ExitStack()
        _SHARED["cluster"] = stack.enter_context(running_cluster(tmp_path_factory.mktemp("cluster")))
        _SHARED["stack"] = stack
    _SHARED["users"] += 1
    try:
        yield _SHARED["cluster"]
    finally:
        _SHARED["users"] -= 1
        if _SHARED["users"] == 0:
            stack, _SHARED["stack"], _SHARED["cluster"] = _SHARED["stack"], None, None
            stack.close()
