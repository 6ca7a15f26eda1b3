"""Score the detector on a labelled set (shared by the tests and bench/crisis_bench.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.crisis import detect


@dataclass
class Score:
    crisis_total: int = 0
    urgent_total: int = 0
    negative_total: int = 0
    crisis_misses: list[str] = field(default_factory=list)   # not level crisis
    urgent_misses: list[str] = field(default_factory=list)   # level none
    false_alarms: list[str] = field(default_factory=list)    # negatives that fired
    wrong_category: list[str] = field(default_factory=list)  # right level, other category

    @property
    def crisis_recall(self) -> float:
        return 1 - len(self.crisis_misses) / max(self.crisis_total, 1)

    @property
    def urgent_recall(self) -> float:
        return 1 - len(self.urgent_misses) / max(self.urgent_total, 1)

    @property
    def recall(self) -> float:
        missed = len(self.crisis_misses) + len(self.urgent_misses)
        return 1 - missed / max(self.crisis_total + self.urgent_total, 1)

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / max(self.negative_total, 1)

    @property
    def category_accuracy(self) -> float:
        found = self.crisis_total + self.urgent_total
        found -= len(self.crisis_misses) + len(self.urgent_misses)
        return 1 - len(self.wrong_category) / max(found, 1)

    def report(self) -> str:
        lines = [
            f"crisis recall {self.crisis_recall:.1%} ({self.crisis_total - len(self.crisis_misses)}"
            f"/{self.crisis_total}), urgent recall {self.urgent_recall:.1%} "
            f"({self.urgent_total - len(self.urgent_misses)}/{self.urgent_total}), false alarms "
            f"{self.false_alarm_rate:.1%} ({len(self.false_alarms)}/{self.negative_total}), "
            f"category accuracy {self.category_accuracy:.1%}",
        ]
        for title, items in (
            ("crisis misses", self.crisis_misses),
            ("urgent misses", self.urgent_misses),
            ("false alarms", self.false_alarms),
            ("wrong category", self.wrong_category),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  - {item}" for item in items)
        return "\n".join(lines)


def score(data: dict[str, Any]) -> Score:
    s = Score(len(data["crisis"]), len(data["urgent"]), len(data["negative"]))
    for item in data["crisis"]:
        v = detect(item["text"])
        if v.level != "crisis":
            s.crisis_misses.append(f"{item['text']!r} -> {v.level}")
        elif v.category != item["category"]:
            s.wrong_category.append(_wrong(item, v))
    for item in data["urgent"]:
        v = detect(item["text"])
        if v.level == "none":
            s.urgent_misses.append(f"{item['text']!r} -> none")
        elif v.category != item["category"]:
            s.wrong_category.append(_wrong(item, v))
    for text in data["negative"]:
        v = detect(text)
        if v.positive:
            s.false_alarms.append(f"{text!r} -> {v.level}/{v.category} ({v.reason})")
    return s


def _wrong(item: dict[str, Any], v: Any) -> str:
    return f"{item['text']!r}: want {item['category']}, got {v.category} ({v.reason})"
