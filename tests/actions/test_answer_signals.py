"""harness/answer_signals.py: finds each case's conversation in a tracker store, judges it as
the scorer does, and says what the fact chooser knew (read from a real tracker store table)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import yaml

from harness.answer_signals import collect, features, gateable, split_by_file, summary


def _store(path: Path, conversations: dict[str, list[dict]]) -> Path:
    db = path / "tracker.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
                           "type_name VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), "
                           "action_name VARCHAR(255), data TEXT)")
        for sender, events in conversations.items():
            for event in events:
                connection.execute("INSERT INTO events (sender_id, type_name, data) VALUES (?, ?, ?)",
                                   (sender, event["event"], json.dumps(event)))
    return db


def _user(text: str, intent: str, confidence: float, entities: list | None = None) -> dict:
    parse = {"text": text, "intent": {"name": intent, "confidence": confidence},
             "intent_ranking": [{"name": intent, "confidence": confidence},
                                {"name": "nlu_fallback", "confidence": 1 - confidence}],
             "entities": entities or []}
    return {"event": "user", "text": text, "parse_data": parse}


def test_signals_of_an_answered_and_a_wrong_case(tmp_path: Path) -> None:
    question = "how much is the setting up home grant in derby"
    db = _store(tmp_path, {
        "answers-1": [
            {"event": "action", "name": "action_session_start"},
            _user(question, "ask_setting_up_home_allowance", 0.91,
                  [{"entity": "authority", "value": "derby", "start": 41, "end": 46}]),
            {"event": "action", "name": "action_answer_offer"},
            {"event": "slot", "name": "authority", "value": "derby_city"},
            {"event": "bot", "text": "Derby City Council offers Setting up Home Grant.", "data": {}},
        ],
        "answers-2": [
            _user("is there a bursary for college", "ask_fe_bursary", 0.8),
            {"event": "action", "name": "action_answer_offer"},
            {"event": "bot", "text": "It depends on which council looked after you.",
             "data": {"buttons": [{"title": "Derby", "payload": "/x"}]}},
        ],
    })
    cases = tmp_path / "round.yml"
    cases.write_text(yaml.safe_dump({"cases": [
        {"id": "c1", "turns": [question], "must": ["Setting up Home Grant"], "must_not": ["£3,000"]},
        {"id": "c2", "turns": ["is there a bursary for college"], "must": ["£1,200"], "must_not": ["Derby"]},
        {"id": "c3", "turns": ["never sent"], "must": ["x"]},
    ]}), encoding="utf-8")

    rows = list(collect(db, [cases]))

    first, second, missing = rows
    assert first["outcome"] == "correct" and second["outcome"] == "wrong"
    assert missing == {"file": "round.yml", "id": "c3", "outcome": "not run"}
    assert first["intent"] == "ask_setting_up_home_allowance" and first["intent_confidence"] == 0.91
    assert first["intent_margin"] == round(0.91 - 0.09, 4)
    assert first["council_known"] and not second["council_known"]
    assert first["chosen_here"] and first["actions"] == ["action_answer_offer"]
    assert first["topic"] == "setting_up_home_allowance" and first["rule"] == "top"
    assert first["ranked"][0]["topic"] == "setting_up_home_allowance"
    assert first["margin"] == round(first["ranked"][0]["score"] - first["ranked"][1]["score"], 4)
    assert first["ranked"][0]["keyword"] > 0 and first["ranked"][0]["phrase"]
    assert gateable(first) and len(features(first)) == 12
    table = summary(rows)
    assert "| correct | 1 | 1 |" in table and "| wrong | 1 | 1 |" in table


def test_files_are_split_by_sorted_name() -> None:
    rows = [{"file": name} for name in ("b.yml", "a.yml", "d.yml", "c.yml", "a.yml")]
    assert split_by_file(rows) == ({"a.yml", "c.yml"}, {"b.yml", "d.yml"})
