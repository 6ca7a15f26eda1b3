"""Validation of the offer data files, with file, line and field for every problem.

The YAML is composed into nodes (not just loaded) so every value keeps its line number.
`validate_files()` checks each file's shape and values, then the rules that span files
(inheritance, unique keys).

Every entry carries its citation: the document, the section and a quote (the sentence or
table row the entry relies on). Two kinds of check follow from that:

- **in the repository** (always): every amount, and the words that qualify it ("up to",
  "at least", "totalling"), every "in principle", every age, phone number, email address
  and opening time in an entry must be in its quote. So a figure can't be invented, and
  "up to £300" can't become "£300", even where the documents are not available.
- **against the documents** (OFFER_SOURCES_DIR, else offers/sources):
  every quote must be in the section it cites. Where they are not, these checks are
  counted as not run, and `python -m offers validate` says so.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from offers import hours, vocabulary
from offers.money import AMOUNT_QUALIFIERS, find_amounts, parse_amount_text, qualifiers_of
from offers.sources import ELLIPSIS, MIN_PIECE, SourceLibrary, contains, quote_pieces
from offers.textnorm import without_whitespace

NATIONAL_KEY = "national"
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\d£])(?:0\d{2,4}(?: ?\d{3,4}){1,2}|116 ?123)(?!\d)")
PHONE_ROLES = ("office", "person", "minicom", "other")

# Words in a quote that say how firm a promise is. "In principle" is checked both ways;
# a plain promise may not rest on a quote that hedges; a conditional or discretionary one
# must rest on a quote that says so. The entry's own quote (its `source`) is what it
# promises; quotes in `other_sources` add detail the summary words for itself ("they may
# also ..."), so a hedge there does not make the main promise less firm.
IN_PRINCIPLE_RE = re.compile(r"\bin\s+principle\b", re.IGNORECASE)
HEDGE_RE = re.compile(r"\b(?:in\s+principle|we\s+may|may\s+be\s+(?:offered|able)|possibly|where\s+appropriate"
                      r"|if\s+possible|exceptional(?:ly)?|we\s+will\s+try|will\s+try)\b", re.IGNORECASE)
CONDITION_RE = re.compile(r"\b(?:if|only|unless|exceptional|where|when|provided|subject\s+to|emergenc(?:y|ies)"
                          r"|as\s+long\s+as|for\s+those|apart\s+from|except)\b", re.IGNORECASE)
DISCRETION_RE = re.compile(r"\b(?:may|might|possibl[ey]|where\s+appropriate|if\s+possible|try|case\s+by\s+case"
                           r"|individual(?:ly)?|assessed|consider|can\s+be\s+looked\s+at|exceptional"
                           r"|discretion(?:ary)?|decides)\b", re.IGNORECASE)
NEGATION_RE = re.compile(r"\b(?:not|no|don't|doesn't|won't|cannot|can't|never)\b", re.IGNORECASE)


@dataclass
class CheckCounts:
    """How many checks ran, so a run can say what it did and did not check."""
    in_repository: int = 0       # facts checked against the quotes in the data
    documents: int = 0           # quotes found in their documents
    documents_not_run: int = 0   # quotes not looked up: the documents are not here
    documents_dir: Path | None = None
# libyaml is several times faster and keeps line marks; fall back to pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Issue:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


@dataclass
class ParsedFile:
    """One data file after validation: plain values plus the lines cross-file checks need."""
    path: Path
    authority: dict[str, Any]
    contact: dict[str, Any] | None
    entitlements: list[dict[str, Any]]
    services: list[dict[str, Any]]
    lines: dict[str, int] = field(default_factory=dict)


# --- field specifications ---------------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    kind: str                      # str, int, bool, date, str_list, map, list (of maps)
    required: bool = False
    choices: tuple[str, ...] = ()
    fields: dict[str, "Spec"] | None = None   # for map / list of maps
    min_value: int | None = None
    max_value: int | None = None


SOURCE = {"file": Spec("str", True), "section": Spec("str", True), "quote": Spec("str")}
# An entry's citation: the quote is required, and every fact in the entry is checked against it.
CITATION = {"file": Spec("str", True), "section": Spec("str", True), "quote": Spec("str", True)}
PHONE = {"number": Spec("str", True), "label": Spec("str", True),
         "role": Spec("str", choices=PHONE_ROLES)}
TEXTLINE = {"number": Spec("str", True), "label": Spec("str", True), "keyword": Spec("str")}
AGE = dict(min_value=0, max_value=30)

AUTHORITY = {
    "key": Spec("str", True), "name": Spec("str", True), "short_name": Spec("str"),
    "aliases": Spec("str_list"), "selectable": Spec("bool"), "inherits": Spec("str"),
    "last_reviewed": Spec("date", True), "source_date_note": Spec("str"), "source_age": Spec("str"),
    "website": Spec("str"), "source": Spec("map", True, fields=SOURCE),
}
CONTACT = {
    "service_name": Spec("str"), "address": Spec("str"), "postal_address": Spec("str"),
    "email": Spec("str"), "website": Spec("str"),
    "phones": Spec("list", fields=PHONE),
    "hours_text": Spec("str_list"), "office_hours": Spec("map"),
    "out_of_hours": Spec("map", fields={"number": Spec("str", True), "label": Spec("str", True)}),
    "languages": Spec("str_list"), "notes": Spec("str_list"),
    "sources": Spec("list", True, fields=CITATION),
}
ENTITLEMENT = {
    "topic": Spec("str", True), "category": Spec("str"), "title": Spec("str", True),
    "summary": Spec("str", True),
    "status": Spec("str", True, choices=vocabulary.STATUSES),
    "amount_pence": Spec("int", min_value=0), "amount_text": Spec("str"),
    "amount_qualifier": Spec("str", choices=AMOUNT_QUALIFIERS),
    "period": Spec("str", choices=vocabulary.PERIODS),
    "promise": Spec("str", choices=vocabulary.PROMISES), "only_if": Spec("str"),
    "age_min": Spec("int", **AGE), "age_max": Spec("int", **AGE),
    "conditions": Spec("str"), "how_to_apply": Spec("str"),
    "legal_basis": Spec("str", True, choices=vocabulary.LEGAL_BASES),
    "source": Spec("map", True, fields=CITATION),
    "other_sources": Spec("list", fields=CITATION),
    "caution": Spec("map", fields={"text": Spec("str", True), "source": Spec("map", True, fields=CITATION)}),
}
SERVICE = {
    "key": Spec("str", True), "name": Spec("str", True), "description": Spec("str", True),
    "phones": Spec("list", fields=PHONE), "texts": Spec("list", fields=TEXTLINE),
    "email": Spec("str"), "website": Spec("str"), "addresses": Spec("str_list"),
    "hours_text": Spec("str_list"), "always_open": Spec("bool"), "office_hours": Spec("map"),
    "helps_with": Spec("str_list", True), "keywords": Spec("str_list"),
    "age_min": Spec("int", **AGE), "age_max": Spec("int", **AGE),
    "source": Spec("map", True, fields=CITATION),
    "other_sources": Spec("list", fields=CITATION),
}
TOP = {
    "authority": Spec("map", True, fields=AUTHORITY), "contact": Spec("map", fields=CONTACT),
    "entitlements": Spec("list", fields=ENTITLEMENT), "services": Spec("list", fields=SERVICE),
}

_KIND_NAMES = {"str": "text", "int": "a whole number", "bool": "true or false",
               "date": "a date (YYYY-MM-DD)", "str_list": "a list of text",
               "map": "a mapping", "list": "a list"}


def _yaml_type(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "a mapping", dt.date: "a date",
            dt.datetime: "a date-time"}.get(type(value), type(value).__name__)


class _FileChecker:
    """Walks one file's node tree against the specs, collecting issues."""

    def __init__(self, path: Path, text: str, library: SourceLibrary | None, counts: CheckCounts):
        self.path = path
        self.name = path.name
        self.issues: list[Issue] = []
        # The registry of sections is in the repository, so citations are always checked
        # against it; the documents only where they are.
        self.library = library
        self.documents = library if library is not None and library.available() else None
        self.counts = counts
        self._loader = _Loader(text)

    def issue(self, node: Node | None, field_path: str, message: str, line: int | None = None) -> None:
        if line is None:
            line = node.start_mark.line + 1 if node is not None else 1
        self.issues.append(Issue(self.name, line, field_path, message))

    # -- generic shape checking --

    def _items(self, node: MappingNode, path: str) -> dict[str, tuple[Node, Node]]:
        items: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.issue(key_node, path or "(top)", "keys must be plain text")
                continue
            if key in items:
                first = items[key][0].start_mark.line + 1
                self.issue(key_node, _join(path, key), f"duplicate key (first given on line {first})")
                continue
            items[key] = (key_node, value_node)
        return items

    def check_map(self, node: Node, path: str, fields: dict[str, Spec]) -> dict[str, Any] | None:
        if not isinstance(node, MappingNode):
            self.issue(node, path or "(top)", f"expected a mapping, got {_yaml_type(self._value(node))}")
            return None
        items = self._items(node, path)
        result: dict[str, Any] = {"_line": node.start_mark.line + 1, "_lines": {}}
        for key, (key_node, value_node) in items.items():
            spec = fields.get(key)
            if spec is None:
                close = difflib.get_close_matches(key, fields, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.issue(key_node, _join(path, key), f"unknown field{hint}")
                continue
            result["_lines"][key] = value_node.start_mark.line + 1
            result[key] = self.check_value(value_node, _join(path, key), spec)
        for key, spec in fields.items():
            if spec.required and key not in items:
                self.issue(node, _join(path, key), "required field is missing")
            result.setdefault(key, None)
        return result

    def check_value(self, node: Node, path: str, spec: Spec) -> Any:
        if spec.kind == "map":
            if spec.fields is None:
                return self._plain_map(node, path)
            return self.check_map(node, path, spec.fields)
        if spec.kind == "list":
            if not isinstance(node, SequenceNode):
                return self._wrong(node, path, spec)
            out = []
            for i, item in enumerate(node.value):
                item_path = f"{path}[{i}]" + _label(item)
                checked = self.check_map(item, item_path, spec.fields or {})
                if checked is not None:
                    checked["_path"] = item_path
                    out.append(checked)
            return out
        if spec.kind == "str_list":
            if not isinstance(node, SequenceNode):
                return self._wrong(node, path, spec)
            out = []
            for i, item in enumerate(node.value):
                value = self._value(item)
                if not isinstance(value, str) or not value.strip():
                    self.issue(item, f"{path}[{i}]", f"expected text, got {_yaml_type(value)}")
                else:
                    out.append(value.strip())
            return out
        value = self._value(node)
        if value is None and not spec.required:
            return None
        ok = {
            "str": lambda v: isinstance(v, str) and bool(v.strip()),
            "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "bool": lambda v: isinstance(v, bool),
            "date": lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime),
        }[spec.kind](value)
        if not ok:
            return self._wrong(node, path, spec)
        if spec.kind == "str":
            value = " ".join(value.split()) if "\n" in value else value.strip()
        if spec.choices and value not in spec.choices:
            self.issue(node, path, f"'{value}' is not one of: {', '.join(spec.choices)}")
            return None
        if spec.min_value is not None and value < spec.min_value:
            self.issue(node, path, f"must be at least {spec.min_value}")
            return None
        if spec.max_value is not None and value > spec.max_value:
            self.issue(node, path, f"must be at most {spec.max_value}")
            return None
        return value

    def _plain_map(self, node: Node, path: str) -> dict[str, Any] | None:
        if not isinstance(node, MappingNode):
            self._wrong(node, path, Spec("map"))
            return None
        items = self._items(node, path)
        return {k: (self._value(v), v.start_mark.line + 1) for k, (_, v) in items.items()}

    def _wrong(self, node: Node, path: str, spec: Spec) -> None:
        self.issue(node, path, f"expected {_KIND_NAMES[spec.kind]}, got {_yaml_type(self._value(node))}")
        return None

    def _value(self, node: Node) -> Any:
        try:
            return self._loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            return f"<unreadable: {exc}>"

    # -- citations --

    def count(self, kind: str = "in_repository") -> None:
        setattr(self.counts, kind, getattr(self.counts, kind) + 1)

    def check_source(self, source: dict | None, path: str) -> None:
        """The cited file and section are registered (in the repository); with the documents
        here, the file exists, the heading is in it and the quote is in that section."""
        if not source or not source.get("file") or not source.get("section"):
            return
        line = source["_line"]
        file, section, quote = source["file"], source["section"], source.get("quote")
        if quote:
            self.check_quote_shape(quote, f"{path}.quote", source["_lines"].get("quote", line))
        lib = self.library
        if lib is None:
            return
        if file not in lib.registry:
            close = difflib.get_close_matches(file, list(lib.registry), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            where = "" if self.documents is None else f" in {lib.directory}"
            self.issue(None, f"{path}.file", f"'{file}' is not a file{where} registered in source_sections.yml{hint}", line)
            return
        if section not in lib.headings(file):
            close = difflib.get_close_matches(section, lib.headings(file), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.issue(None, f"{path}.section",
                       f"'{section}' is not a registered section of {file}{hint}", line)
            return
        self.count()
        if self.documents is None:
            if quote:
                self.count("documents_not_run")
            return
        if not lib.has_file(file):
            self.issue(None, f"{path}.file", f"'{file}' is not a file in {lib.directory}", line)
        elif not lib.heading_offsets(file, section):
            self.issue(None, f"{path}.section", f"heading '{section}' not found in {file}", line)
        elif quote:
            self.count("documents")
            if not lib.quote_in_section(file, section, quote):
                self.issue(None, f"{path}.quote", f"not found in {file} § {section} (the text must be copied "
                           f"exactly, with '{ELLIPSIS}' where words are skipped)", source["_lines"].get("quote", line))

    def check_quote_shape(self, quote: str, path: str, line: int) -> None:
        for piece in quote_pieces(quote):
            if len(without_whitespace(piece)) < MIN_PIECE:
                self.issue(None, path, f"the piece '{piece}' is too short to find in the document "
                           f"(join it to its neighbours)", line)

    @staticmethod
    def quotes(citations: list[dict | None]) -> list[str]:
        return [c["quote"] for c in citations if c and c.get("quote")]

    def require_quoted(self, quotes: list[str], snippet: str, path: str, line: int, what: str) -> bool:
        """`snippet` (an amount, number, email, opening time) is written in one of the quotes."""
        self.count()
        if any(contains(q, snippet) for q in quotes):
            return True
        self.issue(None, path, f"{what} '{snippet}' is not in the quoted source text", line)
        return False

    def check_free_text(self, record: dict, fields: tuple[str, ...], path: str, quotes: list[str]) -> None:
        """Amounts, phone numbers and emails written in prose must be in the quotes too."""
        for name in fields:
            value = record.get(name)
            if not value:
                continue
            text = " ".join(value) if isinstance(value, list) else value
            line = record["_lines"].get(name, record["_line"])
            for amount in find_amounts(text):
                self.require_quoted(quotes, amount, f"{path}.{name}", line, "amount")
            for phone in PHONE_RE.findall(text):
                self.require_quoted(quotes, phone, f"{path}.{name}", line, "phone number")
            for email in EMAIL_RE.findall(text):
                self.require_quoted(quotes, email, f"{path}.{name}", line, "email address")

    def check_hours(self, record: dict, path: str, quotes: list[str]) -> list[tuple[int, dt.time, dt.time]]:
        """Structured office hours: valid, and the same as the hours quoted from the source."""
        structured: dict[int, tuple[dt.time, dt.time]] = {}
        raw = record.get("office_hours")
        for day, (value, line) in (raw or {}).items():
            if day not in hours.WEEKDAYS:
                self.issue(None, f"{path}.office_hours.{day}", "not a weekday name (monday ... sunday)", line)
                continue
            if value is None:
                continue
            if not isinstance(value, str):
                self.issue(None, f"{path}.office_hours.{day}", f"expected 'HH:MM-HH:MM', got {_yaml_type(value)}", line)
                continue
            try:
                structured[hours.WEEKDAYS.index(day)] = hours.parse_range(value)
            except ValueError as exc:
                self.issue(None, f"{path}.office_hours.{day}", str(exc), line)
        texts = record.get("hours_text") or []
        line = record["_lines"].get("hours_text", record["_line"])
        for text in texts:
            self.require_quoted(quotes, text, f"{path}.hours_text", line, "opening hours")
        if raw is not None:
            if not texts:
                self.issue(None, f"{path}.office_hours", "office hours need hours_text quoting the source", record["_lines"]["office_hours"])
            else:
                written: dict[int, tuple[dt.time, dt.time]] = {}
                for text in texts:
                    written.update(hours.parse_hours_text(text))
                if written != structured:
                    self.issue(None, f"{path}.office_hours",
                               "does not match the hours written in hours_text", record["_lines"]["office_hours"])
        return [(d, o, c) for d, (o, c) in sorted(structured.items())]

    def check_phones(self, record: dict, path: str, quotes: list[str]) -> None:
        for i, phone in enumerate(record.get("phones") or []):
            if phone.get("number"):
                self.require_quoted(quotes, phone["number"], f"{path}.phones[{i}].number",
                                    phone["_lines"]["number"], "phone number")
            phone["role"] = phone.get("role") or "office"
        for i, text in enumerate(record.get("texts") or []):
            if text.get("number"):
                self.require_quoted(quotes, text["number"], f"{path}.texts[{i}].number",
                                    text["_lines"]["number"], "text number")
        if record.get("email"):
            self.require_quoted(quotes, record["email"], f"{path}.email", record["_lines"]["email"], "email address")

    def check_ages(self, record: dict, path: str, quotes: list[str] | None = None) -> None:
        lo, hi = record.get("age_min"), record.get("age_max")
        if lo is not None and hi is not None and lo > hi:
            self.issue(None, f"{path}.age_min", f"age_min {lo} is greater than age_max {hi}",
                       record["_lines"]["age_min"])
        if not quotes:
            return   # no citation to check against (reported as missing already)
        # An age limit must be one the source states: "16-20", "aged 17 to 21", "under 18"
        # (age_max 17), "before your 18th birthday" (age_max 17), "from 21".
        text = " ".join(quotes)
        for name, age, alternatives in (("age_min", lo, ()), ("age_max", hi, _under(hi))):
            if age is None:
                continue
            self.count()
            if not (re.search(rf"(?<!\d){age}(?:st|nd|rd|th)?(?!\d)", text)
                    or any(re.search(a, text, re.IGNORECASE) for a in alternatives)):
                self.issue(None, f"{path}.{name}", f"age {age} is not in the quoted source text",
                           record["_lines"][name])

    # -- entries --

    def check_amount(self, ent: dict, path: str, primary_quote: str | None) -> None:
        """amount_text is in the entry's own quote, with the same qualifier the quote gives it."""
        lines = ent["_lines"]
        text, qualifier = ent.get("amount_text"), ent.get("amount_qualifier")
        if ent.get("amount_pence") is None:
            if qualifier is not None:
                self.issue(None, f"{path}.amount_qualifier", "amount_qualifier given without amount_pence",
                           lines["amount_qualifier"])
            return
        if qualifier is None:
            self.issue(None, f"{path}.amount_qualifier",
                       f"an amount needs a qualifier ({', '.join(AMOUNT_QUALIFIERS)}), as its source words it",
                       lines["amount_pence"])
        if text is None or primary_quote is None or parse_amount_text(text) != ent["amount_pence"]:
            return   # nothing to look for, or already reported as inconsistent
        self.count()
        found = qualifiers_of(primary_quote, text)
        if not found:
            self.issue(None, f"{path}.amount_text", f"amount '{text}' is not in the quoted source text",
                       lines["amount_text"])
            return
        self.count()
        if qualifier is not None and (qualifier not in found or (qualifier == "exactly" and set(found) != {"exactly"})):
            said = " / ".join(_QUALIFIER_WORDS[k] for k in dict.fromkeys(found))
            self.issue(None, f"{path}.amount_qualifier",
                       f"the source says {said} {text}, but the entry claims '{qualifier}'",
                       lines.get("amount_qualifier", lines["amount_text"]))

    def check_promise(self, ent: dict, path: str, quotes: list[str]) -> None:
        """The promise is as firm as the quote: no 'in principle' or 'we may' read as 'we will'.

        `quotes[0]` is the entry's own quote; the rest come from `other_sources`.
        """
        lines = ent["_lines"]
        status, promise, only_if = ent.get("status"), ent.get("promise"), ent.get("only_if")
        text = " ".join(quotes)
        own = quotes[0] if quotes else ""
        if status in ("not_offered", "unknown"):
            for name in ("promise", "only_if"):
                if ent.get(name) is not None:
                    self.issue(None, f"{path}.{name}", f"a {status} entry makes no promise", lines[name])
            if status == "not_offered" and quotes:
                self.count()
                if not NEGATION_RE.search(text):
                    self.issue(None, f"{path}.status", "not_offered, but the quoted source text says no 'not' or 'no'",
                               lines["status"])
            return
        if status is None:
            return
        if promise is None:
            self.issue(None, f"{path}.promise",
                       f"say how firm the promise is ({', '.join(vocabulary.PROMISES)}), as its source words it",
                       lines["status"])
            return
        if (status == "discretionary") != (promise == "discretionary"):
            self.issue(None, f"{path}.promise", "status discretionary and promise discretionary go together",
                       lines["promise"])
        if (promise == "only_if") != bool(only_if):
            self.issue(None, f"{path}.only_if", "promise only_if needs only_if (the condition), and only_if needs it",
                       lines.get("only_if", lines["promise"]))
        if not quotes:
            return
        self.count()
        if IN_PRINCIPLE_RE.search(own) and promise != "in_principle":
            self.issue(None, f"{path}.promise", f"the source says 'in principle', but the entry claims '{promise}'",
                       lines["promise"])
        elif promise == "in_principle" and not IN_PRINCIPLE_RE.search(own):
            self.issue(None, f"{path}.promise", "in_principle, but the quoted source text does not say 'in principle'",
                       lines["promise"])
        elif promise == "definite" and (hedge := HEDGE_RE.search(own)):
            self.issue(None, f"{path}.promise", f"the source says '{hedge.group(0)}', but the entry claims 'definite'",
                       lines["promise"])
        elif promise == "only_if" and not CONDITION_RE.search(text):
            self.issue(None, f"{path}.promise", "only_if, but the quoted source text states no condition",
                       lines["promise"])
        elif promise == "discretionary" and not DISCRETION_RE.search(text):
            self.issue(None, f"{path}.promise", "discretionary, but the quoted source text does not say so "
                       "('may', 'where appropriate', 'possibly' ...)", lines["promise"])

    def check_entitlement(self, ent: dict, seen: dict[str, int]) -> None:
        lines = ent["_lines"]
        path = label = ent["_path"]
        topic = ent.get("topic")
        if topic:
            if not vocabulary.is_topic(topic):
                close = difflib.get_close_matches(topic, vocabulary.TOPIC_KEYS, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.issue(None, f"{label}.topic", f"unknown topic key '{topic}'{hint}", lines["topic"])
            else:
                expected = vocabulary.category_of(topic)
                if ent.get("category") and ent["category"] != expected:
                    self.issue(None, f"{label}.category",
                               f"'{ent['category']}' but topic '{topic}' belongs to '{expected}'", lines["category"])
                ent["category"] = expected
            if topic in seen:
                self.issue(None, f"{label}.topic",
                           f"duplicate topic '{topic}' (already given on line {seen[topic]})", lines["topic"])
            else:
                seen[topic] = lines["topic"]
        pence, text, period = ent.get("amount_pence"), ent.get("amount_text"), ent.get("period")
        if pence is not None:
            if period is None:
                self.issue(None, f"{path}.period", "an amount needs a period (one_off, per_year, per_month, per_week, over_course)",
                           lines["amount_pence"])
            if text is None:
                self.issue(None, f"{path}.amount_text", "an amount needs amount_text, the amount as written in the source",
                           lines["amount_pence"])
            elif parse_amount_text(text) != pence:
                self.issue(None, f"{path}.amount_text",
                           f"'{text}' does not equal amount_pence {pence}", lines["amount_text"])
            if ent.get("status") == "not_offered":
                self.issue(None, f"{path}.amount_pence", "a not_offered entry cannot have an amount", lines["amount_pence"])
        else:
            if period is not None:
                self.issue(None, f"{path}.period", "period given without amount_pence", lines["period"])
            if text is not None:
                self.issue(None, f"{path}.amount_text", "amount_text given without amount_pence", lines["amount_text"])
        source = ent.get("source")
        others = ent.get("other_sources") or []
        caution = ent.get("caution")
        self.check_source(source, f"{path}.source")
        for i, other in enumerate(others):
            self.check_source(other, f"{path}.other_sources[{i}]")
        if caution and caution.get("source"):
            self.check_source(caution["source"], f"{path}.caution.source")
        quotes = self.quotes([source, *others])
        self.check_ages(ent, path, quotes)
        self.check_amount(ent, path, (source or {}).get("quote"))
        self.check_promise(ent, path, quotes)
        self.check_free_text(ent, ("title", "summary", "conditions", "how_to_apply", "only_if"), path, quotes)
        if caution:
            caution["_lines"].setdefault("text", caution["_line"])
            self.check_free_text(caution, ("text",), f"{path}.caution",
                                 quotes + self.quotes([caution.get("source")]))

    def check_service(self, svc: dict, seen: dict[str, int]) -> None:
        path = svc["_path"]
        key = svc.get("key")
        if key:
            if not KEY_RE.match(key):
                self.issue(None, f"{path}.key", "keys are lower_case_with_underscores", svc["_lines"]["key"])
            if key in seen:
                self.issue(None, f"{path}.key", f"duplicate service key '{key}' (already on line {seen[key]})",
                           svc["_lines"]["key"])
            else:
                seen[key] = svc["_lines"]["key"]
        for i, topic in enumerate(svc.get("helps_with") or []):
            if not vocabulary.is_topic(topic):
                self.issue(None, f"{path}.helps_with[{i}]", f"unknown topic key '{topic}'", svc["_lines"]["helps_with"])
        if svc.get("helps_with") == []:
            self.issue(None, f"{path}.helps_with", "name at least one topic", svc["_lines"]["helps_with"])
        source = svc.get("source")
        others = svc.get("other_sources") or []
        self.check_source(source, f"{path}.source")
        for i, other in enumerate(others):
            self.check_source(other, f"{path}.other_sources[{i}]")
        quotes = self.quotes([source, *others])
        self.check_ages(svc, path, quotes)
        self.check_phones(svc, path, quotes)
        svc["office_hours"] = self.check_hours(svc, path, quotes)
        if svc.get("always_open") and not any(
                re.search(r"24\s*/\s*7|24[- ]hour", t) for t in svc.get("hours_text") or []):
            self.issue(None, f"{path}.always_open", "always_open needs hours_text that says 24/7 or 24 hours",
                       svc["_lines"]["always_open"])
        svc["always_open"] = bool(svc.get("always_open"))
        self.check_free_text(svc, ("description",), path, quotes)

    def check_contact(self, contact: dict, path: str) -> None:
        sources = contact.get("sources") or []
        for i, source in enumerate(sources):
            self.check_source(source, f"{path}.sources[{i}]")
        quotes = self.quotes(sources)
        self.check_phones(contact, path, quotes)
        ooh = contact.get("out_of_hours")
        if ooh and ooh.get("number"):
            self.require_quoted(quotes, ooh["number"], f"{path}.out_of_hours.number",
                                ooh["_lines"]["number"], "out-of-hours number")
        contact["office_hours"] = self.check_hours(contact, path, quotes)
        self.check_free_text(contact, ("address", "postal_address", "notes"), path, quotes)

    def check(self) -> ParsedFile | None:
        try:
            root = self._loader.get_single_node()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            self.issues.append(Issue(self.name, line, "(yaml)", str(getattr(exc, "problem", exc))))
            return None
        if root is None:
            self.issues.append(Issue(self.name, 1, "(top)", "file is empty"))
            return None
        top = self.check_map(root, "", TOP)
        if top is None:
            return None
        authority = top.get("authority") or None
        lines: dict[str, int] = {}
        if authority:
            key = authority.get("key")
            if key:
                lines["authority.key"] = authority["_lines"]["key"]
                if not KEY_RE.match(key):
                    self.issue(None, "authority.key", "keys are lower_case_with_underscores", lines["authority.key"])
                elif key.replace("_", "-") != self.path.stem:
                    self.issue(None, "authority.key",
                               f"key '{key}' does not match the file name (expected {key.replace('_', '-')}.yml)",
                               lines["authority.key"])
            if authority.get("inherits"):
                lines["authority.inherits"] = authority["_lines"]["inherits"]
            authority["selectable"] = authority.get("selectable") is not False and key != NATIONAL_KEY
            self.check_source(authority.get("source"), "authority.source")
        contact = top.get("contact")
        if contact:
            self.check_contact(contact, "contact")
        seen_topics: dict[str, int] = {}
        entitlements = top.get("entitlements") or []
        for ent in entitlements:
            self.check_entitlement(ent, seen_topics)
        seen_services: dict[str, int] = {}
        services = top.get("services") or []
        for svc in services:
            self.check_service(svc, seen_services)
        if authority is None:
            return None
        return ParsedFile(self.path, authority, contact, entitlements, services, lines)


def _label(node: Node) -> str:
    """"(council_tax)" for a list item with a topic or key, so messages say which entry."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if (isinstance(key_node, ScalarNode) and key_node.value in ("topic", "key")
                    and isinstance(value_node, ScalarNode) and value_node.value):
                return f"({value_node.value})"
    return ""


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_QUALIFIER_WORDS = {"exactly": "plain", "up_to": "'up to'", "at_least": "'at least'", "total": "'totalling'"}


def _under(age: int | None) -> tuple[str, ...]:
    """Ways a source states an upper age limit one year on: 'under 18' or 'before your
    18th birthday' both mean age_max 17."""
    if age is None:
        return ()
    return (rf"\bunder\s+{age + 1}\b", rf"\bbefore\s+your\s+{age + 1}(?:st|nd|rd|th)\b")


def validate_file(path: Path, library: SourceLibrary | None = None,
                  counts: CheckCounts | None = None) -> tuple[ParsedFile | None, list[Issue]]:
    """Check one data file on its own."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Issue(path.name, 1, "(file)", f"cannot read: {exc}")]
    checker = _FileChecker(path, text, library, counts if counts is not None else CheckCounts())
    parsed = checker.check()
    return parsed, checker.issues


def validate_files(paths: list[Path], library: SourceLibrary | None = None,
                   counts: CheckCounts | None = None) -> tuple[list[ParsedFile], list[Issue]]:
    """Check every file, then the rules across files. Returns (parsed files, all issues).

    Without `library` only the data itself is checked (shapes, and facts against their
    quotes); with one, citations are checked against its registry of sections and, where
    the documents are, each quote against its document. `counts`, if given, is filled in
    with how many checks ran and how many could not (documents absent).
    """
    counts = counts if counts is not None else CheckCounts()
    if library is not None:
        counts.documents_dir = library.directory
    parsed: list[ParsedFile] = []
    issues: list[Issue] = []
    for path in sorted(paths):
        result, file_issues = validate_file(path, library, counts)
        issues.extend(file_issues)
        if result is not None:
            parsed.append(result)
    issues.extend(_cross_file_issues(parsed))
    return parsed, issues


def _cross_file_issues(files: list[ParsedFile]) -> list[Issue]:
    issues: list[Issue] = []
    by_key: dict[str, ParsedFile] = {}
    for f in files:
        key = f.authority.get("key")
        if not key:
            continue
        if key in by_key:
            issues.append(Issue(f.path.name, f.lines.get("authority.key", 1), "authority.key",
                                f"authority '{key}' is also defined in {by_key[key].path.name}"))
        else:
            by_key[key] = f
    if files and NATIONAL_KEY not in by_key:
        issues.append(Issue("national.yml", 1, "authority.key", "the national baseline file (key: national) is missing"))
    service_files: dict[str, str] = {}
    for f in files:
        parent = f.authority.get("inherits")
        line = f.lines.get("authority.inherits", 1)
        if parent:
            if parent not in by_key:
                issues.append(Issue(f.path.name, line, "authority.inherits", f"unknown authority '{parent}'"))
            elif parent == NATIONAL_KEY or f.authority.get("key") == NATIONAL_KEY:
                issues.append(Issue(f.path.name, line, "authority.inherits", "the national baseline cannot be inherited"))
            else:
                chain, current = [f.authority["key"]], parent
                while current in by_key and current not in chain:
                    chain.append(current)
                    current = by_key[current].authority.get("inherits")
                if current in chain:
                    issues.append(Issue(f.path.name, line, "authority.inherits",
                                        "inheritance loop: " + " -> ".join(chain + [current])))
        if f.authority.get("selectable") and not _has_contact(f, by_key):
            issues.append(Issue(f.path.name, f.authority["_line"], "contact",
                                "a selectable authority needs contact details (its own or inherited)"))
        for svc in f.services:
            key = svc.get("key")
            if key and key in service_files and service_files[key] != f.path.name:
                issues.append(Issue(f.path.name, svc["_lines"]["key"], "services.key",
                                    f"service '{key}' is also defined in {service_files[key]}"))
            elif key:
                service_files[key] = f.path.name
    return issues


def _has_contact(f: ParsedFile, by_key: dict[str, ParsedFile]) -> bool:
    seen: set[str] = set()
    current: ParsedFile | None = f
    while current is not None and current.authority.get("key") not in seen:
        if current.contact:
            return True
        seen.add(current.authority.get("key"))
        parent = current.authority.get("inherits")
        current = by_key.get(parent) if parent else None
    return False


def cited_sections(files: list[ParsedFile]) -> set[tuple[str, str]]:
    """Every (file, section) a data file cites: authorities, entries, cautions, services, contacts."""
    cited: set[tuple[str, str]] = set()

    def add(source: dict | None) -> None:
        if source and source.get("file") and source.get("section"):
            cited.add((source["file"], source["section"]))

    for f in files:
        add(f.authority.get("source"))
        for ent in f.entitlements:
            add(ent.get("source"))
            for other in ent.get("other_sources") or []:
                add(other)
            add((ent.get("caution") or {}).get("source"))
        for svc in f.services:
            add(svc.get("source"))
            for other in svc.get("other_sources") or []:
                add(other)
        for source in (f.contact or {}).get("sources") or []:
            add(source)
    return cited


def section_coverage_issues(files: list[ParsedFile], library: SourceLibrary) -> list[Issue]:
    """Every registered section is cited by the data or left out with a reason, never both.

    Reads only the registry (offers/source_sections.yml) and the data, so it runs anywhere.
    """
    from offers import config

    cited = cited_sections(files)
    lines = config.SECTIONS_FILE.read_text(encoding="utf-8").splitlines()

    def line_of(heading: str) -> int:
        return next((i for i, text in enumerate(lines, start=1) if heading in text), 1)

    issues = []
    for file, entries in library.registry.items():
        for entry in entries:
            used = (file, entry.heading) in cited
            where = f"{file} § {entry.heading}"
            if entry.left_out and used:
                issues.append(Issue(config.SECTIONS_FILE.name, line_of(entry.heading), where,
                                    "marked left_out but cited by the data"))
            elif not entry.left_out and not used:
                issues.append(Issue(config.SECTIONS_FILE.name, line_of(entry.heading), where,
                                    "neither cited by the data nor left out with a reason"))
    return issues
