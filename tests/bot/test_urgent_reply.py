"""The urgent reply (domain.yml utter_urgent) and how the rounds' scorer tells it apart."""
from __future__ import annotations

import yaml

from bot.paths import ROOT
from bot.rasa.channels import rest
from harness.crisis_rounds import kind_of


def _response(name: str) -> str:
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    return str(responses[name][0]["text"])


def test_the_urgent_reply_carries_every_crisis_contact_as_well() -> None:
    # a self-inflicted emergency told as a medical one gets this reply (safety.md rule 1)
    urgent = _response("utter_urgent")
    for contact in ("999", "116 123", "SHOUT to 85258", "NHS 111 and choose option 2", "0808 800 4444"):
        assert contact in urgent


def test_the_built_in_copy_matches_the_domain() -> None:
    assert rest._URGENT_TEXTS == [_response("utter_urgent")]


def test_the_scorer_still_counts_the_urgent_reply_as_urgent_not_crisis() -> None:
    assert kind_of(_response("utter_urgent")) == "urgent"
    assert kind_of(_response("utter_crisis")) == "crisis"
