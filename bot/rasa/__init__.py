"""Where the project meets Rasa's and rasa-sdk's internals: the only package that imports
`rasa.core` or `rasa.server`, and the only one that knows Rasa's `events` table.

What is here:
- supported extension points, loaded by module path from credentials.yml and endpoints.yml:
  `channels.rest`, `channels.socketio`, `channels.facebook`, `tracker_store`, `lock_store`;
- `events`: read-only and delete queries on the tracker store's `events` table, for
  privacy, triage and the dashboard;
- patches of Rasa's internals (`speedups`, `remote_action`, `json_bodies`, `takeover_hook`),
  applied only by
  `install()` below, which first checks that the installed Rasa and rasa-sdk are the
  versions they were written for (tests/rasa/test_contracts.py pins what each one relies on);
- `server` and `action_server`: `python -m bot.rasa.server run ...` and
  `python -m bot.rasa.action_server ...`, Rasa's own CLIs after `install()`.

`install()` runs wherever a Rasa process starts: in `bot.rasa.server` and
`bot.rasa.action_server` (`make run`, `make shell`), and on import of the crisis NLU
component (`bot.crisis.component`), which Rasa imports whenever it trains or loads the
model (`rasa train`, `rasa test`, a bare `rasa run`/`rasa shell`, the tests' agents). So
every entry point runs the same system, and an upgrade of Rasa is this folder's work.
"""
from __future__ import annotations

import threading
from importlib import metadata

# The versions every patch and override here was read against. On any other version
# install() refuses: read tests/rasa/test_contracts.py against the new sources, adapt the
# patches, then add the version here.
SUPPORTED_VERSIONS = {"rasa": ("3.6.21",), "rasa-sdk": ("3.6.2",)}
SERVERS = ("rasa", "actions")

_lock = threading.Lock()
_installed: set[str] = set()


class UnsupportedVersion(RuntimeError):
    """The installed Rasa or rasa-sdk is not one these patches were written for."""


def check_versions(installed: dict[str, str] | None = None) -> None:
    """Raise `UnsupportedVersion` unless each package is at a supported version."""
    for package, supported in SUPPORTED_VERSIONS.items():
        version = (installed or {}).get(package) or _installed_version(package)
        if version not in supported:
            raise UnsupportedVersion(
                f"{package} {version} is installed, but bot/rasa was written for "
                f"{' or '.join(supported)}: it patches that version's internals. Install a "
                f"supported version (requirements.txt), or port bot/rasa and its contract "
                f"tests (tests/rasa/test_contracts.py) to {version} first."
            )


def _installed_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "(none)"


def install(server: str = "rasa") -> None:
    """Apply every patch this process needs, once; refuse a Rasa we were not written for.

    `server="rasa"`: the Rasa server (and `rasa train`/`test`/`shell`): faster turns
    (`speedups`), polite replies when the action server is down (`remote_action`), a 400
    for malformed API bodies (`json_bodies`), crisis alerts while a duty worker holds a
    conversation (`takeover_hook`). `server="actions"`: the action server, which
    never imports Rasa itself: the 400 for malformed webhook bodies. Both: redacted logs.
    """
    if server not in SERVERS:
        raise ValueError(f"server must be one of {SERVERS}, not {server!r}")
    from bot.privacy.logging import install as install_log_redaction

    # Every call: it is idempotent, and it also covers log handlers added since (Rasa and
    # Sanic add theirs after start-up).
    install_log_redaction()
    with _lock:
        if server in _installed:
            return
        check_versions()
        from bot.rasa import json_bodies

        if server == "rasa":
            from bot.rasa import remote_action, speedups, takeover_hook

            speedups.install()
            remote_action.install()
            takeover_hook.install()
            json_bodies.install_in_rasa()
        else:
            json_bodies.install_in_action_server()
        _installed.add(server)


def installed(server: str = "rasa") -> bool:
    return server in _installed
