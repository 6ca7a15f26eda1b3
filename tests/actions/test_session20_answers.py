"""Session 20 (issue 15, round 18 as dev): each question of a message answered once (no
sentence said twice), each fact asked compared, and facts the store holds that the bot
said it didn't know (NHS 111 by its number, the national advocacy line, a service's places,
the team's address, a neighbouring fact the council does publish)."""
from __future__ import annotations


from actions.answering import ActionAnswerOffer, named_service
from actions.set_authority import ActionSetAuthority
from tests.actions.helpers import create_tracker, places, run, said

async def test_three_questions_are_each_answered() -> None:
    text = ("ok so im 17 and live in corby. 3 questions: when do i get a PA, how many driving lessons do i get, "
            "and is there free gym for care leavers")
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_driving", text, entities=places(text, "corby")))
    reply = said(dispatcher)
    assert "16 and a half" in reply and "5 lessons" in reply and "do not get free access" in reply
    # Said once: the council's source notes ("Read it online", "Offers change") and its
    # "not a firm promise" line go with the first fact only; each fact keeps its section.
    assert reply.count("Offers change, so check with your PA.") == 1
    assert reply.count("Read it online: https://www.careleaveroffer.co.uk.") == 1
    assert 'in the part called "Health and Wellbeing"' in reply and 'in the part called "Participation in Society"' in reply


async def test_what_a_named_service_offers_goes_on_past_its_first_sentence() -> None:
    # r18-080: "how many places do they have": "It has about 25 places a year."
    text = "what's right resolution? my pa in northampton mentioned it, how many places do they have"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text,
                                                                  entities=places(text, "northampton")))
    assert "25 places" in said(dispatcher)


async def test_111_names_nhs_111() -> None:
    # r18-142: "which option do u press on 111 for mental health".
    service = await named_service("which option do u press on 111 for mental health", None)
    assert service is not None and service.name == "NHS 111"
    assert await named_service("my 111th day in my flat", None) is None


async def test_an_advocate_is_the_national_advocacy_line() -> None:
    # r18-134: no council known; an advocate speaks up *to* the council.
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_advocacy", "i need an advocate, no one at the council listens to me. who can i call"))
    assert "0808 800 5792" in said(dispatcher)


async def test_nothing_published_on_the_fact_asked_but_on_its_neighbour() -> None:
    # r18-129: Derby publishes nothing on free leisure centres, but its activities entry
    # covers memberships and clubs: the "I don't know", then that.
    text = "do derby give free gym membership or anything for sports"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("ask_leisure", text, entities=places(text, "derby")))
    reply = said(dispatcher)
    assert "I don't know what Derby City Council offers for free leisure centre access" in reply
    assert "club memberships" in reply


async def test_a_leaving_care_team_based_somewhere_is_a_contact_question() -> None:
    # r18-092.
    text = "where's the derby leaving care team actually based? want to go in"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker("nlu_fallback", text, entities=places(text, "derby")))
    assert "Curzon Street" in said(dispatcher)


async def test_each_fact_asked_is_compared() -> None:
    # r18-161: books and laptop money, across the councils named.
    text = "uni support: whats the difference between derby and northamptonshire for books and laptop money?"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_setting_up_home_allowance", text, entities=places(text, "derby", "northamptonshire")))
    reply = said(dispatcher)
    assert "£300" in reply and "£350" in reply
    # Whose offer counts is said once, after the last fact compared.
    assert reply.count("Each council sets its own offer") == 1
    assert reply.rstrip().endswith("You get the offer of the council that looked after you.")


async def test_which_has_the_most_says_where_no_number_is_published() -> None:
    # r18-162.
    text = "ringfenced apprenticeships for care leavers, which council has the most: north northants, west northants or derby"
    dispatcher, _ = await run(ActionAnswerOffer(), create_tracker(
        "ask_apprenticeships", text, entities=places(text, "north northants", "west northants", "derby")))
    derby = next(line for line in said(dispatcher).splitlines() if line.startswith("- Derby"))
    assert "No number is published" in derby
    north = next(line for line in said(dispatcher).splitlines() if line.startswith("- North"))
    assert "6 apprenticeship" in north and "No number" not in north


async def test_a_comparison_read_as_a_council_answer_still_compares() -> None:
    # r18-156: the classifier read it as naming a council.
    text = ("how often does the PA visit in derby compared to northamptonshire? "
            "im trying to decide whether to tell my mate to stay with derby lol")
    dispatcher, _ = await run(ActionSetAuthority(), create_tracker(
        "inform_authority", text, entities=places(text, "derby", "northamptonshire")))
    reply = said(dispatcher)
    assert "2 months" in reply and "8 weeks" in reply
