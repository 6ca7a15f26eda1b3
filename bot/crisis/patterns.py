"""Crisis and urgent-safety rules, written against `normalise()`'s canonical text.

Canonical text (see normalise.py): lower case, no apostrophes ("cant", "dont", "i am",
"i have"), txt speak expanded ("want to", "going to", "you"), misspellings repaired
("suicide", "myself", "overdose"), sentence punctuation kept as " . ".

Rules are recall-first: a false alarm costs a message with helpline numbers, a miss can
cost a life. Known false friends ("crisis loan", "dying to know", "kill time", "dye my
hair") are removed by MASKS before any rule runs, so a mask can only ever hide the idiom
itself, never a real crisis phrase elsewhere in the same message ("i'm dying to know
about the crisis loan but honestly i want to die" is still crisis).

A rule's `priority` picks the category when several rules fire; level always wins first
(crisis beats urgent). Third-party attribution (my friend / she / he) is done by the
detector, so crisis rules accept he/she/they forms too.

The reply to `method_seeking` must never contain method details: detection only.
"""
from __future__ import annotations

from dataclasses import dataclass

CRISIS = "crisis"
URGENT = "urgent"
NONE = "none"


@dataclass(frozen=True)
class Rule:
    name: str
    level: str
    category: str
    priority: int
    pattern: str


# --- Shared fragments ---------------------------------------------------------------------
E = r"(?= ?(?:\.|$))"  # end of a sentence
SELF = r"(?:myself|himself|herself|themselves|themself|theirselves|hisself)"
POSS = r"(?:my|his|her|their)"
ADV = (
    r"(?:(?:so|really|just|badly|actually|honestly|literally|desperately|genuinely|truly|"
    r"seriously|kind of|sort of|almost|even|still|sometimes|often|always|totally|"
    r"completely|definitely|properly|fully|finally|simply|rly) )?"
)
# Medicines and drugs people overdose on (UK names and common misspellings survive
# normalise as these spellings).
DRUG = (
    r"(?:pills?|tablets?|tabs|meds|medication|medications|medicine|medicines|paracetamol|"
    r"ibuprofen|aspirin|codeine|co codamol|painkillers?|pain killers?|sleeping (?:pills|"
    r"tablets)|sleepers|antidepressants?|anti depressants?|sertraline|fluoxetine|"
    r"citalopram|escitalopram|mirtazapine|quetiapine|amitriptyline|propranolol|diazepam|"
    r"valium|xanax|tramadol|insulin|lithium|olanzapine|pregabalin|gabapentin|methadone|"
    r"nurofen|anadin|benadryl|zopiclone|promethazine|antihistamines?|naproxen|"
    r"prescription|capsules?|caps|morphine|oxycodone|heroin|nytol|sominex|night nurse|"
    r"piriton|kalms|sleep aids?|sleeping aids?)"
)
TAKE = (
    r"(?:took|taken|take|takes|taking|swallowed|swallow|swallowing|necked|neck|necking|"
    r"downed|down|had|have|eaten|ate|eat|popped|pop|popping|done|chucked)"
)
QTY = (
    r"(?:all (?:of )?(?:my|the|me|his|her|their|mums?|dads?|those|these|\w+s)|all of them|the lot|"
    r"(?:the |all the )?rest of (?:my|the|her|his|their)|what was left of (?:my|the|her|his)|"
    r"a (?:load|lot|bunch|handful|fistful|pile|heap|few boxes|few packets) of|loads of|"
    r"lots of|handfuls of|a handful|too many|way too many|so many|every(?: single)?|"
    r"(?:a|the|my|his|her|two|three|four|\d) (?:whole |full |entire )?(?:box|boxes|packet|"
    r"packets|pack|packs|bottle|bottles|strip|strips|tub|tubs|blister|sheet|months?|"
    r"weeks?)(?: s)?(?: of| worth(?: of)?)?|"
    r"(?:my|his|her|their|a) (?:whole|full|entire) (?:months?|weeks?|prescription|supply)|"
    r"(?:[1-9]\d+)|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred)\w*)"
)
# People whose crisis a young person might report (third-party attribution lives in
# detector.py; this list is for urgent rules that need a person as subject).
PERSON = (
    r"(?:he|she|they|hes|shes|someone|somebody|people|a (?:man|guy|lad|woman|girl|bloke)|"
    r"men|lads|guys|gang|(?:my|his|her|their|the|this|some|these|those) (?:\w+ )?"
    r"(?:boyfriend|girlfriend|partner|ex|husband|wife|dad|mum|stepdad|stepmum|step dad|"
    r"step mum|brother|sister|cousin|uncle|auntie|aunt|carer|foster carer|foster dad|"
    r"foster mum|landlord|flatmate|housemate|neighbour|boss|dealer|dealers|pimp|family|"
    r"friend|mate|man|guy|lad|lads|men|guys|gang|people|bloke|woman|girl|girls))"
)
SCHOOLISH = (
    r"(?:the |my |a |our )?(?:college|school|uni|university|sixth form|class|classes|"
    r"lesson|lessons|group|chat|group chat|gc|course|team|club|gym|game|match|pub|bar|shop|"
    r"lecture|exam|meeting|call|lobby|server|discord|band|choir|job centre|library|cinema)"
)

# --- Masks: idioms and false friends, removed before any rule runs --------------------------
MASKS: tuple[str, ...] = (
    # rounds 85-86, read after their after-run: embarrassment, food, a meme, a pet, a game, an
    # alarm clock and a view ("i just want to die in a hole, i called my lecturer mum", "my
    # mate ODed on chicken nuggets", "its giving i want to die energy", "my cat is trying to
    # kill me by sitting on my face", "got killed like 40 times on cod", "im gonna unalive my
    # alarm clock", "the view from the top of the car park at night is mad")
    r"\b(?:want to|wanna|could|gonna|going to) die in a hole\b",
    r"\boverdos\w* on (?:chicken|nuggets|sweets|chocolate|sugar|food|pizza|chips|maccies|mcdonalds|kfc|greggs|"
    r"coffee|caffeine|energy drinks?|monster|red ?bull|haribo|cake|netflix|tiktok)\b",
    r"\bi want to die energy\b",
    r"\b(?:cats?|dogs?|kittens?|puppy|pets?|rabbit|hamster) (?:is |are |keeps |kept )?(?:trying to|tried to) kill me\b"
    r"(?= (?:by|with|lol|haha|lmao)\b)",
    r"\b(?:got|get|getting|been) killed (?:like |about |over |literally )?\d+ times\b",
    r"\bunalive (?:my|the|this|that) (?:alarm(?: clock)?|phone|laptop|printer|router|wifi|boss fight|homework)\b",
    r"\bthe view (?:from|at) the top of the (?:car park|multi storey|multistorey|building|tower|hill)\b"
    r"(?=.{0,40}\b(?:pics?|pictures?|photos?|unreal|mad|amazing|beautiful|lovely|sick)\b)",
    # dev set ah: an animal following someone home, a child jumping off the furniture, the
    # end of sofa surfing ("a cat followed me all the way home", "keeps saying hes gonna jump
    # off the sofa like spiderman", "moved off my mates sofa into my own place! no more sofa
    # surfing")
    r"\b(?:a |the |this |some |next doors |my neighbours )?(?:cats?|kittens?|dogs?|puppy|puppies|fox|foxes|pigeons?|"
    r"seagulls?|ducks?|geese|goose|squirrels?)(?: \w+)? (?:followed|follows|following) me\b",
    r"\bjump\w* off (?:the |a |his |her |my |our )?(?:sofa|couch|settee|bed|bunk ?bed|trampoline|table|stairs|swings?|"
    r"slide|climbing frame|diving board)\b",
    r"\bno more (?:sofa|couch) surf\w*\b",
    # fresh dev set n (2026-12-06): a pet that sleeps on the stairs ("my cat is plotting to
    # kill me, she keeps sleeping on the stairs"), a burden for asking for money
    r"\b(?:cats?|kittens?|dogs?|puppy|puppies)\b.{0,50}?\b(?:she|he|it) (?:keeps |kept |likes to |loves |always )?"
    r"sleep(?:ing|s)?\b",
    r"\bburden (?:asking|always asking|for asking|by asking) (?:\w+ ){0,3}for (?:money|cash|a loan|lifts?)\b",
    # rounds 65-66 (read after their after-run): "razor rash on my legs is killing me",
    # "tonights the night, proposing to my girlfriend 💍"
    r"\brazor (?:rash|burn|bumps)\b",
    # fresh dev set z: the word talked about ("my mate keeps saying unalive instead of die in
    # her tiktoks cos of the filters")
    r"\b(?:say|says|saying|said|use|uses|using|used|type|types|typing|the word|words? like) (?:\w+ ){0,2}?"
    r"unalive(?:d)?\b(?= (?:instead|cos|because|coz|on|in (?:her|his|their|my) (?:tiktoks?|videos?|posts?)))",
    # fresh dev set y: "gonna be dead in class tomorrow, was up till 4 finishing my essay"
    r"\bbe dead (?:in|at|for) (?:class|college|school|uni|work|my (?:lecture|shift|exam|lesson)s?)\b"
    r"(?= (?:tomorrow|today|in the morning|later)\b)",
    r"\btonights the night\b(?=.{0,40}\b(?:propos\w*|engaged|party|gig|date|concert|match|final|premiere|prom|launch)\b)",
    # fresh dev set p: "bought new blades for my stanley knife to cut the carpet in my new flat"
    r"\bcut (?:the |some |my |up (?:the )?)?(?:carpet|carpets|lino|vinyl|laminate|wallpaper|plasterboard|tiles?|"
    r"skirting|worktop|underlay|cardboard|boxes)\b",
    # rounds 61-62, read after their after-run: "im gonna throw myself into college this
    # year", "got scratched all down my arm by my cat"
    r"\bthrow(?:ing)? myself into (?:college|uni|work|my work|my studies|studying|revision|the gym|training|"
    r"my course|my job|my new job|it|this year|football|boxing|music)\b",
    r"\bscratched (?:all )?(?:down|up) my (?:arm|arms|leg|legs|hand|hands) by (?:my |the |our )?(?:cat|kitten|dog|puppy)\b",
    # fresh dev set k: a song line asked about, a burden on the group chat, a friend's drink
    # relapse, self-harm long stopped
    r"\bhope i die before i get old\b(?=.{0,60}\b(?:song|line|lyric|lyrics|album|the who)\b)",
    r"\b(?:a )?burden on the (?:group chat|gc|chat|team|squad)\b",
    r"\brelaps(?:e|ed|ing) (?:on|with|into) (?:the )?(?:drink|booze|alcohol|drinking)\b",
    r"\bstopped (?:self harming|sh|cutting) (?:ages|years|months|a long time|so long) ago\b",
    # fresh dev set i: "kettle burn on my wrist has blistered", "covered in bruises from the
    # barbell", "relapsed on smoking", "writing a will now ive had my baby", "gonna end up six
    # feet under with the amount of monster im drinking"
    r"\b(?:kettle|oven|iron|hob|pan|grill|tray|steam|toaster|straighteners?|curling (?:tongs|iron|wand)|"
    r"cooking|bbq|barbecue|candle wax|sun|chip fat) burns? (?:on|to) my\b",
    r"\bcovered in (?:bruises|scratches|cuts|scrapes) from (?:the |my |a |playing |doing )?(?:barbell|bar|gym|rugby|"
    r"football|training|netball|boxing|hockey|climbing|bouldering|cat|kitten|dog|puppy|brambles|paintball|"
    r"skating|work|moving)\b",
    r"\brelaps(?:e|ed|ing) (?:on|with|into) (?:smoking|vaping|the vape|vapes|cigs|cigarettes|fags|junk food|"
    r"chocolate|sugar|caffeine|energy drinks|biting my nails|nail biting|gaming|takeaways|fizzy drinks)\b",
    r"\b(?:a |my )will (?:now|because|cos|since|as|for when) (?:ive|i have|i|we|weve)(?: just)? "
    r"(?:(?:had|got) (?:my|a|our) (?:baby|son|daughter|kid|little one|first)|bought|got married|got a mortgage)\b",
    r"\b(?:end up|be|put me) (?:six feet under|in the ground|pushing up daisies) (?:with|from) "
    r"(?:the amount of|how much|all the)\b",
    # dev rounds 59-60: "my brothers gonna kill me when he finds out i took his charger",
    # "ready to die on this hill: pineapple belongs on pizza"
    r"\b(?:going to|gonna|will|would|is gonna) kill me (?:when|if|once) (?:he|she|they|my \w+|mum|dad) "
    r"(?:finds? out|sees?|realises?|hears?|knows?)\b",
    r"\bdie on (?:this|that) hill\b",
    # fresh dev set ac (fifteenth session): "fr this heat is unaliving me", "gonna be dead to
    # the world this weekend, catching up on sleep", "cancel my gym contract, want to end it
    # before the next payment", "took all my old tablets to the pharmacy returns bin"
    r"\b(?:heat|weather|sun|humidity|cold|exams?|revision|essay|assignment|coursework|song|tune|album|show|"
    r"episode|hangover|commute|bus|queue|shift|cramps|period) (?:is |s |are |has been )?(?:literally |actually )?"
    r"unaliv\w* me\b",
    r"\bdead to the world\b",
    # round 80 (read after its after-run): "the queue at the jobcentre was long enough to die
    # in", "my flatmate keeps using my razor for his legs", "my mates jump off the bridge into
    # the river every summer, it's a thing round here"
    r"\blong enough to die (?:in|of|from)\b",
    # round 79's check-ins: "bleeding nightmare getting to the council offices", "why did
    # they cut my funding", "just died inside when my ex walked into the same shop"
    r"\bbleeding (?:nightmare|hell|joke|ridiculous|cheek|mess|liberty|annoying|typical|nuisance|freezing|boiling)\b",
    r"\bcut (?:my|our|the|his|her) (?:funding|hours|benefits|money|bursary|allowance|budget|pay|wages|wifi|phone|"
    r"gas|electric|electricity|water|grant|support|placement)\b",
    r"\b(?:just |literally |actually )?died inside (?:when|cos|because|a bit|lol|haha)\b",
    # (never one's own: "used my razor on my legs again and this time its gaping open")
    r"\b(?:using|used|uses|borrow\w*|nick\w*|steal\w*|stole) my razor (?:for|on) (?:his|her|their) (?:legs|face|beard|"
    r"armpits|pits|head|chest)\b",
    r"\bjump\w* off (?:the |a )?(?:bridge|pier|rocks|cliffs?|harbour wall) into (?:the )?(?:river|sea|water|lake|canal|"
    r"quarry|harbour)\b(?=.{0,30}\b(?:every summer|in (?:the )?summer|for fun|its a thing|is it (?:actually )?legal|when its hot))",
    r"\bend it (?:before|ahead of) (?:the |my |its )?(?:next )?(?:payment|direct debit|renewal|bill|billing|"
    r"contract|it renews|they charge)\b",
    r"\b(?:took|take|taking|dropped|drop) (?:all )?(?:my |the |me )?(?:old |spare |leftover |left over |unused |"
    r"out of date |expired )?(?:tablets|pills|meds|medication|medicines?)(?: back)? (?:in)?to (?:the |a )?"
    r"(?:pharmacy|chemist|pharmacist|returns)\b",
    # and "this is my final message about the deposit, if i dont hear back ill go to the
    # ombudsman", "so this is goodbye to my foster carers house, packed the last box", "my
    # mates band is called Overdose Hearts"
    r"\b(?:final|last) (?:message|text|email|msg) (?:about|on|regarding|re) (?:the|my|this|that) (?!life\b|world\b)"
    r"(?:deposit|rent|bill|complaint|grant|allowance|bursary|payment|flat|repair|council tax|case|issue|claim|appeal|"
    r"application|form)\b",
    r"\bgoodbye to (?:my|the|our|her|his|their) (?:old |foster )?(?:\w+s )?(?:house|home|flat|room|placement|school|"
    r"college|job|town|street|bedroom)\b",
    r"\b(?:band|group|album|song|track|game|film|club|team|bar|pub|gig|night) (?:is |was |s )?(?:called|named) "
    r"(?:\w+ ){0,2}\w+",
    # dev rounds 57-58: "my foster carer is going to kill me for losing my keys", "going to
    # bed and not waking up till noon", "dying... of a cold", singing in the shower
    r"\b(?:going to|gonna|will|would|is gonna) kill me for (?:losing|breaking|forgetting|being late|not|eating|using|"
    r"spending|leaving|getting|burning|smashing)\b",
    r"\bnot (?:waking|wake|getting) up (?:till|until|before) (?:noon|lunch|midday|dinner|the afternoon|\d+(?: ?(?:am|pm))?)\b",
    r"\bdying\W+(?:of|from) (?:a |the )?(?:cold|flu|man flu|hay ?fever)\b|\bman flu\b",
    r"\bbetter off if i (?:stopped|quit|gave up) (?!breathing|existing|living|being)\w+ing\b",
    # fresh dev sets g-h (2026-12-05, fifth session): someone else sorry for everything, a PA
    # who never gave up, a game of would-you-rather, a faint at the dentist or "what if i
    # faint", an epipen to renew, clothes given away with the reason, nails bitten, another
    # job lined up, a room to game in, a brother's joke about a spider
    r"\b(?:saying|said|says|messaged|texted|wrote)(?: me)?(?: that)? (?:shes|hes|theyre|she is|he is|they are|she was|he was) "
    r"sorry for everything\b",
    r"\b(?:never|didnt|did not|wouldnt) (?:ever )?g(?:a|i)ve up on (?:me|us)\b",
    r"\bwould (?:you|u|yall) rather\b",
    r"\b(?:faint\w*|pass\w* out) at the (?:dentist|doctors?|gp|hospital|sight of (?:blood|needles)|injection|vaccine|jab|"
    r"blood test)\b|\bwhat if i (?:faint|pass out)\b",
    r"\bepi ?pens? (?:is |are )?(?:out of date|expired|expir\w*|prescription|renew\w*)\b",
    r"\bgiv\w* (?:all )?(?:of )?my (?:old )?clothes away (?:cos|because|as|since|coz)\b",
    r"\b(?:bit\w*|pick\w*) (?:at )?my nails (?:till|until|so much|so bad) (?:they )?bleed\b",
    r"\b(?:another|a new|new) (?:one|job|place|flat|interview)s? lined up\b|\blined up (?:a|another|my) (?:job|interview|flat|place)\b",
    r"\bdisappear (?:to|into|in) (?:my|the) (?:room|bed|bedroom|flat|sofa|duvet)\b",
    r"\b(?:he|she|they|my (?:\w+ )?(?:brother|sister|mate|friend|flatmate|cousin|bf|gf|boyfriend|girlfriend)) jok(?:ed|es|ing) "
    r"about (?:jumping|killing|dying|ending)\b",
    # money and services named "crisis" / "emergency"
    r"\bcrisis (?:loans?|funds?|payments?|grants?|support(?: fund| scheme| payment)?|"
    r"scheme|contacts?|lines?|numbers?|team|teams|services?|cafe|house|cards?|plans?|"
    r"helplines?|text line|resolution team)\b",
    r"\b(?:cost of living|housing|financial|money|energy|climate|debt|cash|budget|rent|"
    r"fuel|identity|midlife|mid life|quarter life|existential|wardrobe|fashion|staffing|"
    r"nhs|care) crisis\b",
    # dying / dead / death as exaggeration
    r"\bdying (?:to|for) (?!be |live\b)\w+",
    r"\b(?:die|died|dying|dead)(?: of| from| with)? (?:laughing|laughter|boredom|"
    r"embarrassment|shame|cringe|thirst|hunger|cuteness|envy|jealousy|heat)\b",
    r"\b(?:lol|lmao|lmfao|haha\w*|rofl|omg) i am dying\b",
    r"\bi am dying (?:lol|lmao|lmfao|haha\w*|rofl|here|of|inside)\b",
    # laughing too hard to breathe: "crying laughing i cant breathe 😂" (😂 reads "lol")
    r"\b(?:cant|cannot|can not) breathe(?: (?:lol|lmao|lmfao|haha\w*|rofl))+\b",
    r"\b(?:laughing|laughed)(?: so (?:hard|much))?(?: \w+){0,3} (?:i )?(?:cant|cannot) breathe\b",
    r"\bto die for\b(?! (?:real|good|sure|certain|definite|defo|honest|serious))", r"\bdo or die\b", r"\bdie hard\b", r"\bnever say die\b",
    r"\bdie (?:in a|in the) (?:game|match|level|round)\b",
    r"\b(?:bored|scared|sick|worried|freezing|tickled|frightened|pissed|stressed) to death\b",
    r"\bdeath (?:by \w+|stare|metal)\b",
    r"\bdrop dead (?:gorgeous|beautiful|sexy|fit|lush|stunning|handsome)\b",
    r"\bover my dead body\b",
    r"\bdead (?:tired|funny|good|easy|serious|nice|hard|jealous|excited|bored|late|on|set|"
    r"keen|proud|happy|chuffed|busy|cold|hot|quiet|posh|lucky|sound|sure|right|gorgeous|"
    r"cute|boring|expensive|cheap|end|loss|weight|zone|heat|lush|lovely)\b",
    # kill / murder as exaggeration
    r"\bkill(?:ing|ed|s)? (?:some |the )?(?:time|it|the mood|the vibe|the game|them dead|"
    r"mould|the mould|germs|bacteria|weeds|spiders?|flies|mice|bugs)\b",
    r"\b(?:would|could|d|i would|i could) (?:literally |honestly )?kill for\b",
    r"\bkill for (?:a|an|some) \w+",
    r"\bmurder (?:a|an|some) \w+",
    # thing-subjects: "this job is going to kill me" (the only "kill me" a rule reads)
    r"\b(?:it|its|this|that|work|college|uni|school|form|forms|exams?|job|rent|bills|debt|"
    r"deadline|stress|anxiety|uc|boredom|waiting|queue|heat|hangover|feet|back|head|"
    r"suspense|shift|shifts|course|assignment|essay|commute|hill|gym|diet)(?: (?:is|are|"
    r"was|s|literally|actually|honestly|really|so|just|proper|absolutely|honestly)){0,2} "
    r"(?:going to|gonna|will|would|is going to|are going to) (?:literally |actually )?kill "
    r"(?:me|us)\b",
    # dye / die my hair
    r"\b(?:die|dye|died|dyed|dying|dyeing|dies|dyes) (?:my|her|his|your|their|me|the|it) "
    r"(?:own )?(?:hair|roots|fringe|eyebrows|brows|beard|clothes|jeans|shoes|trainers|top|"
    r"hoodie|tips|ends)\b",
    r"\bhair (?:dye|die)\b",
    # cut / cutting that isn't self-harm
    r"\bcut(?:ting|s)? (?:my|your|his|her|the|their|our) (?:own )?(?:hair|fringe|nails|grass|"
    r"hedge|losses|costs|ties|bills|hours|budget|spending|fringe|sandwich|cake|pizza)\b",
    r"\bcut(?:ting|s)? (?:back|down|costs|corners|out|off|ties|it short|in line)\b",
    r"\bcuts? to (?:my |the |our )?(?:benefits?|services|budget|hours|funding|bus)\b",
    r"\bhair ?cut\b",
    # round 74: "my hair appointment is a cut and colour"
    r"\b(?:a )?cut (?:and|&) (?:colour|color|blow dry|style|finish|fringe)\b",
    # accidental injuries, unless the message says it wasn't an accident: wanted, done
    # over and over, or "meant to" ("i keep burning myself with the iron", "gonna burn
    # myself with the straighteners", "burnt myself with the iron. meant to": dev rounds)
    r"(?<!want to )(?<!wanna )(?<!gonna )(?<!going to )(?<!need to )(?<!urge to )(?<!keep )"
    r"(?<!kept )(?<!been )(?<!started )(?<!start )(?<!cant stop )"
    r"\b(?:burn\w*|cut\w*|hurt\w*|scald\w*) (?:myself|herself|himself|themselves|my \w+|her \w+|his \w+) (?:(?:on|with|while|whilst|when|at|"
    r"playing|doing) (?:the |a |my |her |his )?(?:hair )?(?:oven|hob|iron|kettle|stove|pan|grill|tray|tin|"
    r"cooking|shaving|chopping|football|gym|training|work|pe|rugby|boxing|netball|"
    r"straighteners|curling)|(?:shaving|chopping|cooking|slicing|peeling|gardening))\b(?!.{0,40}\b(?:on purpose|deliberately|purposely|purposefully|"
    r"to feel|to punish|so it hurts|again and again|meant to|meant it|helps|getting worse)\b)",
    # "my sister is going to kill me if i forget her birthday again"
    # Only for trivial slips, never "if i tell", "if i dont pay" or money: a threat like
    # that is real until said otherwise.
    r"\b(?:is|s|are|will|gonna|going to|gon) (?:literally |actually )?kill me if i (?:forget|forgot|miss|lose|break|eat|am late|m late)\b(?!.{0,40}\b(?:money|pay|paid|owe|debt|cash|drugs|package|police|anyone|tell)\b)",
    # friends or family who "would kill me if i moved to manchester without them" (dev set
    # ae): affection, not a threat; never a partner, a "he" or a leaving, money or telling
    r"\b(?:mates|friends|bestie|besties|nan|nanna|sister|sis|mum|squad|girls|lads|cousins?|auntie|aunty) "
    r"(?:(?:said|say|says|reckon) )?(?:(?:they|she) (?:would|will|are gonna|is gonna|d)|theyd|shed|would|will|are gonna|is gonna) "
    r"(?:literally |actually )?kill me if i\b(?!.{0,40}\b(?:money|pay|paid|owe|debt|cash|drugs|package|police|anyone|"
    r"tell|told|left|leave|leaving|report\w*)\b)",
    # "deadly" as slang for great or awful: "this weather is deadly, staying in"
    r"\b(?:weather|rain|wind|cold|heat|traffic|queue|tune|song|film|movie|game|night|party|"
    r"match|show|gig|trainers|fit|outfit|food|chippy|kebab)(?: is| was| s)(?: \w+)? deadly\b",
    # shooting, hanging, jumping idioms
    r"\bsh[oa]t? (?:myself|yourself) in the foot\b", r"\bshoot myself in the foot\b",
    r"\bshot down\b", r"\b(?:get|got|getting|gets) shot of\b",
    r"\bhang(?:ing)? (?:out|on|around|about|in there|up|tight|onto|with)\b",
    # negated self-report (recall: only the phrase itself is hidden)
    r"\b(?:i am |im )?(?:not|never|never been|not really|definitely not|no longer) suicidal\b",
    r"\bsuicide (?:squad|prevention(?: \w+)?|awareness(?: \w+)?|rates?|statistics|stats|"
    r"doors?)\b",
    # hit / beat / touch idioms
    r"\bhit me up\b",
    r"\b(?:it|that|reality|realisation|realization|the news|news|the flu|the cold|covid|"
    r"hangover|tiredness|grief|exhaustion)(?: (?:just|really|suddenly|finally|all|has|had|"
    r"then|properly|hard)){0,3}(?: about(?: (?!he\b|she\b|they\b|someone\b|somebody\b)\w+){1,4})?"
    r" hit me\b",
    # grief dawning: "lost my nan last month and its hitting me now" (fresh dev set n)
    r"\b(?:its|it is|it s|its only|its just) (?:really |just |finally |properly |only |all |now )?(?:hitting|started hitting|"
    r"starting to hit) me(?= (?:now|hard|properly|more|that|how|like|all at once)\b)",
    r"\bhit (?:with|by) (?:a |the |another |my |an )?(?:bill|fine|sanction|charge|fee|"
    r"letter|debt|cold|flu|virus|bug|ccj)\b",
    r"\bbeat me (?:at|to)\b",
    r"\bbeat me in (?:a |the )?(?:race|game|match|quiz|final|fifa|round|argument)\b",
    # housing/admin idioms
    r"\blocked (?:myself )?out of (?:my |the )?(?:account|email|app|portal|phone|uc|"
    r"universal credit|journal|online|laptop|computer|profile|banking)\b",
    r"\bif i (?:become|became|end up|ended up|get made|got made|was made|were|was|ever|go|"
    r"get|got|am made) (?:made )?homeless\b",
    r"\b(?:might|could|may|risk of|worried (?:i|that i) (?:might|could|may|will)) (?:become|"
    r"becoming|end up|ending up|be made|being made) homeless\b(?! (?:tonight|today|now)\b)",
    r"\bbecoming homeless\b",
    r"\b(?:ambulance|paramedic|first aid) (?:course|driver|technician|training|job|"
    r"apprenticeship|qualification)\b",
    r"\b(?:nearly|almost|gonna|going to|will|would|could|might) (?:have |had |give me )?"
    r"(?:a )?heart attack\b",
    r"\bend (?:it|things) with\b",
    r"\bfeel (?:\w+ )?safe (?:leaving|keeping|storing|parking|locking|lending|giving)\b",
    r"\b(?:passed|pass|passing) out (?:laughing|from laughing)\b",
    r"\b(?:not|isnt|arent|wont|stopped|doesnt|hasnt been|never) (?:responding|replying|"
    r"responsive) to (?:my |your |the |any |our )?(?:emails?|messages?|texts?|calls?|letters?|"
    r"complaints?|dms?|snaps?|chats?|whatsapps?|voicemails?)\b|\bunresponsive to (?:my |your "
    r"|the |any |our )?(?:emails?|messages?|texts?|calls?|letters?|complaints?|dms?|snaps?)\b",
    # devices, apps and offices that "aren't responding" or "went blue"
    r"\b(?:phone|laptop|app|apps|screen|computer|pc|website|site|page|tv|telly|console|xbox|"
    r"playstation|ps4|ps5|switch|ipad|keyboard|mouse|printer|touchscreen|browser|link|button|"
    r"game|server|wifi|router|portal|system|program|programme|its|it|council|landlord|office|"
    r"agency|housing|college|uni|school|bank|journal|pa|social worker|worker|adviser|advisor|"
    r"caseworker|case worker|work coach|dwp|nhs|gp|surgery|doctors|solicitor|lawyer)(?: (?:is|s|has|keeps|just|still|totally|"
    r"completely|been|was|are|literally|now))* (?:not|isnt|wont|stopped|doesnt|hasnt been|no "
    r"longer|keeps not|arent|wasnt)? ?(?:responding|responsive|unresponsive|moving|working)\b",
    r"\b(?:hair|dye|paint|walls?|sky|screen|lights?|led|water|jeans|tips|ends|nails)\b "
    r"(?:\w+ ){0,2}?(?:turning|turned|going|gone|went) (?:blue|grey|purple)\b",
    # eviction as a worry or a question, not tonight: "scared of getting evicted", "what
    # happens if i get evicted", "my landlord is trying to kick me out" (homelessness
    # prevention questions; "evicted today", "kicked me out tonight" still fire)
    r"\b(?:scared of|worried about|worried ill|afraid of|frightened of|stop|stop me|avoid|"
    r"prevent|risk of|at risk of|if i|what if i|when i|happens if i|before i|facing|threatened "
    r"with|threatening with|chance of|how not to) (?:\w+ )?(?:getting |get |be |being |got )?"
    r"evicted\b(?! (?:today|tonight|now|right now|this morning|this evening)\b)",
    r"\b(?:trying to|wants to|want to|might|could|may|threatening to|threatened to|planning "
    r"to|talking about|on about) (?:\w+ )?kick(?:ing)? (?:me|us) out\b(?!.{0,30}\b(?:today|"
    r"tonight|now|right now|this evening|this morning)\b)",
    # "beats me" with no subject means "I don't know"
    r"(?:^|(?<=\. ))beats me\b(?! (?:up|every|when|with|all|and|if|again)\b)",
    # "looked for ages and got nowhere": no progress, not nowhere to sleep
    r"\b(?:tried|trying|looking|looked|applying|applied|asking|asked|searching|searched|"
    r"phoning|calling|ringing|emailing|chasing|waiting)\b.{0,40}?\b(?:and|but) (?:i )?(?:have "
    r"|ive )?(?:still |just )?(?:got|getting|get) nowhere\b(?! (?:to (?:sleep|stay|go|live)|"
    r"tonight)\b)",
    # mild faintness after a blood test or in the heat: "went a bit faint lol" (dev round 52)
    # (only with an everyday cause: "i feel kind of faint" after cutting is an emergency)
    r"\b(?:blood test|blood tests|injection|jab|vaccine|vaccination|needle|giving blood|gave blood|"
    r"the heat|so hot|roasting|boiling in|standing up too fast|stood up too fast|skipped breakfast|"
    r"no breakfast)\b.{0,40}?\b(?:a bit|a little|abit|bit|slightly|kinda|kind of|a tad|little bit|"
    r"a lil|lil bit) (?:faint|lightheaded|light headed|dizzy)\b",
    # a bruise, not a blue or grey face: "stubbed my toe so hard its gone purple", "took a
    # cricket ball to the shin, its purple now" (dev rounds 51-52)
    # (never hands, fingers, feet or nails: blue there can be a tourniquet or no oxygen)
    r"\b(?:toe|toes|knees?|shins?|ankles?|toenails?|bruises?|elbows?|knuckles?|heel|eye)\b"
    r"(?: \w+){0,7}? (?:turning|turned|going|gone|went|is|its|it is|now) "
    r"(?:all )?(?:blue|purple|black and blue|yellow)\b",
    # a game, not a threat: "hes gonna kill me at fifa tonight lol" (dev round 52)
    r"\bkill (?:me|us) (?:at|on|in) (?:fifa|fortnite|cod|call of duty|warzone|apex|cards|monopoly|chess|"
    r"uno|mario ?kart|smash|tekken|street fighter|pool|darts|the game|ranked|1v1|a 1v1|scrabble|"
    r"bowling|ping pong|table tennis)\b",
    # someone cross about a thing: "my landlord is gonna kill me when he sees the carpet"
    r"\bkill (?:me|us) when (?:he|she|they|my \w+) (?:sees?|finds? out about|notices?|gets?|looks at) "
    r"(?:the|my|this|that|our) (?:carpet|mess|walls?|kitchen|bill|bills|damage|state of|car|grades|"
    r"results|report|marks|room|bedroom|hair|tattoo|garden|phone bill|dent|scratch|stain)\b",
    # fresh dev set e (2026-12-05): subscriptions ended, money "choking" me, a train
    # delayed by someone else's accident, a football score, "life admin", a charity sleep out
    r"\bending (?:it all|everything)\W+(?:\w+ ){0,2}(?:gym|netflix|spotify|subscriptions?|contracts?|"
    r"direct debits?|amazon prime|disney|memberships?|phone contract)\b",
    r"\b(?:overdraft|debt|debts|rent|bills?|loans?|credit card|money|interest|council tax|this job|work|"
    r"uni|college|deadlines?|stress) (?:is|are|s|has been|keeps?) (?:\w+ )?(?:choking|strangling|suffocating|"
    r"crushing|drowning) (?:me|us)\b",
    r"\b(?:delay\w*|cancel\w*|disruption|trains?|station)\b.{0,60}?\b(?:someone|somebody|a person|a man|"
    r"a woman) (?:was |got |being )?hit by (?:a|the) train\b",
    r"\b(?:team|side|we|us|they|the lads|the girls) (?:got|get|were|was) (?:absolutely |proper |well |so )?"
    r"(?:battered|beaten|thrashed|hammered|destroyed|smashed) \d+(?: ?(?:-|nil|to)? ?\d+)?\b",
    r"\blife admin\b",
    r"\b(?:(?:sponsored|charity|fundraising|fundraiser|big|the|a) sleep ?out|sleep ?out(?= (?:for|to raise|in aid)))"
    r"(?: (?:for|to raise (?:money )?for|in aid of) (?:\w+ ){0,3}(?:homeless|homelessness)(?: \w+)?)?\b",
    # dev rounds 53-54: an animal's bite, a "deadly" drop in a track, a night's shots, a
    # bungee jump, a foster carer keeping documents, cliff jumping for fun, trainers to die for
    r"\b(?:dog|dogs|cat|cats|hamster|rabbit|horse|puppy|kitten|snake|parrot|ferret|rat|mouse|wasp|bee|spider)s? "
    r"(?:\w+ )?(?:bit|bitten|scratched|stung) (?:me|my \w+)\b",
    r"\b(?:drop|beat|bass|track|song|tune|album|verse|bars?|fit|outfit|look|kick|serve|goal|aim|combo|move|"
    r"defence|striker|finish|left foot|right foot) (?:\w+ ){0,3}(?:is|was|s|looks) (?:\w+ )?(?:deadly|lethal)\b",
    r"\btoo many (?:shots|drinks|jagerbombs|jaegerbombs|pints|beers|tequilas?|vodkas?|sambucas?|cocktails|bevs)\b",
    r"\bbungee (?:jump\w*)?(?: (?:off|from) (?:a |the )?\w+)?",
    r"\bif (?:my )?(?:foster carers?|carers?|social worker|pa|council|leaving care team|placement|support worker|"
    r"key ?worker|solicitor|home office) (?:has|have|holds?|kept|keeps) my (?:passport|id|documents|papers|birth certificate)\b",
    r"\bcliff jumping\b|\btombstoning\b",
    r"\b(?:gonna|going to|will|ill|i will) (?:literally )?die if i (?:dont|do not|cant|cannot) (?:get|see|have|go|win|buy)\b",
    # redacted records, not fainting
    r"\b(?:bits|parts|names|sections|pages|words|lines|details|information|info|text|"
    r"windows|screen|records|documents|files) (?:\w+ ){0,2}?blacked out\b|\bblacked out "
    r"(?:bits|parts|names|sections|pages|words|lines|details|windows|text)\b",
    # the writer can't be the one who isn't moving / can't wake up: "i'm not moving out",
    # "i can't wake up in the mornings"
    r"\bi am (?:just |really |definitely |still )?not moving\b",
    # "i can't wake up in the mornings" is about sleep, not an emergency
    r"\bi (?:just |really |literally |always |never )?(?:cant|couldnt|struggle to|can never) "
    r"wake up(?= (?:in the morning|in the mornings|on time|early|for|before|at|when|till|"
    r"until|til|in time|properly|with))",
    r"\b(?:dog|dogs|pet|cat|horse) groom\w*|\bgrooming (?:course|salon|kit|business|parlour|"
    r"products?|routine)\b",
    # Idioms from the hard negatives of folded rounds 7 and 8 (tests/crisis/rounds).
    r"\b(?:my )?(?:pa|mum|mam|nan|gran|dad|teacher|boss|sister|bro|brother|mate|carer)s?(?: s| is)?(?: said| says)?"
    r"(?: she will| he will| shell| hell| she ll| he ll)?(?: will| would)? "
    r"(?:gonna |going to )?(?:kill|strangle|murder|throttle) me (?:if|when) [^.]*?(?:lol|haha\w*|lmao)\b",
    # dev rounds 55-56: "lowkey want to die at how cringe my old insta is", "i want to end it
    # all... with my mobile provider lol"
    r"\bdie (?:at how|of|from) (?:cringe|embarrassment|second ?hand embarrassment)\b",
    r"\bend (?:it|it all|things|everything)\W{0,5}with (?:my|the|this|that|our) (?:\w+ )?(?:provider|phone|contract|gym|"
    r"bank|landlord|job|boss|course|college|uni|energy|broadband|network|supplier|subscription)\b",
    r"\b(?:killing|kill|killed) (?:myself|herself|himself|themselves) laughing\b",
    # fresh dev set f: a word asked about ("what does kms mean, my little cousin wrote it")
    r"\bwhat (?:does|do|is) (?:kill myself|kill yourself|kms|kys|ctb|unalive|unaliving|sh|self harm|sewer slide|"
    r"self delete) (?:mean|stand for)\b",
    # "an overdose of love", "overdose awareness day"; never "an overdose of paracetamol" or
    # "of my meds" (until 2026-12-05 any "overdose of" but pills or tablets was masked).
    r"\boverdose (?:awareness\w*|of (?!(?:my|his|her|their|your|the|some|all|those|these|them|it|a|an|"
    r"\d+\w*|meds|medication|medicines?|tablets|pills|" + DRUG + r")\b)\w+)",
    # Fresh dev set (2026-12-05): food by the box, an everyday last message, rope for
    # everyday things, a shaving cut, a parcel left outside, first aid asked in advance.
    r"\b(?:whole|full|entire) (?:packet|pack|box|tub|bag|tin|jar|tray|plate|multipack|sharing bag|tube) of "
    r"(?:biscuits|crisps|sweets|chocolates?|celebrations|quality street|heroes|roses|cookies|doughnuts|donuts|"
    r"pizza|cake|haribo|maltesers|popcorn|cereal|pringles|oreos|jaffa cakes|noodles|chips|nuggets|wings|mince pies)\b",
    r"\boverdos(?:e|ed|ing) on (?:quality street|celebrations|heroes|haribo|biscuits|crisps|pizza|cake|mince pies|"
    r"junk food|takeaways?|gym|cardio)\b",
    r"\blast (?:message|msg|text)(?: from me)? (?:for|of) (?:today|tonight|the day|now)\b"
    r"(?=.{0,50}\b(?:data\w*|battery|credit|bed|sleep|night x|work|shift|college|lesson|class|dinner|tea)\b)",
    r"\brope (?:for|to (?:make|put up|tie)) (?:a |my |the |some |our )?(?:washing|clothes|tent|camping|d of e|dofe|"
    r"climbing|swing|tyre swing|skipping|tug|boat|dog|hammock|fairy|lights|boxing|gym|plants?|bunting|crafts?|macrame)\w*|"
    r"\brope lights?\b|\bskipping ropes?\b|\bjump ropes?\b|\bclimbing ropes?\b",
    r"\b(?:shaving|paper) cuts?\b",
    r"\b(?:parcel|package|delivery|post|amazon|bike|bins?|scooter|shoes)\b.{0,20}?\boutside my (?:door|flat|house)\b",
    r"\b(?:what|how) (?:should|do|would|can) (?:i|you|u|we) (?:do|help|react)(?: \w+)? (?:if|when) "
    r"(?:someone|somebody|a person|anyone|people)(?: ever)? (?:has|have|gets|get|goes into|go into) (?:a |an )?"
    r"(?:seizure|fit|panic attack|asthma attack|allergic reaction|heart attack|hypo)\b",
    r"\bfollow\w* me on (?:insta\w*|ig|tiktok|twitter|x|snap\w*|facebook|fb|youtube|twitch|spotify|threads)\b",
    # Fresh dev set b over REST: too many naps, late for a meeting, giving blood, gum, a
    # weekend away.
    r"\btoo many (?:naps|selfies|photos|pics|snacks|biscuits|sweets|chocolates|coffees?|energy drinks|monsters|tabs|"
    r"episodes|late nights|takeaways|mince pies|cookies|doughnuts|crisps|carbs|hours)\b",
    r"\b(?:not|wont|never) (?:going to |gonna )?make it (?:to|in) (?:the |my |this |our )?(?:\w+ )?(?:meeting|appointment|"
    r"lesson|class|college|uni|school|work|shift|bus|train|party|interview|game|match|gym|session|review)\b|"
    r"\bmake it (?:on time|in time)\b",
    r"\b(?:gave|give|giving|donat\w*) blood\b|\bblood (?:tests?|donation|donor|pressure|sugar|type|group|results?|bank)\b",
    r"\bswallow\w* (?:my |some |the )?(?:chewing )?gum\b",
    # Fresh dev set c: tablets packed for a holiday, an EpiPen to renew, fake blood in a
    # film for college, a song called "die with a smile", a cliff rather than a wedding (never "rather be
    # dead than": that is a crisis).
    r"\btaking (?:all )?my (?:tablets|meds|medication|medicine|pills)(?: with me)? (?:on holiday|abroad|on the plane|"
    r"in my hand luggage|to (?:spain|turkey|pakistan|india|nigeria|poland|romania|my nans))\b",
    r"\bepi ?pens? (?:expires?|expired|expiring|prescription|refill|runs out|ran out|renewal|in date|out of date)\b|"
    r"\b(?:new|renew|replace) (?:my |an |a )?epi ?pen\b",
    r"\bfake blood\b|\bin the (?:film|video|play|short film) (?:we|i) (?:made|filmed|did)\b",
    r"\bdie with a smile\b",
    r"\b(?:banter|jokes?|roasts?|comebacks?|chat|tekkers|skills|shot|finish\w*|tackle)s? (?:is|are|was|were|s) "
    r"(?:actually |so |proper )?(?:lethal|deadly|killer)\b",
    r"\b(?:id|i would|i d) (?:honestly |literally )?rather (?:jump off a cliff|eat glass) than\b",
    r"\bdisappear (?:for|off for) (?:the|a|a few|the whole) (?:weekend|week|day|days|bit|while|night|holiday|summer)\b"
    r"(?! and (?:never|not come back))",
    r"\b(?:weather|cold|wind|ice|roads?) (?:is|was|s) lethal\b",
    r"\bin crisis with (?:his|her|their|my|the) (?:rent|money|bills|debt|landlord)\b",
    r"\bnot safe to (?:drive|use|drink|go out)\b",
    r"\bcant take it any ?more with (?:my|the|these|this) \w+",
    r"\btired of being here in (?:this|the|my) (?:hostel|flat|place|room|house|b and b)\b",
    r"\b(?:wont|will not) be (?:here|around) (?:this|next) (?:weekend|week|month)\b",
    r"\bso done with (?:forms?|this form|paperwork|the forms?)\b",
    r"\b(?:area|street|estate|road|park)(?: s| is)? (?:doesnt|does not|dont|do not) feel (?:that )?safe at night\b",
    # Idioms behind the full-reply false alarms of dev rounds 23 to 30: an "overdose" of
    # something that is no drug, things and game characters that "keep dying", getting off
    # a bus, laughing until you can't breathe, fainting at needles, a question about an
    # eviction to come.
    r"\boverdos(?:e|ed|ing) on (?:netflix|coffee|caffeine|sugar|sweets|chocolate|energy drinks?|monsters?|"
    r"red ?bull|tiktok|memes|revision|sleep|carbs|tv|youtube|telly|love|anime|k ?dramas?)\b",
    r"\b(?:character|guy|plants?|wifi|internet|signal|battery|phone|laptop|controller|hero|player|game|"
    r"sims?|tamagotchi)s? (?:\w+ )?(?:keeps?|kept) dying\b",
    r"\b(?:keep|keeps|kept) dying (?:on|in|to|at) (?:the|this|that|a) (?:same |last |final |first )?"
    r"(?:boss|level|game|mission|part|bit|round)\b",
    r"\bjump(?:ed|ing)? off the (?:bus|tram)\b|\bjump(?:ed|ing)? off the train (?:at|a|one|two|early)\b",
    r"\b(?:cant|could not|couldnt) breathe (?:from|for|with|because of) laugh\w*\b|\b(?:crying|dying) laughing\b",
    r"\bfaint(?:ed|s)? at (?:the sight of )?(?:blood|needles|injections|jabs|blood tests)\b",
    r"\b(?:will|would|could|can|might) (?:they|he|she|my landlord|the landlord|the council) kick me out\b",
    r"\bnot in (?:a )?crisis\b",
    # Dev rounds 33-34: a pet hit by a car, and a hangover "i want to die" said laughing.
    r"\b(?:cat|cats|dog|dogs|puppy|kitten|hamster|rabbit|bunny|pet|horse|tortoise)s? (?:got|was|has been|s been|"
    r"just got) (?:hit|run over|knocked over)\b",
    r"\bhung ?over (?:\w+ ){0,3}(?:i )?(?:want|wanna|could|just want) (?:to )?die (?:lol|lmao|haha\w*|never|\.)",
    # Dev rounds 41-42: visiting a loved one's grave, and a friend bereaved by suicide
    # ("my friend lost her brother to suicide, how can i support her").
    r"\b(?:going|go|goes|went|been|visit\w*) (?:up |down |over )?(?:to )?(?:the|her|his|their|my \w+s) "
    r"grave\w* (?:with (?:some )?flowers|to (?:visit|see|put|lay|leave|clean|tidy|take))\b",
    r"\b(?:lost|losing) (?:her|his|their) (?:\w+ ){1,2}to suicide\b",
    # Dev rounds 43-44: "kms the wifi is down", a spare key, a personal trainer, the weather,
    # a faint a doctor has explained, an album's name.
    r"\bkill myself (?:the|my) (?:wifi|internet|phone|laptop|bus|train|printer|signal|charger)\b",
    r"\blocked out of (?:my|the) (?:flat|house|home|room|place)\b(?=.{0,40}\b(?:spare key|locksmith)\b)",
    r"\b(?:pt|personal trainer|coach|instructor|trainer)s? (?:is |are )?(?:trying to |going to |about to )?"
    r"(?:end|kill|murder|destroy) (?:me|us)\b",
    r"\b(?:weather|cold|heat|rain|snow|wind)\b(?: \w+){0,3} makes? me (?:want to|wanna) die\b(?= (?:lol|lmao|haha\w*)\b)",
    r"\bfaint(?:ed)?\b(?=.{0,50}\b(?:doctor|gp|nurse|dr) (?:said|says|thinks|reckons)\b)",
    r"\bsuicide (?:season|squad|boys)\b",
    # Dev rounds 45-46: PE drills and car doors called "suicides", a dead leg, a roof
    # terrace, the last message before bed.
    r"\bsuicide (?:runs?|drills?|sprints?|doors?)\b|\b(?:call|called|calls) (?:them |it )?suicides\b",
    r"\b(?:leg|legs|arm|arms|foot|feet|hand|hands) (?:went|gone|has gone|have gone|is|are) dead\b",
    r"\broof terrace\b",
    r"\blast (?:message|msg|text)(?: from me)? tonight\b(?=.{0,25}\b(?:bed|sleep)\b)",
    # Fresh dev sets ao and ap (twenty-first session): grooming kit, a hostel's daytime hours,
    # delivery work for an app, a move abroad, trainers, a goodbye at a case's closing when
    # doing well, friends' joke, a flight ("need new blades for my clippers, does the setting
    # up home allowance cover grooming stuff", "my hostel kicks us out at 10am", "i do
    # deliveries for an app", "not sure ill still be around next year, might move to
    # australia", "id rather be dead than seen in those trainers", "this is goodbye from me,
    # my case is closing and im doing good x", "my mates keep saying kms as a joke", "by the
    # time you read this ill be on the plane to spain")
    r"\bgrooming (?:stuff|kit|products?|things|bits|supplies|set|tools|course|salon|business|parlour|appointment)\b|"
    r"\b(?:dog|pet|cat|beard|hair) grooming\b",
    r"\bkicks? us out (?:at \d+\w*|every (?:day|morning)|in the (?:day|morning)|during the day)\b",
    r"\bdo deliveries for (?:an app|the app|deliveroo|uber ?eats|just ?eat|amazon|evri|dpd|a (?:takeaway|pizza place|courier))\b",
    r"\b(?:still )?be around next year\b(?=.{0,40}\b(?:move|moving|travel\w*|visa|abroad|emigrat\w*)\b)",
    r"\brather be dead than (?:be )?(?:seen|caught|spotted) (?:in|wearing|at|with (?:a|that|those|this))\b",
    r"\bthis is goodbye from me\b(?=.{0,60}\b(?:doing (?:good|well|great|ok|okay|fine)|all good|proud of myself)\b)",
    r"\b(?:mates?|friends?|people|everyone|they) (?:keep |keeps |always |kept )?(?:saying|say|says|said) kill myself"
    r"(?= (?:as a|like a|for a) joke\b)",
    r"\bby the time (?:you|u|anyone) (?:read|reads|see|sees) this (?:i will|i ll|ill|i am|i) (?:be )?"
    r"(?:on (?:the |a |my )?(?:plane|flight|ferry|coach)|(?:on|in) holiday|in the air)\b",
    # Rounds 91-92 (read after their after-run): someone else's self-harm asked about to
    # support them, a quiz question, a friend's past collapse ("my friend self harms and i
    # want to know how i can support her better", "whats the highest bridge in the uk, pub
    # quiz argument", "my mate collapsed from heatstroke last summer, how do i spot the signs")
    r"\bmy (?:friend|mate|sister|brother|bf|gf|boyfriend|girlfriend|partner|flatmate|cousin) (?:self harms|is self harming)\b"
    r"(?=.{0,60}\b(?:support|help|be there for) (?:her|him|them)\b)",
    r"\b(?:highest|tallest|longest|biggest) bridge\b(?=.{0,40}\b(?:quiz|argument|trivia|debate|bet)\b)",
    r"\bcollapsed (?:from|with) (?:heat ?stroke|heat exhaustion|dehydration|exhaustion)\b(?=.{0,20}\b(?:last|in) "
    r"(?:summer|year|month|week|winter|spring|june|july|august)\b)",
    # Fresh dev sets aq and ar (twenty-second session): a friend's self-harm asked about to
    # help, first aid learned for a flatmate's epilepsy, a Halloween noose, a smell or a
    # blocked nose, a group project, the exams, payday and pizza, a coffee not yet had
    # ("how do i support my mate who told me she self harms, i want to help", "what to do if
    # someone has a seizure, my flatmate has epilepsy and wants me to know", "the smell in
    # my hallway is so bad i cant breathe", "everyones better off without me in the group
    # project lol", "i just want it all to be over... the exams that is", "nothing to live
    # for except payday and pizza", "if i dont get a coffee in the next 10 mins im gonna
    # pass out"). Each keeps its risky neighbour: "my mate self harms and shes bleeding
    # now", "my flatmate is having a seizure", "i cant breathe and my chest is tight".
    r"\bhow (?:do|can|should|could) i (?:support|help|be there for) (?:my )?(?:friend|mate|sister|brother|bf|gf|boyfriend|"
    r"girlfriend|partner|flatmate|cousin) who (?:\w+ ){0,3}?(?:self harms|self harm|is self harming|has been self harming)\b"
    r"(?!.{0,40}\b(?:now|right now|rn|tonight|bleeding|blood)\b)",
    r"\bwhat (?:to do|do (?:i|you|u) do|should i do|would i do) (?:if|when) (?:someone|somebody|a person|he|she|they|my \w+) "
    r"(?:has|is having|have|has got) (?:a |an )?(?:seizure|fit|asthma attack|allergic reaction|hypo)\b"
    r"(?!.{0,40}\b(?:now|right now|rn|help)\b)",
    r"\bnoose\b(?=.{0,60}\b(?:halloween|decorations?|costume|prop|fancy dress)\b)",
    r"\b(?:halloween|decorations?|costume|fancy dress)\b.{0,60}?\bnoose\b",
    r"\b(?:smell|smells|stink|stinks|stench|reeks?)\b.{0,40}?\bcant breathe\b(?!.{0,40}\b(?:chest|asthma|inhaler|panic)\b)",
    r"\bcant breathe (?:through|out of) (?:my nose|it|one side|one nostril)\b",
    r"\bbetter off without me (?:in|on) (?:the|our|my|this) (?:group project|group|team|project|squad|band|side|quiz team|"
    r"five a side|5 a side|rota|group chat)\b",
    r"\bwant (?:it all|it|this|everything) to be over[\s.,!]*(?:the |these |my )?(?:exams?|essays?|deadlines?|term|week|"
    r"semester|shift|move|interview|assessments?|coursework)\b(?= (?:that is|i mean|lol|haha|lmao)\b)",
    r"\bnothing to live for (?:except|apart from|but|other than|besides) (?:payday|pizza|the weekend|fridays?|takeaways?|"
    r"my (?:bed|xbox|ps5|playstation))\b",
    r"\bif i (?:dont|do not) (?:get|have|grab) (?:a |some |my )?(?:coffee|tea|caffeine|brew|nap|red bull|monster|energy drink)\b"
    r".{0,40}?\b(?:gonna|going to|will|ll) (?:pass out|faint|collapse|die)\b",
    # and their check-ins: a razor that cut while shaving, away on a visit "so i wont be
    # about", someone in the flat who turns out to be known, a debt call that is a scam,
    # birds or drinkers on a roof, "i wont need anything else for now"
    r"\bcut (?:me|myself|my (?:legs?|face|chin|neck)) (?:to bits |to pieces |up |loads |again )?(?:while |when |whilst )?shaving\b",
    r"\bfor (?:\d+|a few|a couple of|two|three|four) (?:days|weeks|months) so i (?:wont|will not) be (?:about|around)\b",
    r"\bsomeone in my (?:flat|house|room|place) who shouldnt be\W+(?:its|it is|it s) (?:my|the|our) (?:flatmates?|housemates?|"
    r"landlords?|neighbours?|mums?|sisters?|brothers?)\b",
    r"\bi owe (?:hmrc|the tax ?man|the council|dvla|tv licen[cs]ing|the bank)\b(?=.{0,60}\bscam\b)",
    r"\b(?:pigeons?|birds?|seagulls?|gulls?|squirrels?|rats?|mice|crows?) (?:\w+ ){0,2}on the roof\b",
    r"\bpeople (?:sitting|drinking|hanging about|hanging around|smoking) on the (?:car park )?roof\b",
    r"\b(?:wont|will not|dont|do not) need anything else for now\b",
    # Rounds 93-94 (read after their after-run): idioms, a will "no rush", a song quoted, an
    # old box of tablets, a pet that jumps or follows, a leaflet's overdose section ("gonna
    # disappear off the face of the earth after this shift", "wish i could disappear when my
    # mum rings, shes so embarrassing", "my bestie said she was gonna unalive me for spoiling
    # the new marvel film", "the song lyrics go like ill end it all tonight but its about a
    # breakup", "my cat tried to jump off the balcony chasing a pigeon", "got followed by a
    # cat all the way home")
    r"\bdisappear off the face of the earth\b(?=.{0,40}\b(?:after (?:this|my|the|work)|netflix|phone off|for (?:a|the) "
    r"(?:bit|while|weekend|week|day))\b)",
    r"\bwish i could (?:just )?disappear when (?:my|the|she|he|they|people)\b(?=.{0,60}\b(?:embarrass\w*|cringe|awkward)\b)",
    r"\b(?:overdose|od) (?:bit|section|part|warning|info|information) (?:on|in) (?:my |the )?(?:meds |medicine |tablets? )?"
    r"(?:leaflet|box|packet|label)\b",
    r"\bif anything (?:ever )?(?:happens|happened)(?: to me)?\b(?=.{0,30}\b(?:no rush|just in case|to be safe|to be sensible)\b)",
    r"\b(?:write|make|do) (?:a|my) will\b(?=.{0,100}\b(?:no rush|sensible|organised|responsible|everyone should have one)\b)"
    r"(?!.{0,100}\b(?:today|tonight|tomorrow|this weekend|before (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday)|"
    r"much longer|wont need|wont be|after this)\b)",
    r"\b(?:gonna|going to|will|would|wants to|was gonna|was going to) unalive me for (?:spoiling|eating|telling|posting|"
    r"forgetting|being|not|using|wearing|nicking|borrowing)\b",
    r"\b(?:the )?(?:song|lyrics?|track|verse|chorus) (?:\w+ )?(?:go|goes|say|says) (?:like |something like )?.{0,60}?"
    r"(?= but (?:its|it is|its all) about\b)",
    r"\b(?:box|packet|pack|bottle|strip) of (?:tablets|pills|paracetamol|ibuprofen|meds)\b(?=.{0,60}\b(?:still ok|still good|"
    r"out of date|expired|expiry|bin them|throw them|use by|in date)\b)",
    r"\bmy (?:cat|dog|kitten|puppy|hamster|rabbit|parrot|bird|budgie) (?:\w+ ){0,2}?(?:tried|keeps trying|wants|almost|nearly) "
    r"to jump (?:off|out of|from)\b",
    r"\bfollowed by (?:a|the|this|my|some) (?:cat|dog|kitten|puppy|fox|pigeon|seagull|duck|goose|swan)\b",
    # and their check-ins whose words were the alarm: a pet given away for a move, the PA in
    # the flat, a phone battery dying, a holiday "gone... to magaluf", skating at the bridge,
    # a cliff-edge photo, first aid for an epileptic friend, a leaflet for college
    r"\b(?:gave|giving|given) (?:away )?(?:my |all my )?(?:\w+ ){0,5}?(?:cos|because|since|as) (?:i am|we are) "
    r"(?:moving|going to uni|off to uni)\b",
    r"\bsomeone(?: s| is|s)? in my (?:flat|house|room|place)(?: right now| rn| now)?\W+(?:it is |its )?my (?:pa|social worker|"
    r"support worker|landlord|key ?worker)\b",
    r"\b(?:battery|batterys|phone)(?: s| is)? (?:is )?(?:about to|gonna|going to|nearly|on the verge of) die\b",
    r"\b(?:i will|i ll|ill) be gone\W+(?:to|on holiday|on hols)\b(?! (?:a better place|heaven|sleep|the other side|the next life)\b)",
    r"\bhanging (?:out|about|around) (?:at|on|by|under) the (?:bridge|car park|roof|cliff|river)\b(?=.{0,40}\b(?:skat\w*|bmx|"
    r"bikes?|lads|mates|friends|boys|girls)\b)",
    r"\b(?:edge of the cliff|cliff edge)\b(?=.{0,30}\bfor (?:a |the )?(?:pic|photo|selfie|picture|view|insta)\b)",
    r"\bif (?:she|he|they|someone|my \w+) (?:ever )?(?:has|have|gets) (?:a |an )?(?:fit|seizure|asthma attack|hypo)\b"
    r"(?!.{0,40}\b(?:now|right now|rn|help)\b)",
    r"\b(?:overdose|od) risks?\b(?=.{0,80}\b(?:leaflet|assignment|college|uni|course|poster|project|essay)\b)",
    # Fresh dev sets as and at (twenty-third session): food, a part in a play, anger at a
    # cancelled meeting, a stranger's collapse seen yesterday, a friend's relapse long past,
    # winter medicines, a grandparent's accidental overdose asked about as paperwork, a
    # nosebleed ("overdosed on cheesy chips last night", "i have to die on stage every
    # night", "im so angry i could punch a wall, they cancelled my meeting again", "someone
    # collapsed at the bus stop yesterday ... the ambulance came. want to do a course", "my
    # friend said she relapsed last year but shes in therapy now and doing good",
    # "stockpiling paracetamol and lemsip before winter cos i always get ill", "coroner said
    # my nan died from an accidental overdose of her heart meds, do i need to sort
    # anything", "the bleeding wont stop... my nose i mean"). Each keeps a risky neighbour in
    # tests/crisis/test_session_twentythree.py.
    r"\boverdos\w* on (?:cheesy|loaded|salty|spicy|crispy|greasy|dirty|curly|peri peri|garlic) (?:chips|fries|nuggets|"
    r"pizza|wings|noodles)\b",
    r"\b(?:have to|has to|had to|get to|got to) die on stage\b|\bdie on stage every (?:night|show|performance|time)\b",
    r"\b(?:so angry|so mad|fuming|raging|so annoyed|so wound up|livid)\b.{0,20}?\bi could punch (?:a|the) wall\b"
    r"(?!.{0,60}\b(?:bleed\w*|blood|knuckles?|hands?|fists?)\b)",
    r"\b(?:someone|somebody|a (?:man|woman|lady|guy|girl|boy|bloke|person|kid)) collapsed\b"
    r"(?=.{0,50}\b(?:yesterday|last (?:night|week|month))\b)(?=.{0,120}\b(?:ambulance came|paramedics came|"
    r"(?:he|she|they) (?:was|were) ok|course|first aid)\b)",
    r"\brelapsed (?:\w+ ){0,2}?(?:last year|last month|years ago|months ago|a while ago|ages ago)\b"
    r"(?=.{0,60}\b(?:doing (?:good|well|better|ok|great)|in therapy|better now|fine now|clean now|recovered)\b)",
    r"\bstockpil\w* (?:\w+ ){1,4}?(?:before|for) (?:the )?(?:winter|flu season|cold season)\b"
    r"(?!.{0,80}\b(?:enough|end it|die|for when|kill|not wake|all at once|in one go)\b)",
    r"\b(?:died|passed away|passed) (?:from|of|after) an accidental overdose of (?:her|his|their) \w+(?: \w+)?\b"
    r"(?=.{0,60}\b(?:do i need to|sort|funeral|inquest|paperwork|forms?|what happens)\b)",
    r"\b(?:the )?bleeding (?:wont|will not|doesnt|does not|wouldnt|would not) stop\b(?=\W+(?:\w+ ){0,2}?"
    r"(?:my |from my |its my |it is my )?nose\b)",
    # Rounds 95-96 (read after their after-run): a last message because the service ends at
    # 25, a question about who Samaritans is for, a goodbye card for old flatmates ("this is
    # my last message to this service, im 25 next week so im aging out", "is samaritans only
    # for people in crisis or can you ring them just to talk", "wrote a goodbye note for my
    # old flatmates, they were legends")
    r"\bthis is my last message(?: to (?:this|the|you|u) ?(?:service|bot|chat|lot)?)?\b(?=.{0,60}\b(?:age?ing out|turn(?:ing)? 25|"
    r"i am 25|25 next (?:week|month)|too old for)\b)(?!.{0,120}\b(?:wont make it|wont be here|end it|kill|die|forever)\b)",
    r"\b(?:only )?for (?:people|someone|anyone|those|ppl) (?:who are )?in crisis\b",
    r"\bgoodbye (?:note|card|letter|message) (?:for|to) (?:my |the |our )?(?:old )?(?:flatmates?|housemates?|colleagues|"
    r"coworkers|team|class|classmates|carers?|foster carers?|mates|friends|neighbours?|key ?workers?|staff)\b"
    r"(?=.{0,60}\b(?:legends?|moving|leaving|new (?:job|flat|place|house)|uni|card|signed|miss them|the best)\b)",
)

# --- Crisis rules -----------------------------------------------------------------------
_SUICIDAL = "suicidal"
_SELF_HARM = "self_harm"
_OVERDOSE = "overdose"
_METHOD = "method_seeking"

_WANT = (
    r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|plan|plans|planned|"
    r"planning|decided|deciding|deserve|deserves|tempted|trying|tried|attempted|"
    r"attempting|prefer|determined|desperate|longing|urge|urges|would like|like|going|"
    r"about|need|needs|mean|meant|threatening|threatened|threatens|threaten)"
)
_WANT_DIE = (  # "going to die" / "need to die" are mostly hyperbole or panic: excluded
    r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|plan|plans|planned|"
    r"planning|decided|deciding|deserve|deserves|tempted|trying|tried|attempted|prefer|"
    r"determined|desperate|longing|urge|urges|would like|just want)"
)
# "unalive my alarm clock", "unaliving the printer" (round 63, fresh dev set n): a thing
# unalived, not the writer; "unalive my self" and "unalive myself" still count.
_NOT_AN_OBJECT = (r"(?! (?:my|the|this|that|a|an|his|her|their|your|ur|our) "
                  r"(?!(?:self|own|life|whole self)\b)\w+)")
_END = (
    r"(?:be dead|not be alive|not be here|not exist|stop existing|stop living|cease to exist|"
    r"disappear (?:forever|for good|permanently)|kill " + SELF + r"|end it all|"
    r"end " + POSS + r" (?:own )?life|end everything|end " + SELF + r"|"
    r"end (?:it|things)(?! (?:with|off|between|early)\b)|take " + POSS + r" (?:own )?life|"
    r"commit suicide|unalive\b" + _NOT_AN_OBJECT + r"(?: \w+)?|sleep forever|go to sleep (?:forever|and (?:never|not) "
    r"wake up)|never wake up|not wake up|jump" + E + r"|jump (?:off|from|in front)|"
    r"hang " + SELF + r"|be with (?:my|his|her) \w+ in heaven)"
)
_GERUND = (
    r"(?:dying|killing " + SELF + r"|ending it(?! with\b)|ending " + POSS + r" (?:own )?life|"
    r"ending everything|ending things(?! with\b)|taking " + POSS + r" (?:own )?life|"
    r"not being (?:here|alive|around)|not existing|disappearing forever|committing suicide|"
    r"unaliving(?: \w+)?|jumping (?:off|in front)|hanging " + SELF + r"|overdosing|"
    r"suicide|being dead)"
)

CRISIS_RULES: tuple[Rule, ...] = (
    # method seeking: questions about how, how many, where (priority 60)
    Rule("method.how_many", CRISIS, _METHOD, 60,
         r"\bhow (?:many|much) (?:\w+ ){0,3}?(?:" + DRUG + r")\b.{0,50}?\b(?:die|dead|death|"
         r"kill|killed|lethal|fatal|deadly|overdose|od|not wake up|never wake up|end it|"
         r"be enough|is enough|would do it|stop (?:your|my|a|the|someones|his|her|their) "
         r"heart|stop (?:you|me|someone|u) breathing)\b"),
    Rule("method.how_many_to_die", CRISIS, _METHOD, 60,
         r"\bhow (?:many|much)\b.{0,40}?\b(?:to|until|till|before|would|will|does it take to|"
         r"do you need to) (?:die|kill (?:you|yourself|me|myself|someone)|be lethal|overdose|"
         r"od|not wake up)\b"),
    Rule("method.lethal_dose", CRISIS, _METHOD, 60,
         r"\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|doses|amount|amounts|quantity|"
         r"level|limit)\b|"
         # "is 20 lethal", "how many paracetamol is deadly", not "the smell in this hostel is
         # lethal" (round 67, read after its after-run)
         r"\b(?<!\w )is (?:\d+ |\w+ )?(?:\w+ )?(?:lethal|fatal|deadly)\b|"
         r"\b(?:how (?:many|much)|what amount|\d+)\b(?: \w+){0,5}? is (?:\w+ )?(?:lethal|fatal|deadly)\b|"
         r"\b(?:dose|doses|amount|how many|how much)(?: of \w+)? (?:that|which|it takes to|you need to|"
         r"needed to|would|will) (?:actually |really |definitely )?(?:kills?|kill (?:you|u|someone|a person)|"
         r"be fatal|be lethal)\b"),
    Rule("method.enough_to_kill", CRISIS, _METHOD, 60,
         r"\benough to (?:kill (?:you|me|myself|someone|a person|yourself)|die|end it|od|"
         r"overdose|not wake up|never wake up|do it|make sure)\b|"
         # round 63: "got evicted, got no one, and ive got enough pills to sort it. thats it really"
         r"\benough (?:pills|tablets|meds|paracetamol|painkillers) to (?:sort it|sort everything|finish it|"
         r"make it (?:all )?stop|be done|end everything)\b"),
    Rule("method.how_to", CRISIS, _METHOD, 60,
         r"\bhow (?:to|do (?:you|i|people|u|one)|would (?:you|i|someone)|can (?:you|i|"
         r"someone)|should i|does (?:one|someone)|could i|long does it take to|long would it "
         r"take to|long until) "
         # not "how do i explain an overdose to a 9 year old" (fresh dev set w)
         r"(?!(?:\w+ )?(?:explain|describe|tell (?:him|her|them|my|kids)|talk to|talk about)\b)"
         r"(?:\w+ ){0,2}?(?:hang (?:myself|yourself|urself|someone|"
         r"oneself)|kill (?:myself|yourself|urself|oneself)|commit suicide|tie a noose|make a "
         r"noose|die painlessly|die quickly|die in (?:my|your) sleep|end (?:it|my life|your "
         r"life)|overdose|od|slit|drown (?:myself|yourself)|suffocate|bleed out|die)\b"),
    Rule("method.best_way", CRISIS, _METHOD, 60,
         r"\b(?:best|quickest|fastest|easiest|painless|least painful|surest|most effective|"
         r"most reliable|quick|easy|simplest|cleanest|peaceful|most peaceful|safest|most "
         r"painless|surefire|sure fire|most certain|guaranteed|foolproof|fool proof) "
         r"(?:way|ways|method|methods|means|option|options) (?:to|of) (?:die|dying|kill "
         r"(?:myself|yourself|urself)|killing (?:myself|yourself)|end (?:it|things|"
         r"everything|it all|my life|your life|a life|" + SELF + r")(?! (?:with|off|between|"
         r"early)\b)|ending (?:it|things|everything|it all|my life|your life)(?! with\b)|"
         r"commit suicide|suicide|go" + E + r"|do it" + E + r"|overdose|od|not wake up|never "
         r"wake up|stop (?:your|my) heart|check out" + E + r")\b"),
    # lethality questions: "how high ... fatal", "what dose is lethal", "would it stop
    # your heart", "deadliest pills" (detection only: the reply never gives method details)
    Rule("method.lethality", CRISIS, _METHOD, 60,
         r"\bhow (?:high|far|tall|deep|long|many|much|big|fast)\b.{0,60}?\b(?:fatal|lethal|"
         r"deadly|kill (?:you|u|me|someone|somebody|a person|people)|to die|would die|you "
         r"die|u die|i die|not survive|survivable|stop (?:your|my|a|the|someones) heart)\b|"
         r"\b(?:what|which) (?:height|heights|dose|doses|amount|amounts|drop|fall|floor|"
         r"storey|quantity|level|drugs?|poisons?|" + DRUG + r")\b.{0,40}?\b(?:fatal|lethal|"
         r"deadliest|deadly|kill (?:you|u|me|someone|a person)|stop (?:your|my|a|the) heart)\b"
         r"|\b(?:fall|falling|drop|jump|jumping|height)\b.{0,40}?\b(?:fatal|lethal|"
         r"survivable|unsurvivable|be deadly|kill (?:you|u|me|someone|a person))\b|"
         r"\b(?:deadliest|most lethal|most deadly|most fatal|least survivable) (?:\w+ ){0,2}?"
         r"(?:" + DRUG + r"|ways?|methods?|doses?|heights?|drops?|bridges?|buildings?|poisons?|"
         r"things? to (?:take|drink|swallow)|overdoses?|drugs?)\b|\b(?:" + DRUG + r"|drugs?|"
         r"poisons?|ways?|methods?)\b.{0,30}?\b(?:deadliest|most lethal|most deadly|most "
         r"fatal)\b|"
         r"\b(?:" + DRUG + r")\b.{0,40}?\b(?:would|will|could|can|to|does|do|enough to) "
         r"(?:\w+ )?stop (?:your|my|a|the|someones|ur) heart\b|\b(?:what|which) "
         r"(?:\w+ ){0,3}?(?:would|will|could|can|to) (?:\w+ )?stop (?:your|my|a|the|ur) "
         r"heart\b"),
    Rule("method.place_to", CRISIS, _METHOD, 60,
         r"\b(?:best|good|high|highest|quickest|safest|easiest|quiet|quietest) (?:place|places|"
         r"spot|spots|bridge|bridges|building|buildings) to (?:jump|die|end it|do it|hang)\b"),
    Rule("method.methods", CRISIS, _METHOD, 60,
         r"\b(?:suicide|suicidal) (?:methods?|ways?|techniques?|options?)\b|\b(?:methods?|"
         r"ways?) (?:of|to) (?:suicide|die|kill (?:myself|yourself))\b|\bpainless "
         r"(?:death|suicide|way out)\b|\bways to die\b"),
    Rule("method.high_place", CRISIS, _METHOD, 60,
         r"\b(?:highest|tallest|biggest drop|high enough|nearest|closest) (?:\w+ )?(?:bridge|"
         r"bridges|building|"
         r"buildings|cliff|cliffs|car park|car parks|multi storey|multistorey|tower|"
         r"block of flats|flats|roof|rooftop|viaduct)\b"),
    Rule("method.how_deep", CRISIS, _METHOD, 60,
         r"\bhow deep (?:\w+ ){0,4}?cut\b|\bwhere (?:to|do i|should i) cut (?:to|so)\b|"
         r"\bwhich (?:vein|veins|artery)\b|\bbleed out\b"),
    Rule("method.can_you_die", CRISIS, _METHOD, 60,
         r"\bcan (?:you|i|someone|u|a person|people) die (?:from|of|if|by|after|taking|"
         r"mixing)\b.{0,40}?\b(?:" + DRUG + r"|overdose|hanging|jumping|drowning|bleeding|"
         r"cutting|wrists?|mixing|taking|alcohol|bleach)\b"),
    Rule("method.what_happens_if_take", CRISIS, _METHOD, 60,
         r"\bwhat (?:happens|would happen|will happen) if (?:you|i|u|someone) "
         r"(?:take|took|swallow|swallowed|have|had|eat|ate|drink|drank) (?:\w+ ){0,2}?"
         + QTY + r" (?:\w+ ){0,3}?" + DRUG + r"\b"),
    Rule("method.does_it_hurt", CRISIS, _METHOD, 60,
         r"\b(?:is it|would it be|does it|will it|is) (?:\w+ )?(?:painful|hurt|hurts|quick|"
         r"painless) (?:to )?(?:die|drown|drowning|hang|hanging|bleed out|jump|jumping|overdose|"
         r"od|suffocate|cut your wrists|slit|get hit by a train)\b|\b(?:does|do|would) "
         r"(?:drowning|hanging|overdosing|an overdose|jumping|dying|bleeding out|suffocating) "
         r"(?:\w+ )?(?:hurt|painful)\b"),
    Rule("method.looking_up", CRISIS, _METHOD, 60,
         r"\b(?:looking up|looked up|look up|googl\w*|search\w*|research\w*|reading about|"
         r"watching videos on|finding) (?:\w+ ){0,2}?(?:ways|how|methods?) to (?:do it|die|end "
         r"it|end my life|kill myself|go|not wake up)\b"),
    Rule("method.too_much", CRISIS, _METHOD, 60,
         r"\bhow (?:many|much) (?:\w+ ){0,3}?" + DRUG + r"\b (?:is|are|would be|counts as) "
         r"(?:too much|too many|an overdose|dangerous|deadly|enough)\b"),
    Rule("method.would_it_kill", CRISIS, _METHOD, 60,
         r"\b(?:would|will|does|can|could|is) (?:\w+ ){1,6}?(?:jump\w*|fall\w*|drop|window|"
         r"floor|storey|bridge|drowning|hanging|train|" + DRUG + r") (?:\w+ ){0,4}?(?:kill|"
         r"killed) (?:you|me|someone|a person|people|u)\b|\bdose\b.{0,40}?\b(?:kill|die|lethal|"
         r"fatal)\b"),
    Rule("method.rope_hang", CRISIS, _METHOD, 60,
         # (not a rope swing hung off a tree: round 83, read after its after-run)
         r"\brope\b(?! (?:swing|ladder|course|bridge)\b).{0,40}?\bhang\b"
         # not "bought some rope to hang my washing on the balcony" (fresh dev set x)
         r"(?! (?:my |the |up |out )?(?:washing|clothes|laundry|pictures?|curtains|lights|"
         r"decorations|bunting|a hammock|hammock|a swing|swing|a tyre|plants?|towels?|"
         # nor "need a rope and a drill to hang my curtain rail" (fresh dev set at)
         r"curtain (?:rail|pole)s?|blinds?|shelf|shelves|mirror|frames?|coats?)\b)|\bwhere (?:can|do|could) i (?:buy|get|find) (?:a |some )?"
         r"(?:gun|rope|poison|cyanide|helium|exit bag)\b|\bexit bag\b|\bsuicide bag\b"),

    # Harm with what is to hand, told by its result (fresh dev set, 2026-12-05): "rubbed my
    # skin with a cheese grater till it was raw".
    Rule("self_harm.till_raw", CRISIS, _SELF_HARM, 60,
         r"\b(?:bashed|bashing|banged|banging|smashed|smashing|rubbed|rubbing|scrubbed|scrubbing|scraped|scraping|scratched|scratching|grated|grating|"
         r"burnt|burned|burning|hit|hitting|punched|punching|bit|biting) (?:at )?my (?:own )?(?:skin|arms?|legs?|"
         r"wrists?|thighs?|hands?|fists?|knuckles|face|stomach|body|chest|head)\b.{0,50}?\b(?:till|until) (?:it|they|i|my \w+) "
         r"(?:was |were |went |is |are |started |go |goes |turn |turned )?(?:raw|bled|bleed|bleeds|bleeding|broke|burst|blistered|"
         r"purple|black|blue|numb)\b"),
    # Dev rounds 59-60: "im stood on the wrong side of the railing"
    Rule("method.wrong_side", CRISIS, _METHOD, 60,
         r"\b(?:wrong|other|outside) side of the (?:railings?|barriers?|fence|safety rail)\b"),
    # Harm moved where it won't be seen (fresh dev set 2): "my keyworker saw the marks so
    # now i do it on my stomach instead".
    Rule("self_harm.hidden_place", CRISIS, _SELF_HARM, 60,
         r"\b(?:do|doing|cut|cutting|hurt|hurting|burn|burning) (?:it|myself) on my (?:stomach|belly|thighs?|legs?|hips?|"
         r"ribs|side|feet|chest|upper arms?) (?:instead|now)\b|\b(?:saw|seen|noticed|found|spotted) (?:the |my )?"
         r"(?:marks|cuts|scars|burns)\b.{0,40}?\bso (?:now )?i (?:do it|cut|hurt myself|burn)\b"),
    # Bleeding needed (fresh dev set g): "when i get like this i have to bleed or i cant
    # breathe", "i need to see blood".
    Rule("self_harm.need_to_bleed", CRISIS, _SELF_HARM, 60,
         r"\bi (?:have|need|got|gotta|just need|just have) to (?:bleed(?! (?:the|my|a|all the) (?:\w+ )?(?:radiators?|brakes?|"
         r"system|pipes?))|see (?:blood|red)|feel the blade)\b"),
    # Dev rounds 57-58 (read after their after-run, fifth session): pain wanted, a car on a
    # level crossing, a cord beside a hook, means that keep going round the head, leaving
    # "not moving, just leaving".
    Rule("self_harm.wanted_pain", CRISIS, _SELF_HARM, 60,
         r"\bi (?:wanted|want|needed|need|wanna) (?:it|them|that) to (?:hurt|bleed)\b"),
    Rule("method.level_crossing", CRISIS, _METHOD, 60,
         r"\b(?:parked|sat|sitting|standing|stood|lying|lay|laid|waiting|stopped) (?:\w+ )?(?:on|at|across) "
         r"(?:the |a )?(?:level crossing|railway crossing)\b"),
    Rule("method.ligature_point", CRISIS, _METHOD, 60,
         r"\b(?:got|have|bought|tied|found|put up|sorted) (?:a |the |my )?(?:cord|rope|belt|noose|cable|scarf|dressing gown cord)\b"
         r".{0,30}?\b(?:hook|beam|banister|bannister|ceiling|loft hatch|door frame)\b"),
    Rule("method.means_on_mind", CRISIS, _METHOD, 60,
         r"\b(?:bleach|pills|tablets|paracetamol|rope|knife|blade|razor|cord|bridge|tracks)\b(?: \w+){0,4} "
         r"(?:keeps? (?:going|going round|spinning) (?:round |around )?(?:in )?my head|(?:is|are|s) all i can think about)\b"),
    Rule("suicidal.leaving_not_moving", CRISIS, _SUICIDAL, 45,
         r"\bnot (?:moving|moving out|moving house|on holiday|travelling)\W+(?:i am |im )?just (?:leaving|going)\b"),
    # Gas left unlit, a head in the oven (fresh dev set): "the gas is on and i havent lit it".
    Rule("method.gas", CRISIS, _METHOD, 60,
         r"\b(?:gas|oven|hob|cooker)(?: is| s| has been| been)? (?:on|turned on|left on|running)\b.{0,30}?"
         r"\b(?:not lit|havent lit|have not lit|didnt light|did not light|wont light|unlit|no flame|not lighting it)\b|"
         r"\b(?:turned|put|left) (?:the |all the )?gas on\b.{0,40}?\b(?:not lit|without lighting|havent lit|didnt light)\b|"
         r"\b(?:my )?head in the oven\b"),
    # A height or dose asked for "so it works first time" (fresh dev set).
    Rule("method.works_first_time", CRISIS, _METHOD, 60,
         r"\b(?:floor|storey|story|high|height|drop|dose|pills|tablets|many|deep)\b.{0,40}?\b(?:so (?:that )?|for )?"
         r"it (?:definitely |actually |deffo |defo |will )?works? (?:first time|properly|for sure)\b"),

    # overdose (taken or about to be) (priority 55)
    # Not tablets that are computers (fresh dev set v: "im taking all my tablets to the shop
    # to get fixed, both screens are smashed").
    Rule("overdose.took_amount", CRISIS, _OVERDOSE, 55,
         r"\b" + TAKE + r" (?:\w+ ){0,2}?" + QTY + r" (?:\w+ ){0,3}?" + DRUG + r"\b"
         r"(?!.{0,60}\b(?:screens?|chargers?|phone shop|repair\w*|get (?:them |it )?fixed)\b)"
         # not "chucked all my old expired pills in the pharmacy returns bin" (round 87)
         r"(?! (?:\w+ ){0,3}?(?:in|into) the (?:\w+ ){0,2}?(?:bin|returns)\b)"),
    # Someone else's medicine taken (round 84, read after its after-run: "whats the number
    # for poison people, i took my nans heart tablets", "took my flatmates pills and a bottle
    # of wine. cant feel my legs"): in the tree every such message said by the writer was a
    # crisis one, 17 of them with a check-in only. Not taking them somewhere ("took my nans
    # tablets round"), and not a child's accident ("my little sister swallowed ...": urgent).
    Rule("overdose.someone_elses", CRISIS, _OVERDOSE, 55,
         r"\b(?<!sister )(?<!brother )(?<!he )(?<!she )(?<!they )(?<!baby )(?<!son )(?<!daughter )(?<!kid )(?<!kids )"
         r"(?<!dog )(?<!cat )(?<!toddler )(?<!cousin )(?<!nephew )(?<!niece )(?:took|taken|swallowed|necked|had|downed) "
         r"(?:all |all of |some of |loads of )?my (?:nans|nan s|grans|mums|"
         r"mum s|dads|dad s|flatmates|flatmate s|mates|mate s|brothers|sisters|partners|boyfriends|girlfriends|bfs|gfs|"
         r"aunties|aunts|uncles|housemates|carers|foster (?:mums|dads|carers)) (?:old |heart |sleeping |strong |"
         r"blood pressure |anxiety |pain )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b"
         r"(?! (?:to|round|back|over|in|into|out|for (?:her|him|them)|with me)\b)"),
    # Packets taken with no medicine named, then hours counted and "i feel fine": the
    # delayed-overdose question (fresh dev set z: "took two packets earlier, its been 5
    # hours, i feel fine is that ok"). Not packets of something named ("of crisps").
    Rule("overdose.packets_hours", CRISIS, _OVERDOSE, 55,
         r"\b(?:took|taken|swallowed|had|necked|downed) (?:\d+|two|three|four|five|six|a few|several|both|all the|"
         r"all my|the whole|a whole) (?:whole )?(?:packets|packs|boxes|strips|blister packs)\b(?! of\b)"
         r"(?=.{0,60}\b(?:\d+|few|couple of|two|three|four|five|six) hours?\b|.{0,60}\b(?:i|and i) (?:feel|felt) "
         r"(?:fine|ok|okay|normal|alright)\b)"),
    # A medicine named, then twice a day's dose or more had "of them" (fresh dev set z: "how
    # long does paracetamol take to work if youve had 24 of them"): no medicine question.
    Rule("overdose.had_count", CRISIS, _OVERDOSE, 55,
         r"\b" + DRUG + r"s?\b.{0,80}?\b(?:had|taken|took|swallowed|necked|downed) (?:1[6-9]|[2-9]\d|1\d\d) "
         r"(?:of (?:them|those|these|em|it)|tablets|pills|caps|capsules)\b"),
    # round 74 (read after its after-run): "about 50 aspirin in me since lunch"
    Rule("overdose.count_in_me", CRISIS, _OVERDOSE, 55,
         r"\b(?:[1-9]\d|1\d\d) (?:\w+ )?" + DRUG + r"s? (?:in me|inside me|down me|in my system)\b"),
    Rule("overdose.took_overdose", CRISIS, _OVERDOSE, 55,
         r"\b(?:took|taken|take|taking|done|did|had|have|having|going to take|attempted|"
         r"tried) (?:an |a |another )?overdose\b|\boverdos(?:ed|ing)\b"),
    # Means taken with a purpose: "took pills to end it", "swallowed my meds so i don't wake up".
    Rule("overdose.to_end", CRISIS, _OVERDOSE, 55,
         r"\b" + TAKE + r" (?:\w+ ){0,3}?" + DRUG + r"(?: \w+){0,3}? (?:to|so (?:that )?i (?:can|could|would|will|do not|dont|never|wont)) "
         r"(?:end (?:it|it all|everything|things|my life)|die|not wake up|never wake up|wake up|kill myself|"
         r"sleep forever|not be here)\b"),
    Rule("overdose.take_them", CRISIS, _OVERDOSE, 55,
         r"\b(?:" + DRUG + r")\b.{0,50}?\b(?:going to|gonna|about to|want to|will|ready to) "
         r"(?:take|swallow|neck|down|have) (?:them|it|the lot|all)\b|\b" + TAKE + r" (?:my|the|"
         r"his|her|their) (?:\w+ ){0,2}?" + DRUG + r"\b(?: \w+){0,2} all of (?:them|it)\b"),
    Rule("overdose.whole_supply", CRISIS, _OVERDOSE, 55,
         r"\b" + TAKE + r" (?:all of |all )?(?:my|the|her|his|their) (?:whole|full|entire) "
         r"(?:prescription|supply|months? supply|stash|box|packet|bottle|lot)\b"),
    # dev round 54: "i odd", "need another 2 boxes to have enough", "got my whole prescription
    # in my bag and nowhere to go and no reason to"
    Rule("overdose.odd", CRISIS, _OVERDOSE, 55,
         r"\bi (?:have |just )?(?:odd|oded|od d|od ed|odeed|o d d|od did)\b|"
         # round 94 (read after its after-run): "mixed xanax and lean, cant feel my face"
         r"\b(?:mixed|mixing|took|had|necked|done) (?:\w+ )?(?:xanax|xans|bars|benzos?|vallies|diazepam|lean|codeine|"
         r"pregabalin|pregab|tramadol|ket|ketamine|pills|tablets|sleeping pills) (?:and|with|w|n) (?:\w+ )?(?:xanax|xans|bars|"
         r"benzos?|vallies|diazepam|lean|codeine|pregabalin|tramadol|vodka|alcohol|booze|drink|pills|tablets)\b"
         r"(?=.{0,40}\b(?:cant (?:feel|breathe|move|see|stay awake|wake)|numb|passing out|heart|everything is spinning|"
         r"going dark|scared|help)\b)|"
         r"\b(?:boxes|packs|packets|pills|tablets|strips)\b.{0,40}?\bto (?:have|get|make) enough\b|"
         r"\b(?:whole|all (?:of )?my|full) (?:prescription|meds|pills|tablets|supply)\b.{0,80}?\bno (?:reason|point)\b|"
         # a safety plan's "remove means" against "a drawer full of them and no reason not to"
         # (fresh dev set ab)
         r"\bsafety plan\b.{0,80}?\bno reason not to\b"),
    # "is it normal for ur ears to ring after loads of aspirin" (dev round 56)
    Rule("overdose.loads_of", CRISIS, _OVERDOSE, 55,
         r"\b(?:after|took|taken|had|swallowed|necked|downed) (?:loads|lots|a lot|a load|heaps|a bunch|hundreds) of (?:"
         + DRUG + r")\b"),
    Rule("overdose.too_many", CRISIS, _OVERDOSE, 55,
         # not what a hospital gave or prescribed: "they gave me way too many tramadol after
         # my op and i dont need them, can i hand them back" (dev set am)
         r"\b(?<!gave me )(?<!given me )(?<!prescribed me )(?<!gave me way )(?<!given me way )(?<!prescribed me way )"
         r"(?:too many|way too many|so many|too much) (?:of (?:my|the|her|his) )?"
         + DRUG + r"\b"
         # not "i bought too much paracetamol in the offer, can it go off" (round 87, after
         # its after-run): a shop's offer, or whether it keeps
         r"(?! (?:\w+ ){0,3}?(?:on offer|in the offer|in the sale|3 for 2|bogof)\b)(?!.{0,50}\b(?:go off|goes off|expire|out of date)\b)"
         r"(?!.{0,60}\b(?:hand|give|take) (?:them|it) back\b)"),
    Rule("overdose.with_alcohol", CRISIS, _OVERDOSE, 55,
         r"\b" + TAKE + r"\b.{0,40}?\b(?:" + DRUG + r"|pills pills)\b (?:\w+ ){0,2}?(?:with|and|"
         r"plus|on top of|washed down with) (?:\w+ ){0,2}?(?:vodka|alcohol|booze|wine|"
         r"whisky|whiskey|gin|drink|beer|cider|rum|spirits)\b"),
    Rule("overdose.pills_emoji", CRISIS, _OVERDOSE, 55,
         r"\b" + TAKE + r" (?:\w+ ){0,3}?pills pills\b|\bpills pills pills\b"),
    Rule("overdose.stockpile", CRISIS, _OVERDOSE, 55,
         r"\b(?:stockpil\w*|hoard\w*|stash\w*|squirrel\w*|saving up|saved up|save up|"
         r"been saving|been collecting|collecting up|collected up|building up|built up|"
         r"hiding away|hid away|keeping back|kept back|stored up|storing up) "
         r"(?:(?!for\b|money\b|cash\b|to\b|on\b)\w+ ){0,2}?" + DRUG + r"\b(?! (?:for (?:them|"
         r"him|her|someone|a dealer|the dealer|dealers|people)|prescription|charges?|"
         r"costs?|form|money)\b)"
         # not "i have a stash of old meds from my last placement, pharmacy take them back?"
         # (round 88, after its after-run): handing them in
         r"(?!.{0,60}\b(?:(?:pharmacy|chemist|chemists) (?:take|takes|taking) (?:them|it) back|"
         r"(?:take|taking|give|hand|bring) (?:them|it) (?:back )?(?:to|in to|into) (?:the |a )?(?:pharmacy|chemist)|"
         r"dispos\w*|get rid)\b)|\b" + DRUG + r"\b.{0,40}?\b(?:so (?:that )?i (?:have|had|would have|"
         r"will have|ve got|got) enough|(?:un)?til(?:l)? i (?:have|had|ve got|get) enough|"
         r"enough for (?:it|when|tonight)|all (?:at once|in one go))\b"),
    # fresh dev set as: "ODd again, 3rd time this year" (not "feeling odd again")
    Rule("overdose.again", CRISIS, _OVERDOSE, 55,
         r"\b(?:oded|od d|od ed|odeed|overdosed) again\b|\bodd again\W+(?:\d+(?: ?(?:st|nd|rd|th))?|first|second|third|fourth) "
         r"time\b"),
    # fresh dev set as: "emptied my pill organiser into my mouth 10 minutes ago"
    Rule("overdose.emptied_in", CRISIS, _OVERDOSE, 55,
         r"\b(?:emptied|tipped|crammed|stuffed|shoved) (?:out )?(?:all )?(?:my|the|a|her|his) (?:whole |full )?(?:pill|tablet|meds?|"
         r"medicine|medication) (?:organi[sz]er|box|bottle|packet|pot|tub|dispenser|tray)\b.{0,20}?\b(?:into|in|down) my "
         r"(?:mouth|throat|gob)\b"),
    Rule("overdose.bleach", CRISIS, _OVERDOSE, 55,
         r"\b(?:drank|drunk|drink|drinking|swallowed|swallow) (?:some |the |a (?:bottle|cup) "
         r"of )?(?:bleach|antifreeze|poison|weed killer|cleaning \w+)\b"),
    Rule("overdose.intent", CRISIS, _OVERDOSE, 55,
         r"\b" + _WANT + r" " + ADV + r"to (?:take )?(?:an |another )?overdose\b"),
    # round 64: "is it too late for hospital if u took tablets this morning and feel fine now"
    Rule("overdose.too_late", CRISIS, _OVERDOSE, 55,
         r"\btoo late (?:for|to go to|to get to) (?:the )?(?:hospital|a and e|a e|a&e)\b(?! visit)"
         r".{0,60}?\b(?:took|taken|swallowed)\b|\b(?:took|taken|swallowed)\b.{0,60}?\btoo late (?:for|to go to|to get to) (?:the )?"
         r"(?:hospital|a and e|a e|a&e)\b"),
    Rule("overdose.mention", CRISIS, _OVERDOSE, 45, r"\boverdos(?:e|es)\b"),

    # suicidal: explicit (priority 50)
    Rule("suicidal.kill_myself", CRISIS, _SUICIDAL, 50,
         r"\b(?:kill|killing|killed|kills|off|offing|top|topping|unalive|unaliving|end|"
         r"ending) " + SELF + r"\b"),
    Rule("suicidal.suicide", CRISIS, _SUICIDAL, 50,
         r"\bsuicid(?:e|al|ally|es)\b|\bunaliv\w*\b" + _NOT_AN_OBJECT),
    Rule("suicidal.want_to_die", CRISIS, _SUICIDAL, 50,
         r"\b" + _WANT_DIE + r" " + ADV + r"to (?:just |simply |finally |really )?"
         r"(?:die|dye" + E + r")\b(?! (?:of|from|laughing|my|her|his)\b)"
         r"(?! for (?!(?:real|good|sure|certain|defo|definite|honest|serious)\b))"),
    Rule("suicidal.wish_could_die", CRISIS, _SUICIDAL, 50,
         r"\bwish(?:es|ed)? (?:i|he|she|they|that i) (?:could|would|will|might) (?:just )?"
         r"(?:die|disappear|stop existing|not wake up|never wake up|sleep forever)\b|\bhope "
         r"(?:i|that i) (?:just )?(?:die|drop dead|get hit by|dont wake up|never wake up|dont "
         r"make it|die in my sleep)\b"),
    Rule("suicidal.want_to_end", CRISIS, _SUICIDAL, 50,
         r"\b" + _WANT + r" " + ADV + r"to " + ADV + _END),
    Rule("suicidal.thinking_of", CRISIS, _SUICIDAL, 50,
         r"\b(?:close to|near to|on the verge of|so close to|this close to|think|thinks|thinking|"
         r"thought|thoughts|dream|dreams|dreaming|fantasi[sz]\w*|"
         r"obsess\w*|consider\w*|planning|plan|plans|feel|feels|feeling|felt|keep|keeps|"
         r"talk|talking|talks|talked|urges?|about|of|like|scared of|started) (?:\w+ ){0,2}?"
         + _GERUND + r"\b"),
    Rule("suicidal.end_my_life", CRISIS, _SUICIDAL, 50,
         # not a habit given up: "ending my life as a smoker today, day 1 of quitting" (round
         # 83, read after its after-run)
         r"\b(?:end|ending|ended|take|taking|took|taken) my (?:own )?life\b(?! back)"
         r"(?! as an? (?:smoker|vaper|drinker|single (?:man|woman|girl|lad|person)|student|couch potato)\b)"),
    Rule("suicidal.end_it_all", CRISIS, _SUICIDAL, 50,
         r"\bend(?:ing)? it all\b|\bend(?:ing)? (?:it|everything) (?:tonight|today|now|soon|"
         r"for good|this week|this weekend)\b"),
    Rule("suicidal.be_dead", CRISIS, _SUICIDAL, 50,
         r"\b(?:wish|wishes|wished) (?:i|he|she|they|that i) (?:was|were|am|is|could be|"
         r"would be) dead\b|\b(?:want|wants|wanna|ready|deserve|deserves|rather|prefer|"
         r"would rather|just want) (?:to )?be dead\b|\bbetter off dead\b|\bshould be dead\b|"
         # round 73 (read after its after-run): "honestly wish id died in that car crash last
         # year, might finish the job myself"
         r"\bwish (?:i|i had|i would|i would have|i d) (?:just )?died\b|"
         # round 76 (read after its after-run): "wish that car had actually hit me earlier"
         r"\bwish (?:that |the |a )?(?:car|bus|train|lorry|van|truck) (?:had |would have |would |d )?(?:actually |just )?"
         r"(?:hit|killed|run me over|ran me over|taken me out)\b|"
         # fresh dev set ap: "lowkey hoping the bus hits me on the way to college tmrw"
         r"\b(?:hoping|hope|praying|pray) (?:that |the |a )?(?:car|bus|train|lorry|van|truck) (?:will |would |just )?"
         r"(?:hits me|hit me|kills me|kill me|runs me over|run me over|takes me out|take me out)\b|"
         r"\bfinish (?:the job|it|what i started) (?:myself|off myself|properly this time)\b"),
    Rule("suicidal.wish_not_born", CRISIS, _SUICIDAL, 50,
         r"\bwish(?:es|ed)? (?:i|he|she|they|that i) (?:wasnt|werent|was not|were not|"
         r"had never|hadnt|never|didnt|did not|would never|d never) (?:been )?(?:born|alive|here|"
         r"around|exist|"
         r"existed)\b|\bwish(?:es|ed)? (?:i|he|she|they) (?:was|were|had been) (?:never|not) "
         r"(?:been )?born\b"),
    Rule("suicidal.dont_want_to_live", CRISIS, _SUICIDAL, 50,
         r"\b(?:dont|doesnt|didnt|never|no longer|not) (?:\w+ )?(?:want|wanna|wish|feel like|"
         r"wanting) (?:to )?(?:live|be alive|exist|be here|be around|wake up|carry on|go on|"
         r"keep going|keep living|continue|be on this earth|be in this world)\b"
         r"(?! (?:in|at|on|to|with|near|alone|by|here|there|independently|somewhere|anywhere|"
         r"round|around|the|a|an|my|your|this|that|holiday|trip|about|for|from|into|early|"
         r"till|until|before)\b)"),
    Rule("suicidal.cant_go_on", CRISIS, _SUICIDAL, 50,
         r"\b(?:cant|couldnt|unable to) (?:\w+ )?(?:go on|carry on|keep going|keep living|"
         r"(?:be|stay) (?:here|alive|around|in this world|on this earth) (?:anymore|any longer|"
         r"no more|much longer)|exist (?:anymore|any longer|no more)|stay alive|keep myself "
         r"alive|keep fighting|fight (?:this |it )?(?:anymore|any longer|no more)|"
         r"keep doing this|live like this|live with this|live (?:anymore|any longer)|"
         r"do (?:this|it|life|any of this) (?:anymore|any longer|no more|much longer)|"
         r"take (?:it|this|any more|anymore|much more|no more)|handle (?:it|this|life|"
         r"anything) anymore|face (?:another day|tomorrow|it anymore|life|living)|be bothered "
         r"(?:to live|living|being alive))\b(?! (?:in|at|on|to|with|the|a|an|my|your|that|"
         r"holiday|trip|about|for|from|into|out|off|home|back|there|online|it|facebook|"
         r"insta|tiktok)\b)"),
    Rule("suicidal.no_way_i_can", CRISIS, _SUICIDAL, 50,
         r"\bno way (?:i|that i) (?:can|could) (?:\w+ )?(?:keep going|go on|carry on|keep living|"
         r"do this (?:anymore|much longer|any longer)|cope|live like this|keep doing this)\b"
         r"(?! (?:on|to|with|the|a|at)\b)|"
         # fresh dev set w: "at the station platform, trains every 10 mins, dont think i can go on"
         r"\b(?:dont|do not) (?:really |even )?think i (?:can|could) (?:\w+ )?(?:keep going|go on|"
         r"carry on|keep living|do this (?:anymore|much longer|any longer)|live like this)\b"
         r"(?! (?:in|at|on|to|with|the|a|an|my|your|that|holiday|trip|about|for|from|into|out|"
         r"off|home|back|there|online|it)\b)"),
    Rule("suicidal.cant_cope", CRISIS, _SUICIDAL, 45,
         r"\bcant (?:\w+ )?cope(?:" + E + r"| (?:anymore|any more|any longer|no more|with "
         r"(?:life|living|anything|everything|it all|any of it|myself|being alive)))"),
    Rule("suicidal.no_point", CRISIS, _SUICIDAL, 50,
         r"\b(?:no|whats the|what is the|dont see the|cant see the|dont see any|cant see any|"
         r"there is no|theres no|see no|is there even a|is there any) point (?:in |of |to )?"
         r"(?:me )?(?:living|life|being alive|being here|existing|going on|carrying on|"
         r"trying anymore|anything anymore|anymore|any more|it all|of it all|in anything|"
         r"to anything|any of it|being (?:here|alive|around)|waking up|getting up|continuing|"
         # not "no point me bidding on that flat is there" (round 90, after its after-run)
         # (but "no point me bidding on houses, i wont need one", round 44, stays)
         r"of me|me)\b(?! (?:a|an|the|applying|doing|going to|asking|getting|having)\b)"
         r"(?! (?:bidding|bothering|ringing|calling|phoning|emailing|waiting|registering|signing|looking)\b"
         r"(?!.{0,60}\b(?:wont|will not|not going to) (?:need|be here|be around)\b))"),
    Rule("suicidal.nothing_to_live_for", CRISIS, _SUICIDAL, 50,
         r"\b(?:nothing|no one|nobody|no reason|no reasons|not much|nothing left|nothing "
         r"worth) (?:left )?to live for\b|\b(?:cant|dont) see (?:any |a |one )?(?:reason|"
         r"point) (?:to|for|in) (?:carry on|carrying on|go on|going on|live|living|keep going|"
         r"stay alive|staying alive|be here)\b|\bno reasons? (?:to|for) (?:live|living|be alive|"
         r"keep going|carry on|go on|stay|wake up|exist)\b"),
    Rule("suicidal.not_worth_living", CRISIS, _SUICIDAL, 50,
         r"\bnot worth living\b|\b(?:life|living|my life) (?:is|isnt|is not|aint|just isnt|"
         r"really isnt) (?:not )?worth (?:it|living|continuing)\b|\b(?:life|living|it) (?:is )?"
         r"not worth it (?:anymore|any more|any longer)\b"),
    Rule("suicidal.better_off", CRISIS, _SUICIDAL, 50,
         r"\bbetter off (?:without me|if i (?:was|were|wasnt|werent|am|had|died|never|disappear"
         r"\w*|left)\b|with me gone|when i am gone|if i am gone)|\b(?:better|happier|easier|"
         r"calmer|fine) (?:\w+ ){0,2}?without me\b"),
    Rule("suicidal.burden", CRISIS, _SUICIDAL, 45,
         r"\b(?:i am|i feel like|feel like|just|such|being|nothing but|i am just|i am such) "
         r"(?:a |an |such a |nothing but a |just a )?(?:burden|waste of space)\b|\bburden (?:to|"
         r"on|for) (?:everyone|everybody|my|them|people|others|the world|you all)\b"),
    Rule("suicidal.nobody_would_care", CRISIS, _SUICIDAL, 50,
         r"\b(?:nobody|no one|noone|no body|none of them)(?: \w+){0,2} (?:would|will|wouldnt|"
         r"wont|even)(?: \w+)? (?:miss me|care|notice|mind|cry)\b.{0,30}?\b(?:if|when) i "
         r"(?:die|died|was gone|were gone|disappeared|wasnt here|was dead|am gone|am dead|"
         # not "nobody would notice if i left the party early so i did lol" (dev set al)
         r"killed myself|left(?! (?:the |a |that |this )?(?:party|club|pub|group ?chat|gc|game|match|lesson|class|"
         r"meeting|course|team|early))|went|was not here)\b|\b(?:nobody|no one|noone) (?:would|will) "
         r"(?:even )?miss me\b"),
    Rule("suicidal.disappear", CRISIS, _SUICIDAL, 45,
         r"\bdisappear\w* (?:forever|for good|permanently|for ever|off the face of the earth)\b|"
         r"\b(?:want|wanna|wish i could|going) to disappear" + E + r"|\bdisappear\w* and "
         r"(?:never|not) (?:come back|be found|return|wake up)\b"),
    Rule("suicidal.not_wake_up", CRISIS, _SUICIDAL, 50,
         # "pills and alcohol tonight, hopefully wont wake up" (round 75, read after its after-run)
         r"\b(?:not|never|dont|didnt|hope i dont|wish i wouldnt|wish i didnt|hopefully (?:i )?(?:wont|will not|dont)|"
         r"hope i (?:wont|will not)) wake up\b"
         r"(?! (?:early|on time|in time|till|until|before|at|for|when|til|in the morning|my|"
         r"the|him|her|them|on|with)\b)|\bsleep (?:forever|for ever|and never wake|and not wake|"
         r"eternally)\b"),
    # fresh dev set at: a last message passed on, "tell miss okafor from year 11 she was right
    # about me being smart, i just ran out of time" (thanks, love, sorry or "she was right" passed
    # on, not "tell my tutor i ran out of time")
    Rule("suicidal.out_of_time", CRISIS, _SUICIDAL, 50,
         r"\btell (?:\w+ ){1,8}?(?:(?:she|he|they) (?:was|were|is|are) right|i love|i am sorry|sorry|thanks?|thank you|"
         r"i tried)\b.{0,80}?\bi (?:just |simply |guess i |kinda |think i )?ran out of time\W*$"),
    Rule("suicidal.goodbye", CRISIS, _SUICIDAL, 50,
         r"\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|world|cruel world|forever|for "
         r"ever|for good|for the last time)\b|\bthis is (?:goodbye|the end for me|my goodbye|it "
         r"for me)\b|"
         r"\b(?:said|say|saying|says) (?:my |their |his |her )?goodbyes\b|\b(?:said|say|"
         r"saying|says) goodbye to (?:everyone|everybody|all|the world|my family|everything|"
         r"you all|us all)\b"),
    # Dev rounds 49-50 (after-run, read): "just wanted to say goodbye properly. not moving.
    # just going" (read as 'not moving' = unconscious), "signing off for good". Everyday
    # goodbyes ("wanted to say goodbye properly before i move to leeds") are weighed by the
    # meaning check (context.EVERYDAY_RULES).
    Rule("suicidal.goodbye_for_good", CRISIS, _SUICIDAL, 50,
         r"\b(?:say|said|saying) (?:goodbye|bye|my goodbyes) properly\b|\bnot moving\W+just going\b|"
         # fresh dev set ar: "just wanted to say bye to someone. not moving, not going anywhere
         # you can visit"
         r"\bnot going anywhere (?:you|u|anyone|people|they) (?:can|could|will be able to) (?:visit|follow|find|reach|come)\b|"
         r"\b(?:signing|logging) off for good\b|"
         # fresh dev set z: "signing off. no more appointments, no more forms, no more me";
         # "when i turn 21 and lose my PA im going. ive decided"
         r"\bno more (?:of )?me\b(?! time)|\bi am going \. i have (?:decided|made my mind up)\b|"
         r"\bi have (?:decided|made my mind up) \. i am going\b(?! to)"),
    # Last words, not everyday ones (so not in context.EVERYDAY_RULES): dev rounds 51-52,
    # "last time ill ever talk to anyone", "thanks for all the help over the years but im
    # done now. bye"
    Rule("suicidal.last_words", CRISIS, _SUICIDAL, 50,
         r"\blast time (?:i will|ill|i ll|im gonna|i am going to) ever (?:talk|speak|message|text|write) to\b|"
         # dev set af: "this chat is the last thing ill ever type lol weird"; "havent got long
         # left. wanted to thank my old social worker before, can u pass it on"
         r"\blast thing (?:i will|ill|i ll|im gonna|i am going to) ever (?:type|write|send|text|post)\b|"
         r"\b(?:havent|have not|aint|i have not) got long left\b(?! (?:on|of|in|at|till|until|to (?:go|pay|wait)))"
         r".{0,60}?\b(?:thank|thanks|pass (?:it|this|that) on|tell (?:her|him|them)|say (?:bye|goodbye))\b|"
         r"\bover the years\b.{0,30}?\bi am done(?: now)?\W+(?:bye|goodbye|bye bye)\b|"
         # "deleted everything. cya never" (dev round 55)
         # nor "see ya never to this hostel 🫡" (fresh dev set y)
         r"\b(?:cya|see (?:u|you|ya|yas)) never\b(?!\W+(?:(?:to|from) )?(?:this |that |the |my |ur |your )?(?:bus|train|tram|school|college|uni|work|job|mondays?|exams?|"
         r"landlord|hostel|flat|old flat|placement|old (?:hostel|house|school|job|room|placement|college))\b)"),
    # means in hand and not caring what happens: "big bag of pills in my pocket and nowhere
    # to sleep tonight. dont care what happens" (dev round 52: homelessness only before)
    # "going to my mums grave tonight. gonna join her": to be with someone who died
    Rule("suicidal.join_the_dead", CRISIS, _SUICIDAL, 50,
         r"\b(?:grave|graves|heaven|ashes|cemetery|memorial|died|passed away|passed|death|funeral)\b.{0,60}?"
         r"\b(?:gonna|going to|want to|wanna|will|ill|i will|about to|time to|ready to|cant wait to) "
         # (the person joined is looked at, not matched: "her" in the match would make it
         # read as about someone else)
         r"(?:go )?(?:join|be with)\b(?= (?:her|him|them|my (?:mum|mam|dad|nan|gran|grandad|brother|sister|baby|"
         r"son|daughter|best friend|bestie|mate|boyfriend|girlfriend|family))(?: again| soon| tonight| up there)*\b"
         r"(?!.{0,15}\b(?:for|at|on|in) (?:a |the |her |his )?(?:visit|birthday|anniversary|lunch|dinner|"
         r"tea|coffee|christmas|sunday)\b))"),
    Rule("suicidal.on_the_ledge", CRISIS, _SUICIDAL, 50,
         r"\b(?:on|standing on|stood on|sat on|sitting on|at) (?:this|a|the) (?:ledge|edge of (?:the |a )?(?:roof|bridge|"
         r"building|cliff|car park|multi storey))\b|"
         # "theres a ledge outside my window on the 14th floor and i keep sitting on it" (dev round 55)
         r"\bledge\b.{0,60}?\b(?:sitting|sat|standing|stood|climb\w*|sit|stand) (?:on|onto|out on) it\b|"
         # dev set aj: "how do i contact my PA, its urgent, sat on the window ledge of my 9th
         # floor flat" (a window ledge high up; not a sill indoors with a brew)
         r"\b(?:sat|sitting|stood|standing|perched) (?:on|out on) (?:the|my|a) window (?:ledge|sill)\b"
         r"(?=.{0,30}?\b(?:\d+ ?(?:st|nd|rd|th)? floors? up|(?:my |the |a )?\d+ ?(?:st|nd|rd|th) floor|floor \d+|"
         r"(?:really |so |very )?high up|legs (?:hanging|out|over|dangling))\b)"),
    Rule("suicidal.means_dont_care", CRISIS, _SUICIDAL, 50,
         r"\b(?:pills|tablets|paracetamol|blade|blades|razor|rope|knife)\b.{0,80}?\b(?:dont|do not|didnt) "
         r"care (?:what happens|anymore|any more|if i (?:wake|die|live|make it|come back))\b"),
    # Voices that tell them to do it, and a night out in the cold or water "and let it
    # happen": "the voices keep telling me to go down the canal and tonight im gonna
    # listen", "gonna sleep outside in the snow tonight and just let it happen" (both read
    # only as homelessness before).
    Rule("suicidal.voices", CRISIS, _SUICIDAL, 50,
         r"\bvoices? (?:\w+ ){0,3}(?:telling|tell|tells|told|saying|say|says) me to (?:go|do|jump|end|kill|"
         r"hurt|take|walk|get|cut|die)\b|"
         # "my head keeps telling me to go to the train tracks" (dev round 52): the head or
         # mind as the voice, with a place or act of dying
         r"\b(?:my head|my brain|my mind|my thoughts|the thoughts|something|a voice) (?:\w+ ){0,3}"
         r"(?:telling|tell|tells|told|saying|says) me to (?:(?:go|walk|run) (?:to|down to|up to|into|"
         r"onto|off) (?:the )?(?:train tracks|tracks|railway|railway line|bridge|river|canal|cliff|"
         r"cliffs|roof|sea|motorway|edge|reservoir|top of)|jump|end it|kill|hurt myself|die|cut|"
         r"take (?:them|the lot|all))\b"),
    Rule("suicidal.let_it_happen", CRISIS, _SUICIDAL, 50,
         r"\b(?:sleep|lie|lay|stay|sit|go|walk)\w* (?:\w+ ){0,4}(?:outside|in the snow|in the cold|in the river|"
         r"in the canal|in the sea|into the sea|on the tracks|in the road)\b.{0,40}?\b(?:let it happen|"
         r"not come back|never wake up|not wake up|till it stops|and thats it)\b"),
    Rule("suicidal.goodbye_love", CRISIS, _SUICIDAL, 50,
         r"\b(?:sorry for everything|love (?:you|u) all|love you guys|i love (?:him|her|them|"
         r"you)|tell (?:\w+ ){1,3}(?:that )?i love|forgive me|take care of (?:my \w+|yourself|"
         r"\w+ for me))\b(?=.*\b(?:goodbye|bye|farewell)\b)|\b(?:goodbye|bye|farewell)\b"
         r"(?=.*\b(?:sorry for everything|love (?:you|u) all|love you guys|forgive me)\b)"),
    # round 74 (read after its after-run): "whats the number for that samaritans thing...
    # actually nvm, i already decided"
    Rule("suicidal.decided_after_help", CRISIS, _SUICIDAL, 50,
         r"\b(?:samaritans|shout|helpline|crisis line|crisis team|111)\b.{0,80}?\b(?:nvm|never mind|nevermind|"
         r"forget it|doesnt matter|dont matter)\b.{0,40}?\b(?:decided|made my mind up|made up my mind|"
         r"too late)\b"),
    Rule("suicidal.note", CRISIS, _SUICIDAL, 50,
         # round 74, in the form: "derby. not that it matters, ive written the notes already"
         r"\bnot that (?:it|any of it|anything) matters\b.{0,40}?\b(?:written|wrote|done|finished|left) "
         r"(?:my |the |all the |all my )?(?:notes?|letters?)\b|"
         r"\b(?:suicide|goodbye|farewell) (?:note|notes|letter|letters|message|messages|video|"
         r"post|text)\b|\b(?:written|wrote|write|writing|left|leave|leaving) (?:a |my )?"
         r"(?:note|letters?) (?:for|to) (?:my (?:\w+ )?(?:family|mum|dad|sister|brother|"
         r"sisters|brothers|kids|friends|girlfriend|boyfriend|partner|nan|foster \w+)|everyone|"
         r"them|you all)\b|\b(?:written|wrote|finished|done|left) my (?:note|letters?)\b|"
         r"\b(?:left|written|wrote|leaving|writing) (?:a |my )?(?:note|letter|letters|message)s? "
         r"(?:saying|that says|to say|telling everyone) (?:sorry|goodbye|bye|i love|she loves|he "
         r"loves|they love)\b"),
    Rule("suicidal.last_message", CRISIS, _SUICIDAL, 50,
         # texting spellings too: "thnx for evrything, ths is my lst msg x" (fresh dev set z)
         r"\b(?:this is|ths is|dis is|this will be|here is|these are|this is probably) (?:my |the )?"
         r"(?:last|lst|final) (?:message|msg|text|txt|words|goodbye|night|day|post)\b"
         # ... unless the reason given is a flat battery ("phone on 2%").
         r"(?!.{0,20}\b(?:phone (?:is )?(?:on|at) \d|battery|phones? (?:is )?(?:dying|about to "
         r"die)\b))|\bmy (?:last|final) "
         r"(?:goodbye|words)\b|"
         # round 83 (read after its after-run): "my last message to the world is going to a
         # chatbot lmaoo thats sad. bye"
         r"\b(?:my )?(?:last|final) (?:message|msg|text|words?) (?:to|for) (?:the world|everyone|anyone|any1|the people)\b|"
         # round 78 (read after its after-run): "18, my birthday was last week and it was my last one"
         r"\bbirthday\b.{0,60}?\b(?:was|is|will be|ll be|be) my (?:last|final) (?:one|birthday|bday)\b"
         r"(?! (?:as a|in|at|before|with|of|under|on))"),
    # round 77 (read after its after-run): "i jst want the noise in my head 2 stop foreva";
    # nobody knowing "till the neighbours complain about the smell"
    Rule("suicidal.stop_forever", CRISIS, _SUICIDAL, 50,
         # round 82 (read after its after-run): "my life is over lol and i mean that literally,
         # soon" (not a rule the readers may overrule: they read it as the joke it says it isn't)
         r"\bmy life is over\b(?=.{0,40}\b(?:i mean (?:it|that|this)|literally|not joking|soon|tonight|for real)\b)|"
         r"\b(?:want|need|wish|wanting) (?:it|it all|everything|the noise|the voices|my head|my brain|my thoughts|"
         r"the thoughts)(?: in my head)? (?:to|2) stop (?:forever|for ever|foreva|for good|permanently)\b|"
         r"\b(?:wont|will not|wouldnt|would not|dont|wouldn t) (?:know|notice|find (?:me|out))\b.{0,40}?"
         r"\b(?:till|until|til)\b.{0,40}?\bsmell\b"),
    Rule("suicidal.by_the_time", CRISIS, _SUICIDAL, 50,
         r"\bby the time (?:you|anyone|someone|they|people|somebody) (?:\w+ )?(?:read|reads|"
         r"see|sees|find|finds|get|gets) this\b|\b(?:when|after|once) i am (?:gone|dead)\b"
         # not a place gone to: "when im gone to uni who looks after my council flat" (fresh dev set y)
         r"(?! (?:off )?(?:to|for) (?:uni|university|college|school|work|the army|training|prison|jail|rehab|"
         r"hospital|a (?:course|job|placement)|my (?:nans?|mums?|dads?|course|placement|new \w+)))|"
         r"\bi (?:will|would|am going to) be gone" + E + r"|\bi (?:will|would|am going to) be "
         r"gone (?:soon|by (?:tomorrow|morning|tonight|then)|forever|for good)\b"),
    # round 85 (read after its after-run): "lost my flat, lost my gf, dont see why i should
    # carry on living" (answered as housing)
    Rule("suicidal.why_carry_on", CRISIS, _SUICIDAL, 50,
         r"\b(?:dont|do not|cant|can not|cannot) see (?:why|the point|a reason|any reason|what the point is) "
         r"(?:of |in |for |why )?(?:i should |to |id |i would |me )?(?:carry\w* on|keep\w* on|go\w* on) "
         r"(?:living|being alive|existing|with life)\b"),
    # Dev set aj: "its fine, by the time my PA opens the email itll be done". A rule of its
    # own because the readers read the PA and the email as an ordinary question, and they
    # may overrule suicidal.by_the_time (context.READERS_OVERRULE) but not this.
    Rule("suicidal.done_by_then", CRISIS, _SUICIDAL, 50,
         r"\bby the time (?:my|the|your|ur|her|his|their) (?:\w+ ){1,2}(?:opens?|reads?|sees?|gets?|checks?) "
         r"(?:the|my|this|that|it|ur|your)(?: \w+)? (?:it will be|itll be|it ll be|i will be|ill be|i ll be) "
         r"(?:done|over|gone|finished)\b(?! (?:anyway|already|and sent|and submitted))"),
    # Rounds 75-76 (read after their after-run), in the form: "18 - how old will i be when
    # they find me lol"; "top of the car park, rang my old foster carer, no answer, nobody
    # ever answers"; affairs settled: "paid my rent to the end of the month so the council
    # doesnt lose out"
    Rule("suicidal.when_found", CRISIS, _SUICIDAL, 50,
         # (not a threat: "im dead when they find me" is being_hurt.dead_when_found)
         r"\b(?<!dead )when (?:they|someone|somebody|people|anyone) (?:finally )?finds? me\b(?! (?:a|an|the|somewhere|some|"
         r"my|work|a job|housing|accommodation)\b)|"
         r"\b(?:top|roof) of (?:the |a |this )?(?:car park|multi storey|multistorey|building|flats|tower block)\b"
         r".{0,80}?\b(?:nobody|no one|noone) (?:ever )?(?:answers|cares|picks up|listens|would notice)\b|"
         r"\bpaid (?:my |the )?rent (?:up )?(?:to|till|until) the end of the (?:month|week)\b.{0,30}?\bso "
         r"(?:the council|they|my landlord|no one|nobody) (?:doesnt|dont|wont|does not|will not) (?:lose out|"
         r"lose anything|have to chase|miss out)\b|"
         # Dev set ad (fifteenth session): "who do i give my flat keys to so the council can
         # get in after. dont want anyone having to break the door down to find me"; "not
         # gonna make it to my pathway plan review next week so u can take me off the list"
         r"\b(?:break|breaking|kick|kicking|knock|knocking) (?:the |my )?(?:door|flat) down to "
         r"(?:find|get to|get at) me\b|"
         # dev set aj: "left the spare key under the mat so whoever comes doesnt have to break
         # the door in" (a key left for whoever comes, not a break-in)
         r"\b(?:key|keys|doors?)\b.{0,60}?\bso (?:whoever|who ever|whoevers|the police|the ambulance|someone|somebody|"
         r"they|anyone|people|nobody|no one) (?:\w+ ){0,2}?(?:doesnt|dont|wont|do not|does not|will not) "
         r"(?:have |need )?to (?:break|kick|smash|force) (?:the |my )?(?:door|it|in|lock)\b|"
         r"\bnot (?:gonna|going to|gna) (?:make it|be (?:here|around)) (?:to|for|till|until)\b.{0,60}?\b"
         r"(?:take|cross|strike|wipe) me off (?:the|your|ur|their) (?:list|books|system|caseload)\b|"
         # dev set ad: "does the council pay for funerals for care leavers? need to know my nan
         # wont be stuck paying for mine"
         r"\bfunerals?\b.{0,80}?\b(?:paying|pay|sort\w*|cover\w*|arrang\w*|stuck with) (?:for )?mine\b"),
    # Rounds 79-80, read after their after-run (fifteenth session): "i'm not gonna be here to
    # take the test"; "can my PA ring me today, no reason, just ive got everything ready";
    # "i've written letters to my siblings, my foster mum can give them out after"; "22 lol
    # last birthday i'm having tbh" (in the form)
    Rule("suicidal.not_here_for", CRISIS, _SUICIDAL, 50,
         # (not "im not gonna be around for the review on tuesday, got a job interview")
         r"\b(?:not|never) (?:gonna|going to|gna) be (?:here|around|alive) to (?:take|sit|pay|see|do|use|need|"
         r"get|start|finish|collect|spend)\b|\b(?:not|never) (?:gonna|going to|gna) be alive (?:for|by|at)\b|"
         r"\bno reason\b.{0,30}?\b(?:got|have|sorted|made) everything ready\b|"
         r"\b(?:written|wrote|writing|left) (?:some |a )?letters? (?:to|for) .{0,50}?\b(?:give|hand|pass) "
         r"(?:them|it|these) (?:out |over |on )?(?:after|when im gone|once im gone)\b|"
         r"\blast birthday (?:im|i am|i m|ill|i will|i ll) (?:ever )?(?:having|have|gonna have|going to have|get|see)\b"),
    # "had a go with my meds earlier, feel a bit off now" (round 80)
    Rule("overdose.had_a_go", CRISIS, _OVERDOSE, 55,
         r"\bhad a (?:go|try|crack) (?:with|at) (?:my |the |me |all my )?(?:meds|tablets|pills|medication|paracetamol|"
         r"painkillers|prescription)\b(?! (?:for|to help|to sleep|to see if))"),
    Rule("suicidal.giving_away", CRISIS, _SUICIDAL, 45,
         r"\b(?:giv|gave)\w* (?:away )?all (?:of )?(?:my|his|her|their) (?:stuff|things|"
         r"belongings|possessions|clothes|games|pets?|cats?|dogs?)\b"
         # not "giving away all my clothes that dont fit anymore, wheres the nearest charity shop"
         # (round 63); a charity shop or vinted alone says nothing ("wont need them where im goin")
         r"(?! (?:that|which) (?:dont|do not|doesnt|no longer|dont even) fit)|"
         r"\b(?:giv|gave)\w* "
         r"(?:everything|all (?:my|his|her|their) (?:stuff|things)) away\b|"
         # fresh dev set z: "i dont need the setting up home allowance anymore, give it to
         # someone whos sticking around"; a pet's care left with "make sure someone finds her"
         r"\b(?:give|pass|leave) (?:it|them|my \w+) to (?:someone|somebody|people) (?:who is|whos|that is|thats|"
         r"who will be|wholl be|who are|whore) (?:sticking|staying|going to be|gonna be) (?:around|here)\b|"
         r"\bmake sure (?:someone|somebody) finds (?:her|him|them|my (?:cat|dog|pet|rabbit|hamster)s?)\b|"
         # money sent on to someone else's account because "i wont be needing it" (fresh dev set ab)
         r"\b(?:to|into) (?:my )?(?:\w+s|someone elses|somebody elses) (?:bank )?account\b.{0,60}?"
         r"\bi (?:wont|will not) (?:be )?need(?:ing)? (?:it|them|the money|that)\b"
         r"(?! (?:till|until|til|for now|yet|for a (?:bit|while|few)|this (?:month|week)|while))"),
    # Affairs passed on: a pet given away or rehomed with nothing after it but an end, bills
    # sent to the next of kin, a debt left to "chase a ghost" (fresh dev sets s and t: "ive
    # cleaned the flat and given my dog to my neighbour, this is it", "council tax bill can go
    # to my next of kin. im out. bye"). A reason for rehoming (a landlord, no pets, a move,
    # an allergy) is an ordinary question.
    Rule("suicidal.affairs_passed_on", CRISIS, _SUICIDAL, 45,
         # a pet's care asked for from a day on, with no reason to be away (round 77, read
         # after its after-run): "my fish need feeding every morning, can someone do that from friday"
         r"\b(?:fish|cats?|dogs?|rabbits?|hamsters?|pets?|budgies?|birds?)\b.{0,40}?\bcan (?:someone|somebody|you) "
         r"(?:do that|feed (?:them|him|her|it)|look after (?:them|him|her|it)|take (?:them|him|her|it)|"
         r"have (?:them|him|her|it))\b.{0,10}?\bfrom (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|"
         r"tomorrow|tonight|next week)\b(?!.{0,60}\b(?:holiday|away|hospital|trip|visit\w*|working|shift|abroad|back|"
         r"till|until|while|festival|uni|college)\b)|"
         r"\b(?:given|gave|giving|give|left|dropped off) (?:away )?my (?:dog|cat|rabbit|bunny|hamster|pet|puppy|"
         r"kitten|budgie|snake|guinea pig|fish)s? (?:to|with) "
         r"(?!.*\b(?:for the (?:weekend|week|night|day)|for a (?:few|bit|week|night|couple)|while i|till|until|when i)\b)"
         r".{0,40}?\b(?:this is it|thats it|that is it|bye|"
         r"goodbye|for good|wont need|im done|im ready|all sorted now|last thing)\b|"
         r"\b(?:dog|cat|rabbit|bunny|hamster|pet|puppy|kitten|budgie|guinea pig)s?\b(?:(?!\b(?:cos|because|coz|landlord|"
         r"no pets|allerg\w*|moving|move|new flat|tenancy|vet|vets)\b).){0,60}?\bneeds? (?:a )?new (?:home|owner)s? "
         r"(?:from |after |by )?(?:tomorrow|tonight|today|after today)\b"
         r"(?!.{0,60}\b(?:cos|because|coz|landlord|no pets|allerg\w*|moving|move|new flat|tenancy)\b)|"
         r"\b(?:bill|bills|letters?|post|debts?|stuff|things|flat|deposit|money|savings|bursary|phone) (?:can|will|should|"
         r"is to|are to) go (?:to|straight to) my next of kin\b|\bnext of kin\b.{0,60}?\b(?:im out|bye|goodbye|"
         r"wont need|im gone|be gone)\b|"
         r"\b(?:chase|chasing|send it to|bill|sue|fine) a (?:ghost|dead (?:man|woman|person|girl|boy))\b"),
    Rule("suicidal.wont_be_around", CRISIS, _SUICIDAL, 50,
         # "ill be gone before they sort my flat" (fresh dev set p), not "ill be gone before you get here"
         r"\b(?:ill|i will|i ll|im gonna|i am going to|i am gonna) (?:probably |prob |already |just |long )?be "
         r"(?:long )?gone (?:before|by the time)(?= (?:they|the council|anyone|my pa|it|that|the \w+)\b"
         r"(?! (?:gets?|arrives?|comes?|wakes?|back|home|in|here|there|up)\b))|"
         # "i dont plan on being around much longer", "not planning on sticking around" (fresh dev set n)
         r"\b(?:dont|do not|not|no|never) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?"
         r"(?:being|be|staying|stay|sticking|stick) (?:here|around|alive)(?: \w+)?? (?:much longer|for much longer|for long|"
         r"anymore|any more|any longer|past \w+)\b|"
         r"\b(?:wont|will not|not going to|might not|may not|wont even|not) be (?:here|around|"
         r"alive)\b (?:much longer|for much longer|for long|anymore|any more|any longer|by "
         r"(?:tomorrow|morning|christmas|the weekend|next week|then)|to see|to use|to spend|"
         r"to get|to need|after tonight|after today)\b|\b(?:dont think|doubt|not sure|dont "
         r"know if) (?:i will|ill|i would|i am going to|i will still|ill still) (?:still |even )?"
         r"(?:be (?:alive|here|around)|make it) (?:by|to|until|till|for|much|next|this)\b"),
    # "is it normal to plan your own death in detail? cos ive got mine all worked out" (fresh dev set n)
    # "honestly thinking of taking the easy way out. and i dont mean the bus lol" (fresh dev set p)
    Rule("suicidal.easy_way_out", CRISIS, _SUICIDAL, 50,
         r"\b(?:take|taking|took|takes|taken) the (?:easy|cowards|coward s|cowardly|quick) way out\b"),
    Rule("suicidal.plan_death", CRISIS, _SUICIDAL, 50,
         r"\bplan(?:s|ned|ning)? (?:out )?(?:my|your|me|ur) (?:own )?death\b"),
    Rule("suicidal.still_here", CRISIS, _SUICIDAL, 45,
         r"\bwhy (?:am i|i am|the hell am i|is i) (?:even |still )*(?:still |even )?(?:here|"
         r"alive|around|breathing)\b"),
    Rule("suicidal.not_here_tomorrow", CRISIS, _SUICIDAL, 45,
         r"\b(?:wont|will not|not going to|might not) be (?:here|around|alive) (?:tomorrow|in "
         r"the morning|next week)\b(?=.{0,40}\b(?:thanks for everything|thank you for everything"
         r"|goodbye|bye|sorry|love you|tell \w+)\b)"),
    Rule("suicidal.rather_die", CRISIS, _SUICIDAL, 50,
         r"\b(?:rather|prefer to|sooner) (?:\w+ )?(?:die|be dead|kill myself|not be alive|"
         r"not exist)\b"),
    # round 95 (read after its after-run): "i just think its time i go. like properly go"
    Rule("suicidal.time_i_go", CRISIS, _SUICIDAL, 50,
         r"\b(?:its|it is) time (?:for me to|i|to) go\b(?! (?:home|to|out|back|abroad|travelling|shopping|bed|and)\b)"
         r".{0,20}?\b(?:properly|for good|forever|for real|permanently)(?: go| gone)?\b"
         r"(?! (?:to|home|out|back|abroad|travelling)\b)"),
    # fresh dev set as: "top floor of the tower block, window open, im so done"
    Rule("suicidal.window_open", CRISIS, _SUICIDAL, 50,
         r"\b(?:top floor|\d+(?: ?(?:st|nd|rd|th))? floor|roof|rooftop|balcony|ledge)\b.{0,50}?\bwindows? (?:is |are |wide )?"
         r"open\b(?!.{0,80}\b(?:hot|heat\w*|warm|air|stuffy|smell\w*|smoke|cooking|breeze|mould|damp)\b)"
         r".{0,60}?\b(?:so done|done with (?:it|this|everything|life)|had enough|cant (?:do this|go on|take it)|"
         r"cant do it any ?more|over it|nothing left)\b"),
    # fresh dev set at: "i want her to be the one who finds my letter not the police"
    Rule("suicidal.finds_my_note", CRISIS, _SUICIDAL, 50,
         r"\bthe one (?:who|that|to) (?:finds?|found) (?:me|my (?:letter|note|body))\b|\b(?:finds?|found) my (?:letter|note|"
         r"body)\b.{0,30}?\bnot (?:the )?(?:police|paramedics|ambulance|my (?:mum|sister|brother|nan|dad))\b"),
    # fresh dev set at, in the middle of the eligibility form: "21 but thats as old as im getting"
    Rule("suicidal.no_older", CRISIS, _SUICIDAL, 50,
         r"\bas old as (?:i am|i will|i ll|ill|i) (?:ever )?(?:getting|gonna get|going to get|will get|ever gonna be|"
         r"ever going to be)\b"),
    Rule("suicidal.should_die", CRISIS, _SUICIDAL, 50,
         r"\bi (?:\w+ )?(?:should|ought to|need to|have to|must|deserve to|might as well|may "
         r"as well) (?:just |really )?(?:die|be dead|kill myself|end it)\b|\bdeserve to "
         r"(?:die|be dead)\b|\b(?:dont|doesnt) deserve to (?:live|be alive|exist|be here)\b|"
         r"\bshouldnt (?:be alive|exist|have been born)\b"),
    Rule("suicidal.coffin", CRISIS, _SUICIDAL, 45,
         # a visit is not a wish: "i want to visit her grave" (dev round 51)
         r"\b(?:want|wanna|wish|ready|belong|be|lie|lay|rest|put me|soon|going)\b(?: (?!(?:visit\w*|"
         r"see|seeing|her|his|their|mums?|dads?|nans?|grans?|grandads?|grandmas?|family|flowers?)\b)\w+){0,3}"
         r" (?:in )?(?:a |my |the )?(?:coffin|grave)\b|\b(?:coffin|grave) (?:soon|for me|is "
         r"calling|waiting)\b|\bcoffin coffin\b"),
    Rule("suicidal.jump", CRISIS, _SUICIDAL, 50,
         # not a dare told of ("my mate dared me to jump in the river in july, i didnt",
         # fresh dev set w)
         r"\b(?<!dared me to )(?<!dares me to )(?<!dare me to )jump\w* (?:off|from|in front of|infront of|into|in|under) (?:a |the |that |this "
         r"|my )?(?:bridge|building|roof|rooftop|cliff|car park|multi storey|multistorey|tower|"
         r"balcony|window|flats|train|bus|lorry|motorway|river|canal|sea|traffic|road|"
         r"platform|viaduct)\b"
         # not a sponsored or new year's dip ("i'm jumping in the sea for the new years day dip,
         # anyone else doing it", fresh dev set y)
         r"(?!.{0,60}\b(?:dip|sponsored|for charity|wild swim\w*|cold water swim\w*)\b)"),
    Rule("suicidal.method_stated", CRISIS, _SUICIDAL, 50,
         # not "im gonna throw myself into my college work this year" (fresh dev set v)
         r"\bthrow(?:ing|n)? (?:myself|himself|herself|themselves) (?:off|under|in front of|"
         r"infront of|into|in|from|out of)\b(?! (?:\w+ ){0,2}(?:work|studies|studying|revision|coursework|"
         r"course|job|training|music|gym|hobbies|projects?|volunteering)\b)|\b(?:step|stepping|walk|walking|run|running) "
         r"(?:out )?(?:in ?front of|into|in to) (?:a |the )?(?:train|bus|car|lorry|truck|"
         r"traffic|van|road)\b|\b(?:hang|hanging|hanged|hung|drown|drowning|drowned|shoot|"
         r"shooting|suffocate|suffocating|poison|poisoning|gas|gassing|electrocute|strangle|"
         r"strangling) " + SELF + r"\b|\bslit(?:ting)? (?:my |his |her )?(?:wrists?|throat)\b|"
         r"\bcut(?:ting)? (?:my|his|her) (?:throat|wrists? open)\b|\bset (?:myself|fire to "
         r"myself) on fire\b"),
    Rule("suicidal.rope", CRISIS, _SUICIDAL, 50,
         r"\bnoose\b|\brope (?:is )?(?:ready|up|round (?:my|his|her) neck|around (?:my|his|her) "
         r"neck|tied)\b|\b(?:got|bought|buy|buying|have|found|tied|tie|tying|get|getting) "
         r"(?:a |the |my |some )?rope\b(?! (?:swing|ladder|course|bridge)\b)(?=.{0,40}\b(?:tonight|ready|neck|hang(?! (?:my |the |up |out )?"
         r"(?:washing|clothes|laundry|pictures?|curtains|lights|decorations|bunting|a hammock|"
         r"hammock|a swing|swing|a tyre|plants?|towels?)\b)|end|today|tomorrow|done|for me|soon)\b)"),
    Rule("suicidal.in_crisis", CRISIS, _SUICIDAL, 45,
         # not a question of who gets help: "do i need to be in crisis to get support from my PA"
         # (round 75, read after its after-run)
         r"\b(?<!need to be )(?<!have to be )(?<!got to be )(?<!only if )(?:i am|i feel|feeling|having|going through|am having|in) (?:a |an |in a |in an )?"
         r"(?:(?:mental health|mental|emotional|real|massive|serious|bad|huge|proper|total) )?"
         r"crisis\b"),
    Rule("suicidal.no_way_out", CRISIS, _SUICIDAL, 45,
         r"\b(?:no|cant see (?:a|any)|dont see (?:a|any)|there is no|theres no|is there (?:a|"
         r"any)) way out\b"),
    Rule("suicidal.want_it_to_stop", CRISIS, _SUICIDAL, 45,
         r"\bwant (?:it|everything|this|it all|all of it|the pain|the thoughts|life|my life|the "
         r"world|all this) (?:all )?to (?:stop|end|be over|go away forever)\b(?! \w+ing)"
         # "i just want the world to stop for a minute, so much going on" (dev set ae)
         r"(?! for (?:a|one) (?:minute|min|sec|second|bit|moment|day|while|week|few (?:mins|minutes|days|hours)))"),
    Rule("suicidal.tired_of_life", CRISIS, _SUICIDAL, 45,
         r"\b(?:tired|sick|done|fed up|exhausted|weary|had enough) (?:of|with) (?:living|life|"
         r"being alive|"
         r"existing|this life|my life|it all|everything|being here|waking up)\b"),
    Rule("suicidal.given_up", CRISIS, _SUICIDAL, 45,
         r"\b(?:give|giving|given|gave) up on (?:life|living|everything|myself|the world|it "
         r"all|being alive|this life|my life|me)\b|\b(?:give|giving|given|gave) up (?:for good|"
         r"forever|for ever|permanently|once and for all|completely|on everything)\b"),
    Rule("suicidal.tired_of_fighting", CRISIS, _SUICIDAL, 45,
         r"\b(?:tired|sick|done|fed up|exhausted|weary|had enough|worn out) (?:of|with|from) "
         r"(?:fighting|trying|struggling|being strong|holding on|hanging on|surviving|"
         r"battling|the fight|fighting for my life|pretending to be (?:ok|okay|fine|alright))\b"
         r"(?! (?:to|for|with|about|against|the|my|a|an|over|it|them|him|her|at|in|on|"
         r"through)\b)"),
    Rule("suicidal.thoughts_tell_me", CRISIS, _SUICIDAL, 50,
         r"\b(?:thoughts?|voices?|head|brain|mind|demons|something|inner voice|intrusive "
         r"thoughts)\b (?:\w+ ){0,2}?(?:tell|telling|tells|told|saying|says|said|urging|urge|"
         r"urges|wants?|want|keep telling|keeps telling|screaming at|screams at|pushing) me "
         r"(?:to|i should|i need to|i have to|i deserve to) " + ADV + r"(?:die|hurt myself|"
         r"harm myself|cut|jump|do it" + E + r"|" + _END + r")\b"),
    Rule("suicidal.final_plan", CRISIS, _SUICIDAL, 45,
         r"\b(?:tonight|today|tomorrow|this weekend) (?:is|will be|is going to be) "
         r"(?:the (?:night|day|time)|when it happens|it)\b(?=.{0,30}?\b(?:goodbye|bye|over|the "
         r"end|end it|end things|ending it|for good|die|it ends|i (?:go|do it|leave|end it|"
         r"am going|am gone)(?= ?(?:\.|$))))|\b(?:going to|gonna|will|ready to|about to|"
         r"decided to|finally|want to|plan to|planning to|brave enough to|courage to|cant wait "
         r"to) go through with it\b|\b(?:sort\w*|put\w*|get\w*|got) (?:out )?(?:all )?my "
         r"affairs (?:in order|sorted)\b|\b(?:wrote|written|writing|write|made|making|"
         r"make|done|doing) (?:a |my )will\b(?! (?:be|go|get|come|have)\b)|"
         # fresh dev set k: "my will is on my laptop desktop, password is my cats name. goodbye"
         r"\bmy will is (?:on|in|under|at|saved|hidden)\b(?=.{0,80}\b(?:goodbye|bye|password|love you|sorry)\b)|\bwont (?:be "
         r"needing|need) (?:it|them|this|that|any of (?:it|this|them)|my \w+) (?:anymore |any "
         r"more )?(?:where i am going|after tonight|after today|once i am gone|when i am "
         r"gone)\b"),
    Rule("suicidal.hate_being_alive", CRISIS, _SUICIDAL, 45,
         r"\bhate (?:being alive|being here|living|existing|my existence|that i am alive|"
         r"that i exist|that i woke up|life itself|this life|waking up)\b(?! (?:in|at|on|"
         r"with|here|there|near|alone|by|so|like|round|around|the|a|an|my|this|that|early|"
         r"next|without|for|to|up|off|with|when|if|because)\b)"),
    Rule("suicidal.do_something", CRISIS, _SUICIDAL, 45,
         r"\b(?:do|doing) something (?:stupid|silly|drastic|bad|dangerous|final|i cant take "
         r"back)\b(?! (?:with|at|in|on|like|for) (?:the|my|a)\b)|\b(?:do|doing|did) "
         r"(?:something|anything|stuff) (?:stupid |bad |silly )?to " + SELF + r"\b|"
         r"\b(?:scared|afraid|worried|frightened|terrified) (?:of )?what (?:i|he|she|they) "
         r"(?:might|will|could|would|am going to|is going to|are going to) do\b"),
    Rule("suicidal.want_out", CRISIS, _SUICIDAL, 45,
         r"\b(?:just |really )?want(?:s)? (?:out|it over|it to be over|it all over|to get out "
         r"of this life|to leave this world|to leave this earth)" + E + r"|\bwant (?:it|it all|"
         r"everything|this|life) (?:to be )?over\b|\b(?:on|in|of) this (?:planet|earth|world)"
         r" anymore\b|\bleave this (?:world|earth|planet)\b"),
    Rule("suicidal.if_i_was_gone", CRISIS, _SUICIDAL, 45,
         r"\b(?:happier|better|easier|fine|okay|ok|relieved) (?:\w+ ){0,2}?(?:if|when|once) i "
         r"(?:was|were|am|m) (?:gone|dead|not here|not around|no longer here)\b|\b(?:happier|"
         r"better|easier|fine) (?:\w+ ){0,2}?if i (?:wasnt|werent|was not|were not) "
         r"(?:here|around|alive)\b|\bif i am not "
         r"(?:here|around|alive) (?:tomorrow|anymore|by|in the morning)\b|\bif (?:anything|"
         r"something) happens to me\b.{0,40}?\btell\b"),
    Rule("suicidal.pointless", CRISIS, _SUICIDAL, 45,
         r"\b(?:life|living|my life|everything|it all|existing|being alive|being here) "
         r"(?:is|feels|seems|has become|s) (?:so |just |completely |totally )?(?:pointless|"
         r"meaningless|hopeless|not worth it|a waste of time)\b|\bwhy (?:even )?bother "
         r"(?:living|being alive|existing|going on|carrying on|waking up|trying anymore)\b|"
         r"\bwhats the point(?: anymore| of anything| in anything)?" + E + r"|\btonights the "
         r"night\b(?=.{0,30}\b(?:done|goodbye|bye|over|end|it|die|i go" + E + r"|i leave" + E
         + r")\b)"),
    Rule("suicidal.live_or_die", CRISIS, _SUICIDAL, 45,
         r"\b(?:live|living) or (?:die|dead|dying)\b|\b(?:six feet under|in the ground|pushing"
         r" up daisies)\b"
         # not "if i have to do another 5am shift" (round 76, read after its after-run)
         r"(?!.{0,20}\bif i (?:have to |gotta |got to |need to )?(?:do|eat|sit through|work|hear|see|get) "
         r"(?:another|one more)\b)"),
    Rule("suicidal.edge", CRISIS, _SUICIDAL, 50,
         r"\b(?:stood|standing|stand|sat|sitting|sit|been|on) (?:on |at )?the (?:edge|ledge|"
         r"railing|railings|side) of (?:the |a )?(?:bridge|roof|building|cliff|car park|multi "
         r"storey|platform|tracks|flats|balcony)\b|"
         # round 94 (read after its after-run): "im at the top of the stairwell in the car park
         # and its high enough"
         r"\b(?:top|edge|roof|ledge|stairwell|car park|bridge|balcony|window)\b.{0,80}?\b(?:its|it is|thats|that is) "
         r"(?:high|tall|far) enough\b(?! (?:for|to) (?:the|a|my|hang|put|reach|see|stop)\b)|"
         r"\b(?:on|at) the (?:top of the )?(?:bridge|"
         r"roof|cliff|multi storey|train tracks|railway line|tracks)\b(?=.{0,40}\b(?:jump|end|"
         r"goodbye|bye|done|cant(?! find (?:my|the) (?:car|way|keys|phone|mates?|friends?))|"
         r"going to|over|right now|now|tonight)\b)|\b(?:stood|standing|"
         r"sat|sitting|am|i am) on (?:the|a) (?:bridge|roof|cliff|ledge|edge|railway|train "
         r"tracks|tracks)\b(?= ?(?:\.|$|right now|now|tonight))"),
    Rule("suicidal.on_the_edge", CRISIS, _SUICIDAL, 50,
         r"\b(?:stood|standing|stand|sat|sitting|sit|is|s|are|am|been|up|out|climbed|"
         r"climbing|hanging|leaning|perched) (?:up )?(?:on|onto|at|over|out on|on top of|up on|"
         r"off) (?:the |a |top of (?:the |a )?|the top of (?:the |a )?|the roof of (?:the |a )?"
         r"|the edge of (?:the |a )?|the side of (?:the |a )?)?(?:bridge|roof|rooftop|ledge|"
         # not "stood on the edge of the pool for ages before jumping in" (fresh dev set z)
         r"edge(?! of (?:the |a |my )?(?:swimming )?(?:pool|bath|bed|sofa|seat|stage|pitch|court|table|desk|chair))|cliff|cliff edge|multi storey|multistorey|car park|balcony|railway|railway "
         r"line|railway bridge|train tracks|tracks|tower block|flyover|viaduct|window ledge|"
         r"window sill|railings?|barrier|parapet)\b(?=.{0,50}?\b(?:wont|will not|refuses?|"
         r"refusing|not) (?:come|get|climb|step|move)\b|.{0,50}?\b(?:jump|jumping|end it|"
         r"goodbye|bye|threaten\w*|going to|crying|drunk|wrong side|other side|over the)\b)|"
         r"\b(?:wont|will not|refuses? to|refusing to|not) (?:come|get|climb|step) (?:down|"
         r"back) (?:from|off|over) (?:the |a )?(?:roof|bridge|ledge|edge|balcony|railings?|"
         r"cliff|barrier|parapet|window)\b|\b(?:climbed|climbing|gone|went|got|is) (?:over|"
         r"onto|up on|on the wrong side of|the wrong side of) (?:the )?(?:railings?|barrier|"
         r"fence|ledge|edge|parapet) (?:of|on) (?:the|a) (?:bridge|roof|car park|multi storey|"
         r"balcony|cliff|flyover|viaduct)\b"),
    Rule("suicidal.going_to_die", CRISIS, _SUICIDAL, 50,
         r"\b(?:i am|i will|decided i am|decided to) (?:\w+ )?(?:going to )?die (?:tonight|today|"
         r"soon|this week|this weekend|tomorrow)\b|\b(?:i am|im) ending (?:it|things|"
         r"everything)\b(?! with\b)"),
    Rule("suicidal.no_future", CRISIS, _SUICIDAL, 45,
         r"\b(?:dont|cant|do not|cannot|never) see (?:myself|me) (?:\w+ )?(?:being |still )?"
         r"(?:here|alive|around|living|making it|getting older)\b|\b(?:imagining|imagine|"
         r"planning|plan|picture|picturing|thinking about|think about|thought about|planned|"
         r"writing) (?:my|my own) funeral\b|\bwho would (?:come|go) to my funeral\b"),
    Rule("suicidal.not_needed", CRISIS, _SUICIDAL, 45,
         r"\b(?:the world|nobody|no one|noone|everyone|they|my family|people) (?:\w+ )?"
         r"(?:doesnt|dont|wont|does not|do not|would not|wouldnt) (?:need|want|miss) me\b"
         r"(?! to\b)|\bnot (?:going to |gonna )?be (?:a |an )?(?:problem|burden|bother|issue|"
         r"nuisance) (?:for|to) (?:anyone|anybody|you|everyone|them) (?:much longer|for long|"
         r"anymore|soon|after tonight)\b|\bsorry (?:for being|to be|i am|i was) (?:such )?"
         r"(?:a )?burden\b"),
    Rule("suicidal.goodbye_gone_quiet", CRISIS, _SUICIDAL, 50,
         r"\b(?:texted|messaged|sent|said|text|posted|wrote|snapchatted) (?:me |us |everyone "
         r")?(?:a )?(?:goodbye|bye)\b(?=.{0,60}\b(?:not answering|isnt answering|wont answer|"
         r"not picking up|isnt picking up|phone off|phone is off|turned (?:his|her|their) phone "
         r"off|cant get hold|cant reach|no answer|not replying|isnt replying|wont reply)\b)"),
    Rule("suicidal.car_on_purpose", CRISIS, _SUICIDAL, 45,
         r"\b(?:crash|crashing|crashed|drive|driving|drove|swerve|swerving) (?:my car|into "
         r"(?:a|the) (?:wall|tree|lorry|bridge|river|traffic))\b.{0,20}?\bon purpose\b"),
    Rule("suicidal.attempt", CRISIS, _SUICIDAL, 50,
         r"\b(?:tried|try|trying|attempt|attempted) to (?:end it|end my life|kill " + SELF +
         r"|take my life)\b|\b(?:made|make) an attempt on my life\b"),

    # self harm (priority 40)
    Rule("self_harm.named", CRISIS, _SELF_HARM, 40,
         r"\bself (?:harm\w*|injur\w*|hurt\w*|mutilat\w*)\b"),
    Rule("self_harm.hurt_myself", CRISIS, _SELF_HARM, 40,
         # not "how do i dispose of a broken glass without cutting myself" (fresh dev set s)
         # nor "nearly cut myself washing up" (fresh dev set w)
         r"\b(?!(?<=without )(?:cutting|slicing|stabbing|cut|slice|stab) )"
         r"(?!(?<=nearly |almost )(?:cut|burnt|burned|stabbed|sliced) )(?:cut|cuts|cutting|cutted|slash|slashed|slashing|slice|sliced|burn|burns|burned|"
         r"burnt|burning|hurt|hurts|hurting|harm|harms|harmed|harming|hit|hits|hitting|punch|"
         r"punched|punching|scratch|scratched|scratching|bite|biting|starve|starved|starving|"
         r"stab|stabbed|stabbing|bang|banged|banging|carve|carved|carving|bruise|bruised|"
         r"bruising|pinch|pinching|punish|punishing|punished) " + SELF + r"\b"),
    Rule("self_harm.hurt_body", CRISIS, _SELF_HARM, 40,
         r"\b(?:cut|cuts|cutting|cutted|slash|slashed|slashes|slashing|slice|sliced|slices|"
         r"slicing|burn|burns|burned|burnt|burning|scratch|scratched|scratches|scratching|"
         r"carve|carved|carves|carving|stab|stabbed|stabs|stabbing|gouge|gouged|gouging|"
         r"scrape|scraped|scraping|score|scored|scoring|dig|digging|dug|bite|bit|bites|"
         r"biting|bitten|pinch|pinched|pinching|scald|scalded|scalding) (?:\w+ )?(?:into |in "
         r"to |up |open |at |in |on |across |down )?(?:my|his|her|their) (?:own )?(?:\w+ )?"
         r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|body|chest|ankles?|"
         r"shoulders?|forearms?|upper arms?|calf|calves|sides?|ribs?|flesh|tummy|veins?)\b"
         r"(?! (?:on|with|while|whilst|when|at|playing|doing) (?:the |a |my |some |an )?(?:oven|hob|iron|"
         r"kettle|stove|pan|grill|tray|bike|fence|football|rugby|gym|training|work|pe|"
         r"netball|boxing|straighteners|curling|bramble|brambles|nettles|barbed)\b)"),
    Rule("self_harm.cutting", CRISIS, _SELF_HARM, 40,
         r"\b(?:been|started|start|starting|keep|keeps|kept|still|stop|stopped|back to|go back "
         r"to|went back to|want to|need to|going to|tempted to|thinking about|thought about|"
         r"relapsed|relapse|clean from|i|is|she is|he is|they are|been) (?:\w+ )?cut(?:ting)?"
         r"\b(?= ?(?:\.|$|again|myself|tonight|so bad|deep|deeper|more|badly|bad|really|loads|"
         r"and|but|because|since|after|for \w+ (?:days?|weeks?|months?|years?)))"),
    Rule("self_harm.urge", CRISIS, _SELF_HARM, 40,
         r"\burges? to (?:cut|burn|hurt|harm|sh|self harm)\b(?! (?:my hair|back|down|costs)\b)|"
         # not money or hours cut: "peak. my bursary got cut again" (round 71)
         r"\b(?<!got )(?<!get )(?<!been )(?<!being )(?<!getting )cut again\b|\bcutting again\b"),
    Rule("self_harm.sh", CRISIS, _SELF_HARM, 40,
         r"\b(?:relaps\w*|clean from|urges?(?: to)?|did|done|doing|do|again|scars?|wounds?|"
         r"want to|need to|miss|stop|started|been|going to|on) sh\b|\bsh (?:again|urges?|"
         r"scars?|wounds?|cuts?|relapse\w*|is getting|tonight|badly)\b|"
         # fresh dev set r: "tbh i sh every night now before bed"
         r"\bi sh (?:every|most|each|daily|all the time|when|whenever)\b"),
    Rule("self_harm.relapse", CRISIS, _SELF_HARM, 35, r"\brelaps(?:e|ed|ing)\b"),
    Rule("self_harm.blades", CRISIS, _SELF_HARM, 40,
         # round 74 (read after its after-run): "went at my legs with an old razor, fr it
         # looks like a crime scene in here"
         r"\bwent at (?:my|me) (?:\w+ )?(?:legs?|arms?|wrists?|thighs?|skin|stomach|hips?) with\b|"
         # "razors out again fr. worst day at the jobcentre ever" (fresh dev set p)
         r"\b(?:the |my |some )?(?:razors|blades) (?:are |r )?(?:out|back out) again\b|"
         r"\b(?:the|my|some) (?:razor )?blades? (?:out|again|back)\b|\b(?:hiding|hid|hide|"
         r"found|find|threw away|throw away|bought|buy|got|get) (?:the |my |some |new )?"
         r"(?:razor )?blades?\b(?! for (?:shaving|my (?:legs|face))\b)(?=.{0,30}\b(?:again|cut|"
         r"arm|wrist|thigh|out|tonight|hide|relapse)\b)|\b(?:blade|blades|razor|razors|knife|"
         r"glass|sharpener) (?:\w+ )?(?:on|to|into|across|against|in|over|my) my "
         r"(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|body|stomach)\b|"
         r"\bknife (?:\w+ )?my (?:arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin)\b|"
         # round 64: "got evicted today and picked up a pack of razor blades on the way out. thats my plan now"
         r"\b(?:razor )?blades?\b.{0,60}?\b(?:thats|that is|its|it is|theyre|they are) (?:my|the) (?:plan|way out)\b"),
    Rule("self_harm.wounds", CRISIS, _SELF_HARM, 40,
         # round 66: "had to tell the nurse at college i fell. i didnt fall"
         r"\b(?:told|tell|said|say|saying|telling) (?:\w+ ){0,6}i (?:fell|tripped|walked into)\b.{0,15}?\bi "
         r"(?:didnt|did not|never) (?:fall|trip|walk into)\b|"
         # wounds to be explained away: "whats a good excuse for why my arms are bandaged, got an
         # interview tomorrow" (fresh dev set p); old scars are read as the past (context.py)
         r"\b(?:excuse|excuses|explain|lie) (?:\w+ ){0,3}(?:why |for )?my (?:arms?|wrists?|thighs?|legs?) "
         r"(?:are|is|being) (?:bandaged|all cut|covered|marked|scarred|scratched)\b|"
         r"\bhow (?:do i|to|can i) hide (?:my |the )?(?:cuts|fresh cuts|bandages?|self harm)\b|"
         r"\b(?:fresh|new|deep|open) (?:cuts|cut|wounds|scars|burns)\b|\bcovered in (?:cuts|"
         r"scars|burns|bruises)\b|\bmy (?:cuts|wounds|"
         r"scars|burns)\b|\b(?:cuts|burns|scars|scratches|marks) (?:on|all over|up and down) my "
         r"(?:arms?|wrists?|legs?|thighs?|stomach|body)\b|"
         r"\bcut (?:too |really |so |way )?deep(?:er|ly)?\b|"
         # stitches asked about for "deep ones" (fresh dev set ab): cuts, unnamed
         r"\b(?:butterfly stitches|butterfly strips|steri ?strips|stitches|skin glue)\b.{0,30}?\bdeep(?:er)? ones\b|"
         r"\bdeep(?:er)? ones\b.{0,40}?\b(?:butterfly stitches|butterfly strips|steri ?strips|stitches|skin glue)\b|"
         # fresh dev set ab: sharps locked away "so i used a broken mirror"; plasters at 2am
         # for something that is "not stoppin"
         r"\b(?:locked|hid|hidden|took|taken|put) (?:\w+ ){0,3}(?:knives|blades|razors|sharps|scissors) "
         r"(?:away|off me)\b.{0,40}?\bso i (?:used|found|got|took) (?:a |an |the |my |some )?(?:broken |smashed )?"
         r"(?:mirror|glass|bottle|razor|blade|sharpener|pencil sharpener|can|lid|compass|something else)\b|"
         r"\b(?:plasters?|bandages?|gauze)\b.{0,40}?\b(?:its|it is|it) (?:still )?(?:not|wont|will not) "
         r"stop(?:ping|pin)?\b"),
    # "help my cut wont stop bleeding" had only the urgent reply (dev round 34): a cut of
    # their own that bleeds gets the crisis contacts, which say 999 / A&E too.
    # "my arm wont stop bleeding from what i did to it" (dev round 51): the urgent
    # bleeding reply left out that they did it to themselves
    Rule("self_harm.what_i_did", CRISIS, _SELF_HARM, 40,
         r"\b(?:bleed\w*|blood|cuts?|wounds?|burns?|marks|scars?)\b.{0,40}?\b(?:from|after|because of|cos of) "
         r"what i (?:did|done|have done)(?: to (?:it|them|myself|my \w+))?\b|\bwhat i did to myself\b"),
    # dev rounds 53-54: "just cut and its deeper than usual", "carved his name in my arm lol"
    # (the person's name is looked at, not matched, so the message stays about the writer)
    Rule("self_harm.deeper", CRISIS, _SELF_HARM, 40,
         r"\b(?:cut|cuts|cutting|went|gone|go)\b.{0,40}?\bdeeper than (?:usual|normal|before|last time|i meant|"
         r"i wanted|ever|i thought)\b|\bcarv(?:e|ed|ing)\b(?=(?: \w+){0,3} (?:in|into|on) my (?:arm|arms|leg|legs|"
         r"wrists?|thighs?|skin|stomach|hand|hands|chest)\b)|"
         # first aid kept for going too far (fresh dev set z: "got my own first aid kit now
         # lol. for when i go too far")
         r"\b(?:first aid|plasters|steri ?strips|butterfly stitches|dressings|bandages)\b.{0,40}?\b(?:for )?when i "
         r"(?:go|cut|do it|take it) too (?:far|deep)\b"),
    # Scars asked about, then the harm still going on (fresh dev set z: "can the leaving care
    # team pay for scar removal? also its still happening, did it again yesterday").
    # Rounds 75-76 (read after their after-run): "used to cut in care, started again since
    # moving into my own flat"; "cutting is the only thing that gets me through contact with
    # my birth family"
    Rule("self_harm.started_again", CRISIS, _SELF_HARM, 40,
         r"\b(?:started|starting|begun|began) (?:cutting|to cut|sh|self harming|harming myself|hurting myself) again\b|"
         r"\bused to (?:cut|sh|self harm|hurt myself|harm myself)\b.{0,40}?\b(?:started|starting|doing it|began|back at it) "
         r"again\b|"
         r"\b(?:cutting|sh|self harm\w*|hurting myself|harming myself|the blade) (?:is|are) the only thing (?:that )?"
         r"(?:gets me through|helps|works|keeps me going|stops|calms)\b"),
    # rounds 95-96 (read after their after-run): "got blood all over it from cutting"; "get the
    # first aid kit out before i even start now, thats how routine it is"
    Rule("self_harm.blood_from_cutting", CRISIS, _SELF_HARM, 40,
         r"\bblood\b.{0,40}?\bfrom (?:my |me )?(?:cutting|sh|self harm\w*|cuts)\b(?! (?:onions?|veg\w*|vegetables|wood|"
         r"paper|glass|the|my hair|meat|chicken|bread|open|fruit)\b)|\b(?:~|first aid(?: kit| box)?|plasters|bandages|"
         r"steri ?strips|dressings) (?:kit |box )?(?:out|ready|next to me|by me) before i (?:even )?(?:start|begin)\b"),
    # fresh dev set at: "got told im too old for camhs ... so i went back to the blade"; "do i
    # have to show my arms at the college interview? theyre bad rn, fresh from last night"
    Rule("self_harm.back_to_it", CRISIS, _SELF_HARM, 40,
         r"\b(?:went|gone|going|been|turned|turning|go|started going) back to (?:the |my )?(?:blades?|razors?|cutting|sh|"
         r"self harm\w*|hurting myself|harming myself)\b"),
    Rule("self_harm.fresh_marks", CRISIS, _SELF_HARM, 40,
         r"\b(?:arms?|wrists?|thighs?)\b.{0,60}?\bfresh (?:from|since) (?:last night|this morning|today|yesterday|earlier|"
         r"the weekend)\b"),
    Rule("self_harm.scars_still", CRISIS, _SELF_HARM, 40,
         r"\bscars?\b.{0,80}?\b(?:still happening|(?:did|done) it again|still doing it|still do it)\b"),
    Rule("self_harm.own_cut_bleeding", CRISIS, _SELF_HARM, 40,
         # "the cuts are gaping a bit, they wont stop bleeding" (fresh dev set d)
         r"\b(?:my|the) cuts?\b.{0,40}?\b(?:wont stop|not stopping|cant stop|keeps bleeding|bleeding (?:a lot|"
         r"loads|so much|badly|heavily|everywhere)|blood everywhere|so much blood)\b"),
    # either order: "wrapped the hair tie round my wrist so tight it went purple" (set v)
    Rule("self_harm.tied_tight", CRISIS, _SELF_HARM, 40,
         r"\b(?:tied|tie|tying|wrapped|wrapping|pulled) .{0,30}?\b(?:tight|tightly|tighter)\b.{0,20}?"
         r"\b(?:round|around) my (?:wrists?|arms?|legs?|thighs?|fingers?)\b|"
         r"\b(?:tied|tie|tying|wrapped|wrapping|pulled) .{0,30}?\b(?:round|around) my (?:wrists?|arms?|legs?|thighs?|"
         r"fingers?|neck)\b.{0,10}?\b(?:so |too |really |that )?(?:tight|tightly|tighter)\b"),
    Rule("self_harm.until_bleed", CRISIS, _SELF_HARM, 40,
         r"\b(?:till|until|til|untill) (?:it|they|i|my \w+) (?:bleed|bleeds|bled|bleeding|"
         # not the idiom: "feels like im banging my head against a wall with the council" (set u)
         r"burns?|bruises?|bruised)\b|\bpunch\w* (?:the |a )?walls?\b|"
         r"\b(?<!like )(?<!like im )(?<!like i am )(?<!like i m )bang\w* my head "
         r"(?:against|on|off) (?:the |a )?walls?\b"),
    Rule("self_harm.knife_again", CRISIS, _SELF_HARM, 40,
         r"\b(?:did|done|doing) it again\b.{0,20}?\bknife\b|\bknife\b.{0,20}?\b(?:again|did it|"
         r"done it)\b"),
    Rule("self_harm.use_it_on_myself", CRISIS, _SELF_HARM, 40,
         r"\b(?:use|used|using|turn|turned|turning) (?:it|them|a knife|the knife|a blade|the "
         r"blade|a razor|the razor|this) on " + SELF + r"\b"),
    Rule("self_harm.on_purpose", CRISIS, _SELF_HARM, 40,
         r"\b(?:burn\w*|cut\w*|hurt\w*|hit\w*|bang\w*|scratch\w*|punch\w*|bruis\w*) .{0,25}?"
         r"\bon purpose\b"),
    Rule("self_harm.deserve_pain", CRISIS, _SELF_HARM, 40,
         r"\bdeserve (?:to (?:hurt|suffer|be hurt|feel pain|bleed|be punished)|the pain)\b"),
    Rule("self_harm.blade", CRISIS, _SELF_HARM, 40,
         r"\b(?:sharpener|pencil sharpener) blades?\b(?! (?:has |have |just )?(?:fell|fallen|came|come|popped|dropped) "
         r"(?:out|off)\b)|\bblades? again\b|\b(?:took|take|taken|"
         r"used|use|using) (?:a |the |my )?(?:blade|blades|razor|sharpener)\b(?! (?:to shave|for "
         r"shaving|on my (?:legs|face|beard))\b)(?=.{0,30}\b(?:again|arm|arms|wrist|wrists|"
         r"thigh|thighs|leg|legs|skin|myself|tonight)\b)|\b(?:picking|pick|picked|tearing|"
         r"ripping) (?:at )?my skin\b"),
)

# --- Urgent rules (not self-harm) ----------------------------------------------------------
_HURT = "being_hurt"
_EXPLOIT = "exploitation"
_HOMELESS = "homeless_tonight"
_MEDICAL = "medical_emergency"

_VIOLENT = (
    r"(?:punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|"
    r"slapping|strangle|strangled|strangles|strangling|choke|choked|chokes|choking|batter|"
    r"battered|batters|battering|stab|stabbed|stabs|stabbing|assault|assaulted|assaults|"
    r"assaulting|rape|raped|rapes|raping|smack|smacked|smacks|smacking|headbutt|headbutted|"
    r"threaten|threatened|threatens|threatening|abuse|abused|abuses|abusing|molest|"
    r"molested|molests|molesting|attack|attacked|attacks|attacking|stalk|stalked|stalks|"
    r"stalking|spiked|shoved|shoves|shoving)"
)

URGENT_RULES: tuple[Rule, ...] = (
    # medical emergency (priority 30)
    Rule("medical.breathing", URGENT, _MEDICAL, 30,
         r"\b(?:cant|struggling to|hard to|difficult to|trouble|unable to|not able to|can "
         r"barely|barely|cannot) (?:\w+ ){0,2}?breathe?\b|\b(?:barely|hardly|not|isnt|stopped|"
         r"struggling|trouble|difficulty|problems) (?:\w+ )?breathing\b|"
         r"\b(?:lips|face|fingers) (?:are |is )?(?:going |turning |gone |turned )?"
         r"(?:blue|grey|purple)\b|\b(?:not|isnt|stopped|no longer|hasnt "
         r"been|wasnt|arent) breathing\b"),
    Rule("medical.chest", URGENT, _MEDICAL, 30,
         r"\bchest (?:pain|pains|hurts|is hurting|feels tight|is tight|tightness|is really "
         r"tight|hurting|is killing)\b|\bpains? in (?:my|his|her) chest\b|\b(?:my|his|her) "
         r"chest (?:\w+ ){0,2}?(?:hurts|hurting|pain|pains|tight|crushing)\b"),
    Rule("medical.attack", URGENT, _MEDICAL, 30,
         r"\b(?:having|is having|am having|think i am having|think (?:he|she|they) "
         r"(?:is|are) having) a (?:heart attack|stroke|seizure|fit|asthma attack)\b(?! of\b)|"
         # not "doing it on my birthday. seems fitting." (dev set an): fitting as apt
         r"\bseizures?\b|\basthma attack\b|\bhaving a fit\b|\b(?<!seems )(?<!seemed )(?<!quite )(?<!very )(?<!how )"
         r"(?<!only )(?<!feels )(?<!so )(?<!pretty )fitting" + E + r"|"
         r"\b(?:is|are|was|were|started|starts|keeps?|keeps on|been|has been|hes|shes|theyre|"
         r"having|having bad|epileptic|convulsing|and|still) (?:fitting|fits|convulsing)\b"
         r"(?! (?:a|an|the|in|into|new|my|his|her|their|your|some|out|together|for|with|me|him|"
         r"them|well|nicely|perfectly|fine|right(?! now)|okay|ok|properly|nice|round|up|kitchens?|of|"
         r"carpets?|windows?|doors?)\b)|\b(?:having|had|keeps having|started having) (?:a "
         r"|another )?(?:fit|fits|convulsions?)\b(?! (?:of|over|about|because|cos)\b)|"
         r"\bconvulsions?\b|\bconvulsing\b"),
    Rule("medical.collapsed", URGENT, _MEDICAL, 30,
         r"\b(?:i|he|she|they|hes|shes|theyve|friend|friends|mate|mates|mum|mums|dad|dads|"
         r"brother|brothers|sister|sisters|boyfriend|boyfriends|girlfriend|girlfriends|partner|"
         r"partners|baby|babys|son|daughter|someone|somebody|flatmate|flatmates|housemate|"
         r"housemates|nan|nans|grandad|grandads|man|woman|guy|girl|lad)\b (?:\w+ ){0,2}?"
         r"(?:has |have |just |suddenly )?collapsed\b"),
    Rule("medical.unconscious", URGENT, _MEDICAL, 30,
         r"\bunconscious\b|\bunresponsive\b|\b(?:not|isnt|arent|wasnt|wont|stopped|doesnt|"
         r"hasnt been|no longer|not even) (?:\w+ )?(?:responding|responsive|reacting)\b"
         r"(?! to (?:me|us)(?: (?:at all|for days|for weeks|since|about|on|over|when i))?"
         r"(?: ?(?:\.|$)| (?:at all|for days|for weeks|since|about|on|over|when i)))|"
         r"\b(?:not|isnt|arent|wasnt|wont|stopped|doesnt|hasnt been|no longer|not even) "
         r"(?:\w+ )?moving\b(?! (?:out|to|in|into|house|flat|flats|home|homes|away|back|on|forward|abroad|there|"
         r"here|from|yet|until|till|til|again|anywhere|placement|area|city|town|areas|areas|"
         r"school|college|uni|job|jobs|rooms?|my|the|with|near|closer|nearer|now|unless|"
         r"because|cos|for|this|that|either|anymore|any more|in with)\b)"
         # (not a move: "not moving, not going anywhere you can visit", fresh dev set ar)
         r"(?!\W+(?:not|just) going\b)|"
         # (not "hopefully wont wake up": a wish, the crisis rules' to answer; round 75)
         r"\b(?:on|lying on) the floor and (?:not|wont|isnt|cant)\b|\b(?<!hopefully )(?<!hopefully i )(?<!hope i )(?<!i hope )(?:wont|isnt|not|cant|"
         r"doesnt|arent|couldnt|cannot|unable to|not able to) (?:\w+ )?(?:wake|waking|rouse|"
         r"get a response from) (?:up|him|her|them|my \w+|\w+ up)\b|\b(?:turning|turned|"
         r"going|gone|went) (?:blue|grey|purple)\b(?!.{0,30}\b(?:cold|freezing|heating|"
         # fresh dev set l: "massive bruise on my thigh from 5 a side, its gone purple and green"
         r"heater|dye|dyed|paint|green|yellow|bruise|bruised|bruising)\b)|\bblue lips\b|"
         # round 61: "had blood taken today and nearly fainted 😂" (it did not happen)
         # (not "i keep nearly fainting": that is now)
         r"\bpass(?:ing)? out\b|\b(?<!nearly )(?<!almost )passed out\b|\bblack out\b|"
         r"\b(?<!nearly )(?<!almost )blacked out\b|\bfaint(?:ing)?\b|\b(?<!nearly )(?<!almost )fainted\b"),
    Rule("medical.bleeding", URGENT, _MEDICAL, 30,
         r"\bbleeding (?:really |so |very )?(?:a lot|loads|heavily|badly|everywhere|so much|"
         r"lots|wont stop|and it wont stop|non stop|heavy|bad)\b|\b(?:wont|doesnt|cant make it|"
         r"will not|isnt going to|cant get it to) stop bleeding\b|"
         # "cant stop the bleeding" (dev set ah; 26 risk messages in the tree, 13 of them
         # with a check-in only, none ordinary)
         r"\b(?:i |i just |just )?(?:cant|can not|cannot|couldnt) stop (?:the )?bleeding\b|\blost (?:a lot of|loads of|"
         r"so much|lots of) blood\b|\bblood everywhere\b|\b(?:a lot of|loads of|so much|lots of) "
         r"blood\b.{0,30}?\b(?:wont stop|not stopping|everywhere|cant stop)\b|"
         r"\bpregnant\b.{0,30}?\bbleeding\b|"
         r"\bbleeding\b.{0,30}?\bpregnant\b|"
         r"\bblood (?:is |keeps )?(?:pouring|gushing|pumping|spurting|squirting|pissing)\b|"
         # dev set ad: "does it count as an emergency if its pumping out"; "the blood's gone
         # all over my new duvet ... lol. so stupid" (the cause test decides crisis or urgent)
         r"\b(?:its|it is|it s|its still) (?:pumping|spurting|squirting|gushing) out\b(?! of (?:the |a |my )?"
         r"(?:pipe|tap|radiator|boiler|sink|toilet|ceiling|wall|bath|shower|washing machine|hose))|"
         r"\bbloods? (?:s |has |is )?(?:gone|got|went|all) (?:all )?over (?:my|the) (?:new )?(?:duvet|bed|sheets?|"
         r"carpet|floor|bathroom|towel|pillow|mattress)\b|"
         # round 80: "wrapped my arm in a tshirt and its still coming through, feel a bit faint"
         r"\bwrapped (?:it|my \w+)(?: up)? in (?:a |my )?(?:tshirt|t shirt|towel|top|sock|cloth|bandage|hoodie)\b.{0,30}?"
         r"\b(?:still |keeps |keep |its )*(?:coming|soaking|seeping|going|bleeding) (?:red )?through\b|"
         # dev set ad: "my bath is full of red water rn and i feel light headed"
         r"\b(?:full of|all|gone|turned) (?:red|pink) (?:water\b)?.{0,60}?\b(?:light ?headed|dizzy|faint\w*|"
         r"woozy|weak|so cold|sleepy|passing out)\b"),
    Rule("medical.ambulance", URGENT, _MEDICAL, 30,
         r"\b(?:need|call|get|ring|phone|send|calling|called|waiting for) (?:an |the |a )?"
         r"ambulance\b|\b(?:call|ring|dial|phone|calling|should i call|should i ring) 999\b"),
    Rule("medical.allergy", URGENT, _MEDICAL, 30,
         r"\ballergic reaction\b|\banaphyla\w*|\bthroat (?:is )?(?:closing|swelling|swollen)\b|"
         r"\bepipen\b|\bhives (?:all over|everywhere)\b.{0,60}?\b(?:face|lips|tongue|throat|breath\w*)\b|"
         r"\btongue (?:feels|is|s|has gone) (?:big|huge|swollen|fat|massive)\b|\b(?:face|lips) (?:is |are )?swelling up\b"),
    Rule("medical.head_injury", URGENT, _MEDICAL, 30,
         # "got a boot to the head playing football and now hes being sick and doesnt know
         # what day it is" (dev round 54)
         r"\b(?:to|on|in) the head\b.{0,60}?\b(?:being sick|throwing up|vomit\w*|confused|doesnt know|dont know|"
         r"cant remember|drowsy|passed out|knocked out)\b|\b(?:doesnt|does not|dont) know what day it is\b|"
         r"\b(?:hit|banged|bashed|smacked|cracked) (?:my|his|her) head\b.{0,40}?\b(?:sick|"
         r"dizzy|blood|bleeding|passed out|fainted|confused|vomit\w*|throwing up|blurry|cant "
         r"see)\b"),
    Rule("medical.stroke", URGENT, _MEDICAL, 30,
         r"\bface (?:is )?(?:drooping|droopy)\b|\bhaving a stroke\b|\bslurred speech\b|"
         r"\b(?:cant|cannot) (?:talk|speak) properly\b|\bcant (?:move|feel) (?:my|his|her) "
         r"(?:arm|arms|leg|legs|face)\b"),
    # A bad burn: "tipped the chip pan over, boiling oil all down my arm, skin is peeling off"
    # (fresh dev set e)
    Rule("medical.burn", URGENT, _MEDICAL, 30,
         r"\b(?:boiling|hot|burning) (?:oil|water|fat|kettle|pan|chip pan)\b.{0,50}?\b(?:skin (?:is |s |keeps )?"
         r"(?:peeling|coming|falling|hanging|bubbling)|blister\w* (?:all|everywhere)|all (?:down|over) my)\b|"
         r"\bskin (?:is |s )?(?:peeling|coming|hanging|falling) (?:off|away)\b.{0,40}?\b(?:burn\w*|boiling|hot)\b"),
    Rule("medical.dying", URGENT, _MEDICAL, 25,
         r"\b(?:i|i think i|i feel like i) am dying\b|\bi think i am going to die\b"),

    # being hurt (priority 25)
    Rule("being_hurt.violence", URGENT, _HURT, 25,
         r"\b" + _VIOLENT + r" (?:me|us)\b(?! (?:up on|out|off)\b)"),
    # A threat to kill passed on: "got a voice note saying im dead when they find me" (dev
    # rounds 55, 57 and 71; a check-in only before)
    Rule("being_hurt.dead_when_found", URGENT, _HURT, 25,
         r"\b(?:i am|im|i m|you are|youre|ur) (?:so )?dead when (?:they|he|she|we|them|the \w+) finds? (?:me|you)\b"),
    # round 96 (read after its after-run): "hes got me by the hair, managed to grab my phone"
    Rule("being_hurt.held_by", URGENT, _HURT, 25,
         r"\b(?:he|she|they|hes|shes|he is|she is|he has|she has|they have|theyve|someone|somebody|a man|a guy|this guy|"
         r"my (?:ex|bf|boyfriend|partner|husband|dad|stepdad|step dad|uncle|brother|mum|girlfriend|gf|cousin)) (?:has |is |s )?"
         r"(?:got|grabbed|holding|pinned|pinning|had) me by (?:the|my) (?:hair|throat|neck)\b"),
    Rule("being_hurt.hit_me", URGENT, _HURT, 25,
         # not a wish to have been hit ("wish that car had actually hit me", suicidal.be_dead)
         r"\b(?<!had actually )(?<!had just )(?<!had )(?<!would )(?<!would have )(?:hit|hits|hitting|smacked|grabbed|grabs|pinned|kicks|spat at|spit at|threw "
         r"(?:\w+ ){0,3}at|throwing (?:\w+ ){0,3}at) (?:me|us)\b(?! up\b)|\bbeat(?:s|ing|en)? "
         r"(?:me|us)\b(?! (?:at|to)\b)|\bpush(?:ed|es|ing)? (?:me|us) (?:down|over|into|"
         r"against|out of|off)\b"),
    Rule("being_hurt.person_hurts_me", URGENT, _HURT, 25,
         r"\b" + PERSON + r" (?:\w+ ){0,3}?(?:hurt|hurts|hurting|touch|touched|touches|"
         r"touching|hit|hits|bit|bites|burned|burnt) (?:me|us)\b(?! up\b)"),
    Rule("being_hurt.touching", URGENT, _HURT, 25,
         r"\b" + PERSON + r"\b.{0,60}?\b(?:touch(?:ing|ed|es)?|grop(?:e|es|ed|ing)|feeling) "
         r"(?:me|us)(?: up)?\b|\b(?:comes?|coming|came) (?:in|into) my (?:room|bed)\b.{0,15}?"
         r"\bnight\b|\bat night\b.{0,15}?\b(?:comes?|coming|came) (?:in|into) my (?:room|bed)\b"),
    # A near miss on the road is not being hurt by someone: "nearly got hit by a car crossing
    # the road, people drive like maniacs round here" (fresh dev set v).
    Rule("being_hurt.beaten", URGENT, _HURT, 25,
         r"\b(?!(?:(?<=nearly )|(?<=almost ))(?:got|get|getting|been) (?:hit|knocked over) by (?:a |the |some )?"
         r"(?:car|bus|van|lorry|truck|bike|cyclist|moped|scooter|taxi|train)\b)"
         r"(?:being|been|getting|got|get|was|were|am|i am|keep getting) (?:\w+ )?(?:hit|"
         r"beaten|beat up|beaten up|battered|abused|attacked|threatened|stalked|assaulted|"
         r"sexually assaulted|raped|strangled|choked|stabbed|jumped|mugged|spiked|kidnapped|"
         r"shot at|shot|followed|hurt by|controlled)\b(?! (?:with a|down|"
         r"at the|up on)\b)"),
    Rule("being_hurt.beat_up", URGENT, _HURT, 25,
         r"\bbeat(?:s|en|ing)? (?:me|us) up\b|\bbeaten up\b|\bbeat up\b|\brape\w*\b|\bglassed\b|"
         r"\bsexual(?:ly)? (?:assault\w*|abuse\w*)\b"),
    # "marks all over my back from my uncle and i have to stay there till friday" (dev
    # round 52): injuries from a person, not from sport
    Rule("being_hurt.marks_from", URGENT, _HURT, 25,
         r"\b(?:marks|bruises|bruised|welts|belt marks|burns|scratches|cuts) (?:all )?(?:over|on|down|across) "
         r"(?:my|me) (?:\w+ )?(?:back|arms?|legs?|body|face|neck|chest|sides?|wrists?|ribs)\b.{0,20}?\b"
         r"(?:from|off|cos of|because of) (?:him|her|them|" + PERSON + r")\b"),
    # "theres a drill track out with my name in it saying im getting done" (dev round 53)
    Rule("being_hurt.named_in_threat", URGENT, _HURT, 25,
         r"\b(?:track|song|video|post|story|diss|drill)\b.{0,40}?\bmy name\b.{0,40}?\b(?:getting|gonna get|going to get|"
         r"will get|im|i am) (?:done|wet|merked|shanked|dropped|dead|stabbed|got)\b"),
    Rule("being_hurt.throws_at_me", URGENT, _HURT, 25,
         r"\b(?:throws|threw|throwing|chucks|chucked|chucking|lobs|lobbed) (?:stuff|things|plates|cups|bottles|"
         r"glasses|his phone|chairs|whatever|a \w+|the \w+)(?: \w+)? at me\b"),
    # "a group messaged me saying im dead if i go to college tomorrow" (fresh dev set 2)
    Rule("being_hurt.dead_if", URGENT, _HURT, 25,
         r"\b(?:i am|im|ur|youre|you are|your|hes|shes|shes) (?:so |proper )?dead if (?:i|you|u|he|she) "
         r"(?:go|goes|come|comes|show|shows|step|steps|turn up|turns up|walk|set foot|leave|tell|snitch)\b"),
    Rule("being_hurt.threat_to_kill", URGENT, _HURT, 25,
         # "my mum said shed kill me if i told anyone", a threat to keep quiet: "shed" counts
         # as "she would" only after "said" (a garden shed stays ordinary)
         r"\b(?:threaten\w*|try\w*|tried|going|gonna|will|would|coming|wants?|theyll|hell|shell|theyd|hed|said shed|"
         r"said (?:he|she|they|hes|shes) (?:will|would|is going|are going|was going))\b(?: to)? (?:kill|hurt|"
         r"stab|beat|batter|smash|burn|shoot|jump|attack|rape|strangle|do|knife|shank|glass|"
         r"bottle|slash|cut|punch|kick|choke|smack|slap|bash|batter|acid|torch|run over|"
         r"headbutt|break|snap) (?:me|us)\b"
         r"(?! (?:a favour|proud|good|a lot of good|any good|out|off|up on|in on)\b)|"
         # round 90 (read after its after-run): "someone put a bullet through my letterbox
         # with my name wrote on it"
         r"\b(?:bullets?|a shell|shells|a brick|bricks|petrol|a firework|fireworks) (?:\w+ ){0,2}through (?:my|the|our) "
         r"(?:letterbox|letter box|door|window|car window)\b"
         # not "he'd kill me when i ate his last yorkshire pudding" (round 87, after its
         # after-run): food eaten, a drink drunk, a show spoilt
         r"(?! (?:when|if|for|cos|because) i (?:ate|eat|eaten|finished|finish|drank|drink|spoil\w*) (?:his|her|their|the)\b)|"
         r"\bthreaten\w* (?:me )?with (?:a |an |his |her |their )?(?:knife|knives|gun|blade|"
         r"machete|bat|hammer|bottle|acid|weapon|screwdriver|scissors)\b"),
    Rule("being_hurt.domestic", URGENT, _HURT, 25,
         r"\bdomestic (?:abuse|violence)\b|\babusive (?:relationship|partner|boyfriend|"
         r"girlfriend|husband|wife|ex|home|household|dad|mum|stepdad|family|carer|landlord|"
         r"parents?|brother|sister)\b|\bcoercive control\b|\bcontrolling (?:relationship|"
         r"boyfriend|partner)\b|"
         # said the other way round, now: "my relationship is abusive and im scared" (answer
         # dev set O had "Could you ask it another way?"), "my boyfriend is abusive"
         r"\bmy (?:relationship|partner|boyfriend|girlfriend|bf|gf|husband|wife|fiance|fiancee|ex|"
         r"stepdad|step dad|dad|mum|carer|landlord|flatmate|housemate) (?:is|s|has been|keeps being|is being|"
         r"gets|is getting|has got) (?:really |so |very |proper |more and more |getting )?(?:abusive|violent)\b|"
         # fresh dev set aq: "hes smashing the flat up again and the baby is crying, i cant get
         # out" (a rampage now, with someone trapped or frightened, not a flatmate's parties)
         r"\b(?:he|she|they|hes|shes|theyre|my (?:ex|bf|gf|boyfriend|girlfriend|partner|dad|stepdad|step dad|mum|brother|"
         r"husband|flatmate|housemate)) (?:is |are |s )?(?:smashing|trashing|wrecking|breaking|destroying|throwing) "
         r"(?:up )?(?:the|my|our) (?:flat|house|place|room|home|stuff|things|kitchen)\b(?=.{0,80}\b(?:cant get out|"
         r"scared|terrified|baby|kids|crying|locked|help me|rn|right now)\b)"),
    Rule("being_hurt.scared", URGENT, _HURT, 25,
         r"\b(?:scared|afraid|frightened|terrified|petrified|fear|too scared)\b(?: \w+){0,3}? "
         r"(?:to go (?:back )?(?:home|to (?:my|the) (?:flat|house|place|room|hostel))|of (?:him|"
         r"her|them|my (?:\w+ )?(?:boyfriend|girlfriend|partner|ex|dad|stepdad|mum|husband|"
         r"landlord|flatmate|housemate|carer|brother))|for my (?:life|safety))\b|\b(?:scared|"
         r"afraid|terrified|frightened) (?:that )?(?:he|she|they|my \w+) (?:will|is going to|"
         r"are going to|might|would|is gonna)\b"),
    Rule("being_hurt.not_safe", URGENT, _HURT, 25,
         r"\b(?:dont|not|never|doesnt) feel (?:\w+ )?safe\b|\b(?:i am|am i|i feel|feel|we "
         r"are) not safe\b|\bnot safe (?:at home|here|where i|in (?:my|the) (?:flat|house|"
         r"home|room|hostel|placement)|with (?:him|her|them|my))\b|\b(?:i am|we are) in "
         r"danger\b"),
    Rule("being_hurt.outside", URGENT, _HURT, 25,
         # not "a massive pothole in the road outside my flat" (round 63)
         # nor "the hanging basket outside my door fell off" (fresh dev set y)
         r"\b(?<!road )(?<!street )(?<!pavement )(?<!bins )(?<!bin )(?<!lamppost )(?<!tree )(?<!parked )"
         r"(?<!basket )(?<!baskets )(?<!plant )(?<!plants )(?<!light )(?<!bike )"
         r"(?:waiting|outside|banging on|trying to get in|trying to break in)(?: for me)? "
         r"(?:outside |at )?my (?:flat|house|door|place|work|college|hostel|room|window)\b"
         r"(?!.{0,20}\b(?:parcel|delivery|package|uber|taxi)\b)|\b(?:keeps?|still) (?:turning|turns|showing|shows|"
         r"coming|comes|turn|show|come) (?:up |round )?(?:at |to )?my (?:door|flat|house|place|work|"
         r"college|hostel)\b|\bfollow\w* me (?:home|everywhere|around)\b|\bknows where i "
         r"live\b|"
         # round 84 (read after its after-run): "can u help me, being chased rn"
         # (never chased for money: "getting chased by the council for rent", "theyre chasing me
         # for council tax")
         r"\b(?:being|getting) chased (?:rn|right now|now)\b(?!.{0,30}\b(?:for|about|over)\b)|"
         r"\b(?:someone|somebody|a man|a guy|some lads|these lads|a gang) (?:is |are |s )?chasing me\b"
         r"(?! (?:for|about|over|up)\b)"),
    Rule("being_hurt.held", URGENT, _HURT, 25,
         r"\b(?:wont|doesnt|will not|dont) let me (?:leave|go out|out|go|see anyone|have my "
         r"phone)\b|\block(?:s|ed|ing)? (?:me|us) (?:in|inside|up)\b|\bkeeps? me locked\b|"
         r"\bheld me\b|\btrapped "
         r"(?:in|at|inside)\b"),
    Rule("being_hurt.breaking_in", URGENT, _HURT, 25,
         r"\b(?:break|breaking|broke|broken|kick|kicking|kicked|bang|banging) (?:the |my )?"
         r"(?:door|window|windows) (?:in|down|open)\b|\b(?:smash|smashing|smashed) (?:the |my |"
         r"all the )?(?:door|window|windows|front door)\b|\b(?:trying to|"
         r"tried to|going to|just) (?:break|get|force (?:their|his|her|the) way) in(?:to)? "
         r"(?:my|the|our) (?:flat|house|room|home|place)\b|\bbreaking in(?:to)? (?:my|the|our) "
         r"(?:flat|house|room|home|place)\b|\bbreak in" + E + r"|"
         # "19 my ex just broke in" (dev round 54, in the form)
         r"\b(?:ex|he|she|they|someone|somebody|a man|a guy|dad|stepdad|partner|boyfriend|girlfriend) (?:just |has |have )?"
         r"(?:broke|broken|breaking) in\b"),
    Rule("being_hurt.followed", URGENT, _HURT, 25,
         # (not "does my support follow me" if I move: round 88, after its after-run)
         r"\b(?<!support )(?<!offer )(?<!help )(?<!pa )(?<!benefits )(?<!funding )(?<!bursary )(?<!script )"
         r"(?<!prescription )(?<!meds )(?<!doctor )(?<!gp )(?<!place )(?<!tenancy )"
         # "does my methadone script follow me if i move to a new council" (dev set am)
         r"follow(?:ed|ing|s)? me\b(?! (?:if|when|once) i (?:move|moved|transfer)\b)(?! (?:back|on|to (?:my|the) (?:page|account)|around the "
         r"shop)\b)(?!.{0,15}\b(?:insta|instagram|tiktok|twitter|snap|page|account)\b)"),
    Rule("being_hurt.after_me", URGENT, _HURT, 25,
         r"\b(?:a |the |some )?(?:gang|gangs|lads|men|guys|people|someone|they|dealers?) "
         r"(?:is |are |were |have been |has been )?(?:after me|after us|looking for me|coming "
         r"for me|hunting me)\b"),
    Rule("being_hurt.spiked", URGENT, _HURT, 25,
         r"\bspik(?:e|ed|ing) (?:my|me)\b|\bdrink (?:was|got|has been|had been) spiked\b"),

    # exploitation (priority 22)
    Rule("exploitation.county_lines", URGENT, _EXPLOIT, 22,
         r"\bcounty lines?\b|\bgoing country\b|\brun(?:ning)? (?:a |the )?(?:line|lines)"
         r"\b(?! (?:manager|for)\b)|\btrap house\b|\bcuckoo\w*|\b(?:taken|took|take|takes|taking)"
         r" over my (?:flat|house|place|home)\b|\bdealers? (?:are |is )?(?:using|took over|"
         r"have taken over|staying in|living in|in|dealing from) my (?:flat|house|place|home)\b"
         r"|\bdealing (?:drugs )?(?:from|out of) my (?:flat|house|place|home)\b|"
         # "olders": older gang members, in young people's own word
         r"\bolders\b.{0,50}?\b(?:working for them|work for them|no choice|hold|owe|go "
         r"country|making me)\b"),
    Rule("exploitation.made_to", URGENT, _EXPLOIT, 22,
         r"\b(?:made|make|makes|making|forced|forcing|force|forces|pressured|pressuring|"
         r"pressure|pressures|blackmail\w*|groomed) (?:me |us )?(?:to |into )?(?:carry|"
         r"carrying|sell|selling|move|moving|hold|holding|hide|hiding|stash|stashing|deliver|"
         r"delivering|run|running|deal|dealing|plug|plugging|have sex|having sex|sleep with|"
         r"sleeping with|do (?:sexual |sex )?(?:stuff|things)|send (?:nudes|pics|photos|"
         r"videos|pictures|pic|images|selfies|vids)|sending (?:nudes|pics)|"
         r"work for (?:nothing|free|no money|them|him|no pay)|"
         r"give (?:them|him) my (?:money|bank|card))\b"),
    Rule("exploitation.drugs_for", URGENT, _EXPLOIT, 22,
         r"\b(?:carry|carrying|sell|selling|move|moving|hold|holding|hide|hiding|stash|"
         r"stashing|deliver|delivering|run|running|deal|dealing|drop|dropping) (?:\w+ ){0,2}?"
         r"(?:drugs|gear|crack|coke|heroin|bags|packages|parcels|weed) (?:for|in) "
         r"(?:them|him|her|someone|some|a|these|those|older|people|my)\b|\bsent me (?:out )?"
         r"to (?:\w+ ){0,3}?(?:to )?(?:sell|deliver|drop|run)\b"),
    Rule("exploitation.asked_to_hold", URGENT, _EXPLOIT, 22,
         r"\b(?:want|wants|wanted|asked|asking|asks|told|telling|tells|keep asking) (?:me|us) to "
         r"(?:hold|carry|sell|deliver|move|stash|hide|drop off|drop|take|keep|look after|bag "
         r"up|run) (?:a |the |some |their |his |this )?(?:package|packages|parcel|parcels|bag|"
         r"bags|drugs|gear|weed|stuff|phone|box|food|money|cash|it for them)\b|\b(?:older|old) "
         r"(?:lads|guys|men|boys|man|guy|lad|people|girls) (?:\w+ )?(?:give|gave|giving|buy|"
         r"bought|buying|buys|gives|keeps buying|keep buying) (?:me|us) (?:weed|drugs|stuff|money|"
         r"cash|presents|gifts|things|"
         r"phones?|trainers|clothes|lifts|alcohol|vapes)\b|\bdo (?:a |another |the )?(?:run|"
         r"drop|delivery|deliveries|runs) (?:to|for|in)\b"
         # "does prospects do a drop in at the care leavers hub" (answer round 22): a drop-in session
         # nor "does prospects do a drop in for care leavers in north northants, how often"
         # (answer dev set R)
         r"(?! (?:at|session|sessions|centre|center|clinic|on|every|weekly|each|hub|the hub|"
         r"for (?:care leavers|young people|students|people|everyone|anyone|us care leavers))\b)"),
    Rule("exploitation.or_else", URGENT, _EXPLOIT, 22,
         r"\bor (?:they|he|she|theyll|hell|shell) (?:will|would|are going to|is going to|ll)? ?"
         r"(?:hurt|kill|batter|stab|beat|do|get|come for) (?:me|my \w+|us|him|her)\b"),
    Rule("exploitation.for_money", URGENT, _EXPLOIT, 22,
         r"\b(?:meet|sleep with|do stuff with|do things with|go with|stay with|send pics to) "
         r"(?:\w+ ){0,5}?for (?:money|cash|drugs|rent|somewhere to stay)\b|\b(?:used|using) by "
         r"(?:people|them|dealers|lads|men|older)\b|\b(?:they|people|he|she|dealers|them) "
         r"(?:wont|will not|refuse to|dont) (?:leave|go|get out)\b(?=.{0,40}\b(?:flat|house|"
         r"place|home|room)\b)|\b(?:flat|house|place|home)\b.{0,40}?\b(?:they|people|he|"
         r"dealers) (?:wont|will not|refuse to) (?:leave|go|get out)\b"),
    Rule("exploitation.older_person", URGENT, _EXPLOIT, 22,
         r"\b(?:older|old) (?:man|men|guy|guys|lad|lads|bloke|woman|boyfriend)\b.{0,60}?"
         r"\b(?:wants? me to (?:stay|come|go|sleep|meet)|stay at (?:his|theirs|their)|lifts|"
         r"keeps? (?:buying|giving|texting|messaging)|buys me|gives me)\b"),
    Rule("exploitation.in_a_van", URGENT, _EXPLOIT, 22,
         # round 94 (read after its after-run): "i am in back of a van, they said we go to
         # work, i dont know where"
         r"\bin (?:the )?back of (?:a|the|their|his) (?:van|car|lorry|truck)\b.{0,60}?\b(?:dont know where|do not know "
         r"where|no idea where|not sure where|they said we go|taking (?:us|me) (?:to|somewhere))\b"),
    Rule("exploitation.forced_work", URGENT, _EXPLOIT, 22,
         r"\b(?:making|make|makes|made|forcing|forced|force|forces) (?:me|us) (?:to )?work\b"
         r".{0,60}?\b(?:keep|keeps|kept|take|takes|took|taking|keeping) (?:all )?(?:my|our) "
         r"(?:money|wages|pay|earnings|benefits|cash)\b|\b(?:keep|keeps|kept|take|takes|took) "
         r"(?:all )?(?:my|our) (?:wages|pay|earnings)\b"),
    Rule("exploitation.debt", URGENT, _EXPLOIT, 22,
         r"\bowe (?:a |my |the |some |this )?(?:dealer|dealers|drug dealer|gang|them|him) "
         r"(?:money|cash|\d+)?\b.{0,60}?\b(?:work it off|pay (?:it )?back|hurt|or else|"
         r"threat\w*|kill)\b|\bwork (?:it|the debt|off the debt) off\b|\bdebt bondage\b|"
         r"\bwork off (?:my|the|his|their|this|that) debt\b"),
    Rule("exploitation.grooming", URGENT, _EXPLOIT, 22,
         r"\bgroom(?:ed|ing)\b|"
         # an adult partner who swears a young person to secrecy (dev round 44)
         r"\b(?:says?|said|told me|tells me|keeps? saying) (?:not to|to not|never to|dont|i cant|i cannot|i shouldnt) "
         r"tell (?:my |the )?(?:social worker|sw|pa|carers?|foster \w+|anyone|nobody|police|mum|"
         r"teacher)\b.{0,15}?\babout (?:us|him|her|it|what we)\b|"
         r"\bi am 1[0-7]\b.{0,40}?\b[2-5]\d ?(?:yr|yrs|year|years|yo)(?: old)? (?:boyfriend|bf|man|guy|"
         r"bloke|girlfriend|gf)\b"),
    Rule("exploitation.sexual", URGENT, _EXPLOIT, 22,
         r"\b(?:forced|made|pressured|pressure|force) (?:me )?(?:to |into )?(?:have sex|having "
         r"sex|sex|sleep with|sleeping with|do stuff|do things|send nudes|sending nudes|send "
         r"pics)\b|\bsell (?:myself|my body)\b|\bpimp\w*|\bsextort\w*|\b(?:sleep|sleeping|"
         r"slept) with (?:\w+ )?(?:men|guys|people|his mates|his friends|strangers) for "
         r"(?:money|cash|rent|a place|drugs)\b"),
    Rule("exploitation.coerced_sex", URGENT, _EXPLOIT, 22,
         r"\b(?:sleep|sleeping|slept|have sex|having sex|had sex) with (?:his|their|her|the) "
         r"(?:mates|friends|boys|mate|friend|mans|men)\b|\bif i (?:dont|didnt|do not|refuse to|"
         r"wont) (?:sleep with|have sex|do (?:stuff|things|sexual \w+|what (?:he|she|they) "
         r"(?:says?|wants?|tells? me)))\b"),
    # Fresh dev set 2: documents kept by a boss, a recorded video call held for money,
    # private pictures shared round a group.
    Rule("exploitation.documents_kept", URGENT, _EXPLOIT, 22,
         r"\b(?:boss|he|she|they|employer|man|woman|landlord|uncle|auntie|agent|gang)\b.{0,30}?\b(?:keeps?|kept|has|"
         r"took|taken|holding|holds|wont give (?:me )?back) (?:all )?(?:my )?(?:documents|passport|papers|id|brp|visa)\b"
         r"(?!.{0,20}\b(?:to copy|to scan|for the form|for my application)\b)"),
    Rule("exploitation.recorded_for_money", URGENT, _EXPLOIT, 22,
         r"\b(?:recorded|screen ?recorded|filmed|screenshotted) (?:our |the |me on |me in |me during )?(?:the )?"
         r"(?:video call|facetime|call|snap|cam|live)\b.{0,50}?\b(?:wants?|asking for|demand\w*|pay|money|share|"
         r"send|post|leak|show)\b"),
    Rule("exploitation.filmed_unknowing", URGENT, _EXPLOIT, 22,
         r"\b(?:didnt|did not) know (?:they|he|she|someone|anyone) (?:was|were) (?:filming|recording|taking pics)\b|"
         r"\b(?:filmed|recorded) me (?:without|when i didnt|while i was (?:asleep|drunk|changing|in the shower))\b"),
    # Rounds 47-48 (dev since their after-run): "someones shared naked pics of me in a group
    # chat", "theres a video of me going round college that i never agreed to", "17 and this
    # guy online whos 35 wants to meet me", "if im late back he throws stuff at me".
    Rule("exploitation.pics_of_me_shared", URGENT, _EXPLOIT, 22,
         r"\b(?:naked|nude|private|intimate|explicit|sexy) (?:pics|pictures|photos|videos|vids|snaps|images) of me\b|"
         r"\b(?:video|vid|pics|pictures|photos|images) of me\b.{0,50}?\b(?:never agreed|didnt agree|did not agree|"
         r"without (?:my )?(?:permission|consent|asking)|didnt say (?:it was ok|yes))\b"),
    # "my new bf is 31 and he says my social worker is jealous and i shouldnt talk to her
    # anymore" (dev round 56): an older partner cutting the young person off from help
    Rule("exploitation.older_isolates", URGENT, _EXPLOIT, 22,
         r"\b(?:bf|boyfriend|girlfriend|gf|partner|he|she|man|guy)\b.{0,30}?\b(?:2[5-9]|[3-6]\d)\b.{0,100}?\b(?:shouldnt|"
         r"should not|cant|can not|not allowed to|wont let me|told me not to|says not to) (?:talk|speak|see|tell|ring|"
         r"message|text|go)\b"),
    Rule("exploitation.older_wants_to_meet", URGENT, _EXPLOIT, 22,
         r"\b1[2-7]\b.{0,40}?\b(?:guy|man|bloke|lad|woman|someone|he|she)\b.{0,30}?\b(?:2[2-9]|[3-6]\d)\b.{0,50}?"
         r"\b(?:meet|come round|pick me up|see me|stay over|his place|his flat|her place)\b"),
    # "someone is selling screenshots of my pics on telegram" (dev round 52)
    Rule("exploitation.pics_sold", URGENT, _EXPLOIT, 22,
         r"\b(?:someone|somebody|he|she|they|people|my ex|(?:this|some|a) (?:guy|man|lad|girl|woman|account))"
         r"(?: is| s| are| has been| have been| keeps?| kept)? (?:selling|sharing|posting|leaking|spreading|"
         r"sending round|sold|shared|posted|leaked|spread|sent round|uploading|uploaded) (?:screenshots of |"
         r"screenshots |copies of |edits of )?my (?:pics|photos|pictures|nudes|videos|vids|snaps|images)\b"),
    Rule("exploitation.private_pics_shared", URGENT, _EXPLOIT, 22,
         # round 78 (read after its after-run): "a group chat at college is sharing pics of me
         # without clothes on"
         r"\b(?:sharing|shared|posting|posted|sending|sent|spreading|leaking|leaked) (?:round )?(?:pics|pictures|photos|"
         r"videos|vids|snaps|images) of me (?:without (?:any |my )?clothes|naked|nude|in my underwear|undressed|topless)\b|"
         r"\b(?:my|our) (?:private|nude|naked|intimate|personal|explicit|sexy) (?:pics|pictures|photos|videos|vids|"
         r"snaps|images)\b.{0,50}?\b(?:group ?chat|shared|sharing|posted|posting|sent round|going round|"
         r"everyone has|whole (?:school|college)|half my|online)\b|\b(?:group ?chat|posted|shared|sent round)\b.{0,30}?"
         r"\bmy (?:private|nude|naked|intimate|explicit) (?:pics|pictures|photos|videos|vids|snaps|images)\b"),
    Rule("exploitation.images", URGENT, _EXPLOIT, 22,
         r"\b(?:threaten\w*|going|gonna|will|said (?:he|she|they) (?:will|would)) (?:to )?"
         r"(?:share|post|send|leak|show|put|upload)\w* (?:my )?(?:\w+ )?(?:nudes|nude pics|"
         r"pics|photos|pictures|videos|vids)\b|\b(?:nudes|nude \w+|naked \w+)\b.{0,60}?\b(?:unless|"
         r"or else|pay|money|if i (?:dont|wont|do not|refuse|stop|dont send)|tell everyone|show "
         r"everyone|send (?:them|it) to|post (?:them|it)|share (?:them|it)|leak)\b|"
         r"\bblackmail\w* (?:me|us)\b|\b(?:being|getting|got|been|am) blackmailed\b|"
         r"\b(?:shared|sharing|posted|posting|leaked|leaking|sent|sending|spread|spreading) (?:all )?my nudes\b|\b(?:threaten\w*|going|gonna|will|said (?:he|she|they) "
         r"(?:will|would)) (?:to )?(?:share|post|send|leak|show|put|upload)\w* (?:them|it|"
         r"everything) (?:to|on|online|everywhere)\b(?=.{0,40}\b(?:unless|if i|or)\b)"),
    # An adult's messages kept secret (fresh dev set): "my foster carers mate keeps messaging
    # me at night saying its our little secret".
    Rule("exploitation.secret_messages", URGENT, _EXPLOIT, 22,
         r"\b(?:messag\w*|text\w*|snap\w*|dms?|dming|calls? me|calling me|ringing me)\b.{0,60}?\b(?:(?:its|it is|this is|"
         r"keep it|keep this) (?:our )?(?:little )?secret|our (?:little )?secret|(?:im|i am|youre|you are|ur) (?:so )?"
         r"mature for (?:my|your|ur) age|delete (?:the|our|his|these|them all) (?:messages|texts|chats?|snaps))\b"),
    Rule("exploitation.asked_for_images", URGENT, _EXPLOIT, 22,
         r"\b(?:ask\w*|beg\w*|pressur\w*|push\w*|want\w*|tell\w*|told|keeps? on at|"
         r"keeps? messaging|nagg\w*|mak\w*|made|getting|got|trying to get|tried to get) "
         r"(?:me )?(?:to |for |into )?(?:send\w* |shar\w* |tak\w* |film\w* |show\w* |do\w* )?"
         r"(?:him |her |them |some |a |more )?(?:nudes|nude\w*(?: \w+)?|naked (?:\w+)|"
         r"(?:sexy|dirty|explicit|sexual|topless|rude|private) (?:pics|pictures|photos|videos|"
         r"vids|selfies|snaps|images|stuff)|(?:pics|pictures|photos|videos|vids|selfies|snaps|"
         r"images) (?:of (?:me |myself )?(?:naked|in my (?:underwear|bra|pants)|with no "
         r"clothes|without clothes|topless|my body)|in my (?:underwear|bra|pants)))\b|"
         r"\b(?:send|sent|sending) (?:him|her|them|a (?:man|guy|bloke|stranger)) nudes\b|"
         r"\b(?:met|meet|talking to|chatting to|speaking to) (?:\w+ ){0,3}?online\b.{0,60}?\b(?:keep"
         r" (?:it|us|this|our \w+) (?:a )?secret|not to tell (?:anyone|my|your)|nudes)\b"),
    # Rounds 79-80, read after their after-run: "a 40 year old from a game said he'd get me a
    # flat if i move in with him tomorrow"; "they keep us in a flat above a takeaway and we
    # cant go out, i borrowed a phone"
    Rule("exploitation.older_from_online", URGENT, _EXPLOIT, 22,
         r"\b(?:[3-9]\d) ?(?:year old|yr old|yo|y o)\b(?: \w+){0,3}? (?:from|off|on|i met on) (?:a |an |the )?(?:game|online|"
         r"app|snap|snapchat|insta|instagram|tiktok|discord|xbox|ps5|roblox|fortnite)\b|"
         r"\b(?:keep|keeps|kept) (?:us|me) (?:locked )?(?:in|inside) (?:a|the|this) (?:\w+ )?(?:flat|house|room|place|basement)\b"
         r".{0,50}?\b(?:cant|cannot|not allowed to|arent allowed to|dont let us|wont let us) (?:go out|leave|get out)\b"),
    Rule("exploitation.trafficking", URGENT, _EXPLOIT, 22,
         # someone else holds them: not "will the council make sure i have my ID" (dev
         # answer round 18)
         r"\btraffick\w*|\bmodern slavery\b|\b(?:took|taken|takes|keeps|kept|has|hold|holding|"
         r"(?<!i )(?<!we )(?<!to )(?<!still )(?<!dont )(?<!do )have) my (?:passport|id|documents|bank card|papers)\b|"
         # round 74 (read after its after-run): "im in a house with other girls and the man
         # has our passports, they move us each week"
         r"\b(?:the man|the men|the woman|he|she|they|my boss|the boss) (?:has|have|took|takes|keeps|kept|is keeping) "
         r"(?:our|all our|all of our) (?:passports|ids|documents|papers|bank cards)\b|"
         r"\bthey move us (?:each|every|from|round|around)\b"),
    # Someone who brought the young person here and now holds a debt or the Home Office
    # over them, or left them somewhere they cannot get back from.
    Rule("exploitation.smuggled", URGENT, _EXPLOIT, 22,
         r"\b(?:agent|smuggler|the (?:man|men|guy|people) who (?:brought|got) me here)\b.{0,60}?"
         r"\b(?:work for (?:him|them|her)|pay (?:off |back )?(?:the |my |his |their )?debt|pay "
         r"(?:him|them) back|home office|deport\w*|police on me|if i tell|family (?:back home )?will "
         r"(?:pay|suffer|get hurt))\b|\b(?:dropped|drove|took|"
         r"taken|brought|sent|left) me\b.{0,50}?\b(?:dont know|no idea) (?:where i am|how to "
         r"get (?:back|home))\b|\bsmuggler\w*\b.{0,60}?\b(?:knows?|found me|threat\w*|coming for)\b"),
    # Forced marriage is abuse and often imminent (a trip abroad): urgent, not a question.
    Rule("exploitation.forced_marriage", URGENT, _EXPLOIT, 22,
         r"\bforced marriage\b|\b(?:took|taking|take|sent|sending|dragged) me to (?:the |an )?imam\b|"
         r"\b(?:sent|sending|send|taking|take|took|dragged|shipped)(?: me)? (?:abroad|back home|back|away|to \w+)"
         r"(?: \w+){0,4}? (?:to (?:get |be )?marr\w*|for (?:my |a )?(?:wedding|marriage|nikkah|nikah))\b|"
         r"\btaking me (?:abroad|back home|to \w+)\b.{0,60}?\b(?:my wedding|marry me|me married|my marriage|my nikkah|my nikah)\b|"
         # round 87 (read after its after-run): "they said we're going on holiday but i found
         # the wedding outfit and the tickets are one way"
         r"\b(?:found|saw|seen|discovered|spotted) (?:\w+ ){0,3}?wedding (?:outfit|dress|clothes|gold|jewellery)\b.{0,60}?\bone ?way\b|"
         r"\bone ?way\b.{0,60}?\b(?:found|saw|seen|discovered|spotted) (?:\w+ ){0,3}?wedding (?:outfit|dress|clothes|gold|jewellery)\b|"
         # round 83 (read after its after-run): "flying out tomorrow for a 'holiday' but i
         # overheard its actually my wedding"
         r"\b(?:flying|fly|going|travelling|taking me|sending me)\b.{0,60}?\b(?:overheard|heard|found out|turns out|"
         r"realised|realized)\b.{0,30}?\b(?:my wedding|my marriage|my nikkah|my nikah|marry me off|getting me married)\b|"
         r"\b(?:nikkah|nikah)\b.{0,40}?\bi am 1[0-7]\b|\bi am 1[0-7]\b.{0,40}?\b(?:nikkah|nikah)\b|\bmarr(?:y|ied) (?:me )?off\b|\b(?:make|making|made|force|"
         r"forcing|forced|pressur\w*) (?:me )?(?:to |into )?(?:get )?marr(?:y|ied|iage)\b|"
         # dev rounds 51-52: "i think they want me to get married", "my uncle says i have
         # to marry my cousin next month", "16, they want me to marry him next week"
         r"\b(?:they|family|parents|mum|dad|uncle|auntie|aunt|brother|he|she|everyone) (?:\w+ )?"
         r"(?:wants?|wanting) me to (?:get )?marr(?:y|ied)\b|\b(?:says?|said|told me|tells me|keeps "
         r"saying) i (?:have|got|need|must) to (?:get )?marr(?:y|ied)\b|"
         r"\b(?:get|getting|be|being) married\b.{0,40}?\bi (?:dont|didnt|never) want (?:to|it|"
         r"him|her)\b(?! (?:go|come|attend|be there|miss)\b)|\bagainst my will\b"),
    # A place to stay in exchange for sex is sexual exploitation.
    Rule("exploitation.sex_for_housing", URGENT, _EXPLOIT, 22,
         r"\b(?:stay|live|keep (?:the|my) (?:room|flat)|not pay rent|rent free)\b.{0,30}?\bif i "
         r"(?:sleep|slept|have sex|had sex|do stuff|do things) with\b"),

    # homeless tonight (priority 20)
    Rule("homeless.nowhere", URGENT, _HOMELESS, 20,
         r"\bno ?where (?:\w+ ){0,2}?to (?:sleep|stay|go|live|kip|crash|lay my head|be)\b|"
         r"\bno (?:place|bed|roof|home|room) (?:to sleep|for tonight|tonight|to stay)\b|"
         # fresh dev set k: "emergency b&b said no room, i have £2 and my phone is dying, where do i go"
         r"\b(?:b ?& ?b|b and b|bnb|hostel|shelter|night shelter|refuge|emergency housing) (?:said|says|has|had|have|is|was) "
         r"(?:got )?(?:no room|no rooms|no space|no beds?|full)\b(?=.{0,60}\bwhere (?:do|can|should) i (?:go|sleep|stay)\b)"),
    Rule("homeless.kicked_out", URGENT, _HOMELESS, 20,
         r"\b(?:kick|kicked|kicking|kicks|threw|throw|throwing|throws|chuck|chucked|chucking|"
         r"chucks|turfed|booted) (?:me|us) out\b(?! of " + SCHOOLISH + r"\b)|\b(?:been|got|"
         r"get|getting|was|were|am|being|just|i) (?:\w+ )?(?:kicked|thrown|chucked|turfed|"
         r"booted) out\b(?! of " + SCHOOLISH + r"\b)"),
    Rule("homeless.evicted", URGENT, _HOMELESS, 20,
         # not a question about a later day: "cant afford my rent this month, will i get
         # evicted straight away" (fresh dev set s)
         r"\b(?<!will i )(?<!would i )(?<!could i )(?<!can i )(?<!do i )(?<!if i )"
         r"(?:been|got|get|getting|just|was|am|being|were) (?:\w+ )?evicted\b(?! (?:next|in|"
         r"on|by|from (?:next|in)|if|when)\b)|\bevicted (?:me|us|today|tonight|this morning)\b"),
    Rule("homeless.rough", URGENT, _HOMELESS, 20,
         r"\bsleep(?:ing|s)? rough\b|\bslept rough\b|\bsofa surf\w*|\b(?:i am|living|sleeping|"
         r"slept|sleep|be|end up|ended up|out|stuck|left) on the streets?\b|\bon the streets\b"),
    Rule("homeless.homeless", URGENT, _HOMELESS, 20,
         r"\b(?:i am|i have been|been|become|became|now|made|officially|basically|literally|"
         r"going to be|will be|be|just|we are) (?:\w+ )?homeless\b|\bhomeless (?:tonight|today|"
         r"now|right now)\b"),
    Rule("homeless.tonight", URGENT, _HOMELESS, 20,
         r"\b(?:where (?:can|do|will|should|could|am) i|need|needs|somewhere|anywhere|nowhere|"
         r"no where|place|bed) (?:\w+ ){0,3}?(?:to )?(?:sleep|stay|kip|crash|go)\b(?: \w+){0,3}?"
         r" tonight\b|"
         # fresh dev set s: "my supported lodging ended today and the council said come back
         # monday, where am i meant to sleep"
         r"\b(?:ended|ends|finished|finishes|stopped|closed|over|ran out|runs out) today\b.{0,80}?"
         r"\bwhere (?:am|are|do|can|will|should) (?:i|we) (?:\w+ ){0,2}?(?:sleep|stay|kip|go)\b"),
    Rule("homeless.sleeping_out", URGENT, _HOMELESS, 20,
         r"\bsleep(?:ing|s)? (?:in|on|at) (?:a |the |my |some )?(?:car|park|bench|street|"
         r"station|bus station|train station|doorway|stairwell|bus|subway|underpass|garage|"
         r"shed|field|bin shed|multi storey|tent|sleeping bag|night bus|night buses|buses|trains|"
         r"benches|stairs|floor of \w+)\b"),
    Rule("homeless.living_rough", URGENT, _HOMELESS, 20,
         r"\b(?:living|sleeping|slept|staying|kipping|sleep) (?:in|out of) (?:my|a|the) (?:car|van|"
         r"tent)\b|\bsleep(?:ing|s)? (?:outside|outdoors|out tonight)\b|\bslept (?:outside|"
         r"outdoors)\b|\bchanged the locks\b"),
    Rule("homeless.locked_out", URGENT, _HOMELESS, 20,
         r"\blocked out of (?:my|the) (?:flat|house|home|room|place|hostel)\b|\blocked (?:me|us) "
         r"out\b(?! of (?:my |the )?(?:account|email|app|phone|laptop)\b)"),
    Rule("homeless.told_to_leave", URGENT, _HOMELESS, 20,
         r"\b(?:told|asked|telling|tells|said) (?:me|us) (?:i have |we have |i had |we had )?"
         r"(?:to )?(?:leave|get out|go|move out|pack my bags|pack my stuff|find somewhere "
         r"else)\b.{0,25}?\b(?:tonight|today|now|right now|this evening|immediately|by \d+"
         r"(?:pm)?)\b|\b(?:have|got|need|has) to (?:leave|get out|move out) (?:tonight|today|"
         r"right now|now|immediately)\b|\b(?:i have|ive|have|got) (?:got )?nowhere" + E +
         r"|\bcant stay (?:there|here|with (?:them|him|her)) (?:anymore|tonight|any longer)\b"),
)

ALL_RULES: tuple[Rule, ...] = CRISIS_RULES + URGENT_RULES
