"""The Rasa NLU component, built through `create()` like the predict graph does."""
from __future__ import annotations

from typing import Any, Optional

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis import meaning
from bot.crisis.component import CRISIS_KEY, CrisisDetector


def _create(cls: Any, tmp_path, config: Optional[dict] = None) -> Any:
    return cls.create(
        {**cls.get_default_config(), **(config or {})},
        LocalModelStorage(tmp_path),
        Resource(cls.__name__),
        ExecutionContext(GraphSchema({}), "test"),
    )


def _diet_message(text: str, top: str = "ask_council_tax", confidence: float = 0.97) -> Message:
    """A message as DIET leaves it: intent + ranking in the output properties."""
    message = Message(data={"text": text})
    ranking = [
        {"name": top, "confidence": confidence},
        {"name": "ask_tv_licence", "confidence": round(1 - confidence, 4)},
    ]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    return message


@pytest.fixture
def detector(tmp_path) -> CrisisDetector:
    return _create(CrisisDetector, tmp_path)


def test_registered_as_intent_classifier():
    registered = DefaultV1Recipe._from_registry("bot.crisis.component.CrisisDetector")
    assert registered.clazz is CrisisDetector
    assert DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER in registered.types
    assert registered.is_trainable is False


def test_crisis_overrides_intent_and_is_in_parse_data(detector):
    message = _diet_message("I want to die, also what about council tax")
    detector.process([message])

    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0] == {"name": "crisis", "confidence": 1.0}
    assert [r["name"] for r in ranking[1:]] == ["ask_council_tax", "ask_tv_licence"]
    assert ranking[1]["confidence"] == pytest.approx(0.97 * 0.5)

    parse = message.as_dict(only_output_properties=True)  # what processor.py returns
    assert parse[CRISIS_KEY]["level"] == "crisis"
    assert parse[CRISIS_KEY]["category"] == "suicidal"
    assert parse[CRISIS_KEY]["reason"].startswith("suicidal.")
    assert parse["intent"]["name"] == "crisis"


def test_urgent_sets_urgent_safety(detector):
    message = _diet_message("i have nowhere to sleep tonight", top="ask_housing_priority")
    detector.process([message])
    assert message.get("intent") == {"name": "urgent_safety", "confidence": 1.0}
    assert message.get(CRISIS_KEY)["level"] == "urgent"
    assert message.get(CRISIS_KEY)["category"] == "homeless_tonight"


def test_ordinary_message_keeps_its_intent_but_still_gets_the_key(detector):
    message = _diet_message("can i get a crisis loan", top="ask_emergency_fund", confidence=0.9)
    detector.process([message])
    assert message.get("intent") == {"name": "ask_emergency_fund", "confidence": 0.9}
    parse = message.as_dict(only_output_properties=True)
    assert parse[CRISIS_KEY]["level"] == "none"


def test_crisis_already_ranked_by_diet_is_not_duplicated(detector):
    message = _diet_message("i want to kill myself", top="crisis", confidence=0.8)
    detector.process([message])
    names = [r["name"] for r in message.get("intent_ranking")]
    assert names.count("crisis") == 1 and names[0] == "crisis"


def test_classifier_only_crisis_is_reported_not_dropped(detector, monkeypatch):
    # DIET caught something the rules did not, and the meaning check agrees: keep DIET's
    # intent, say so in the key.
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.95)
    message = _diet_message("everything is grey and heavy", top="crisis", confidence=0.71)
    detector.process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_KEY) == {
        "level": "crisis", "category": "unspecified", "reason": "classifier:crisis:0.71",
    }


@pytest.mark.parametrize("config", [{"threshold": 0.45, "ambiguity_threshold": 0.08}, {}])
def test_fallback_classifier_cannot_override(detector, tmp_path, config):
    fallback = _create(FallbackClassifier, tmp_path, config)
    # DIET is very unsure and two intents are nearly tied: FallbackClassifier would fire.
    message = _diet_message("thinking bout suicide again", top="ask_tv_licence", confidence=0.51)
    detector.process([message])
    fallback.process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get("intent_ranking")[0]["name"] == "crisis"


def test_fallback_still_works_for_ordinary_messages(detector, tmp_path):
    fallback = _create(FallbackClassifier, tmp_path, {"threshold": 0.45})
    message = _diet_message("blue purple", top="ask_tv_licence", confidence=0.3)
    detector.process([message])
    fallback.process([message])
    assert message.get("intent")["name"] == "nlu_fallback"


def test_third_party_intent_is_configurable(tmp_path):
    detector = _create(CrisisDetector, tmp_path, {"third_party_intent": "friend_in_danger"})
    message = _diet_message("my friend says she wants to kill herself")
    detector.process([message])
    assert message.get("intent")["name"] == "friend_in_danger"
    assert message.get(CRISIS_KEY)["category"] == "third_party"


def test_message_without_text_or_intent(detector):
    empty = Message(data={})
    intent_only = Message(data={"text": "/greet"})
    detector.process([empty, intent_only])
    assert empty.get(CRISIS_KEY)["level"] == "none"
    assert intent_only.get(CRISIS_KEY)["level"] == "none"
    assert empty.get("intent") is None


def test_uses_spacy_doc_when_present(detector, nlp):
    text = "he strangles me"
    message = Message(data={"text": text, "text_spacy_doc": nlp(text)})
    detector.process([message])
    assert message.get("intent")["name"] == "urgent_safety"


def test_process_training_data_is_a_no_op(detector):
    data = TrainingData([Message(data={"text": "i want to die", "intent": "crisis"})])
    assert detector.process_training_data(data) is data


def test_passes_rasa_graph_validation():
    """Rasa checks every component's signatures when it builds the graph for training."""
    from rasa.engine import validation
    from rasa.shared.data import TrainingType

    config = {
        "recipe": "default.v1",
        "language": "en",
        "pipeline": [
            {"name": "WhitespaceTokenizer"},
            {"name": "CountVectorsFeaturizer"},
            {"name": "DIETClassifier", "epochs": 1},
            {"name": "bot.crisis.component.CrisisDetector"},
            {"name": "FallbackClassifier", "threshold": 0.45},
        ],
        "policies": [],
    }
    model_config = DefaultV1Recipe().graph_config_for_recipe(
        config, {}, training_type=TrainingType.NLU
    )
    validation.validate(model_config)
    nodes = model_config.predict_schema.nodes
    crisis_nodes = [n for n, node in nodes.items() if node.uses is CrisisDetector]
    assert len(crisis_nodes) == 1
    node = nodes[crisis_nodes[0]]
    # Predict nodes are built with `load` (GraphComponent.load falls back to `create`,
    # which is all a component with nothing to persist needs).
    assert (node.constructor_name, node.fn) == ("load", "process")
    assert node.needs == {"messages": node.needs["messages"]}


def test_load_without_persisted_state_works(tmp_path):
    component = CrisisDetector.load(
        CrisisDetector.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("CrisisDetector"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    message = Message(data={"text": "i want to kms"})
    component.process([message])
    assert message.get("intent")["name"] == "crisis"


def test_classifier_crisis_guess_is_dropped_for_a_known_false_friend(detector: CrisisDetector) -> None:
    message = _diet_message("just killing time before my appointment", top="crisis", confidence=0.6)
    detector.process([message])
    assert message.get("intent")["name"] == "ask_tv_licence"
    assert all(e["name"] != "crisis" for e in message.get("intent_ranking"))
    assert message.get(CRISIS_KEY)["level"] == "none"


def test_classifier_crisis_guess_is_kept_without_a_false_friend(detector: CrisisDetector, monkeypatch) -> None:
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.95)
    message = _diet_message("i feel kind of heavy today", top="crisis", confidence=0.6)
    detector.process([message])
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_KEY)["category"] == "unspecified"


@pytest.mark.parametrize("words, sense, intent, level, distress", [
    (0.95, 0.2, "crisis", "crisis", None),          # the n-gram model reads a crisis too
    (None, None, "crisis", "crisis", None),         # no meaning model: DIET's guess stands
    (0.5, 0.2, "ask_tv_licence", "none", None),     # under 0.9: no guess, and the second tier finds nothing
    (0.35, 0.98, "ask_tv_licence", "none", "meaning"),  # ... but the networks' sharp signal still checks in
    (0.05, 0.95, "ask_tv_licence", "none", None),   # ... the networks alone: no signal of their own
    (0.05, 0.99, "ask_tv_licence", "none", None),   # ... however sure ("cod tonight? ill carry u")
    (0.05, 0.3, "ask_tv_licence", "none", None),    # both plainly ordinary ("life is good rn ngl")
])
def test_a_classifier_only_crisis_is_weighed_by_the_meaning_check(
        detector: CrisisDetector, monkeypatch, words, sense, intent, level, distress) -> None:
    monkeypatch.setattr(meaning, "word_risk", lambda text: words)
    monkeypatch.setattr(meaning, "risk", lambda text: sense)
    message = _diet_message("i feel kind of heavy today", top="crisis", confidence=0.8)
    detector.process([message])
    assert message.get("intent")["name"] == intent
    crisis = message.get(CRISIS_KEY)
    assert crisis["level"] == level
    assert crisis.get("distress") == distress
    assert crisis.get("distress_sharp") is (True if distress else None)
    if intent != "crisis":
        assert all(e["name"] != "crisis" for e in message.get("intent_ranking"))


def test_an_unsure_classifier_crisis_is_left_to_the_second_tier(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.35)
    monkeypatch.setattr(meaning, "risk", lambda text: 0.98)
    message = _through_pipeline(tmp_path, "i feel kind of heavy today", "crisis", 0.8)
    assert message.get("intent")["name"] != "crisis"
    assert message.get(CRISIS_KEY)["distress"] == "meaning"
    assert message.get(CRISIS_KEY)["distress_sharp"] is True


def test_low_confidence_classifier_crisis_gives_way(detector: CrisisDetector) -> None:
    message = _diet_message("i feel kind of heavy today", top="crisis", confidence=0.45)
    detector.process([message])
    assert message.get("intent")["name"] == "ask_tv_licence"


def test_classifier_only_urgent_is_left_to_the_rules(detector: CrisisDetector) -> None:
    message = _diet_message("can my mate stay over at mine", top="urgent_safety", confidence=0.9)
    detector.process([message])
    assert message.get("intent")["name"] == "ask_tv_licence"
    assert message.get(CRISIS_KEY)["level"] == "none"


# --- CheckInGate: after FallbackClassifier ------------------------------------------------

from bot.crisis.component import CheckInGate  # noqa: E402


def _through_pipeline(tmp_path, text: str, top: str, confidence: float = 0.9) -> Message:
    """CrisisDetector, FallbackClassifier and CheckInGate, in config.yml's order."""
    message = _diet_message(text, top, confidence)
    _create(CrisisDetector, tmp_path).process([message])
    _create(FallbackClassifier, tmp_path, {"threshold": 0.3, "ambiguity_threshold": 0.05}).process([message])
    _create(CheckInGate, tmp_path).process([message])
    return message


def test_gate_checks_in_where_the_bot_would_not_understand_a_distressed_message(tmp_path):
    message = _through_pipeline(tmp_path, "the pills are in a row on my desk", "ask_health_support", 0.2)
    assert message.get("intent")["name"] == "check_in"
    assert message.get("intent_ranking")[0]["name"] == "check_in"
    assert message.get(CRISIS_KEY)["distress"] in ("means_word", "meaning")  # word list or meaning check


def test_gate_checks_in_on_small_talk_only_for_a_sharp_signal(tmp_path):
    message = _through_pipeline(tmp_path, "thanks for trying, tell my brother i love him", "thank", 0.95)
    assert message.get("intent")["name"] == "check_in"
    message = _through_pipeline(tmp_path, "thanks, that knife set will be great", "thank", 0.95)
    assert message.get("intent")["name"] == "thank"


def test_gate_checks_in_where_nlu_cannot_read_the_language(tmp_path):
    message = _through_pipeline(tmp_path, "kya aap meri madad kar sakte hain", "ask_tv_licence", 0.2)
    assert message.get(CRISIS_KEY).get("not_english") is True
    assert message.get("intent")["name"] == "check_in"


def test_gate_checks_in_when_small_talk_is_a_guess_at_words_it_cannot_read(tmp_path):
    message = _through_pipeline(tmp_path, "kya aap meri madad kar sakte hain", "delete_my_chat", 0.9)
    assert message.get(CRISIS_KEY).get("not_english") is True
    assert message.get("intent")["name"] == "check_in"
    message = _through_pipeline(tmp_path, "delete my chat please", "delete_my_chat", 0.9)
    assert message.get("intent")["name"] == "delete_my_chat"


def test_gate_checks_in_whatever_diet_guessed_for_words_it_cannot_read(tmp_path):
    # DIET only knows English: a confident answer intent on these words is noise.
    message = _through_pipeline(tmp_path, "kya aap meri madad kar sakte hain", "ask_offer", 0.95)
    assert message.get(CRISIS_KEY).get("not_english") is True
    assert message.get("intent")["name"] == "check_in"


def test_gate_leaves_an_understood_question_alone_even_with_a_broad_word(tmp_path):
    message = _through_pipeline(tmp_path, "can i get a tablet for college", "ask_laptop", 0.95)
    assert message.get("intent")["name"] == "ask_laptop"


def test_gate_leaves_a_calm_unclear_message_to_the_fallback(tmp_path):
    message = _through_pipeline(tmp_path, "purple monkey dishwasher", "ask_tv_licence", 0.2)
    assert message.get("intent")["name"] == "nlu_fallback"


def _ranked(text: str, ranking: list[tuple[str, float]]) -> Message:
    message = Message(data={"text": text})
    entries = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    message.set("intent", dict(entries[0]), add_to_output=True)
    message.set("intent_ranking", entries, add_to_output=True)
    return message


def _gate(tmp_path, message: Message) -> Message:
    _create(CrisisDetector, tmp_path).process([message])
    _create(FallbackClassifier, tmp_path, {"threshold": 0.3, "ambiguity_threshold": 0.05}).process([message])
    _create(CheckInGate, tmp_path).process([message])
    return message


def test_a_dropped_check_in_guess_never_leaves_an_unweighed_crisis_guess(tmp_path):
    # As the trained model read it: check_in 0.62, then crisis 0.09. No rule and no
    # second-tier signal, so DIET's check_in goes, and the crisis guess under it must not
    # become the intent (it gave the full crisis reply).
    text = "i was in a really dark place last year but im doing so much better now"
    message = _gate(tmp_path, _ranked(text, [("check_in", 0.62), ("crisis", 0.09), ("ask_contact", 0.06)]))
    assert message.get(CRISIS_KEY)["level"] == "none" and not message.get(CRISIS_KEY).get("distress")
    assert message.get("intent")["name"] == "nlu_fallback"


def test_a_dropped_check_in_guess_leaves_a_confident_next_guess(tmp_path):
    message = _gate(tmp_path, _ranked("whats a pathway plan", [("check_in", 0.6), ("ask_pathway_plan", 0.35)]))
    assert message.get("intent")["name"] == "ask_pathway_plan"
    message = _gate(tmp_path, _ranked("whats a pathway plan", [("check_in", 0.8), ("ask_pathway_plan", 0.1)]))
    assert message.get("intent")["name"] == "nlu_fallback"


def test_the_gate_knows_the_fallback_threshold_config_yml_gives(tmp_path):
    import yaml

    from bot.crisis.meaning import ROOT
    pipeline = yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]
    fallback = next(step for step in pipeline if step["name"] == "FallbackClassifier")
    gate = next(step for step in pipeline if step["name"].endswith("CheckInGate"))
    assert CheckInGate.get_default_config()["fallback_threshold"] == gate.get("fallback_threshold", fallback["threshold"])
    assert fallback["threshold"] == CheckInGate.get_default_config()["fallback_threshold"]


def test_gate_marks_a_message_in_another_language(tmp_path):
    message = _through_pipeline(tmp_path, "Bonjour, je cherche de l'aide pour payer mon loyer", "greet", 0.9)
    assert message.get("intent")["name"] == "other_language"
    assert message.get(CRISIS_KEY)["language"] == "fr"


def test_gate_never_touches_a_crisis(tmp_path):
    message = _through_pipeline(tmp_path, "je veux mourir", "greet", 0.9)
    assert message.get("intent")["name"] == "crisis"
    assert message.get(CRISIS_KEY)["language"] == "fr"


def test_a_plan_beside_an_everyday_rule_read_as_ordinary_checks_in(detector: CrisisDetector,
                                                                   monkeypatch) -> None:
    # Both readers read the messages as ordinary (the real model's reading changes as it
    # learns more rounds; this is about what happens then).
    monkeypatch.setattr(meaning, "word_risk", lambda text: 0.1)
    monkeypatch.setattr(meaning, "risk", lambda text: 0.1)
    # The goodbye rule's words read as ordinary as a whole, but a will with a date is a plan.
    message = _diet_message("writing my will at 17 lol thats normal right. its for friday", top="chitchat")
    detector.process([message])
    assert message.get("intent")["name"] == "check_in"
    # (a will with a deadline is a farewell act since the seventeenth session: never overruled)
    assert message.get(CRISIS_KEY)["distress"] == "farewell_act" and message.get(CRISIS_KEY)["distress_sharp"]
    # The rule's own idiom, with no plan or means beside it, stays ordinary.
    message = _diet_message("tired of living in this hostel, when can i move on to my own place",
                            top="ask_housing_priority")
    detector.process([message])
    assert message.get("intent")["name"] == "ask_housing_priority"
