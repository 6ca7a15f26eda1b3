"""The meaning check (bot/crisis/meaning.py) and how the second tier uses its score."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.crisis import distress, meaning

# Rounds 37-56 were folded (rounds 57-58 wait unrun in tests/unrun/) into the meaning check's training on 2026-12-05 (fourth session).
HELD_OUT_NOW: tuple[str, ...] = ("round95", "round96")  # measured by tests/bot/test_crisis_rounds.py, never trained on


def test_no_round_being_held_out_is_trained_on() -> None:
    trained = " ".join(meaning.TRAINING_FILES)
    for name in HELD_OUT_NOW:
        assert name not in trained
    heldout = {p.stem for p in (meaning.ROOT / "tests" / "crisis" / "heldout").glob("round*.yml")}
    assert set(HELD_OUT_NOW) <= heldout  # the guard above names real files


def test_every_training_file_gives_examples_and_all_give_both_labels() -> None:
    for name in meaning.TRAINING_FILES:
        assert list(meaning._round_examples(meaning.ROOT / name)), name
    labels = [label for _, label in meaning.training_examples()]
    assert 0.2 < sum(labels) / len(labels) < 0.6


def test_the_embedding_is_read_from_the_installed_package_not_downloaded() -> None:
    root = meaning._package_dir("wordllama")
    assert (root / "weights" / "l2_supercat_256.safetensors").is_file()
    vectors = meaning._embedder().embed(["i need help with my rent", ""])
    assert vectors.shape == (2, 256)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)
    assert not vectors[1].any()  # nothing to read gives a zero vector, not NaN


def test_the_saved_networks_score_as_scikit_learn_does(tmp_path: Path, monkeypatch) -> None:
    """Inference in numpy must match the trained MLPClassifiers, averaged (the weights are
    saved as plain arrays, not pickled)."""
    from sklearn.neural_network import MLPClassifier

    texts = ["i want to end it", "how much is the bursary", "took all my tablets", "when is my pa visit",
             "bye forever", "see you next week"]
    labels = np.array([1, 0, 1, 0, 1, 0])
    x = meaning._embedder().embed(texts)
    monkeypatch.setattr(meaning, "training_examples", lambda files=None: list(zip(texts, labels)))
    monkeypatch.setattr(meaning, "HIDDEN", 8)
    path = tmp_path / "m.npz"
    meaning.build(out=path)
    nets = [MLPClassifier(hidden_layer_sizes=(8,), alpha=1e-3, max_iter=400, random_state=seed).fit(x, labels)
            for seed in range(meaning.MEMBERS)]
    expected = np.mean([n.predict_proba(x)[:, 1] for n in nets], axis=0)
    with np.load(path) as arrays:
        ours = meaning.Model(arrays).scores(x)
    assert np.allclose(ours, expected, atol=1e-5)


def test_the_saved_ngram_model_scores_as_scikit_learn_does(tmp_path: Path, monkeypatch) -> None:
    """word_risk from the saved arrays must match the trained vectorizers and logistic
    regression (saved as plain arrays, not pickled), with scikit-learn's analyzers."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = ["i want to end it", "how much is the bursary", "took all my tablets", "when is my pa visit",
             "bye forever", "see you next week", "cant go on", "can i get help with rent"]
    labels = [1, 0, 1, 0, 1, 0, 1, 0]
    monkeypatch.setattr(meaning, "training_examples", lambda files=None: list(zip(texts, labels)))
    monkeypatch.setattr(meaning, "HIDDEN", 8)
    path = tmp_path / "m.npz"
    assert meaning.build(out=path)["built"]
    word = TfidfVectorizer(ngram_range=meaning.WORD_NGRAMS, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=meaning.CHAR_NGRAMS,
                           min_df=meaning.CHAR_MIN_DF, sublinear_tf=True)
    x = hstack([word.fit_transform(texts), char.fit_transform(texts)]).tocsr()
    classifier = LogisticRegression(C=meaning.C, max_iter=5000).fit(x, labels)
    unseen = ["i want to end it all tonight", "is the bursary paid monthly", "zzz qqq", ""]
    expected = classifier.predict_proba(hstack([word.transform(unseen), char.transform(unseen)]).tocsr())[:, 1]
    with np.load(path, allow_pickle=False) as arrays:
        model = meaning.NGramModel(arrays)
    assert np.allclose([model.score(t) for t in unseen], expected, atol=1e-9)
    assert meaning.build(out=path)["built"] is False  # same examples: not retrained


def test_the_built_model_is_there_and_separates_plain_cases() -> None:
    """make builds it before the tests; without it the bot loses this tier."""
    assert meaning.MODEL_PATH.is_file(), "run `make meaning`"
    assert meaning.risk("i want to kill myself tonight") >= distress.MEANING_SHARP_AT
    assert meaning.risk("how much is the setting up home allowance in derby") < distress.MEANING_BROAD_AT
    assert meaning.word_risk("i want to kill myself tonight") >= 0.9
    assert meaning.word_risk("need rope for my camping trip, where is cheap") < distress.WORDS_SAFE_BELOW


def test_without_a_model_the_score_is_none_and_the_word_lists_still_work(monkeypatch) -> None:
    monkeypatch.setattr(meaning, "MODEL_PATH", Path("/nonexistent/meaning.npz"))
    meaning._models.cache_clear()
    meaning.risk.cache_clear()
    meaning.word_risk.cache_clear()
    try:
        assert meaning.risk("anything at all") is None
        assert meaning.word_risk("anything at all") is None
        found = distress.check("tell my foster mum i loved her")
        assert found is not None and found.name == "goodbye"
    finally:
        meaning._models.cache_clear()
        meaning.risk.cache_clear()
        meaning.word_risk.cache_clear()


def _score(monkeypatch, value: float | None, words: float | None = 0.5) -> None:
    monkeypatch.setattr(meaning, "risk", lambda text: value)
    monkeypatch.setattr(meaning, "word_risk", lambda text: words)


@pytest.mark.parametrize("value, expected", [
    (0.95, ("meaning", True)),   # sharp: checked even beside a clear question
    (0.75, ("meaning", False)),  # broad: only where the bot understood nothing, or in a form
    (0.3, None),
    (None, None),                # no model: nothing from this tier
])
def test_a_wording_no_list_has_is_signalled_by_its_score(monkeypatch, value, expected) -> None:
    _score(monkeypatch, value)
    found = distress.check("ran out of reasons to stay")
    assert (None if found is None else (found.name, found.sharp)) == expected


def test_a_message_too_short_to_carry_meaning_needs_a_word_too(monkeypatch) -> None:
    _score(monkeypatch, 0.99)
    assert distress.check("purple monkey dishwasher") is None       # the score alone: no
    found = distress.check("final goodbye")                         # a broad word, sharpened
    assert found is not None and (found.name, found.sharp) == ("goodbye_word", True)
    _score(monkeypatch, 0.001)                                     # nor overrule one
    found = distress.check("final goodbye")
    assert found is not None and (found.name, found.sharp) == ("goodbye_word", False)
    _score(monkeypatch, 0.99)
    found = distress.check("ran out of reasons")                    # four words: the score counts
    assert found is not None and found.name == "meaning"


def test_a_broad_word_in_a_plainly_ordinary_message_is_not_a_signal(monkeypatch) -> None:
    text = "need to pick up my tablets from the pharmacy, do care leavers get free prescriptions"
    _score(monkeypatch, 0.2, words=0.05)    # both readers: plainly ordinary
    assert distress.check(text) is None
    _score(monkeypatch, 0.001, words=0.3)   # the n-gram model is not sure: a signal
    found = distress.check(text)
    assert found is not None and not found.sharp
    _score(monkeypatch, 0.75, words=0.05)   # the networks read risk: a signal
    assert distress.check(text) is not None
    _score(monkeypatch, None, words=None)   # no model: the word list alone decides, as before
    assert distress.check(text) is not None


@pytest.mark.parametrize("sense, words, expected", [
    (0.98, 0.1, None),                 # the networks never alone where the n-gram model reads
    (0.95, 0.1, None),                 # the message as ordinary (under 0.3)
    (0.95, 0.4, ("meaning", True)),    # either reader can raise a signal: the networks
    (0.1, 0.95, ("meaning", True)),    # or the n-gram model
    (0.1, 0.75, ("meaning", False)),
    (0.1, 0.1, None),
])
def test_either_reader_raises_a_signal(monkeypatch, sense, words, expected) -> None:
    _score(monkeypatch, sense, words)
    found = distress.check("ran out of reasons to stay")
    assert (None if found is None else (found.name, found.sharp)) == expected


def test_a_sharp_word_is_never_overruled_by_the_score(monkeypatch) -> None:
    _score(monkeypatch, 0.0)
    found = distress.check("tell my foster mum i loved her")
    assert found is not None and (found.name, found.sharp) == ("goodbye", True)


def test_a_failing_model_is_logged_and_ignored(monkeypatch, caplog) -> None:
    def broken(texts):
        raise RuntimeError("boom")

    monkeypatch.setattr(meaning._embedder(), "embed", broken)
    meaning.risk.cache_clear()
    try:
        assert meaning.risk("some text nobody scored before 7f3a") is None
        assert "crisis meaning check failed" in caplog.text
    finally:
        meaning.risk.cache_clear()
