"""Choose the fact a message asks about: a ranking of topics, not a single intent.

An intent classifier names the area of a question ("a bursary question"); the store holds
separately askable facts (the bursary itself, £350 a year for books, a laptop grant). A
message is ranked against every topic with three signals:

- the classifier's confidence for the topic's `ask_<topic>` intent (one signal of three);
- the care leaver's own words for the thing (the vocabulary's keywords as whole phrases;
  a longer phrase is more specific, so "money for books" beats "bursary");
- TF-IDF similarity (character n-grams, so typos still match) between the message and
  each topic's text: its label, keywords and every authority's title and summary for it.

scikit-learn is already in the dependency tree (Rasa needs it), so no hand-written
vector maths. The ranker is built once per process from the store's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

from offers import vocabulary
from offers.textnorm import fold

# "if i'd been with north northants instead": "i'd" folds to "id", which is not an ID
# document. With the apostrophe it is always "i would"; without it, before a verb only.
# Not "what id do derby sort for you", "which id does leaving care pay for": after "what"
# or "which", and before "do"/"does" with someone who does it, "id" is the document.
_I_WOULD = re.compile(r"\b[iI]['\u2019]d\b|\b[iI]d(?= (?:been|have|had|rather|love|prefer|be|say|guess|hope|imagine|"
                      r"think|like to|want to|need to|get|go)\b)|(?<!what )(?<!which )\b[iI]d(?= do\b)|"
                      r"(?:(?<=what )|(?<=which ))[iI]d(?= do (?!(?:i|u|you|they|we|the|my|your|leaving|derby|north|"
                      r"west|northants|northamptonshire|council|councils|care)\b))")


# A word that ends a keyword but, with the word after it, is another thing: "care leavers
# council tax" is council tax, not the care leavers council. "what am i now entitled to" asks
# what the user gets, not which group they are in ("what am i now", eligibility).
_COMPOUNDS = {"council": ("tax",),
              "now": ("entitled", "allowed", "meant", "supposed", "owed", "due", "able", "eligible", "getting",
                      "going", "gonna")}


# A keyword's last word this long or longer is also found as the same verb in -ing or -ed
# ("redecorate": "redecorating", "redecorated"; "volunteer": "volunteering"); shorter words
# are too often another word that way ("house", "housing").
MIN_INFLECTED = 6


def inflections(word: str) -> tuple[str, ...]:
    """The word's plural, and its -ing and -ed forms if it is long enough to have them safely."""
    forms = [f"{word}s"]
    if len(word) >= MIN_INFLECTED and word.isalpha() and not word.endswith(("ing", "ed")):
        stem = word[:-1] if word.endswith("e") else word
        forms += [f"{stem}ing", f"{stem}ed"]
    return tuple(forms)


def _stands(phrase: str, haystack: str) -> bool:
    """The phrase (or its plural, or its last word's -ing/-ed form) is in the text, and not
    as the first half of a compound."""
    return _form_found(phrase, haystack) is not None


def _form_found(phrase: str, haystack: str) -> str | None:
    """The phrase as the text writes it: the phrase itself (for it or its plural), or with its
    last word in -ing or -ed ("redecorating" for "redecorate"), so that later checks find the
    user's own words in the text. None when it is not there."""
    head, _, last = phrase.rpartition(" ")
    nexts = _COMPOUNDS.get(last)
    lead = f"{head} " if head else ""
    forms = [(phrase, phrase), (f"{phrase}s", phrase)]
    forms += [(f"{lead}{f}", f"{lead}{f}") for f in inflections(last)[1:]]
    for form, written in forms:
        needle = f" {form} "
        at = haystack.find(needle)
        while at >= 0:
            after = haystack[at + len(needle):].split(" ", 1)[0]
            if not nexts or after not in nexts:
                return written
            at = haystack.find(needle, at + 1)
    return None


# "asking for me and my brother", "im asking on behalf of my mate": who the question is
# for, not what it asks about (family contact, friends).
_ASKING_FOR = re.compile(r"\b(?:im |i am |i'm )?(?:asking|askin|ask|asked|enquiring) (?:this )?(?:for|on behalf of) "
                         r"(?:(?:me|myself) (?:and|n|&) )?(?:my|a|me) (?:little |younger |older |big |twin )?"
                         r"(?:brother|bro|sister|sis|mate|m8|friend|cousin|bf|gf|boyfriend|girlfriend|partner|"
                         r"siblings?|brothers|sisters|mates|friends)(?: (?:too|as well|also))?\b", re.IGNORECASE)


# "left just after my 17th birthday", "went past my 16th birthday": a birthday that says
# when something happened, not birthday money ("on my 18th birthday" may ask for it).
# It is read as the age ("after my 25th birthday" is "after 25", which support after 21 owns).
# Without an age it only says when ("will i still have a pa after my birthday", round 31).
_BIRTHDAY_AS_TIME = re.compile(r"\b(after|before|past|since|until|till|around|turned|reached|hit) (?:my|your|their|his|"
                               r"her|the) (?:(\d{1,2})(?:st|nd|rd|th)? )?birthday\b", re.IGNORECASE)


def _without_i_would(text: str) -> str:
    return _BIRTHDAY_AS_TIME.sub(r"\1 \2", _ASKING_FOR.sub(" ", _I_WOULD.sub("i would", text)))


# "my foster carer said", "my mum reckons": the words before these name who said it.
_SAID = r"(?:just |once |always |has |had )?(?:said|says|told me|tells me|reckons|mentioned|thinks)"
# "at christmas", "over xmas": the festival as a time (vocabulary.WHEN_WORDS).
_WHEN = re.compile(r" (?:at|over|during|till|until|before|after|by|around|on) (?:the )?qqqwhen ")
# "before i get my own tenancy", "until i move into my first flat": a clause that says when
# the thing asked is wanted (a few words after the verb), not what is asked.
_TIME_CLAUSE = re.compile(r" (?:before|befor|b4|until|till|til|once) (?:i|u|we) (?:get|move|have|got|start|go|am|m|leave|"
                          r"sign|take on)(?: (?!and |or |but |so |can |will |do |is |are )[a-z0-9]+){1,4}(?= )")
# Another fact's own words at least this strong make a festival named as a time only when.
MIN_OTHER_WORDS = 0.6


# How much each signal counts. Tuned on the development cases (tests/answers/dev), never on
# the held-out rounds.
INTENT_WEIGHT = 0.8
KEYWORD_WEIGHT = 1.1
SIMILARITY_WEIGHT = 0.6
# A keyword of this many characters counts in full; shorter ones ("id", "isa") count less.
FULL_KEYWORD = 12
# A keyword found only inside a longer keyword of another fact counts this much.
SUBSUMED_KEYWORD = 0.5
# ... and inside the words of another fact's second pair (vocabulary.ALSO_TOGETHER), not at all.
PAIR_PART = 0.0

# Words that only add stress ("i dont REALLY know anyone", "a PROPER job"): a keyword is
# found with or without them.
FILLERS = frozenset({"really", "actually", "literally", "even", "just", "kinda", "proper",
                     "properly", "honestly", "totally", "tbh"})


# "help me meet ppl round here": a keyword with one of these words is also found in the short
# spelling young people type, and counts by the full keyword's length. Few and unambiguous:
# not "ur", which keywords are written with ("decorating ur first flat").
# "when do i get my helth passport in derby" (set U, u-136): the health passport, not the
# passport "passport" alone names.
SHORT_SPELLINGS = {"people": "ppl", "phone": "fone", "health": "helth", "university": "uni"}


def _short_spelt(phrase: str) -> str:
    return " ".join(SHORT_SPELLINGS.get(w, w) for w in phrase.split(" "))


@dataclass(frozen=True)
class Ranked:
    topic: str
    score: float
    intent: float = 0.0
    keyword: float = 0.0
    similarity: float = 0.0
    phrase: str = ""        # the user's words that matched a keyword, if any


class FactRanker:
    """Rank the vocabulary's topics for one message."""

    def __init__(self, topic_texts: Mapping[str, Iterable[str]]):
        self.topics = [t.key for t in vocabulary.TOPICS]
        docs = []
        for key in self.topics:
            t = vocabulary.topic(key)
            parts = [t.label, *t.keywords, *topic_texts.get(key, ())]
            docs.append(fold(" ".join(parts)))
        self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
                                           sublinear_tf=True, min_df=1)
        self._matrix = self._vectorizer.fit_transform(docs)
        # Each keyword's short spelling ("meet ppl") stands for it, and counts as long as it.
        self._spelt: dict[str, str] = {}
        for key in self.topics:
            for k in vocabulary.topic(key).keywords:
                short = _short_spelt(fold(k))
                if short != fold(k):
                    self._spelt[short] = fold(k)
        self._phrases = {key: sorted({fold(k) for k in vocabulary.topic(key).keywords}
                                     | {_short_spelt(fold(k)) for k in vocabulary.topic(key).keywords}
                                     | {fold(vocabulary.topic(key).label)},
                                     key=lambda p: (-self._length(p), p))  # longest first, ties alike in every process
                         for key in self.topics}
        # Thousands of phrases, few of them in any one message: each phrase is filed under
        # its first word (and a one-word phrase under its plural too), so a message only
        # tests the phrases that start with one of its words (1.7 ms -> 0.1 ms a message).
        self._starting: dict[str, list[tuple[str, int]]] = {}
        for key, phrases in self._phrases.items():
            for i, phrase in enumerate(phrases):
                first, _, rest = phrase.partition(" ")
                for word in (first,) if rest else (first, *inflections(first)):
                    self._starting.setdefault(word, []).append((key, i))

    def _length(self, phrase: str) -> int:
        """A keyword's length, or the full keyword's for its short spelling ("meet ppl")."""
        return len(self._spelt.get(phrase, phrase))

    def keyword_scores(self, text: str) -> dict[str, tuple[float, str]]:
        """Topic -> (score, phrase) for the longest keyword of each topic in the text."""
        haystack = f" {fold(_without_i_would(text))} "
        # "i dont really know anyone": the words that only add stress are read past too.
        plain = " " + " ".join(w for w in haystack.split() if w not in FILLERS) + " "
        scores: dict[str, tuple[float, str]] = {}
        found: dict[str, list[str]] = {}
        candidates: dict[str, set[int]] = {}
        for word in set(haystack.split()):
            for key, i in self._starting.get(word, ()):
                candidates.setdefault(key, set()).add(i)
        for key, phrases in self._phrases.items():
            # "my drinking's" folds to "my drinkings": a plural or 's still matches.
            # The user's own words for each keyword found ("redecorating" for "redecorate"),
            # longest keyword first; a keyword counts by its own length, not the form's.
            written = []
            for i in sorted(candidates.get(key, ())):
                form = _form_found(phrases[i], haystack) or _form_found(phrases[i], plain) if phrases[i] else None
                if form is not None:
                    written.append((form, phrases[i]))
            found[key] = [w for w, _ in written]
            if written:
                phrase, keyword = written[0]   # the longest
                scores[key] = (min(1.0, 0.4 + self._length(keyword) / FULL_KEYWORD * 0.6), phrase)
        for key, groups in vocabulary.TOGETHER.items():
            hits = [next((p for p in group if any(f" {p} " in h for h in (haystack, plain))), None)
                    for group in groups]
            if key not in scores and all(hits):
                phrase = " ... ".join(str(h) for h in hits)
                scores[key] = (min(1.0, 0.4 + len(phrase) / FULL_KEYWORD * 0.6), phrase)
        second_pair: set[str] = set()
        for key, groups in vocabulary.ALSO_TOGETHER.items():
            # "my pa left ... how often will they see me": a second pair for a fact that has
            # a short word of its own too ("pa"); the pair, when longer, is what is asked.
            hits = [next((p for p in group if any(f" {p} " in h for h in (haystack, plain))), None)
                    for group in groups]
            if all(hits):
                phrase = " ... ".join(str(h) for h in hits)
                score = min(1.0, 0.4 + len(phrase) / FULL_KEYWORD * 0.6)
                if score > scores.get(key, (0.0, ""))[0]:
                    scores[key] = (score, phrase)
                    second_pair.add(key)
                elif score == scores[key][0]:
                    # "im 22 and dont have a pa anymore, can i still get help" (r36-049): both
                    # pairs, as long as each other: asked beside other words too, as the second.
                    second_pair.add(key)
                # "im 22 ... still get a pa", "careers help at the care leavers hub": another
                # fact's words inside the pair's own words ("pa", "careers", "care leavers hub")
                # are part of what the pair asks, not a fact asked of their own.
                for other_key, (other, other_phrase) in list(scores.items()):
                    if other_key != key and " ... " not in other_phrase \
                            and any(f" {other_phrase} " in f" {h} " for h in hits):
                        scores[other_key] = (other * PAIR_PART, other_phrase)
        # "my first universal credit payment": "universal credit" (help with benefits) is
        # part of a longer phrase another fact owns, so the longer, more specific one leads.
        for key, (score, phrase) in list(scores.items()):
            if any(phrase != other and f" {phrase} " in f" {other} "
                   for other_key, others in found.items() if other_key != key for other in others):
                scores[key] = (score * SUBSUMED_KEYWORD, phrase)
        # "my PA only comes every 3 months, is that allowed": a question tag beside another
        # fact's own words asks about that fact.
        for key, (score, phrase) in list(scores.items()):
            alone = phrase in vocabulary.ONLY_ALONE.get(key, ()) \
                or (" ... " in phrase and key in vocabulary.PAIR_ONLY_ALONE and key not in second_pair)
            if alone and any(k != key for k in scores):
                scores[key] = (score * SUBSUMED_KEYWORD, phrase)
        # "my old foster carer said i might have a junior isa": who said it, beside another
        # fact's own words, is not what is asked about.
        for key, (score, phrase) in list(scores.items()):
            # Not "which law from 2000 says who is a care leaver": a thing asked about ("which
            # ...", "what ...") that says something is the question's own subject.
            if re.search(rf"(?<! which)(?<! what)(?<! whats) {re.escape(phrase)}s? {_SAID} ", haystack) \
                    and any(k != key and other >= MIN_OTHER_WORDS for k, (other, _) in scores.items()):
                scores[key] = (score * SUBSUMED_KEYWORD, phrase)
        # "halls close at christmas, where am i meant to go": a festival that says when,
        # beside another fact's own words, asks about that fact, not festival money.
        for key, (score, phrase) in list(scores.items()):
            if phrase in vocabulary.WHEN_WORDS.get(key, ()) and _WHEN.search(haystack.replace(f" {phrase} ", " qqqwhen ")) \
                    and any(k != key and other >= MIN_OTHER_WORDS for k, (other, _) in scores.items()):
                scores[key] = (score * SUBSUMED_KEYWORD, phrase)
        # "can i practise living alone before i get my own tenancy": a fact whose words stand
        # only in a clause that says when, beside another fact's stronger words, is not what
        # is asked.
        if len(scores) > 1 and _TIME_CLAUSE.search(haystack):
            outside = _TIME_CLAUSE.sub(" qqq ", haystack)
            for key, (score, phrase) in list(scores.items()):
                if " ... " not in phrase and not _stands(phrase, outside) \
                        and any(k != key and other > score for k, (other, p) in scores.items()
                                if _stands(p.split(" ... ")[0], outside)):
                    scores[key] = (score * SUBSUMED_KEYWORD, phrase)
        return scores

    def similarity_scores(self, text: str) -> dict[str, float]:
        folded = fold(text)
        if not folded:
            return {}
        sims = linear_kernel(self._vectorizer.transform([folded]), self._matrix).ravel()
        top = float(sims.max()) or 1.0
        return {key: float(s) / top for key, s in zip(self.topics, sims)}

    def rank(self, text: str, intents: Mapping[str, float] | None = None,
             limit: int = 5) -> list[Ranked]:
        """Topics for `text`, best first. `intents` maps topic keys to the classifier's
        confidence for the topic's intent (or 1.0 for a topic a button carried)."""
        intents = intents or {}
        keywords = self.keyword_scores(text)
        sims = self.similarity_scores(text)
        ranked = []
        for key in self.topics:
            i, s = intents.get(key, 0.0), sims.get(key, 0.0)
            k, phrase = keywords.get(key, (0.0, ""))
            score = INTENT_WEIGHT * i + KEYWORD_WEIGHT * k + SIMILARITY_WEIGHT * s
            ranked.append(Ranked(key, score, i, k, s, phrase))
        ranked.sort(key=lambda r: -r.score)
        return ranked[:limit]
