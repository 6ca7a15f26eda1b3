"""The one place offer-store facts become reply text.

Each function returns a list of (response name, template variables) pairs; actions pass
them to `dispatcher.utter_message(response=..., **variables)`. Wording stays in
domain.yml; this module only turns store values (pence, qualifiers, ages, times) into the
short phrases those templates need.

The first line a care leaver reads must promise no more than the council does: an amount
keeps its qualifier ("up to £300, once"), a conditional offer its condition ("but only
if ..."), and "in principle" is said as "in principle". Where sources disagree or a figure
is dated, the caution comes straight after that first line.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Iterable

from offers.duty import who_to_ring
from offers.freshness import is_stale
from offers.money import format_pence
from offers.relevance import asks_how_to, best_sentence, lead_with, naming_words, sentences, words
from offers.textnorm import fold
from offers.sources import reply_name
from offers.types import Authority, Contacts, Offer, Service, SourceRef

Reply = tuple[str, dict[str, str]]

# How often an amount is paid, after the amount: "£3,000, once", "£15 a month".
PERIOD_WORDS = {
    "one_off": ", once",
    "per_year": " a year",
    "per_month": " a month",
    "per_week": " a week",
    "over_course": ", spread over your course",
    None: "",
}
# An amount as its source words it. "totalling £350 per annum" is a total over the period.
QUALIFIED = {
    "exactly": "{amount}{period}",
    "up_to": "up to {amount}{period}",
    "at_least": "at least {amount}{period}",
    "total": "{amount}{period} in total",
    None: "{amount}{period}",
}
# Leading words that start a title but not a name: "A deposit" reads "a deposit" mid-sentence.
_ARTICLES = frozenset({"A", "An", "The", "Your"})
# Words that keep their capital wherever they are ("English courses", "Christmas gifts").
_PROPER = frozenset({"English", "Christmas", "Eid", "Ofsted", "Ofsted's"})


# One money formatter for the project: offers.money.format_pence ("£3,000", "£3.50").
money = format_pence


def amount_phrase(offer: Offer) -> str:
    """'up to £300, once', 'at least £2,000, spread over your course', '£350 a year in total'."""
    if offer.amount_pence is None:
        return ""
    template = QUALIFIED.get(offer.amount_qualifier, QUALIFIED[None])
    return template.format(amount=money(offer.amount_pence), period=PERIOD_WORDS.get(offer.period, ""))


def only_if_phrase(offer: Offer) -> str:
    """', but only if <condition>' for a conditional promise, else ''."""
    return f", but only if {offer.only_if}" if offer.promise == "only_if" and offer.only_if else ""


def ages(age_min: int | None, age_max: int | None) -> str:
    if age_min is not None and age_max is not None:
        return f"For ages {age_min} to {age_max}."
    if age_min is not None:
        return f"From age {age_min}."
    if age_max is not None:
        return f"Up to age {age_max}."
    return ""


def reviewed(day: date | None) -> str:
    return day.strftime("%B %Y") if day else "date not known"


def _join(parts: Iterable[str]) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def topic_title(label: str) -> str:
    """'Council tax' -> 'council tax' mid-sentence. 'TV licence', and names written in
    title case by their council ('Setting Up Home Allowance', 'Staying Put'), keep theirs;
    a leading 'A', 'The' or 'Your' is lower-cased ('A deposit ...' -> 'a deposit ...')."""
    words = label.split()
    if not words:
        return label
    first = words[0]
    if first in _PROPER:
        return label
    plain_first = len(first) > 1 and first[0].isupper() and first[1:].islower() or first in ("A",)
    if plain_first and (first in _ARTICLES or not any(w[:1].isupper() for w in words[1:])):
        return label[0].lower() + label[1:]
    return label


def section_name(section: str, file: str = "") -> str:
    """'3. ACCOMMODATION' -> 'Accommodation': headings in capitals read as shouting. A
    first line standing in for a lost heading is called what the registry says."""
    section = reply_name(file, section) if file else section
    text = section.lstrip("0123456789. ").strip() or section
    return text.capitalize() if text.isupper() else text


def offer_reply(offer: Offer | None, authority: Authority, title: str,
                contact_number: str, national: Offer | None = None,
                source_owner: Authority | None = None, today: date | None = None,
                question: str = "", asks_sum: bool = False) -> list[Reply]:
    """The full answer about one topic for one authority.

    `source_owner` is the authority whose published offer the entry comes from (the
    Trust for an inherited entry); it defaults to `authority`. `question`: the user's words,
    so the sentence of the entry that answers them comes first. `asks_sum`: the question
    asks "how much", so an entry with no published figure says so first, with who to ask.
    """
    base = {"authority_name": authority.name, "title": title,
            "contact_number": contact_number}
    if offer is None or offer.status == "unknown":
        # Where the gap is: the council's published offer, not the bot ("whats west northants
        # ofsted rating": nothing in it, so nothing to guess from).
        replies: list[Reply] = [("utter_offer_unknown", base), ("utter_offer_details", {
            "details": "Its published offer doesn't say."})]
        if offer is not None and offer.summary:
            # "what % of care leavers in north northants are NEET": the entry says what its
            # source says it can't give, with where that is said.
            replies.append(("utter_offer_details", {"details": offer.summary}))
            replies.append(("utter_offer_source", source_vars(offer, source_owner or authority)))
        if national is not None:
            replies.append(("utter_offer_national", {"national": national.summary}))
        return replies

    base = {**base, "title": topic_title(offer.title) if offer.title else title}
    replies = [_headline(offer, base, asks_sum)]
    if (replies[0][0] in ("utter_offer_offered", "utter_offer_no_amount") and asks_free(question)
            or replies[0][0] == "utter_offer_offered" and asks_paid_for(question)) \
            and not paid_in_full(offer) and not _says_free(offer):
        # "are prescriptions free for care leavers": the entry offers help but doesn't say
        # the thing is free, so the answer says that, with who to ask (not "how much").
        replies = [("utter_offer_not_said_free", replies[0][1])]
    if replies[0][0] == "utter_offer_offered" and asks_band(question) and not _gives_band(offer):
        # "what band do derby care leavers get": the entry gives priority but no band, so
        # the answer says so, with who to ask, as it does for a sum it doesn't publish.
        replies = [("utter_offer_no_band", replies[0][1])]
    if replies[0][0] == "utter_offer_offered" and asks_count(question) and not _gives_count(offer):
        # "how many apprenticeships does derby save for care leavers": the entry offers
        # them but gives no number, so the answer says so, with who to ask (never a guess).
        replies = [("utter_offer_no_count", replies[0][1])]
    gap = _missing_part(offer, replies[0][0], question, asks_sum)
    if gap:
        # "how much do they give for paint", "exactly how many driving lessons": help given
        # in principle or case by case, with no figure or number in the entry. The part
        # asked is said to be missing straight after the headline, so the rest of the
        # entry does not read as its answer.
        replies.append(("utter_offer_details", {"details": gap}))
    if national is not None:
        replies.append(("utter_offer_national", {"national": national.summary}))
    if offer.caution:
        # Straight after the figure it is about, before the detail.
        replies.append(("utter_offer_caution", {"caution": offer.caution}))

    summary = lead_with(offer.summary, question) if question and offer.summary else offer.summary
    if summary and question:
        summary = for_their_age(summary, question)
    if summary and replies[0][0] in ("utter_offer_amount", "utter_offer_in_principle"):
        # The headline shows the amount: a sentence saying only that again goes.
        summary = without_restatement(summary, offer)
    details = _join([summary, ages(offer.age_min, offer.age_max), offer.conditions])
    if offer.conditions and from_another_council(question) and _OTHER_AREAS.search(offer.conditions):
        # "i was in care with a different council but ive moved to rushden, do i get the
        # exemption here": the condition about care leavers from other areas answers it.
        details = _join([offer.conditions, summary, ages(offer.age_min, offer.age_max)])
    how_to = [("utter_offer_how_to_apply", {"how_to_apply": offer.how_to_apply})] if offer.how_to_apply else []
    if how_to and question and asks_how_to(question):
        # "how do i sign up for shout out": the head asks how to get it, so that leads,
        # straight after the headline that says what it is.
        replies[1:1], how_to = how_to, []
    if details:
        replies.append(("utter_offer_details", {"details": details}))
    replies.extend(how_to)
    replies.append(("utter_offer_source", source_vars(offer, source_owner or authority)))
    if is_stale(offer.last_reviewed, today):
        replies.append(("utter_offer_stale", {"reviewed": reviewed(offer.last_reviewed)}))
    return replies


# "i was in care with a different council", "im from another area": the user was looked
# after by a council other than the one whose offer is answered.
_ANOTHER_COUNCIL = re.compile(r"\b(?:(?:a |another |different |other )(?:council|area|local authority)|"
                              r"(?:different|another|other) (?:council|area|local authority)|"
                              r"not from (?:here|round here|this area))\b")
_OTHER_AREAS = re.compile(r"\b(?:other|another|different) (?:areas?|councils?|local authorit(?:y|ies))\b", re.I)


def from_another_council(question: str) -> bool:
    return bool(question) and bool(_ANOTHER_COUNCIL.search(fold(question)))


# "what band", "which banding": the housing list's band, asked for outright.
_BAND_QUESTION = re.compile(r"\b(?:what|which|wat|wot) (?:housing |priority )?(?:band|banding)\b")
_BAND = re.compile(r"\bband", re.I)


def asks_band(question: str) -> bool:
    return bool(question) and bool(_BAND_QUESTION.search(question.lower()))


# "are prescriptions free", "is it free for care leavers", "do i get dental treatment free":
# whether something costs the user nothing. Not "is there free bus travel", which asks
# whether the free thing exists.
# "do derby care leavers get free prescriptions" asks it too, with "free" before the thing.
_FREE_QUESTION = re.compile(r"\b(?:(?:is|are) (?!there\b)(?:[a-z]+ ){1,2}(?:free|for free)|"
                            r"(?:do|can|will) (?:i|we|u|you|care leavers) get (?:[a-z]+ ){1,2}(?:free|for free)|"
                            r"(?:do|does|can|will|would) (?:[a-z]+ ){1,3}get (?:a |any )?free [a-z]+)\b")
# "do derby pay for care leavers prescriptions" (set M, m-181): whether the council pays for
# the thing, which is whether it costs the user nothing. Only of an entry with no sum (a sum
# it doesn't publish is "doesn't say how much"). Not "how do i pay for my bills".
_PAID_FOR_QUESTION = re.compile(r"(?<!how )(?<!what )\b(?:do|does|will|would) (?!i |we |u |you )(?:[a-z]+ ){1,2}"
                                r"pay for (?:my |your |our |the |care leavers s? ?)?[a-z]+\b")


def asks_free(question: str) -> bool:
    return bool(question) and bool(_FREE_QUESTION.search(fold(question)))


def asks_paid_for(question: str) -> bool:
    return bool(question) and bool(_PAID_FOR_QUESTION.search(fold(question)))


# "how many apprenticeships", "how many sessions do i get": a number of things asked for.
_COUNT_QUESTION = re.compile(r"\bhow many\b")
_NUMBER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                     r"once|twice|weekly|monthly|every)\b", re.I)


def asks_count(question: str) -> bool:
    return bool(question) and bool(_COUNT_QUESTION.search(fold(question)))


def _gives_count(offer: Offer) -> bool:
    return bool(_NUMBER.search(" ".join(filter(None, [offer.title, offer.summary, offer.conditions]))))


def _says_free(offer: Offer) -> bool:
    return bool(re.search(r"\bfree\b", " ".join(filter(None, [offer.title, offer.summary, offer.conditions])),
                          re.I))


def _gives_band(offer: Offer) -> bool:
    return bool(_BAND.search(" ".join(filter(None, [offer.title, offer.summary, offer.conditions]))))


# Headlines that say what is offered but would answer "how much" or "how many" by
# leaving the figure out without a word.
# "how long can i stay", "how long does it last", "how long are you allowed to stay": a length
# of time asked for.
_DURATION_QUESTION = re.compile(r"\bhow long (?:can|could|do|does|will|would|is|are|am) (?:i|u|you|we|they|it|people|"
                                r"care leavers|the [a-z]+) (?:(?:allowed|able|meant|supposed|going|let) to |get to |gonna )?"
                                r"(?:stay|live|be there|be in|last|keep|go on|have (?:it|one|them))\b")
_DURATION = re.compile(r"\b(?:\d+|one|two|three|four|five|six|twelve)[- ](?:weeks?|months?|years?|days?|nights?)\b|"
                       r"\b(?:until|till|up to the age|as long as|for as long)\b", re.I)


def _gives_duration(offer: Offer) -> bool:
    return bool(_DURATION.search(" ".join(filter(None, [offer.title, offer.summary, offer.conditions]))))


# "what day does shout out meet", "what day of the week is the drop in": a day of the week
# asked for (p-120, p-059); an entry that names none ("meets regularly") does not answer it.
_DAY_QUESTION = re.compile(r"\b(?:what|which|wat|wot) (?:day|days)\b(?! (?:do|does|did|will|would|can|could) "
                           r"(?:i|u|you|we|my)\b)")
_DAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:weekdays?|weekends?|daily|every day|"
                  r"each day|\d+(?:st|nd|rd|th)|dates?)\b", re.I)


def asks_day(question: str) -> bool:
    return bool(question) and bool(_DAY_QUESTION.search(fold(question)))


def gives_day(text: str) -> bool:
    return bool(_DAY.search(text))


def _gives_day(offer: Offer) -> bool:
    return gives_day(" ".join(filter(None, [offer.title, offer.summary, offer.conditions])))


_HEDGED = ("utter_offer_in_principle", "utter_offer_discretionary", "utter_offer_offered", "utter_offer_amount")


def _missing_part(offer: Offer, headline: str, question: str, asks_sum: bool) -> str:
    """'Its published offer doesn't say how much.' when the question asks a sum the entry
    does not give (or 'how many' for a number it does not give), and the headline has not
    already said so. '' otherwise."""
    if headline not in _HEDGED or not question:
        return ""
    if asks_count(question) and not _gives_count(offer) and headline != "utter_offer_offered":
        return "Its published offer doesn't say how many."
    if headline != "utter_offer_amount" and _DURATION_QUESTION.search(fold(question)) and not _gives_duration(offer):
        # "how long can u stay in one of the taster flats": the entry gives no time.
        return "Its published offer doesn't say how long."
    if asks_day(question) and not _gives_day(offer):
        # "what day does shout out meet? brackley": the forum "meets regularly", no day.
        return "Its published offer doesn't say which day."
    if asks_sum and headline in ("utter_offer_in_principle", "utter_offer_discretionary") \
            and offer.amount_pence is None and not paid_in_full(offer) \
            and not re.search(r"£\d", " ".join(filter(None, [offer.summary, offer.conditions]))):
        return "Its published offer doesn't say how much."
    return ""


def without_restatement(summary: str, offer: Offer) -> str:
    """The summary less a sentence that only says the headline again ("£3,000, once." then
    "Care leavers get a setting up home allowance of £3000."): one readable answer."""
    digits = re.sub(r"\D", "", money(offer.amount_pence)) if offer.amount_pence is not None else ""
    own = words(f"{offer.title} {offer.topic.replace('_', ' ')}") | {digits}
    kept = []
    for sentence in sentences(summary):
        plain = re.sub(r"(?<=\d),(?=\d)", "", sentence)
        if digits and re.search(rf"£{digits}\b", plain) and not words(plain) - own:
            continue
        kept.append(sentence)
    return " ".join(kept)


def _headline(offer: Offer, base: dict[str, str], asks_sum: bool = False) -> Reply:
    """The first line: what is offered, as firmly as the source says it, no firmer."""
    if offer.status == "not_offered":
        return "utter_offer_not_offered", base
    if offer.status == "discretionary" or offer.promise == "discretionary":
        return "utter_offer_discretionary", base
    if offer.promise == "in_principle":
        amount = f": {amount_phrase(offer)}" if offer.amount_pence is not None else ""
        return "utter_offer_in_principle", {**base, "amount": amount}
    only_if = only_if_phrase(offer)
    if offer.amount_pence is not None:
        # Title first, so no article is needed: "Computer or laptop grant from ...: up to £300, once."
        return "utter_offer_amount", {**base, "title": offer.title, "amount": amount_phrase(offer),
                                      "only_if": only_if}
    if _mentions_money(offer) or (asks_sum and not paid_in_full(offer)):
        # "does leaving care give him any money? how much": no figure is published, and
        # the answer says so with who to ask, whatever kind of help the entry is.
        return "utter_offer_no_amount", {**base, "only_if": only_if}
    return "utter_offer_offered", {**base, "only_if": only_if}


def source_vars(offer: Offer, owner: Authority) -> dict[str, str]:
    """Where the fact comes from, and how old that document is as far as known. Not when
    we copied it: 'we last checked it in November 2026' read as if the figure were current."""
    return {"source_name": f"{owner.name}'s Local Offer",
            "section": section_name(offer.source_section, offer.source_file),
            "source_age": f" {owner.source_age}" if owner.source_age else "",
            "link": f" Read it online: {web_link(owner.website)}." if owner.website else ""}


def web_link(site: str) -> str:
    """'www.derby.gov.uk' -> 'https://www.derby.gov.uk', so the chat makes it a link."""
    return site if site.startswith(("https://", "http://")) else f"https://{site}"


def quote_reply(offer: Offer, owner: Authority) -> list[Reply]:
    """'Where does it say that?': the council's own words the entry relies on."""
    own = offer.citations[0] if offer.citations else None
    if own is None or not own.quote:
        return []
    return [("utter_offer_quote", {"source_name": f"{owner.name}'s Local Offer",
                                   "section": section_name(own.section, own.file), "quote": own.quote})]


# Topics that are a sum of money, so a missing figure is worth saying out loud. Council tax
# exemption or a TV licence paid for are help, not an amount.
PAYMENT_TOPICS = frozenset({
    "setting_up_home_allowance", "birthday_payment", "festival_payment", "emergency_fund",
    "communication_allowance", "he_bursary", "fe_bursary", "laptop", "education_costs",
    "work_clothes", "maintenance_allowance", "minimum_income",
    "achievement_rewards", "home_starter_pack", "cooking_equipment", "redecoration",
    "benefit_wait_support",
})


# Help that is the whole cost paid or waived: "how much" has no missing figure to admit.
PAID_IN_FULL = frozenset({"council_tax", "tv_licence", "free_travel", "leisure_facilities",
                          "contents_insurance"})


# Words that make such help a part of the cost: "a council tax discount or reduction
# scheme" leaves "how much off?" unanswered, as an exemption does not.
_PART_OF_COST = re.compile(r"\b(?:discount|discounts|reduction|reductions|reduced|towards|contribution)\b", re.I)


def paid_in_full(offer: Offer) -> bool:
    """Help that pays or waives the whole cost, by its topic, unless its own words say it
    takes only part of it off (the Trust's council tax "discount or reduction scheme")."""
    return offer.topic in PAID_IN_FULL and not _PART_OF_COST.search(f"{offer.title} {offer.summary or ''}")


def _mentions_money(offer: Offer) -> bool:
    """A payment without a published figure must say 'doesn't say how much'."""
    return offer.topic in PAYMENT_TOPICS or offer.period is not None


def fact_line(offer: Offer) -> str:
    """One short line for lists (overview, compare), as qualified as the headline."""
    if offer.status == "not_offered":
        return "not offered"
    if offer.status == "unknown":
        return "not known"
    if offer.status == "discretionary" or offer.promise == "discretionary":
        return "case by case"
    if offer.promise == "in_principle":
        return "in principle" + (f": {amount_phrase(offer)}" if offer.amount_pence is not None else "")
    condition = f", only if {offer.only_if}" if offer.promise == "only_if" and offer.only_if else ""
    if offer.amount_pence is not None:
        return amount_phrase(offer) + condition
    return ("amount not published" if _mentions_money(offer) else "yes") + condition


def compare_line(name: str, offer: Offer | None, whole: bool = False, question: str = "") -> str:
    """One council's line in a comparison: the short answer and the source's first
    sentence, so "yes" says what it is yes to. `whole`: the whole summary, for a
    comparison of the two councils the user named, where the detail is the point
    ("5 driving lessons of 2 hours each" is the third sentence of a driving entry)."""
    if offer is None:
        return f"{name}: not known"
    line = f"{name}: {fact_line(offer)}"
    summary = " ".join(offer.summary.split()) if offer.summary else ""
    first = summary if whole and len(summary) <= MAX_COMPARE_SUMMARY \
        else re.split(r"(?<=[.!?])\s", summary, maxsplit=1)[0]
    # The fact's own words ("hospital appointment") chose the fact; the rest of the question
    # ("drive me ... i hate buses") chooses its sentence.
    asked, score = best_sentence(summary, question, naming_words(offer.topic)) if question else ("", 0)
    counted = counted_sentence(summary, question) if question else ""
    if counted:
        # "which council gives you the most driving lessons": the sentence that counts them
        # ("5 driving lessons of 2 hours each"), though the fact's own name chose the fact (u-197).
        asked, score = counted, max(score, 1)
    if score and asked not in first:
        # "how often does my PA visit": the sentence that answers it, not the entry's first.
        first = asked
    condition = " ".join(offer.conditions.split()) if whole and question and offer.conditions else ""
    told, said = best_sentence(condition, question, naming_words(offer.topic)) if condition else ("", 0)
    if said and told not in first and len(f"{first} {told}") <= MAX_COMPARE_SUMMARY:
        # "if i move out of the area do i keep the council tax exemption, whats the
        # difference between derby and north northants": the condition that answers it
        # ("does not include care leavers from other areas") is the difference (n-205).
        first = f"{first} {told}".strip()
    if first and offer.status not in ("unknown",) and len(first) <= MAX_COMPARE_SUMMARY \
            and (whole or score or len(first) <= MAX_COMPARE_SENTENCE):
        line += f". {first}"
    if question and COUNT_QUESTION.search(fold(question)) and offer.status not in ("unknown", "not_offered") \
            and not re.search(r"\d", f"{summary} {offer.amount_text or ''}") and "not published" not in line:
        # "which council has the most ringfenced apprenticeships": a yes with no figure
        # says so, beside a council that gives one.
        line = f"{line.rstrip('.')}. No number is published"
    age_limits = [a for a in (offer.age_min, offer.age_max) if a is not None]
    if offer.status not in ("unknown", "not_offered") and age_limits \
            and not all(re.search(rf"\b{a}\b", line) for a in age_limits):
        # The ages are often the difference ("to 21" in one council, "18 to 25" in another).
        line = f"{line.rstrip('.')}. {ages(offer.age_min, offer.age_max)}"
    if question and offer.how_to_apply and offer.status not in ("unknown", "not_offered") and asks_how_to(question):
        # "how do i join shout out": the head asks how to get it; each council's own
        # how-to-apply (the source's words) answers that, not only what the thing is.
        line = f"{line.rstrip('.')}. How to get it: {offer.how_to_apply}"
    return line


MAX_COMPARE_SENTENCE = 160
# A comparison that asks for a count or the biggest: "which council has the most".
COUNT_QUESTION = re.compile(r"\b(?:how many|the most|has most|have most|gives most|give most|the fewest|the least|"
                            r"the biggest|the highest|more places|most places|number of)\b")
MAX_COMPARE_SUMMARY = 400
# What a count question counts: "the most driving lessons" -> "driving lessons".
_COUNTED = re.compile(r"\b(?:how many|the most|has most|have most|gives most|give most|the fewest|number of) "
                      r"((?:[a-z]+ ){0,2}[a-z]+)")


def counted_sentence(summary: str, question: str) -> str:
    """For a question that counts something ("which council gives the most driving
    lessons"), the summary's sentence with a figure that names what is counted; empty when
    none does."""
    found = _COUNTED.search(fold(question))
    if not found:
        return ""
    wanted = words(found.group(1))
    with_figures = [s for s in sentences(summary) if re.search(r"\d", s) and words(s) & wanted]
    return max(with_figures, key=lambda s: len(words(s) & wanted), default="")


def bullet_list(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


# --- contacts ----------------------------------------------------------------------------------

def office_number(contacts: Contacts) -> str:
    """For everyday questions: the office line, never the emergency out-of-hours line."""
    office = next((p.number for p in contacts.phones if p.role == "office"), None)
    return office or (contacts.phones[0].number if contacts.phones else "")


def team_and_number(contacts: Contacts) -> tuple[str, str] | None:
    """Who to ring now (offers/duty.py), the team named as a reply names it."""
    line = who_to_ring(contacts)
    if line is None:
        return None
    label, default, number = line
    return _team(label, default), number


def _team(label: str | None, default: str) -> str:
    return topic_title(label) if label else default


def clock(at: time) -> str:
    """09:00 -> '9am', 17:30 -> '5:30pm', 12:00 -> '12pm'."""
    hour = at.hour % 12 or 12
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"{hour}{minutes}{'am' if at.hour < 12 else 'pm'}"


def when_phrase(opens: datetime, now: datetime) -> str:
    """'at 9am today', 'at 9am tomorrow', 'on Tuesday at 9am'."""
    days = (opens.date() - now.date()).days
    day = {0: "today", 1: "tomorrow"}.get(days)
    return f"at {clock(opens.time())} {day}" if day else f"on {opens.strftime('%A')} at {clock(opens.time())}"


# "im 18", "i am 17 now", "im nearly 19": the age the person says they are.
_OWN_AGE = re.compile(r"\b(?:im|i am|i m|am)(?: (?:now|only|just|nearly|almost|currently))? ([1-2][0-9])\b"
                      r"(?! (?:weeks?|months?|years? ago))")
# "(every 3 months for some settled 16 and 17-year-olds)": a bracketed aside for some ages only.
_AGE_ASIDE = re.compile(r" ?\(([^()]*?\b([1-2][0-9])(?:(?: and | to |-| or )([1-2][0-9]))?-year-olds?\b[^()]*)\)")


def for_their_age(summary: str, question: str) -> str:
    """The entry without a bracketed aside for ages the person has said they are not:
    "how often does my pa have to see me face to face im 18" is "every 2 months", not the
    "(every 3 months for some settled 16 and 17-year-olds)" beside it (round 35, r35-097).
    The rest of the source's wording stays as it is."""
    said = _OWN_AGE.search(fold(question))
    if said is None:
        return summary
    age = int(said.group(1))

    def drop(aside: re.Match[str]) -> str:
        low, high = int(aside.group(2)), int(aside.group(3) or aside.group(2))
        return "" if not low <= age <= high else aside.group(0)

    return _AGE_ASIDE.sub(drop, summary)


def local_line(contacts: Contacts, authority_name: str) -> dict[str, str] | None:
    """The council's number for an urgent or crisis reply, and honestly when it answers.

    These replies follow the national lines (999, Samaritans, Shout, Shelter), so the
    council's number is extra help, and it must not promise help tonight from an office
    line that is answered in office hours only:
    - no hours and no out-of-hours number published (Derby): the office number, said to be
      answered in office hours only, pointing back to the national lines for nights;
    - open now: the office number, when it closes today, and the out-of-hours number;
    - closed now (evening, weekend, bank holiday): the out-of-hours number, and why.
    None when the authority publishes no number at all.
    """
    office = office_number(contacts)
    ooh = contacts.out_of_hours_number
    ooh_team = _team(contacts.out_of_hours_label, "out-of-hours team")
    office_team = _team(next((p.label for p in contacts.phones if p.number == office), None), "leaving care team")
    after = (f"After that, call the {ooh_team} on {ooh}." if ooh else
             f"{authority_name} does not publish a number for when it is closed, so after that use the numbers above.")
    if contacts.office_open is None:
        if ooh:
            when = f"Outside office hours, call the {ooh_team} on {ooh}."
        else:
            when = (f"They answer in office hours only. {authority_name} does not publish a number for "
                    "nights or weekends, so at those times use the numbers above.")
        team, number = office_team, office
    elif contacts.office_open:
        closes = f" until {clock(contacts.closes_at)}" if contacts.closes_at else ""
        when = f"They are open{closes} today. {after}"
        team, number = office_team, office
    elif ooh:
        closed = f"closed today for {contacts.bank_holiday}" if contacts.bank_holiday else "closed now"
        when = f"The office is {closed}, so this is the number for when it is closed."
        team, number = ooh_team, ooh
    else:
        opens = (f" It opens again {when_phrase(contacts.opens_next, contacts.checked_at)}."
                 if contacts.opens_next else "")
        when = (f"The office is closed now.{opens} {authority_name} does not publish a number for when it is closed, "
                "so use the numbers above.")
        team, number = office_team, office
    if not number:
        return None
    return {"authority_name": authority_name, "team": team, "number": number, "when": when}


# --- national facts ----------------------------------------------------------------------------

# How a national entry's source file is named in a reply.
NATIONAL_SOURCE_NAMES = {
    "README.md": "the national rules for England",
    "fosterwiki-local-offers-guide.txt": "FosterWiki's guide to Local Offers (October 2021)",
    "northamptonshire-childrens-trust-local-offer-booklet.txt":
        "Northamptonshire Children's Trust's Local Offer booklet",
    "northamptonshire-childrens-trust-leaving-care-page.txt":
        "Northamptonshire Children's Trust's Leaving care web page",
    "north-northamptonshire-council-offer-entry.txt": "North Northamptonshire Council's Local Offer",
    "derby-city-local-offer-booklet.txt": "Derby City Council's Local Offer booklet",
}


def national_reply(offer: Offer, question: str = "") -> list[Reply]:
    """A fact that is the same for every care leaver in England, with where it comes from
    (and where the part the question asks about comes from, when that is another source:
    "what does the 2026 act add" is in the README's national facts, not FosterWiki's 2021
    guide)."""
    replies: list[Reply] = [("utter_offer_national", {"national": offer.summary})]
    law = law_named(offer) if LAW_ASKED.search(fold(question)) else None
    if law is not None:
        # "which law covers staying put", "is it actually in law": the Act its source names.
        replies.append(("utter_offer_details", {"details": f"The law that sets it is the {law}."}))
    details = _join([ages(offer.age_min, offer.age_max), offer.conditions])
    if details:
        replies.append(("utter_offer_details", {"details": details}))
    if offer.how_to_apply:
        replies.append(("utter_offer_how_to_apply", {"how_to_apply": offer.how_to_apply}))
    replies.append(("utter_offer_national_source", {
        "source_name": NATIONAL_SOURCE_NAMES.get(offer.source_file, offer.source_file),
        "section": section_name(offer.source_section, offer.source_file)}))
    also = _source_asked_about(offer, question)
    if also is not None:
        replies.append(("utter_offer_national_source", {
            "source_name": NATIONAL_SOURCE_NAMES.get(also.file, also.file),
            "section": section_name(also.section, also.file)}))
    return replies


# "which law covers it", "is it actually in law", "what act is that", "is it a legal thing".
LAW_ASKED = re.compile(r"\b(?:(?:which|what|wat|wot) (?:law|laws|act|legislation|statute)|in(?:to)? (?:the )?law|by law|"
                       r"the law|a law|legal(?:ly)?|legislation|statutory|(?:an|the) act|"
                       # "whats the staying put law called, my carers want to know" (set N, n-201).
                       r"(?:law|act|legislation) (?:is (?:it |that |this )?)?called|name of the (?:law|act))\b")
# An Act named in a source's quote, with its year and section: "(Children and Families Act 2014 s.98)".
# An Act, or regulations made under one as the source names them ("Children Act 1989 (Higher
# Education Bursary) (England) Regulations 2009"), with the section if given.
_ACT = re.compile(r"\b((?:[A-Z][a-z]+ )(?:(?:and|of|for|the|[A-Z][a-z]+) )*Act (?:19|20)\d\d"
                  r"(?:(?: \([A-Z][A-Za-z ]*\))* Regulations (?:19|20)\d\d)?)(?: s\.? ?(\d+[A-Z]?))?")


def law_named(offer: Offer) -> str | None:
    """The Act (and section) the entry's sources name, as they write it; None if none does."""
    for citation in offer.citations:
        found = _ACT.search(" ".join((citation.quote or "").split()))
        if found:
            return found.group(1) + (f", section {found.group(2)}" if found.group(2) else "")
    return None


def _source_asked_about(offer: Offer, question: str) -> SourceRef | None:
    """Another of the entry's sources whose quote shares more of the question's words than
    the entry's own source does, if any."""
    asked = words(question) if question else set()
    if not asked or len(offer.citations) < 2:
        return None
    own = len(asked & words(offer.citations[0].quote or ""))
    best = max(offer.citations[1:], key=lambda c: len(asked & words(c.quote or "")))
    if len(asked & words(best.quote or "")) > own and \
            (best.file, best.section) != (offer.source_file, offer.source_section):
        return best
    return None


# --- services ----------------------------------------------------------------------------------

# A service named by its own name must be at least this long ("star" is the shortest).
MIN_SERVICE_NAME = 4
_PLACE_PREFIX = re.compile(r"^(?:northamptonshire|northants|north northamptonshire|"
                           r"west northamptonshire|derby city|derby|nhs|the) ")


def service_names(service: Service, with_choices: bool = False) -> list[str]:
    """A service's names as users write them (folded): 'Northamptonshire Virtual School'
    is asked for as 'the virtual school', 'STAR (Support, ...)' as 'star'."""
    name = fold(service.name)
    short = fold(re.sub(r"\s*\(.*?\)|\s*\".*?\"", "", service.name))
    names = {name, short, _PLACE_PREFIX.sub("", short)}
    # "whats always heard": the name in quotes is the name it is known by (Coram Voice
    # "Always Heard").
    names |= {fold(quoted) for quoted in re.findall(r"\"(.+?)\"", service.name)}
    # "which option do u press on 111": a service named by its own number ("NHS 111").
    numbers = {w for w in short.split() if w.isdigit() and any(fold(p.number) == w for p in service.phones)}
    # `with_choices`: each of the names in brackets given as choices ("999 or A&E"), short
    # ones too where written as an abbreviation ("A&E"); only for a second body set beside
    # one named outright ("when should i go a&e and when should i ring 111"), as "a&e" said
    # in passing is no request for the emergency services.
    choices = {fold(choice): "&" in choice for part in re.findall(r"\((.*?)\)", service.name)
               if with_choices and " or " in part for choice in re.split(r"\s+or\s+", part)}
    names |= set(choices)
    return [n for n in names | numbers if len(n) >= MIN_SERVICE_NAME or n in numbers or choices.get(n)]


def addresses_asked(addresses: Iterable[str], question: str) -> list[str]:
    """The addresses in the place the question names ("the drop in shop in wellingborough":
    10 Silver Street, not Sheep Street in Northampton); all of them when it names none of
    them, or every one."""
    every = list(addresses)
    words = set(fold(question).split()) if question else set()
    named = [a for a in every if words & {w for w in fold(a).split() if len(w) > 3 and w.isalpha()}]
    return named if named and len(named) < len(every) else every


def service_reply(service: Service, question: str = "") -> list[Reply]:
    """A named service: what it does and how to reach it, as the source gives it (only the
    address in the place the question names, when it names one)."""
    ways = [f"call {p.number}" for p in service.phones]
    ways += [f"text {t.keyword} to {t.number}" if t.keyword else f"text {t.number}"
             for t in service.texts]
    if service.email:
        ways.append(f"email {service.email}")
    if service.website:
        ways.append(f"go to {service.website}")
    reach = f"To reach them: {', '.join(ways)}." if ways else ""
    hours = f"Hours: {'; '.join(service.hours_text)}." if service.hours_text else ""
    # "is the lowdown only for under 18s? im 22": who it is for, as the source says.
    description = _join([service.description, ages(service.age_min, service.age_max)])
    return [("utter_service", {"name": service.name, "description": description,
                               "reach": _join([reach, "\n".join(service.addresses) and
                                               f"Address: {'; '.join(addresses_asked(service.addresses, question))}.",
                                               hours])}),
            ("utter_offer_national_source", {
                "source_name": NATIONAL_SOURCE_NAMES.get(service.source_file, service.source_file),
                "section": section_name(service.source_section, service.source_file)})]
