"""The one place offer-store facts become reply text.

Each function returns a list of (response name, template variables) pairs; actions pass
them to `dispatcher.utter_message(response=..., **variables)`. Wording stays in
domain.yml; this module only turns store values (pence, ages, dates) into words.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from offers.freshness import is_stale
from offers.types import Authority, Contacts, Offer

Reply = tuple[str, dict[str, str]]

PERIOD_WORDS = {
    "one_off": " as a one-off payment",
    "per_year": " a year",
    "per_month": " a month",
    "per_week": " a week",
    None: "",
}


def money(pence: int) -> str:
    """1234567 -> '£12,345.67'; whole pounds lose the pence: 300000 -> '£3,000'."""
    pounds, rem = divmod(pence, 100)
    return f"£{pounds:,}" if rem == 0 else f"£{pounds:,}.{rem:02d}"


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
    title case by their council ('Setting Up Home Allowance', 'Staying Put'), keep theirs."""
    words = label.split()
    if (len(label) > 1 and label[0].isupper() and label[1].islower()
            and not any(w[:1].isupper() for w in words[1:])):
        return label[0].lower() + label[1:]
    return label


def section_name(section: str) -> str:
    """'3. ACCOMMODATION' -> 'Accommodation': headings in capitals read as shouting."""
    text = section.lstrip("0123456789. ").strip() or section
    return text.capitalize() if text.isupper() else text


def offer_reply(offer: Offer | None, authority: Authority, title: str,
                contact_number: str, national: Offer | None = None,
                source_owner: Authority | None = None, today: date | None = None) -> list[Reply]:
    """The full answer about one topic for one authority.

    `source_owner` is the authority whose published offer the entry comes from (the
    Trust for an inherited entry); it defaults to `authority`.
    """
    base = {"authority_name": authority.name, "title": title,
            "contact_number": contact_number}
    if offer is None or offer.status == "unknown":
        replies: list[Reply] = [("utter_offer_unknown", base)]
        if national is not None:
            replies.append(("utter_offer_national", {"national": national.summary}))
        return replies

    base = {**base, "title": topic_title(offer.title) if offer.title else title}
    if offer.status == "not_offered":
        replies = [("utter_offer_not_offered", base)]
        if national is not None:
            replies.append(("utter_offer_national", {"national": national.summary}))
    elif offer.status == "discretionary":
        replies = [("utter_offer_discretionary", base)]
    elif offer.amount_pence is not None:
        replies = [("utter_offer_amount", {**base, "amount": money(offer.amount_pence),
                                           "period": PERIOD_WORDS.get(offer.period, "")})]
    elif _mentions_money(offer):
        replies = [("utter_offer_no_amount", base)]
    else:
        replies = [("utter_offer_offered", base)]

    details = _join([offer.summary, ages(offer.age_min, offer.age_max), offer.conditions])
    if details:
        replies.append(("utter_offer_details", {"details": details}))
    if offer.how_to_apply:
        replies.append(("utter_offer_how_to_apply", {"how_to_apply": offer.how_to_apply}))
    replies.append(("utter_offer_source", source_vars(offer, source_owner or authority)))
    if is_stale(offer.last_reviewed, today):
        replies.append(("utter_offer_stale", {"reviewed": reviewed(offer.last_reviewed)}))
    return replies


def source_vars(offer: Offer, owner: Authority) -> dict[str, str]:
    return {"source_name": f"{owner.name}'s Local Offer",
            "section": section_name(offer.source_section),
            "reviewed": reviewed(offer.last_reviewed)}


# Topics that are a sum of money, so a missing figure is worth saying out loud. Council tax
# exemption or a TV licence paid for are help, not an amount.
PAYMENT_TOPICS = frozenset({
    "setting_up_home_allowance", "birthday_payment", "festival_payment", "emergency_fund",
    "communication_allowance", "he_bursary", "fe_bursary", "laptop", "education_costs",
    "graduation_costs", "work_clothes", "maintenance_allowance", "minimum_income",
    "achievement_rewards", "home_starter_pack", "cooking_equipment", "redecoration",
})


def _mentions_money(offer: Offer) -> bool:
    """A payment without a published figure must say 'doesn't say how much'."""
    return offer.topic in PAYMENT_TOPICS or offer.period is not None


def office_number(contacts: Contacts) -> str:
    """For everyday questions: the office line, never the emergency out-of-hours line."""
    office = next((p.number for p in contacts.phones if p.role == "office"), None)
    return office or (contacts.phones[0].number if contacts.phones else "")


def team_and_number(contacts: Contacts) -> tuple[str, str] | None:
    """Who to ring now: the office in office hours, the out-of-hours line otherwise.

    When the sources state no hours (office_open is None) we give the office number, which
    is what the authority publishes; the crisis contacts have already covered 24/7 help.
    """
    if contacts.office_open is False and contacts.out_of_hours_number:
        return (_team(contacts.out_of_hours_label, "out-of-hours team"),
                contacts.out_of_hours_number)
    if not contacts.number_now:
        return None
    label = next((p.label for p in contacts.phones
                  if p.number == contacts.number_now and p.role == "office"), None)
    return _team(label, "leaving care team"), contacts.number_now


def _team(label: str | None, default: str) -> str:
    return topic_title(label) if label else default


def fact_line(offer: Offer) -> str:
    """One short line for lists (overview, compare): the amount, or what is known."""
    if offer.status == "not_offered":
        return "not offered"
    if offer.status == "unknown":
        return "not known"
    if offer.amount_pence is not None:
        return money(offer.amount_pence) + PERIOD_WORDS.get(offer.period, "")
    if offer.status == "discretionary":
        return "case by case"
    return "amount not published" if _mentions_money(offer) else "yes"


def bullet_list(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)
