"""The meaning check: how much a message reads like a crisis, learned from examples.

The detector's patterns and the second tier's word lists (distress.py) catch the ways of
saying it that someone foresaw. Fresh rounds of messages keep finding new ones ("ran out
of reasons to stay", "heaven's gotta be better than this flat"), and a word list does not
generalise to the next round. Two classifiers, trained on the same examples, read each
message.

**`risk(text)`: what a message means.** Five one-hidden-layer networks
(scikit-learn's MLPClassifier at build time, one seed each, scores averaged) over
WordLlama's 256-dimension embedding (MIT licence; weights and tokenizer ship inside the
`wordllama` wheel, read here with `safetensors` and `tokenizers`, without importing
`wordllama`, whose code needs numpy 2 and pydantic 2 against Rasa 3.6's pins). An
embedding knows that words it was never trained on mean much the same as words it was,
so a new wording close in meaning still scores high. Neither score ever gives a full
crisis reply by itself: a high one makes the bot check in (distress.py).

**`word_risk(text)`: what its words and their parts say.** Logistic regression over
TF-IDF features of word unigrams and bigrams and character 2- to 5-grams inside words. It
reads typos, slang, "not", "used to" and the everyday company of a risky word ("rope for
my camping trip") better than an average of word vectors: on rounds 13 and 14, before
either was trained on, at 95% recall its false alarms were 3.4% and 6.3%, the networks'
12.3% and 22.6%. But it knows only words it has seen, and alone it caught fewer of round
16's indirect crisis messages than the networks (90.9% against 92.5%).

So either reader can raise a signal, and it takes both to silence one (distress.py); the
intent classifier's crisis guess alone is weighed by both (component.py).

Both are trained on the NLU examples (crisis and urgent intents against every other
intent) and on the crisis sets that have been folded in (`TRAINING_FILES`; never a round
being held out), and saved as plain arrays in one file (`build/crisis/meaning.npz`, no
pickles), run here in numpy and Python. `python -m bot.crisis.meaning build` (make runs it
every time; it retrains only when the examples changed) writes the file.

Both scores are in [0, 1], or None when the model is not built (logged once; the other
tiers still run). Neither raises.
"""
from __future__ import annotations

import importlib.util
import logging
import math
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import numpy as np

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
MODEL_PATH = ROOT / "build" / "crisis" / "meaning.npz"

# Folded-in crisis sets: each was held out once, measured, and may now be learned from.
# A round being held out (tests/crisis/heldout/ rounds newer than these) must never be
# listed here; tests/crisis/test_meaning.py checks that.
TRAINING_FILES = [
    "tests/crisis/crisis_set.yml",
    "tests/crisis/crisis_holdout.yml",
    "tests/crisis/crisis_holdout_round6.yml",
    "tests/crisis/rounds/round7.yml",
    "tests/crisis/rounds/round8.yml",
    "tests/crisis/heldout/round9.yml",
    "tests/crisis/heldout/round10.yml",
    "tests/crisis/heldout/round11.yml",
    "tests/crisis/heldout/round12.yml",
    "tests/crisis/heldout/round13.yml",
    "tests/crisis/heldout/round14.yml",
    "tests/crisis/heldout/round15.yml",
    "tests/crisis/heldout/round16.yml",
    "tests/crisis/heldout/round17.yml",
    "tests/crisis/heldout/round18.yml",
    # Measured as held out on 2026-12-04 (docs/crisis-rounds/rounds19-20-* to
    # rounds25-26-*), then folded in once rounds 27 and 28 had been written and run.
    # From round 19 on, each has 60-90 everyday care-leaver questions among its negatives.
    "tests/crisis/heldout/round19.yml",
    "tests/crisis/heldout/round20.yml",
    "tests/crisis/heldout/round21.yml",
    "tests/crisis/heldout/round22.yml",
    "tests/crisis/heldout/round23.yml",
    "tests/crisis/heldout/round24.yml",
    "tests/crisis/heldout/round25.yml",
    "tests/crisis/heldout/round26.yml",
    # Measured as held out on 2026-12-04 (afternoon; docs/crisis-rounds/rounds27-28-*),
    # folded in once rounds 29 and 30 had been written and run.
    "tests/crisis/heldout/round27.yml",
    "tests/crisis/heldout/round28.yml",
    # Measured as held out on 2026-12-04 (docs/crisis-rounds/rounds29-30-*, rounds31-32-*),
    # folded in once rounds 33 and 34 had been written and run (rounds33-34-*).
    "tests/crisis/heldout/round29.yml",
    "tests/crisis/heldout/round30.yml",
    "tests/crisis/heldout/round31.yml",
    "tests/crisis/heldout/round32.yml",
    # Measured as held out on 2026-12-04 (docs/crisis-rounds/rounds33-34-*, rounds35-36-*),
    # folded in on 2026-12-05 once rounds 39 and 40 had been written and run. Scored
    # offline on the rounds still unlearned (37, 38) and answer rounds 7-12: one more risk
    # message read as a crisis, none lost, and ordinary messages about as quiet (6 quieter,
    # 4 less). Folding 33 and 34 alone had been neutral twice.
    "tests/crisis/heldout/round33.yml",
    "tests/crisis/heldout/round34.yml",
    "tests/crisis/heldout/round35.yml",
    "tests/crisis/heldout/round36.yml",
    # Rounds 37 to 52 and the four fresh dev sets, folded in on 2026-12-05 (fourth session)
    # once rounds 53 and 54 had been run. Rounds 37 and 38 alone had been tried earlier that
    # day and cost held-out rounds 41 and 42 three crisis messages; with twelve rounds and
    # the dev sets the evidence is clearer. Scored offline by a model trained on rounds 37-48
    # and the dev sets, the unlearned rounds 49-52 (1,190 risk and 1,026 ordinary messages)
    # went from 106 to 76 ordinary messages with a sharp signal or a full reply, broad
    # signals unchanged (44), and from 10 to 7 risk messages with no signal at all
    # (docs/crisis-rounds/README.md, "Rounds 53 and 54").
    "tests/crisis/heldout/round37.yml",
    "tests/crisis/heldout/round38.yml",
    "tests/crisis/heldout/round39.yml",
    "tests/crisis/heldout/round40.yml",
    "tests/crisis/heldout/round41.yml",
    "tests/crisis/heldout/round42.yml",
    "tests/crisis/heldout/round43.yml",
    "tests/crisis/heldout/round44.yml",
    "tests/crisis/heldout/round45.yml",
    "tests/crisis/heldout/round46.yml",
    "tests/crisis/heldout/round47.yml",
    "tests/crisis/heldout/round48.yml",
    "tests/crisis/heldout/round49.yml",
    "tests/crisis/heldout/round50.yml",
    "tests/crisis/heldout/round51.yml",
    "tests/crisis/heldout/round52.yml",
    "tests/crisis/dev/fresh-2026-12-05.yml",
    "tests/crisis/dev/fresh-2026-12-05-b.yml",
    "tests/crisis/dev/fresh-2026-12-05-c.yml",
    "tests/crisis/dev/fresh-2026-12-05-d.yml",
    # Dev rounds 53-54 and fresh dev set e, folded in later the same session once rounds 55
    # and 56 had been run.
    "tests/crisis/heldout/round53.yml",
    "tests/crisis/heldout/round54.yml",
    "tests/crisis/dev/fresh-2026-12-05-e.yml",
    # Rounds 55-56, read in full for the fourth session's closing note, folded in at its end
    # (rounds 57 and 58 wait unrun in tests/unrun/ to measure this).
    "tests/crisis/heldout/round55.yml",
    "tests/crisis/heldout/round56.yml",
    # Fresh dev sets f, g and h (fifth session), by writers who saw nothing of the bot,
    # worked on and folded in before rounds 57 and 58's after-run.
    "tests/crisis/dev/fresh-2026-12-05-f.yml",
    "tests/crisis/dev/fresh-2026-12-05-g.yml",
    "tests/crisis/dev/fresh-2026-12-05-h.yml",
    # Fresh dev set i (sixth session), by another writer who saw nothing of the bot, run
    # over REST before any work on it (14.0% false alarms on its 421 negatives), then learned.
    "tests/crisis/dev/fresh-2026-12-05-i.yml",
    # Fresh dev set k (sixth session), the same way (12.3% false alarms before on its 406).
    "tests/crisis/dev/fresh-2026-12-05-k.yml",
    # Fresh dev set l (seventh session), the same way (12.2% false alarms before on its 403).
    "tests/crisis/dev/fresh-2026-12-05-l.yml",
    # Fresh dev set n (eighth session, 2026-12-06), the same way (9.6% false alarms over REST
    # before any work on its 500 negatives: docs/crisis-rounds/dev-no-before.txt).
    "tests/crisis/dev/fresh-2026-12-06-n.yml",
    # Fresh dev set p (the same session; indirect crisis wording, 249 crisis messages): 96.4%
    # caught and 6.3% false alarms over REST before any work (dev-p-before.txt).
    "tests/crisis/dev/fresh-2026-12-06-p.yml",
    # Rounds 61-62, read in full after their after-run (sixth session); rounds 63 and 64
    # wait unrun in tests/unrun/ to measure this.
    "tests/crisis/heldout/round61.yml",
    "tests/crisis/heldout/round62.yml",
    # Rounds 63-64, read in full after their after-run (seventh session); rounds 65 and 66
    # wait unrun in tests/unrun/ to measure this.
    "tests/crisis/heldout/round63.yml",
    "tests/crisis/heldout/round64.yml",
    # Rounds 65-66, read in full after their after-run (eighth session, 2026-12-06), folded
    # in at the start of the ninth once rounds 67 and 68 had been run first.
    "tests/crisis/heldout/round65.yml",
    "tests/crisis/heldout/round66.yml",
    # Rounds 67-68, read in full after their after-run (ninth session), and dev sets q and r
    # (hard negatives and indirect wording, ninth session), folded in at the start of the
    # tenth once rounds 69 and 70 had been run first.
    "tests/crisis/heldout/round67.yml",
    "tests/crisis/heldout/round68.yml",
    "tests/crisis/dev/fresh-2026-12-06-q.yml",
    "tests/crisis/dev/fresh-2026-12-06-r.yml",
    # Rounds 69-70, read in full after their after-run (tenth session), and dev sets s and t
    # (hard negatives and indirect wording, tenth session), folded in at the start of the
    # eleventh once rounds 71 and 72 had been run first.
    "tests/crisis/heldout/round69.yml",
    "tests/crisis/heldout/round70.yml",
    "tests/crisis/dev/fresh-2026-12-06-s.yml",
    "tests/crisis/dev/fresh-2026-12-06-t.yml",
    # Rounds 71-72, read in full after their after-run (eleventh session), and dev sets u and
    # v (hard negatives and indirect wording, eleventh session), folded in at the start of
    # the twelfth once rounds 73 and 74 had been run first.
    "tests/crisis/heldout/round71.yml",
    "tests/crisis/heldout/round72.yml",
    "tests/crisis/dev/fresh-2026-12-06-u.yml",
    "tests/crisis/dev/fresh-2026-12-06-v.yml",
    # Rounds 73-74, read in full after their after-run (twelfth session), and dev sets w and
    # x (hard negatives and indirect wording, twelfth session), folded in at the start of
    # the thirteenth once rounds 75 and 76 had been run first.
    "tests/crisis/heldout/round73.yml",
    "tests/crisis/heldout/round74.yml",
    "tests/crisis/dev/fresh-2026-12-06-w.yml",
    "tests/crisis/dev/fresh-2026-12-06-x.yml",
    # Rounds 75-76, read in full after their after-run (thirteenth session), and dev sets y
    # and z (hard negatives and indirect wording, thirteenth session), folded in at the start
    # of the fourteenth once rounds 77 and 78 had been run first.
    "tests/crisis/heldout/round75.yml",
    "tests/crisis/heldout/round76.yml",
    "tests/crisis/dev/fresh-2026-12-06-y.yml",
    "tests/crisis/dev/fresh-2026-12-06-z.yml",
    # Rounds 77-78, read in full after their after-run (fourteenth session), and dev sets aa
    # and ab (hard negatives and indirect wording, fourteenth session), folded in at the start
    # of the fifteenth once rounds 79 and 80 had been run first.
    "tests/crisis/heldout/round77.yml",
    "tests/crisis/heldout/round78.yml",
    "tests/crisis/dev/fresh-2026-12-06-aa.yml",
    "tests/crisis/dev/fresh-2026-12-06-ab.yml",
    # Rounds 79-80, read in full after their after-run (fifteenth session), and dev sets ac
    # and ad (hard negatives and indirect wording, fifteenth session), folded in at the start
    # of the sixteenth once rounds 81 and 82 had been run first.
    "tests/crisis/heldout/round79.yml",
    "tests/crisis/heldout/round80.yml",
    "tests/crisis/dev/fresh-2026-12-06-ac.yml",
    "tests/crisis/dev/fresh-2026-12-06-ad.yml",
    # Rounds 81-82, read in full after their after-run (sixteenth session), and dev sets ae
    # and af (hard negatives and indirect wording, sixteenth session), folded in at the start
    # of the seventeenth once rounds 83 and 84 had been run first.
    "tests/crisis/heldout/round81.yml",
    "tests/crisis/heldout/round82.yml",
    "tests/crisis/dev/fresh-2026-12-07-ae.yml",
    "tests/crisis/dev/fresh-2026-12-07-af.yml",
    # Rounds 83-84, read in full after their after-run (seventeenth session), and dev sets ag
    # and ah (hard negatives and indirect wording, seventeenth session), folded in at the
    # start of the eighteenth once rounds 85 and 86 had been run first.
    "tests/crisis/heldout/round83.yml",
    "tests/crisis/heldout/round84.yml",
    "tests/crisis/dev/fresh-2026-12-07-ag.yml",
    "tests/crisis/dev/fresh-2026-12-07-ah.yml",
    # Dev sets ai and aj (hard negatives and indirect wording, eighteenth session), folded
    # in the same session after their before-run through REST and the rule mends read from
    # them (docs/crisis-rounds/dev-ai-aj-before.txt): their 734 ordinary messages are the
    # kinds behind most false alarms on fresh rounds (idioms, objects, other people's past,
    # mostly check-ins). From here their counts in tests/crisis/test_dev_sets.py are in-sample.
    "tests/crisis/dev/fresh-2026-12-07-ai.yml",
    "tests/crisis/dev/fresh-2026-12-07-aj.yml",
    # Rounds 85-86, read in full after their after-run (eighteenth session), folded in at the
    # start of the nineteenth once rounds 87 and 88 had been run first; and dev sets ak and
    # al (hard negatives and indirect wording, nineteenth session), folded in the same
    # session after their before-run through REST (docs/crisis-rounds/dev-ak-al-before.txt).
    # From here ak's and al's counts in tests/crisis/test_dev_sets.py are in-sample.
    "tests/crisis/heldout/round85.yml",
    "tests/crisis/heldout/round86.yml",
    "tests/crisis/dev/fresh-2026-12-07-ak.yml",
    "tests/crisis/dev/fresh-2026-12-07-al.yml",
    # Rounds 87-88, read in full after their after-run (nineteenth session), folded in at the
    # start of the twentieth once rounds 89 and 90 had been run first.
    "tests/crisis/heldout/round87.yml",
    "tests/crisis/heldout/round88.yml",
    # Rounds 89-90, read in full after their after-run (twentieth session), folded in at the
    # start of the twenty-first once rounds 91 and 92 had been run first.
    "tests/crisis/heldout/round89.yml",
    "tests/crisis/heldout/round90.yml",
    # Rounds 91-92, read in full after their after-run (twenty-first session), folded in at the
    # start of the twenty-second once rounds 93 and 94 had been run first.
    "tests/crisis/heldout/round91.yml",
    "tests/crisis/heldout/round92.yml",
    # Rounds 93-94, read in full after their after-run (twenty-second session), folded in at the
    # start of the twenty-third once rounds 95 and 96 had been run first.
    "tests/crisis/heldout/round93.yml",
    "tests/crisis/heldout/round94.yml",
    # Rounds 57-58, read in full after their after-run (fifth session), folded in before
    # rounds 59-60's after-run measured it.
    "tests/crisis/heldout/round57.yml",
    "tests/crisis/heldout/round58.yml",
    # Rounds 59-60, read in full after their after-run at the end of the fifth session and
    # folded in then (rounds 61 and 62 wait unrun in tests/unrun/ to measure this).
    "tests/crisis/heldout/round59.yml",
    "tests/crisis/heldout/round60.yml",
    # Written for this model only, by writers who saw no held-out round: indirect crisis
    # and urgent wordings, and ordinary messages that sound risky.
    "tests/crisis/training/positives-a.yml",
    "tests/crisis/training/negatives-a.yml",
    # Written 2026-12-04 (night) by two more writers who saw no held-out round (messages
    # also in rounds 35-38 removed). Only their risk messages are learned. Scored offline
    # on dev rounds 33 and 34, they moved 5 risk messages from the broad signal (heard
    # only where the bot understood nothing) to the sharp one, and changed little on
    # ordinary messages. Their ordinary messages (training-*-negatives.yml) took 8 sharp
    # signals off those rounds' ordinary messages but read "i dont feel safe, my ex has
    # found my new flat and keeps knocking" as ordinary, so they are kept, not learned.
    "tests/crisis/training/training-b-positives.yml",
    "tests/crisis/training/training-c-positives.yml",
]
# Question-answer cases developed against (never tests/answers/heldout/): every turn is an
# everyday question in young people's words ("my pa only comes every 3 months, whos
# right", "how long can staying put last"). The crisis rounds' risk messages mention PAs,
# councils and grants so often that, without these, both readers took such words as risk.
# A turn the detector's rules call a risk, or with any of the second tier's risk words
# ("scared", "get out", "not safe"), is left out, not taught as ordinary.
# Rounds 7 and 8 were left out on 2026-12-04 (on crisis rounds 31 and 32 learning them added
# a false alarm and caught nothing more); see below for why they are in now.
ANSWER_FOLDER = "tests/answers/dev"
ANSWER_FILES = ("set_a.yml", "set_b.yml", "round1.yml", "round2.yml", "round3.yml", "round4.yml",
                "round5.yml", "round6.yml",
                # Added 2026-12-05 (fourth session): with rounds 37-54 learned, the crisis side
                # had grown, and everyday questions such as "can i stay with my foster carers
                # after im 18?" began to read as sharp. Checked first with rounds 7-14 only,
                # scored on the unlearned answer rounds 15-18 and sets c-d (826 turns): sharp
                # signals 5 -> 3, broad 6 -> 3; on dev set e's 413 negatives sharp 14 -> 12; its
                # 295 risk messages unchanged (111 full, 128 sharp).
                "round7.yml", "round8.yml", "round9.yml", "round10.yml", "round11.yml", "round12.yml",
                "round13.yml", "round14.yml", "round15.yml", "round16.yml", "round17.yml", "round18.yml",
                "round19.yml", "set_c.yml", "set_d.yml")
# Sections of those files that are English crisis or urgent messages (the language lists
# in languages.yml handle other languages; the English embedding can't read them).
RISK_SECTIONS = ("crisis", "urgent", "in_form")
SAFE_SECTIONS = ("negative",)
RISK_INTENTS = {"crisis", "urgent_safety", "friend_in_danger"}
# Intents that are neither risk nor ordinary questions: left out of training.
UNLABELLED_INTENTS = {"check_in", "other_language"}

HIDDEN = 128
MEMBERS = 5
ALPHA = 1e-3
# The n-gram model (word_risk).
FEATURE_KINDS = ("word", "char")
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
CHAR_MIN_DF = 2     # a character n-gram seen once is a typo's, not a pattern
# Weak regularisation. 32 was chosen on rounds 13 and 14 before they were trained on; with
# three times the examples, 128 did better on rounds 25-30 scored by a model trained
# without them (docs/crisis-rounds/README.md, "Rounds 31 and 32"): of 1,628 crisis, urgent
# and in-form messages, 7 more reached a sharp signal and none fewer were caught; of 1,610
# hard negatives, 5 fewer got a broad signal and sharp-or-full alarms stayed at 36
# (16 -> 4 -> 128 -> 512 -> 2048 were tried; 512 and up lost caught messages).
C = 128.0


def _package_dir(name: str) -> Path:
    """Where an installed package lives, without importing it (wordllama's own code
    would not import alongside Rasa's pins)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {name} package is not installed (requirements.txt)")
    return Path(list(spec.submodule_search_locations)[0])


class Embedder:
    """WordLlama's 256-dimension embedding: mean of the token vectors, unit length."""

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        root = _package_dir("wordllama")
        weights = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))
        self.vectors = np.ascontiguousarray(weights["embedding.weight"], dtype=np.float32)
        self.tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))

    def embed(self, texts: list[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch([t.lower() for t in texts], add_special_tokens=False)
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        for row, encoding in enumerate(encoded):
            if encoding.ids:
                out[row] = self.vectors[encoding.ids].mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


class Model:
    """The saved classifiers, `MEMBERS` one-hidden-layer networks trained with different
    seeds, run as one: relu(x W1 + b1) per member, each member's logistic score, averaged.
    Averaging the members makes the score less sure of itself on messages unlike any it
    was trained on (one network put "going out tonight" at 0.99)."""

    def __init__(self, arrays: Any) -> None:
        self.w1 = np.asarray(arrays["w1"], dtype=np.float32)   # (dim, members * hidden)
        self.b1 = np.asarray(arrays["b1"], dtype=np.float32)   # (members * hidden,)
        self.w2 = np.asarray(arrays["w2"], dtype=np.float32)   # (members, hidden)
        self.b2 = np.asarray(arrays["b2"], dtype=np.float32)   # (members,)

    def scores(self, x: np.ndarray) -> np.ndarray:
        members, hidden = self.w2.shape
        h = np.maximum(x @ self.w1 + self.b1, 0.0).reshape(len(x), members, hidden)
        logits = np.einsum("nmh,mh->nm", h, self.w2) + self.b2
        return (1.0 / (1.0 + np.exp(-logits))).mean(axis=1)


def _analyzers() -> tuple[Callable[[str], list[str]], Callable[[str], list[str]]]:
    """scikit-learn's word and character n-gram analyzers (lower-casing included)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return (TfidfVectorizer(ngram_range=WORD_NGRAMS).build_analyzer(),
            TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS).build_analyzer())


class NGramModel:
    """The saved classifier: for each feature kind, sublinear TF-IDF of the n-grams it
    knows, unit length, dotted with its coefficients; plus the bias, through a logistic."""

    def __init__(self, arrays: Any) -> None:
        self.parts = []
        for kind in FEATURE_KINDS:
            vocabulary = [str(g) for g in arrays[f"{kind}_vocabulary"]]
            self.parts.append(({g: i for i, g in enumerate(vocabulary)},
                               arrays[f"{kind}_idf"].tolist(), arrays[f"{kind}_coef"].tolist()))
        self.bias = float(arrays["bias"])
        self.analyzers = _analyzers()

    def score(self, text: str) -> float:
        total = self.bias
        for analyze, (index, idf, coef) in zip(self.analyzers, self.parts):
            counts = Counter(i for i in map(index.get, analyze(text)) if i is not None)
            if not counts:
                continue
            weights = {i: (1.0 + math.log(n)) * idf[i] for i, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values()))
            total += sum(w * coef[i] for i, w in weights.items()) / norm
        return 1.0 / (1.0 + math.exp(-total))


@lru_cache(maxsize=1)
def _embedder() -> Embedder:
    return Embedder()


@lru_cache(maxsize=1)
def _models() -> Optional[tuple[Model, NGramModel]]:
    try:
        with np.load(MODEL_PATH, allow_pickle=False) as arrays:
            return Model(arrays), NGramModel(arrays)
    except FileNotFoundError:
        log.error("crisis meaning model missing (%s): run `make` to build it; the other "
                  "crisis checks still run", MODEL_PATH)
        return None


def ready() -> bool:
    """Load the model and embedding now (at server start), so the first message doesn't wait."""
    try:
        return _models() is not None and _embedder() is not None
    except Exception:
        log.exception("crisis meaning model failed to load")
        return False


@lru_cache(maxsize=4096)
def risk(text: str) -> Optional[float]:
    """How much `text` reads like a crisis or urgent message, 0 to 1; None without a model."""
    try:
        models = _models()
        if models is None or not text.strip():
            return None
        return float(models[0].scores(_embedder().embed([text]))[0])
    except Exception:
        log.exception("crisis meaning check failed")
        return None


@lru_cache(maxsize=4096)
def word_risk(text: str) -> Optional[float]:
    """How much `text` reads like a crisis by its words and their parts, 0 to 1; None
    without a model. Used only to tell a plainly ordinary message (see the module doc)."""
    try:
        models = _models()
        if models is None or not text.strip():
            return None
        return models[1].score(text)
    except Exception:
        log.exception("crisis word check failed")
        return None


# ------------------------------------------------------------------ building the model

_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _nlu_examples(folder: Path) -> Iterable[tuple[str, int]]:
    import yaml

    for path in sorted(folder.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            intent = block.get("intent")
            if not intent or intent in UNLABELLED_INTENTS:
                continue
            label = int(intent in RISK_INTENTS)
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield _ANNOTATION.sub(r"\1", line[2:].strip()), label


def _round_examples(path: Path) -> Iterable[tuple[str, int]]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for sections, label in ((RISK_SECTIONS, 1), (SAFE_SECTIONS, 0)):
        for section in sections:
            for item in data.get(section) or []:
                yield (item if isinstance(item, str) else item["text"]), label


def _answer_examples(folder: Path) -> Iterable[tuple[str, int]]:
    import yaml

    from bot.crisis.detector import detect
    from bot.crisis.distress import has_risk_words

    for path in (folder / name for name in ANSWER_FILES):
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases") or []:
            for turn in case.get("turns") or []:
                if (isinstance(turn, str) and not detect(turn, remember=False).positive
                        and not has_risk_words(turn)):
                    yield turn, 0


def training_examples(root: Path = ROOT, files: Optional[list[str]] = None,
                      answers: bool = True) -> list[tuple[str, int]]:
    examples = list(_nlu_examples(root / "data" / "nlu"))
    for name in TRAINING_FILES if files is None else files:
        examples.extend(_round_examples(root / name))
    if answers:
        examples.extend(_answer_examples(root / ANSWER_FOLDER))
    seen: dict[str, int] = {}
    for text, label in examples:
        key = text.strip().lower()
        seen[key] = max(seen.get(key, 0), label)  # a text labelled both ways counts as risk
    return sorted(seen.items())


def _digest(examples: list[tuple[str, int]]) -> str:
    """What a model was trained on and how: same digest, same model."""
    import hashlib

    h = hashlib.sha256(f"{HIDDEN}/{MEMBERS}/{ALPHA}/tfidf-lr/{WORD_NGRAMS}/{CHAR_NGRAMS}/{CHAR_MIN_DF}/{C}".encode())
    for text, label in examples:
        h.update(f"{label}\t{text}\n".encode())
    return h.hexdigest()


def built_digest(path: Path = MODEL_PATH) -> Optional[str]:
    try:
        with np.load(path) as arrays:
            return str(arrays["digest"]) if "digest" in arrays.files else None
    except (FileNotFoundError, ValueError, OSError):
        return None


def build(out: Path = MODEL_PATH, files: Optional[list[str]] = None) -> dict[str, Any]:
    """Train the classifiers and save their weights, unless `out` was already built from
    the same examples; returns what it was trained on."""
    from sklearn.neural_network import MLPClassifier

    examples = training_examples(files=files)
    digest = _digest(examples)
    texts = [t for t, _ in examples]
    labels = np.array([label for _, label in examples])
    summary: dict[str, Any] = {"examples": len(examples), "risk": int(labels.sum()), "built": False}
    if built_digest(out) == digest:
        return summary
    x = _embedder().embed(texts)
    nets = [MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, max_iter=400, random_state=seed).fit(x, labels)
            for seed in range(MEMBERS)]
    arrays: dict[str, Any] = {
        "w1": np.concatenate([n.coefs_[0] for n in nets], axis=1),
        "b1": np.concatenate([n.intercepts_[0] for n in nets]),
        "w2": np.stack([n.coefs_[1].ravel() for n in nets]),
        "b2": np.array([n.intercepts_[1][0] for n in nets]),
        "digest": np.array(digest),
        **_train_ngram_model(texts, labels),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.npz")
    np.savez(tmp, **arrays)
    tmp.replace(out)
    _models.cache_clear()
    risk.cache_clear()
    word_risk.cache_clear()
    summary.update(built=True, training_accuracy=float(np.mean([n.score(x, labels) for n in nets])))
    return summary


def _train_ngram_model(texts: list[str], labels: np.ndarray) -> dict[str, Any]:
    """word_risk's vocabularies, IDF weights, coefficients and bias, as plain arrays."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizers = {"word": TfidfVectorizer(ngram_range=WORD_NGRAMS, sublinear_tf=True),
                   "char": TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS,
                                           min_df=CHAR_MIN_DF, sublinear_tf=True)}
    blocks = [vectorizers[kind].fit_transform(texts) for kind in FEATURE_KINDS]
    classifier = LogisticRegression(C=C, max_iter=5000).fit(hstack(blocks).tocsr(), labels)
    arrays: dict[str, Any] = {"bias": np.array(classifier.intercept_[0])}
    offset = 0
    for kind, block in zip(FEATURE_KINDS, blocks):
        vocabulary = vectorizers[kind].vocabulary_
        arrays[f"{kind}_vocabulary"] = np.array(sorted(vocabulary, key=vocabulary.__getitem__))
        arrays[f"{kind}_idf"] = vectorizers[kind].idf_
        arrays[f"{kind}_coef"] = classifier.coef_[0, offset:offset + block.shape[1]]
        offset += block.shape[1]
    return arrays


def main(argv: list[str]) -> int:
    if argv[:1] != ["build"]:
        print("usage: python -m bot.crisis.meaning build [--without FILE ...]", file=sys.stderr)
        return 2
    without = set(argv[argv.index("--without") + 1:]) if "--without" in argv else set()
    files = [f for f in TRAINING_FILES if f not in without]
    summary = build(files=files)
    where = MODEL_PATH.relative_to(ROOT)
    if not summary["built"]:
        print(f"crisis meaning model: up to date ({where})")
    else:
        print(f"crisis meaning model: {summary['examples']} examples ({summary['risk']} risk), "
              f"training accuracy {summary['training_accuracy']:.3f} -> {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
