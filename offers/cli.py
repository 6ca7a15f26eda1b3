"""Command line: validate, load and inspect the offer store (`python -m offers --help`).

Output is plain-text tables for people maintaining the data; the bot formats its own replies.
"""
from __future__ import annotations

import argparse
import difflib
import functools
import sys
from datetime import datetime
from pathlib import Path
from typing import Callable, Sequence, TextIO

from offers import config, freshness, loader, vocabulary
from offers.money import format_pence
from offers.schema import CheckCounts, section_coverage_issues
from offers.sources import SourceLibrary
from offers.store import OfferStore, UnknownAuthorityError
from offers.types import Authority, Offer

PERIOD_LABELS = {"one_off": "one-off", "per_year": "a year", "per_month": "a month", "per_week": "a week",
                 "over_course": "over the course"}
QUALIFIER_LABELS = {"exactly": "", "up_to": "up to ", "at_least": "at least ", "total": "totalling "}
PROMISE_LABELS = {"definite": "yes", "only_if": "only if a condition holds", "in_principle": "in principle",
                  "discretionary": "case by case"}
SOURCE_WIDTH = 70


# --- formatting helpers ---------------------------------------------------------------------

def amount_label(offer: Offer) -> str:
    if offer.amount_pence is not None:
        period = PERIOD_LABELS.get(offer.period or "", "")
        qualifier = QUALIFIER_LABELS.get(offer.amount_qualifier or "", "")
        return f"{qualifier}{format_pence(offer.amount_pence)} {period}".strip()
    if offer.status == "not_offered":
        return "-"
    return "not published"


def ages_label(offer: Offer) -> str:
    if offer.age_min is None and offer.age_max is None:
        return "-"
    if offer.age_min is None:
        return f"up to {offer.age_max}"
    if offer.age_max is None:
        return f"{offer.age_min}+"
    return f"{offer.age_min}-{offer.age_max}"


def source_label(offer: Offer) -> str:
    return f"{offer.source_file} § {offer.source_section}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    print(line.rstrip(), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip(), file=out)


def _field(label: str, value: str | None, out: TextIO) -> None:
    print(f"  {label + ':':<15}{value if value else '-'}", file=out)


# --- commands ---------------------------------------------------------------------------------

def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    library = SourceLibrary(Path(args.sources_dir)) if args.sources_dir else SourceLibrary()
    counts = CheckCounts()
    try:
        parsed, issues = loader.validate(Path(args.data_dir) if args.data_dir else None, library, counts)
    except loader.NoDataError as exc:
        print(f"error: {exc}", file=out)
        return 1
    issues = issues + section_coverage_issues(parsed, library)
    for issue in issues:
        print(issue, file=out)
    if issues:
        print(f"{len(issues)} problem(s) found", file=out)
        return 1
    entitlements = sum(len(f.entitlements) for f in parsed)
    services = sum(len(f.services) for f in parsed)
    print(f"OK: {len(parsed)} files, {entitlements} entitlements, {services} services", file=out)
    print(f"checked against the quotes in the data: {counts.in_repository} checks "
          "(citations, amounts and their qualifiers, promises, ages, phone numbers, emails, opening hours)", file=out)
    if library.available():
        print(f"checked against the source documents in {library.directory}: "
              f"{counts.documents} quotes found in the sections they cite", file=out)
    else:
        # Not an error: a fresh clone or a council's server has no documents beside it.
        # But say so plainly, so nobody takes the quotes on trust without knowing.
        print(f"NOT checked against the source documents: none found in {library.directory} "
              f"(set {config.SOURCES_DIR_ENV} to the folder that has them); "
              f"{counts.documents_not_run} quotes were not compared with their documents", file=out)
    # Stale data is valid data, so it warns rather than fails (exit 0).
    reviewed = {f.authority["key"]: f.authority["last_reviewed"] for f in parsed}
    for line in freshness.stale_report(reviewed):
        print(line, file=out)
    return 0


def cmd_load(args: argparse.Namespace, out: TextIO) -> int:
    try:
        report = loader.load(args.url, data_dir=Path(args.data_dir) if args.data_dir else None,
                             only_if_changed=args.if_changed)
    except (loader.NoDataError, loader.DataValidationError) as exc:
        print(f"error: {exc}", file=out)
        print("nothing was loaded; the previous data is unchanged", file=out)
        return 1
    verb = "loaded" if report.loaded else "already up to date"
    print(f"{verb}: {report.authorities} authorities, {sum(report.entitlements.values())} entitlements, "
          f"{report.services} services", file=out)
    table(["authority", "own entitlements"], sorted(report.entitlements.items()), out)
    return 0


def _open_store(args: argparse.Namespace, out: TextIO) -> OfferStore | None:
    try:
        loader.ensure_loaded(args.url)
    except (loader.NoDataError, loader.DataValidationError) as exc:
        print(f"error: {exc}", file=out)
        return None
    return OfferStore(args.url)


def _with_store(
    command: Callable[[argparse.Namespace, OfferStore, TextIO], int],
) -> Callable[[argparse.Namespace, TextIO], int]:
    """A read command: the store is opened for it (exit 1, saying why, when the data can't
    be loaded) and closed after it."""
    @functools.wraps(command)
    def run(args: argparse.Namespace, out: TextIO) -> int:
        store = _open_store(args, out)
        if store is None:
            return 1
        try:
            return command(args, store, out)
        finally:
            store.close()

    return run


def _authority_filter(store: OfferStore, text: str | None, out: TextIO) -> tuple[bool, str | None]:
    """For an optional --authority: (True, None) without one, (True, key) when it names
    one council, (False, None) after saying why it doesn't."""
    if not text:
        return True, None
    picked = _pick_authority(store, text, out)
    return picked is not None, picked.key if picked else None


def _pick_authority(store: OfferStore, text: str, out: TextIO) -> Authority | None:
    try:
        return store.authority(text)
    except UnknownAuthorityError:
        pass
    candidates = store.resolve_authority(text)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        names = ", ".join(a.name for a in store.authorities())
        print(f"error: no authority matches {text!r} (known: {names})", file=out)
    else:
        names = " or ".join(f"{a.name} ({a.key})" for a in candidates)
        print(f"error: {text!r} is ambiguous: {names}", file=out)
    return None


def _pick_topic(text: str, out: TextIO) -> str | None:
    if vocabulary.is_topic(text):
        return text
    found = vocabulary.search_topics(text)
    if found:
        return found[0]
    close = difflib.get_close_matches(text, vocabulary.TOPIC_KEYS, n=3)
    hint = f" (did you mean: {', '.join(close)}?)" if close else ""
    print(f"error: unknown topic {text!r}{hint}", file=out)
    return None


@_with_store
def cmd_show(args: argparse.Namespace, store: OfferStore, out: TextIO) -> int:
    authority = _pick_authority(store, args.authority, out)
    if authority is None:
        return 2
    if args.topic is None:
        return _show_all(store, authority, out)
    topic = _pick_topic(args.topic, out)
    if topic is None:
        return 2
    return _show_one(store, authority, topic, out)


def _show_all(store: OfferStore, authority: Authority, out: TextIO) -> int:
    offers = store.offers_for(authority.key)
    print(f"{authority.name}: {len(offers)} entitlements", file=out)
    if authority.inherits:
        parent = store.authority(authority.inherits)
        own = sum(1 for o in offers if o.inherited_from is None)
        print(f"({own} its own, {len(offers) - own} inherited from {parent.name})", file=out)
    rows = [(o.topic, o.status, amount_label(o), ages_label(o),
             "own" if o.inherited_from is None else "inherited", _clip(source_label(o), SOURCE_WIDTH))
            for o in offers]
    table(["topic", "status", "amount", "ages", "entry", "source"], rows, out)
    _print_contacts(store, authority, out)
    return 0


def _show_one(store: OfferStore, authority: Authority, topic: str, out: TextIO) -> int:
    offer = store.offer_for(authority.key, topic)
    label = vocabulary.topic(topic).label
    print(f"{authority.name}: {label}", file=out)
    if offer is None:
        print(f"  No entry for '{topic}' in {authority.name}'s offer (the sources say nothing about it).",
              file=out)
    else:
        amount = amount_label(offer)
        if offer.amount_text:
            amount += f'  (written in the source as "{offer.amount_text}")'
        _field("Title", offer.title, out)
        _field("Topic", f"{offer.topic} ({offer.category})", out)
        _field("Status", offer.status.replace("_", " "), out)
        if offer.promise:
            _field("Promise", PROMISE_LABELS.get(offer.promise, offer.promise), out)
        if offer.only_if:
            _field("Only if", offer.only_if, out)
        _field("Amount", amount, out)
        _field("Ages", ages_label(offer), out)
        _field("Summary", offer.summary, out)
        _field("Conditions", offer.conditions, out)
        _field("How to apply", offer.how_to_apply, out)
        _field("Legal basis", offer.legal_basis.replace("_", " "), out)
        _field("Source", source_label(offer), out)
        for citation in offer.citations:
            where = "" if (citation.file, citation.section) == (offer.source_file, offer.source_section) \
                else f" ({citation.file} § {citation.section})"
            _field("It says", f'"{citation.quote}"{where}', out)
        if offer.caution:
            _field("Caution", offer.caution, out)
        _field("Entry", _entry_note(store, authority, offer), out)
        _field("Last reviewed", offer.last_reviewed.isoformat(), out)
    baseline = store.national(topic)
    if baseline is not None:
        print(f"  National baseline: {amount_label(baseline)} ({baseline.legal_basis.replace('_', ' ')}; "
              f"{source_label(baseline)})", file=out)
    _print_contacts(store, authority, out)
    return 0 if offer is not None else 1


def _entry_note(store: OfferStore, authority: Authority, offer: Offer) -> str:
    if offer.inherited_from:
        return f"inherited from {store.authority(offer.inherited_from).name}"
    if authority.inherits:
        parent = store.offer_for(authority.inherits, offer.topic)
        if parent is not None:
            return (f"{authority.name}'s own entry; overrides {store.authority(authority.inherits).name} "
                    f"({amount_label(parent)}, {source_label(parent)})")
    return f"{authority.name}'s own entry"


def _print_contacts(store: OfferStore, authority: Authority, out: TextIO) -> None:
    c = store.contacts(authority.key)
    print("Who to ask:", file=out)
    _field("Service", c.service_name, out)
    for phone in c.phones:
        _field("Phone", f"{phone.number} ({phone.label})", out)
    _field("Email", c.email, out)
    _field("Address", c.address, out)
    _field("Hours", "; ".join(c.hours_text) if c.hours_text else "not stated in the sources", out)
    if c.out_of_hours_number:
        _field("Out of hours", f"{c.out_of_hours_number} ({c.out_of_hours_label})", out)
    state = {True: "open", False: "closed", None: "unknown (no hours published)"}[c.office_open]
    _field("Right now", f"office {state}; ring {c.number_now or 'no number published'}", out)


@_with_store
def cmd_compare(args: argparse.Namespace, store: OfferStore, out: TextIO) -> int:
    topic = _pick_topic(args.topic, out)
    if topic is None:
        return 2
    print(f"{vocabulary.topic(topic).label} ({topic})", file=out)
    rows = []
    for authority, offer in store.compare(topic):
        if offer is None:
            rows.append((authority.name, "no entry", "-", "-", "-", "-"))
        else:
            inherited = store.authority(offer.inherited_from).short_name if offer.inherited_from else "-"
            rows.append((authority.name, offer.status, amount_label(offer), ages_label(offer),
                         inherited, _clip(source_label(offer), SOURCE_WIDTH)))
    baseline = store.national(topic)
    if baseline is not None:
        rows.append(("National baseline", baseline.status, amount_label(baseline), ages_label(baseline),
                     "-", _clip(source_label(baseline), SOURCE_WIDTH)))
    table(["authority", "status", "amount", "ages", "inherited from", "source"], rows, out)
    return 0


@_with_store
def cmd_contacts(args: argparse.Namespace, store: OfferStore, out: TextIO) -> int:
    authority = _pick_authority(store, args.authority, out)
    if authority is None:
        return 2
    at = datetime.fromisoformat(args.at) if args.at else None
    print(authority.name, file=out)
    c = store.contacts(authority.key, at)
    _print_contacts_at(c, out)
    return 0


def _print_contacts_at(c, out: TextIO) -> None:
    _field("Checked at", c.checked_at.strftime("%A %Y-%m-%d %H:%M %Z"), out)
    _field("Office open", {True: "yes", False: "no", None: "unknown (no hours published)"}[c.office_open], out)
    _field("Ring now", c.number_now, out)
    _field("Languages", ", ".join(c.languages) if c.languages else None, out)
    for note in c.notes:
        _field("Note", note, out)


@_with_store
def cmd_services(args: argparse.Namespace, store: OfferStore, out: TextIO) -> int:
    found, authority = _authority_filter(store, args.authority, out)
    if not found:
        return 2
    services = store.services(args.need, authority=authority)
    rows = []
    for s in services:
        contact = ", ".join([p.number for p in s.phones] +
                            [f"text {t.keyword + ' to ' if t.keyword else ''}{t.number}" for t in s.texts] +
                            ([s.email] if s.email else []))
        hours_text = "24/7" if s.always_open else ("; ".join(s.hours_text) or "-")
        rows.append((s.name, s.authority_key or "national", contact or "-", hours_text))
    table(["service", "area", "contact", "hours"], rows, out)
    return 0


@_with_store
def cmd_search(args: argparse.Namespace, store: OfferStore, out: TextIO) -> int:
    found, authority = _authority_filter(store, args.authority, out)
    if not found:
        return 2
    offers = store.search(args.text, authority=authority)
    rows = [(o.authority_key, o.topic, o.status, amount_label(o), o.title) for o in offers]
    table(["authority", "topic", "status", "amount", "title"], rows, out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m offers", description="Care leaver Local Offer store.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check every data file; errors as file:line: field: message")
    p.add_argument("--data-dir", help="folder of YAML files (default: offers/data)")
    p.add_argument("--sources-dir", help="source documents (default: $OFFER_SOURCES_DIR or offers/sources)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("load", help="validate, then replace the stored data in one transaction")
    p.add_argument("--data-dir")
    p.add_argument("--if-changed", action="store_true", help="skip if the data is already loaded")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("show", help="an authority's offer, or one topic of it")
    p.add_argument("authority", help="key, name or alias, e.g. 'North Northamptonshire'")
    p.add_argument("topic", nargs="?", help="topic key (or words, e.g. 'council tax')")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("compare", help="one topic across all authorities")
    p.add_argument("topic")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("contacts", help="who to ring now (office hours in Europe/London)")
    p.add_argument("authority")
    p.add_argument("--at", help="ISO date-time, London time unless it has an offset")
    p.set_defaults(func=cmd_contacts)

    p = sub.add_parser("services", help="services and helplines, optionally for a need")
    p.add_argument("need", nargs="?")
    p.add_argument("--authority")
    p.set_defaults(func=cmd_services)

    p = sub.add_parser("search", help="offers matching words")
    p.add_argument("text")
    p.add_argument("--authority")
    p.set_defaults(func=cmd_search)

    for name in ("load", "show", "compare", "contacts", "services", "search"):
        sub.choices[name].add_argument("--url", help="database URL (default: $OFFERS_DB_URL or var/offers.db)")
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args, out or sys.stdout)
