"""Everyday readings of risk words, each a yes or no about the whole message.

A medicine question asked for safe use ("can adults take calpol"), an accident told with
its cause ("cut my finger chopping onions"), hyperbole told as a joke about an everyday
thing ("kms this essay lol"), a friend said to be safe now, and a housing question about
rules or a later date. The second tier (distress.py) lets such messages pass without a
check-in and the framing (context.py) reads a rule's hit on them as ordinary or unsure;
the meaning check still weighs the whole message where it matters. Pure Python regexes
over the normalised text; the public checks never raise.
"""
from __future__ import annotations

import logging
import re
from typing import Optional

from bot.crisis.normalise import normalise

log = logging.getLogger(__name__)


# An everyday accident to a finger, a thumb or a head, told with its cause ("cut my finger
# chopping onions", "scalded my hand on the kettle", "banged my head on the kitchen
# cupboard"): no check-in, whatever the meaning check reads (a fresh dev set's false alarms,
# 2026-12-05). Never where harm is wanted or kept up ("on purpose", "again", "keep"), and
# never the arms, wrists or legs people hurt on purpose.
_ACCIDENT = re.compile(
    r"\b(?:"
    r"(?:cut|burnt|burned|scalded|banged|bumped|trapped|caught|stubbed|sprained|twisted|nicked|sliced|grazed|"
    r"shut|slammed) my (?:finger|fingers|thumb|hand|toe|toes|head|knee|ankle|foot|lip|tongue|elbow|nose)\b.{0,30}?"
    r"\b(?:chopping|cutting|peeling|slicing|opening|cooking|shaving|on the (?:\w+ )?(?:kettle|oven|hob|stove|pan|iron|door|"
    r"cupboard|table|stairs|lighter|tray|grill|straighteners|curling tongs|toaster|radiator|heater|candle)|"
    r"in the (?:door|car door|drawer)|trying to))\b")
# Harm wanted or kept up, or an injury serious enough for the urgent reply (999 first):
# "burnt my hand on the pan really bad, skin is coming off", "cut my hand cooking and its
# spurting everywhere" (dev rounds 12-40, caught by the meaning check).
_NOT_EVERYDAY = re.compile(
    r"\b(?:on purpose|deliberately|meant to|again|keep|kept|to feel|punish|want(?:ed)? to|so it hurts|"
    r"not an accident|wasnt an accident|"
    r"really bad|so bad|badly|skin\w* (?:is |s )?(?:coming|peeling|falling|hanging)|white|black|blisters? (?:all|everywhere)|"
    r"loads of blood|so much blood|a lot of blood|lots of blood|spurt\w*|pour\w*|everywhere|wont stop|cant stop|"
    r"can see|deep|gaping|bone|cant move|cant feel|passed out|unconscious|fainted|dizzy|faint|ambulance|a and e|hospital)\b")


# A question about taking medicine safely, as prescribed or bought: "can adults take
# calpol", "is it safe to have a glass of wine if ive had 2 co-codamol", "took 2 by
# accident this morning", "where do i take old tablets to get rid of them" (fresh dev set
# e: the second tier checked in on each). Never with an amount beyond the dose, a wish to
# die or be hurt, saving them up, or tonight.
_MEDICINE_QUESTION = re.compile(
    r"\b(?:is it (?:safe|ok|okay|bad|alright|fine)|(?:can|could|should) (?:i|adults|you|u|kids|children) (?:take|have|drink|mix|"
    r"get|cut|split|crush)|do i (?:cut|split|crush|take|have to take|need to take)|how (?:do|should|often do) i take|"
    r"dosette|pill (?:box|organiser|organizer)|get rid of|dispos\w+|(?:take|bring) (?:them |it )?back to the (?:chemist|pharmacy)|"
    # fresh dev set n: "ive got a box of my nans old tablets ... pharmacy said theyll take
    # them", "medicine cabinet ... full of stuff from the last tenant, do i just chuck it"
    r"(?:chemist|pharmacy|pharmacist)s? (?:said|says|will|can|would|should|might) (?:\w+ )?take (?:them|it|em)|"
    r"do i (?:just )?(?:chuck|bin|throw)|(?:chuck|bin|throw) (?:them|it|em) (?:away|out)|out of date|expired|from the last tenant|"
    r"(?:gp|doctor|dr|nurse|chemist|pharmacist) (?:said|gave|told|prescribed|put me on)|by accident|"
    r"forgot (?:if|whether|to take|id|i had)|keep forgetting|(?:cant|can not) swallow|"
    r"what age (?:can|do) (?:you|i|u) (?:buy|get)|how old do (?:you|i|u) have to be to buy|"
    # dev rounds 55-56: "is 2 tablets of 500mg the normal dose", "started on iron tablets, do
    # they make everyone feel rough", "do my adhd meds count as controlled drugs"
    r"(?:the )?normal dose|(?:only )?gave me \d+ (?:weeks?|days?|months?)|started (?:on|taking)|"
    r"do (?:they|these|it) make (?:you|everyone|me)|side effects?|count as|controlled drugs?)\b")
_MEDICINE_RISK = re.compile(
    r"\b(?:all (?:of )?(?:them|my|the)|whole (?:box|packet|pack|strip|bottle|lot)|too many|overdose|od|enough|kill|die|dying|dead|"
    r"end it|wake up|stockpil\w*|sav(?:e|ed|ing) (?:them|up|(?:\w+ ){1,2}up)|collect\w*|tonight|lethal|fatal|how many|hurt|harm|"
    r"want to|wanna|on purpose|deliberately|suicid\w*|worthless|no point|cant go on|bye|"
    # "i had everything in the pill organiser for the week all at once" (fresh dev set v)
    r"(?:all )?at once|(?:all )?in one go)\b")


def _says(text: str, found: re.Pattern[str], unless: Optional[re.Pattern[str]], what: str) -> bool:
    """`found` in the normalised text and `unless` not; False (logged) on an internal error."""
    try:
        norm = normalise(text)
        return bool(found.search(norm)) and not (unless is not None and unless.search(norm))
    except Exception:
        log.exception("%s check failed", what)
        return False


def medicine_question(text: str) -> bool:
    """A question about taking medicine safely, with no sign of harm (never raises)."""
    return _says(text, _MEDICINE_QUESTION, _MEDICINE_RISK, "medicine question")


def everyday_accident(text: str) -> bool:
    """An everyday accident told with its cause, not harm wanted (never raises)."""
    return _says(text, _ACCIDENT, _NOT_EVERYDAY, "accident")


# A question about housing rules or a later date ("sofa surfing at my mates for a few
# weeks, does that count as homeless?", "homeless in 3 months when my tenancy ends",
# "intentionally homeless, is that right") with nothing about tonight or danger: the
# homeless rules' urgent reply (999 and Shelter, a case for the duty team) answers a
# question nobody asked, and the bot's housing answer is the one they need. On dev
# rounds 9-34 and the training sets it quiets 10 ordinary messages and no risk message.
_HOUSING_QUESTION = re.compile(
    r"\b(?:does (?:that|it|this|sofa surfing) count|count as homeless|intentionally homeless|"
    r"housing register|on the (?:housing |council )?(?:list|register)|(?:in|within) (?:\d+|a few|two|three|four|six) "
    r"(?:weeks|months)|when my (?:tenancy|lease|contract|placement) (?:ends|runs out|finishes)|"
    r"for (?:a few|a couple of|\d+) (?:weeks|months)|is that (?:right|true|fair|legal)|"
    r"what (?:help|support) is there|summer holidays?|classed as|while i wait (?:for|on)|"
    # round 93 (read after its after-run): "will i be homeless if i dont pay my rent this month?"
    r"(?:will|would|could) i (?:be|end up|get made) (?:made )?homeless if\b|"
    r"(?:cousin|mate|friend|brother|sister) (?:got|was|has been) kicked out|"
    # a date months away: "im gonna end up homeless in march if my landlord sells" (fresh dev set n)
    r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|the new year|"
    r"spring|summer|autumn)|next (?:month|year|term)|what are my options|if (?:my|the) landlord sells|"
    # answer round 26: "where am i meant to live in the summer from uni, was in care in
    # northampton and got nowhere to go"
    r"(?:in|over) the (?:summer|holidays|new year|spring|autumn|winter|christmas holidays)|"
    # "everyone goes home for reading week and i have nowhere to go" (fresh dev set t)
    r"(?:for|over|in|during) (?:reading week|half term|the break|the vac\w*)|"
    r"(?:summer|christmas|easter) (?:holidays? |break |vac\w* )?from (?:uni|university|college)|between terms|"
    r"where (?:am i|do i|will i|should i) (?:meant to |supposed to |going to |gonna )?live)\b")
_HOUSING_NOW = re.compile(
    r"\b(?:tonight|today|right now|rn|outside|on the streets?|cold|freezing|scared|unsafe|not safe|danger|"
    r"nowhere (?:to sleep|safe)|sleeping rough|doorway|park|station|kicked me out|"
    r"(?:just|has|have) (?:been )?kicked|help me|please)\b")


def housing_question(text: str) -> bool:
    """True for a question about homelessness rules or a later date, not danger now."""
    norm = normalise(text)
    return bool(_HOUSING_QUESTION.search(norm)) and not _HOUSING_NOW.search(norm)


# Hyperbole told as a joke about an everyday thing: "ugh kms this essay is due tomorrow
# lol", "i want to die, this hangover is brutal 😂", "monday again, jump off a bridge
# vibes lol jk". It needs all three: a laugh (normalise turns the emoji into "lol"), the
# everyday cause, and nothing that says it is meant or that means are to hand. Then a
# message the n-gram reader still reads as a crisis gets the check-in, never nothing
# ("kms 😂 i just walked into a glass door"); the rest get their ordinary reply.
_LAUGH = re.compile(r"\b(?:lol\w*|lmao\w*|lmfao\w*|haha\w*|jk|jokes|joking|rofl)\b")
# "i wanted to die (dramatic) but i think i passed" (dev round 54): the aside in brackets
# only; "i know this sounds dramatic but ive decided" is no joke
_DRAMATIC_ASIDE = re.compile(r"\((?:being |im being |i am being |i'm being )?dramatic\)", re.IGNORECASE)
# normalise drops these; 😭 is left out on purpose (it is crying as often as laughing)
# 🙄 is an eye-roll: "dont want to be here anymore 🙄 this jobcentre queue hasnt moved" (dev round 58)
_LAUGH_EMOJI = re.compile("[\U0001F480\U0001F606\U0001F605\U0001F923\U0001F644]")  # 💀 😆 😅 🤣 🙄
_EVERYDAY_CAUSE = re.compile(
    r"\b(?:hangover|hungover|essay|homework|assignment|coursework|presentation|exams?|resits?|revision|revising|"
    r"lessons?|maths|english|science|tutor|teacher|lecture|deadline|due (?:tomorrow|today|in)|song|singing|"
    r"module|modules|webinar|meetings?|zoom|induction|"
    r"monday|mondays|alarm|red bull|monster|energy drinks?|caffeine|coffee|cook\w*|chicken|form|forms|\d+ ?am|shift|work|boss|wifi|phone|battery|charger|dinner|queue|bus|train|traffic|"
    r"brother|sister|mum|flatmate|mate|mates|family|cousins?|wedding|party|meme|group chat|tiktok|cringe|"
    r"embarrass\w*|glass door|walked into|fell over|tripped|hair|outfit|ibiza|magaluf|holiday|beach|"
    r"sunday|weekend|spiders?|heat|weather|rain|cold|football|match|team|game|love island|episode|"
    r"full|ate|food|chocolate|diet|gym|legs day|leg day|run|hills|rollercoaster|"
    r"story|stories|posts?|birthday|grades?|stairs|radio|plants?|houseplants?|"
    # fresh dev sets g-h: "gonna end up six feet under if i eat another pot noodle lol",
    # "in the grave from these energy prices lmao"
    r"pot noodles?|noodles|takeaways?|eat|eating|prices|energy|bills?|electric\w*|"
    # fresh dev set l: "printer at the library jammed again kms 🙄"
    r"printers?|printing|laptop|computer|jammed|washing machine|library|"
    # "i want to jump off the top diving board at the leisure centre but im bricking it lol"
    r"diving boards?|leisure centre|swimming|pool|bungee|sky ?dive|zip ?wire|rollercoasters?|theme park|"
    # fresh dev set z: "kms 😂 just realised i sent my cv to tesco with a typo in my own name"
    r"typos?|spelling mistakes?|autocorrect|"
    # wanting a thing that much: "id jump off a bridge for a free pair of jordans 😂" (dev set af)
    r"(?:would|id|i d) (?:literally |actually |honestly )?(?:jump off a bridge|die|kill|sell my soul) for (?:a|an|one|some|free|the)"
    r")\b")
_MEANT = re.compile(
    r"\b(?:not joking|no joke|not a joke|not even joking|not (?:being |even being )?dramatic|decided|fr|for real|deadass|serious\w*|i mean it|not lol|no cap|"
    r"actually (?:want|mean|going)|honestly (?:want|think)|pills?|tablets?|paracetamol|rope|blade|razor|knife|"
    r"bridge tonight|tonight|goodbye|bye|love you|sorry|(?<!voice )note|letter|will|plan|planned|ready|again and again|"
    r"miss me|no one|nobody|no point|alone|lonely|hopeless|worthless|burden|hate (?:myself|my life|me)|"
    # dev rounds 42-44: "fancy a swim in the canal with my coat on and my pockets full lol",
    # "last sunday dinner ever lol", "gave my mate my chain and my coat today, he was confused lol"
    r"pockets|last (?:\w+ ){1,2}ever|gave (?:away|my \w+ my)|giving (?:away|my \w+ my)|"
    # dev round 58: "student loan lands monday not that ill be around to spend it lol"
    r"not that (?:i ll|ill|i will|i am gonna|im gonna|i am going to) be (?:around|here|alive)|"
    # "thinking of taking the easy way out. and i dont mean the bus lol" (fresh dev set p)
    r"(?:and )?i (?:dont|do not) mean (?:the|a|my)\b|"
    # a time set for it: "lol anyway i'm gonna end it at 3am so the bursary doesn't matter"
    # (round 67, read after its after-run)
    r"(?:end it|end it all|ending it|do it|doing it) at (?:\d{1,2}(?: ?(?:am|pm))?(?= |$)|midnight))\b")


# The rules whose words are everyday hyperbole too ("i want to die", "kms", "jump off a
# bridge", "wish i could disappear"). Never a will, a note, a goodbye or "no one would miss me".
HYPERBOLE_RULES = frozenset((
    "suicidal.want_to_die", "suicidal.kill_myself", "suicidal.want_to_end", "suicidal.jump",
    "suicidal.wish_could_die", "suicidal.disappear", "suicidal.cant_go_on", "suicidal.not_wake_up",
    "suicidal.want_it_to_stop", "suicidal.rather_die", "suicidal.be_dead", "suicidal.going_to_die",
    "suicidal.method_stated", "suicidal.coffin",
    # "dont want to be here anymore 🙄 this jobcentre queue hasnt moved in 40 mins" (dev round 58)
    "suicidal.dont_want_to_live",
))


# 😭 is a laugh only beside a small mishap told as one: "kms 😭 forgot my ID for the bank
# appointment", "ugh i wanna die, i just sent a voice note to the wrong person 😭" (fresh
# dev set n; round 63 had "kms i just sent the email to the wrong person 😭😭").
_LOUDLY_CRYING = "\U0001F62D"
_MISHAP = re.compile(
    r"\b(?:(?:sent|texted|messaged|replied|forwarded|posted) (?:\w+ ){0,5}(?:to |in )?(?:the )?wrong (?:person|chat|group|"
    r"group chat|number|email|account)|forgot (?:my|the) (?:id|keys|phone|charger|wallet|purse|card|bag|lunch|password|pin|"
    r"passport|homework|laptop|headphones)|locked myself out|walked into|spilt|spilled|dropped my phone)\b")


def joking(text: str) -> bool:
    """Hyperbole told as a joke about an everyday thing (never raises)."""
    try:
        norm = normalise(text)
        if _LOUDLY_CRYING in text and _MISHAP.search(norm):
            return not _MEANT.search(norm)
        laughs = bool(_LAUGH.search(norm) or _LAUGH_EMOJI.search(text) or _DRAMATIC_ASIDE.search(text))
        return (laughs and bool(_EVERYDAY_CAUSE.search(norm))
                and not _MEANT.search(norm))
    except Exception:
        log.exception("joke check failed")
        return False


# A friend's past or present risk, asked about to support them, and said to be safe now:
# "my friend self harms, she's getting help now, how can i support her". safety.md rule 1
# gives a friend in danger the contacts, so any danger, any "tonight", and any friend not
# said to be safe keep the full reply.
_SUPPORT_ASK = re.compile(
    r"\b(?:how (?:do|can|should) i (?:help|support|talk|be there|look after)|what (?:do|should|can) i (?:say|do)|"
    r"how to (?:help|support)|(?:help|support) (?:her|him|them) (?:properly|better|going forward)|"
    r"be there for (?:her|him|them)|advice (?:for|on)|things (?:that )?(?:actually )?help|"
    r"can i (?:go with|help|support)|what can i do|did i do the right thing|was i right to|"
    r"what (?:would|should) i do if|"
    # fresh dev sets g-h: "how do i report a friend's self harm to college without breaking
    # her trust", "how do i keep being a good friend", "can i visit if im not family"
    r"how (?:do|can|should) i (?:report|tell|keep being|be a good)|can i (?:visit|see) (?:her|him|them|if)|"
    # fresh dev set i: "should i say something or leave it", "how can i help as her big sister"
    r"should i (?:say|do) (?:something|anything)|how (?:do|can|should) i help|"
    # fresh dev set k: "how do i act around her so she doesnt feel judged"
    r"how (?:do|can|should) i (?:act|be) (?:around|with)|"
    # fresh dev set l: "can i bring her anything", "is it ok for me to turn my phone off at night again"
    r"can i (?:bring|get|send|buy|take|make) (?:her|him|them)|is it (?:ok|okay|alright) (?:for me )?to)\b")
_FRIEND_SAFE = re.compile(
    r"\b(?:(?:shell|she will|hell|he will|theyll|they will) be (?:fine|ok|okay|alright)|"
    r"(?:shes|hes|theyve|she has|he has|they have|she s|he s) (?:got|getting) (?:support|help)|"
    r"already (?:has|have|got|sees|see) (?:a |her |his |their )?(?:counsellor|therapist|support worker|camhs)|(?:she|he|they) (?:is|are|s|re) (?:safe|ok|okay|fine|home now|not in danger|getting help|seeing)|"
    r"(?:shes|hes|theyre) (?:safe|ok|okay|fine|alright|home now|not in danger|getting help|seeing)|"
    # dev set ae: "ambulance came and they were ok", "someone in my lecture fainted today,
    # shes alright"
    r"(?:she|he|they) (?:was|were) (?:ok|okay|fine|alright|safe)|"
    r"not (?:going to|gonna) do anything|getting help now|(?:safe|fine|ok|okay) now|home now|"
    r"(?:she|he|they) (?:is|are|s|re) (?:out|back home|back in \w+)|(?:shes|hes|theyre) (?:out|back home|back in \w+)|"
    r"doing (?:ok|okay|good|well|better|great|alright|fine)|(?:has|have|got) a crisis team|"
    # fresh dev set i: "hes in therapy now and way better", "shes got a counsellor now"
    r"(?:shes|hes|theyre|she is|he is|they are) (?:in therapy|(?:way |much |loads |so much |a lot )?better(?: now)?)|"
    r"(?:shes|hes|theyve|she has|he has|they have) got (?:a )?(?:counsellor|therapist|support worker|camhs)|"
    r"(?:in|over) the (?:summer|spring|autumn|winter|holidays)|"
    # fresh dev set k: "staff know and she has a worker"
    r"(?:she|he|they) (?:has|have|s got|ve got) (?:a )?(?:worker|key worker|support worker|counsellor|therapist)|"
    # fresh dev set l: "shes home and says she feels better than she has in years"
    r"(?:shes|hes|theyre|she is|he is|they are) (?:back )?home\b(?! alone)|"
    r"(?:says|said) (?:she|he|they) (?:feels?|is|s|are) (?:much |way |loads |a lot )?(?:better|fine|ok|okay|safe)|"
    # the event is past: "my flatmate took too many pills last month ... how do i support him"
    r"last (?:week|month|year)|(?:\d+|a few|two|three|couple of) (?:weeks|months|years) ago)\b")
_FRIEND_DANGER = re.compile(
    r"\b(?:tonight|right now|rn|just (?:took|taken|done|cut)|has taken|(?:took|taken)(?! (?:\w+ ){0,3}(?:last|a|two|three) "
    r"(?:week|month|year)s?(?: ago)?\b)|wont wake|not waking|bleeding|"
    r"unconscious|ambulance(?! came\b)|(?<!rang )(?<!called )(?<!phoned )(?<!ringing )999|goodbye|said bye|note|plan|tomorrow night|going to (?:kill|end|jump|do it)|"
    r"(?:wants|want) to (?:die|kill|end)|keeps saying)\b")


_EARLIER = re.compile(r"\b(?:yesterday|last (?:night|week|weekend|month)|earlier|this morning|the other day|on (?:monday|"
                      r"tuesday|wednesday|thursday|friday|saturday|sunday))\b")


def friend_fine_after(norm: str) -> bool:
    """Someone else's medical scare, told as over and fine (dev rounds 54-56: "flatmate
    fainted at the gym but the paramedics checked him and hes fine")."""
    return bool(_FRIEND_SAFE.search(norm)) and not _FRIEND_DANGER.search(norm)


# Someone else's words told as a joke and said to be fine: "my flatmate said i want to die
# when he saw the electricity bill, but hes fine, just dramatic" (fresh dev set g).
_BANTER = re.compile(r"\b(?:just (?:being )?dramatic|banter|(?:was|only|just) joking|a joke)\b")


def someone_else_joking(norm: str) -> bool:
    """Another person's hyperbole, told as a joke and with them fine."""
    return bool(_BANTER.search(norm)) and bool(_FRIEND_SAFE.search(norm)) and not _FRIEND_DANGER.search(norm)


# A faint or an attack of one's own, told as over: "passed out at the gym cos i hadnt
# eaten, had a sandwich and im fine", "had an asthma attack earlier, blue inhaler sorted it
# and im fine" (fresh dev set h). Never with a head injury, bleeding, breathing still hard,
# or anything still going on.
_OWN_FINE = re.compile(r"\b(?:and|but|now|so) (?:i am|im) (?:fine|ok|okay|alright|all good)(?: now)?\b|"
                       # "fainted in the shower yesterday ... feel fine today" (fresh dev set aa)
                       r"\b(?:i )?(?:feel|feeling|felt) (?:fine|ok|okay|alright|normal|better) (?:today|now)\b")
_STILL_UNWELL = re.compile(
    r"\b(?:hit|banged|bumped|smashed) my head|bleed\w*|blood|cant breathe|(?:hard|struggling) to breathe|still|"
    r"not (?:fine|ok|okay)|chest|unconscious|again|worse|ambulance|999|a and e|collapsed|seizure|fit\b")


def own_scare_over(norm: str) -> bool:
    """The writer's own faint or attack, told as over and fine."""
    return bool(_OWN_FINE.search(norm)) and not _STILL_UNWELL.search(norm)


# Laughing till one could not breathe, told with a laugh: "laughed so hard at my foster
# sisters voice note i actually stopped breathing for a sec 😂" (fresh dev set l).
_LAUGHED_TILL = re.compile(r"\b(?:laughed|laughing|laugh|cried laughing|crying laughing|pissed myself laughing) "
                           r"(?:so (?:hard|much)|that hard|till|until)\b")


def laughed_till(text: str) -> bool:
    """A medical word told of laughing too hard, with a laugh and nothing meant."""
    try:
        norm = normalise(text)
        # the laugh can be the whole message: "laughed so hard i couldnt breathe" (round 75)
        short = len(norm.split()) <= 8
        return (bool(_LAUGHED_TILL.search(norm)) and (short or bool(_LAUGH.search(norm) or _LAUGH_EMOJI.search(text)
                                                                  or "\U0001F602" in text))
                and not _MEANT.search(norm))
    except Exception:
        log.exception("laughing check failed")
        return False


# A small everyday cut told as small: "cut my finger chopping onions, bleeding a lot but
# its not deep, plaster or steri strip?" (fresh dev set l). Never a cut to the arm, wrist or
# thigh, one done on purpose or again, or bleeding that will not stop.
_SMALL_CUT = re.compile(r"\b(?:(?:its|it s|it is|they re|theyre) not (?:that |very |too )?deep|paper cut|"
                        r"(?:tiny|small|little) cut|chopping|shaving|peeling|washing up|doing the dishes)\b")
_CUT_STILL_RISKY = re.compile(
    r"\b(?:arms?|wrists?|thighs?|legs?|stomach|myself|on purpose|again|wont stop|cant stop|doesnt stop|not stopping|"
    r"everywhere|spurting|pouring|gushing|dizzy|faint\w*|pale|deep (?:one|cut)|stitches)\b")
# Gums that bleed when brushed are a question for a dentist: "my gums wont stop bleeding
# when i brush, dentist or gp" (fresh dev set v).
_GUMS = re.compile(r"\bgums?\b.{0,40}?\b(?:brush\w*|floss\w*|dentist)\b|\b(?:brush\w*|floss\w*)\b.{0,40}?\bgums?\b")
_GUMS_RISKY = re.compile(r"\b(?:punch\w*|hit|attack\w*|on purpose|myself|dizzy|faint\w*|pale|everywhere|pouring|gushing)\b")


def small_cut(norm: str) -> bool:
    """The writer's own small kitchen or shaving cut told as small, or gums bleeding when brushed."""
    return (bool(_SMALL_CUT.search(norm)) and not _CUT_STILL_RISKY.search(norm)
            or bool(_GUMS.search(norm)) and not _GUMS_RISKY.search(norm))


# Small talk asking for a joke: "tell me something funny" read as a sharp risk to the
# meaning check retrained on rounds 57-60 (the held-out NLU split's out_of_scope example
# got the check-in). The whole message is the request; a risk word anywhere keeps the check.
_JOKE_REQUEST = re.compile(
    r"^(?:(?:can|could|will) (?:you|u) |pls |please |go on |ok |okay )?(?:tell|say|give) (?:me |us )?"
    r"(?:a |another |something |some |any )?(?:joke|jokes|funny|fun fact|fun facts|(?:something )?funny|interesting)"
    r"(?: thing| things| one)?(?: (?:pls|please|then|lol|haha\w*))?$")


def asks_for_a_joke(text: str) -> bool:
    """The whole message asks the bot for a joke or something funny (never raises)."""
    return _says(text, _JOKE_REQUEST, None, "joke request")


def friend_safe_now(text: str) -> bool:
    """A question about supporting a friend whom the writer says is safe now."""
    norm = normalise(text)
    return (bool(_SUPPORT_ASK.search(norm)) and bool(_FRIEND_SAFE.search(norm))
            and not _FRIEND_DANGER.search(norm))


# A question about what an emergency looks like, asked calmly: "what does anaphylaxis look
# like, my kids just been diagnosed with a peanut allergy" (fresh dev set n). Never with
# anything happening now: a face or throat swelling, breathing, a collapse, a sting.
_MEDICAL_INFO = re.compile(
    r"\b(?:what (?:does|do|is|are) (?:\w+ ){0,3}(?:look|looks|feel|feels) like|(?:the )?(?:signs|symptoms) of|"
    r"(?:been|was|got|get|getting) diagnosed with|how do (?:i|you|u) (?:know|tell|spot|recogni[sz]e)|first aid course)\b")
_MEDICAL_NOW = re.compile(
    r"\b(?:now|right now|rn|tonight|is (?:closing|swelling|swollen|going)|are (?:swelling|swollen|going)|"
    r"cant breathe|can t breathe|not breathing|struggling to breathe|collapsed|unconscious|passed out|help|999|ambulance|"
    r"lips|tongue|throat|ate|eaten|stung|sting|bitten|blue|fitting|seizure|"
    # round 18: "how do i know if i need stitches, it's gaping and still bleeding loads. i did it myself"
    r"still|bleeding|blood|gaping|deep|myself|did it|did this|wont stop|keeps|took|taken|swallowed)\b")


# First aid asked about in advance: "how do you use an epipen, my new partner has a nut
# allergy" (fresh dev set q and rounds 67 and 68, read after their after-run), "what do
# you do if someone's having a seizure, my flatmate has epilepsy and i want to be ready".
# A seizure or an allergy may be named here; anything happening now still stands.
_MEDICAL_IF = re.compile(
    r"\b(?:what (?:do|should|would|can) (?:i|you|u|we|people) do if|how (?:do|would|should|can) (?:i|you|u) "
    r"use (?:an? |the |my |her |his |their )?(?:epipen|epi pen|inhaler|defib\w*)|(?:just )?in case|"
    r"(?:want|wanna|need) to be (?:ready|prepared))\b")
_MEDICAL_IF_NOW = re.compile(
    r"\b(?:now|right now|rn|tonight|help me|999|ambulance|wont stop|myself|did it|took|taken|swallowed|"
    r"(?:is|hes|shes|theyre|are) (?:having|fitting|not breathing|unconscious|collapsed|blue)|cant breathe)\b")


def medical_info_question(norm: str) -> bool:
    if _MEDICAL_IF.search(norm) and not _MEDICAL_IF_NOW.search(norm):
        return True
    return bool(_MEDICAL_INFO.search(norm)) and not _MEDICAL_NOW.search(norm)
