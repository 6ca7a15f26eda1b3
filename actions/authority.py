"""Work out which authority the user means from the latest message."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasa_sdk import Tracker

from actions.store import authority as cached_authority
from actions.store import offer_store, query
from offers import places
from offers.authority_resolution import shared_name_mentions
from offers.textnorm import fold
from offers.types import Authority


# The words after "in care with", "looked after by" name the council that counts.
# "in care to west northants", "in the care of derby", "placed by corby" too.
_CARE_PHRASE = re.compile(r"\b(?:in care (?:with|in|at|by|from|to|under|of)|in the care of|looked after (?:by|in)|"
                          # "wait no sorry my council is north northants, i live in wellingborough"
                          r"my council (?:is|was|s)(?: actually)?|"
                          # "sorry no i mean north northants, derby is just where i live now" (set
                          # Q q-041), "nah im with derby actually, i live in kettering": the council
                          # the correction names, not the place they live.
                          # Not "sorry i mean i was in care with west northants": the care phrase
                          # after it names the council (branch 29, b29-002).
                          r"(?:i mean|i meant|i m with|im with|i am with)(?: actually| really)?"
                          r"(?!\s+(?:i|im|i m|ive|i was|it|its|that|like|the one|my|me)\b)|"
                          r"placed by|care leaver (?:from|with|in|of))\s+((?:\w+\s*){1,3})", re.IGNORECASE)
# "i was in derby care", "a derby care leaver": the council's name before "care".
_CARE_BEFORE = re.compile(r"\b(?:was in|was with|(?:im|i'm|i am)(?: actually| really)? a|a) ((?:\w+\s+){1,2}?)care\b",
                          re.IGNORECASE)

# "i wasnt in care with north northants, i was looked after by derby": a care phrase
# said not to hold names the council that did not look after them.
_DENIED = re.compile(r"\b(?:wasnt|wasn't|was not|werent|weren't|were not|not|never|didnt|didn't)\s+$", re.IGNORECASE)


# "my boyfriend is a care leaver from derby and im one from corby": a care phrase about
# someone else names their council, not the user's.
_SOMEONE_ELSE = re.compile(r"\b(?:my|his|her|their|our) (?:boyfriend|girlfriend|partner|bf|gf|mate|friend|brother|"
                           r"sister|cousin|husband|wife|fiance|fiancee)(?:'s| is| was|s)?(?: a| an| also| too)*\s*$",
                           re.IGNORECASE)


def _affirmed(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a care phrase that is not denied, nor about someone else."""
    for found in pattern.finditer(text):
        if not _DENIED.search(text[max(0, found.start() - 12):found.start()]) \
                and not _SOMEONE_ELSE.search(text[max(0, found.start() - 40):found.start()]):
            return found
    return None


# "it was north northants that looked after me", "derby looked after me": the council's
# name just before the phrase.
_CARE_AFTER = re.compile(r"\b(?:(?:that|who|which)\s+)?(?:looked after me|had me in care|"
                         r"was my council|were my council)\b", re.IGNORECASE)


# "do derby pas have to visit more often than northamptonshire ones" (round 40, r40-158): the
# measure, then the other side at once ("more often than not" is no side). Shared with
# answering.NAMED_COMPARISON.
MEASURE_THAN_OTHER = (r"(?:earlier|later|sooner|quicker|faster|more often|less often) than "
                      r"(?!not\b|usual\b|normal\b|before\b)[a-z]+")

# Words that set councils side by side ("derby compared to northants", "derby vs northants").
# "who has to visit more, a PA in derby or a PA in northants", "which council gives you a PA
# earliest, northants or derby": who or which, a measure, then the councils as choices. Shared
# by _COMPARING here and answering.NAMED_COMPARISON.
# "which council has a number you can ring out of hours, derby or northants": which of the
# councils listed as choices at the end; the last choice may be a name of a few words ("derby
# or the northamptonshire trust"). Shared by _COMPARING here and answering.NAMED_COMPARISON.
WHICH_OF_CHOICES = r"which (?:council|councils|one|area) [a-z ]{3,60}? [a-z]+ or (?:the )?[a-z]+(?: [a-z]+){0,2}$"
MEASURE_THEN_CHOICES = (# "whats the better driving deal, the northants trust or derby": the better of the
                        # choices at the end. "whats better for driving lessons, the northants trust or
                        # derby" (p-207) without "the" is the same question.
                        r"(?:whats|what s|what is|wats) (?:the )?(?:better|best|bigger|biggest) [a-z ]{0,40}?,? "
                        r"[a-z ]{0,40}? or [a-z]+|"
                        # "whose pas have to visit more often, derby ones or the trust ones".
                        r"(?:who|whos|who s|whose|which|where) [a-z ]{0,40}?(?:more|most|less|least|earlier|earliest|sooner|"
                        r"soonest|longer|longest|better|best|quicker|quickest|higher|highest|bigger|biggest)\b,? "
                        # "who has the biggest emergency fund for care leavers, northamptonshire
                        # childrens trust or derby": a longer thing measured, then the choices (r38-160).
                        r"[a-z ]{0,80}? or [a-z]+|"
                        # "would i be better off for council tax as a derby care leaver or a north
                        # northants one": which of the choices at the end leaves them better off.
                        r"(?:better|worse) off\b,? [a-z ]{0,70}? or [a-z]+|"
                        # "does the trust or derby have to visit care leavers more often": the
                        # choices, then the measure. "does a derby pa or a northants pa have to visit
                        # you more often": each choice may be a council and the one it is about (u-192).
                        r"(?:does|do|did|is|are|will|would) (?:the |a |an )?[a-z]+(?: [a-z]+)? or (?:the |a |an )?[a-z]+ "
                        r"[a-z ]{0,40}?"
                        r"(?:more often|less often|more|most|less|longer|sooner|earlier|better|worse)")
_COMPARING = re.compile(r"\b(?:compare|compared|comparing|comparison|vs|versus|difference|differences|"
                        r"better than|more than|less than|"
                        + MEASURE_THAN_OTHER + r"|"
                        # "a bigger uni bursary than northamptonshire ones": each is a side.
                        r"(?:bigger|smaller|higher|lower|better|worse) [a-z ]{3,40}? than [a-z]+|"
                        # "a PA earlier in derby or in northamptonshire": a measure, then the choices.
                        # "which is better for learning to drive, being a derby care leaver or a west
                        # northants one": each is a side, not the council that looked after them.
                        r"which (?:is|one is|ones|would be|council is|area is) (?:better|best|worse)|"
                        r"(?:(?:earlier|later|sooner|longer|quicker|faster|more often|less often),?|"
                        r"(?:more|less|better|worse|bigger|higher|lower) (?:in|at|from|with)) [a-z ]{3,40}? or [a-z]+|"
                        # "is the uni bursary bigger if you were in care in derby or in northampton"
                        r"(?:more|less|better|worse|bigger|higher|lower|longer) if (?:you|u|i|we) "
                        r"(?:were|was|are|am|live|lived|been) [a-z ]{3,50}? or [a-z]+|"
                        + MEASURE_THEN_CHOICES + r"|"
                        # "the offices for northants and for derby": two places listed.
                        r"and (?:for|in|at) [a-z]+|(?:for|in) (?:both|each)|each of|"
                        + WHICH_OF_CHOICES + r")\b")


# "any ideas through the trust": the Children's Trust, which serves North and West
# Northamptonshire, named by its last word alone (the entity ruler knows only its full
# names). Not the Prince's Trust ("the princes trust": a word between), nor a trust fund.
# So too "the northants trust" and "im a trust care leaver" (set M m-210, m-088).
# "im 17 in the trusts care" (set U, u-110): the Trust's, as the possessive folds.
TRUSTS_OWN = r"trusts (?=(?:care|kids?|young|pas?|support|offer|local offer|leaving care|booklet)\b)"
_THE_TRUST = re.compile(r"\bthe (?:northants |northamptonshire |north hants |childrens |children s )?(?:trust\b|"
                        + TRUSTS_OWN + r")(?! fund| funds)|"
                        r"\btrust (?:care leavers?|careleavers?|kids?|young (?:person|people))\b")
TRUST_NAME = "Children's Trust"


def trust_mentions(masked: str) -> list[str]:
    return [TRUST_NAME] if _THE_TRUST.search(fold(masked)) else []


async def _named_before_care(masked: str) -> list[Authority]:
    """The one council named in the (up to three) words before "looked after me"."""
    found = _CARE_AFTER.search(masked)
    if found is None:
        return []
    before = re.findall(r"\w+", masked[:found.start()])[-3:]
    for size in range(len(before), 0, -1):
        named = await query(offer_store().resolve_authority, " ".join(before[-size:]))
        if len(named) == 1:
            return named
        if named:
            # "it was northamptonshire childrens trust that looked after me, i was in
            # daventry": a name covering two councils, and the place they were in care.
            return await _narrowed_by_where_they_were(named, masked)
    return []


# "i was in daventry", "i was placed in corby": where the user was while in care.
_WHERE_THEY_WERE = re.compile(r"\b(?:i was|i was placed|was placed|placed|i lived|i grew up) (?:in|at)\s+"
                              r"((?:\w+\s*){1,2})", re.IGNORECASE)


async def _narrowed_by_where_they_were(named: list[Authority], masked: str) -> list[Authority]:
    """Of the councils a care phrase's name covers, the one the place they were in is in;
    none when that place is in none of them, or none is said (then nothing is guessed)."""
    keys = {a.key for a in named}
    for found in _WHERE_THEY_WERE.finditer(masked):
        for size in (2, 1):
            place = " ".join(found.group(1).split()[:size])
            here = [a for a in await query(offer_store().resolve_authority, place) if a.key in keys]
            if len(here) == 1:
                return here
    return []


@dataclass(frozen=True)
class Resolution:
    """What the latest message says about the authority."""
    candidates: list[Authority]
    uncovered_postcode: places.Postcode | None = None
    # Two or more councils each named on its own ("me in kettering, my mate in
    # northampton"), not one name that covers several ("Northants"): a comparison.
    separate: bool = False

    @property
    def single(self) -> Authority | None:
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


# "i live in wellingborough not northampton", "derby not northants", "not in corby": a
# place the message says is not the one (a correction), just before its name.
_NOT_THIS_ONE = re.compile(r"\b(?:not|isnt|wasnt|never)(?: (?:in|from|with|at|by|the))?\s*$", re.IGNORECASE)


# "training course in northampton, i live in oundle": where the course, job or college is,
# not the council (when the message names another place too).
_ACTIVITY_HERE = re.compile(r"\b(?:(?:training |college |uni |university )?course|college|uni|university|job|work|"
                            r"working|training|placement|studying|apprenticeship|school|sixth form) (?:in|at|near)\s*$",
                            re.IGNORECASE)


# "do derby pay for driving lessons? my m8 in northampton got a whole package": where
# someone else lives is not the user's council, unless the message sets the two side by
# side ("me in kettering, my mate in northampton, same money?").
_SOMEONE_ELSES_PLACE = re.compile(r"\b(?:my|his|her|their|our) (?:mate|m8|friend|brother|bro|sister|sis|cousin|"
                                  r"boyfriend|girlfriend|partner|bf|gf|mum|dad)(?:'s)?(?: who)?(?: lives| is| was|s)?"
                                  r" (?:in|at|from|over in)\s*$", re.IGNORECASE)
_SIDE_BY_SIDE = re.compile(r"\b(?:same|more|less|most|better|worse|differen\w*|compar\w*|vs|versus|each|both|"
                           r"either|us|we|too|as well|me (?:in|at|from))\b")


def _mentions(tracker: Tracker, masked: str) -> list[str]:
    """Entity values, except those inside a place that is not a council
    ("University of Northampton"), and those the message says are not the one ("in
    wellingborough not northampton") or only where a course or job is ("a course in
    northampton, i live in oundle") when another place is named."""
    found: list[tuple[str, bool]] = []
    for entity in tracker.latest_message.get("entities", []):
        if entity.get("entity") != "authority" or not entity.get("value"):
            continue
        start, end = entity.get("start"), entity.get("end")
        if isinstance(start, int) and isinstance(end, int) and not masked[start:end].strip():
            continue
        denied = isinstance(start, int) and bool(
            _NOT_THIS_ONE.search(masked[max(0, start - 16):start])
            or (_ACTIVITY_HERE.search(masked[max(0, start - 30):start]) and not _COMPARING.search(fold(masked)))
            or (_SOMEONE_ELSES_PLACE.search(masked[max(0, start - 30):start])
                and not _SIDE_BY_SIDE.search(fold(masked))))
        found.append((str(entity["value"]), denied))
    kept = [value for value, denied in found if not denied]
    return kept if kept else [value for value, _ in found]


# "oh ok and what about north, is that one big": a follow-up that names half of the two
# councils sharing Northamptonshire's name, by its half alone ("north", "the west one").
_HALF_NAMED = re.compile(r"^(?:(?:oh|ok|okay|and|so|but|right) )*(?:what|wat|wot|how) about (?:the |in |for )?"
                         r"(north|west)(?: one| side| council)?$")


def half_named(text: str) -> list[str]:
    """The council a clause of "what about north" names (as "north northants"), if any."""
    for clause in re.split(r"[?.!,;\n]+", text.lower()):
        found = _HALF_NAMED.match(fold(clause).strip())
        if found:
            return [f"{found.group(1)} northants"]
    return []


# "northamptonshire childrens trust, west", "the trust, north", "northants west": a name
# covering both Northamptonshire councils with the half meant beside it, as a clause of
# its own or the word just after the name. Not "north london", "west midlands" (a word
# after the half) nor "west" inside a longer clause ("i moved west").
_HALF_BESIDE = re.compile(r"(?:^|[,;.!?\n]|\b(?:northants|northamptonshire|north hants|trust))\s*(?:the )?"
                          r"(north|west)(?: one| side| bit| part)?\s*(?:$|[,;.!?\n])")
_HALVES = {"north": "north_northamptonshire", "west": "west_northamptonshire"}


def half_beside(masked: str, keys: set[str]) -> str | None:
    """The one Northamptonshire council a half named beside a name covering both means."""
    if not keys or not keys <= set(_HALVES.values()):
        return None
    halves = {_HALVES[found.group(1)] for found in _HALF_BESIDE.finditer(fold(masked).lower())}
    return halves.pop() if len(halves) == 1 and halves <= keys else None


# Where the council's name after "in care with" ends: "in care with derby not northants".
_NAME_ENDS = re.compile(r"\b(?:not|but|and|or|i|im|just|now|though)\b|[,.;!?]", re.IGNORECASE)


def listed_together(tracker: Tracker, masked: str) -> bool:
    """"out of hours numbers for leaving care, northants and derby please": two places the
    entity ruler found with only "and" between them are both asked about, each a side, as
    "in northants and in derby" is (_COMPARING); not Derby named outright beating a name
    that covers two councils."""
    spans = sorted((e["start"], e["end"]) for e in tracker.latest_message.get("entities", [])
                   if e.get("entity") == "authority" and isinstance(e.get("start"), int)
                   and isinstance(e.get("end"), int))
    return any(fold(masked[end:start]).strip() in ("and", "and also")
               for (_, end), (start, _) in zip(spans, spans[1:]))


async def from_latest_message(tracker: Tracker, use_whole_text: bool = False) -> Resolution:
    """Authorities named in the latest message (entity values, postcodes, then the text).

    Button payloads carry the key ("derby_city"); typed messages carry what the entity
    ruler matched ("North Northants"). When the user is answering "which council?" we
    also try the whole message, which catches typos the ruler can't ("derbey").
    """
    store = offer_store()
    text = tracker.latest_message.get("text") or ""
    masked = places.without_non_councils(text)
    seen: dict[str, Authority] = {}
    uncovered = None
    for postcode in places.postcodes(masked):
        if postcode.authority:
            seen.setdefault(postcode.authority, await query(cached_authority, postcode.authority))
        else:
            uncovered = postcode
    if seen:
        return Resolution(list(seen.values()), separate=len(seen) > 1)
    texts = _mentions(tracker, masked) + shared_name_mentions(masked) + trust_mentions(masked)
    if not texts:
        texts = half_named(masked)
    if use_whole_text and not texts:
        texts = [masked]
    if len(texts) > 1 and not _COMPARING.search(fold(masked)) and not listed_together(tracker, masked):
        # "i was in care with west northants, i just live in corby now", "i was in derby
        # care, i just live in kettering": the council that looked after them, not where
        # they live. Not when the message sets them side by side ("being a derby care
        # leaver or a corby one? till what age in each"): both are sides. Nor when the care
        # phrase lists both ("ive been in care in derby and northampton, can u give me both
        # leaving care numbers"): each looked after them.
        for cared_for in (_affirmed(_CARE_PHRASE, masked), _affirmed(_CARE_BEFORE, masked)):
            if cared_for is None:
                continue
            in_care = await query(store.resolve_authority, _NAME_ENDS.split(cared_for.group(1))[0])
            if len(in_care) == 1:
                return Resolution(in_care, uncovered)
        in_care = await _named_before_care(masked)
        if in_care:
            return Resolution(in_care, uncovered)
    per_mention = [await query(store.resolve_authority, mention) for mention in texts]
    # "the Trust ... West Northants": a council named outright beats a name that covers
    # several councils.
    singles = {found[0].key for found in per_mention if len(found) == 1}
    comparing = bool(_COMPARING.search(fold(masked))) or listed_together(tracker, masked)
    for found in per_mention:
        # "derby compared to northants": a name covering councils none of which is named
        # outright is a side of the comparison, not a looser name for one of them.
        side = comparing and not {a.key for a in found} & singles
        for authority in found:
            if not singles or authority.key in singles or side:
                seen.setdefault(authority.key, authority)
    half = half_beside(masked, set(seen)) if len(seen) > 1 and not singles else None
    if half is not None:
        return Resolution([seen[half]], uncovered)
    known = tracker.get_slot("authority")
    if len(seen) > 1 and len(singles) <= 1 and known in seen:
        # "can i use russell house" or "northants" from someone we know is North
        # Northamptonshire's: a name covering several councils, one of which is theirs.
        return Resolution([seen[known]], uncovered)
    return Resolution(list(seen.values()), uncovered, separate=len(singles) > 1)
