"""`python -m bot migrate-messenger-ids`: give Messenger conversations from before issue 17
their new ids.

Since issue 17 the Messenger channel keeps each conversation under `messenger-` + the
Messenger user id (bot/rasa/channels/facebook.py), so REST and website ids can't reach it.
Conversations stored before then are under the bare user id: the next message from that
person starts a new, empty conversation, and "download my chat" or "delete my chat" miss
the old one. This renames them, in the tracker store's `events` table and in the triage
cases, to the new form.

What counts as a Messenger conversation: one whose user messages came in on the
`facebook` input channel (stored in each user event). Never touched:
- ids that already have the prefix (so running it twice changes nothing the second time),
  website ids (`web-`) and pseudonymised ids;
- conversations with no Messenger messages (REST, website, shell);
- "mixed" conversations, with Messenger messages and messages from another channel (before
  issue 17 any REST caller could write into any id): they are counted and left alone,
  unless `--include-mixed` says the Messenger user owns them.
A conversation whose new id already has messages (the person wrote again after the new
channel went live) is joined to it, the old messages first.

A triage case moves with its conversation, and a case raised from Messenger (channel
`facebook`) moves even when its conversation has since been deleted.

Dry run by default: it counts and changes nothing. `--apply` renames everything in one
transaction per database (one in all when the tracker and triage stores are one
database); a failure changes nothing, and running it again finishes the job. Safe to run
while the assistant is up. Output names no conversation: ids are personal data.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from bot.rasa import events

PREFIX = "messenger-"  # bot.rasa.channels.facebook.MESSENGER_PREFIX (a test checks they agree)
CHANNEL = "facebook"  # bot.rasa.channels.facebook.FacebookInput.name()
NEVER = (PREFIX, "web-", "pseudonym:")
MAX_ID = 255  # the sender_id columns' length


def new_id(old: str) -> str:
    return PREFIX + old


@dataclass
class Plan:
    """What the migration does (or did, with --apply)."""

    conversations: list[str] = field(default_factory=list)  # old ids to rename
    joined: int = 0  # of those, how many new ids already have events
    events: int = 0  # events moved
    mixed: int = 0  # Messenger and other channels in one conversation: left alone
    too_long: int = 0  # a new id would not fit the column: left alone
    cases: list[tuple[int, str]] = field(default_factory=list)  # (case id, old sender id)

    def describe(self, applied: bool) -> str:
        verb = "renamed" if applied else "would be renamed"
        lines = [
            f"{len(self.conversations)} Messenger conversations ({self.events} events) {verb} "
            f"to {PREFIX}<id>; {self.joined} of them joined to a conversation already under its new id",
            f"{len(self.cases)} triage cases {verb}",
        ]
        if self.mixed:
            lines.append(f"{self.mixed} conversations with Messenger and other channels' messages "
                         "left alone (--include-mixed renames them)")
        if self.too_long:
            lines.append(f"{self.too_long} conversations left alone: the new id would be over {MAX_ID} characters")
        if not applied:
            lines.append("dry run: nothing changed (--apply to do it)")
        return "\n".join(lines)


def plan(tracker: Connection, triage: Connection | None, *, include_mixed: bool = False) -> Plan:
    result = Plan()
    migrated: set[str] = set()  # old ids whose conversation already has the new id
    skipped: set[str] = set()
    if events.has_table(tracker):
        for sender, channels in sorted(events.user_channels(tracker, CHANNEL).items()):
            if sender.startswith(PREFIX):
                migrated.add(sender[len(PREFIX):])
            elif sender.startswith(NEVER):
                continue
            elif channels != {CHANNEL} and not include_mixed:
                result.mixed += 1
                skipped.add(sender)
            elif len(new_id(sender)) > MAX_ID:
                result.too_long += 1
                skipped.add(sender)
            else:
                result.conversations.append(sender)
        result.events = events.count_events(tracker, result.conversations)
        result.joined = len(events.existing_conversations(
            tracker, [new_id(s) for s in result.conversations]))
    if triage is not None and _has_cases(triage):
        result.cases = _cases(triage, set(result.conversations) | migrated, skipped)
    return result


def _has_cases(connection: Connection) -> bool:
    from sqlalchemy import inspect

    from bot.triage.models import Case

    return inspect(connection).has_table(Case.__tablename__)


def _cases(connection: Connection, messenger: set[str], skipped: set[str]) -> list[tuple[int, str]]:
    """Cases of Messenger conversations, and cases raised from Messenger whose conversation
    is gone, still under an old id."""
    from bot.triage.models import Case

    c = Case.__table__.c
    found = []
    for case_id, sender, channel in connection.execute(select(c.id, c.sender_id, c.channel).order_by(c.id)):
        if not sender or sender.startswith(NEVER) or sender in skipped or len(new_id(sender)) > MAX_ID:
            continue
        if sender in messenger or channel == CHANNEL:
            found.append((case_id, sender))
    return found


def apply(tracker: Connection, triage: Connection | None, done: Plan) -> None:
    """Rename what `done` lists (inside the callers' transactions)."""
    moved = sum(events.rename_conversation(tracker, old, new_id(old)) for old in done.conversations)
    done.events = moved
    if triage is not None and done.cases:
        from bot.triage.models import Case

        table = Case.__table__
        for case_id, old in done.cases:
            triage.execute(table.update().where(table.c.id == case_id, table.c.sender_id == old)
                           .values(sender_id=new_id(old)))


def migrate(tracker_url: str | None = None, triage_url: str | None = None, *,
            do_apply: bool = False, include_mixed: bool = False) -> Plan:
    """Plan (and with `do_apply`, rename) in one transaction per database; a failure
    rolls every database back that had not committed, and a second run finishes the job."""
    from bot.db import database_url, make_engine

    tracker_url = database_url(tracker_url, "tracker")
    triage_url = database_url(triage_url, "triage")
    engines = [make_engine(tracker_url)]
    if triage_url != tracker_url:
        engines.append(make_engine(triage_url))
    try:
        with ExitStack() as stack:
            connections = [stack.enter_context(engine.connect()) for engine in engines]
            transactions = [connection.begin() for connection in connections]
            tracker, triage = connections[0], connections[-1]
            if do_apply and tracker.dialect.name == "postgresql" and events.has_table(tracker):
                # Rasa's own writes wait (milliseconds) so no conversation is half renamed.
                tracker.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
                tracker.exec_driver_sql("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
            result = plan(tracker, triage, include_mixed=include_mixed)
            if not do_apply:
                for transaction in transactions:
                    transaction.rollback()
                return result
            apply(tracker, triage, result)
            # The triage database first when there are two: if the tracker's commit then
            # fails, the next run finds those cases again from their channel.
            for transaction in reversed(transactions):
                transaction.commit()
            return result
    finally:
        for engine in engines:
            engine.dispose()


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "migrate-messenger-ids",
        help="give Messenger conversations from before issue 17 their messenger- ids",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    parser.add_argument("--apply", action="store_true", help="rename (default: count only, change nothing)")
    parser.add_argument("--include-mixed", action="store_true",
                        help="also rename conversations with messages from Messenger and another channel")
    parser.add_argument("--tracker-db-url", help="conversation store URL (default: TRACKER_DB_URL)")
    parser.add_argument("--triage-db-url", help="triage store URL (default: TRIAGE_DB_URL)")
    parser.set_defaults(func=command)
    return parser


def command(args: argparse.Namespace) -> int:
    try:
        result = migrate(args.tracker_db_url, args.triage_db_url,
                         do_apply=args.apply, include_mixed=args.include_mixed)
    except SQLAlchemyError as exc:
        # Not the error's text: it can quote the SQL's parameters, which are conversation ids.
        print(f"migrate-messenger-ids: FAILED ({type(exc).__name__}); a database could not be "
              "read or changed. Nothing was committed unless --apply had committed the triage "
              "database; run it again to finish.", file=sys.stderr)
        return 1
    print(result.describe(applied=args.apply))
    try:
        from bot.triage import spool

        if spool.pending():
            # A spooled case keeps the id it was raised with; replayed later, it would be
            # under the old id again.
            print("note: cases are waiting in the triage spool; once the dashboard has replayed "
                  "them, run this again")
    except Exception:  # noqa: BLE001 - a note only
        pass
    return 0
