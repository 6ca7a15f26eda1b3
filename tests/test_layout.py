"""The import rules between the project's packages (docs: bot/rasa/__init__.py, README).

    offers/      imports nothing of ours (it stands alone: usable and testable without Rasa)
    bot/rasa/    the only code that imports rasa.core or rasa.server, and the only product
                 code that knows Rasa's `events` table
    bot/         imports actions/ nowhere
    actions/     imports only the public face of bot/: the packages bot.crisis, bot.privacy,
                 bot.triage (their __init__), bot.crisis.languages, bot.settings; never bot.rasa
    harness/     (throwaway servers) is imported by tests and bench only
    bench/       imports project packages, never tests/
    os.environ   is read in bot/settings.py alone (offers/config.py has its own; the chat
                 page's bot/web/chat.py is listed below until it is rebuilt)

Read from the source with `ast`, so the rules hold for lazy imports inside functions too.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OURS = ("bot", "actions", "offers", "harness", "bench", "tests")

ACTIONS_MAY_IMPORT = {"bot.crisis", "bot.crisis.languages", "bot.privacy", "bot.triage", "bot.settings"}
# bot/ -> actions/: none. (The duty number's rule moved to offers/duty.py.)
BOT_MAY_IMPORT_ACTIONS: set[tuple[str, str]] = set()
ENVIRONMENT_READERS = {"bot/settings.py", "offers/config.py", "bot/web/chat.py"}


def _files(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "node_modules" not in p.parts)


def _imports(path: Path) -> set[str]:
    """Every module imported by `path` (absolute names; `from x import y` gives x and x.y)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _top(name: str) -> str:
    return name.split(".")[0]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_offers_imports_nothing_of_ours() -> None:
    bad = {(_rel(p), m) for p in _files("offers") for m in _imports(p)
           if _top(m) in OURS and _top(m) != "offers"}
    assert not bad


@pytest.mark.parametrize("folder", ["bot", "actions", "offers", "harness", "bench"])
def test_only_bot_rasa_imports_rasa_core_or_rasa_server(folder: str) -> None:
    bad = {(_rel(p), m) for p in _files(folder) for m in _imports(p)
           if (m == "rasa.core" or m.startswith(("rasa.core.", "rasa.server")))
           and not _rel(p).startswith("bot/rasa/")}
    assert not bad


def test_only_bot_rasa_knows_the_events_table() -> None:
    """(harness/ and bench/ read it too, to check what a test or benchmark stored.)"""
    bad = [_rel(p) for folder in ("bot", "actions", "offers") for p in _files(folder)
           if not _rel(p).startswith("bot/rasa/")
           and any(s in p.read_text(encoding="utf-8") for s in ('Table(\n    "events"', "FROM events"))]
    assert not bad


def test_actions_use_only_the_public_face_of_bot() -> None:
    bad = set()
    for path in _files("actions"):
        for module in _imports(path):
            if _top(module) != "bot":
                continue
            # `from bot.triage import raise_case_async` names bot.triage and bot.triage.raise_case_async
            if module in ACTIONS_MAY_IMPORT or module.rsplit(".", 1)[0] in ACTIONS_MAY_IMPORT:
                continue
            bad.add((_rel(path), module))
    assert not bad


def test_bot_does_not_import_actions() -> None:
    found = {(_rel(p), m) for p in _files("bot") for m in _imports(p) if _top(m) == "actions"}
    assert {(f, m) for f, m in found if (f, m.rsplit(".", 1)[0]) not in BOT_MAY_IMPORT_ACTIONS
            and (f, m) not in BOT_MAY_IMPORT_ACTIONS} == set()


def test_harness_is_for_tests_and_bench_only() -> None:
    bad = {(_rel(p), m) for folder in ("bot", "actions", "offers") for p in _files(folder)
           for m in _imports(p) if _top(m) == "harness"}
    assert not bad


def test_bench_does_not_import_tests() -> None:
    bad = {(_rel(p), m) for p in _files("bench") for m in _imports(p) if _top(m) == "tests"}
    assert not bad


def test_only_settings_reads_the_environment() -> None:
    readers = set()
    for folder in ("bot", "actions", "offers"):
        for path in _files(folder):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv")
                        and isinstance(node.value, ast.Name) and node.value.id == "os"):
                    readers.add(_rel(path))
    assert readers <= ENVIRONMENT_READERS, readers - ENVIRONMENT_READERS
