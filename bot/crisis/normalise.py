"""Text normalisation for the crisis detector.

Crisis messages are typed in a hurry, on phones, by people who may not want to be caught
by a filter: "i w<zero-width space>ant to d13", "KILLLL MYSLEF", "took all my 💊", "can’t go on". Every
pattern in `patterns.py` is written against ONE canonical form, produced here:

- Unicode NFKC, curly quotes/apostrophes straightened, accents dropped.
- Zero-width, format and control characters removed (they hide words from filters).
- Emoji that carry meaning become words (💊 -> pills); 💀 and 😂 mean a laugh, not death.
- Case folded; letters repeated 3+ times collapsed; spaced-out letters joined ("d i e").
- Leetspeak inside words (k1ll, su1c1de, 0verdose, d13) turned back into letters.
- txt spellings and common misspellings mapped to one spelling ("wanna" -> "want to",
  "im" -> "i am", "cant"/"can't"/"cannot" -> "cant", "sucide" -> "suicide", "kms" ->
  "kill myself").
- Sentence punctuation becomes " . " (so phrases don't match across sentences); other
  punctuation becomes a space; whitespace collapsed.

Everything is a pure function of the input string and never raises.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, Optional

__all__ = ["normalise", "skeleton", "BOUNDARY"]

# Sentence boundary token left in the normalised text.
BOUNDARY = "."

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\uff07": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)

# Emoji -> words. Only emoji that change the meaning of a message are mapped; the rest are
# dropped with other symbols. Skull and laughing faces are a laugh in youth usage ("im
# dead 💀"), so they are neutral: never evidence of risk.
_EMOJI: Dict[str, str] = {
    "\U0001F48A": " pills ",      # 💊
    "\U0001F52A": " knife ",      # 🔪
    "\U0001F5E1": " knife ",      # 🗡
    "\u26B0": " coffin ",         # ⚰
    "\U0001FAA6": " grave ",      # 🪦
    "\U0001FAA2": " rope ",       # 🪢
    "\U0001FA78": " blood ",      # 🩸
    "\U0001F489": " needle ",     # 💉
    "\U0001F52B": " gun ",        # 🔫
    "\U0001F691": " ambulance ",  # 🚑
    "\U0001F480": " ",            # 💀 neutral
    "\u2620": " ",                # ☠ neutral
    "\U0001F602": " lol ",        # 😂
    "\U0001F923": " lol ",        # 🤣
    "\U0001F606": " lol ",        # 😆
    "\U0001F639": " lol ",        # 😹
}
_EMOJI_RE = re.compile("|".join(re.escape(k) for k in _EMOJI))

_WS_CONTROLS = {
    "\n": " . ", "\r": " . ", "\u2028": " . ", "\u2029": " . ",
    "\t": " ", "\x0b": " ", "\x0c": " ",
}

# Letters joined by single separators: "d i e", "k.i.l.l", "s-h". Joined only when the
# result is a word we care about, so "u r a star" is left alone.
_SPACED_RE = re.compile(r"(?<![a-z0-9])(?:[a-z][ .\-_*]){2,}[a-z](?![a-z0-9])")
_SPACED_WORDS = frozenset(
    "die dead kill myself suicide suicidal overdose pills cut cutting harm selfharm "
    "help hang noose end unalive sh".split()
)

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i", "|": "i"})
_LEET_CHARS = frozenset("013457@$!|")
# Number + unit tokens are not leetspeak: 2nd, 10pm, 500mg, 18yo, 3x, 24hrs, 16s.
_UNIT_RE = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|mg|g|kg|ml|l|k|m|p|yo|yr|yrs|hr|hrs|h|x|s|min|mins|day|days|"
    r"wk|wks|week|weeks|mth|mths|month|months|ft|cm|mm|gb|mb)"
)
_TOKEN_RE = re.compile(r"\S+")
# "2" run together with a word ("want2die", "kms2nite", "going2", "2die"); not "b2b",
# "ps2", "mp3" or "2nd".
_JOINED_2_RE = re.compile(r"([a-z]{3,}|kms|kys|iw)?2([a-z]{2,})?")
# Shorthand before a joined "2": "idw2live" is "i dont want to live".
_BEFORE_2 = {"idw": "i dont want", "iw": "i want", "iwan": "i want", "iwant": "i want"}
_EDGE_RE = re.compile(r"^([^a-z0-9@$]*)(.*?)([^a-z0-9]*)$", re.S)

# Whole-token txt spellings and misspellings (applied after leet and letter collapse).
_TOKENS: Dict[str, str] = {
    # txt speak
    "m8": "mate", "m8s": "mates", "gr8": "great", "b4": "before", "2day": "today",
    "2nite": "tonight", "2night": "tonight", "2moro": "tomorrow", "2morrow": "tomorrow",
    "l8r": "later", "any1": "anyone", "some1": "someone", "sum1": "someone",
    "no1": "no one", "every1": "everyone", "4ever": "forever", "h8": "hate",
    "u": "you", "ya": "you", "ur": "your", "r": "are", "y": "why", "n": "and",
    "wanna": "want to", "wana": "want to", "wnna": "want to", "wan2": "want to", "wnt": "want",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "finna": "going to",
    "imma": "i am going to", "ima": "i am going to", "tryna": "trying to",
    "gotta": "got to", "hafta": "have to", "outta": "out of", "kinda": "kind of",
    "cos": "because", "coz": "because", "cuz": "because", "bc": "because", "becuz": "because",
    "pls": "please", "plz": "please", "plez": "please", "rn": "right now",
    "idk": "i dont know", "dunno": "dont know", "idc": "i dont care",
    "ngl": "not going to lie", "tho": "though", "thru": "through",
    "nite": "night", "tonite": "tonight", "2nyt": "tonight",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "ppl": "people",
    "bf": "boyfriend", "gf": "girlfriend", "bff": "best friend", "bestie": "best friend",
    "sis": "sister", "bro": "brother", "mom": "mum", "mam": "mum", "mummy": "mum",
    "rly": "really", "realy": "really", "rlly": "really", "luv": "love",
    "bout": "about", "abt": "about", "wiv": "with", "wid": "with", "ded": "dead",
    "agen": "again", "agian": "again", "agin": "again", "anymor": "anymore",
    "nemore": "anymore", "anymoe": "anymore", "nomore": "no more",
    "everythin": "everything", "nothin": "nothing", "somethin": "something",
    "im": "i am", "ive": "i have", "theyre": "they are", "youre": "you are",
    "cannot": "cant", "carnt": "cant", "cnt": "cant", "dnt": "dont",
    # reflexives
    "myslef": "myself", "mysef": "myself", "myslf": "myself", "meself": "myself",
    "maself": "myself", "mself": "myself", "myselfe": "myself", "mysefl": "myself",
    "myseld": "myself", "mysel": "myself", "mysself": "myself", "urself": "yourself",
    "yourslef": "yourself", "himslef": "himself", "herslef": "herself",
    # misspellings of the words that matter
    "dieing": "dying", "dyin": "dying", "pils": "pills",
    "tablits": "tablets", "tablest": "tablets", "paracetemol": "paracetamol",
    "paracetomol": "paracetamol", "parecetamol": "paracetamol", "paracetmol": "paracetamol",
    "paracetamole": "paracetamol", "paracetamols": "paracetamol", "sertaline": "sertraline",
    "cocodamol": "co codamol", "overdoze": "overdose", "oded": "overdosed",
    "breath": "breathe", "breth": "breathe",
    "suacide": "suicide", "sucide": "suicide", "suicde": "suicide", "suiside": "suicide",
    "suicid": "suicide", "sucicide": "suicide", "suecide": "suicide", "sewercide": "suicide",
    "suicidle": "suicidal", "suicidel": "suicidal", "sucidal": "suicidal",
    "suicdal": "suicidal", "suisidal": "suicidal", "suicidial": "suicidal",
    "sucicidal": "suicidal", "suacidal": "suicidal", "suicidaly": "suicidal",
    "slf": "self", "bettr": "better", "beter": "better", "tookmy": "took my", "tookall": "took all", "tkn": "taken",
    "gudbye": "goodbye", "gudby": "goodbye", "gdbye": "goodbye", "goodby": "goodbye", "gudbi": "goodbye",
    "selfharm": "self harm", "selfharming": "self harming", "selfharmed": "self harmed",
    # round 71, read after its after-run: "idwtlive anymore"
    "idwtlive": "i dont want to live", "idwtl": "i dont want to live", "idwtbh": "i dont want to be here",
    "idwtbalive": "i dont want to be alive",
    "kms": "kill myself", "merk": "kill", "merked": "killed", "merking": "killing", "homless": "homeless", "lifes": "life is",
    "kil": "kill", "kiled": "killed", "kiling": "killing",
    "killin": "killing", "cuttin": "cutting", "hurtin": "hurting", "livin": "living",
    "endin": "ending", "goin": "going", "tryin": "trying", "feelin": "feeling",
    "thinkin": "thinking", "harmin": "harming", "bleedin": "bleeding", "sleepin": "sleeping",
    "breathin": "breathing", "takin": "taking", "hangin": "hanging", "jumpin": "jumping",
    "beatin": "beating", "hittin": "hitting", "chokin": "choking", "sellin": "selling",
    "carryin": "carrying", "makin": "making", "starvin": "starving", "burnin": "burning",
    "cuting": "cutting", "comin": "coming", "noware": "nowhere",
}

# Words whose elongated or doubled-letter typos we repair by "skeleton" (every run of a
# letter collapsed to one): "diee" / "dieeee" -> die, "kil" -> kill, "pleease" -> please.
# Only words whose skeleton is not itself a common word are listed (not "too", "off").
_KEY_WORDS = (
    "die dying dead death kill killing killed myself suicide suicidal overdose pills "
    "tablets cut cutting hurt hurting harm help please want end life live living alive "
    "anymore goodbye bye sorry tired done hate scared alone sleep forever never tonight "
    "hang jump bleeding blood breathe point wrists knife rope unalive stop everyone "
    "nobody burden gone sad cry crying"
).split()


def skeleton(word: str) -> str:
    """The word with every run of the same letter collapsed to one ("killl" -> "kil")."""
    return re.sub(r"(.)\1+", r"\1", word)


_SKELETONS: Dict[str, str] = {}
for _w in _KEY_WORDS:
    _SKELETONS.setdefault(skeleton(_w), _w)
_KEY_SET = frozenset(_KEY_WORDS)

_RUNS_RE = re.compile(r"([a-z])\1{2,}")
_DOUBLE_RE = re.compile(r"([a-z])\1")
_LEETY_RE = re.compile(r"[0-9@$!|]")

# Phrase-level rewrites on the cleaned text (order matters: earlier ones feed later ones).
# Each has a plain substring guard: `guard in text` is far cheaper than a regex pass.
_PHRASES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (g, re.compile(p), r)
    for g, p, r in (
        ("o d", r"\bo d\b", "od"),
        ("od ed", r"\bod ed\b", "overdosed"),  # "od-ed on my adhd meds" (fresh dev set q)
        (" od", r"\b(?:an|a|another) od\b", "an overdose"),
        (" od", r"\b(to|will|might|could|gonna|wanna|did|done|took|taken|the) od\b",
         r"\1 overdose"),
        ("over dos", r"\bover dos(e|ed|es|ing)\b", r"overdos\1"),
        # "took an overdoes" (dev round 43); "he overdoes it" is English, so only after these
        ("overdoes", r"\b(an|a|another|took|taken|take|taking) overdoes\b", r"\1 overdose"),
        ("sewer", r"\bsewer ?(?:slide|side|cide)\b", "suicide"),
        ("un alive", r"\bun alive", "unalive"),
        ("s h", r"\bs h\b", "sh"),
        ("my s", r"\bmy (?:self|slef|sef)\b", "myself"),
        (" self", r"\b(him|her|your|it) self\b", r"\1self"),
        ("them selves", r"\bthem selves\b", "themselves"),
        ("any more", r"\bany more\b", "anymore"),
        ("can not", r"\bcan not\b", "cant"),
        ("do not", r"\bdo not\b", "dont"),
        ("does not", r"\bdoes not\b", "doesnt"),
        ("did not", r"\bdid not\b", "didnt"),
        ("will not", r"\bwill not\b", "wont"),
        ("would not", r"\bwould not\b", "wouldnt"),
        ("is not", r"\bis not\b", "isnt"),
        ("i m", r"\bi m\b", "i am"),
        (" to", r"\b(?:wnt|wan|wamt|whant) to\b", "want to"),
        (" too", r"\b(want|going) too\b", r"\1 to"),
        # "2" as "to"/"too" in txt: "want 2 die", "2 many pills"
        ("2", r"\b(want|wanted|going|got|have|need|how|way|ready|wish|trying|tried|try|able|"
         r"about|planning|plan|decided|time|deserve|like|used|me|you) 2\b", r"\1 to"),
        ("2", r"\b2 (die|kill|end|be|live|sleep|cut|hurt|go|take|do|stay|exist)\b", r"to \1"),
        ("2", r"\b2 (many|much)\b", r"too \1"),
    )
)

# "kys" is "kill yourself", but in a self-report ("im gonna kys") it means kill myself.
_KYS_SELF_RE = re.compile(
    r"\b(i|i am|i will|i would|going to|want to|about to|might|should|could|will|just|"
    r"to|got to|have to|wish i could|gonna|ready to) kys\b"
)
_KYS_RE = re.compile(r"\bkys\b")

_SENTENCE_PUNCT_RE = re.compile(r"[.!?;\u2026]+")
_OTHER_PUNCT_RE = re.compile(r"[^a-z0-9. ]+")
_SPACES_RE = re.compile(r" +")
_BOUNDARIES_RE = re.compile(r"(?: \.)+")


def _strip_invisible(text: str) -> str:
    """Drop zero-width/format/control characters; line breaks become sentence breaks."""
    out = []
    for ch in text:
        if ch in _WS_CONTROLS:
            out.append(_WS_CONTROLS[ch])
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Cc", "Co", "Cs", "Cn"):
            continue  # ZWSP, ZWJ, soft hyphen, BOM, bidi marks, controls, unassigned
        if cat == "Mn":
            continue  # combining marks: accents, variation selectors (U+FE0F)
        out.append(ch)
    return "".join(out)


def _join_spaced(match: re.Match[str]) -> str:
    letters = re.sub(r"[^a-z]", "", match.group(0))
    return letters if letters in _SPACED_WORDS else match.group(0)


def _fix_token(token: str) -> str:
    """Leetspeak inside a word, then the txt/misspelling map for the bare word."""
    m = _EDGE_RE.match(token)
    if m is None:  # pragma: no cover - the pattern matches any string
        return token
    lead, core, tail = m.groups()
    if core in _TOKENS:
        return f"{lead}{_TOKENS[core]}{tail}"
    joined = _JOINED_2_RE.fullmatch(core)
    if joined and any(joined.groups()) and not _UNIT_RE.fullmatch(core):
        # "want2die", "kms2nite", "want2", "2die": "2" run together with a word; the
        # phrase rules below then read "want 2" and "2 die" as "want to", "to die".
        before, after = joined.groups()
        rest = (_TOKENS.get("2" + after) or f"2 {_TOKENS.get(after, after)}") if after else "2"
        if before:
            rest = f"{_BEFORE_2.get(before) or _TOKENS.get(before, before)} {rest}"
        return f"{lead}{rest}{tail}"
    if (
        any(c in _LEET_CHARS for c in core)
        and any(c.isalpha() for c in core)
        and not _UNIT_RE.fullmatch(core)
    ):
        core = core.translate(_LEET)
    return f"{lead}{core}{tail}"


_G_WORDS = frozenset(
    "killing cutting dying living trying going hurting ending nothing something feeling "
    "thinking harming bleeding sleeping breathing starving burning hanging jumping taking "
    "planning wanting being doing coming getting saying kicking hitting beating punching "
    "choking threatening making selling carrying grooming existing drinking crying sharing "
    "posting leaking sending".split()
)


def _fix_word(word: str) -> str:
    """Repair key words ("diee", "kil") and map txt spellings (letter runs already cut)."""
    mapped = _TOKENS.get(word)
    if mapped is not None:
        return mapped
    if word in _KEY_SET or word == BOUNDARY:
        return word
    # A word with no doubled letter is its own skeleton: skip the regex.
    canon = _SKELETONS.get(skeleton(word) if _DOUBLE_RE.search(word) else word)
    if canon is not None:
        return canon
    if word.endswith("in") and (word + "g") in _G_WORDS:
        return word + "g"
    return word



_APOSTROPHES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\bo\.?dd?'(?:d|ed)\b", "overdosed"),  # od'd, odd'd (fresh dev set aa)
        (r"\bo\.?d'ing\b", "overdosing"),
        (r"n't\b", "nt"),
        (r"\bi'm\b", "i am"),
        (r"\bi've\b", "i have"),
        (r"\bi'll\b", "i will"),
        (r"\bi'd\b", "i would"),
        (r"\bi'?ma\b", "i am going to"),
        (r"'re\b", " are"),
        (r"'ll\b", " will"),
        (r"'ve\b", " have"),
        (r"'d\b", " would"),
    )
)


def _apostrophes(text: str) -> str:
    """Expand or drop apostrophes so "can't", "cant" and "cannot" all read "cant"."""
    if "'" not in text:
        return text
    for pattern, repl in _APOSTROPHES:
        text = pattern.sub(repl, text)
    return text.replace("'", "")


def normalise(text: Optional[str]) -> str:
    """Canonical form of a message for pattern matching. Total: never raises."""
    if text is None:
        return ""
    if not isinstance(text, str):
        try:
            text = str(text)
        except Exception:  # noqa: BLE001 - a detector must not crash on odd input
            return ""
    if not text:
        return ""
    try:
        return _normalise(text)
    except Exception:  # noqa: BLE001 - belt and braces: fall back to a crude form
        return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


# The detector, the framing check (context.py) and the second tier (distress.py) each
# normalise the same message, and the splitter normalises its result again: remembering
# the last few saves those repeats (about 30 µs each). Pure, so caching cannot change a verdict.
@lru_cache(maxsize=1024)
def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if not text.isascii():
        text = _EMOJI_RE.sub(lambda m: _EMOJI[m.group(0)], text)
        text = _strip_invisible(unicodedata.normalize("NFKD", text))
    else:
        text = _strip_invisible(text) if not text.isprintable() else text
    text = text.casefold()
    text = text.replace("&", " and ").replace("+", " and ").replace("w/", "with ")
    text = _SPACED_RE.sub(_join_spaced, text)
    if _LEETY_RE.search(text):  # digits or symbols: txt tokens ("m8", "2nite") and leetspeak
        text = _TOKEN_RE.sub(lambda m: _fix_token(m.group(0)), text)
    text = _apostrophes(text)
    text = _SENTENCE_PUNCT_RE.sub(" . ", text)
    text = _OTHER_PUNCT_RE.sub(" ", text)
    text = _RUNS_RE.sub(r"\1\1", text)
    words = [_fix_word(w) for w in text.split()]
    text = " ".join(words)
    for guard, pattern, repl in _PHRASES:
        if guard in text:
            text = pattern.sub(repl, text)
    if "kys" in text:
        text = _KYS_SELF_RE.sub(r"\1 kill myself", text)
        text = _KYS_RE.sub("kill yourself", text)
    text = _SPACES_RE.sub(" ", text)
    text = _BOUNDARIES_RE.sub(" .", text).strip()
    if text.startswith(". "):
        text = text[2:]
    if text.endswith(" ."):
        text = text[:-2]
    return "" if text == "." else text
