"""Start the real servers, as `make run` does, on free ports with throwaway databases."""
from __future__ import annotations

import contextlib
import json
import socket
import urllib.request
from pathlib import Path
from typing import Iterator

from bot.paths import MODEL_FILE
from bot.runner import Supervisor, services
from bot.settings import Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def settings_for(tmp: Path) -> Settings:
    return Settings(
        bind_host="127.0.0.1",
        rasa_port=free_port(),
        actions_port=free_port(),
        web_port=free_port(),
        offers_db_url=f"sqlite:///{tmp / 'offers.db'}",
        triage_db_url=f"sqlite:///{tmp / 'triage.db'}",
        tracker_db_url=f"sqlite:///{tmp / 'tracker.db'}",
        rasa_api_token="test-token",
        # Messenger: known secrets, and replies go to a port where tests/bot/test_facebook.py
        # runs a fake Graph API (tests/support/fake_graph.py); nothing listens there otherwise.
        facebook_verify_token="test-verify-token",
        facebook_app_secret="test-app-secret",
        facebook_page_access_token="test-page-access-token",
        facebook_graph_url=f"http://127.0.0.1:{free_port()}/v2.12",
    )


@contextlib.contextmanager
def running_bot(tmp: Path, which: tuple[str, ...] = ()) -> Iterator[Settings]:
    """Yield settings once every server answers its health check; stop them after."""
    if not MODEL_FILE.exists():
        raise RuntimeError(f"no trained model at {MODEL_FILE}: run `make train` first")
    from offers.store import ensure_loaded

    settings = settings_for(tmp)
    ensure_loaded(settings.offers_db_url)
    wanted = [s for s in services(settings) if not which or s.name in which]
    supervisor = Supervisor(settings, wanted, log_dir=tmp)
    supervisor.start()
    try:
        supervisor.wait_until_ready(timeout=240)
        yield settings
    finally:
        supervisor.stop()


def say(settings: Settings, sender: str, text: str, timeout: float = 30) -> list[dict]:
    """Post one message to the REST channel and return the bot's replies."""
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{settings.rasa_port}/webhooks/rest/webhook",
        data=body, headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as reply:
        return json.loads(reply.read())


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text", "") for r in replies)
