"""Query API over the offer store (see docs/contracts.md).

`OfferStore` opens its engine lazily and uses one short `Session` per call; every method
returns frozen dataclasses from `offers.types`. Inheritance is resolved here: an authority
that `inherits` another (North and West Northamptonshire inherit the Trust) gets its own
entry for a topic if it has one, otherwise the nearest ancestor's, marked `inherited_from`.
"""
from __future__ import annotations

from datetime import datetime, time
from typing import Callable
from functools import lru_cache

from sqlalchemy import bindparam, literal_column, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from offers import authority_resolution, config, hours, loader, vocabulary
from offers.db import make_engine
from offers.loader import ensure_loaded  # noqa: F401  (part of this module's API: the bot calls it at start-up)
from offers.models import (AliasRow, AuthorityRow, ContactRow, EntitlementRow, MetaRow, ServiceRow,
                           ServiceTopicRow)
from offers.textnorm import fold
from offers.types import Authority, Contacts, DayHours, Offer, Phone, Service, SourceRef, TextLine

NATIONAL = "national"
MAX_DEPTH = 10  # inheritance depth guard (the data has at most one level)


class UnknownAuthorityError(KeyError):
    """No authority with that key is loaded."""


class UnknownTopicError(ValueError):
    """The topic key is not in the vocabulary (offers/vocabulary.py)."""


class UnknownCategoryError(ValueError):
    """The category key is not in the vocabulary."""


class OfferStore:
    """Read access to the loaded offers. `url=None` means `OFFERS_DB_URL` or var/offers.db."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None):
        self.url = url or config.default_db_url()
        self._engine = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # --- authorities ---------------------------------------------------------------------

    def authority(self, key: str) -> Authority:
        with Session(self.engine) as session:
            rows = self._authority_rows(session)
            if key not in rows:
                raise UnknownAuthorityError(key)
            return _authority(rows[key], self._aliases(session).get(key, ()))

    def authorities(self) -> list[Authority]:
        """The authorities a care leaver can choose (not the Trust, not the national baseline)."""
        with Session(self.engine) as session:
            aliases = self._aliases(session)
            rows = [r for r in self._authority_rows(session).values() if r.selectable]
            return sorted((_authority(r, aliases.get(r.key, ())) for r in rows), key=lambda a: a.name)

    def resolve_authority(self, text: str) -> list[Authority]:
        """Authorities named in free text: none, one, or several when it is ambiguous."""
        return self.authority_resolver()(text)

    def authority_resolver(self) -> Callable[[str], list[Authority]]:
        """`resolve_authority` with its tables read now, once: a caller that keeps it
        resolves many messages without a query each (and without keeping their text)."""
        with Session(self.engine) as session:
            rows = self._authority_rows(session)
            aliases = self._aliases(session)
        pairs = authority_resolution.alias_pairs(_named(rows, aliases), exclude=[NATIONAL])
        index = authority_resolution.build_index(pairs)
        named = {key: _authority(row, aliases.get(key, ())) for key, row in rows.items()}
        return lambda text: [named[k] for k in authority_resolution.resolve(text, index)]

    # --- offers --------------------------------------------------------------------------

    def offer_for(self, authority: str, topic: str) -> Offer | None:
        """The authority's offer on a topic (its own, else inherited); None if there is none."""
        _check_topic(topic)
        with Session(self.engine) as session:
            found = self._resolved(session, authority, topic)
            if not found:
                self._require(session, authority)
            return found.get(topic)

    def offers_for(self, authority: str, category: str | None = None) -> list[Offer]:
        """All of an authority's offers (inheritance resolved), in vocabulary order."""
        if category is not None and category not in {c.key for c in vocabulary.CATEGORIES}:
            raise UnknownCategoryError(category)
        with Session(self.engine) as session:
            self._require(session, authority)
            offers = self._resolved(session, authority, None, category).values()
            return sorted(offers, key=lambda o: vocabulary.sort_key(o.topic))

    def compare(self, topic: str) -> list[tuple[Authority, Offer | None]]:
        """Every selectable authority's offer on a topic (None where it has no entry)."""
        _check_topic(topic)
        result = []
        with Session(self.engine) as session:
            rows = self._authority_rows(session)
            aliases = self._aliases(session)
            for row in sorted((r for r in rows.values() if r.selectable), key=lambda r: r.name):
                offer = self._resolved(session, row.key, topic).get(topic)
                result.append((_authority(row, aliases.get(row.key, ())), offer))
        return result

    def national(self, topic: str) -> Offer | None:
        """The national baseline for a topic, if there is one."""
        return self.offer_for(NATIONAL, topic)

    def search_topics(self, text: str) -> list[str]:
        """Topic keys for free text: vocabulary keywords first, then words in offer titles."""
        topics = vocabulary.search_topics(text)
        words = [w for w in fold(text).split() if len(w) > 2]
        if words:
            with Session(self.engine) as session:
                # LIKE narrows the rows; whole words are then checked ("esol" is not in "Resolution").
                conditions = [or_(EntitlementRow.title.ilike(f"%{w}%"), EntitlementRow.summary.ilike(f"%{w}%"))
                              for w in words]
                rows = session.execute(select(EntitlementRow.topic, EntitlementRow.title, EntitlementRow.summary)
                                       .where(*conditions)).all()
            found = {topic for topic, title, summary in rows
                     if all(f" {w} " in f" {fold(title)} {fold(summary)} " for w in words)}
            topics += sorted(found - set(topics), key=vocabulary.sort_key)
        return topics

    def search(self, text: str, authority: str | None = None) -> list[Offer]:
        """Offers matching free text, most specific topic first.

        With `authority`, that authority's resolved offers; without, every selectable
        authority's offers on the matching topics.
        """
        topics = self.search_topics(text)
        if not topics:
            return []
        with Session(self.engine) as session:
            rows = self._authority_rows(session)
            if authority is not None:
                keys = [authority]
                if authority not in rows:
                    raise UnknownAuthorityError(authority)
            else:
                keys = sorted((r.key for r in rows.values() if r.selectable), key=lambda k: rows[k].name)
            found: list[Offer] = []
            for key in keys:
                resolved = self._resolved(session, key, None)
                found.extend(resolved[t] for t in topics if t in resolved)
        rank = {t: i for i, t in enumerate(topics)}
        return sorted(found, key=lambda o: rank[o.topic])

    # --- contacts and services -----------------------------------------------------------

    def contacts(self, authority: str, at: datetime | None = None) -> Contacts:
        """How to reach the authority's leaving care service at `at` (default: now, London).

        `office_open` is None when the sources give no opening hours; then `number_now` is
        the main office number. When the office is closed (outside its hours, or all day on
        an England and Wales bank holiday), `number_now` is the out-of-hours / emergency
        duty number (None if the sources give none).
        """
        at = hours.london_time(at or datetime.now(hours.LONDON))
        with Session(self.engine) as session:
            chain = self._chain(session, authority)
            by_key = {r.authority_key: r for r in session.execute(
                select(ContactRow).where(ContactRow.authority_key.in_(chain))).scalars()}
        rows = [by_key[k] for k in chain if k in by_key]

        def first(field: str):
            for row in rows:
                value = getattr(row, field)
                if value is not None:
                    return value
            return None

        phones = tuple(Phone(**p) for p in first("phones") or [])
        office_hours = _day_hours(first("office_hours") or [])
        open_now = hours.is_open(office_hours, at)
        office_number = next((p.number for p in phones if p.role == "office"), None)
        ooh_number = first("out_of_hours_number")
        number_now = ooh_number if open_now is False else office_number
        return Contacts(
            authority_key=chain[0],
            service_name=first("service_name"), address=first("address"),
            postal_address=first("postal_address"), email=first("email"), website=first("website"),
            phones=phones, office_hours=office_hours,
            hours_text=tuple(first("hours_text") or ()),
            out_of_hours_number=ooh_number, out_of_hours_label=first("out_of_hours_label"),
            languages=tuple(first("languages") or ()),
            notes=tuple(n for row in rows for n in (row.notes or [])),
            sources=tuple(dict.fromkeys(SourceRef(**s) for row in rows for s in row.sources)),
            checked_at=at, office_open=open_now, number_now=number_now,
            bank_holiday=hours.bank_holiday(at.date()),
            closes_at=hours.closes_at(office_hours, at) if open_now else None,
            opens_next=hours.next_opening(office_hours, at) if open_now is False else None,
        )

    def services(self, topic_or_need: str | None = None, authority: str | None = None) -> list[Service]:
        """Services for a topic key or a need in plain words ("drugs", "homeless").

        With `authority`, only national services and those local to that authority (and
        the authorities it inherits from). Services named by the words come first, then
        those open 24/7, then national before local.
        """
        with Session(self.engine) as session:
            query = select(ServiceRow)
            if authority is not None:
                chain = self._chain(session, authority)
                query = query.where(or_(ServiceRow.authority_key.is_(None), ServiceRow.authority_key.in_(chain)))
            rows = list(session.execute(query).scalars())
            named: set[str] = set()
            if topic_or_need:
                is_key = vocabulary.is_topic(topic_or_need)
                topics = [topic_or_need] if is_key else vocabulary.search_topics(topic_or_need)
                by_topic = set(session.execute(
                    select(ServiceTopicRow.service_key).where(ServiceTopicRow.topic.in_(topics))).scalars())
                if not is_key:
                    named = {r.key for r in rows if _mentions(r, fold(topic_or_need))}
                rows = [r for r in rows if r.key in by_topic or r.key in named]
        services = [_service(r) for r in rows]
        return sorted(services, key=lambda s: (s.key not in named, not s.always_open,
                                               s.authority_key is not None, s.name))

    # --- status --------------------------------------------------------------------------

    def content_hash(self) -> str | None:
        """Hash of the data files last loaded (None if nothing is loaded)."""
        with Session(self.engine) as session:
            return session.execute(select(MetaRow.value).where(MetaRow.key == loader.HASH_KEY)).scalar_one_or_none()

    # --- internals -----------------------------------------------------------------------

    @staticmethod
    def _authority_rows(session: Session) -> dict[str, AuthorityRow]:
        return {r.key: r for r in session.execute(select(AuthorityRow)).scalars()}

    @staticmethod
    def _aliases(session: Session) -> dict[str, tuple[str, ...]]:
        result: dict[str, list[str]] = {}
        for row in session.execute(select(AliasRow).order_by(AliasRow.id)).scalars():
            result.setdefault(row.authority_key, []).append(row.alias)
        return {k: tuple(v) for k, v in result.items()}

    def _chain(self, session: Session, key: str) -> list[str]:
        rows = {k: p for k, p in session.execute(select(AuthorityRow.key, AuthorityRow.parent_key))}
        if key not in rows:
            raise UnknownAuthorityError(key)
        chain = [key]
        while rows.get(chain[-1]) and rows[chain[-1]] not in chain:
            chain.append(rows[chain[-1]])
        return chain

    @staticmethod
    def _require(session: Session, key: str) -> None:
        _check_key(key)
        if session.execute(select(AuthorityRow.key).where(AuthorityRow.key == key)).first() is None:
            raise UnknownAuthorityError(key)

    @staticmethod
    def _resolved(session: Session, authority: str, topic: str | None,
                  category: str | None = None) -> dict[str, Offer]:
        """topic -> Offer from the nearest authority in the inheritance chain that has an entry."""
        _check_key(authority)
        query = _resolved_query(topic is not None, category is not None)
        params = {"authority": authority, "topic": topic, "category": category}
        best: dict[str, Offer] = {}
        for row in session.execute(query, params):
            if row.topic not in best:   # rows come nearest first
                best[row.topic] = _offer(row, authority, row.last_reviewed)
        return best


@lru_cache(maxsize=None)
def _resolved_query(by_topic: bool, by_category: bool):
    """One statement per shape, built once: a recursive CTE walks the inheritance chain
    (depth 0 = the authority asked about) and rows come back nearest authority first."""
    ent, auth = EntitlementRow.__table__, AuthorityRow.__table__
    chain = (select(auth.c.key.label("key"), literal_column("0").label("depth"))
             .where(auth.c.key == bindparam("authority")).cte("chain", recursive=True))
    chain = chain.union_all(
        select(auth.c.parent_key, chain.c.depth + 1)
        .where(auth.c.key == chain.c.key, auth.c.parent_key.isnot(None), chain.c.depth < MAX_DEPTH))
    query = (select(*ent.c, auth.c.last_reviewed, chain.c.depth)
             .join_from(ent, chain, chain.c.key == ent.c.authority_key)
             .join(auth, auth.c.key == ent.c.authority_key)
             .order_by(chain.c.depth, ent.c.topic))
    if by_topic:
        query = query.where(ent.c.topic == bindparam("topic")).limit(1)
    if by_category:
        query = query.where(ent.c.category == bindparam("category"))
    return query


# --- row -> dataclass ---------------------------------------------------------------------

def _check_key(key: str) -> None:
    """A key that can't be one (PostgreSQL refuses NUL in a query parameter with a
    ValueError, and text that is not UTF-8, such as a lone surrogate, can't be sent at
    all) is an unknown authority, as the contract says, not a crash."""
    if not isinstance(key, str) or "\x00" in key or (not key.isascii() and not _utf8(key)):
        raise UnknownAuthorityError(key)


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_topic(topic: str) -> None:
    if not vocabulary.is_topic(topic):
        raise UnknownTopicError(topic)


def _named(rows: dict[str, AuthorityRow], aliases: dict[str, tuple[str, ...]]) -> list[authority_resolution.Named]:
    return [authority_resolution.Named(r.key, (r.name, r.short_name, *aliases.get(r.key, ())),
                                       r.selectable, r.parent_key)
            for r in rows.values()]


def _authority(row: AuthorityRow, aliases: tuple[str, ...]) -> Authority:
    return Authority(
        key=row.key, name=row.name, short_name=row.short_name, aliases=aliases,
        selectable=row.selectable, inherits=row.parent_key, last_reviewed=row.last_reviewed,
        source_file=row.source_file, source_section=row.source_section,
        source_date_note=row.source_date_note, website=row.website, source_age=row.source_age,
    )


def _offer(row, asked: str, last_reviewed) -> Offer:
    return Offer(
        authority_key=asked, topic=row.topic, category=row.category, title=row.title,
        summary=row.summary, status=row.status, amount_pence=row.amount_pence,
        amount_text=row.amount_text, period=row.period, age_min=row.age_min, age_max=row.age_max,
        conditions=row.conditions, how_to_apply=row.how_to_apply, legal_basis=row.legal_basis,
        source_file=row.source_file, source_section=row.source_section,
        inherited_from=None if row.authority_key == asked else row.authority_key,
        last_reviewed=last_reviewed,
        amount_qualifier=row.amount_qualifier, promise=row.promise, only_if=row.only_if,
        citations=tuple(SourceRef(**c) for c in row.citations or ()),
        caution=row.caution,
        caution_source=SourceRef(**row.caution_source) if row.caution_source else None,
    )


def _day_hours(raw: list) -> tuple[DayHours, ...]:
    return tuple(DayHours(day, time.fromisoformat(opens), time.fromisoformat(closes)) for day, opens, closes in raw)


def _service(row: ServiceRow) -> Service:
    return Service(
        key=row.key, name=row.name, description=row.description, authority_key=row.authority_key,
        phones=tuple(Phone(**p) for p in row.phones), texts=tuple(TextLine(**t) for t in row.texts),
        email=row.email, website=row.website, addresses=tuple(row.addresses),
        hours_text=tuple(row.hours_text), always_open=row.always_open,
        office_hours=_day_hours(row.office_hours), helps_with=tuple(row.helps_with),
        keywords=tuple(row.keywords), age_min=row.age_min, age_max=row.age_max,
        source_file=row.source_file, source_section=row.source_section, quote=row.quote,
    )


def _mentions(row: ServiceRow, needle: str) -> bool:
    """Whole-phrase match of the user's words in a service's name, keywords or description."""
    if not needle:
        return False
    haystacks = [row.name, row.description, *row.keywords]
    return any(f" {needle} " in f" {fold(h)} " for h in haystacks)
