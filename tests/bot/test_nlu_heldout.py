"""Intent accuracy and macro F1 on the held-out NLU split, entity F1 for authorities."""
from __future__ import annotations

import pytest

from bot.settings import Settings
from tests.support.nlu_eval import score

pytestmark = pytest.mark.server


def test_heldout_intents_and_authority_entities(bot_servers: Settings) -> None:
    result = score(bot_servers)
    top = "\n".join(f"  {e} -> {p}: {n}" for e, p, n in result.confusions[:15])
    print(f"\nheld-out NLU ({result.total} examples): accuracy {result.accuracy:.1%}, "
          f"macro F1 {result.macro_f1:.3f}, authority entity F1 {result.entity_f1:.3f}\n"
          f"most common confusions:\n{top}")
    assert result.accuracy >= 0.80, top
    assert result.macro_f1 >= 0.78, top
    assert result.entity_f1 >= 0.95
