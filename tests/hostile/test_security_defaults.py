"""Security defaults: nothing exposed unless asked, Rasa's API always behind a token, the
action server never exposed, secrets only from the environment, safe dashboard cookies.

(Over HTTP, tests/hostile/test_hostile_live.py checks the API refuses every route
without the token and the dashboard's headers and cookies on real responses.)
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bot.paths import ROOT
from bot.runner import Service, Supervisor, services
from bot.settings import Settings
from bot.web import security


def argv_of(settings: Settings, name: str) -> list[str]:
    return next(s.argv for s in services(settings) if s.name == name)


def test_make_run_binds_to_localhost_unless_told_otherwise() -> None:
    assert Settings().bind_host == "127.0.0.1"
    assert Settings.from_env({}).bind_host == "127.0.0.1"
    rasa = argv_of(Settings.from_env({}), "Rasa server")
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    exposed = argv_of(Settings.from_env({"BIND_HOST": "0.0.0.0"}), "Rasa server")
    assert exposed[exposed.index("--interface") + 1] == "0.0.0.0"


def test_the_http_api_always_needs_a_token() -> None:
    a, b = Settings.from_env({}), Settings.from_env({})
    for settings in (a, b):
        rasa = argv_of(settings, "Rasa server")
        assert "--enable-api" in rasa
        token = rasa[rasa.index("--auth-token") + 1]
        assert token == settings.rasa_api_token and len(token) >= 32
    assert a.rasa_api_token != b.rasa_api_token  # random per run unless RASA_API_TOKEN is set
    assert Settings.from_env({"RASA_API_TOKEN": "from-env"}).rasa_api_token == "from-env"


def test_the_action_server_only_listens_on_this_machine(tmp_path: Path) -> None:
    """rasa_sdk binds to SANIC_HOST (default 0.0.0.0) and has no authentication."""
    settings = Settings(bind_host="0.0.0.0")
    probe = Service("probe", [sys.executable, "-c", "import os; print(os.environ['SANIC_HOST'])"],
                    "http://127.0.0.1:9/")
    supervisor = Supervisor(settings, [probe], log_dir=tmp_path)
    supervisor.start()
    supervisor.procs["probe"].wait(timeout=30)
    assert supervisor.log_tail("probe").strip() == "127.0.0.1"


SECRET_WORDS = ("secret", "token", "password", "verify", "key", "access")


def _secret_values(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _secret_values(value, f"{path}.{key}")
    elif any(word in path.lower().rsplit(".", 1)[-1] for word in SECRET_WORDS):
        yield path, node


def test_secrets_come_only_from_the_environment() -> None:
    for name in ("credentials.yml", "endpoints.yml"):
        config = yaml.safe_load((ROOT / name).read_text(encoding="utf-8")) or {}
        for path, value in _secret_values(config):
            assert isinstance(value, str) and value.startswith("${") and value.endswith("}"), (name, path)
    assert "password" not in (ROOT / "endpoints.yml").read_text(encoding="utf-8").lower().replace(
        "[:password@]", "")


def test_settings_never_print_secrets() -> None:
    text = repr(Settings(facebook_app_secret="s3cr3t-value", facebook_page_access_token="p4ge-token",
                         rasa_api_token="api-t0ken", lock_store_url="redis://:redis-pw@host/1"))
    for secret in ("s3cr3t-value", "p4ge-token", "api-t0ken", "redis-pw"):
        assert secret not in text


def test_dashboard_cookies_and_headers() -> None:
    for secure in (False, True):
        options = security.cookie_options(secure)
        assert options["httponly"] is True and options["samesite"] == "Strict"
        assert options["secure"] is secure
    assert security.session_cookie_name(True).startswith("__Host-")
    csp = dict(part.strip().split(" ", 1) for part in security.CSP.split(";"))
    assert csp["script-src"] == "'self'" and csp["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in security.CSP and "unsafe-eval" not in security.CSP
    assert security.HEADERS["X-Frame-Options"] == "DENY"
    assert security.HEADERS["X-Content-Type-Options"] == "nosniff"
