"""Fault: the offer store is empty or missing at start-up -> a clear error, nothing started.

`make run` (`python -m bot run`, bot.runner.run) loads the offer data before it starts any
server. A missing or empty data folder, invalid data, or a database it can't reach must
stop it with one clear message and exit code 2, not a traceback or a half-running bot.
An empty database is not an error: the data is loaded into it.
"""
from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from bot import runner
from bot.settings import Settings
from offers import config
from offers.store import OfferStore


class NoSupervisor:
    def __init__(self, *_args, **_kwargs) -> None:
        raise AssertionError("no server may be started when the offer store can't be loaded")


@pytest.fixture
def no_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "Supervisor", NoSupervisor)


def start(tmp_path: Path, capsys: pytest.CaptureFixture, url: str | None = None) -> tuple[int, str]:
    settings = Settings(offers_db_url=url or f"sqlite:///{tmp_path / 'offers.db'}")
    code = runner.run(settings)
    return code, capsys.readouterr().err


def test_missing_data_folder_is_a_clear_start_up_error(tmp_path, monkeypatch, capsys, no_servers) -> None:
    monkeypatch.setattr(config, "DATA_DIR", tmp_path / "no-such-folder")
    code, err = start(tmp_path, capsys)
    assert code == 2
    assert "offer store can't be loaded" in err and "offer data folder not found" in err
    assert "Traceback" not in err


def test_empty_data_folder_is_a_clear_start_up_error(tmp_path, monkeypatch, capsys, no_servers) -> None:
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(config, "DATA_DIR", tmp_path / "data")
    code, err = start(tmp_path, capsys)
    assert code == 2 and "no offer data files" in err and "Traceback" not in err


def test_invalid_data_is_a_clear_start_up_error(tmp_path, monkeypatch, capsys, no_servers) -> None:
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    (data / "derby-city.yml").write_text("authority: [this is not an offer file\n", encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", data)
    code, err = start(tmp_path, capsys)
    assert code == 2 and "offer store can't be loaded" in err and "derby-city.yml" in err


def test_unreachable_database_is_a_clear_start_up_error(tmp_path, capsys, no_servers) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, err = start(tmp_path, capsys, f"postgresql+psycopg2://nobody@127.0.0.1:{port}/offers")
    assert code == 2 and "offer store can't be loaded" in err and "Traceback" not in err


def test_empty_database_is_filled_at_start_up(tmp_path, monkeypatch) -> None:
    """Not an error: an empty (or brand-new) database gets the data before anything starts."""
    started = []

    class Started(Exception):
        pass

    class RecordingSupervisor:
        def __init__(self, settings, *_args, **_kwargs) -> None:
            started.append(settings)
            raise Started

    monkeypatch.setattr(runner, "Supervisor", RecordingSupervisor)
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    with pytest.raises(Started):
        runner.run(Settings(offers_db_url=url))
    store = OfferStore(url)
    try:
        assert store.offer_for("derby_city", "council_tax") is not None
    finally:
        store.close()
