"""The user named their authority: remember it and answer whatever was waiting for it."""
from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import (ASKS, CONTACT_TOPICS, answer_beside_waiting, asks_for_a_language, day_not_given,
                               fact_asked_too, is_contact_question,
                               named_service, open_line_when_closed, reasks_for_another_council, respond, service_in_language,
                               said_alike_by_each, service_the_offer_names, text_line_asked_before,
                               what_the_offer_says_about)
from actions.asked_time import asked_time
from actions.authority import from_latest_message
from actions.check_in import ANSWER, AUTHORITY, check_in_instead
from actions.compare import councils_listed, each_place_again, same_elsewhere
from actions.compose import Reply, drop_repeats, render, utter_answer
from actions.formatting import service_reply
from actions.contact import CONTACT, question_text, shared_team, utter_contacts
from actions.facts import MONEY_QUESTION, Choice, choose, likeliest
from actions.handoff import HANDOFF, utter_duty_number
from actions.offers import answer, ask_which, clarify, council_buttons, shared_entry, trust_named
from actions.overview import OVERVIEW, utter_overview
from actions.store import LONDON, offer_store, query
from offers import places, vocabulary
from offers.textnorm import fold
from offers.types import Authority


# A question beside the council's name: a question mark, or a question word and enough
# other words that it is more than "im with derby".
_QUESTION = re.compile(r"\?|\b(?:how (?:much|many|long|do|does|can|often)|what|whats|wat|who|whose|where|when|"
                       r"which|(?:can|do|will|would|could|should) (?:i|u|you|they|we)|does|"
                       # "im turning 22 next month will the trust still visit me, west northants"
                       r"(?:can|will|would|could|should|do|did) (?:the|my|their|your) (?:trust|council|pa|team|"
                       r"leaving care|personal adviser|social worker)|"
                       r"(?:is|are) (?:there|they|it))\b")
MIN_QUESTION_WORDS = 6
# "do derby give care leavers money for fone credit": a question whose subject is the council.
_COUNCIL_DOES = re.compile(r"\b(?:do|does|did|will|would|can|could) \w+(?: \w+)? (?:give|gives|pay|pays|help|helps|"
                           r"offer|offers|provide|provides|fund|funds|cover|covers)\b")
# "its like 2am and my partner kicked me out i dont know where to go", "its saturday night and
# i need someone from leaving care": someone needed, at a time the message tells.
_NEEDS_SOMEONE = re.compile(r"\b(?:need|want|talk to|speak to|get hold of) (?:someone|somebody|some1|a person|"
                            r"anyone|any1)\b|\b(?:dont|do not) know where to (?:go|turn|stay|sleep)\b|"
                            r"\b(?:kicked|thrown|chucked) (?:me )?out\b|\bnowhere to (?:go|stay|sleep)\b|"
                            # "its 2am im locked out": someone to ring at that hour.
                            r"\b(?:locked|locking) (?:myself |me )?out\b|"
                            # "its sunday and i need leaving care for something urgent" (set P,
                            # p-050): the team needed, named for who it is.
                            r"\b(?:need|want|talk to|speak to|get hold of|contact) (?:the |my )?(?:leaving care|"
                            r"duty team|duty worker|duty social worker|social worker|pa|personal advis[eo]r)\b")
# "oh wait sorry got confused", "my bad, i meant derby": the user corrects what they said.
CORRECTION = re.compile(r"\b(?:oh wait|wait|sorry|soz|my bad|i meant|i mean|actually|got (?:it |that )?wrong|"
                        r"got confused|mixed (?:it |them )?up|correction|scrap that|scratch that|forget that|ignore that|"
                        r"never mind that|nvm)\b")
# "i want the fact sheets in pashto, west northants": a request, not only a council.
_WANTS = re.compile(r"\b(?:i want|i need|i'd like|i would like|need help|help me)\b")


def compares(text: str) -> bool:
    """'how often does the PA visit in derby compared to northamptonshire': a question
    comparing the councils named, not an answer to "which council?"."""
    from actions.answering import COMPARISON, NAMED_COMPARISON

    folded = fold(text)
    return bool(COMPARISON.search(folded) or NAMED_COMPARISON.search(folded))


def others_waiting(tracker: Tracker, pending: str, said: str | None = None) -> list[str]:
    """The other facts the waiting question asked ("... and do i get help with council
    tax"), read from that message as it was understood, if its first fact is the one
    waiting."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = next((e for e in reversed(users[:-1])
                    if e.get("text") and not str(e.get("text")).startswith("/")), None)
    if earlier is None:
        return []
    before = copy.copy(tracker)
    before.latest_message = {**(earlier.get("parse_data") or {}), "text": earlier.get("text")}
    choice = choose(before)
    if choice.topic != pending:
        return []
    return [t for t in (choice.also, *choice.more) if t and t != said and t not in CONTACT_TOPICS]


def earlier_question(tracker: Tracker) -> str:
    """The user's last typed message before this one ('' if none)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        text = event.get("text") or ""
        if text and not text.startswith("/"):
            return text
    return ""


# "derby is just where i go college", "derby is where my mum lives": "where" that says what
# a place is to the user, not a question.
_SAYS_WHERE = re.compile(r"\b(?:is|s|thats|that s|its) (?:just |only |actually )?where\b")


async def fact_asked_before(dispatcher: CollectingDispatcher, tracker: Tracker, authority: Authority,
                            domain: dict[str, Any]) -> list[EventType]:
    """The fact the contact question before this message named in its own words, answered
    for the council now named (answering.fact_asked_too, read on that question)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = next((e for e in reversed(users[:-1])
                    if e.get("text") and not str(e.get("text")).startswith("/")), None)
    if earlier is None or not is_contact_question(str(earlier.get("text"))):
        return []
    before = copy.copy(tracker)
    before.latest_message = {**(earlier.get("parse_data") or {}), "text": earlier.get("text")}
    return await fact_asked_too(dispatcher, before, authority, domain)


def asks_something(text: str) -> bool:
    said = _SAYS_WHERE.sub(" ", text.lower())
    return not text.startswith("/") and len(text.split()) >= MIN_QUESTION_WORDS \
        and bool(_QUESTION.search(said) or _COUNCIL_DOES.search(said))


def asks_beside_council(text: str) -> bool:
    """A question of several words beside the council: it opens as a question ("do derby
    leaving care do trips and stuff") or ends with a question mark."""
    folded = fold(text)
    return not text.startswith("/") and len(folded.split()) >= MIN_QUESTION_WORDS \
        and (text.rstrip().endswith("?") or bool(ASKS.search(folded)))


def needs_someone_then(text: str) -> bool:
    """Someone needed at a time the message tells ("2am", "saturday night"): who to ring then."""
    return bool(_NEEDS_SOMEONE.search(fold(text))) and asked_time(text, datetime.now(LONDON)) is not None


def question_left(tracker: Tracker) -> str:
    """The question the message before asked, if nothing has been answered since ('' if none)."""
    if tracker.get_slot("last_topic") or tracker.get_slot("pending_topic"):
        return ""
    earlier = earlier_question(tracker)
    if len(earlier.split()) < 4 or not (asks_something(earlier) or is_contact_question(earlier)
                                        or needs_someone_then(earlier)):
        return ""
    return earlier


async def question_left_before(dispatcher: CollectingDispatcher, tracker: Tracker, authority: Authority,
                               domain: dict[str, Any]) -> list[EventType] | None:
    """"its saturday night and i need someone from leaving care" (not understood, or met by
    the urgent lines only) -> "northampton west northants": the question the message before
    asked, answered for the council now named, read with this message ("derby looked after
    me i just moved to kettering" after "does the local offer cover me"). Only when nothing
    has been answered yet, and only if the council the two read as together is this one.
    None if that question cannot be answered."""
    earlier = question_left(tracker)
    text = tracker.latest_message.get("text") or ""
    if not earlier:
        return None
    together = copy.copy(tracker)
    together.slots = {**tracker.slots, "authority": authority.key}
    together.latest_message = {**tracker.latest_message, "text": f"{earlier}. {text}", "entities": []}
    named = await from_latest_message(together)
    if named.candidates and named.single != authority:
        return None
    scratch = CollectingDispatcher()
    if is_contact_question(earlier) or needs_someone_then(earlier):
        # "i need someone from leaving care", "kicked me out ... dont know where to go" at
        # "2am": who to ring at the time the message told.
        await utter_contacts(scratch, authority.key, authority.name, f"{earlier}. {text}")
        answered: list[EventType] | None = [SlotSet("last_topic", CONTACT)]
    else:
        answered = await respond(scratch, together, domain, strict=True)
    if answered is None or not scratch.messages:
        return None
    dispatcher.messages.extend(scratch.messages)
    return [e for e in answered if not (e.get("event") == "slot" and e.get("name") == "authority")]


async def has_amount(topic: str) -> bool:
    """Whether any council's entry for the fact gives a sum of money."""
    return any(offer is not None and offer.amount_pence is not None
               for _, offer in await query(offer_store().compare, topic))


async def same_sum_again(tracker: Tracker, last: str) -> bool:
    """The message asks "how much" and names no fact with a sum of its own, and the last
    answer was a sum: it asks that sum again (for the council it now names)."""
    text = tracker.latest_message.get("text") or ""
    if not MONEY_QUESTION.search(fold(text)) or not await has_amount(last):
        return False
    own = choose(tracker, strict=True).topic
    return own is None or (own != last and not await has_amount(own)
                           and vocabulary.category_of(own) != vocabulary.category_of(last))


async def service_asked_before(dispatcher: CollectingDispatcher, tracker: Tracker, authority: Authority,
                               domain: dict[str, Any]) -> bool:
    """"whats the phone number for right resolution" -> "im in northampton btw": the body the
    message before named, now that the council whose offer names it is known."""
    texts = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    if len(texts) < 2 or texts[-2].startswith("/"):
        return False
    service = await named_service(texts[-2], authority.key)
    if service is None and asks_for_a_language(texts[-2]):
        # "is there information about leaving care in pashto or arabic" -> "i am in
        # northampton": the service with material in that language, and what the council's
        # offer says about it, now that the council is known.
        service = await service_in_language(texts[-2], authority.key)
    if service is None:
        return False
    replies = service_reply(service, texts[-2]) + await what_the_offer_says_about(service, authority)
    replies = day_not_given(service, replies, texts[-2]) + replies
    # "is camhs live open now" -> "its saturday, im 17 in northampton": the time told now.
    replies += await open_line_when_closed(service, f"{texts[-2]}. {texts[-1]}")
    utter_answer(dispatcher, render(domain, replies))
    return True


async def answered_alike(tracker: Tracker, candidates: list[Authority]) -> bool:
    """"my mate is in prison ..., how much does the trust give him a week": the fact the
    question names in its own words has one entry that every council it could mean uses
    (the Trust's, for North and West), or the Trust is named and has one: no "which
    council?" is needed."""
    choice = choose(tracker, strict=True)
    if choice.topic is None or choice.alternatives:
        return False
    text = tracker.latest_message.get("text") or ""
    return bool(await shared_entry(choice.topic, candidates) or await trust_named(choice.topic, candidates, text))


async def body_answered_alike(tracker: Tracker, candidates: list[Authority]) -> list[Reply]:
    """The body the message before named (a service of the councils' shared parent, the
    Trust), and what each council's offer says about it, when they all say the same; []
    otherwise."""
    parents = {a.inherits for a in candidates}
    if len(candidates) < 2 or len(parents) != 1 or None in parents:
        return []
    earlier = earlier_question(tracker)
    service = await named_service(earlier, parents.pop()) if earlier else None
    if service is None or service.authority_key is None:
        return []
    said = await said_alike_by_each(service, candidates)
    return service_reply(service, earlier) + said if said else []


class ActionSetAuthority(Action):
    def name(self) -> str:
        return "action_set_authority"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        listed = await councils_listed(dispatcher, tracker)
        if listed is not None:
            return listed
        named = await from_latest_message(tracker, use_whole_text=True)
        if named.ambiguous:
            text = tracker.latest_message.get("text") or ""
            if asks_something(text) and (named.separate or compares(text) or await named_service(text, None)
                                         or await answered_alike(tracker, named.candidates)):
                # "me in kettering, my mate in northampton, same setting up money?", "prince's
                # trust programme in northants, how long is it": a question about each
                # council named, or about a body, not an answer to "which council?".
                answered = await respond(dispatcher, tracker, domain)
                if answered is not None:
                    return answered
            pending = tracker.get_slot("pending_topic")
            if pending and vocabulary.is_topic(pending) and not asks_something(text):
                # "is there a care leavers forum i can join" -> "which council?" ->
                # "northamptonshire, the trust": the waiting fact has one entry every council
                # the name covers uses, or the Trust is named and its entry holds for both.
                one = await shared_entry(pending, named.candidates) \
                    or await trust_named(pending, named.candidates, text)
                if one is not None:
                    await answer(dispatcher, one, pending, domain, earlier_question(tracker))
                    return [SlotSet("pending_topic", None), SlotSet("last_topic", pending)]
            if not pending and not asks_something(text):
                body = await body_answered_alike(tracker, named.candidates)
                if body:
                    # "whats right resolution and how many places do they have" (answered from
                    # the Trust's booklet) then "im with the northants trust" (set Q q-109): the
                    # body asked about, as every council the name covers says it, not "North or
                    # West?".
                    utter_answer(dispatcher, render(domain, body))
                    return []
            whose = await shared_team(named.candidates) if is_contact_question(text) else None
            pointed = await service_the_offer_names(tracker, whose) if whose is not None else []
            if pointed:
                # "im drinking way too much, who can i call in northamptonshire": the service
                # the offer both councils share names for it (STAR), whichever council it is.
                utter_answer(dispatcher, render(domain, pointed))
                return []
            return ask_which(dispatcher, named.candidates, tracker)
        authority = named.single
        text = tracker.latest_message.get("text") or ""
        if authority is None and not named.candidates and not named.uncovered_postcode and text \
                and not text.startswith("/") and not places.other_council(text) \
                and (await named_service(text, None) is not None
                     or (asks_something(text) and choose(tracker, strict=True).topic is not None)):
            # "princes trust thing, how long is it and what age do u have to be": read as a
            # council, but it names none (a body's name, "trust", is no council): a question,
            # answered as any other (the body, and what the offers that name it say).
            answered = await respond(dispatcher, tracker, domain)
            if answered is not None:
                return answered
        if authority is None:
            checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
            if checked_in is None and named.uncovered_postcode:
                dispatcher.utter_message(response="utter_authority_postcode_not_covered",
                                         district=named.uncovered_postcode.district,
                                         elsewhere=named.uncovered_postcode.elsewhere,
                                         buttons=council_buttons())
            elif checked_in is None:
                dispatcher.utter_message(response="utter_authority_not_covered")
            return checked_in or []
        events: list[EventType] = [SlotSet("authority", authority.key)]
        pending = tracker.get_slot("pending_topic")
        # An answer to "which council?" is a form answer: any distress in it ("northampton.
        # how many pills does it take") checks in before the waiting question is answered.
        # With no question waiting, a council named in a question ("i think im drinking way
        # too much, anyone in northampton i can talk to") is a question: as for any question
        # the bot understood, only a sharp signal holds its answer back; what follows checks
        # a broad one where it would not understand.
        checked_in = check_in_instead(dispatcher, tracker, ANSWER, sharp_only=not pending)
        if checked_in is not None:
            return events + checked_in
        text = tracker.latest_message.get("text") or ""
        if pending and (vocabulary.is_topic(pending) or pending == OVERVIEW) and asks_something(text):
            # "im in wellingborough. is there anywhere i can have a shower": the council and
            # a new question in its own words. That question is answered, not the one that
            # was waiting (which stays answerable: "what about ...", the buttons). So too
            # after "im 23" (the overview, waiting for a council): "from towcester. do i
            # still get a PA" asks about the PA, not for the list of everything.
            service = await named_service(text, authority.key)
            if service is not None:
                # "im 17 and struggling with my mental health" -> "which council?" -> "in
                # northampton when is camhs live open": the service the message names, and
                # its hours, not the wider fact that was waiting.
                replies = service_reply(service, text) + await what_the_offer_says_about(service, authority)
                replies = day_not_given(service, replies, text) + replies
                replies += await open_line_when_closed(service, text)
                utter_answer(dispatcher, render(domain, replies))
                return events + [SlotSet("pending_topic", None)]
            own = choose(tracker, strict=True).topic
            if vocabulary.is_topic(pending):
                # "is that right and would they be my guarantor too": both (round 39, r39-009).
                beside = await answer_beside_waiting(dispatcher, tracker, authority, pending, domain)
                if beside is not None:
                    return events + beside
            if own is not None and own != pending:
                events.append(SlotSet("pending_topic", None))
                pending = None
            elif own is None and asks_for_a_language(text):
                # "my mum only reads urdu" -> "which council?" -> "what languages does derby do
                # their care leaver booklet in" (set V, v-161): the council's note on other
                # languages (in its contacts), not the fact a word before brushed against.
                await utter_contacts(dispatcher, authority.key, authority.name, text)
                return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
            elif own is None and is_contact_question(text):
                # "its christmas day and ive got nowhere to stay tonight" -> "which council?"
                # -> "i was in care with northamptonshire, im in brackley. who do i phone":
                # the council and who to ring, at the time the earlier message told
                # ("tonight", "christmas day"), not the fact that was waiting.
                await utter_contacts(dispatcher, authority.key, authority.name,
                                     f"{earlier_question(tracker)}. {text}")
                return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
        if pending and vocabulary.is_topic(pending):
            # The question that was waiting for the council, so its sentence leads.
            await answer(dispatcher, authority, pending, domain, earlier_question(tracker))
            also = vocabulary.companion(pending, "", earlier_question(tracker))
            if also:
                # "no id, no passport nothing" -> "derby city": the NI number is ID too.
                await answer(dispatcher, authority, also, domain, earlier_question(tracker))
            since = len(dispatcher.messages)
            for other in others_waiting(tracker, pending, also):
                # "how much is the setting up grant and do i get help with council tax" ->
                # "which council?" -> "corby": every question of it, not only the first.
                await answer(dispatcher, authority, other, domain, earlier_question(tracker))
            drop_repeats(dispatcher, since)
            events.append(SlotSet("last_topic", pending))
            if needs_someone_then(earlier_question(tracker)):
                # "its 11pm on a saturday and my landlord has just kicked me out" -> "which
                # council?" -> "kettering": the fact that was waiting, then who to ring at
                # the time the message told (the duty social worker out of hours).
                await utter_contacts(dispatcher, authority.key, authority.name,
                                     f"{earlier_question(tracker)}. {text}")
        elif pending == OVERVIEW:
            await utter_overview(dispatcher, authority)
        elif pending == CONTACT and await service_asked_before(dispatcher, tracker, authority, domain):
            events.append(SlotSet("pending_topic", None))
        elif pending == CONTACT and (texted := await text_line_asked_before(dispatcher, tracker, domain)):
            # "is there a mental health text line? i cant talk on the phone" -> "towcester":
            # the line that takes texts, as when the council came with the question.
            events += [*texted, SlotSet("pending_topic", None)]
        elif pending == CONTACT:
            # "who do i talk to about joining the care leavers council" -> "which council?" ->
            # "north northants": as when the council came with it, the fact the question named
            # in its own words (whose entry names the contacts: Lorraine Flute and Marion
            # Winship), then who to ring (round 33, r33-029).
            told = await fact_asked_before(dispatcher, tracker, authority, domain)
            await utter_contacts(dispatcher, authority.key, authority.name, question_text(tracker))
            events += [SlotSet("last_topic", CONTACT), *told]
        elif pending == HANDOFF and await utter_duty_number(
                dispatcher, authority, "utter_handoff_council_known"):
            pass
        else:
            compared = await same_elsewhere(dispatcher, tracker)
            if compared is not None:
                # "is it the same in corby? my brother lives there": a comparison, and the
                # user's own council stays theirs.
                return compared
            compared = await each_place_again(dispatcher, tracker)
            if compared is not None:
                # "my mate in corby got way more setting up money" then "im in northampton
                # with the trust, how much do we each get": the last fact for both councils.
                return events + compared
            last = tracker.get_slot("last_topic")
            if last and (vocabulary.is_topic(last) or last == CONTACT) and reasks_for_another_council(text, last):
                # "actually my PA just said im north northants not west, does that change
                # anything?": the last question again, for the council now named.
                if last == CONTACT:
                    await utter_contacts(dispatcher, authority.key, authority.name, question_text(tracker))
                else:
                    await answer(dispatcher, authority, last, domain, earlier_question(tracker))
                return events + [SlotSet("last_topic", last)]
            if last and vocabulary.is_topic(last) and authority.key != tracker.get_slot("authority") \
                    and await same_sum_again(tracker, last):
                # "oh wait, i was looked after by derby city, i just moved to corby for
                # college. so how much do i get": the sum asked before, for the council
                # that counts; "college" only says why they moved.
                await answer(dispatcher, authority, last, domain)
                return events + [SlotSet("last_topic", last)]
            if last and (vocabulary.is_topic(last) or last == CONTACT) \
                    and authority.key != tracker.get_slot("authority") \
                    and CORRECTION.search(fold(text)) and not asks_something(text):
                # "oh wait sorry got confused, my flat is in northampton and i was in care
                # with west northants": a correction, not a question about flats. The last
                # answer again, for the council that counts.
                if last == CONTACT:
                    await utter_contacts(dispatcher, authority.key, authority.name, question_text(tracker))
                else:
                    await answer(dispatcher, authority, last, domain, earlier_question(tracker))
                return events + [SlotSet("last_topic", last)]
            # "who do i ring at 3am, im in corby": a council named with a question in it.
            answered = await respond(dispatcher, tracker, domain, strict=True)
            if answered is None and await service_asked_before(dispatcher, tracker, authority, domain):
                return events
            if answered is None and last == CONTACT and authority.key != tracker.get_slot("authority"):
                # "oh wait sorry i was in care with derby not northants, i just live in
                # kettering now" after the numbers: the numbers for the council that counts.
                await utter_contacts(dispatcher, authority.key, authority.name, question_text(tracker))
                return events + [SlotSet("last_topic", CONTACT)]
            if answered is None and last and vocabulary.is_topic(last) \
                    and authority.key != tracker.get_slot("authority"):
                # "oh wait, i was in care with west northants": the last answer again,
                # for the council that counts; asked as it was ("how much will the trust put
                # towards a gym membership" -> "northampton, 20": still "doesn't say how much").
                await answer(dispatcher, authority, last, domain, earlier_question(tracker))
                return events
            if answered is None and not asks_something(text):
                answered = await question_left_before(dispatcher, tracker, authority, domain)
            if answered is None and asks_something(tracker.latest_message.get("text") or ""):
                # "im in towcester, how much do west northants give u to set up": a real
                # question beside the council, in words no keyword has; the intent and
                # the ranking decide, as for any other question.
                answered = await respond(dispatcher, tracker, domain)
            if answered is None:
                # More than a council's name, and nothing in it we could answer: check in on
                # any distress (safety.md rule 8), or say so, rather than a bare "thanks".
                checked_in = check_in_instead(dispatcher, tracker, "")
                if checked_in is not None:
                    return events + checked_in
                unclear = asks_something(text) or bool(_WANTS.search(text.lower()))
                dispatcher.utter_message(response="utter_authority_set_rest_unclear" if unclear
                                         else "utter_authority_set", authority_name=authority.name)
                asked = not unclear and asks_beside_council(text)
                options = likeliest(choose(tracker).ranked) if asked else ()
                if len(options) >= 2:
                    # "do care leavers get a say in writing the north northants local
                    # offer": a question beside the council that no fact's own words name.
                    # Not a bare "thanks" (read as an answer that says nothing) and not a
                    # guess: the likeliest facts as buttons (branch answers-35,
                    # docs/answer-rounds/README.md).
                    clarify(dispatcher, Choice(options[0], options))
                    return events + [SlotSet("pending_topic", None)]
                if asked:
                    # "do derby leaving care do trips and stuff": nothing fits well enough
                    # to offer; say what the bot can answer.
                    dispatcher.utter_message(response="utter_default")
                    return events + [SlotSet("pending_topic", None)]
                if not unclear and question_left(tracker):
                    # The question before, which waited for the council, still matches no
                    # fact: say so, and offer what the bot can answer, not a bare "thanks".
                    dispatcher.utter_message(response="utter_default")
            return events + (answered or [])
        return events + [SlotSet("pending_topic", None)]


# "dunno maybe kettering", "not sure, i live in corby now": a guess, or where they live now,
# said with not knowing, names no council for certain.
_UNSURE = re.compile(r"\b(?:dunno|dno|idk|not sure|unsure|no idea|dont know|do not know|didnt know|maybe|might be|"
                     r"think|guess|probably|not certain|no clue|forgot|forget|cant remember)\b")


class ActionNotSureWhichCouncil(Action):
    """"I'm not sure" to "which council?": nothing is guessed. But a message the classifier
    read as not knowing that names a council or a postcode district ("DE23" after "whats the
    number for leaving care") answers the question: as any council given."""

    def name(self) -> str:
        return "action_not_sure_which_council"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if text and not text.startswith("/") and not _UNSURE.search(fold(text)) \
                and (await from_latest_message(tracker)).candidates:
            return await ActionSetAuthority().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_authority_unsure")
        return []

