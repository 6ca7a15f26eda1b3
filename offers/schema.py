"""Validation of the offer data files, with file, line and field for every problem.

The YAML is composed into nodes (not just loaded) so every value keeps its line number.
`validate_files()` checks each file's shape and values, then the rules that span files
(inheritance, unique keys). When the source documents are available it also checks that
every amount, phone number, email address and opening time is written in the section the
entry cites, so nothing can be invented.
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
from offers.money import find_amounts, parse_amount_text
from offers.sources import SourceLibrary

NATIONAL_KEY = "national"
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\d£])(?:0\d{2,4}(?: ?\d{3,4}){1,2}|116 ?123)(?!\d)")
PHONE_ROLES = ("office", "person", "minicom", "other")
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


SOURCE = {"file": Spec("str", True), "section": Spec("str", True)}
PHONE = {"number": Spec("str", True), "label": Spec("str", True),
         "role": Spec("str", choices=PHONE_ROLES)}
TEXTLINE = {"number": Spec("str", True), "label": Spec("str", True), "keyword": Spec("str")}
AGE = dict(min_value=0, max_value=30)

AUTHORITY = {
    "key": Spec("str", True), "name": Spec("str", True), "short_name": Spec("str"),
    "aliases": Spec("str_list"), "selectable": Spec("bool"), "inherits": Spec("str"),
    "last_reviewed": Spec("date", True), "source_date_note": Spec("str"),
    "website": Spec("str"), "source": Spec("map", True, fields=SOURCE),
}
CONTACT = {
    "service_name": Spec("str"), "address": Spec("str"), "postal_address": Spec("str"),
    "email": Spec("str"), "website": Spec("str"),
    "phones": Spec("list", fields=PHONE),
    "hours_text": Spec("str_list"), "office_hours": Spec("map"),
    "out_of_hours": Spec("map", fields={"number": Spec("str", True), "label": Spec("str", True)}),
    "languages": Spec("str_list"), "notes": Spec("str_list"),
    "sources": Spec("list", True, fields=SOURCE),
}
ENTITLEMENT = {
    "topic": Spec("str", True), "category": Spec("str"), "title": Spec("str", True),
    "summary": Spec("str", True),
    "status": Spec("str", True, choices=vocabulary.STATUSES),
    "amount_pence": Spec("int", min_value=0), "amount_text": Spec("str"),
    "period": Spec("str", choices=vocabulary.PERIODS),
    "age_min": Spec("int", **AGE), "age_max": Spec("int", **AGE),
    "conditions": Spec("str"), "how_to_apply": Spec("str"),
    "legal_basis": Spec("str", True, choices=vocabulary.LEGAL_BASES),
    "source": Spec("map", True, fields=SOURCE),
}
SERVICE = {
    "key": Spec("str", True), "name": Spec("str", True), "description": Spec("str", True),
    "phones": Spec("list", fields=PHONE), "texts": Spec("list", fields=TEXTLINE),
    "email": Spec("str"), "website": Spec("str"), "addresses": Spec("str_list"),
    "hours_text": Spec("str_list"), "always_open": Spec("bool"), "office_hours": Spec("map"),
    "helps_with": Spec("str_list", True), "keywords": Spec("str_list"),
    "age_min": Spec("int", **AGE), "age_max": Spec("int", **AGE),
    "source": Spec("map", True, fields=SOURCE),
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

    def __init__(self, path: Path, text: str, library: SourceLibrary | None):
        self.path = path
        self.name = path.name
        self.issues: list[Issue] = []
        self.library = library if library is not None and library.available() else None
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

    # -- meaning checks --

    def check_source(self, source: dict | None, path: str) -> None:
        if not source or not source.get("file") or not source.get("section"):
            return
        line = source["_line"]
        file, section = source["file"], source["section"]
        lib = self.library
        if lib is None:
            return
        if not lib.has_file(file):
            self.issue(None, f"{path}.file", f"'{file}' is not a file in {lib.directory}", line)
        elif section not in lib.headings(file):
            close = difflib.get_close_matches(section, lib.headings(file), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            self.issue(None, f"{path}.section",
                       f"'{section}' is not a registered section of {file}{hint}", line)
        elif not lib.heading_offsets(file, section):
            self.issue(None, f"{path}.section", f"heading '{section}' not found in {file}", line)

    def _source_ok(self, source: dict | None) -> bool:
        """True when the cited file and section exist, so text can be looked up in them."""
        lib = self.library
        if lib is None or not source:
            return False
        file, section = source.get("file"), source.get("section")
        return bool(file and section and lib.has_file(file) and section in lib.headings(file)
                    and lib.heading_offsets(file, section))

    def require_in_sections(self, sources: list[dict], snippet: str, path: str, line: int, what: str) -> None:
        """`snippet` must be written in one of the cited sections (whitespace aside)."""
        usable = [s for s in sources if self._source_ok(s)]
        if not usable:
            return
        assert self.library is not None
        if not any(self.library.in_section(s["file"], s["section"], snippet) for s in usable):
            where = "; ".join(f"{s['file']} § {s['section']}" for s in usable)
            self.issue(None, path, f"{what} '{snippet}' is not written in the cited source ({where})", line)

    def require_in_files(self, sources: list[dict], snippet: str, path: str, line: int, what: str) -> None:
        usable = [s for s in sources if self._source_ok(s)]
        if not usable:
            return
        assert self.library is not None
        if not any(self.library.in_file(s["file"], snippet) for s in usable):
            files = ", ".join(sorted({s["file"] for s in usable}))
            self.issue(None, path, f"{what} '{snippet}' does not appear in {files}", line)

    def check_free_text(self, record: dict, fields: tuple[str, ...], path: str, sources: list[dict]) -> None:
        """Amounts in prose must be in the cited section; phones and emails in the cited file."""
        for name in fields:
            value = record.get(name)
            if not value:
                continue
            text = " ".join(value) if isinstance(value, list) else value
            line = record["_lines"].get(name, record["_line"])
            for amount in find_amounts(text):
                self.require_in_sections(sources, amount, f"{path}.{name}", line, "amount")
            for phone in PHONE_RE.findall(text):
                self.require_in_files(sources, phone, f"{path}.{name}", line, "phone number")
            for email in EMAIL_RE.findall(text):
                self.require_in_files(sources, email, f"{path}.{name}", line, "email address")

    def check_hours(self, record: dict, path: str, sources: list[dict]) -> list[tuple[int, dt.time, dt.time]]:
        """Structured office hours: valid, and the same as the hours written in the source."""
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
            self.require_in_sections(sources, text, f"{path}.hours_text", line, "opening hours")
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

    def check_phones(self, record: dict, path: str, sources: list[dict]) -> None:
        for i, phone in enumerate(record.get("phones") or []):
            if phone.get("number"):
                self.require_in_sections(sources, phone["number"], f"{path}.phones[{i}].number",
                                         phone["_lines"]["number"], "phone number")
            phone["role"] = phone.get("role") or "office"
        for i, text in enumerate(record.get("texts") or []):
            if text.get("number"):
                self.require_in_sections(sources, text["number"], f"{path}.texts[{i}].number",
                                         text["_lines"]["number"], "text number")
        if record.get("email"):
            self.require_in_sections(sources, record["email"], f"{path}.email",
                                     record["_lines"]["email"], "email address")

    def check_ages(self, record: dict, path: str) -> None:
        lo, hi = record.get("age_min"), record.get("age_max")
        if lo is not None and hi is not None and lo > hi:
            self.issue(None, f"{path}.age_min", f"age_min {lo} is greater than age_max {hi}",
                       record["_lines"]["age_min"])

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
                self.issue(None, f"{path}.period", "an amount needs a period (one_off, per_year, per_month, per_week)",
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
        self.check_ages(ent, path)
        source = ent.get("source")
        self.check_source(source, f"{path}.source")
        if text is not None and source:
            self.require_in_sections([source], text, f"{path}.amount_text", lines["amount_text"], "amount")
        self.check_free_text(ent, ("title", "summary", "conditions", "how_to_apply"), path,
                             [source] if source else [])

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
        self.check_ages(svc, path)
        source = svc.get("source")
        self.check_source(source, f"{path}.source")
        sources = [source] if source else []
        self.check_phones(svc, path, sources)
        svc["office_hours"] = self.check_hours(svc, path, sources)
        if svc.get("always_open") and not any(
                re.search(r"24\s*/\s*7|24[- ]hour", t) for t in svc.get("hours_text") or []):
            self.issue(None, f"{path}.always_open", "always_open needs hours_text that says 24/7 or 24 hours",
                       svc["_lines"]["always_open"])
        svc["always_open"] = bool(svc.get("always_open"))
        self.check_free_text(svc, ("description",), path, sources)

    def check_contact(self, contact: dict, path: str) -> None:
        sources = contact.get("sources") or []
        for i, source in enumerate(sources):
            self.check_source(source, f"{path}.sources[{i}]")
        self.check_phones(contact, path, sources)
        ooh = contact.get("out_of_hours")
        if ooh and ooh.get("number"):
            self.require_in_sections(sources, ooh["number"], f"{path}.out_of_hours.number",
                                     ooh["_lines"]["number"], "out-of-hours number")
        contact["office_hours"] = self.check_hours(contact, path, sources)
        self.check_free_text(contact, ("address", "postal_address", "notes"), path, sources)

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


def validate_file(path: Path, library: SourceLibrary | None = None) -> tuple[ParsedFile | None, list[Issue]]:
    """Check one data file on its own."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Issue(path.name, 1, "(file)", f"cannot read: {exc}")]
    checker = _FileChecker(path, text, library)
    parsed = checker.check()
    return parsed, checker.issues


def validate_files(paths: list[Path], library: SourceLibrary | None = None) -> tuple[list[ParsedFile], list[Issue]]:
    """Check every file, then the rules across files. Returns (parsed files, all issues)."""
    parsed: list[ParsedFile] = []
    issues: list[Issue] = []
    for path in sorted(paths):
        result, file_issues = validate_file(path, library)
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
