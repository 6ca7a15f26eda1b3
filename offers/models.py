"""SQLAlchemy tables for the offer store (SQLAlchemy 1.4, used 2.0-style).

The tables mirror the YAML files one to one; inheritance is resolved when querying, so
what is stored for North Northamptonshire is exactly its own file. Lists that are never
queried on their own (phones, hours, sources) are JSON columns.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Date, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint, inspect)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class AuthorityRow(Base):
    __tablename__ = "offer_authorities"
    key = Column(String(64), primary_key=True)
    name = Column(String(200), nullable=False)
    short_name = Column(String(200), nullable=False)
    selectable = Column(Boolean, nullable=False)
    parent_key = Column(String(64), ForeignKey("offer_authorities.key"), nullable=True)
    last_reviewed = Column(Date, nullable=False)
    source_file = Column(String(200), nullable=False)
    source_section = Column(String(300), nullable=False)
    source_date_note = Column(Text)
    source_age = Column(Text)
    website = Column(String(300))
    data_file = Column(String(200), nullable=False)


class AliasRow(Base):
    __tablename__ = "offer_authority_aliases"
    id = Column(Integer, primary_key=True)
    authority_key = Column(String(64), ForeignKey("offer_authorities.key"), nullable=False, index=True)
    alias = Column(String(200), nullable=False)


class ContactRow(Base):
    """An authority's own contact details; NULL fields are inherited from the parent."""
    __tablename__ = "offer_contacts"
    authority_key = Column(String(64), ForeignKey("offer_authorities.key"), primary_key=True)
    service_name = Column(String(300))
    address = Column(Text)
    postal_address = Column(Text)
    email = Column(String(300))
    website = Column(String(300))
    phones = Column(JSON)          # [{"number", "label", "role"}]
    hours_text = Column(JSON)      # ["Monday to Thursday: 9am to 5:30pm", ...]
    office_hours = Column(JSON)    # [[weekday, "09:00", "17:30"], ...]
    out_of_hours_number = Column(String(50))
    out_of_hours_label = Column(String(300))
    languages = Column(JSON)
    notes = Column(JSON)
    sources = Column(JSON, nullable=False)   # [{"file", "section", "quote"}]


class EntitlementRow(Base):
    __tablename__ = "offer_entitlements"
    __table_args__ = (UniqueConstraint("authority_key", "topic", name="uq_offer_entitlement_topic"),
                      Index("ix_offer_entitlements_topic", "topic"))
    id = Column(Integer, primary_key=True)
    authority_key = Column(String(64), ForeignKey("offer_authorities.key"), nullable=False)
    topic = Column(String(64), nullable=False)
    category = Column(String(64), nullable=False)
    title = Column(String(300), nullable=False)
    summary = Column(Text, nullable=False)
    status = Column(String(20), nullable=False)
    amount_pence = Column(Integer)
    amount_text = Column(String(50))
    amount_qualifier = Column(String(20))    # exactly / up_to / at_least / total
    period = Column(String(20))
    promise = Column(String(20))             # definite / only_if / in_principle / discretionary
    only_if = Column(Text)
    age_min = Column(Integer)
    age_max = Column(Integer)
    conditions = Column(Text)
    how_to_apply = Column(Text)
    legal_basis = Column(String(40), nullable=False)
    source_file = Column(String(200), nullable=False)
    source_section = Column(String(300), nullable=False)
    citations = Column(JSON, nullable=False)  # [{"file", "section", "quote"}], the entry's own source first
    caution = Column(Text)
    caution_source = Column(JSON)             # {"file", "section", "quote"}


class ServiceRow(Base):
    __tablename__ = "offer_services"
    key = Column(String(64), primary_key=True)
    authority_key = Column(String(64), ForeignKey("offer_authorities.key"), nullable=True)  # NULL = national
    name = Column(String(300), nullable=False)
    description = Column(Text, nullable=False)
    phones = Column(JSON, nullable=False)
    texts = Column(JSON, nullable=False)
    email = Column(String(300))
    website = Column(String(300))
    addresses = Column(JSON, nullable=False)
    hours_text = Column(JSON, nullable=False)
    always_open = Column(Boolean, nullable=False)
    office_hours = Column(JSON, nullable=False)
    helps_with = Column(JSON, nullable=False)
    keywords = Column(JSON, nullable=False)
    age_min = Column(Integer)
    age_max = Column(Integer)
    source_file = Column(String(200), nullable=False)
    source_section = Column(String(300), nullable=False)
    quote = Column(Text)


class ServiceTopicRow(Base):
    """Which topics a service helps with, as rows so they can be queried."""
    __tablename__ = "offer_service_topics"
    service_key = Column(String(64), ForeignKey("offer_services.key"), primary_key=True)
    topic = Column(String(64), primary_key=True, index=True)


class MetaRow(Base):
    __tablename__ = "offer_meta"
    key = Column(String(64), primary_key=True)
    value = Column(Text, nullable=False)


# Children before parents, for deleting everything in one transaction.
DELETE_ORDER = (ServiceTopicRow, ServiceRow, EntitlementRow, ContactRow, AliasRow, AuthorityRow, MetaRow)


# Bump when a table changes shape. It is part of the loaded data's hash, so a database
# loaded by an older version is reloaded (and its tables rebuilt) at the next start-up.
SCHEMA_VERSION = 2


def create_all(bind: Engine | Connection) -> None:
    """Create any missing tables (idempotent)."""
    Base.metadata.create_all(bind)


def rebuild_if_changed(connection: Connection) -> bool:
    """Drop and recreate the offer tables if any exists with different columns.

    The tables hold nothing but what the YAML files say, and every load replaces all their
    rows, so an older layout is rebuilt rather than migrated. Runs inside the load's
    transaction (PostgreSQL and SQLite both roll DDL back with it). True if it rebuilt.
    """
    inspector = inspect(connection)
    existing = set(inspector.get_table_names())
    stale = [table for table in Base.metadata.sorted_tables if table.name in existing
             and {c["name"] for c in inspector.get_columns(table.name)} != {c.name for c in table.columns}]
    if not stale:
        return False
    Base.metadata.drop_all(connection, tables=[t for t in Base.metadata.sorted_tables if t.name in existing])
    Base.metadata.create_all(connection)
    return True
