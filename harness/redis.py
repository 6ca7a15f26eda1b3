"""A throwaway Redis server for tests and benchmarks (like tests/support/postgres.py).

`throwaway_redis()` starts `redis-server` on a free port on 127.0.0.1 with no persistence
(`--save '' --appendonly no`), in a temporary folder, yields the `RedisServer` (its `url`
is `redis://127.0.0.1:PORT/0`; `stop()` / `start()` take it away and bring it back on the
same port) and removes it afterwards. If redis-server is not installed this FAILS with a clear message
instead of skipping: the scale-out layout needs the Redis lock store.

Session fixture for a conftest.py:
    from harness.redis import redis_url  # noqa: F401
"""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator


class RedisUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_server() -> str:
    found = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)
    if not found:
        raise RedisUnavailable("redis-server not found: install Redis (e.g. apt-get install redis-server) "
                               "so the shared lock store can be tested.")
    return found


class RedisServer:
    """A private redis-server on 127.0.0.1 that can be stopped and started again on the
    same port (the fault tests take the lock store away and bring it back)."""

    def __init__(self) -> None:
        self.binary = find_server()
        self.workdir = Path(tempfile.mkdtemp(prefix="redistest-"))
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redis

        with open(self.workdir / "server.log", "ab") as log:
            self.proc = subprocess.Popen(
                [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no", "--dir", str(self.workdir), "--protected-mode", "yes",
                 "--daemonize", "no"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        deadline = time.monotonic() + 20
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.exceptions.ConnectionError:
                    if self.proc.poll() is not None or time.monotonic() > deadline:
                        tail = (self.workdir / "server.log").read_text(errors="replace")[-2000:]
                        raise RedisUnavailable(f"redis-server did not start: {tail}") from None
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


@contextlib.contextmanager
def throwaway_redis() -> Iterator[RedisServer]:
    """Yield a started RedisServer (`.url` is `redis://127.0.0.1:PORT/0`); remove it after."""
    server = RedisServer()
    try:
        server.start()
        yield server
    finally:
        server.close()
