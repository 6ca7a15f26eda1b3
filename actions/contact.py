"""Contact details for the user's authority: who to ring at the time asked, hours, address.

"Who do I ring at 3am?" asked at 2pm is about 3am: the time in the question (see
actions/asked_time.py) chooses the office or the out-of-hours line, whatever the clock says.
"""
from __future__ import annotations

import re
from datetime import datetime

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.asked_time import CLOSED_PHRASE, AskedTime, asked_time
from actions.compose import Reply, render, utter_answer
from actions.formatting import bullet_list, service_reply, team_and_number, topic_title
from actions.store import LONDON, contacts_now, offer_store, query
from offers.textnorm import fold
from offers.types import Authority, Contacts, Phone

CONTACT = "contact"   # pending_topic value: give contacts once we know the authority
_TEXTPHONE_WORDS = ("minicom", "textphone", "text phone", "deaf", "hard of hearing", "typetalk")
# "im deaf" then "how can i contact the leaving care team if i cant use a normal phone" (set U,
# u-115): a phone they cannot hear on, said in this message or told earlier, is the minicom's.
# Not "i cant talk on the phone" (often not wanting to talk: a line to text, elsewhere).
TEXTPHONE_NEED = re.compile(r"\b(?:" + "|".join(_TEXTPHONE_WORDS) + r"|(?:cant|cannot|can not|unable to|dont) "
                            r"(?:use|hear on|hear people on) (?:a |the |my )?(?:normal |regular |ordinary |voice )?"
                            r"(?:phone|telephone|phones)|(?:cant|cannot|can not) hear)\b")


def question_text(tracker: Tracker) -> str:
    """The contact question's own words: this message, or the one that was waiting for a
    council ("who do i ring at 3am" -> "which council?" -> "derby")."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent == "ask_contact":
                return _with_need_told(tracker, event.get("text") or "")
    return _with_need_told(tracker, tracker.latest_message.get("text") or "")


def _with_need_told(tracker: Tracker, question: str) -> str:
    """The question, and a need for a textphone the user told in an earlier message ("im a
    derby care leaver and im deaf"), in that message's own words."""
    if TEXTPHONE_NEED.search(fold(question)):
        return question
    for event in tracker.events:
        told = TEXTPHONE_NEED.search(fold(str(event.get("text") or ""))) if event.get("event") == "user" else None
        if told:
            return f"{question} ({told.group(0)})"
    return question


# "feeling awful", "im on my own and lonely": how they feel, in words no fact owns.
FEELS_LOW = re.compile(r"\b(?:feel|feels|feeling|felt|im|i am) (?:so |really |rly |proper |very |pretty |well |dead |"
                       r"just |a bit |kinda |quite )?(?:awful|terrible|rubbish|crap|shit|shite|low|down|lonely|horrible|"
                       r"sad|empty|isolated|miserable|alone|all alone|like crap|like shit|like rubbish)\b|"
                       r"\b(?:cant stop crying|crying|in tears|not coping|cant cope|its getting to me|getting on top of me|"
                       r"falling apart)\b|"
                       r"\b(?:im|i am|on) (?:on )?my own (?:and|feeling|today|tonight|all day|for christmas|at christmas)\b")
MENTAL_HEALTH = "mental_health_support"
# "whats the actual address for russell house, need it for my sat nav", "postcode for the
# office": where the team is, asked for; the address then leads the contacts (round 33,
# r33-067). Not when a line is asked too ("the address and phone number").
_ADDRESS_ASKED = re.compile(r"\b(?:ad+res+|postcode|post code|sat ?nav|directions)\b")
_LINE_ASKED = re.compile(r"\b(?:ring|call|phone|number|numbers|text|email|open|opening|shut|closed)\b")
# "can i email them", "whats their email address": each council's email, where it has one.
_EMAIL_ASKED = re.compile(r"\b(?:email|emails|e mail|emailing)\b(?! (?:copy|version))")
# A note the question is about leads the contacts: "what languages does derby do their
# booklet in" (the note on other languages), "can i just call in to derby leaving care
# without an appointment" (the note on calling in or on visits by appointment).
_NOTES_ASKED = (
    (re.compile(r"\b(?:languages?|translat\w*|urdu|polish|punjabi|slovak\w*)\b"), re.compile(r"\blanguages?\b")),
    (re.compile(r"\b(?:(?:call|pop|drop|walk|come|go) in(?:to| to)?(?! (?:the )?(?:morning|evening|afternoon|night|"
                r"day|week|an emergency|person))|turn up|(?:visit|visiting) (?:the |their )?(?:office|hub|team|"
                r"leaving care|russell house|them)|(?:without|need|make|book|get) an? appointment)\b"),
     re.compile(r"\b(?:call in|appointment|visits?)\b")),
)


def notes_asked(notes: tuple[str, ...] | list[str], question: str) -> list[str]:
    """The council's notes the question is about, in their own order."""
    folded = fold(question)
    return [note for note in notes if any(q.search(folded) and n.search(note.lower()) for q, n in _NOTES_ASKED)]


async def utter_contacts(dispatcher: CollectingDispatcher, key: str, name: str,
                         question: str = "") -> None:
    """Who to ring at the time asked (or now), hours, address and email: one message."""
    now = datetime.now(LONDON)
    asked = asked_time(question, now)
    contacts = await query(offer_store().contacts, key, asked.at if asked else now)
    utter_answer(dispatcher, render({}, contact_replies(contacts, name, question, asked)
                                    + await open_line_when_low(contacts, question, asked)))


async def open_line_when_low(contacts: Contacts, question: str, asked: AskedTime | None) -> list[Reply]:
    """"its christmas day n im on my own feeling really low" then "is there anyone i can talk
    to today": the council's line answers emergencies while its office is shut, so someone
    who says they feel low also gets the national line that is open all the time, to talk
    (Samaritans), after the council's. Empty when they say nothing of how they feel, or the
    office is open then (round 32, r32-076)."""
    if contacts.office_open is not False or not FEELS_LOW.search(fold(question)):
        return []
    line = next((sv for sv in await query(offer_store().services, MENTAL_HEALTH, None)
                 if sv.authority_key is None and sv.phones and sv.always_open), None)
    if line is None:
        return []
    when = asked.phrase if asked and asked.phrase else "now"
    return [("utter_contact_note", {"note": f"The office is closed {when}. If you want to talk to someone, "
                                            f"{line.name} is open all the time:"}),
            *service_reply(line)]


# "i just need to talk to someone", "someone to talk to": a person to talk to, wanted for its
# own sake, not a council service.
NEEDS_TO_TALK = re.compile(r"\b(?:need|needs|want|wanna|just want|got) (?:to )?(?:talk|speak|chat) to "
                           r"(?:someone|somebody|anyone|anybody)\b|"
                           r"\b(?:someone|somebody|anyone|anybody) (?:i can |to )?(?:talk|speak|chat) to\b")


async def open_line_to_talk(question: str, closed: bool) -> list[Reply]:
    """"its 4am and i just need to talk to someone any number thats open right now": each
    council's line answers while the offices are shut, and whichever council looked after
    them, the national line that is open all the time to talk (Samaritans) answers too, so
    after the councils' lines it is said at once (set U, u-173). Empty when no office is shut
    then, or they do not say they need someone to talk to or feel low."""
    folded = fold(question)
    if not closed or not (NEEDS_TO_TALK.search(folded) or FEELS_LOW.search(folded)):
        return []
    line = next((sv for sv in await query(offer_store().services, MENTAL_HEALTH, None)
                 if sv.authority_key is None and sv.phones and sv.always_open), None)
    if line is None:
        return []
    return [("utter_contact_note", {"note": f"Whichever council it is, if you want to talk to someone, "
                                            f"{line.name} is open all the time:"}),
            *service_reply(line)]


def contact_replies(contacts: Contacts, name: str, question: str,
                    asked: AskedTime | None) -> list[Reply]:
    # The note the question is about leads, the lines after it; the others keep their place.
    asked_notes = notes_asked(contacts.notes, question)
    replies: list[Reply] = [("utter_contact_note", {"note": note}) for note in asked_notes]
    if TEXTPHONE_NEED.search(fold(question)):
        replies += [("utter_contact_minicom", {"authority_name": name, "number": p.number})
                    for p in contacts.phones if p.role == "minicom"]
    asked_person = [p for p in contacts.phones if p.role == "person" and p.label
                    and (_names_the_role(p.label, question) or names_the_person(p.label, question))]
    # "who do i contact about the local offer": the person the council names for that
    # (Rachel Shaw, "the council's contact for the Local Offer") first, then the team.
    replies += [("utter_contact_note", {"note": f"{p.label}: {p.number}."}) for p in asked_person]
    duty = team_and_number(contacts)
    if duty:
        line = {"authority_name": name, "team": duty[0], "number": duty[1]}
        # "At the weekend, call ..." only where the source says when the line answers: a
        # council that publishes no hours and no night line (Derby) gets its number plainly,
        # and the line after it says nothing is published for nights and weekends.
        known_when = contacts.office_open is not None or bool(contacts.out_of_hours_number)
        replies.append(("utter_contact_phone_at", {**line, "when": _capital(asked.phrase)})
                       if asked and known_when else ("utter_contact_phone", line))
    # The number asked for first; then that the PA is the first port of call.
    replies.append(("utter_contact_pa_first", {}))
    if contacts.hours_text:
        replies.append(("utter_contact_hours", {"hours": "; ".join(contacts.hours_text),
                                                "status": open_status(contacts, asked)}))
    if contacts.office_open and contacts.out_of_hours_number:
        # The line above is the office's; say where to turn after it closes.
        replies.append(("utter_contact_out_of_hours", {
            "team": topic_title(contacts.out_of_hours_label or "out-of-hours team"),
            "number": contacts.out_of_hours_number}))
    office = office_phone(contacts)
    if (contacts.office_open is False and contacts.out_of_hours_number and office is not None
            and asked is None and not contacts.bank_holiday):
        # The line above is for tonight; "number for leaving care" at 11pm also wants the
        # team's own number for the morning. A question about a time ("at 3am") or a bank
        # holiday keeps to the line for then.
        replies.append(("utter_contact_office_hours_number", {
            "team": topic_title(office.label) if office.label else "leaving care team",
            "number": office.number}))
    if contacts.office_open is None and not contacts.out_of_hours_number:
        # Derby publishes neither: say so, rather than leave the office line to stand for nights.
        replies.append(("utter_contact_no_out_of_hours", {"authority_name": name}))
    replies += [("utter_contact_note", {"note": note}) for note in contacts.notes if note not in asked_notes]
    # A named person's line ("Rachel Shaw, the council's contact for the Local Offer").
    replies += [("utter_contact_note", {"note": f"{p.label}: {p.number}."})
                for p in contacts.phones if p.role == "person" and p.label and p not in asked_person]
    where: list[Reply] = []
    if contacts.address:
        where.append(("utter_contact_address", {"address": contacts.address}))
    if contacts.postal_address and contacts.postal_address != contacts.address:
        where.append(("utter_contact_postal_address", {"address": contacts.postal_address}))
    if where and _ADDRESS_ASKED.search(fold(question)) and not _LINE_ASKED.search(fold(question)):
        replies = where + replies   # the address asked for leads, the lines after it
    else:
        replies += where
    if contacts.email:
        replies.append(("utter_contact_email", {"email": contacts.email}))
    return replies


# A part of an office address that names a street or building ("Curzon Street").
_STREET = re.compile(r"\b(?:street|road|lane|avenue|way|close|square|place)$")
# "Russell House": an office named by its building (the address's first part), not "The
# Council House" ("can i get a council house" names no office).
_BUILDING = re.compile(r"\b(?:house|centre|center|building|hall|court)$")


async def office_named(text: str) -> Authority | None:
    """The council whose office the message names by its street ("the leaving care office
    on curzon street": Derby's, at Connexions, Curzon Street), if exactly one council's
    published address has it."""
    haystack = f" {fold(text)} "
    store = offer_store()
    found = []
    for authority in await query(store.authorities):
        contacts = await query(store.contacts, authority.key)
        parts = [fold(part) for part in (contacts.address or "").split(",")]
        if any((_STREET.search(part) or (at == 0 and _BUILDING.search(part) and "council" not in part))
               and len(part.split()) >= 2 and f" {part} " in haystack for at, part in enumerate(parts)):
            found.append(authority)
    if len(found) > 1:
        # "is russell house still open": the Trust's, which North and West both use.
        return await shared_team(found)
    return found[0] if len(found) == 1 else None


# Words of a person's label that say nothing about what they are the contact for.
_ROLE_STOP = frozenset({"the", "a", "an", "for", "of", "and", "council", "councils", "contact", "s", "her", "his",
                        "their", "best", "person", "north", "west", "northamptonshire", "derby", "city"})
# A label and a question sharing this many of those words name the same role.
MIN_ROLE_WORDS = 2


# "whats rachel shaws mobile number", "has rachel shaw got an email": a person the council
# names, asked for by name (set P, p-040; set L, l-043).
PERSON_CONTACT_WORDS = re.compile(r"\b(?:numbers?|no|mobile|phone|phone number|email|e mail|contact|contact details|"
                                  r"ring|call|text|get hold of|landline)\b")


def person_name(label: str) -> str:
    """'Rachel Shaw, the council's contact for the Local Offer' -> 'rachel shaw'."""
    return fold(label.split(",")[0]).strip()


def names_the_person(label: str, question: str) -> bool:
    """The question names the person the line is for, by at least two words of their name."""
    name = person_name(label)
    return len(name.split()) >= 2 and bool(re.search(rf"\b{re.escape(name)}(?:s|'s)?\b", fold(question)))


async def person_asked_for(question: str) -> Authority | None:
    """The council whose named person the question asks to reach, if it names one."""
    if not PERSON_CONTACT_WORDS.search(fold(question)):
        return None
    for authority in await query(offer_store().authorities):
        contacts = await contacts_now(authority.key)
        if any(p.role == "person" and p.label and names_the_person(p.label, question) for p in contacts.phones):
            return authority
    return None


def _names_the_role(label: str, question: str) -> bool:
    """The question asks for what the person is the contact for ("the local offer")."""
    role = set(fold(label).split()) - _ROLE_STOP
    return len(role & set(fold(question).split())) >= MIN_ROLE_WORDS


def office_phone(contacts: Contacts) -> Phone | None:
    """The team's daytime number, when it publishes one apart from the night line."""
    return next((p for p in contacts.phones
                 if p.role == "office" and p.number != contacts.out_of_hours_number), None)


def open_status(contacts: Contacts, asked: AskedTime | None = None) -> str:
    """' It is open now.', ' It is closed today for Christmas Day.', ' At 3am it is
    closed.', or '' (hours unknown)."""
    if contacts.office_open is None:
        return ""
    if asked is not None and asked.phrase == CLOSED_PHRASE:
        return ""   # "when the office is closed ... it is closed" says nothing
    if asked is not None:
        state = "open" if contacts.office_open else "closed"
        holiday = (f" ({contacts.bank_holiday})" if contacts.bank_holiday and not contacts.office_open
                   and contacts.bank_holiday.lower() not in asked.phrase.lower() else "")
        return f" {_capital(asked.phrase)}{holiday} it is {state}."
    if contacts.office_open:
        return " It is open now."
    if contacts.bank_holiday:
        return f" It is closed today for {contacts.bank_holiday}."
    return " It is closed now."


def _capital(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


async def shared_team(candidates: list[Authority]) -> Authority | None:
    """The one service that answers for every council the message could mean, if there is
    one: North and West Northamptonshire both inherit the Trust's Leaving Care Service
    (Russell House), so "when does russell house shut" needs no "which council?"."""
    parents = {a.inherits for a in candidates}
    if len(candidates) < 2 or len(parents) != 1 or None in parents:
        return None
    store = offer_store()
    now = datetime.now(LONDON)
    lines = {team_and_number(await query(store.contacts, a.key, now)) for a in candidates}
    if len(lines) != 1:
        return None
    return await query(store.authority, parents.pop())


# "where are the offices", "whats the address": where, not only who to ring.
_WHERE = re.compile(r"\b(?:where|wheres|address|addresses|offices?|building)\b")


async def utter_each_side(dispatcher: CollectingDispatcher, text: str, candidates: list[Authority]) -> bool:
    """"where are the leaving care offices for northants and for derby": a name covering
    North and West (one shared team, the Trust's) and another council, each a side. Each
    side's contacts (addresses too when asked where), or its number; False when the
    councils named aren't sides like that."""
    covered = [a for a in candidates if a.inherits]
    others = [a for a in candidates if not a.inherits]
    shared = await shared_team(covered) if len(covered) >= 2 and others else None
    if shared is None:
        return False
    sides = [shared, *others]
    if _WHERE.search(fold(text)):
        for side in sides:
            await utter_contacts(dispatcher, side.key, side.name, text)
    else:
        await contact_spread(dispatcher, text, sides)
    return True


async def contact_spread(dispatcher: CollectingDispatcher, text: str,
                         candidates: list) -> None:
    """Who to ring at the time asked, for each council (or each it could be)."""
    now = datetime.now(LONDON)
    asked = asked_time(text, now)
    at = asked.at if asked else now
    store = offer_store()
    authorities = candidates or await query(store.authorities)
    lines = []
    for authority in authorities:
        contacts = await query(store.contacts, authority.key, at)
        duty = team_and_number(contacts)
        if duty and asked is not None and asked.phrase == CLOSED_PHRASE and not contacts.out_of_hours_number:
            # "whats the out of hours number ... in northants and in derby" (round 35, r35-160):
            # Derby publishes no number for when it is closed, so its office line is not that
            # number; say so, and whose line it is, as local_line does (actions/formatting.py).
            lines.append(f"{authority.short_name}: does not publish a number for when it is closed "
                         f"(its {duty[0]}, {duty[1]}, is its office line)")
            continue
        if duty:
            line = f"{authority.short_name}: {duty[0]}, {duty[1]}"
            office = office_phone(contacts)
            if contacts.office_open is False and asked is None and office is not None:
                # Closed now: the night line, and the team's own number for office hours.
                team = topic_title(office.label) if office.label else "leaving care team"
                line += f" (in office hours, the {team}: {office.number})"
            if _EMAIL_ASKED.search(fold(text)):
                # "can i email the leaving care team instead of ringing" (set V, v-092): each
                # council's email where it publishes one, and that it publishes none elsewhere.
                line += f"; email: {contacts.email}" if contacts.email else "; it publishes no email address"
            lines.append(line)
    if lines:
        when = f" {asked.phrase}" if asked else ""
        dispatcher.utter_message(response="utter_contact_spread", when=when,
                                 items=bullet_list(lines))
        closed = False
        for authority in authorities:
            closed = closed or (await query(store.contacts, authority.key, at)).office_open is False
        to_talk = await open_line_to_talk(text, closed)
        if to_talk:
            utter_answer(dispatcher, render({}, to_talk))
