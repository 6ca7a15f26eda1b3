"""Crisis detection (docs/contracts.md "Crisis detector", shared/guide/safety.md).

`detect(text) -> Verdict` is deterministic, recall-first and pure Python; the Rasa NLU
component that wraps it is `bot.crisis.component.CrisisDetector` (imported separately so
this package never needs Rasa).
"""
from bot.crisis.detector import NO_RISK, Verdict, case_reason, detect
from bot.crisis.normalise import normalise

__all__ = ["detect", "case_reason", "Verdict", "NO_RISK", "normalise"]
