"""`make run`: start the action server, the Rasa server and the web app; stop them together.

Each server is a child process in its own process group. Ctrl-C (SIGINT) or SIGTERM stops
all of them; if one dies on its own, the others are stopped too and the exit code says so,
so a half-running assistant never looks healthy.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bot.paths import MODEL_FILE, ROOT, VAR
from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Service:
    name: str
    argv: list[str]
    health_url: str


def services(settings: Settings, model: Path = MODEL_FILE) -> list[Service]:
    py = sys.executable
    host = settings.bind_host
    return [
        Service(
            "action server",
            [py, "-m", "bot.rasa.action_server", "--actions", "actions", "--port", str(settings.actions_port)],
            f"http://127.0.0.1:{settings.actions_port}/health",
        ),
        Service(
            "Rasa server",
            [
                py, "-m", "bot.rasa.server", "run",
                "--model", str(model),
                "--endpoints", str(ROOT / "endpoints.yml"),
                "--credentials", str(ROOT / "credentials.yml"),
                "--interface", host,
                "--port", str(settings.rasa_port),
                "--enable-api",
                "--auth-token", settings.rasa_api_token,
                "--cors", "*",
            ],
            f"http://127.0.0.1:{settings.rasa_port}/",
        ),
        Service(
            "web app",
            [py, "-m", "bot", "web"],
            f"http://127.0.0.1:{settings.web_port}/healthz",
        ),
    ]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as reply:
            return reply.status < 500
    except (urllib.error.URLError, OSError):
        return False


class Supervisor:
    """Starts services as child processes; `log_dir` sends each one's output to a file
    (tests use it so a failed start can show why), otherwise output goes to the terminal.
    `extra_env` is added to the children's environment (tests: a private triage spool)."""

    def __init__(self, settings: Settings, wanted: list[Service], log_dir: Path | None = None,
                 extra_env: dict[str, str] | None = None) -> None:
        self.settings = settings
        self.wanted = wanted
        self.log_dir = log_dir
        self.extra_env = dict(extra_env or {})
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self) -> None:
        env = self.settings.child_env()
        # The action server's bind address: always this machine. It has no authentication
        # (anyone who can reach it can run actions, e.g. raise triage cases) and only the
        # Rasa server, started here too, calls it. BIND_HOST exposes Rasa and the web app.
        env["SANIC_HOST"] = "127.0.0.1"
        env.update(self.extra_env)
        VAR.mkdir(exist_ok=True)
        for service in self.wanted:
            log.info("starting %s", service.name)
            output = None
            if self.log_dir is not None:
                output = open(self.log_file(service.name), "wb")  # noqa: SIM115 - child owns it
            self.procs[service.name] = subprocess.Popen(
                service.argv, cwd=ROOT, env=env, start_new_session=True,
                stdout=output, stderr=subprocess.STDOUT if output else None,
            )
            if output is not None:
                output.close()  # the child has its own copy of the descriptor

    def log_file(self, name: str) -> Path:
        assert self.log_dir is not None
        return self.log_dir / (name.replace(" ", "-") + ".log")

    def log_tail(self, name: str, lines: int = 30) -> str:
        if self.log_dir is None or not self.log_file(name).exists():
            return ""
        text = self.log_file(name).read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def wait_until_ready(self, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        pending = list(self.wanted)
        while pending:
            self.check_alive()
            pending = [s for s in pending if not _healthy(s.health_url)]
            if pending and time.monotonic() > deadline:
                raise RuntimeError("not ready in time: " + ", ".join(s.name for s in pending))
            if pending:
                time.sleep(0.5)

    def check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                tail = self.log_tail(name)
                raise RuntimeError(f"the {name} stopped (exit code {proc.returncode})"
                                   + (f"; its last output:\n{tail}" if tail else ""))

    def stop(self, grace: float = 15) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + grace
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def run(settings: Settings | None = None) -> int:
    """Run in the foreground until Ctrl-C or until a server dies."""
    settings = settings or Settings.from_env()
    from offers.store import ensure_loaded  # a missing or broken offer store stops start-up

    try:
        ensure_loaded(settings.offers_db_url)
    except Exception as error:  # noqa: BLE001 - any failure here means "can't start"
        print(f"ERROR: the offer store can't be loaded, so the assistant won't start: {error}\n"
              "Check offers/data/*.yml (`python -m offers validate`) and OFFERS_DB_URL.",
              file=sys.stderr)
        return 2
    if not MODEL_FILE.exists():
        print(f"No trained model at {MODEL_FILE}: run `make train` first.", file=sys.stderr)
        return 2
    supervisor = Supervisor(settings, services(settings))

    def _on_signal(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _on_signal)
    try:
        supervisor.start()
        supervisor.wait_until_ready()
        s = settings
        print(
            "\nThe care leavers' assistant is running:\n"
            f"  chat page        http://{s.bind_host}:{s.web_port}/\n"
            f"  duty dashboard   http://{s.bind_host}:{s.web_port}/duty/\n"
            f"  REST channel     http://{s.bind_host}:{s.rasa_port}/webhooks/rest/webhook\n"
            f"  action server    http://127.0.0.1:{s.actions_port}/health\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while True:
            supervisor.check_alive()
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nStopping…", flush=True)
        return 0
    except RuntimeError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    finally:
        supervisor.stop()


def shell(settings: Settings | None = None) -> int:
    """`make shell`: talk to the bot in the terminal (with `make run` going for actions)."""
    settings = settings or Settings.from_env()
    VAR.mkdir(exist_ok=True)
    argv = [sys.executable, "-m", "bot.rasa.server", "shell", "--model", str(MODEL_FILE),
            "--endpoints", str(ROOT / "endpoints.yml"), "--credentials", str(ROOT / "credentials.yml")]
    return subprocess.call(argv, cwd=ROOT, env=settings.child_env())
