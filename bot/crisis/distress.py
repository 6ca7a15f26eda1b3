"""The second tier: a broad distress check for messages the bot did not understand.

The crisis detector (detector.py) is precise: it must not answer "this form is killing
me" with crisis contacts. So some real crises, worded in a way no rule foresaw, pass it.
safety.md rule 8 says such a miss must land somewhere safe. This check is that landing:
it is broad on purpose (death, pills, blood, goodbyes, "won't be here", "not safe",
"can't go on", hopelessness, time words, sad emoji, a very negative sentiment score) and
it is only asked when the bot's reply would otherwise be a fallback, "that's not
something I can help with", a re-asked form question or the council question. When it
fires, the bot checks in ("Are you safe right now?") with the contacts instead of
ignoring the person. Its false alarms therefore cost a kind question, not a wrong answer
to a clear question; they are still counted (tests/crisis/heldout).

`check(text) -> Optional[str]` returns the signal that fired (a name, safe to log and to
show a duty worker), or None. Strong signals fire alone; weak ones (a time word, a sad
emoji, a very negative sentiment score) only in pairs. Pure Python, never raises.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Optional

from bot.crisis.detector import mask
from bot.crisis.normalise import normalise

log = logging.getLogger(__name__)

# Everyday phrases that contain this tier's broad words but never mean risk. The
# detector's own masks (crisis loan, dying to know, kill time...) are applied first.
_MASKS = re.compile(r"\b(?:" + "|".join((
    r"dead (?:tired|beat|end|line|lines|good|easy|funny|quiet|serious|keen|set on)",
    r"deadlines?", r"(?:phone|battery|laptop|charger|car|tablet|ipad) (?:is |was |has |went |s )?(?:dead|died)",
    r"(?:hair|power|pay|tax|benefits?|budget|price|rent) cuts?", r"haircut", r"cut (?:off|down|back|costs?|my hair)",
    r"cutting (?:down|back|costs?|my hours|hair)", r"short cut", r"shortcut",
    r"hang(?:ing)? (?:out|on|around)", r"jump(?:ed|ing)? (?:the queue|at|in|on board|through hoops)",
    r"blood (?:test|tests|donor|donation|pressure|sugar|group)", r"give blood",
    r"emergency (?:fund|funds|payment|payments|grant|grants|loan|loans|contact|contacts|number|housing)",
    r"first aid", r"(?:contraceptive|morning after|the) pill", r"(?:samsung|android|apple|ipad|college|laptop or) tablets?",
    r"good ?bye for now", r"bye for now", r"too much (?:money|paperwork|rent|to ask|hassle)",
    r"give up (?:smoking|vaping|drinking|my (?:tenancy|flat|room|job|course|place))",
    r"gave up (?:smoking|vaping|drinking)", r"no point (?:in )?(?:paying|buying|asking them)",
)) + r")\b")

_STRONG: dict[str, str] = {
    "death": r"die|dies|died|dying|dead|death|deadly|suicid\w*|unalive\w*|sewerslide|"
             r"kill(?:ing|ed|s)?|funeral|grave|graves|coffin|afterlife|corpse|ctb|kys|rip",
    "means": r"pills?|tablets|paracetamol|codeine|co codamol|sertraline|insulin|overdos\w*|od|"
             r"rope|noose|blades?|razors?|knife|knives|bleach|ligature|bridge|train tracks?|"
             r"cliff|ledge|rooftop|hang\w*|meds|stockpil\w*|lined up|saved up|stash",
    "blood": r"blood\w*|bleed\w*|cut|cuts|cutting|wounds?|stitches|scars?|burn(?:t|ed|ing)? myself",
    "goodbye": r"goodbye|good bye|bye forever|farewell|last (?:message|text|goodbye|night|day|time "
               r"you hear)|final (?:message|goodbye|text)|tell \w+ (?:that )?i (?:love|loved)|"
               r"look after my \w+|giv(?:e|ing) (?:away|all my)|gave (?:away|all my)|"
               r"see you on the other side|this is it|sorry for everything|forgive me|love you all",
    "gone": r"(?:wont|will not|not going to|never going to) (?:be (?:here|around|alive|about|on "
            r"this earth)|get older|grow (?:up|older)|see)|be gone|i am (?:going to be )?gone|"
            r"not be (?:here|around|alive)|no longer (?:be )?(?:here|around|alive)|"
            r"not wake up|never wake|sleep (?:forever|for ever)|not alive|disappear\w*|vanish|"
            r"stop existing|not exist\w*|no more me|end (?:it|this|things|everything|my life)|"
            r"ending (?:it|things|everything)|no future|not be needing|wont need|"
            r"(?:myself|me) out of (?:the picture|this world|here)|(?:keep|stay) (?:myself |me )?alive|"
            r"(?:wont|not|never) (?:make it|live|last) (?:to|till|until|past|through)",
    "plan": r"(?:picked|chose|chosen|set|got|made) (?:a|the|my) (?:date|day|time|plan)|my plan is|"
            r"planned (?:it|how)|do it (?:tonight|tomorrow|today|soon|this weekend|after)|"
            r"(?:into|in front of) (?:the|a) (?:sea|river|canal|water|train|bus|lorry|traffic)|"
            r"written (?:my|a) (?:note|letter|will)|wrote (?:my|a) (?:note|letter|will)",
    "homeless": r"no home|nowhere (?:to (?:sleep|stay|go|live)|safe)|sleep(?:ing)? (?:rough|on the "
                r"streets?|outside|in (?:a|my|the) (?:car|park|doorway|tent|station))|kicked (?:me )?out|"
                r"got nowhere|homeless|sofa surf\w*|night bus(?:es)?",
    "not_safe": r"not safe|unsafe|in danger|danger|scared|afraid|terrified|frightened|help me|"
                r"please help|following me|followed|watching me|outside my (?:door|flat|house)|"
                r"in my (?:flat|room|house) (?:and|who)|hurt(?:s|ing)? me|hit(?:s|ting)? me|"
                r"threaten\w*|owe (?:him|them|her)|pay (?:him|them|her) back|groom\w*|"
                r"locked (?:in|me)|cant breathe|not breathing|collapsed|unconscious|ambulance|"
                r"forc(?:e|ed|ing) (?:himself|herself|themselves|me)|touch(?:ed|ing|es) me|rap(?:e|ed)|"
                r"assault\w*|abus(?:e|ed|ing|ive)|favours|older (?:man|men|bloke|guy|lad|boy)",
    "cant_go_on": r"cant (?:go on|cope|do (?:this|it) anymore|take (?:it|this|any ?more)|carry on|"
                  r"keep going|live like this|anymore)|had enough|giv(?:e|ing) up|gave up|"
                  r"done with (?:it all|everything|life|living|this|all of it)|too much|no point|"
                  r"pointless|hopeless|worthless|burden|nothing (?:left|to live for)|"
                  r"what is the point|tired of (?:everything|life|living|being|it all|this|"
                  r"existing)|sick of (?:life|living|everything|being alive|existing)|"
                  r"(?:make|want) (?:it|this|everything) (?:all )?(?:to )?stop|no way out|"
                  r"trapped|(?:nobody|no one) (?:cares|would (?:care|notice|miss))|"
                  r"better off without|hate (?:myself|my life|being alive)|empty inside|numb|"
                  r"falling apart|not ok|not okay|not alright",
}
_TIME = re.compile(r"\b(?:tonight|tomorrow|today|this weekend|right now|at \d{1,2}(?: ?(?:am|pm))?|"
                   r"after (?:my|the) \w+|in an hour|by (?:friday|monday|the weekend|next week)|"
                   r"next week|soon)\b")
_SAD_EMOJI = re.compile("[\U0001F62D\U0001F622\U0001F494\U0001F940\U0001F61E\U0001F614"
                        "\U0001F629\U0001F623\u2639\U0001F641\U0001F625\U0001F630]")
_STRONG_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{pattern})"
                                            for name, pattern in _STRONG.items()) + r")\b")
# VADER's compound score runs from -1 to 1; below this the message is strongly negative.
NEGATIVE_SENTIMENT = -0.6


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def weak_signals(text: str, masked: str) -> list[str]:
    """The weak signals in a message: each alone is too common to act on."""
    found = []
    if _TIME.search(masked):
        found.append("time")
    if _SAD_EMOJI.search(text):
        found.append("sad_emoji")
    if _vader().polarity_scores(masked)["compound"] <= NEGATIVE_SENTIMENT:
        found.append("negative_sentiment")
    return found


def check(text: str) -> Optional[str]:
    """The name of the distress signal in `text`, or None (see the module docstring)."""
    try:
        masked = _MASKS.sub(" ~ ", mask(normalise(text)))
        strong = _STRONG_RE.search(masked)
        if strong is not None:
            return strong.lastgroup
        weak = weak_signals(text, masked)
        if len(weak) >= 2:
            return "+".join(weak)
    except Exception:  # noqa: BLE001 - a bug here must never break a reply
        log.exception("distress check failed; treating the message as distressed")
        return "check_failed"
    return None
