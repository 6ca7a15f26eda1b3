"""What the answering code knew when it chose, for every scored answer case.

`harness.answer_rounds` says how each case ended; this says why. It reads the tracker
store a scoring run wrote (every case is a sender of its own; its events hold the NLU's
parse of each turn, the slots set, and the bot's replies), finds each case's sender by
its turns, judges the replies as the scorer does, and re-runs the fact chooser
(`actions.facts.choose`) on the same tracker for what the ranker saw: the top facts'
scores and their parts, the margin between the first two, and the branch that chose.

    python -m harness.answer_signals --tracker-db var/tracker.db tests/answers/dev/*.yml > signals.jsonl
    python -m harness.answer_signals --run tests/answers/dev/set_l.yml > signals.jsonl

`--run` starts the servers as the scorer does and keeps their tracker store for the read.
The choice is re-run with the offers the servers read (`OFFERS_DB_URL`), so set it to the
run's offer store or leave it to the default (both are loaded from `offers/data`).
One JSON line per case; `summary()` groups them by outcome.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from harness.answer_rounds import Case, judge, load_cases, run_case

CHOSEN_BY_ACTION = "action_answer_offer"


@dataclass
class Conversation:
    """One sender's events, as the tracker store keeps them."""
    sender: str
    events: list[dict]

    def user_texts(self) -> tuple[str, ...]:
        return tuple(str(e.get("text") or "") for e in self.events if e.get("event") == "user")

    def last_user_at(self) -> int:
        return max(i for i, e in enumerate(self.events) if e.get("event") == "user")

    def replies_to_last(self) -> list[dict]:
        """The bot's replies to the last turn, shaped as the REST channel sends them."""
        out = []
        for e in self.events[self.last_user_at() + 1:]:
            if e.get("event") == "bot":
                data = e.get("data") or {}
                reply: dict[str, Any] = {"text": e.get("text") or ""}
                if data.get("buttons"):
                    reply["buttons"] = data["buttons"]
                out.append(reply)
        return out

    def actions_after_last(self) -> list[str]:
        return [str(e.get("name")) for e in self.events[self.last_user_at() + 1:]
                if e.get("event") == "action" and e.get("name") not in (None, "action_listen")]

    def slots_before_last(self) -> dict[str, Any]:
        slots: dict[str, Any] = {}
        for e in self.events[:self.last_user_at()]:
            if e.get("event") == "slot":
                slots[str(e.get("name"))] = e.get("value")
            elif e.get("event") in ("restart", "session_started"):
                slots = {} if e.get("event") == "restart" else slots
        return slots


def conversations(db: Path) -> Iterator[Conversation]:
    """Every sender in a SQLite tracker store (Rasa's `events` table)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT sender_id, data FROM events ORDER BY sender_id, id")
        sender, events = None, []
        for row_sender, data in rows:
            if row_sender != sender and sender is not None:
                yield Conversation(sender, events)
                events = []
            sender = row_sender
            events.append(json.loads(data))
        if sender is not None:
            yield Conversation(sender, events)


def by_turns(convs: Iterable[Conversation]) -> dict[tuple[str, ...], Conversation]:
    """Turns -> the (latest) conversation that sent them. Cases with the same turns get the
    same replies (the NLU and the actions are deterministic), so any one of them will do."""
    return {c.user_texts(): c for c in convs if c.user_texts()}


def tracker_for(conv: Conversation) -> Any:
    """A rasa-sdk Tracker as the action server saw it when the last turn came in."""
    from rasa_sdk import Tracker

    last = conv.events[conv.last_user_at()]
    latest = dict(last.get("parse_data") or {})
    latest.setdefault("text", last.get("text"))
    return Tracker(conv.sender, conv.slots_before_last(), latest, conv.events[:conv.last_user_at() + 1],
                   False, None, {}, None)


def _ranked(r: Any) -> dict[str, Any]:
    return {"topic": r.topic, "score": round(r.score, 4), "intent": round(r.intent, 4),
            "keyword": round(r.keyword, 4), "similarity": round(r.similarity, 4), "phrase": r.phrase}


def signals(case: Case, path: Path, conv: Conversation) -> dict[str, Any]:
    """One case's outcome and what the chooser knew."""
    from actions.facts import choose

    replies = conv.replies_to_last()
    tracker = tracker_for(conv)
    parse = tracker.latest_message
    ranking = parse.get("intent_ranking") or [parse.get("intent") or {}]
    confs = [float(i.get("confidence") or 0.0) for i in ranking] + [0.0, 0.0]
    choice = choose(tracker)
    ranked = [_ranked(r) for r in choice.ranked[:3]]
    top = [r["score"] for r in ranked] + [0.0, 0.0]
    return {
        "file": path.name, "id": case.id, "expect": case.expect,
        "outcome": judge(case, replies), "turns": len(case.turns), "text": case.turns[-1],
        "intent": (parse.get("intent") or {}).get("name"), "intent_confidence": round(confs[0], 4),
        "intent_margin": round(confs[0] - confs[1], 4),
        "council_known": bool(tracker.get_slot("authority")) or any(
            e.get("event") == "slot" and e.get("name") == "authority" and e.get("value")
            for e in conv.events[conv.last_user_at():]),
        "actions": conv.actions_after_last(),
        "chosen_here": CHOSEN_BY_ACTION in conv.actions_after_last(),
        "topic": choice.topic, "alternatives": list(choice.alternatives), "rule": choice.rule,
        "also": choice.also, "ranked": ranked, "score": top[0], "margin": round(top[0] - top[1], 4),
        "reply": " / ".join(r.get("text") or "" for r in replies)[:300],
    }


def collect(db: Path, paths: list[Path]) -> Iterator[dict[str, Any]]:
    found = by_turns(conversations(db))
    for path in paths:
        for case in load_cases(path):
            conv = found.get(tuple(case.turns))
            if conv is None:
                yield {"file": path.name, "id": case.id, "outcome": "not run"}
                continue
            yield signals(case, path, conv)


def summary(rows: list[dict[str, Any]]) -> str:
    """Per outcome: how many, how many the chooser decided, and the medians of its signals."""
    lines = ["| outcome | cases | chosen by the ranker | median score | median margin | median intent | council known |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[str(row.get("outcome"))].append(row)

    def median(values: list[float]) -> float:
        values = sorted(values)
        return values[len(values) // 2] if values else 0.0

    for outcome, group in sorted(groups.items()):
        chosen = [r for r in group if r.get("chosen_here") and r.get("topic")]
        lines.append(f"| {outcome} | {len(group)} | {len(chosen)} | "
                     f"{median([r['score'] for r in chosen]):.3f} | {median([r['margin'] for r in chosen]):.3f} | "
                     f"{median([r['intent_confidence'] for r in chosen]):.3f} | "
                     f"{sum(bool(r.get('council_known')) for r in group)} |")
    rules = Counter((r.get("rule"), r.get("outcome")) for r in rows if r.get("chosen_here"))
    lines += ["", "rule, outcome: cases"] + [f"- {rule}, {outcome}: {n}" for (rule, outcome), n in sorted(
        rules.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    return "\n".join(lines)


# The cases a gate on the ranker's signals could change: answered on a fact the chooser
# chose (not a button, not already a question, not a figure), by the actions that answer.
GATED_RULES = frozenset({"button", "margin", "nothing_fits", "figures"})
ANSWERING_ACTIONS = frozenset({"action_answer_offer", "action_fallback_answer"})
FEATURES = ("score", "margin", "keyword", "ranker_intent", "similarity", "phrase_words",
            "intent_confidence", "intent_margin", "council_known", "turns", "reordered", "intent_agrees")


def by_design(row: dict[str, Any]) -> str:
    """Why a wrong reply is wrong on purpose ('' if it isn't): kept by earlier branches
    against what the case asks (docs/answer-rounds/README.md), so no gate should learn them."""
    reply, actions = str(row.get("reply") or ""), row.get("actions") or []
    if any(a in ("utter_urgent", "utter_crisis") or "check_in" in a for a in actions):
        return "safety reply"
    if "£3,000" in reply and ("older booklet" in reply.lower() or "government advises" in reply.lower()):
        return "£3,000 caution"
    if reply.lower().startswith("it depends on which council"):
        return "spread, then which council"
    return ""


def gateable(row: dict[str, Any]) -> bool:
    return row.get("outcome") in ("correct", "wrong") and bool(row.get("topic")) \
        and row.get("rule") not in GATED_RULES and bool(row.get("actions")) \
        and row["actions"][0] in ANSWERING_ACTIONS and not (row["outcome"] == "wrong" and by_design(row))


def features(row: dict[str, Any]) -> list[float]:
    top = (row.get("ranked") or [{}])[0]
    return [row["score"], row["margin"], top.get("keyword", 0.0), top.get("intent", 0.0),
            top.get("similarity", 0.0), len(str(top.get("phrase") or "").split()),
            row["intent_confidence"], row["intent_margin"], float(row["council_known"]), row["turns"],
            float(row["rule"] != "top"), float(row.get("intent") == f"ask_{row['topic']}")]


def split_by_file(rows: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """Files by sorted name: the 1st, 3rd, ... fit; the 2nd, 4th, ... are held aside."""
    names = sorted({str(r["file"]) for r in rows})
    return set(names[0::2]), set(names[1::2])


def validate(rows: list[dict[str, Any]]) -> str:
    """Fit a gate (scikit-learn's logistic regression) on the signals of half the files,
    choose its threshold there (the most wrong answers turned into questions for the fewest
    correct ones), and report what the same gate does on the held-aside half and on all."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    fit_files, aside_files = split_by_file(rows)
    usable = [r for r in rows if gateable(r)]
    x = np.array([features(r) for r in usable])
    y = np.array([r["outcome"] == "wrong" for r in usable])
    fit = np.array([r["file"] in fit_files for r in usable])
    model = LogisticRegression(class_weight="balanced", max_iter=5000).fit(x[fit], y[fit])
    p = model.predict_proba(x)[:, 1]

    def effect(mask: Any, threshold: float) -> tuple[int, int, int, int]:
        asked = mask & (p >= threshold)
        return int((asked & y).sum()), int((asked & ~y).sum()), int((mask & y).sum()), int((mask & ~y).sum())

    best, best_net = 1.1, 0
    for threshold in sorted(set(p[fit])):
        caught, lost, _, _ = effect(fit, threshold)
        if caught - lost > best_net:
            best, best_net = threshold, caught - lost
    lines = [f"gateable cases: {len(usable)} ({int(y.sum())} wrong); fit on {len(fit_files)} files, "
             f"{len(aside_files)} held aside",
             f"AUC (wrong vs correct): fit half {roc_auc_score(y[fit], p[fit]):.3f}, "
             f"held-aside half {roc_auc_score(y[~fit], p[~fit]):.3f}"]
    for j, name in enumerate(FEATURES):
        lines.append(f"  {name}: AUC fit {roc_auc_score(y[fit], x[fit, j]):.3f}, "
                     f"held aside {roc_auc_score(y[~fit], x[~fit, j]):.3f}")
    for label, mask in (("fit half", fit), ("held-aside half", ~fit), ("all", fit | ~fit)):
        for threshold in (best, *np.quantile(p[fit], [0.99, 0.95, 0.9])):
            caught, lost, wrong, correct = effect(mask, float(threshold))
            lines.append(f"{label}: ask when p >= {threshold:.3f}: {caught}/{wrong} wrong become questions, "
                         f"{lost}/{correct} correct become questions")
    # The simplest gate, no fit: ask whenever the first two facts are closer than a margin.
    margins = np.array([r["margin"] for r in usable])
    for label, mask in (("fit half", fit), ("held-aside half", ~fit)):
        for limit in (0.1, 0.2, 0.3, 0.5):
            asked = mask & (margins < limit)
            lines.append(f"{label}: ask when the margin < {limit}: {int((asked & y).sum())}/{int((mask & y).sum())} "
                         f"wrong, {int((asked & ~y).sum())}/{int((mask & ~y).sum())} correct become questions")
    lines.append("chosen threshold: " + (f"{best:.3f} (net {best_net} on the fit half)" if best_net > 0
                                         else "none: no threshold turns more wrong answers than correct ones "
                                              "into questions on the fit half"))
    return "\n".join(lines)


def run_and_keep(paths: list[Path], keep: Path) -> None:
    """Score the cases through the real servers, keeping the tracker store at `keep`."""
    import shutil

    from harness.servers import running_bot, say

    with tempfile.TemporaryDirectory() as tmp, running_bot(Path(tmp)) as settings:
        for path in paths:
            for case in load_cases(path):
                run_case(lambda s, t: say(settings, s, t), case)
        shutil.copy(Path(tmp) / "tracker.db", keep)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--tracker-db", type=Path, help="a tracker store a scoring run wrote")
    parser.add_argument("--run", action="store_true", help="run the cases first")
    parser.add_argument("--summary", action="store_true", help="a table by outcome on stderr")
    parser.add_argument("--validate", action="store_true",
                        help="fit a gate on half the files, report it on the other half (stderr)")
    args = parser.parse_args(argv)
    db = args.tracker_db
    if args.run:
        db = db or Path(tempfile.mkdtemp()) / "tracker.db"
        run_and_keep(args.paths, db)
    if db is None:
        parser.error("--tracker-db or --run")
    rows = list(collect(db, args.paths))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    if args.summary:
        print(summary(rows), file=sys.stderr)
    if args.validate:
        print(validate(rows), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
