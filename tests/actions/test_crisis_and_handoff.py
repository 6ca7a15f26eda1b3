"""Crisis/urgent follow-ups and handoff: the local number for now, and a triage case."""
from __future__ import annotations

from pathlib import Path

from rasa_sdk.executor import CollectingDispatcher

from actions.answering import ActionContact
from actions.crisis import ActionCrisisFollowup, ActionUrgentFollowup
from actions.handoff import ActionHandoff
from bot.web.store import TriageStore
from tests.actions.helpers import create_tracker, domain, message, responses, said_lines

VERDICT = {"level": "crisis", "category": "suicidal", "reason": "ideation: want to die"}


def open_cases(tmp: Path) -> list:
    store = TriageStore(f"sqlite:///{tmp / 'triage.db'}")
    try:
        return store.queue(["north_northamptonshire", "west_northamptonshire", "derby_city", "unknown"])
    finally:
        store.dispose()


async def test_crisis_followup_raises_a_case_with_the_reason_and_gives_the_local_number(
        isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("crisis", "i want to die", slots={"authority": "derby_city"},
                             crisis=VERDICT, sender_id="crisis-user")
    assert await ActionCrisisFollowup().run(dispatcher, tracker, domain()) == []
    local = message(dispatcher, "utter_crisis_local")
    assert local["authority_name"] == "Derby City Council" and local["number"]
    assert responses(dispatcher)[-1] == "utter_crisis_team_may_see"
    [case] = open_cases(isolated_stores)
    assert (case.severity, case.authority, case.sender_id) == ("crisis", "derby_city", "crisis-user")
    assert "want to die" in case.reason and case.channel == "rest"


async def test_crisis_followup_without_authority_still_raises_the_case(isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    await ActionCrisisFollowup().run(dispatcher, create_tracker("crisis", crisis=VERDICT), domain())
    assert responses(dispatcher) == ["utter_crisis_team_may_see"]
    assert [c.severity for c in open_cases(isolated_stores)] == ["crisis"]


async def test_an_overdose_gets_999_or_a_and_e_first_even_if_they_feel_ok(isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    overdose = {"level": "crisis", "category": "overdose", "reason": "overdose.took_overdose"}
    await ActionCrisisFollowup().run(dispatcher, create_tracker("crisis", "took an overdose of paracetamol",
                                                                crisis=overdose), domain())
    assert responses(dispatcher) == ["utter_crisis_overdose", "utter_crisis_team_may_see"]
    line = domain()["responses"]["utter_crisis_overdose"][0]["text"]
    assert "999" in line and "A&E" in line and "even if you feel OK" in line
    dispatcher = CollectingDispatcher()
    await ActionCrisisFollowup().run(dispatcher, create_tracker("crisis", crisis=VERDICT), domain())
    assert "utter_crisis_overdose" not in responses(dispatcher)


async def test_urgent_followup_raises_an_urgent_case(isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("urgent_safety", slots={"authority": "north_northamptonshire"},
                             crisis={"level": "urgent", "category": "homeless_tonight", "reason": "nowhere to sleep"})
    await ActionUrgentFollowup().run(dispatcher, tracker, domain())
    assert message(dispatcher, "utter_urgent_local")["number"]
    assert [c.severity for c in open_cases(isolated_stores)] == ["urgent"]


async def test_urgent_message_naming_the_council_gets_its_number_and_its_case(isolated_stores: Path) -> None:
    # "its 3am and im locked out of my flat, who do i ring? im with north northants": the
    # council in the message itself, not yet in the slot.
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("urgent_safety", "its 3am and im locked out of my flat, who do i ring? "
                             "im with north northants",
                             entities=[{"entity": "authority", "value": "north northants"}],
                             crisis={"level": "urgent", "category": "homeless_tonight", "reason": "locked out"})
    events = await ActionUrgentFollowup().run(dispatcher, tracker, domain())
    local = message(dispatcher, "utter_urgent_local")
    assert local["authority_name"] == "North Northamptonshire Council" and local["number"].startswith("01604")
    assert {"event": "slot", "timestamp": None, "name": "authority", "value": "north_northamptonshire"} in events
    [case] = open_cases(isolated_stores)
    assert (case.severity, case.authority) == ("urgent", "north_northamptonshire")


async def test_a_practical_question_beside_homelessness_is_answered_after_the_urgent_lines(
        isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("urgent_safety", "sofa surfing atm, can i use the leaving care hub to have a shower "
                             "and do my washing? west northants",
                             entities=[{"entity": "authority", "value": "west northants"}],
                             crisis={"level": "urgent", "category": "homeless_tonight", "reason": "homeless.sofa"})
    # The crisis component puts urgent_safety first and keeps DIET's own guesses after it.
    tracker.latest_message["intent_ranking"] = [{"name": "urgent_safety", "confidence": 1.0},
                                                {"name": "ask_care_leavers_hub", "confidence": 0.45}]
    await ActionUrgentFollowup().run(dispatcher, tracker, domain())
    said = said_lines(dispatcher)
    after = " ".join(said[next(i for i, line in enumerate(said) if "duty worker may see" in line) + 1:])
    assert "Russell House" in after and "shower" in after   # the answer, after the urgent lines
    assert "Setting Up Home" not in after                    # one fact, not "sofa" read as furniture
    assert [c.severity for c in open_cases(isolated_stores)] == ["urgent"]


async def test_a_failing_answer_never_loses_the_urgent_lines(isolated_stores: Path, monkeypatch) -> None:
    async def broken(*args, **kwargs):
        raise RuntimeError("offer store down")

    monkeypatch.setattr("actions.crisis.respond", broken)
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("urgent_safety", "sofa surfing, is there anywhere i can have a shower? west northants",
                             entities=[{"entity": "authority", "value": "west northants"}],
                             crisis={"level": "urgent", "category": "homeless_tonight", "reason": "homeless.sofa"})
    await ActionUrgentFollowup().run(dispatcher, tracker, domain())
    assert responses(dispatcher) == ["utter_urgent_local", "utter_crisis_team_may_see"]


async def test_someone_being_hurt_gets_only_the_urgent_lines(isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    tracker = create_tracker("urgent_safety", "my ex is hitting me, can i get a new flat? west northants",
                             entities=[{"entity": "authority", "value": "west northants"}],
                             crisis={"level": "urgent", "category": "being_hurt", "reason": "being_hurt.hit_me"})
    await ActionUrgentFollowup().run(dispatcher, tracker, domain())
    assert responses(dispatcher)[-1] == "utter_crisis_team_may_see"


async def test_handoff_gives_the_duty_contact_and_raises_a_handoff_case(isolated_stores: Path) -> None:
    dispatcher = CollectingDispatcher()
    await ActionHandoff().run(dispatcher, create_tracker(
        "request_human", slots={"authority": "west_northamptonshire"}), domain())
    handoff = message(dispatcher, "utter_handoff")
    assert handoff["number"] and handoff["team"]
    assert [c.severity for c in open_cases(isolated_stores)] == ["handoff"]


async def test_contact_gives_the_phone_then_the_pa(isolated_stores: Path) -> None:
    # Issue 15: one message, the number asked for first, then that the PA comes first for
    # everyday things.
    dispatcher = CollectingDispatcher()
    await ActionContact().run(dispatcher, create_tracker(
        "ask_contact", slots={"authority": "derby_city"}), domain())
    lines = said_lines(dispatcher)
    assert lines[0] == "Call Derby City Council's Leaving Care Team on 01332 643907."
    assert "personal adviser (PA)" in lines[1]
