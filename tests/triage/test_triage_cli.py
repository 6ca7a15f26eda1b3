"""`python -m bot add-worker` (registered by `bot.web.cli.register`)."""
from __future__ import annotations

import argparse
import io
import os

from bot.web import cli
from bot.web.store import TriageStore


def run(argv, monkeypatch, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    parser = argparse.ArgumentParser(prog="python -m bot")
    cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def authenticate(username, password):
    store = TriageStore(os.environ["TRIAGE_DB_URL"])
    try:
        return store.authenticate(username, password)
    finally:
        store.dispose()


def test_add_worker_with_password_on_stdin(monkeypatch, capsys):
    code = run(["add-worker", "Asha", "--authority", "derby_city", "--authority", "west_northamptonshire",
                "--password-stdin"], monkeypatch, "a long enough password\n")
    assert code == 0
    assert "Derby City Council" in capsys.readouterr().out
    result = authenticate("asha", "a long enough password")
    assert result.status == "ok" and result.worker.authorities == ("derby_city", "west_northamptonshire")


def test_add_worker_with_prompt(monkeypatch):
    answers = iter(["a long enough password", "a long enough password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run(["add-worker", "ben", "--authority", "derby_city"], monkeypatch) == 0
    assert authenticate("ben", "a long enough password").status == "ok"


def test_mismatched_prompt_passwords(monkeypatch, capsys):
    answers = iter(["a long enough password", "another long password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run(["add-worker", "ben", "--authority", "derby_city"], monkeypatch) == 2
    assert "did not match" in capsys.readouterr().err


def test_refusals(monkeypatch, capsys):
    assert run(["add-worker", "asha", "--authority", "atlantis", "--password-stdin"], monkeypatch, "x" * 20) == 2
    assert "Unknown authority" in capsys.readouterr().err
    assert run(["add-worker", "asha", "--authority", "derby_city", "--password-stdin"], monkeypatch, "short\n") == 1
    assert "at least 12" in capsys.readouterr().err
    assert run(["add-worker", "asha", "--authority", "derby_city", "--password-stdin"], monkeypatch, "x" * 20) == 0
    assert run(["add-worker", "asha", "--authority", "derby_city", "--password-stdin"], monkeypatch, "y" * 20) == 1
    assert "already exists" in capsys.readouterr().err
    assert run(["add-worker", "asha", "--authority", "derby_city", "--password-stdin", "--replace"],
               monkeypatch, "y" * 20) == 0
    assert authenticate("asha", "y" * 20).status == "ok"


def test_the_cli_writes_the_audit_log(monkeypatch):
    run(["add-worker", "asha", "--authority", "derby_city", "--password-stdin"], monkeypatch, "x" * 20)
    store = TriageStore(os.environ["TRIAGE_DB_URL"])
    assert [e["action"] for e in store.audit_log()] == ["worker_added"]
    store.dispose()


def test_standalone_main(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("x" * 20))
    assert cli.main(["add-worker", "cat", "--authority", "derby_city", "--password-stdin"]) == 0
