"""Plain frozen dataclasses returned by the store (never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class SourceRef:
    file: str      # a file in the sources folder
    section: str   # a heading registered in offers/source_sections.yml
    quote: str | None = None   # the words relied on, copied from that section ("…" = words skipped)


@dataclass(frozen=True)
class Authority:
    key: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    selectable: bool            # False for the Trust (base offer) and the national baseline
    inherits: str | None        # key of the authority whose offer this one extends
    last_reviewed: date         # when the data was last checked against the source
    source_file: str
    source_section: str
    source_date_note: str | None = None   # how old the source itself is, as far as known
    website: str | None = None
    source_age: str | None = None         # the same, in a short sentence for replies


@dataclass(frozen=True)
class Offer:
    authority_key: str          # the authority asked about
    topic: str
    category: str
    title: str
    summary: str
    status: str                 # offered / not_offered / discretionary / unknown
    amount_pence: int | None    # None = no figure published
    amount_text: str | None     # the amount exactly as written in the source
    period: str | None          # one_off / per_year / per_month / per_week
    age_min: int | None
    age_max: int | None
    conditions: str | None
    how_to_apply: str | None
    legal_basis: str            # statutory / national_recommendation / local_discretion
    source_file: str
    source_section: str
    inherited_from: str | None  # key of the authority whose entry this is, if not its own
    last_reviewed: date
    # How the source words it (see offers/vocabulary.py): the amount is exactly / up_to /
    # at_least / total (for the period); the promise is definite / only_if (the condition
    # in only_if) / in_principle / discretionary. None for not_offered and unknown entries.
    amount_qualifier: str | None = None
    promise: str | None = None
    only_if: str | None = None
    citations: tuple[SourceRef, ...] = ()    # the quotes relied on, the entry's own source first
    caution: str | None = None               # where sources disagree or the figure is dated
    caution_source: SourceRef | None = None


@dataclass(frozen=True)
class Phone:
    number: str
    label: str
    role: str = "office"        # office / person / minicom / other


@dataclass(frozen=True)
class TextLine:
    number: str
    label: str
    keyword: str | None = None  # e.g. text SHOUT to 85258


@dataclass(frozen=True)
class DayHours:
    weekday: int                # 0 = Monday
    opens: time
    closes: time                # exclusive: open at 16:59, closed at 17:00


@dataclass(frozen=True)
class Contacts:
    authority_key: str
    service_name: str | None
    address: str | None
    postal_address: str | None
    email: str | None
    website: str | None
    phones: tuple[Phone, ...]
    office_hours: tuple[DayHours, ...]     # empty = the sources state no hours
    hours_text: tuple[str, ...]            # the hours as written in the source
    out_of_hours_number: str | None
    out_of_hours_label: str | None
    languages: tuple[str, ...]
    notes: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    checked_at: datetime                   # the moment office_open refers to (London time)
    office_open: bool | None               # None = hours unknown; False all day on a bank holiday
    number_now: str | None                 # office number if open (or hours unknown), else out-of-hours
    bank_holiday: str | None = None        # e.g. "Christmas Day" when checked_at falls on one
    closes_at: time | None = None          # today's closing time, when open at checked_at
    opens_next: datetime | None = None     # next opening (London), when closed at checked_at


@dataclass(frozen=True)
class Service:
    key: str
    name: str
    description: str
    authority_key: str | None   # None = national; else the authority whose area it serves
    phones: tuple[Phone, ...]
    texts: tuple[TextLine, ...]
    email: str | None
    website: str | None
    addresses: tuple[str, ...]
    hours_text: tuple[str, ...]
    always_open: bool
    office_hours: tuple[DayHours, ...]
    helps_with: tuple[str, ...]  # topic keys
    keywords: tuple[str, ...]
    age_min: int | None
    age_max: int | None
    source_file: str
    source_section: str
    quote: str | None = None
