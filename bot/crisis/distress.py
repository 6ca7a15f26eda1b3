"""The second tier: a broad distress check for messages the bot did not understand.

The crisis detector (detector.py) is precise: it must not answer "this form is killing
me" with crisis contacts. So some real crises, worded in a way no rule foresaw, pass it.
safety.md rule 8 says such a miss must land somewhere safe. This check is that landing:
when it fires where the bot would otherwise not understand, the bot checks in ("Are you
safe right now?") with the contacts, instead of ignoring the person.

Signals come in three strengths, because the places that ask differ in how much the bot
already understood:
- **sharp**: hints about the writer's own life, safety or body that mean risk even inside
  a clear question ("no point asking about council tax, i won't be alive to pay it",
  "tell my pa thanks for everything", "he's outside my door"). Checked everywhere the
  bot would re-ask a question or ask for the council (actions/check_in.py), and on
  goodbyes, thanks and yes/no answers.
- **broad**: words near risk that are common in everyday questions too (pills, knife,
  scared, can't go on, give up). Checked only where the bot understood nothing (fallback,
  out of scope) and inside the eligibility form, whose answers are short.
- **weak**: a time word, a sad emoji, a very negative sentiment score (VADER): only in
  pairs, and counted as broad.
- **meaning**: the meaning check's two scores (meaning.py: networks over a sentence
  embedding, and an n-gram model) for wordings no list foresaw: sharp from
  `MEANING_SHARP_AT`, broad from `MEANING_BROAD_AT`, whichever score is higher. A broad
  word in a message both read as plainly ordinary is silenced (`_plainly_ordinary`); a
  sharp word only when both are sure, in English, and never for words of one's own death,
  self-harm or bleeding (`_sharp_word_overruled`).

`check(text)` returns a `Signal` (its name is safe to log and show a duty worker) or
None. Everyday phrases that contain these words are masked first (the detector's masks,
then this module's). Pure Python; never raises (on a bug it errs towards checking in).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from bot.crisis import context, everyday, languages, meaning
from bot.crisis.detector import mask, split_run_together
from bot.crisis.normalise import normalise

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Signal:
    name: str
    sharp: bool


def _alternatives(patterns: dict[str, str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{p})" for name, p in patterns.items()) + r")\b")


# Everyday phrases that contain this tier's words but do not mean risk. Learned from the
# hard negatives of the folded rounds (tests/crisis/rounds) and the main set.
_MASKS = re.compile(r"\b(?:" + "|".join((
    # money, forms, weather, family and phones "killing" or "dead"
    r"(?:\w+ (?:is|was|s|are|be) )?(?:killing|killed|kill) (?:me|it|my \w+|time|some \w+|two birds)(?: lol| haha\w*)?",
    # fresh dev sets s and t: "how do i dispose of a broken glass without cutting myself",
    # "how do u change them without nicking yourself" (not "six months without hurting myself")
    r"without (?:\w+ )?(?:cutting|nicking|slicing|stabbing) (?:myself|yourself|urself|ur self|your self)",
    # fresh dev set e: a pet rehomed for a tenancy, a revision cave "see u on the other side"
    r"(?:give|gave|giving|rehom\w*) (?:my |our )?(?:dog|cat|pet|puppy|kitten|rabbit|hamster|bird|fish|snake)s? "
    r"(?:\w+ ){0,5}(?:cos|because|as|since) (?:\w+ ){0,4}(?:landlord|tenancy|lease|no pets|pets? (?:arent|are not|not) allowed|"
    r"(?:doesnt|dont|does not|wont) allow (?:pets|dogs|cats))",
    r"(?:revision|revising|exams?|deadline|dissertation|finals|shift|holiday|festival|glasto|glastonbury|camping)\b.{0,60}?"
    r"see (?:u|you|yall|ya) on the other side",
    r"(?:\w+ )?(?:will|gonna|going to|would) kill me (?:if|when|for|lol|haha\w*)",
    # someone else's "on purpose" (dev round 42): "ran me over on purpose", "they do this on
    # purpose to make you give up"
    r"(?:ran|run|knocked|pushed|tripped|blanked|ignored) (?:me|us) (?:over |up |out )?on purpose",
    r"on purpose to (?:make (?:u|you|us|people|everyone) |wind (?:me|us|you) up|annoy)",
    # rope for camping or d of e (dev round 44)
    r"(?:tent|tents|tent pegs|camping|climbing|d of e|dofe|washing line)(?: \w+){0,3} rope|"
    r"rope (?:\w+ ){0,3}(?:for|to) (?:my |the |a )?(?:d of e|dofe|camping|tent|climbing|swing|washing line|boat)",
    r"dead (?:tired|beat|end|line|lines|good|easy|funny|quiet|serious|keen|set on|broke|battery|phone|laptop|ipad|car|plant)",
    # fresh dev set f: medicine taken as prescribed, a college account closing, a football
    # team's loss, goodbyes at a placement or a group with the reason beside them
    r"(?:miss|missed|missing|forgot|forget) (?:one|a|my|a single|the) dose", r"tablets? (?:up to )?\d+ times a day",
    r"exist on (?:the|their|your|its) (?:\w+ )?(?:system|database|register|records?)",
    r"put(?:ting)? myself in the bin",
    r"bleed(?:ing)? (?:the|my|a|all the) (?:\w+ )?(?:radiators?|brakes?|pipes?|heating)",
    r"(?:say|saying|said) (?:bye|goodbye) to everyone (?:at|from|in) (?:the |my )?(?:placement|group|college|work|job|hostel|"
    r"youth club|home|project|unit|team|course|school)",
    r"(?:i am )?(?:literally )?dead(?: lol| haha\w*)", r"deadlines?", r"death trap",
    r"(?:phone|battery|laptop|charger|car|tablet|ipad|plant)s?(?: is| was| has| went| s| about to| keep| keeps)? (?:dead|died|dying|die)",
    r"(?:college|work|uni|school|town|the club|the gym|the party|it|class) (?:was|is) dead", r"(?:i would|i d|id) (?:die|kill) for",
    r"(?:on \d+ ?%? )?dying(?: send| quick)", r"phones? dying",
    r"(?:hair|power|pay|tax|benefits?|budget|price|rent) (?:cuts?|got cut)", r"cuts to (?:the )?council(?: budgets?)?", r"haircut", r"cut my finger",
    r"cut (?:off|down|back|costs?|my hair)", r"cutting (?:down|back|costs?|my hours|hair|onions?)",
    r"short ?cut", r"hang(?:ing)? (?:out|on|around|my|curtains|up)", r"hangout", r"hanging rail",
    # tablets cut in half for a dose, garden baskets, paper cuts
    r"cut (?:them|it|the (?:tablets?|pills?)|my (?:tablets?|pills?)) in half", r"hanging baskets?", r"paper ?cuts?",
    # dev rounds 55-56: a thing no longer needed, with the reason ("wont be needing my bus pass
    # anymore now i got a car", "wont need the emergency accommodation tonight, my nan said i
    # can stay at hers"), a phone about to die
    r"(?:wont|will not|dont|do not) (?:be )?need(?:ing)? (?:\w+ ){0,5}?(?:any ?more |tonight |now )?\W*(?:now (?:i|that i|ive|i have)|"
    r"cos|because|as i|since i|my (?:\w+ )?(?:flat|place|car|council flat|room) came through|(?:its|it is|thats|the \w+ (?:thing )?is) "
    r"(?:all )?sorted|sorted it|my (?:nan|mum|dad|aunt\w*|gran|mate|friend|sister|brother|cousin|partner|bf|gf) said)",
    r"(?:battery|phone|charge)\b.{0,30}?\bif i go (?:quiet|offline|silent)",
    r"gave blood", r"(?:full|half) sleeve", r"zombie apocalypse",
    r"(?:replacement |spare )?blades? for (?:a |my |the )?(?:safety )?razor|safety razor",
    # dev sets ag and ah: razors as grooming and rubbish ("how often should u change ur razor
    # blade", "best way to throw away old razor blades so the bin men dont get cut", "my beard
    # trimmers blades are blunt", "my boyfriend left his razor in my bathroom"), and "od" as
    # "very" ("its od cold in my flat", "this queue at the council is od long")
    r"(?:beard |hair )?trimmers?(?: s)? blades?",
    r"(?:change|changing|replace|replacing) (?:ur |your |my |the |a )?(?:old )?razor(?: blades?)?",
    r"(?:throw|throwing|chuck|chucking|put|putting|bin|binning|dispose of|disposing of|get rid of) (?:away )?"
    r"(?:old |used |ur |your |my |the )*(?:razor )?blades?\b(?=.{0,40}\b(?:bin|bins|bin men|binmen|recycling|sharps))",
    r"(?:his|her|their) razor (?:in|at|on) (?:my|the|our)",
    r"od (?:cold|hot|long|expensive|busy|quiet|loud|slow|late|early|far|hard|easy|big|small|tired|hungry|peak|annoying|"
    r"funny|good|bad|nice|dear|boring|moist|bait)",
    r"(?:tired|sick) of (?:this|my|the) (?:job|work|shift|shifts|nights|course|college|uni|weather|rain|landlord|bus|commute)",
    r"(?:now|since|after) (?:she|he|they|my \w+) (?:has |have |s )?(?:died|passed(?: away)?)",
    r"(?:visit\w*|going to|go to|went to|been to|taking \w+ to) (?:his|her|their|my (?:\w+ )?\w+s?) grave "
    r"(?:with|to|and|later|today|tomorrow|on|this|bringing)",
    r"(?:bbq|barbecue|picnic|swim|paddle|fishing|kayak\w*|paddleboard\w*|walk|run|drinks?)\b(?: \w+){0,3} "
    r"(?:by|at|down|on) the river|(?:down|by|at) the river for (?:a |some )?(?:bbq|barbecue|picnic|swim|walk|drinks?|paddle|fish\w*)",
    r"need (?:my |the )?(?:pa|support|visits?)(?: \w+){0,3} as (?:much|often)",
    r"end of the world\b.{0,40}?\b(?:ran out|sold out|closed|shut|cancelled|run out|no more)",
    r"gave (?:my |away my )?\w+ to (?:my |his |her )?(?:\w+ ){0,2}(?:since|cos|because|as|now) i (?:got|have|bought|upgraded)",
    # fresh dev set e: things hung on walls, bleach on clothes, a funeral as an errand
    r"hang(?:ing)? (?:a |the |my |some |up )?(?:mirror|mirrors|picture|pictures|pics|shelf|shelves|"
    r"curtains?|clothes|washing|coat|coats|tv|frames?|art|posters?|fairy lights|lights|blinds|hooks?)",
    r"(?:spill\w*|splash\w*|got|dropped) bleach on (?:my |the )?(?:\w+ )?(?:hoodie|clothes|top|jeans|carpet|shirt|"
    r"trousers|towels?|trainers|joggers|jumper|dress|sofa|rug|bedding)",
    r"(?:when|if|after) (?:someone|somebody|a (?:parent|relative|family member)) (?:dies|has died|passes away)",
    r"(?:been|go|going|went|get invited) to a funeral|at a funeral|funeral (?:outfit|clothes|flowers)",
    r"jump(?:ed|ing)? (?:the queue|at|in|on board|through hoops)",
    r"blood (?:test|tests|donor|donation|pressure|sugar|group)", r"give blood", r"bleeding me dry",
    # fresh dev set as: "arm's bruised from where they took my blood, is that normal"; "took
    # all my old bank statements to the shredder"
    r"(?:they|nurse|doctor|gp|phlebotomist|hospital|she|he) (?:took|taken|take|takes|taking) (?:my |some )?blood"
    r"(?! (?:everywhere|all over))",
    r"took (?:all )?(?:my |the )?(?:old )?(?:bank statements|statements|letters|paperwork|papers|post|receipts|bills) "
    r"to (?:the )?(?:shredder|tip|recycling|bins?|post office)",
    r"emergency (?:fund|funds|payment|payments|grant|grants|loan|loans|contact|contacts|number|housing)",
    r"first aid", r"(?:on|get on|contraceptive|morning after|the) pill", r"pill organiser(?! into my mouth)",
    r"(?:hay ?fever|asthma|repeat|prescription) (?:pills?|tablets?|meds)",
    r"(?:pills?|tablets?|meds|medication) (?:ran out|prescription|delivered|collect\w*)",
    r"(?:collect|get|deliver\w*|order|about) my (?:meds|pills|tablets|prescription)",
    r"(?:samsung|android|apple|ipad|college|laptop or) tablets?",
    r"good ?bye (?:for now|party|to care|do)", r"bye for now", r"gonna miss (?:them|you|it)",
    r"too much (?:money|paperwork|rent|to ask|hassle)", r"drowning in (?:paperwork|debt|bills|work|forms)",
    r"give up (?:smoking|vaping|drinking|trying to|my (?:tenancy|flat|room|job|course|place))",
    r"gave up (?:smoking|vaping|drinking)", r"no point (?:in )?(?:paying|buying|asking them)",
    r"cant go on (?:the|a|this|with|holiday|trip)", r"cant take it any ?more with",
    r"(?:i will|i am going to|i am) (?:be )?gone (?:to|on|for|most|away|all|the|next|this)",
    r"good ?bye (?:old|to my old) \w+", r"(?:proper|say a) goodbye to (?:my|the) (?:old )?\w+",
    r"dead slow", r"(?!(?:the|a|on) )\w+ street", r"(?:my )?tablets? s? ?(?:screen|charger|broken|cracked|keyboard|case)",
    r"be gone (?:do|does|will|can|would|is) (?:i|my|the)",
    r"tablets? (?:vs|or|for (?:acne|asthma|hay ?fever|college|uni))", r"tablets my (?:gp|doctor)",
    r"cut my hair", r"sick of (?:my|the) (?:flatmate|neighbour|landlord|job|course|bus|hostel)\w*",
    # things, pets and news that "died"; killing pests; laughing
    r"(?:hoover|cooker|heating|boiler|fridge|phone|battery|laptop|car|telly|tv|plant|fish|cat|dog|"
    r"hamster|goldfish|wifi|internet|washing machine|kettle|printer|bike|charger|"
    r"lily|lilie|flower|succulent|cactus|basil|orchid|rose)s? (?:has |just |s |is |are )?"
    r"(?:died|dead|dying)(?: again)?",
    r"(?:in|at) my (?:flat|room|house) (?:died|dead)",
    r"kill(?:ed|ing)? (?:a|the|black|all the)? ?(?:wasps?|spiders?|mould|black mould|germs|bugs|nest|flies|fly|mice)",
    r"kill (?:him|her|them) (?:lol|haha\w*)", r"died at (?:that|the|this|your) \w+", r"(?:i am )?dead (?:you|u|at)",
    r"(?:a man|a woman|someone|people|a lad) died in", r"killing us",
    r"(?:i am|im) done (?:with (?:the|this|my) (?:form|forms|course|queue|application)|for (?:the day|today|now)|lol)",
    r"(?:so )?done with (?:this|the) (?:queue|form|forms|hold)",
    r"tired of (?:filling|trying|waiting|ringing|being on hold)", r"no point (?:applying|going|asking|ringing|waiting)",
    r"better off without (?:the|my) (?:car|bike|flat|phone|job)", r"want it to stop raining",
    r"giv(?:e|ing) up (?:my flat|sugar|smoking|vaping|drinking|meat|caffeine)",
    r"(?:took|take|taking) my (?:tablets|meds|pills) (?:this|every|in the|at|with)",
    r"(?:keep|store|collect) my (?:meds|pills|tablets)", r"(?:pills|tablets) does the gp", r"bridge on my road",
    r"cutting it fine", r"bleeding a bit",
    # phones and sleep: "phone on 1%, bout to die", "slept like the dead"
    r"(?:on|at) \d+ ?%?,? (?:bout|about|abt|gonna|going) to die",
    r"(?:slept|sleep|sleeping) like the dead", r"(?:the )?walking dead",
    # a crush: "i'm literally gonna die if he texts me back"
    r"(?:gonna|going to|will|would|actually|literally) die if (?:he|she|they|u|you|my crush) (?:\w+ )?"
    r"(?:text|texts|replies|reply|messages|message|calls|call|likes|like|follows|follow|asks|ask|says|say)\w*",
    # laughing and games: Polish "dying of laughter", "dead by daylight with the boys tonight"
    r"(?:\w*mieram )?(?:od|ze) smiechu", r"dead by daylight", r"red dead(?: redemption)?(?: \d)?",
    r"(?:i am )?(?:literally )?dead(?: lol| haha\w*)?,? just woke up", r"last day at (?:the|my) \w+",
    # fresh dev set f: "im not gonna be around much this month, exams", someone else on the
    # tracks delaying a train, "goodbye forever to my overdraft"
    r"(?:wont|will not|not going to|not gonna|am not going to|am not gonna) be (?:here|around) much (?:this|next|over|during|for|till|until)",
    r"(?:someone|somebody|a person|a man|a woman|a lad|a kid|trespassers?|people|cows?|sheep) (?:was |were |is |are |been |on )?on the (?:tracks|line|railway)",
    r"(?:good ?)?bye forever to (?:my|the|that|this) (?:overdraft|debt|loan|credit card|bills?|job|landlord|hostel|\w+ contract)",
    r"(?:wont|will not|not going to|not gonna|am not going to|am not gonna) be (?:here|around) (?:when|till|until|next|this|on|at|for|tomorrow|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)",
    # a clock time: "im not gonna be around after 6 tonight, football" (dev set ae); never
    # "after tonight"
    r"(?:wont|will not|not going to|not gonna|am not going to|am not gonna) be (?:here|around) (?:after|before|from|between) "
    r"\d{1,2}(?:[ .:]?\d\d)?(?: ?(?:am|pm|oclock))?",
    r"(?:wont|will not|not going to|not gonna) make it (?:to (?:the|my|work|college|uni|school|class|payday|practice)|on time|in time)",
    r"last (?:message|msg) (?:from me )?(?:tonight|today|for now)",
    r"(?:area|flat|house|boiler|stairs|place|road|car|bike|street)(?: s| is| doesnt feel| does not feel)?(?: that)? "
    r"(?:not safe|unsafe)", r"not safe to (?:use|drive|drink|live)",
    r"(?:knife|knives) (?:set|skills|block)", r"(?:bread|kitchen|butter) knife",
    r"(?:climbing|skipping) rope", r"rope and harness", r"bridge (?:to|thing|bit|loan)",
    r"(?:tower|london|clifton|suspension|humber|severn|forth|millennium|westminster|waterloo|blackfriars|trent|swing|golden gate) bridge",
    r"meet(?:ing)? (?:me |you |us |up |my \w+ )?(?:at|by|near|under|on) (?:the )?(?:station )?(?:by )?(?:the )?bridge",
    r"(?:road ?works|traffic|queue|stuck|a jam) on the bridge",
    r"(?:scared|nervous|worried|afraid) (?:of|about) (?:living|moving|the|my|exams?|interviews?|driving)",
    r"tired of being here in (?:this|the)", r"overdose (?:awareness|of \w+)",
    r"(?:\w+ s|nan s|grandad s|dad s|mum s) funeral",
    r"giv(?:e|ing) away (?:my )?(?:old )?(?:sofa|furniture|clothes|bed|table|tv|stuff to)",
    # bills, fines and mates' tenners that say "i owe"; "cut me off"; "end of the road"
    # for a phone contract (dev rounds 9-30)
    r"cut (?:me|us) (?:off|some slack)", r"end of the road for (?:my|the) (?:old )?\w+", r"knifed in the back",
    r"(?:letter|text|bill|ticket|fine|email)s? (?:\w+ ){0,5}(?:says?|saying) i owe",
    r"owe (?:him |her |my \w+ )?(?:like |about |around |roughly )?(?:a tenner|a fiver|£ ?\d+|\d+ ?(?:quid|pounds?))",
    r"finish it (?:later|off|after|first|tomorrow)",
    # "how do i get on the housing list, do i do it myself?": doing a form yourself
    r"(?:can|could|should|do|shall|would) i (?:just )?do (?:it|this|that|the form|the application) myself",
    # dev set am: the chat not needed after a move, a nan's saying, a bus shelter's roof
    r"(?:wont|will not|dont|do not) need (?:this|the) (?:chat|app|bot|service|website) any ?more (?:once|when|after|because|cos|as) i "
    r"(?:move|moved|am moving|go|leave)",
    r"(?:says|said|say|reckons|always says) (?:that )?if i die (?:tomorrow|today|young)",
    r"(?:on|off) the roof of (?:the |a |my )?(?:bus shelter|bus stop|shed|garage|car(?! ?park)|van|tree ?house)(?! (?:park|block))",
)) + r")\b")

_SHARP_PATTERNS = {
    "gone": r"(?:till|until|til) i (?:jump|end it|do it|kill myself|kms)|"
            # "this time tomorrow ill be gone... to a better place": the model that learned
            # rounds 93-94 let it fall to a broad word beside their holidays ("gone... to magaluf")
            r"(?:i will|i ll|ill|i am|i would|i d) (?:be )?gone\W+(?:\w+ )?(?:to )?(?:a better place|heaven|the other side|"
            r"the next life|somewhere better)\b|"
            # fresh dev set ar: "i want out of life not out of care lol"
            r"(?:want|wanna|need) (?:to get )?out of (?:this )?life\b|"
            # rounds 93-94 (read after their after-run): "unsubscribing from life lol bye", "if
            # my PA asks where i went tell her im finally free"
            r"if (?:\w+ ){1,3}asks? where i (?:went|have gone|am|was|go)\b.{0,30}?\btell (?:her|him|them|everyone|\w+) "
            r"(?:that )?i am (?:finally )?(?:free|at peace|in a better place|somewhere better|gone|ok now)\b|"
            # dev set an: "if you see this tomorrow it's too late so dont stress about
            # replying", "this chat is the last thing i'll ever do on it", "so i'm just gonna
            # sort it myself, permanently"
            r"(?:if|when|by the time) (?:you|u|anyone|someone|somebody) (?:see|sees|read|reads|get|gets|open|opens) "
            r"(?:this|it|my message)\b.{0,30}?\b(?:its|it is|it will be|itll be|will be) (?:too late|over|done)\b|"
            r"(?:the )?last thing (?:i will|ill|i am going to|i am gonna) ever (?:do|say|send|write|type)\b|"
            # rounds 89-90 (read after their after-run): "whats the point setting up a home,
            # ill be leaving it in a box", "want to make sure the right person gets told tomorrow"
            r"(?:leaving|leave|carried out|carry me out|go out|going out) (?:it |here |this place |there )?in a (?:box|coffin|body bag)\b|"
            r"(?:right person|right people|the right one|my (?:next of kin|nok)) (?:gets|get|is|are) told (?:tomorrow|tonight|soon|first)\b|"
            r"sort (?:it|this|everything|things) (?:out )?(?:myself|my self|my own way)\W*(?:permanently|for good)\b|"
            # fresh dev set x: "didnt book anything for next week cos theres no next week for me"
            r"(?:theres|there is|there will be|there wont be|there is not|there isnt) (?:no |a )?"
            r"(?:next week|tomorrow|next year|future|next month|christmas) for me|"
            # dev rounds 57-58: "its the end for me, thank you for the chats", "not that ill be
            # around to spend it lol", "remember me as the funny one pls", patrols at beachy head
            r"(?:its|it is|this is|thats) the end (?:for|of) me|"
            r"not that (?:i ll|ill|i will|i am gonna|im gonna|i am going to|i ll be|i will be) (?:be )?(?:around|here|alive) (?:to|for)|"
            r"remember me (?:as|for|like)\b|"
            # round 83 (read after its after-run): "remember me ok", the whole message
            r"^(?:(?:pls|please|just|and|but) )?remember me(?: (?:ok|okay|k|pls|please|yeah|x+))?$|"
            r"(?:beachy head|humber bridge|clifton (?:suspension )?bridge|the cliffs?)\b.{0,60}?\b(?:patrol\w*|signs?|chaplains?|"
            r"barriers?|fences?|cameras?)\b|"
            r"(?:leaving|going|off)(?: \w+)? (?:and|&) (?:i am |im )?not coming back"
            r"(?!.{0,40}?\b(?:i mean|got into|moving|uni|university|new job|to live)\b)|"
            # fresh dev sets g-h: "if i wasnt around my foster mum could take in a kid who
            # deserves it", "im leaving for good and i dont mean moving", "tell her thanks
            # but its too late"
            r"if i (?:wasnt|was not|werent|were not) (?:around|here|alive|in the picture)\b.{0,60}?\b(?:could|would|deserves?|"
            r"better|happier|easier)|"
            r"(?:dont|do not) mean (?:moving|moving house|moving out|a holiday|on holiday|travelling|leaving (?:the|my) (?:flat|area|town))|"
            r"(?:thanks|thank you|ta)\b.{0,20}?\b(?:but )?(?:its|it is|it s) too late|"
            # fresh dev set f: "death feels like the only place ill ever be safe"
            r"(?:death|dying|being dead) (?:feels like|is|seems like|looks like|sounds like) (?:the only|my only|the one|my one|"
            r"the best) (?:way|place|option|escape|answer|peace|way out|thing)|"
            # fresh dev set (2026-12-05): "new years eve midnight, thats when im going",
            # "i wont be at my review meeting next week. or anywhere"
            r"thats when (?:i am|ill|i will) (?:go|going|gone|doing it|do it)(?= ?(?:$|\.|x\b|for good))|"
            r"(?:one day|next time|this time|someday|soon) i (?:wont|will not|might not|mightnt) (?:turn|come|go|drive) back|"
            r"(?:wont|will not|not gonna|not going to) be (?:at|there|here|around|in)\b.{0,50}?\bor (?:anywhere|ever|at all)\b(?! else)|"
            r"last (?:form|message|msg|text|chat|conversation) ever|"
            r"(?:so|for|when) (?:they|someone|people|the police|police) (?:can|could|will|have to) identify (?:me|my body)|"
            r"(?:wont|will not|not going to|never going to|not gonna) (?:be (?:here|around|alive|about|on this earth)|"
            r"get (?:any )?older|grow (?:up|older)|make (?:it|\d+)|be a problem)|not (?:be )?here (?:much|for) (?:longer|long)|"
            r"not (?:be )?around (?:much|for) (?:longer|long)|not (?:be )?needing (?:them|it|this)|wont need (?:them|it|this)|"
            r"(?:myself|me) out of (?:the picture|this world)|(?:keep|stay) (?:myself |me )?alive|"
            r"(?:wont|not|never) (?:make it|live|last) (?:to|till|until|past|through)|not making it to|"
            r"not doing (?:\d+|eighteen|nineteen|twenty)|(?:my )?last birthday|it (?:will|ll) (?:all )?be over|"
            r"all be over|end of the road(?! for (?:me and |us and )?(?:this|that|my|the|our) \w+)|checking out|check out early|(?:see|join) my \w+ early|"
            r"remove the problem|i am the problem|dont plan on waking|not (?:wake|waking) up|never (?:wake|waking) up|"
            r"sleep (?:forever|for ever|for good)|gone for good(?! from)|if i was gone|when i am gone|after i am gone|"
            r"(?:point of|tired of|sick of|done with) (?:me )?(?:existing|being alive|living|life(?! admin| stuff| skills))|"
            r"this whole life thing|(?:dont|do not|never)(?: think i)? (?:want|wanna)(?: to)? (?:be alive|exist|live|"
            r"be here(?! (?:in|at) (?:this|the|my) (?:town|city|area|country|flat|house|hostel|place|college|job))|"
            r"do (?:it|this|life) any ?more)|(?:cant|can not) be arsed being alive|stop being here|"
            # fresh dev set af: "want to stop being a person. like completely"
            r"(?:want|wanna|need) to stop being (?:a person|a human|human|alive)\b|"
            r"check(?:ing)? out of life|take myself out(?! (?:for|to) (?:a|dinner|lunch|the))|"
            r"make it through (?:tonight|the night|the weekend)|i am next|ended it|tried to do it|"
            r"not (?:gonna|going to) see \d+|(?:dont|do not) wannabe here|want to km\b|(?:keep )?living like this|cant do another day|made my peace|"
            # not "last message before i go on holiday, back in 2 weeks" (dev round 54)
            r"before i go(?! (?:on|to|back|out|away for|abroad|home|in|into|for|shopping|travelling|off to))|"
            # "my pathway plan is to not be here by xmas" (dev round 56)
            r"not (?:be )?(?:here|alive|around) (?:by|for|at|past) (?:xmas|christmas|my birthday|new year|the summer|"
            r"summer|next year|the weekend|friday|monday|tomorrow|\d+)|"
            # "whats the point in a pathway plan when there isnt gonna be a pathway" (dev round 54)
            r"(?:there isnt|there is not|there wont be|there aint|isnt|wont be) (?:gonna be |going to be )?(?:a |any )?"
            r"(?:pathway|future|next year|me)(?: (?:for me|left))?\b(?! (?:plan|plans|meeting|worker|team|to|of|in|at|on)\b)|"
            r"(?:when|once) i am not here|not here any ?more|this world (?:aint|is not|isnt) for me|"
            r"logging off (?:permanently|for good|forever)|permanently offline|offline (?:permanently|forever)|"
            r"already gone|finish it|tonights the night|tonight is the night|be with \w+ in heaven|"
            r"see (?:u|you) on the other side(?! of)|wont matter soon|look after it forever|"
            r"(?:wont|will not) need (?:the flat|my flat|my stuff|my things|anything|them any ?more|it any ?more)|(?:wont|will not) be here for|gonna get a call|"
            r"idw2?live|idwtl|s ?i ?cide|\w*(?:wannakms|gonnakms|kmsfr|kmsrn)\w*|"
            r"ctb (?:tonight|tomorrow|soon|today|now)|(?:is|s|am|going to|gonna) ctb|"
            r"(?:be|am|i will be) dead (?:by|before) (?:the morning|tomorrow|tonight|the weekend|friday|monday|they|then)|"
            r"(?:if|when|after|once) i (?:die|am dead|was dead)|"
            r"self delete|delete myself|unalive(?! (?:my|the|this|that|a|an|his|her|their|your|ur|our) (?!(?:self|own|life|whole self)\b)\w+)|final exit|no future(?! in)|my way out|way out for me|"
            r"(?:my own|pay for my|plan\w* my|arrange my) funeral|if (?:you are|youre|u r|ur) dead|"
            r"(?:going|gonna|go) through with it|(?:dont|do not) need anything any ?more|"
            # memes, shorthand and indirect wordings from dev rounds 11-30
            r"tired boss|idw (?:be alive|live|exist|be here)|idwbh|kmss|"
            r"(?:i will|ill|i ll|going to) be (?:\w+ ){0,4}on the news|prove (?:them|everyone|him|her) right|"
            r"read about me in the (?:news|paper)|no me in (?:20\d\d|next year)|"
            r"not (?:gonna|going to) see (?:christmas|my birthday|next year|the new year|summer|another \w+)|"
            r"(?:nvm|never ?mind|forget it|doesnt matter)\W*(?:its|it is) too late|"
            r"(?:wont|will not|not going to) need (?:a|the|my|any) \w+ where i am going|"
            # dev rounds 41-46: "cancelled my uni application, no need where im going", "no use
            # for a licence where im heading", "by friday none of it matters", old wounds
            # opened, a prescription early at "perfect timing"; a train or water beside an intent
            r"(?:no|dont|wont|will not) (?:need|use)\b.{0,40}?\bwhere i am (?:going|heading)|"
            r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week) "
            r"none of (?:it|this|that) (?:matters|will matter)|"
            r"opened (?:up )?(?:the |my )?old (?:ones|cuts|scars|wounds)|"
            r"(?:prescription|pharmacist|meds|pills|tablets)\b.{0,60}\bperfect timing|"
            r"(?:\d+|many|all these|all those) years too (?:many|long)|"
            r"(?:knife|blade|blades|pills|rope|tablets|razor)\b.{0,40}\bfor later|want to dye$|"
            r"(?:be|being) (?:with|together with) (?:her|him|them|my \w+)(?: \w+)? (?:soon|again)|finally be together|"
            r"(?:edge|top) of (?:the|a) quarry|"
            # dev rounds 39-42: a joke taken back, a last meal, a note, a funeral soon
            r"(?:jk|joking|kidding)\W*(?:unless|or am i|or not)$|last meal\b.{0,40}\bfelt right|"
            r"(?:start|write) a note like that|who do (?:u|you) address it to|"
            r"(?:care leavers?|my) funeral\b.{0,60}\b(?:soon|this week|tonight|tomorrow|asap)|"
            # dev rounds 43-44: fresh wounds, water, loose ends, last times, the one who finds me
            r"fresh (?:ones|cuts)\b.{0,40}\b(?:opening|open up|bleed\w*|hide|cover|see|notice)|"
            r"scars?\b.{0,50}\bnew ones|new ones\b.{0,40}\bscars?|"
            r"(?:i will|ill|i ll|going to) (?:just )?go (?:down|in|into|in to) (?:to )?the (?:river|canal|sea|lake|water|reservoir)|"
            r"tying up (?:all )?(?:the |my )?loose ends|be a memory (?:by|before|after|soon|tomorrow|tonight|next)|"
            r"(?:train|bus|coach|coast|sea|beach|bridge|cliffs?)\b.{0,40}\bnot coming back|"
            r"(?:when|once|before) the clock (?:hits|strikes|gets to)|"
            r"last (?:sunday dinner|meal|supper|christmas|birthday|sunset|cigarette|fag|night out) ever|"
            r"(?:be )?the one (?:who|that|to) finds? me|(?:see|meet|join) the (?:big )?man upstairs|"
            r"(?:on|for) my (?:gravestone|headstone)|who to tell after$|"
            r"next time i (?:wont|will not) step back|wish (?:that|the|a) (?:car|train|bus|lorry|van) (?:had )?hit me|"
            r"train\b.{0,40}\bnot getting on it|"
            r"(?:water|river|lake|lakes|canal|sea|reservoir|waters)\b.{0,40}\b(?:going to|will) walk in$|"
            r"(?:canal|river|lake|sea|water)\b.{0,40}\bpockets? (?:full|filled)|"
            # "can i cancel my doctors appt next week, wont be needing it, or anything really"
            r"(?:wont|will not|not going to|not gonna) (?:be )?need(?:ing)? (?:\w+ ){0,3}(?:or anything|"
            r"anything (?:any ?more|else)|ever again|after tonight)",
    # What is left for others after their own death, told without a date: "leaving my
    # journal on the bed for my carer to read after", "whats the rule if u pass away mid
    # tenancy bc id rather my mate doesnt get chased for rent" (round 82, read after its
    # after-run). Both readers read them as ordinary, so these are never overruled.
    "after_me": r"(?:for|so) (?:my |the |her |his |their )?(?:\w+ ){0,2}to (?:read|find|open|have) (?:it |them |this )?after\b"
                r"(?! (?:work|school|college|uni|dinner|lunch|tea|breakfast|the|my|i|we|this|that|its|it|he|she|they|you|u|"
                r"christmas|easter|summer|class|shift|exams?|lessons?|moving|im|i am)\b)(?! \d)|"
                r"(?:if|when|once) (?:i|u|you) (?:pass away|die|am dead|was dead)\b.{0,80}?\b(?:so|bc|because|cos|coz|id rather|i dont want) "
                r"(?:my |me )?(?:\w+ ){0,5}?(?:doesnt|dont|wont|isnt|does not|do not|will not) (?:get |be |have to )?"
                r"(?:chased|stuck|left|pay|paying|lumbered)\b",
    # A farewell act the readers read as ordinary, so never overruled: "sorted my will on a
    # bit of paper, everythings going to my foster bro. is that legally ok or do i need a
    # solicitor before friday", "im ready now. wanted to say ta-ra to someone who knew me
    # when i was small" (both 0.0-0.3 to both readers; dev set ah). In the tree every will
    # with a deadline (14) and every "say bye to someone" (19) was a risk message.
    "farewell_act": r"unsubscrib\w* from (?:life|living|existence|this world|the world)\b|"  # round 94, read after its after-run
                    r"\b(?:my|a) will\b.{0,120}?\b(?:before|by|after|done by|for) (?:monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend)\b|"
                    r"(?:wanted|want|wanna|needed|need|just) to say (?:bye|goodbye|ta ?ra|tara|my goodbyes) to "
                    r"(?:someone|somebody|some1|anyone|any1)\b|"
                    # dev set aj: "could u pass on to my social worker that the dogs lead is on
                    # the hook and the vet number is on the fridge, ta" (a pet's care handed on;
                    # the readers took the social worker for an ordinary question)
                    r"(?:pass (?:it |this |that )?on|let (?:\w+ ){1,3}know|tell (?:\w+ ){1,3}(?:that )?)\b.{0,80}?"
                    r"\b(?:vets? (?:number|details)|(?:dogs?|cats?)s? (?:lead|food|meds|medicine|tablets) (?:is|are|s) "
                    r"(?:on|in|under|by|behind|next to|at)\b)|"
                    # round 86 (read after its after-run): "flat keys will be under the mat,
                    # council can have it back" (answered as housing)
                    r"\bkeys? (?:\w+ ){0,3}(?:under|on|by|through) the (?:mat|door ?mat|letterbox|door)\b.{0,40}?"
                    r"\b(?:council|landlord|they|housing) can (?:have|take) (?:it|the flat|the room|the place|my flat) back\b",
    "goodbye": r"tell (?:my )?(?:\w+ ){1,2}(?:thanks|thank you) for everything|ta for trying|"
               # fresh dev set ar, read as a plain question by the model that learned rounds
               # 93-94: "wont need that setting up home allowance anymore, someone else should
               # have it" (an entitlement given away, not a thing sold on a move)
               r"(?:wont|will not|dont|do not|not gonna|not going to) need (?:that |my |the |this )?(?:\w+ ){0,4}?"
               r"(?:allowance|grant|bursary|money|funding|support|pa|help|flat|tenancy|place)\b (?:any ?more|now)\W+"
               r"(?:so )?(?:someone|somebody) else (?:should|can|could|might as well|may as well) (?:have|get|use) (?:it|them|mine)\b|"
               # dev set aj: "im leaving tonight and not in the moving to a new flat way"
               r"(?:leaving|going|gone|off)\b.{0,40}?\bnot in (?:the|a) (?:\w+ ){0,6}?(?:moving|holiday|travel\w*|"
               r"new flat|new place|uni|house|flat) (?:\w+ )?way\b|"
               # round 82 (read after its after-run): a home not needed "for much longer"
               r"(?:wont|will not|not gonna|not going to) need (?:a|my|the) (?:home|flat|house|room|bed|tenancy) (?:for )?(?:much|very) longer\b"
               r"(?!.{0,60}\b(?:moving|move|uni|university|partner|girlfriend|boyfriend|gf|bf|new (?:flat|place|house|home))\b)|"
               # dev set ae: "bye bye 👋 dont be sad about me"
               r"(?:dont|do not|try not to|please dont|pls dont) (?:be sad|cry|grieve|be upset) (?:about|for|over) me|"
               # fresh dev set x: "ur the last thing im gonna talk to", "wrote on the lid
               # who gets what"
               # round 74: "been ringing round saying bye to everyone. my foster mum thought i
               # was moving away lol"
               r"(?:thought|thinks|think) i (?:was|am) (?:just )?(?:moving|going) away\b.{0,10}?\b(?:lol|haha|lmao)|"
               r"(?:ringing|calling|texting|messaging) (?:round|around) (?:saying|to say) (?:bye|goodbye)|"
               r"(?:your|you are|youre|you re) the last (?:thing|person|one|1) i (?:am |will )?"
               r"(?:going to |ever )?(?:talk|speak|chat|message|text)\w* to|who gets what|"
               # rounds 91-92 (read after their after-run): "ok thats it, signing off for good",
               # "i won't be there, i'll be gone gone", "my savings should go to my foster carer
               # jan, she was the only one that cared"
               r"signing off (?:for good|forever|for ever|for the last time|permanently)\b|"
               r"(?:i will|i ll|ill) be gone gone\b|"
               r"(?:savings|money|stuff|things|belongings|xbox|phone|cat|dog) (?:should|can|will|must) go to (?:my )?"
               r"(?:foster \w+|mum|nan|sister|brother|carer|mate|friend|girlfriend|boyfriend|partner|cousin|aunt\w*|uncle)\b|"
               # fresh dev set ap: "funny that a chatbot is the last thing im talking to",
               # "youve been kind to me. remember i said thank you, ok?", "my sister can have
               # my leaving care money ... she needs it more than i will"
               r"(?:is|being) the last (?:thing|person|one|1) (?:i am|i will be|i will ever be) (?:talking|speaking|chatting|"
               r"texting|messaging) to\b(?! (?:\w+ )?about\b)|"
               # fresh dev set ar: "ngl this feels weird but thank u for being the last thing i
               # talk to" (not a habit: "the last person i talk to before bed")
               r"(?:thank you|thanks|ty) for being the last (?:thing|person|one|1) i (?:will |ever |will ever )?(?:talk|speak|chat|"
               r"text|message)\w* to\b(?! (?:\w+ )?(?:about|every|each|before (?:bed|i sleep)|at night|most days)\b)|"
               r"remember (?:that )?i said (?:thank you|thanks|ta|sorry|i love)\b|"
               r"needs? (?:it|them|this|the money) more than i (?:will|ever will)\W*$|"
               # fresh dev set f: "bye x dont try ring"
               r"\b(?:bye|goodbye|cya|ta ta)\b.{0,20}?\b(?:dont|do not) (?:try|bother)(?: to| and)? (?:ring|call|find|contact|"
               r"look for|message|text|reach|come)|"
               # fresh dev set e: "sorry for being such hard work. bye x"
               r"sorry for (?:being|all)\b.{0,30}?\b(?:bye|goodbye|byee+)\b|"
               # fresh dev sets: "ive written my notes for everyone already" (in the council
               # question), "the notes on my phone explain everything", "youll understand then"
               r"(?:written|wrote|writing|left|leaving) (?:my |the )?(?:notes|letters) for (?:everyone|every1|my family|"
               r"all of you|yous|you all|everybody)|"
               r"(?:notes?|letters?) (?:\w+ ){0,4}?(?:explains?|explaining|will explain|says?) (?:it all|everything)|"
               r"(?:you|u|yous|you all|everyone|they) ?(?:ll|will) (?:all )?understand (?:then|soon|tomorrow|one day)\b|"
               r"tell (?:my )?(?:\w+ ){1,3}(?:bye|goodbye) from me|"
               r"tell (?:my )?(?:\w+ ){1,2}(?:that )?i (?:love|loved)|give my \w+ (?:to|away)|"
               r"tell (?:them|her|him|everyone|my (?:\w+ ){1,2})(?:i am )?sorry|(?:wasnt|was not|not) (?:her|his|your|their) fault|"
               r"they (?:will|ll) know (?:then|why)|make sure (?:my \w+|he|she|they) (?:goes|knows|is|gets|are)|"
               r"(?:if|when|after) (?:something|anything) happens to me|leave my (?:stuff|things|\w+) to|left my (?:bank card|stuff|things)|"
               r"everything (?:is )?sorted now|(?<!council )(?<!they )(?<!he )(?<!she )gave (?:my|away my) \w+ to|said (?:bye|goodbye) to (?:everyone|everybody|all)|"
               r"deleted (?:all )?my (?:socials|accounts|insta|snap)|scheduled (?:msgs|messages|texts)|"
               r"last (?:msg|message|text) (?:anyone|you|ever|from me)(?! (?:tonight|today|for now))|"
               r"letter (?:for|to) (?:my|her|his|their) (?:family|mum|sister|brother)|"
               r"(?:tell (?:them|everyone) )?i did try|(?:its|it is) (?:my|her|his|their) last night|bye (?:forever|everyone)(?!\W+(?:see (?:u|you|ya|yas|yall)|back (?:on|in|next|tomorrow)|for now|for a (?:week|bit|few)|till|until|til))|farewell|sorry for everything(?! (?:i said|i did|i done|last night|yesterday|earlier|the other day))|forgive me|love you all|"
               r"(?:good ?night|night|good ?bye) (?:forever|for ever|for good|for the last time)|"
               r"i am saying (?:good ?bye|bye) (?:now|to (?:you|everyone|everybody|you all|the world))|thanks? (?:you )?for trying|"
               r"who (?:do|should|can) i leave (?:it|them|my money|my stuff|my things|everything) to|"
               r"keep (?:him|her|them) for good|my ashes|(?:for|at) my funeral|"
               r"(?:send|leave|write|give) (?:her|him|them|you|my \w+) my last (?:message|msg|text|words)",
    "plan": r"(?:texts|messages|msgs|emails) (?:\w+ ){0,3}on a timer|"
            # fresh dev set ap: "staring at the river from the bridge, wondering how cold it is"
            r"(?:bridge|ledge|edge|roof|cliff|platform)\b.{0,60}?\bwondering how (?:cold|deep|high|far|long|fast)\b|"
            r"wondering how (?:cold|deep|high|far)\b.{0,60}?\b(?:from|off|on) (?:the |a |this )?(?:bridge|ledge|edge|roof|cliff)\b|"
            # dev round 60: "do train drivers get counselling after someone goes in front. dont
            # want to mess anyone up"
            r"(?:train|tube|bus|lorry) drivers?\b.{0,60}?\b(?:someone|somebody|a person|people|you) (?:goes|go|jumps?|steps?|walks?) "
            r"in front|(?:dont|do not) want to (?:mess|traumati[sz]e|scar) (?:anyone|the driver|anybody|people|them) up|"
            # dev round 58: "does the pharmacy notice if u collect ur prescription early twice"
            r"(?:prescription|meds|pills|tablets)\b.{0,30}?\bearly\b.{0,30}?\b(?:twice|again|in a row|every time|notice)|"
            r"(?:notice|know|tell|check) if (?:u|you|i|someone) (?:collect|get|pick up|order)s? (?:ur|your|my|their) (?:prescription|meds|pills)|(?:written|wrote|set up) (?:texts|messages|msgs) to everyone|"
            r"(?:picked|chose|chosen|set|got|made) (?:a|the|my) (?:date|day|time|plan)"
            # not "ive got a plan for my debt" (fresh dev set f)
            # round 61: "ive got a plan for paying back my council tax debt", "got a plan, pay comes in then"
            r"(?! (?:for|to) (?:paying|pay|saving|budgeting|sorting|clearing|getting|moving|finding|applying|revising|"
            r"studying|cooking|decorating)\b)(?!,? (?:pay|payday|my pay|my wages|wages|uc|universal credit) (?:comes|is|goes|lands)\b)"
            r"(?! (?:for|to) (?:my |the |a |this )?(?:debt|debts|money|budget|bills?|rent|future|career|course|savings|"
            r"overdraft|move|moving|uni|college|job|week|weekend|holiday|birthday|christmas|interview|exams?|revision|"
            r"next|the next \w+|this year|the year|\d+ (?:weeks|months|years)))|"
            # fresh dev set f: "every night i lie there working out how id do it"
            r"(?:working out|figuring out|worked out|figured out|thinking about|planning|planned) how (?:i d|id|i would|i will|ill|"
            r"to) (?:do it|end it|go|kill myself)\b|"
            # fresh dev set 2: "should i donate my body or is that weird, asking because
            # soon", "need more pills, the first lot didnt work"
            r"donat\w* my (?:body|organs)\b.{0,50}?\b(?:soon|because|cos|after|tonight|this week)|"
            r"(?:first|last) (?:lot|batch|time|try|attempt) (?:didnt|did not) work|"
            # rounds 47-48 (dev since their after-run): debts settled, belongings collected
            # "after", a bridge "for later", stockpiling across shops, dressings with no
            # questions, "if im dead ... serious question"
            r"so (?:nobody|no one|noone|my \w+) (?:gets|has to|is|will be) (?:lumbered|stuck|left) with\b|"
            r"(?:collect|clear|sort|pack|get) (?:up )?my (?:stuff|things|room|flat|belongings)\b.{0,40}?\bafter\b"
            r"(?= ?(?:$|\.|\?|,|i dont|dont))|"
            r"\b(?:bridge|footbridge|car park|multi ?storey|roof|cliff|tracks?)\b.{0,60}?\b(?:need it for later|for later|"
            r"need it tonight)\b|"
            r"know if (?:you|i|u) (?:already )?(?:bought|buy|got|get) (?:some|them|it|any)\b.{0,40}?\b(?:same day|today|"
            r"another|other shop|tesco|asda|boots|superdrug|lidl|aldi)\b|"
            r"(?:dressings|plasters|steri ?strips|bandages)\b.{0,40}?\bwithout (?:them|anyone|people) (?:asking|knowing|"
            r"finding out)\b|"
            r"if i am dead\b.{0,40}?\b(?:serious|not joking|srsly|for real|genuinely)\b|"
            # (not a party or a trip: "planning my 21st for saturday night", dev set ag)
            # (not "im not planning to stay in this city after uni": round 88, after its after-run)
            r"(?:keep |been )?planning (?:how|it|to(?! (?:stay|move|live|apply|start|study|buy|save|visit|travel|"
            r"work|rent|learn|book|cook|ask|get (?:a|my|some|the)|go (?:to|back|on)|do (?:a|an|my|some))\b)|my(?! (?:\d+(?:st|nd|rd|th)|birthday|bday|party|holiday|hols|trip|route|"
            r"outfit|revision|budget|meals?|food shop|week|weekend|day|move|course|modules?|christmas|night out)\b))|"
            # a funeral "for me", choosing when (dev rounds 37-38)
            r"(?:funeral|coffin|grave|burial|cremation|headstone)s?(?: \S+){0,10} (?:its|it s|it is) for me(?! to)|"
            r"(?:i m|im|i am) (?:choosing|deciding|picking) when$|"
            r"(?:funeral|coffin|grave|burial|cremation)s?(?: \S+){0,12} (?:sort|arrange|plan|pay for|book|organi[sz]e)(?:ing)? mine\b|"
            # an attempt that "didnt work", exposure "to see what happens" (dev rounds 39-40)
            r"(?:attempted|tried)(?: \S+){0,8} (?:it )?(?:didnt|did not|didn t) work|"
            r"(?:annoyed|gutted|angry|disappointed|upset|pissed off|fuming) (?:that )?(?:it didnt work|i (?:woke up|survived|am still here|m still here))|"
            r"(?:snow|cold|freezing|no coat|river|road|traffic|tracks|all of them|the lot)(?: \S+){0,8} (?:and|then) (?:just )?see what happens|"
            r"(?:got it|its|it is) (?:all )?planned|planned (?:it|how|for)|"
            # not "my plan is to save 50 a month" (fresh dev set f)
            r"my plan is(?! to (?:save|pay|get|move|apply|go|study|start|finish|find|look|buy|clear|ask|do (?:my|a|an|the)|"
            r"learn|work|become|be a|train|sort|budget|rent|live with|stay (?:at|in|with)|keep|use|sell|change))|"
            r"do it (?:tonight|tomorrow|today|soon|this weekend|after)|(?:tonight|after \w+ \w+ \w*) (?:that is|thats) it|"
            r"(?:into|in front of) (?:the|a) (?:sea|river|canal|water|train|bus|lorry|traffic|wall)|"
            r"drive (?:my car )?into|on the (?:tracks|railway|bridge|roof|ledge)|(?:car park|multi storey) roof|"
            r"(?:belts?|ropes?|noose|cord|scarf) (?:is |s )?(?:already |all )?(?:on|ready|up|tied)"
            # round 62: "the cord on my window blinds snapped, does the landlord fix that"
            r"(?! (?:my|the|a|her|his) (?:window|blinds?|curtains?|phone|charger|laptop|hoodie|coat|jacket|trousers|"
            r"joggers|bag|kettle|lamp|bike|headphones|dressing gown))|"
            r"(?:wrote|written|left) (?:a|her|his|my) (?:note|letter) (?:and|on (?:her|his|my) bed)|"
            r"counted out|lined up|saved up (?:my )?(?:pills|tablets|meds)|stockpil\w* (?:my )?(?:pills|tablets|meds)|"
            r"(?:written|wrote|left) (?:my|a) (?:suicide note|goodbye (?:note|letter)|note for|letter for (?:my|her|his))|"
            r"(?:written|wrote) my will|fast (?:trains?|train)|trains? that (?:doesnt|dont|does not) stop|"
            # not "the train doesnt stop at my station on sundays" (fresh dev set p)
            r"doesnt stop at(?!(?: \w+){1,3} (?:on|at|after) (?:sundays?|saturdays?|weekends?|bank holidays?|nights?|\d+ ?pm))|how high (?:does|do|would) (?:a|the|it|you|i)|what height|fall from|not survive|"
            r"how many (?:tablets|pills|paracetamol|sleeping pills) (?:it takes|does it take|would it take|to)|"
            r"catch(?:ing)? the bus (?:tonight|tomorrow|soon|fr|for real)|"
            r"(?:tablets|pills|meds|blade|knife|rope) (?:in|on) (?:my|one|the) (?:hand|bed|desk|lap|table)|"
            r"just wanted to tell someone|"
            r"(?:gas|oven|hob|engine|charcoal|bbq)\b.{0,40}\b(?:windows?|doors?|vents?) (?:are |is |all )?(?:shut|closed|sealed|taped)|"
            r"(?:ordered|bought|buying|got|getting) (?:a |some |the )?(?:rope|noose)(?! (?:for|swing|ladder|light))|"
            r"(?:away|out|gone|alone|on my own|nobody (?:home|here|in))\b.{0,40}\b(?:can|will|going to) (?:finally )?do it$",
    "means": r"got (?:the|my) (?:razor|razors|blade|blades|rope|pills|tablets) out|"
             # round 89: "kept all my old prescriptions in a tin, enough for one last night"
             r"enough (?:for|to have|to take) (?:one|a|my) (?:last|final) (?:night|time|go|sleep)\b|"
             # fresh dev set e: "got the razor out, lost the flat, lost my job, whats left"
             r"(?:necked|popped|took|taken|swallowed|emptied|downed) (?:everything|all (?:of )?(?:my|the|them)|the whole|"
             # round 62: "took all the skin off my knee", "took a whole box of tissues to the cinema"
             r"the lot|my whole|too many|the (?:box|packet|strip|bottle))(?! (?:skin|paint|blame|credit|attention))|"
             r"whole (?:strip|blister|packet|box|bottle)(?! of (?:tissues|chocolates?|cereal|crisps|biscuits|wine|water|"
             r"pop|coke|juice|sweets|cookies|doughnuts|pizza|popcorn|matches|plasters|tea ?bags|nappies|wipes))|"
             r"blister pack|medicine (?:box|cabinet)|taken something|overdos\w*|on purpose|"
             # fresh dev set ap (the model learned rounds 91-92 and let it slip to a broad word):
             # "been taking triple my dose all week to see what happens"
             r"(?:taking|took|taken|take|having|had) (?:double|triple|quadruple|twice|three times|four times|\d+ times) "
             r"(?:my|the|me) (?:dose|prescription|meds|medication|tablets)\b(?!.{0,40}\b(?:doctor|gp|pharmacist|prescribed|told)\b)|"
             r"(?:\d{2,}|loads of|all my|all the)(?: \w+s)? (?:pills|tablets|paracetamol|codeine)|"
             r"(?:drank|drunk|swallowed|downed|drinking) (?:some |the |a )?(?:bit of |load of )?(?:of the )?"
             r"(?:bleach|cleaning (?:stuff|product|liquid|spray)|antifreeze|weed ?killer|washing up liquid)",
    "self_harm": r"old habit|marks on my|"
                 # round 86 (read after its after-run): "im ok just bleeding a bit more than usual lol"
                 r"bleeding (?:a bit |a little |a lot |way |much )?more than usual\b(?!.{0,40}\b(?:period|nose|gums?|time of the month))|"
                 # dev set al: "nicked a scalpel from the art room for later" (means kept, which
                 # the readers take for an art lesson: never overruled, like the stash below)
                 r"(?:nicked|stole|stolen|pinched|took|kept|hid|hidden|saved|bought|ordered|got) (?:a |the |some |my |me a )?"
                 r"(?:scalpel|blade|blades|razor blades?|stanley knife|craft knife|rope)\b"
                 r".{0,40}?\b(?:for later|just in case|for when i need (?:it|them)|for when its time)\b|"
                 # rounds 87-88 (read after their after-run): "doing the thing to my legs again,
                 # been clean 5 months and now this"; "need plasters that cover a big area ...
                 # not big enough for what i did"
                 r"(?:doing|did|done) (?:the|that) thing (?:to|on) my (?:legs?|arms?|wrists?|thighs?|stomach|skin)\b|"
                 r"(?:been |was )?clean (?:for )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) "
                 r"(?:days?|weeks?|months?|years?)\b.{0,30}?\b(?:and now this|again|gone|ruined|relapsed|broke it|over)\b|"
                 r"(?:plasters|bandages|dressings|steri ?strips)\b.{0,80}?\b(?:for|cover) what i (?:did|done|have done|ve done)\b|"
                 # round 86: "got 3 weeks of my meds stashed, whats the point ..."
                 r"(?:weeks?|months?|loads?|boxes|packs?) (?:of |worth of )?(?:my |me )?(?:meds|tablets|pills|medication) "
                 r"(?:stashed|saved up|hidden|hoarded|put away|stockpiled)\b|"
                 # dev set aj: "my PA is coming tomorrow and i need to cover up my wrists";
                 # "can i get bandages on prescription lol, asking cos i keep running out from
                 # doing it"
                 r"(?:cover|covering|hide|hiding) (?:up )?(?:my )?wrists\b|"
                 # rounds 91-92 (read after their after-run): "ate my pills like sweets lol im fine
                 # (im not)", "emptied the first aid box into my mouth basically"
                 r"(?:ate|eaten|eating|eat|taking|took|taken|popped|popping|necked|necking) (?:all )?(?:my |the |me )?"
                 r"(?:pills|tablets|meds|paracetamol|painkillers) like (?:sweets|smarties|skittles|tic tacs|candy)\b|"
                 # ("first aid" is masked as "~" by then). Under self_harm, which the meaning check
                 # never overrules: both its readers took the first aid box for an ordinary message
                 r"emptied (?!.{0,40}\b(?:sweets|maltese\w*|haribo|crisps|cereal|popcorn|chocolates?|skittles|smarties|sugar)\b)"
                 r"(?:(?:the|my|a) +)?(?:[\w~]+ +){0,3}?(?:box|kit|cabinet|cupboard|bottle|pot|packs?|packets?|tub|"
                 # fresh dev set as: "emptied my pill organiser into my mouth 10 minutes ago"
                 r"organi[sz]er|dispenser|tray)\b.{0,20}?"
                 r"\binto my mouth\b|"
                 # rounds 91-92 (read after their after-run): "been cutting in the college toilets
                 # between lessons"
                 r"(?:been|keep|kept|started|start) cutting (?:again|myself|in the|in college|in school|at college|"
                 r"at school|at night|between|every (?:day|night)|my (?:arms?|legs?|wrists?|thighs?|stomach))\b|"
                 # fresh dev set ap: "used to sh when i was in care and the urge has properly come
                 # back" (the past frame alone would read it as history)
                 r"(?:sh|self harm\w*|cut\w*|hurt\w* myself)\b.{0,60}?\burges? (?:has |have |is |are )?(?:\w+ )?"
                 r"(?:come|coming|came) back\b|"
                 r"urges? to (?:sh|self harm|cut|hurt myself) (?:has |have |is |are )?(?:\w+ )?(?:come|coming|came) back\b|"
                 r"(?:the|my|those) urges? (?:has |have |is |are )?(?:\w+ )?(?:come|coming|came) back\b|"
                 # fresh dev set ap: "can the council give me free plasters and dressings lol i go
                 # through loads"
                 r"(?:bandages|plasters|steri ?strips|dressings)\b.{0,40}?\bi (?:go|get) through (?:loads|so many|tons|"
                 r"boxes|a lot|that many)\b|"
                 r"(?:bandages|plasters|steri strips|dressings)\b.{0,60}?\b(?:running out|run out|ran out|go through|"
                 r"get through|need them|needing them)\b.{0,30}?\b(?:doing it|what i do|what i did)\b|"
                 # fresh dev set x: "my old scars ... opened back up cos i went over them";
                 # "how do i stop it going septic without going to the doctors, i dont want
                 # them knowing"
                 r"scars?\b.{0,60}?\b(?:went|gone|go|going|been going) over (?:them|it)\b|"
                 r"(?:went|gone|go|going) over (?:my |the )?(?:old )?scars|"
                 r"(?:septic|infected|stitches|wound)\b.{0,60}?\b(?:dont|do not) want (?:them|anyone|"
                 r"people|the doctors?|the nurse|my \w+) (?:knowing|to know|finding out|to find out|to see)|"
                 # round 63: "sh clean streak ended 💔 back to day 0"
                 r"(?:sh|self harm|clean) streak (?:ended|is over|over|broken|gone|reset|died)|(?:my )?wrists? (?:\w+ ){0,3}bleed\w*|(?:the |my )?cuts (?:\w+ ){0,3}bleed\w*|"
                 r"i meant to(?: do it| do that| take (?:them|it|that))?$|"
                 r"(?:compass|sharpener blade|sharpener)(?: \w+){0,8} again|"
                 r"(?:thighs|arms|legs|wrists?) (?:are )?covered|long sleeves|went too deep|"
                 r"(?<!nearly )(?<!almost )cut (?:myself|me|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?))|cutting (?:again|myself|my (?:arms?|legs?|wrists?|thighs?))|"
                 r"c tting|self harm\w*|slef harm\w*|went too far|(?:went|cut|gone) (?:way |much |a lot )?deeper|slit (?:my|me) (?:arm|arms|wrist|wrists|throat|leg|legs)|sh ing|shing|shd|sh d|sh would|doing it to myself|do it to myself|"
                 r"(?:wont|will not) let me (?:ring|call) (?:anyone|an ambulance|999|for help)|"
                 r"burn(?:t|ed|ing)? myself|hurt(?:ing)? myself|"
                 # dev rounds 57-58: "how do u clean a wound ur not supposed to have"
                 r"(?:wound|cut|cuts|burn|burns|marks)s? (?:that )?(?:i am|im|ur|your|you are|youre|you re|u r|i m) not (?:supposed|meant) to have|"
                 # fresh dev sets g-h: "i just cut 5 times and still feel nothing", plasters
                 # for the arms running out
                 r"\bcut (?:\d+|loads of|so many|a few|two|three|four|five|six|seven|eight|nine|ten) times\b|"
                 r"(?:plasters|dressings|bandages|steri ?strips) (?:for|on) my (?:arms?|wrists?|thighs?|legs?)|"
                 # fresh dev set f: "used a hot spoon on my wrist again", "did my stomach this
                 # time so nobody at the gym sees"
                 r"(?:used|put|pressed|held|heated) (?:a |the |my )?(?:hot |heated |burning )?(?:spoon|knife|lighter|iron|coin|key|"
                 r"metal|hair straighteners?|straighteners) (?:\w+ )?(?:on|to|against|into) my (?:wrists?|arms?|legs?|skin|"
                 r"thighs?|hands?|stomach|hips?)|"
                 r"(?:did|done|doing|cut|cutting|hit|burnt|burned) my (?:stomach|thighs?|hips?|legs?|upper arms?|ribs|belly|"
                 r"chest|feet) (?:this time |now |instead |again )?so (?:nobody|no one|noone|people|they|he|she|my \w+) "
                 r"(?:\w+ ){0,3}(?:sees?|can see|will see|notices?|finds? out|knows?)|"
                 # (not by oneself, never yet: "how do i get a gp sorted, ive never done it
                 # myself", answer dev set U; "i cant do it myself, can someone help")
                 r"(?<!never )(?<!not )(?<!cant )(?<!cannot )(?<!can not )(?:did|done|do) (?:it|this|that) (?:to )?(?:myself|herself|himself|themselves)|"
                 r"(?:i|she|he|they) did it(?: on purpose)?$|(?:i|she|he|they) did it (?:on purpose|again)|"
                 r"to feel something|want (?:it|them) to hurt|(?:need|want|wanna|gotta) (?:to )?see (?:red|blood)|"
                 r"(?:arms?|wrists?|legs?|thighs?) (?:is|are) (?:all )?cut up|"
                 # dev set al: "smacked my head with my phone till i got a lump. and then kept going"
                 r"(?:bang|smack|hit|bash|slam|punch|whack)\w* my (?:own )?head (?:\w+ ){0,4}(?:till|until|til) i|"
                 r"(?:bang|smack|hit|bash|slam|punch|whack|scratch|pick|pull)\w* (?:my (?:own )?)?(?:head|face|arms?|legs?|skin|hair)\b"
                 r".{0,60}?\b(?:and )?(?:then )?(?:kept|carried on|didnt stop|couldnt stop) (?:going|doing it)\b|"
                 # dev set al: "used a rusty nail on my arm"; "theres blood on my college laptop
                 # keyboard idk how to explain it"
                 r"(?:used|put|pressed|dragged|scraped|held) (?:a |the |my |some )?(?:\w+ )?(?:nail(?! (?:file|varnish|polish|clippers|brush))|"
                 r"pin|needle|drawing pin|compass|sharpener|scissors|shard|broken glass|glass|tin lid|can ring pull) "
                 r"(?:\w+ )?(?:on|to|against|into|across|over) my (?:wrists?|arms?|legs?|skin|thighs?|stomach|hips?)\b|"
                 # fresh dev set ar: "ive been dragging a compass across my hand in lectures", "i
                 # keep scraping the same spot with my keys until its raw" (not a splinter, an itch)
                 r"(?:dragging|scraping|pressing|digging|running) (?:a |the |my |some )?(?:\w+ )?(?:compass|keys?|pin|needle|"
                 r"sharpener|scissors|shard|broken glass|glass|tin lid|ruler edge|paperclip) (?:\w+ )?(?:on|into|across|over|along) "
                 r"my (?:hands?|wrists?|arms?|legs?|skin|thighs?|stomach|hips?)\b(?!.{0,40}\b(?:splinter|tattoo)\b)|"
                 r"(?:scrap|scratch|dragg?|digg?|dig)\w* (?:at )?(?:the same|one|that) (?:spot|place|bit|patch)\b.{0,50}?"
                 r"\b(?:till|until|til) (?:its|it is|it s|it goes|it was|the skin is|my skin is) (?:red )?(?:raw|bleeding|bleeds|bled)\b"
                 r"(?!.{0,40}\b(?:eczema|itch\w*|bites?|rash|psoriasis|chicken ?pox|hives)\b)|"
                 r"blood (?:all )?(?:on|over) (?:my |the )(?:\w+ ){0,3}?\w+\b.{0,40}?\b(?:how to explain|explain it|explain that|"
                 r"how do i explain|hide it|hide the|cover it up|before (?:anyone|someone|my \w+) (?:sees|notices|finds))|"
                 r"(?:safe|trust myself) (?:with|from|around) (?:myself|my own (?:thoughts|head|mind))|"
                 r"(?:scared|afraid|frightened) of (?:myself|what i (?:might|will|could|would) do)",
    "bleeding": r"blood everywhere|(?:wont|will not|doesnt|does not|cant) stop bleeding|"
                # fresh dev set x: "its gaping open, do i need stitches or can i just superglue it"
                r"(?:its|it is|the cut is|cut is|the wound is|wound is|its all) gaping|gaping (?:open|wound|cut|hole)|"
                r"(?:down|through) to the (?:fat|bone)|can see (?:the )?(?:fat|bone|white bit)|"
                r"bleeding (?:quite |really |so |very )?(?:loads|badly|a lot)|bleeding (?:\w+ ){0,3}(?:from|on) my wrists?",
    "danger_now": r"(?:outside|at) (?:my|the) (?:door|window|buzzer)|outside (?:my|the) (?:flat|block|house|room)|"
                  r"(?:in|inside) (?:my|the) (?:house|flat|room) (?:now|rn)|"
                  r"(?:guy|man|someone|somebody|bloke|person|he|she|they) (?:is |s )?in my (?:room|flat|house)(?! for)|"
                  r"(?<!no more )(?<!stop )(?<!stopped )hiding (?:in|from|under)|looking for me|tried my door|ringing my (?:buzzer|door)|"
                  r"found out where i live|(?:lobbing|throwing|chucking) (?:stuff|things) at me|"
                  r"(?:slapped|punched|kicked|hit|beat|strangled|choked) me(?! (?:off|out|up))|(?:hits|beats|chokes) me|"
                  r"(?:got|been|get|getting) (?:slapped|punched|hit|beaten|battered)|"
                  r"shouting (?:outside|my name|at the door)|following me|followed me|watching me|"
                  r"(?:driving|walking|been) (?:slow(?:ly)? )?behind me|(?:use|using|used) my (?:bank )?account to (?:move|send|take|transfer)|"
                  r"(?:they|he|she|someone|they ve|theyve) (?:use|uses|using|used|ve used) my (?:bank )?account|"
                  r"(?:got|took|taken|have|has) my (?:bank )?card and|"
                  r"(?:says|said|saying|thinks) i owe|i owe (?:these|those|some|the) (?:men|lads|guys|people|man|mandem)|"
                  r"the (?:lads|men|guys|people) i owe|(?:my )?debt doubles|drop the bag|do a run|go country|"
                  r"(?:a|the|with a) package|another town|cant say no|work(?:ing)? it off|pay (?:him|them) back|"
                  r"(?:wants|want) me to meet|meet (?:him|them) tonight|(?:asking|asks|wants) (?:me )?for pics|"
                  r"send (?:the|my) (?:old )?(?:pics|photos|ones) to|"
                  r"using my flat|hold(?:ing)? stuff for|wants (?:pics|photos|favours|me to move in)|"
                  r"new phone every|list of addresses|(?:older|old) (?:man|men|bloke|guy|lads?|boy)|"
                  r"be nice to his friends|dont tell (?:my pa|anyone|my social worker)|keeps sending me money|"
                  r"picking me up from|forc(?:e|ed|ing) (?:himself|herself|themselves|me)|touch(?:ed|ing|es) me|"
                  r"rap(?:e|ed)|assault\w*|abus(?:e|ed|ing|ive)|not safe (?:here|now|at home|in my)|"
                  r"(?<!shes not )(?<!hes not )(?<!theyre not )(?<!she is not )(?<!he is not )(?<!isnt )in danger|locked (?:in|me)",
    "medical": r"cant breathe|not breathing|"
               # fresh dev set h: a child into someone's tablets
               r"(?:got into|ate|eaten|swallowed|took|taken|drank|drunk) (?:\w+ ){0,3}(?:tablets|pills|meds|medicine|bleach|"
               r"washing (?:pods|tablets|capsules)|batter(?:y|ies))\b.{0,60}?\b(?:dont know how many|not sure how many|"
               r"(?:hes|shes|he is|she is) \d\b|toddler|baby)|(?:face|lips|throat|tongue) (?:is |are )?(?:swelling|swollen|closing)|"
               r"swelling up|throat feels|not making sense|hit (?:his|her|my) head|"
               r"(?:he|she|they|i|mate|friend|flatmate|someone|mum|dad|brother|sister) (?:has |just |s )?collapsed|"
               r"unconscious|(?:having|had|has) a (?:fit(?! of)|seizure)|seizure|shaky and confused|chest pain|ambulance|"
               r"waters (?:have )?(?:just )?broke|bent the wrong way|broken (?:leg|arm|bone)|cant move my",
    "homeless": r"emergency beds?|(?:cant|can not|cannot) stay (?:\w+ )?any ?more\b.{0,60}?\b(?:freezing|cold|tonight|outside|streets?)|"
                r"(?:hostel|shelter|refuge)s? (?:is |are |s )?full\b.{0,60}?\bwhere (?:do|can|will|should) i (?:sleep|go|stay)|"
                r"no home|nowhere (?:to (?:sleep|stay|go|live)|safe)|sleep(?:ing)? (?:rough|on the streets?|outside|"
                r"in (?:a|my|the) (?:car|park|doorway|tent|station))|"
                r"kicked (?:me )?out(?: of (?:my|the|our) (?:flat|house|home|place|placement|hostel|room))?(?! of)|"
                r"told me to leave|got nowhere|"
                r"homeless|sofa surf\w*|night bus(?:es)?(?! home)|(?:placement|staying put) (?:broke|broken) down|"
                r"(?:and|now|i am|im|been|living|sleeping) on the streets?(?! (?:of|where|near|by|in|at|outside))|"
                r"(?:stranded|stuck) (?:in|at) (?:a|some) (?:town|city|place|area|station) i (?:dont|do not) know",
}
_SHARP = _alternatives(_SHARP_PATTERNS)
_SHARP_NOT_HOMELESS = _alternatives({k: v for k, v in _SHARP_PATTERNS.items() if k != "homeless"})
# "whats the point of driving lessons, im not gonna be here for the test": the masks take
# "not gonna be here for" as an ordinary absence, but beside "what's the point" it is a
# goodbye. Read on the text before masking.
_POINTLESS_AND_GONE = re.compile(
    r"\b(?:whats|what is|no) (?:the )?point\b.{0,80}\b(?:wont|will not|not going to|never going to) be (?:here|around)\b|"
    r"\b(?:wont|will not|not going to|never going to) be (?:here|around)\b.{0,80}\b(?:whats|what is|no) (?:the )?point\b")
# Their own death's paperwork with a date ("writing my will at 17 lol, its for friday",
# "who pays to bury me. asking for next week", "universal credit if youre dead lol cos
# thats my plan"): a practical question carrying a plan. Read before masking ("dead lol"
# is masked as an idiom). Chosen on dev rounds 9-34: 10 risk messages, no ordinary one
# (nor any turn of the answer dev rounds).
_DEATH_ADMIN = (r"(?:(?:writing|wrote|written|doing|sorting|sorted) (?:out )?my will|"
                r"my (?:own )?funeral|bury me|burying me|life insurance|"
                r"(?:if|when|once) (?:i am|you are|youre|your|ur|u are) dead|"
                # not a saying passed on: "my nan always says if i die tomorrow ive had a good life" (dev set am)
                r"(?<!says )(?<!said )(?<!reckons )(?:if|when|once|after) i die)")
_SOON = (r"(?:next week|this week|tonight|tomorrow|this weekend|(?:on|for|by|its for|this) "
         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|for next week|for tonight|for tomorrow|"
         r"(?:thats|that is|its|is) (?:my|the) plan)")
_DEATH_ADMIN_SOON = re.compile(rf"\b{_DEATH_ADMIN}\b.{{0,80}}?\b{_SOON}\b|\b{_SOON}\b.{{0,80}}?\b{_DEATH_ADMIN}\b")
# Someone who "says i owe him" is a grooming and exploitation sign even with an amount
# ("he says i owe him 500 quid"), which the masks take for a bill or a mate's tenner.
_OWES_A_PERSON = re.compile(
    r"\b(?:he|she|they|guy|man|men|bloke|lads|someone|dealer|boss|boyfriend|girlfriend|bf) (?:\w+ ){0,2}"
    r"(?:says|said|saying|sayin|keeps saying|thinks) i owe (?:him|her|them)\b")
# Their things after their own death, asked as a plain fact ("my last question is who gets
# my deposit back when im dead"; dev set ak). "if i die" is left out: it is the will and
# next-of-kin question care leavers ask calmly ("who gets my stuff if i die, like legally").
_AFTER_MY_DEATH = re.compile(
    r"\bwho (?:gets|has|keeps|takes|will get|should get|would get|can have) (?:my|all my) (?:\w+ ){1,3}?(?:back )?"
    r"(?:when|once|after) (?:im|i am|i m) (?:dead|gone)\b")
# "I won't be around for it" with no reason anywhere in the message (dev set al: "i wont be
# around for my pathway review next month", "signed my nephews birthday card early cos i
# wont be there for it"). The masks take the phrase for an absence (_MASKS), because in the
# tree nearly every ordinary one says why: a holiday, a trip, college, work, an
# appointment, a repair. Said with none of those it checks in, and beside a question the
# bot understood the answer still comes (actions/check_in.py, answers_beside).
ABSENT = "absent"   # the signal's name; actions/check_in.py answers beside it
_ABSENT = re.compile(
    r"\b(?:wont|will not|won t|not going to|not gonna|not gna|am not going to|am not gonna|never going to) "
    r"be (?:here|around|there) (?:for|on|at|when|by|next|this|to see)\b")
_ABSENCE_REASON = re.compile(
    r"\b(?:going(?! to be)|goin|gone|off|away|abroad|holiday|hols|trip|travel\w*|visit\w*|staying|at (?:my|the|a|work|college|uni|school)|"
    r"in (?:spain|wales|scotland|ireland|london|leeds|manchester|birmingham|poland|the lakes|hospital)|"
    r"work|working|shift|job|interview|college|uni|university|school|exams?|course|placement|residential|"
    r"festival|camping|concert|match|wedding|funeral|appointment|dentist|doctors?|hospital|operation|op|teeth|"
    r"phone|repair\w*|fixed|getting|test|inspection|key|moving|move (?:it|the|my)|can we|could we|can you move|"
    r"reschedul\w*|rearrang\w*|busy|family|nans?|grans?|mates?|sisters?|brothers?|aunt\w*|uncles?|cousins?|dads?|mums?|"
    r"girlfriend\w*|boyfriend\w*|gf|bf|partner|christmas with|lol|haha)\b")


# Goodbyes that a laugh beside them does not make a joke, so read before the joke check:
# going, and saying it is not the ordinary kind ("need it sorted before i go. and no im not
# going on holiday lol"; dev set al); and from rounds 87-88 (read after their after-run)
# notes written one for each person ("writing the notes now. one for my mum, one for my
# social worker, one for the cat lol"), things given away that puzzle the one given them
# ("told my best mate he can have my trainers and my speaker, he was confused lol"), and a
# night counted as the last, in the eligibility form ("18 (for one more night anyway)").
_NOT_THAT_KIND = re.compile(
    r"\bbefore i (?:go|leave|am gone)\b.{0,60}?\b(?:i am|i m) not (?:going |off )?"
    r"(?:on (?:holiday|hols)|moving|travell?ing|away|abroad|to uni)\b|"
    r"\b(?:writing|wrote|written|left|leaving|done) (?:the |my |all the )?(?:notes|letters)\b.{0,40}?\bone for (?:my|the|each)\b|"
    r"\bcan (?:have|keep) my \w+(?: \w+){0,4}\b.{0,20}?\b(?:he|she|they) (?:was|were|is|are|looked|seemed|got) "
    r"(?:so |proper |well |really )?(?:confused|worried|weirded out|freaked out|shook)\b|"
    r"\bfor one (?:more|last) (?:night|day) (?:anyway|at least|tops)\b")


def _absent_unexplained(norm: str) -> bool:
    return _ABSENT.search(norm) is not None and _ABSENCE_REASON.search(norm) is None


# The sharp signals that say harm is self-inflicted: they turn the detector's urgent
# verdict ("blood everywhere") into a crisis ("blood everywhere, went too deep"). So do
# the means beside a medical emergency ("my flatmate won't wake up and there are empty
# pill packets everywhere", "bleeding from where i cut it"): the crisis reply carries
# 999 as well, and safety.md rule 1 gives a friend in danger the crisis contacts.
_MEANS_BESIDE = (r"(?:empty |empty pill |pill |blister |tablet |medicine )(?:packets?|packs?|bottles?|boxes|strips?)|"
                 r"where (?:i|she|he|they) (?:cut|hurt)|(?:i|she|he|they) cut (?:it|them|there)|"
                 r"(?:took|taken|taking|swallowed|swallowing|necked|had) (?:loads of |a lot of |all (?:of )?(?:my|her|his|their|the) |"
                 r"(?:my|her|his|their) )?(?:pills|tablets|meds|paracetamol)|"
                 # Where the wound is, or how it was made, says who made it: "bleeding a
                 # lot from my wrist", "opened my arm up again", "jumped from the window".
                 r"(?:from|on|in) (?:my|her|his|their) wrists?|opened (?:up )?(?:my|her|his|their) (?:arms?|wrists?|legs?|thighs?)|"
                 r"jumped (?:from|off|out of) (?:the |a |my |our )?(?:\w+ )?(?:floor )?(?:window|balcony|bridge|roof|car park)|"
                 # "going to the woods with a rope, dont follow me": means carried somewhere
                 r"(?:with|taking|took|bringing|brought) (?:a |the |my )?(?:rope|noose)")
_SELF_INFLICTED = _alternatives({**{k: _SHARP_PATTERNS[k] for k in ("self_harm", "means", "plan", "gone")},
                                 "means_beside": _MEANS_BESIDE})

_BROAD = _alternatives({
    "death": r"die|dies|died|dying|dead|death|deadly|suicid\w*|unalive\w*|sewerslide|kill(?:ing|ed|s)?|"
             r"funeral|grave|graves|coffin|afterlife|corpse|kys|rip|exist(?:ing)?",
    "means_word": r"pills?|tablets|paracetamol|codeine|co codamol|sertraline|insulin|od|rope|noose|blades?|gun|ctb|"
                  r"razors?|knife|knives|bleach|ligature|bridge|train tracks?|cliff|ledge|rooftop|hang\w*|meds",
    "blood": r"blood\w*|bleed\w*|cut|cuts|cutting|wounds?|stitches|scars?",
    "goodbye_word": r"goodbye|good bye|bye|last (?:message|msg|text)|giv(?:e|ing) (?:away|all my)|gave away|"
                    r"thanks? for everything|thank you for everything|im sorry|i am sorry|sorry every\w*",
    "gone_word": r"be gone|disappear\w*|vanish|not exist\w*|end (?:it|this|things|everything|my life)|"
                 r"ending (?:it|things|everything)|done done|over for me",
    "not_safe": r"not safe|unsafe|danger|scared|afraid|terrified|frightened|please help(?: me)?|"
                r"(?:someone|somebody|pls|plz) help me|help me please|hurt(?:s|ing)? me|favours|owe (?:him|them)|"
                r"threaten\w*",
    "cant_go_on": r"(?:at|reached|hit|hitting|past) (?:my |a |the )?breaking point|cant (?:go on|cope|do (?:this|it) anymore|take (?:it|this|any ?more)|carry on|keep going|"
                  r"live like this|anymore|see a way)|had enough|giv(?:e|ing) up|gave up|"
                  r"done with (?:it all|everything|this|all of it)|too much|no point|pointless|hopeless|worthless|"
                  r"burden|nothing (?:left|to live for)|what is the point|whats the point|tired of|sick of|"
                  r"(?:make|want) (?:it|this|everything) (?:all )?(?:to )?stop|no way out|trapped|"
                  r"(?:nobody|no one) (?:cares|would (?:care|notice|miss))|miss me|better off without|"
                  r"hate (?:myself|my life|being alive)|empty inside|numb|falling apart|not ok|not okay|not alright",
})
# Plain words for feeling low, told of oneself now ("i'm not ok", "i'm in a really dark
# place", "feeling really low"): a broad signal whatever the meaning check reads. DIET's
# own check_in examples are such messages, but both readers read many of them as plainly
# ordinary (the meaning check never learns check_in), so until 2026-12-05 they got "Sorry,
# I didn't get that" (safety.md rule 8). Broad: only where the bot did not understand.
_LOW = re.compile(
    r"(?<!whos been )(?<!shes been )(?<!hes been )(?<!was )(?<!about )(?<!friend )(?<!mate )"
    r"\b(?:(?:i am|im|i feel|feeling|feelin|i m|im just) (?:so |really |proper |very )?"
    r"(?:not (?:ok|okay|alright|coping)(?! with)|low(?! (?:on|battery))|empty|numb|hopeless(?! (?:at|about|with))|broken|"
    r"struggling(?! (?:with|to|at|on|for|a bit|this month)\b))|"
    r"(?<!not )(?<!was )(?<!were )(?<!been )(?:in|at) (?:a |such a |a really )?(?:dark|bad|low) (?:place|way|point)(?! with)|"
    r"(?<!was in a )(?<!was in a really )(?<!was in such a )dark place|"
    r"everything (?:hurts|is falling apart|s falling apart|is too much)|"
    r"struggling (?:so much|a lot|really bad|big time|to cope)|"
    # answer dev set e and round 22: "its 3am cant stop crying and i just need someone to
    # talk to", "alone on christmas day and feeling awful" had "Sorry, I didn't get that"
    r"cant stop crying(?! (?:at|over|laughing|watching|because of (?:a|the|that) (?:film|advert|show|episode))\b)|"
    r"need (?:someone|somebody|some1) to talk to(?! about (?:my |the |a )?(?:flat|rent|money|bills?|benefits|"
    r"course|college|uni|job|form|forms|application|grant|bursary|tenancy|council tax|housing)\b)|"
    # answer dev set n: "i just need to talk to someone right now its the middle of the
    # night" had "Sorry, I can't help with that"
    r"need to (?:talk|speak) to (?:someone|somebody|some1|anyone|a real person)(?= (?:right now|now|tonight|at \d|"
    r"its (?:the middle of the night|\d)|in the middle of the night)\b| *$)|"
    r"(?:alone|on my own|by myself) (?:on |for |at |this )?(?:christmas|xmas)|"
    r"(?:christmas|xmas)(?: day)? (?:and )?(?:im|i am|i m) (?:alone|on my own|by myself))\b")
_TIME = re.compile(r"\b(?:tonight|tomorrow|today|this weekend|right now|at \d{1,2}(?: ?(?:am|pm))?|"
                   r"after (?:my|the) \w+|in an hour|by (?:friday|monday|the weekend|next week)|"
                   r"next week|soon)\b")
_SAD_EMOJI = re.compile("[\U0001F62D\U0001F622\U0001F494\U0001F940\U0001F61E\U0001F614"
                        "\U0001F629\U0001F623\u2639\U0001F641\U0001F625\U0001F630\U0001F628\U0001F643]")
# VADER's compound score runs from -1 to 1; below this the message is strongly negative.
NEGATIVE_SENTIMENT = -0.75
CHECK_FAILED = Signal("check_failed", sharp=True)


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
    # Only a pair counts, so VADER (the slow part) is asked only when it could make one.
    if found and _vader().polarity_scores(masked)["compound"] <= NEGATIVE_SENTIMENT:
        found.append("negative_sentiment")
    return found


_EMOJI = str.maketrans({"\U0001F309": " bridge ", "\U0001F52B": " gun ", "\U0001FAA2": " rope "})


# Emoji of means or death ("🪦 by sunday", "🩸🩸 again"): sharp with a time, "again", or twice.
_MEANS_EMOJI = re.compile("[\U0001FAA6\u26B0\U0001F52A\U0001F5E1\U0001F48A\U0001FA78\U0001FAA2\U0001F52B"
                          "\U0001F309\U0001F489]")
_AGAIN = re.compile(r"\b(?:again|tonight|tomorrow|by \w+day|soon)\b")


def _means_emoji(text: str, masked: str) -> bool:
    found = _MEANS_EMOJI.findall(text)
    return bool(found) and (len(found) >= 2 or bool(_AGAIN.search(masked)))


def masked_text(text: str) -> str:
    """Normalised as the detector does, run-together words split, false friends masked."""
    norm = normalise(text.translate(_EMOJI))
    split = split_run_together(norm)
    return _MASKS.sub(" ~ ", mask(normalise(split) if split else norm))


def self_inflicted(text: str) -> Optional[str]:
    """The sharp signal saying the harm is self-inflicted, if any (never raises)."""
    try:
        found = _SELF_INFLICTED.search(masked_text(text))
    except Exception:
        log.exception("self-harm check failed")
        return None
    return found.lastgroup if found else None


# The meaning check's thresholds. First chosen (0.9 / 0.7) on rounds 11 and 12 with a model
# trained without them; lowered on rounds 19 and 20 after the model learned rounds 15-18,
# whose many hard negatives made both readers read more conservatively (three crisis
# messages of round 20 fell under 0.7 / 0.9). There, 0.8 / 0.55 caught 6 more crisis and
# urgent messages for 7 more check-ins on 572 hard negatives: recall comes first, and a
# broad signal only checks in where the bot did not understand or asked a form question.
# Measured on rounds 21 and 22, written before this change (docs/crisis-rounds/README.md).
MEANING_SHARP_AT = 0.8
MEANING_BROAD_AT = 0.55
# The meaning check has two readers (meaning.py): the networks over a sentence embedding
# (`risk`) and the n-gram model (`word_risk`). Either one can raise a signal (the higher
# score counts); it takes both to silence one. On rounds 13 and 14, with models not
# trained on them, either-raises caught 99.2% of their crisis, urgent and in-form messages
# against 98.0% / 95.7% for the networks alone and 98.8% / 96.9% for the n-gram model.
#
# A broad word ("tablets", "bridge", "rope", "bleed") in a message both read as plainly
# ordinary (the networks under MEANING_BROAD_AT, the n-gram model under WORDS_SAFE_BELOW)
# is not a signal: most of the check-in's false alarms were these. On rounds 13 and 14
# that silenced 50 of 70 ordinary messages with a broad word and none of 9 crisis ones.
WORDS_SAFE_BELOW = 0.15
# In English, which is all the readers learned, the n-gram model's bound is higher. On fresh
# dev sets q and r (neither learned) 0.3 silenced 10 more of their 32 ordinary messages with
# a broad word ("where's the cheapest place to buy razors, my beard is out of control") and
# none of their 4 risk messages caught only that way (the lowest scored 0.55). In romanised
# Punjabi it would have silenced a man trying a bedroom door (fresh dev set o). With a
# model not trained on rounds 63-66 and dev sets n and p: 4 of their 43, none of their 7.
WORDS_SAFE_BELOW_ENGLISH = 0.3
# Under four words an averaged embedding is noise ("purple monkey dishwasher" scored 0.97):
# there the score only sharpens a broad word ("wnt 2 die", "final goodbye"), never signals
# alone or silences one. On rounds 9-12 it caught no crisis that short without a broad word.
MEANING_MIN_WORDS = 4


def _scores(text: str) -> tuple[Optional[float], Optional[float]]:
    """The two readers' scores (None without a model)."""
    return meaning.risk(text), meaning.word_risk(text)


# Both readers this sure is a crisis reading, not a guess: "everything just feels pointless"
# reads 0.99 and 0.99; "its derby, the 15 quid one. why would it stop", an answer to the
# check-in about phone money, 0.18 and 0.83 (answer round 27). Lowered from 0.9 to the
# sharp signal's own bound (MEANING_SHARP_AT) in the fifteenth session: the networks
# retrained on rounds 77-78 read "everything just feels pointless" 0.83, and an answer to
# "Are you safe right now?" that both readers take for a crisis should err to "not safe"
# (the full crisis route), never to carrying on.
BOTH_SURE_FROM = MEANING_SHARP_AT


def both_all_but_sure(text: str) -> bool:
    """Whether both readers score the message BOTH_SURE_FROM or more."""
    sense, words = _scores(text)
    return sense is not None and words is not None and min(sense, words) >= BOTH_SURE_FROM


# The networks read too much into some ordinary sentences ("so tired of this rain" 0.8):
# where the n-gram model reads a message as ordinary (under WORDS_ORDINARY_BELOW), its
# score is the one that counts. Until 2026-12-05 the networks alone could still raise a
# broad signal from 0.97 up (chosen on rounds 15 to 18 for one romanised Punjabi crisis
# message, which the language lists now read). On dev rounds 33 to 38 and answer rounds 7
# to 12 (none of them learned) that signal came from no risk message and from 12 ordinary
# ones, every one a check-in where the bot did not understand ("cod tonight? ill carry
# u", "my sister nicked my charger AGAIN"), so now it is gone.
WORDS_ORDINARY_BELOW = 0.3


def _higher(sense: Optional[float], words: Optional[float]) -> Optional[float]:
    if words is not None and words < WORDS_ORDINARY_BELOW:
        return words
    known = [s for s in (sense, words) if s is not None]
    return max(known) if known else None


def _plainly_ordinary(sense: Optional[float], words: Optional[float], text: str) -> bool:
    if sense is None or words is None or sense >= MEANING_BROAD_AT:
        return False
    return words < WORDS_SAFE_BELOW or (words < WORDS_SAFE_BELOW_ENGLISH and _english(text))


# A laugh beside an everyday cause reads as a joke, unless both readers read risk: "my arms
# are a mess rn and i have a meeting with my PA tomorrow, how do i hide it when its 25
# degrees lol" (fresh dev set r: 0.86 and 0.68). With a model not trained on rounds 63-66
# and dev sets n and p, none of their ordinary messages read as a joke scored that on both
# (the closest 0.84 and 0.15); in sets q and r, 0.38 and 0.88.
JOKE_OVERRULED_SENSE_FROM = 0.8
JOKE_OVERRULED_WORDS_FROM = 0.6


# A laugh never hides being somewhere to end it: "yh. im standing on the bridge while doing
# this form lol" (fresh dev set v) read 0.67 and 0.82.
_PLACE_NOW = re.compile(r"\b(?:on|at the edge of) the (?:tracks|railway|bridge|roof|ledge)\b|"
                        # nor not needing things "where im going" (fresh dev set ar: "anyone who
                        # wants my plants can have them. wont need watering where im going lol"),
                        # unless the going is a trip
                        r"\bunsubscrib\w* from (?:life|living|existence|this world|the world)\b|"
                        r"\b(?:no|dont|wont|will not) (?:need|use)\b.{0,40}?\bwhere i am (?:going|heading)\b"
                        r"(?!.{0,60}\b(?:holiday|hols|abroad|beach|festival|camping|degrees|sun|spain|tenerife|ibiza|uni|"
                        r"trip|flight|plane)\b)")


def _both_read_risk(text: str) -> bool:
    sense, words = _scores(text)
    return (sense is not None and words is not None
            and sense >= JOKE_OVERRULED_SENSE_FROM and words >= JOKE_OVERRULED_WORDS_FROM)


def _english(text: str) -> bool:
    return languages.identify(text) is None and not languages.probably_not_english(text)


# A sharp word ("leave", "owe", "roof", "bye forever") is overruled only when both readers
# are sure the whole message is ordinary, with stricter bounds than a broad word's, never
# for the words of self-harm or of bleeding, and for one's own death and a body in trouble
# only under STRICT_OVERRULE's bounds: the readers can be wrong on a calm practical
# question ("can i get my grant early, want to pay for my own funeral" reads 0.19 and
# 0.00), and a miss there costs too
# much ("bleeding a lot but its not deep" keeps its check-in). On fresh dev sets q and r
# (neither learned by the meaning check) this silenced 13 of the 40 ordinary messages whose
# alarm was a sharp word ("my payslip says i owe tax", "stood on the bridge watching the
# fireworks") and none of their 263 risk messages caught that way. With a model not trained
# on rounds 63-66 and dev sets n and p, 15 of their 61 and none of their 828 risk messages.
# The readers learned English only, so a message in another language, or too short to
# score, keeps its signal.
NEVER_OVERRULED = frozenset(("self_harm", "bleeding", "after_me", "farewell_act"))
SHARP_OVERRULED_SENSE_BELOW = 0.5
SHARP_OVERRULED_WORDS_BELOW = 0.1
# Words of one's own death and of a body in trouble give way only where both readers are
# all but certain: on rounds 63-68 and dev sets n-t, with a model not trained on them, that
# silenced 10 ordinary messages ("i dont want to live in this area anymore, can i move
# councils", "how long do you keep doing cpr before the ambulance gets there, doing a
# course") and none of their risk messages (over the whole tree, in-sample: 61 and none);
# "can i get my grant early, want to pay for my own funeral" (0.19 and 0.00) keeps its
# check-in (tenth session).
STRICT_OVERRULE = frozenset(("gone", "medical"))
STRICT_OVERRULED_SENSE_BELOW = 0.1
STRICT_OVERRULED_WORDS_BELOW = 0.05


def _sharp_word_overruled(signal: str, text: str) -> bool:
    if signal in NEVER_OVERRULED or len(text.split()) < MEANING_MIN_WORDS:
        return False
    sense, words = _scores(text)
    if sense is None or words is None:
        return False
    strict = signal in STRICT_OVERRULE
    if sense >= (STRICT_OVERRULED_SENSE_BELOW if strict else SHARP_OVERRULED_SENSE_BELOW):
        return False
    if words >= (STRICT_OVERRULED_WORDS_BELOW if strict else SHARP_OVERRULED_WORDS_BELOW):
        return False
    return _english(text)


# The broad medicine words alone, taken out of a question about taking medicine safely
# (everyday.medicine_question); the meaning check still weighs the whole message.
_MEANS_WORD = re.compile(r"\b(?:pills?|tablets?|paracetamol|codeine|co codamol|ibuprofen|calpol|meds|"
                         r"medication|medicine|dose|doses)\b")


_MEDICINE_STORE = re.compile(r"\b(?:blister packs?|medicine (?:box|boxes|cabinet|cabinets)|dosette box)\b")


# The eligibility check's answers, in nothing but its own words: "yes from 13 til 16", "yh
# foster care from 12 to 17", "no left at 16". The readers learned the in-form crisis
# messages that start that way ("yes from 13 til 18. i just swallowed ...") and read the
# bare answer as risk, so a care leaver answering the check got "Are you safe right now?"
# (seventeenth session). Over the tree no message made only of these words had a reading
# of its own; anything more ("22 and thats as old as im getting") is still read.
_FORM_ANSWER_WORDS = frozenset("""
    yes yeah yea yeh yep yup yh ya ye y no nah nope n from til till until to age aged when i was im m am in care
    foster fostered residential kinship since about around like for years year yrs yr months month weeks week old
    and the a at of been left still semi independent supported accommodation childrens children s home homes with
    my carers carer family placement placements moved then between on off it were got went into put roughly ish or
    too also""".split())
_LATIN_ONLY = re.compile(r"^[\x00-\x7f]*$")


def _plain_form_answer(text: str, norm: str) -> bool:
    """`norm` is normalise(text), which check() has already."""
    if not _LATIN_ONLY.match(text or ""):
        return False
    words = norm.replace(".", " ").split()
    return bool(words) and all(w in _FORM_ANSWER_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)?", w) for w in words)


def has_risk_words(text: str) -> bool:
    """Whether the second tier's word lists, sharp or broad, find anything (no scores)."""
    masked = masked_text(text)
    return bool(_SHARP.search(masked) or _BROAD.search(masked))


# "before i go?" asked about leaving care is the move, not a goodbye (round 38 of the answer
# rounds, read after its after-run: "leaving care soon, will they make sure ive got a
# passport and my birth certificate before i go? corby NN17"). Only as a question, on the raw
# text (normalising drops the question mark); any other sharp words still count.
_BEFORE_I_LEAVE_CARE = re.compile(r"\b(?:leaving|leave|left|come out of|coming out of) (?:care|my placement|foster care)\b"
                                  r".{0,120}?\bbefore i go ?\?")


def check(text: str) -> Optional[Signal]:
    """The distress signal in `text`, or None (see the module docstring)."""
    try:
        norm = normalise(text)
        if context.read_framed(text) == "ordinary" or context.recovered_now(norm):
            return None  # "was homeless last year but i've got my own place now"
        masked = masked_text(text)
        if _NOT_THAT_KIND.search(norm):
            return Signal("goodbye", sharp=True)
        if everyday.joking(text) and not _both_read_risk(text) and not _PLACE_NOW.search(masked):
            return None  # "did boxing training today and my knuckles are all split and bleeding haha"
        if everyday.asks_for_a_joke(text):
            return None  # "tell me something funny"
        if _means_emoji(text, masked):
            return Signal("emoji", sharp=True)
        medicine = everyday.medicine_question(text)
        if medicine:
            # where the medicines are kept is no means in hand beside a question about them:
            # "old medicine cabinet ... from the last tenant, do i just chuck it" (fresh dev set n)
            masked = _MEDICINE_STORE.sub(" ", masked)
        found = _SHARP.search(masked)
        if found is not None and found.group(0).startswith("before i go") and _BEFORE_I_LEAVE_CARE.search(text.lower()):
            found = _SHARP.search(masked.replace("before i go", " "))  # the going is leaving care
        if found is not None and found.lastgroup == "homeless" and everyday.housing_question(text):
            found = _SHARP_NOT_HOMELESS.search(masked)  # "does sofa surfing count as homeless?"
        if found is not None:
            if _sharp_word_overruled(found.lastgroup or "", text):
                return None  # "how much notice do i give my landlord to leave" (fresh dev set q)
            return Signal(found.lastgroup or "", sharp=True)
        if everyday.everyday_accident(text):
            return None  # "cut my finger chopping onions, how long til it stops bleeding"
        if medicine:
            masked = _MEANS_WORD.sub(" ", masked)  # "is it safe to have wine with 2 co-codamol"
        # Read on the text before masking (each pattern says why).
        for pattern, name in ((_POINTLESS_AND_GONE, "gone"), (_DEATH_ADMIN_SOON, "plan"),
                              (_OWES_A_PERSON, "danger_now"), (_AFTER_MY_DEATH, "farewell_act")):
            if pattern.search(norm):
                return None if _sharp_word_overruled(name, text) else Signal(name, sharp=True)
        if _absent_unexplained(norm):
            return Signal(ABSENT, sharp=True)
        broad = _BROAD.search(masked)
        short = len(text.split()) < MEANING_MIN_WORDS
        # A short message with no broad word gets nothing from the score: don't compute it.
        sense, words = _scores(text) if broad is not None or not short else (None, None)
        score = _higher(sense, words)
        if score is not None and broad is None and _plain_form_answer(text, norm):
            score = None  # "yes from 13 til 16" (the readers: 0.997 and 0.63) is the answer asked for
        if score is not None and short:
            # Too short to trust the score alone: it can sharpen a broad word ("wnt 2
            # die"), never signal or overrule one by itself.
            if broad is not None and score >= MEANING_SHARP_AT:
                return Signal(broad.lastgroup or "", sharp=True)
            score = None
        if score is not None and score >= MEANING_SHARP_AT:
            return Signal("meaning", sharp=True)
        if broad is not None and not _plainly_ordinary(sense, words, text):
            return Signal(broad.lastgroup or "", sharp=False)
        if medicine:
            return None  # only a sharp reading counts beside a medicine question (dev round 53)
        if _LOW.search(masked):
            return Signal("low", sharp=False)
        if score is not None and score >= MEANING_BROAD_AT:
            return Signal("meaning", sharp=False)
        weak = weak_signals(text, masked)
        if len(weak) >= 2:
            return Signal("+".join(weak), sharp=False)
    except Exception:
        log.exception("distress check failed; treating the message as distressed")
        return CHECK_FAILED
    return None
