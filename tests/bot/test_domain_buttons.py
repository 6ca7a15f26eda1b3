"""Every button in domain.yml reaches the user as a working `/intent{"entity": "value"}`
payload once Rasa's NLG has filled the response, without Rasa logging an error."""
from __future__ import annotations

import json
import re

import pytest
import structlog
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.paths import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
PAYLOAD = re.compile(r"^/(?P<intent>\w+)(?P<entities>\{.*\})?$")
WITH_BUTTONS = sorted(name for name, variants in DOMAIN.responses.items()
                      if any(v.get("buttons") for v in variants))


def test_some_responses_have_buttons_with_entities() -> None:
    raw = (ROOT / "domain.yml").read_text(encoding="utf-8")
    assert WITH_BUTTONS and '{{"' in raw  # so the test below checks the doubled braces


@pytest.mark.parametrize("name", WITH_BUTTONS)
async def test_button_payloads_come_out_as_intent_and_json(name: str) -> None:
    tracker = DialogueStateTracker.from_events("buttons", [], DOMAIN.slots)
    tracker._set_slot("authority", "derby-city")
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    with structlog.testing.capture_logs() as logged:  # Rasa's NLG logs through structlog
        message = await nlg.generate(name, tracker, "rest", authority_name="Derby City Council",
                                     team="Leaving Care Team", number="01332 643907")
    assert not [e for e in logged if e["log_level"] in ("warning", "error", "critical")], logged
    for button in message["buttons"]:
        payload = button["payload"]
        if not payload.startswith("/"):
            continue  # plain text: the NLU reads it like a typed message
        match = PAYLOAD.match(payload)
        assert match, f"{name}: {payload!r} is not /intent{{json}}"
        assert match["intent"] in DOMAIN.intents, payload
        entities = json.loads(match["entities"]) if match["entities"] else {}
        assert set(entities) <= set(DOMAIN.entities), payload
