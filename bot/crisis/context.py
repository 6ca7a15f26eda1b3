"""Risk words told as the past, a recovery or a lesson.

The detector's rules fire on words ("self harm", "overdose", "groomed", "stabbed"), and
recall comes first, so they fire on "i used to self harm when i was 14 but i've been fine
for years, will it affect my nursing application" too. In the held-out rounds such
messages were the largest group of full-reply false alarms: care leavers talk about what
happened to them, and about recovery, far more often than a phrase list allows for.

`told_as_past(text)` names how a message frames its risk words ("past", "recovery",
"lesson", "game", "pet", "ailment") when it frames them that way and says nothing of the present ("again",
"relapsed", "tonight", "ready"). It decides nothing by itself: the component
(component.py) then asks the meaning check's n-gram reader how the whole message reads,
so "i tried to hang myself last year and i feel like trying again" stays a crisis.
Pure Python regexes over the normalised text; never raises.
"""
from __future__ import annotations

import logging
import re
from typing import Optional

from bot.crisis.detector import THIRD_PARTY
from bot.crisis.everyday import (HYPERBOLE_RULES, friend_fine_after, friend_safe_now, housing_question, joking,
                                 laughed_till, medical_info_question, medicine_question, own_scare_over, small_cut,
                                 someone_else_joking)
from bot.crisis.normalise import normalise

log = logging.getLogger(__name__)

_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many)"
_FRAMES = {
    "past": (
        r"used to|when i was (?:\d+|younger|little|a kid|a child|in care|at school|small|a teen\w*|a baby|a toddler|born|tiny)|before i was born|"
        # dev set am: "my sw told me my mum was a victim of domestic violence, explains a lot"
        r"(?:my )?(?:birth )?(?:mum|mother|dad|father|parents|nan|gran) (?:was|were) (?:a )?victims? of|"
        # what a care file says of a parent (fresh dev set n): "reading my care records and it
        # says my mum was sectioned after an overdose", "found out from my file"
        r"(?:care |my )?(?:records?|files?|notes) (?:and )?(?:it |they )?(?:say|said|says|show|showed|shows)|(?:it|they) says? in my (?:file|records|notes)|"
        r"found out (?:from|in|through) my (?:file|records|notes|care file|life story)|life story (?:work|book)|"
        # "my birth mum self harmed a lot according to my records" (dev set ae)
        r"according to (?:my |the |her |his )?(?:care |old |social work )?(?:records?|files?|notes|care file)|"
        # "reading my old social work files, theres a bit about my mum trying to end it when
        # she was pregnant with me" (fresh dev set v)
        r"(?:reading|read|going through|looking through|looking at) (?:my |all my )?(?:old )?(?:social work |care |camhs )?"
        r"(?:files?|records?|case notes)|"
        r"(?:years?|months?) ago|last year|years back|in the past|a long time ago|back then|a while (?:back|ago)|"
        + _NUMBER + r" (?:years?|months?)(?: \w+){0,2} (?:free|clean|ago|back|since)|"
        r"since i last|(?:clean|free) (?:from|of) (?:it|sh|self harm\w*)|(?:about|remember) (?:the|that) time (?:i|when)|"
        # a decade gone: "found out my grandad killed himself in the 90s" (fresh dev set z)
        r"in the (?:19)?[5-9]0s|in the (?:20)?00s|"
        r"in 20(?:0\d|1\d|2[0-5])|past (?:self harm|overdoses?|suicide attempts?|attempts?)|"
        r"(?:at|aged) 1\d (?:and|but) (?:was|i was|got|spent|ended up)|"
        # fresh dev set l: "at 15 i took an overdose and woke up in hospital. im 21 now"
        r"(?:at|aged) 1\d i (?:took|tried|did|cut|attempted|ended up|was)\b(?=.{0,80}\b(?:i am|im) (?:1[89]|2\d) now)|"
        # "the army form asks about self harm, i did it at 15" (dev round 44)
        r"(?:did|started|stopped|happened|began) (?:it |that |this )?(?:at|aged) 1?\d(?! (?:am|pm|oclock))|"
        r"(?:self harm|sh|harm) free|healed|old (?:\w+ ){0,2}scars|scars are (?:old|healed|faded)|"
        # (not "who gets my deposit back when im dead": dev set ak)
        r"back when(?! i am (?:dead|gone))|"
        # round 66: "my scars have faded loads, can you get laser on the nhs"
        r"scars (?:have|had|ve) (?:\w+ )?(?:faded|healed)|"
        r"scars?\b.{0,60}?\b(?:they are|theyre|they re|its|it is|they have|theyve) (?:really |very |so |all |pretty )?"
        r"(?:old|healed|faded)|"
        r"would have been \d+|"
        # "my camhs notes say i had suicidal thoughts at 14", "a really dark time when i first left care"
        r"(?:had|having) (?:\w+ ){0,3}(?:at|aged) 1\d\b(?! (?:am|pm|oclock))|when i first (?:left|moved|got|came)|"
        # fresh dev set g: "my cousin tried to kill himself when he was 16 but hes now 23"
        # round 71: "my best mate's dad killed himself when we were kids, we're doing a charity walk"
        r"when (?:he|she|they|we) (?:was|were) (?:\d+|younger|little|a kid|kids|a child|children|in care|at school|small|"
        r"a teen\w*|teenagers)"
    ),
    # Not when denied: "not doing great at all tbh, everything is falling apart" (the check_in
    # examples), "not getting better", "never feel safe now".
    "recovery": (
        r"(?<!not )(?<!never )(?<!aint )(?<!isnt )(?:doing|feel|feeling|i am|getting)(?: so| much| way| loads| a lot)? better(?! off)|"
        r"in a (?:good|better|way better|much better) place|(?<!not )(?<!never )(?:fine|ok|okay|good|safe) now|"
        r"(?:been|stayed|kept) (?:well|clean|safe|stable)(?: for)?|"
        r"(?<!not )(?<!never )doing (?:well|good|great)|proud of (?:myself|me|it|her|him)|recovered|recovery|"
        r"(?:therapy|counselling|counseling|meds|medication) (?:really )?help(?:ed|s|ing)|"
        r"(?:all |its |it is )?dealt with|"
        # "my ex hurt me emotionally but ive moved on, its been a year" (fresh dev set n)
        r"(?:ive|i have|i ve|i) (?:totally |fully |finally )?moved on"
    ),
    "lesson": (
        r"dissertation|(?:essay|assignment|project|presentation|coursework)s? (?:is |are )?(?:on|about)|first aid|"
        r"(?:any )?(?:good )?sources (?:for|on)|"
        # not "not for a school project" (dev round 52)
        r"(?<!not )(?<!isnt )(?:for|doing) (?:a |my |the |our )?(?:college |uni |school |geography |history )?"
        r"(?:project|assignment|essay|homework|coursework)|"
        r"(?:we|i) (?:learned|learnt|had a (?:talk|lesson|session|workshop))|documentary|"
        # dev set al: "we did a lesson on modern slavery at college"
        r"(?:we|i) did (?:a|an|the) (?:talk|lesson|session|workshop|module|seminar|lecture|class) (?:on|about)|"
        r"awareness|research|statistics|stats|training (?:on|about)|"
        # fresh dev set l: "volunteering at a youth club, the training said to ask people straight out"
        r"(?:the|our|my|on the|on my) (?:training|course|trainer|first aid course) (?:said|says|told us|taught us)|"
        r"in (?:science|biology|psychology|health and social care|class|pshe)|peer mentor|"
        r"volunteer (?:for|at|on|with) (?:a |the )?helpline|"
        r"(?:for|in) (?:my )?(?:psychology|sociology|nursing|criminology|health and social care)|"
        r"(?:nursing|psychology|sociology) (?:exam|course|degree|module)|writing (?:an essay |a piece )?about|good papers|"
        r"english lit\w*|(?:a |the |this )?poem|poetry|analy[sz]e|"
        # fresh dev set e: "im training to be a support worker, what should i say if a young
        # person tells me they want to die", "my youth work course asked us", maths homework
        r"training to be (?:a |an )?(?:support worker|social worker|nurse|counsell?or|counselor|youth worker|teacher|"
        r"paramedic|carer|care worker|mental health nurse|police officer|psychologist)|"
        r"(?:youth work|social work|nursing|care|counsell?ing|counseling|mental health first aid|safeguarding|health and social care|"
        r"childcare|child care|first aid|work) "
        r"(?:course|training|module|class|placement|degree|qualification)|"
        # fresh dev set u: "is there training for how to talk to someone whos suicidal? i want
        # to be a youth worker", "its a question on my childcare course", "were learning about
        # self harm", "do nurses have to learn about self harm at uni, im thinking of applying"
        r"(?:want|going|hoping|planning) to (?:be|become) (?:a |an )?(?:support worker|social worker|nurse|counsell?or|"
        r"counselor|youth worker|teacher|paramedic|carer|care worker|mental health nurse|police officer|psychologist)|"
        r"training (?:for|in) how to|(?:a |the )?question (?:on|in|from) (?:my|the|our) (?:\w+ )?(?:course|exam|test|quiz|training)|"
        r"(?:were|we are|we re|we|im|i am) (?:learning|studying|covering) (?:about )?|"
        r"(?:nurses|doctors|paramedics|social workers|youth workers|teachers|carers|police) (?:have to |need to |get to )?"
        r"(?:learn|study|be taught|get taught|be trained|get trained)|"
        r"fractions?|algebra|equations?|percentages?|long division|times tables|simultaneous|"
        r"(?:my |a |the )?debate (?:topic|on|about|is)|"
        # a screening question reported: "my doctor asked if i ever think about hurting myself
        # and i said no, do they ask everyone" (fresh dev set f); the words still decide
        r"asked (?:me )?(?:if|whether) i (?:ever |have ever |had ever )?(?:think|thought|feel|felt|have thought|had thoughts) "
        r"(?:about |of )?(?:hurting|harming|killing|ending)"
    ),
    # Books, films and songs: "the book im reading has a character who self harms".
    "story": (
        r"(?:book|novel|film|movie|show|series|episode|song|album) (?:i am|im) (?:reading|watching|listening to)|"
        # news of a stranger, heard: "heard someone jumped from the car park in town yesterday,
        # proper sad. anyway do u know when the bursary is paid" (dev set af)
        r"(?:heard|saw on (?:the news|facebook|tiktok)|read) (?:that )?(?:someone|somebody|a (?:man|woman|lad|guy|girl|boy|"
        r"person|student)) (?:\w+ ){0,2}(?:jumped|died|was found|overdosed|hanged|killed (?:himself|herself|themselves))"
        r"(?=.{0,80}\b(?:yesterday|last (?:night|week)|the other day|this morning|earlier)\b)|"
        # round 64: "cant stop listening to the new album, every song is about dying but its so good"
        r"(?:listening to|listen to|watching|reading) (?:the|this|that|a|his|her|their) (?:new )?"
        r"(?:album|song|playlist|film|movie|show|series|book|podcast)|"
        # "whats the film where the girl jumps off the bridge at the end" (fresh dev set c)
        r"(?:whats|what is|whats the name of) (?:the|that|this) (?:film|movie|show|series|book|song) (?:where|when|that|about|called)|"
        r"(?:watched|watching|read|reading) (?:a|the|this|that) (?:film|movie|show|series|book|documentary) about|"
        # fresh dev set aa: "just watched a bbc doc about county lines", "the news about that
        # influencer trafficking girls is mad"
        r"(?:watched|watching|saw|seen|read|reading|listened to|listening to) (?:a|an|the|this|that) (?:\w+ ){0,2}?"
        r"(?:doc|docu\w*|programme|program|podcast|video|article|film|movie|series) (?:about|on)|"
        r"(?:the|this|that) news (?:about|on)|"
        # dev set ad (fifteenth session): "spent all night watching youtube videos about the
        # tallest bridges", "tiktoks of people jumping off cliffs into the sea in croatia",
        # "went to see a horror film and a guy hanged himself in it", "big story about
        # grooming gangs on bbc"
        r"(?:watched|watching|watch|saw|seen|sending me|sent me|sends me) (?:(?:some|loads of|all these|these|those) )?"
        r"(?:youtube |tiktok |insta )?(?:videos|vids|tiktoks|clips|reels|docs|documentaries) (?:about|on|of)|"
        r"(?:went to see|going to see|saw|seen|watched|watching) (?:a|an|the|that|this) (?:\w+ )?"
        r"(?:film|movie|play|musical|show|series)\b(?! about (?:me|my))|"
        r"(?:big |a |the |this |that )?(?:news )?story (?:about|on) .{0,40}? on (?:the )?(?:bbc|news|itv|sky|channel 4)|"
        # fresh dev sets w and x: "saw that panorama about gangs using kids for county lines",
        # "going to see a film about a girl who self harms, is it too triggering for 15s"
        r"(?:that|a|the|this) (?:panorama|documentary|docu\w*|dispatches) (?:about|on)|"
        r"(?:film|movie|show|series|book|play|documentary) about (?:a|an|this|some) (?:\w+ )?"
        r"(?:girl|boy|guy|woman|man|lad|kid|teen\w*|family|mum|dad) (?:who|that|whose)|"
        r"a character (?:who|that)|"
        # fresh dev set ar: "the film last night had a bit where the girl takes a load of pills"
        r"(?:film|movie|show|series|episode|book|play|programme) (?:\w+ ){0,3}?had (?:a|this|one|that) (?:bit|scene|part) "
        r"(?:where|when|in which|with)|"
        # "doing a play at college where my character hangs himself offstage" (fresh dev set t)
        r"my character (?:in|who|that|dies|hangs|kills|is|has|gets)|no spoilers|spoilers|rewatch\w*|the bit (?:in|where|when|about)|lion king|"
        # "new central cee song goes hard, the bit about his bro dying got me" (fresh dev set n)
        r"(?:song|track|tune|album|verse|bars?) (?:goes|go|going) (?:hard|crazy)|"
        # round 66: "fave song atm is about getting through suicidal times, its so hopeful"
        r"(?:fave|favourite|favorite) (?:song|track|tune|album|film|movie|book|show)|"
        # "the ending of that film where he jumps off the bridge had me in bits", "what song
        # is it that goes i dont wanna live forever, stuck in my head" (fresh dev set d)
        r"(?:film|movie|show|series|book|episode|video) (?:where|when) (?:he|she|they|the|a|this|that)|"
        r"(?:song|track) (?:is it )?that goes|the song (?:that )?goes|stuck in my head|lyrics|"
        # dev rounds 49-50: "everybody hurts came on the radio", "listening to im not okay by
        # mcr on repeat", "cant get hurt by johnny cash out my head", "why do people say
        # unalive on tiktok", "reading romeo and juliet for english"
        r"came on (?:the )?radio|on repeat|out (?:of )?my head|(?:why do people say|the word|a word like) \w+|"
        # round 72: "my mate puts unalive in every tiktok caption ..., that word is so cringe now"
        r"(?:that|this) word (?:is|was|has)|(?:tiktok|insta|instagram) captions?|"
        r"for (?:my )?(?:english|drama|history|re|religious studies)(?: class| lesson| homework| essay)?|"
        r"romeo and juliet|hamlet|macbeth|of mice and men|an inspector calls|lord of the flies|"
        # the news: "saw on the news someone jumped off the bridge in town, thats so sad"
        r"(?:on|in) the news|news (?:report|story|article)|(?:an|this|that) article (?:about|on)|"
        r"read (?:an|this|that) article|headlines?|(?:did|have) (?:you|u) (?:hear|heard|see|seen) about|"
        # telly, songs and football (dev round 42): "my heart cant take another episode of
        # love island", "that song everybody hurts hits different", "spurs lost again"
        r"episode of|love island|(?:that|this|the) song|(?:my|the) team (?:lost|got knocked out|got beat)|"
        r"(?:spurs|arsenal|chelsea|man utd|man united|liverpool|villa|derby county|the cobblers|england) "
        r"(?:lost|got beat|got battered|are losing|drew)"
    ),
    # Games: "keep dying on the same boss in elden ring", "got killed in fortnite".
    "game": (
        r"fortnite|call of duty|cod|warzone|fifa|minecraft|roblox|gta|valorant|apex|"
        # not a person met there (round 80: "a 40 year old from a game said he'd get me a flat")
        r"elden ring|dark souls|overwatch|among us|(?<!from )(?<!off )(?<!met on )(?<!met in )"
        r"(?:the|this|a) (?:game|level(?! crossing))|(?:the|this|a|final) boss (?:fight|battle|level)|"
        r"final boss|(?:same|last) boss|gaming|"
        # not a console given away (fresh dev set x: "give my xbox to the kids at the unit")
        r"(?<!give my )(?<!gave my )(?<!giving my )(?:ps5|xbox)|"
        r"(?:my|the) sims?"
    ),
    # What a pet does (round 72): "my cat keeps jumping off the balcony onto the shed roof".
    "pet": (
        r"(?:my|our|the) (?:cat|cats|dog|dogs|kitten|puppy|hamster|rabbit|budgie|parrot) "
        # dev set am: "my dog nearly gave me a heart attack running into the road"
        r"(?:keeps|kept|always|just|has been|was|is|likes to|loves|nearly|almost)"
    ),
    # Tiredness with its cause: "could sleep forever after that shift", "going to sleep and
    # not waking up till noon tomorrow, day off" (fresh dev sets, 2026-12-05). Never "sleep
    # forever and not wake up": the frame needs the shift, the day or the hour.
    "tired": (
        r"(?:so )?tired i could sleep (?:on|in|at|anywhere|standing)|"
        r"sleep (?:forever|for (?:a week|days|ever|a year))(?: \w+){0,3} (?:after|on|this|till|until|and skip)\b"
        r"(?! (?:it|them|everything|everyone|life)\b)|"
        r"(?:not|never) wak\w* up (?:till|until) (?:noon|lunch|dinner|the afternoon|\d+)|"
        # "i just want to sleep forever, mondays are evil" (fresh dev set d)
        r"sleep forever\W+(?:\w+ ){0,2}(?:mondays?|work|shifts?|school|college|exams?|alarms?)"
    ),
    # A will asked about as paperwork, with its everyday reason: "do i need to make a will
    # now im 18? my pa mentioned it", "want to write a will cos i just bought a car". A will
    # with a date or a goodbye beside it is read apart (component._plan_or_means_beside).
    "admin": (
        # dev set am: "made a will after my nan passed, just to be organised. is that weird at 22"
        r"(?:write|make|making|writing|do|doing|need|made|wrote|written) (?:a |my )?will\b(?=.{0,60}\b(?:my (?:nan|pa|gran|mum|dad|aunt|"
        r"solicitor|foster \w+)|bought|car|house|mortgage|everyone|normal|weird|at \d\d|now i am \d\d|i am (?:1[89]|2\d)))"
    ),
    # A relationship ended, a job or a place left, a move: "im ending it with my boyfriend
    # tonight, been a long time coming", "bye everyone!! last day at the youth club", "i
    # wont be needing the bedsit after the 30th, how do i hand the keys back" (fresh dev
    # set d: the second tier's check-ins). The n-gram reader still decides (read_framed).
    "parting": (
        r"(?:ending|end|ended|finish\w*|done|over|break\w* up|broke up|split\w*(?: up)?) (?:it |things )?with "
        r"(?:my |the |this |me )?(?:boyfriend|girlfriend|bf|gf|situationship|partner|ex|fella|husband|wife|him|her)|"
        r"(?:me and|and) (?:my |the )?(?:bf|gf|boyfriend|girlfriend|partner|ex) (?:are|r) (?:done|over|finished)|"
        r"(?:do|doing) this relationship|leaving (?:do|party|drinks)|last day at (?:the |my )?\w+|"
        # not "new flat" or "moving in": "i dont feel safe, my ex has found my new flat"
        # not what someone else only thought ("my foster mum thought i was moving away lol", round 74)
        r"(?<!thought i was )(?<!thought i am )(?<!thinks i am )(?<!think i am )"
        r"moving (?:out|flats?|house|away|to \w+)|new chapter|hand (?:the|my) keys back|"
        # fresh dev set l: "giving away all my stuff before i move in with my partner in leeds"
        r"(?:move|moving) in with (?:my |the |our )?(?:partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|mates?|friends?|nan|auntie|aunt|uncle|sister|brother|dad|mum)|"
        # dev rounds 53-54: "ending my course, its not for me", "he ended it over text"
        r"ending (?:my |the |this )?(?:course|job|apprenticeship|contract|tenancy|lease|membership|placement at)|"
        r"(?:he|she|they) (?:ended|finished) (?:it|things) (?:over|by|on|with)|"
        r"(?:bedsit|flat|room|tenancy) after the \d+"
    ),
    # Medicine for an everyday ailment: "whats the normal dose of paracetamol for a
    # headache", "my iron tablets make me feel sick". A method question dressed as one
    # still reads as risk to the n-gram reader ("how many would be too many").
    "ailment": (
        r"(?:for|with|got|have|had) (?:a |my |the |bad )?(?:headache|migraine|period pain|period|cramps|"
        r"toothache|tooth ache|cold|flu|fever|temperature|hay ?fever|back pain|sore throat|cough|"
        r"chest infection|infection|allergy|allergies|acne|spots)|"
        # round 89 (read after its after-run): "my nose wont stop bleeding, is 10 mins normal",
        # "ate a whole family bag of crisps, im dying"
        r"(?:my )?nose (?:wont|will not|doesnt|does not|cant|keeps|has been|is)(?: stop)? bleeding|"
        r"ate (?:a |the )?whole (?:family |share |sharing |big )?(?:bag|pack|packet|tub|box|share bag) of (?:crisps|chocolate|"
        r"sweets|haribo|doritos|pringles|biscuits|ice cream|cookies)|"
        # dev set am: "my chest goes tight when i run, could it be asthma?"
        r"could (?:it|this|that) be (?:asthma|anxiety|a panic attack|panic attacks|heartburn|indigestion|a pulled muscle|stress)|"
        # round 61: "my mum takes loads of pills for her back, can she get a blue badge"
        r"(?:for|with) (?:my|her|his|their) (?:back|knees?|joints|arthritis|blood pressure|heart|diabetes|"
        r"epilepsy|asthma|thyroid|pain|condition|illness)\b|"
        r"side effects?|make me (?:feel )?(?:sick|sleepy|drowsy|tired|dizzy)|the box says|"
        r"the leaflet|on the pill|iron tablets|vitamins?|antibiotics|kick in|hangover|"
        # fresh dev set f: "whats the max you can take of piriton, hayfever is battering me",
        # "gave blood for the first time today and nearly fainted"
        r"hay ?fever|piriton|antihistamines?|(?:gave|give|giving|donat\w*) blood|blood donation|"
        # piercings and tattoos: "how long do you bleed after getting your ears pierced"
        r"(?:ears?|nose|belly button|tongue|lip|eyebrow|septum) (?:pierc\w*)|piercings?|tattoos?|nose ?bleeds?|"
        # sport: "legs are covered in bruises from sunday league lol" (fresh dev set e)
        r"from (?:sunday league|football|footy|rugby|hockey|netball|boxing|sparring|kickboxing|mma|judo|training|"
        r"roller derby(?: training)?|"
        r"the gym|skating|skateboarding|the skatepark|climbing|bouldering|a match|the match|paintball|dodgeball|"
        # dev set ak: "hands are covered in cuts from the warehouse job, the boxes are brutal"
        r"(?:the |my )?(?:warehouse|building site|factory|construction|kitchen|packing|gardening|brambles)(?: job| work| shift)?)|"
        r"heavy periods?|periods? (?:are|is) (?:so |really |super )?heavy|(?:blue |brown )?inhaler|asthma attack|"
        r"shin ?pads|gum ?shield|boxing gloves|hand wraps|from (?:learning to )?(?:roller ?skat\w*|ice ?skat\w*|skat\w*|"
        r"rollerblad\w*|ride a bike|cycle|surf\w*|snowboard\w*|ski\w*)|tetanus"
    ),
}
_FRAME = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{p})" for name, p in _FRAMES.items()) + r")\b")
# Anything that puts the risk back in the present: then the frame does not count.
_NOW = re.compile(
    r"\b(?:relaps\w*|again|"
    # "starting again" is now, "now i'm starting college" is a recovery (dev round 39)
    r"(?:started|starting)(?! (?:college|uni|school|sixth form|work|a (?:new )?(?:job|course|"
    r"apprenticeship)|my (?:new )?(?:job|course|apprenticeship|degree)|an apprenticeship)\b)|"
    r"back (?:to|on|into)|(?:made|did|done|got) new (?:ones|cuts)|gone back|slipped|tonight|"
    # "do i need a will if im 18? want to sort things before i go" (fresh dev set a)
    r"before i (?:go|leave|die)|when i am gone|after i am gone|sort (?:things|everything|it all|my stuff)|"
    # round 96 (read after its after-run): "get the first aid kit out before i even start now,
    # thats how routine it is" (a habit kept up, not a first aid lesson)
    r"before i (?:even )?(?:start|begin)|how routine it is|"
    # dev set al: "can u get a tetanus jab at a pharmacy. used a rusty nail on my arm"
    r"(?:used|dragged|scraped|pressed) (?:a |the |my |some )?(?:\w+ )?(?:nail|pin|needle|compass|sharpener|scissors|"
    r"shard|glass|blade|razor) (?:\w+ )?(?:on|into|across|over) my (?:wrists?|arms?|legs?|thighs?|skin|stomach)|"
    r"right now|rn|soon|lately|recently|these days|this week|"
    r"(?:but )?now i (?:feel like|cant|keep|am (?:going|gonna|thinking|planning|back))|still (?:want|feel|think|do)|"
    r"now (?:they|he|she|someone|people) (?:want|wants|are|is|keep|keeps|say|says|have|has|make|makes)|"
    r"ruined|peace|back (?:open|up)|"
    # round 91 (read after its after-run): "emptied the first aid box into my mouth basically"
    # is no first aid lesson
    r"emptied\b.{0,40}?\binto my mouth|"
    # fresh dev set ap: "used to self harm years ago, the urge came back when she left"
    r"(?:urges?|thoughts?|feelings?) (?:has |have |are |is )?(?:\w+ )?(?:come|came|coming) back|"
    # round 73: "wish id died in that car crash last year, might finish the job myself"
    r"finish (?:the job|it|what i started) (?:myself|off myself|properly)|"
    # "does the grant cover first aid stuff, i keep running out of plasters for my arms";
    # "my face is swelling up and theres hives everywhere after the new antibiotics"
    r"swelling|swollen|hives|tongue (?:feels|is)|throat (?:is )?(?:closing|tight)|"
    r"(?:plasters|dressings|bandages|steri ?strips) (?:for|on) my (?:arms?|wrists?|thighs?|legs?)|"
    # (not someone else's: "whats that film where the guy is about to jump off a bridge", round 76)
    r"cant stop|keep (?:wanting|thinking)|(?<!used to )(?<!\bis )(?<!\bwas )(?:want|wanna|going|gonna|about|ready|planning|decided) (?:to )?"
    r"(?:die|end|do it|hurt|cut|kill|take|jump|od|overdose|be dead|disappear|not be here))\b"
)


# A day soon: a will with a date beside it is a plan, not paperwork.
_SOON = re.compile(
    r"\b(?:(?:for|on|by|before|this|next|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|week)|tomorrow|tmrw|tonight|today)\b")


# How the n-gram reader (meaning.word_risk) weighs a framed message: chosen on rounds 15
# to 18 with a model not trained on them. Of their 26 full-reply false alarms framed this
# way, 15 read under 0.5 and 2 at 0.9 or more; the one crisis message framed this way
# ("no, left last year. don't see the point in anything now") read 0.99, and the nine
# framed crisis messages in the training rounds 0.92 or more.
FRAMED_ORDINARY_BELOW = 0.5
FRAMED_CRISIS_FROM = 0.9
# The networks (meaning.risk) can still hold an ordinary reading back to a check-in when
# they are all but certain: "self harm is back, worse than when i was in care" (framed as
# the past) and "deadass cant see a reason to keep living, every day is the same shit on
# repeat" (as a story) read 0.995 and 0.993 there, the n-gram reader 0.04 and 0.35 (fresh
# dev sets q and r, not learned). With a model not trained on rounds 63-66 and dev sets n
# and p, no framed ordinary message of theirs read 0.99 or more (the highest 0.989).
FRAMED_SENSE_UNSURE_FROM = 0.99


def read_framed(text: str) -> str:
    """'crisis' (not framed, or the words read as a crisis anyway), 'unsure' (check in)
    or 'ordinary' (the risk words are about the past, a recovery or a lesson)."""
    if told_as_past(text) is None:
        return "crisis"
    from bot.crisis import meaning  # numpy and the model only when a message is framed

    words = meaning.word_risk(text)
    if words is None or words >= FRAMED_CRISIS_FROM:
        return "crisis"
    if words >= FRAMED_ORDINARY_BELOW:
        return "unsure"
    sense = meaning.risk(text)
    return "unsure" if sense is not None and sense >= FRAMED_SENSE_UNSURE_FROM else "ordinary"


# Rules whose words are everyday words too ("such a burden", "writing letters to my
# foster carers", "this is goodbye to my old flat", "tired of living in this hostel"):
# a hit on one of them stands unless both of the meaning check's readers read the whole
# message as plainly ordinary. On rounds 15 to 18 (models not trained on them) the 45
# crisis messages these rules caught all read 0.72 or more by the n-gram model; 16 of
# their 17 false alarms read under both bounds below.
#
# Added on 2026-12-04 (afternoon), with the same bounds: the rules behind most full-reply
# false alarms on rounds 19 to 26, whose words are idioms or everyday worries too ("my
# boss is gonna kill me if i'm late", "my flat doesn't feel safe, the lock is broken", "i
# was shot in that game", "id rather die than wear that", "no way out of this gym
# contract"). Scored by a model not trained on rounds 19 to 26, both bounds silenced 16 of
# their 21 false alarms there and none of the 45 crisis and urgent messages they caught.
# The overdose and self-harm rules are not here: a miss there costs too much.
EVERYDAY_RULES = frozenset((
    "suicidal.burden", "suicidal.note", "suicidal.goodbye", "suicidal.last_message", "suicidal.goodbye_for_good",
    "suicidal.giving_away", "suicidal.final_plan", "suicidal.tired_of_life",
    "suicidal.cant_go_on",
    "being_hurt.threat_to_kill", "being_hurt.not_safe", "being_hurt.beaten",
    "suicidal.rather_die", "suicidal.no_way_out", "suicidal.dont_want_to_live",
))
EVERYDAY_ORDINARY_BELOW = 0.3   # n-gram model (meaning.word_risk)
EVERYDAY_SENSE_BELOW = 0.7      # networks (meaning.risk)

# Rules that fire on a risk named, not done ("self harm", "suicide", "overdose", "thinking
# about dying"): the writer's own words about it, with the same bounds. A care leaver asks
# about CAMHS records, a nursing assignment on overdose rates or a therapist's question far
# more often than a phrase list allows for. On dev rounds 33-36 and the training sets'
# unlearned ordinary messages, every risk message these rules caught read 0.88 or more by
# the n-gram model; over all 380 first-person hits in tests/crisis (learned rounds too),
# both bounds silence 10 ordinary messages and no risk message. A friend's self-harm
# ("what do i say to a friend whos self harming") keeps its reply: safety.md rule 1.
MENTION_RULES = frozenset((
    "self_harm.named", "suicidal.suicide", "overdose.mention", "suicidal.thinking_of",
))


def _rule(reason: str) -> str:
    """The rule's own name from a verdict's reason ("split:suicidal.note+gone")."""
    return reason.split(":")[-1].split("+")[0]


# An overdose taken in the last day is an emergency however the person feels now: a
# paracetamol overdose can feel fine for a day while it harms the liver. So "took 40
# paracetamol this morning, feel fine now, does that mean im ok?" is not a recovery.
_RECENT = re.compile(
    r"\b(?:this (?:morning|afternoon|evening)|today|earlier|last night|yesterday|just now|"
    r"(?:an?|one|two|three|few|couple of|\d+) (?:hours?|hrs?|mins?|minutes?) ago)\b")


# Tablets taken as the doctor said are a dose, not an overdose, however recent: "took all my
# tablets this morning like the doctor said, do i need to eat with them" (fresh dev set p).
# The medicine-question reading below then lets the words decide.
_AS_PRESCRIBED = re.compile(
    r"\b(?:like|as|what) (?:the |my )?(?:doctor|gp|dr|nurse|pharmacist|chemist) (?:said|told me|says|prescribed|"
    r"told me to)|as prescribed|"
    # "remembered to take all my tablets every day this week, thats one health plan goal
    # ticked" (fresh dev set t)
    r"every (?:single )?day (?:this|last) week|(?:weekly |daily )?pill ?box|dosette\b|"
    # "took all my tablets this morning like im supposed to, can i still drink tonight" (round 75)
    r"(?:like|as) i am (?:supposed|meant|told) to\b")


# A threat over money owed or drugs to hand over is real until said otherwise, however
# ordinary its words read to the meaning check (safety.md rule 6): "he's going to kill me
# if i forget to bring the money" (not "my sister would kill me if she saw my bank app").
_THREAT_OVER = re.compile(
    r"\b(?:bring|brought|pay|paid|give|gave|get|got|find|have|hand over|drop off|deliver)\w* "
    r"(?:(?:him|them|her) )?(?:(?:the|his|their|her|all the|that) )?(?:money|cash|debt|drugs|"
    r"package|parcel|gear|bag)\b|\b(?:owe|owes|owed|debt)\b|"
    # "my cousins threatening to shoot me over money" (dev round 59): a weapon or a debt named
    r"\b(?:shoot|shot|stab|stabbed|shank|gun|knife)\w*\b|\bover (?:the )?(?:money|cash|drugs|debt|a debt)\b")


# "I don't want to live" with nothing after it is never about where to live (dev round 45).
_NOT_LIVE_AT_ALL = re.compile(r"\b(?:dont|didnt) want to (?:live|be alive|exist)(?: anymore)?(?= ?(?:\.|$))")

# Thoughts of dying that are back, worse or constant are now, however the words read.
_THOUGHTS_NOW = re.compile(
    r"\b(?:its back|back again|(?:getting|gotten|got|even) worse|worse than ever|all day|every day|all the time|"
    r"constantly|cant stop|wont stop|keep (?:having|getting|coming))\b|"
    # ending it all, one's life or oneself is never an everyday mention: "its 3am and i feel
    # like ending it all, who can i talk to right now" (answer round 26) read as ordinary
    r"\b(?:end|ending|ended) (?:it all|my life|my own life|everything)\b|\bkill(?:ing)? myself\b")

# Not feeling safe with a person at hand: "i dont feel safe, my ex has found my new flat and
# keeps knocking". The meaning check retrained in the seventeenth session read that 0.02 and
# 0.22 (ordinary); someone finding, following or waiting for them is never an idiom.
_PERSON_AT_HAND = re.compile(
    r"\b(?:ex|he|she|they|someone|somebody|some1|man|guy|bloke|lad|dealer|stepdad|dad|boyfriend|bf|partner|"
    r"girlfriend|gf|neighbour|landlord)s? (?:\w+ ){0,2}?(?:has |have |s |ve |just |keeps? |kept |is |are )?"
    r"(?:found (?:my|me|where i|out where)|knocking|banging|ringing|turning up|turned up|coming round|came round|"
    r"outside|at my door|followed|following|waiting (?:for|outside)|watching)\b")

# Everyday rules whose hit stands, whatever the meaning check reads, when the message says this.
_STANDS_WHEN = {
    "being_hurt.not_safe": _PERSON_AT_HAND,
    "being_hurt.threat_to_kill": _THREAT_OVER,       # "...if i forget to bring the money"
    "suicidal.dont_want_to_live": _NOT_LIVE_AT_ALL,  # "west northants but i dont want to live"
    # "i was fine for ages but its back and its worse, the thoughts about dying are all day now"
    "suicidal.thinking_of": _THOUGHTS_NOW,
    # fresh dev set aq: "this is my final goodbye, thank u for the help with my flat" (the
    # thanks read as ordinary); not a goodbye to a place or at a funeral
    "suicidal.last_message": re.compile(
        r"\b(?:this is|ths is|here is) my (?:final|last) goodbye\b(?! (?:to (?:the|this|that|my|our|her|his|him)\b|at\b))"),
}


# A recovery said outright, in the present: "back then i didnt want to be here but now im
# so glad i stuck around", "i used to think everyone would be better off without me, so
# glad i was wrong", "its been a year since my overdose and im in a much better place".
# With a past frame and nothing in the present (_NOW), the message is ordinary however
# high the n-gram reader scores its risk words (fresh dev sets and dev rounds 46-48:
# seven full-reply false alarms, no risk message).
_GLAD_NOW = re.compile(
    r"\b(?:(?:so |really |well |just )?glad (?:i (?:stuck around|was wrong|am still here|survived|got help|"
    r"reached out|didnt|held on)|to be (?:alive|here))|"
    r"(?:things are|life is|i am|everything is|its all) (?:so |way |much |loads |a lot |so much )?better now|"
    r"proud of (?:how far|where i am|myself)|dont bother me (?:anymore|any more)|"
    # fresh dev set x: "its been 4 years since i last hurt myself and im proper proud"
    r"(?:i am|im) (?:so |really |proper |well |dead |very )?proud\b(?! (?:of (?:you|them|her|him)))|"
    # dev rounds 49-50: "had a relapse last year but im doing good now", "i tried to kill
    # myself when i was 16 and now im at uni, never thought id get here"
    r"(?:i am|im) doing (?:good|well|great|ok|okay|fine) now|never thought (?:id|i would|i d) get (?:here|this far)|"
    r"(?:havent|have not|not) (?:self harmed|sh|cut|hurt myself) (?:in|for) (?:\d+|a|two|three|over a) \w+|"
    r"got the keys to my (?:first |own |new )?(?:flat|place|home)|"
    r"scars (?:are|have) (?:fading|faded)|"
    r"in a (?:much |way |so much )?better place|(?:come|came|got) out (?:the |on the )?other side|"
    # fresh dev sets f-h: "but now ive got my little boy and my partner", "now ive got a
    # proper group of mates and a dog", "now im 19 and actually enjoying life"
    r"enjoying (?:life|my life)|now (?:i have|ive got|i ve got|i got|i have got) (?:a |my )?(?:proper |real |good |lovely )?"
    r"(?:group of mates|mates|friends|partner|little (?:boy|girl|one)|son|daughter|baby|kids?|job|dog|flat|family))\b")


def recovered_now(norm: str) -> bool:
    """A recovery said outright in the present (`norm`: the normalised text), the risk told
    as past (_GLAD_NOW): the second tier gives no check-in for it either (distress.check)."""
    return _glad_now(norm)


def _glad_now(norm: str) -> bool:
    frame = _FRAME.search(norm)
    return (frame is not None and frame.lastgroup in ("past", "recovery")
            and bool(_GLAD_NOW.search(norm)) and not _NOW.search(norm))


# A screening question reported with its answer no: "my doctor asked if i ever think about
# hurting myself and i said no, is that something they ask everyone" (fresh dev set f). Not
# when the answer is taken back ("i said no but i lied", "... but i do").
_SCREENING_DENIED = re.compile(
    r"\basked (?:me )?(?:if|whether) i (?:\w+ ){0,5}(?:hurting|harming|killing|ending|suicid\w*|self harm\w*)\b.{0,30}?"
    r"\b(?:(?:i|and) (?:said|told (?:them|her|him)|answered) (?:no|nope|not really)|"
    # "my PA asked if i've had any thoughts of ending my life. i haven't, i'm just knackered"
    # (round 67, read after its after-run)
    r"i (?:havent|have not|dont|do not|am not|wasnt|was not)(?= (?:\.|i am|im|its|just|at all|really|tho|though)|$))"
    r"\b(?!.{0,40}\b(?:but|lied|lying|honestly|"
    r"actually|really do|truth|not true|since|lately|recently|until|till|anymore)\b)")


# Rules that fire on mentions as often as on risk give way when both of the meaning check's
# readers are sure the whole English message is ordinary: a jump into the sea, a bridge on
# the way to uni, an overdose in the news or in a band's name, a body's scare, someone
# else's past ("my birth mum died of an overdose, can i get a copy of the death
# certificate"). Never a rule of one's own wish to die or to end it, of self-harm or
# bleeding told of anyone (safety.md rule 1: "my mate told me she self harms, how do i help
# her" gets the contacts), of a goodbye, of losing a home (the readers read "been thrown
# out and got nowhere to sleep" as ordinary) or of an overdose in the last day: "i was fine
# at my review but the truth is i want to be dead" read 0.06 and 0.003 to a model that had
# not seen it. Measured with a model not
# trained on rounds 63-68 and dev sets n-t (tenth session): 15 of their 65 ordinary
# messages with a full reply from a rule lose it, and none of their 1,753 risk messages
# with one; over every message in the tree (in-sample), 35 and none.
READERS_OVERRULE = re.compile(
    r"^(?:suicidal\.(?:jump|edge|coffin|by_the_time|last_words)|overdose\.(?:took_overdose|mention)|"
    r"self_harm\.relapse|medical\.(?!bleeding)\w+)$")
READERS_ORDINARY_SENSE_BELOW = 0.1
READERS_ORDINARY_WORDS_BELOW = 0.05
READERS_MIN_WORDS = 4


def _readers_sure_ordinary(text: str, reason: str) -> bool:
    rule = _rule(reason)
    if not READERS_OVERRULE.search(rule) or len(text.split()) < READERS_MIN_WORDS:
        return False
    if rule.startswith("self_harm.") and f"{THIRD_PARTY}:" in reason:
        return False  # "my friend relapsed with sh": a friend's self-harm keeps its reply
    if "+unexplained" in reason:
        return False  # bleeding with no cause named is answered as self-harm (detector.py)
    return _readers_say_ordinary(text)


# Suicide or an overdose named of other people with nothing happening to anyone: "is
# samaritans only for people who are suicidal", "my mates band is called overdose" (fresh
# dev set aa). Over the 96 dev and older held-out rounds, no crisis, urgent or in-form
# message caught this way read under both bounds; a friend's self-harm is not here.
THIRD_PARTY_MENTIONS = frozenset(("overdose.mention", "suicidal.suicide", "suicidal.thinking_of"))
# Someone close said to be suicidal now keeps the reply ("how do i support my friend whos
# suicidal"): safety.md rule 1, a friend in danger.
# Someone else using the word itself: "my little cousin keeps saying unalive from tiktok and
# my aunt thinks its hilarious" (round 82, read after its after-run)
_SAYING_THE_WORD = re.compile(
    r"\b(?:keeps|kept|keep|always|started|starts|stop|stopped) (?:saying|using|writing|typing|sayin)\b.{0,15}?"
    r"\b(?:unalive\w*|kms|kys|sewerslide)\b|\b(?:the word|words like) (?:unalive\w*|kms|kys|sewerslide|suicide)\b")
# Who a service is for, asked of people in general: "is the samaritans only for people who
# want to die or can anyone ring them" (dev set ai). Not "someone who wants to die" (a person).
_SERVICE_FOR_THEM = re.compile(
    r"\b(?:only|just|meant|mainly|specifically) for (?:people|those|ppl|adults|kids) (?:who|that) (?:\w+ )?"
    r"(?:want|wants|are|feel) (?:to die|suicidal|to end (?:it|their lives?))\b"
    # ... unless the writer says they are one: "... or people like me", "cos i kind of do"
    r"(?!.{0,60}\b(?:i do|i kind of do|i kinda do|me too|like me|thats me|that is me|i am one|which i am|"
    r"i want to|i feel (?:like )?that)\b)")
_SOMEONE_SUICIDAL_NOW = re.compile(
    r"\b(?:friend|mate|bestie|sister|brother|bf|gf|boyfriend|girlfriend|partner|flatmate|cousin|mum|dad|"
    r"he|she|they)s? (?:whos|who is|is|s|are|feels?|feeling|seems?) (?:\w+ )?suicidal\b")


def _readers_say_ordinary(text: str) -> bool:
    from bot.crisis import languages, meaning

    if languages.identify(text) is not None or languages.probably_not_english(text):
        return False  # the readers learned English only
    sense, words = meaning.risk(text), meaning.word_risk(text)
    return (sense is not None and words is not None
            and sense < READERS_ORDINARY_SENSE_BELOW and words < READERS_ORDINARY_WORDS_BELOW)


# Suicidal thoughts denied outright, then a low mood: "im not suicidal or anything, just
# really fed up with everything" (fresh dev set w). The check-in, not the full reply; never
# with a "but" or "anymore" after the denial.
_DENIED_THEN_LOW = re.compile(
    r"\b(?:i am|im|i m) not (?:suicidal|going to (?:do anything|kill myself|hurt myself|end it))"
    r"(?: or (?:anything|owt|nothing))?(?: tho| though)?\b(?!.{0,60}\b(?:but|anymore|any more|yet|lying|lie)\b)"
    r".{0,20}?\b(?:just|only)\b")

# A risk said, then taken back as something everyday: "im gone by the time you read
# this... gone to work that is 😂" (fresh dev set w).
_SAID_OTHERWISE = re.compile(
    r"\b(?:gone|going|off|be gone) (?:to|for) (?:work|bed|sleep|the shops?|uni|college|school|the gym|"
    r"a shift|my shift|lunch|tea|dinner|a nap|my nans?|my mums?)\b (?:that is|i mean|is what i mean|lol|lmao|haha)")

# Shaving ("can i use a disposable razor on my legs or is that bad for ingrowns", fresh dev
# set w): a razor on the legs for the hair on them. Not a shaver taken apart ("took the
# blade out of my shaver") nor "not for shaving".
_SHAVING = re.compile(r"\b(?:ingrowns?|ingrown hairs?|razor (?:burn|bumps|rash)|beard|armpits?|"
                      r"bikini line|stubble|shaving (?:cream|foam|gel)|"
                      r"(?<!not for )(?<!not )shav(?:e|ing) (?:my|me|your|his|her|their))\b")


# A move given as the reason for not being around: "i wont be here much longer, my lease is
# up in june and im moving back near my sister" (round 76, read after its after-run).
_MOVING_ON = re.compile(
    r"\b(?:lease|tenancy|contract|placement) (?:is up|ends|is ending|runs out|finishes)\b|"
    r"\bmoving (?:back|out|away|house|in with|to (?!a better place|heaven|the other side)\w+)\b")


# "not moving" said of the writer's home, not a body: "the flat will be empty from tonight.
# not moving, just wont be in it anymore" (fresh dev set ab) is a goodbye, not someone
# unconscious. Never with a person named.
_NOT_MOVING_HOUSE = re.compile(r"\b(?:flat|house|home|room|tenancy|keys?)\b[^.]{0,60}\. not moving\b")
_PERSON = re.compile(r"\b(?:he|she|they|him|her|them|hes|shes|theyre|flatmate|mate|friend|someone|somebody|"
                     r"baby|nan|mum|dad|brother|sister|boyfriend|girlfriend|partner|bf|gf|kid|son|daughter)\b")


def _not_moving_house(norm: str) -> bool:
    return bool(_NOT_MOVING_HOUSE.search(norm)) and not _PERSON.search(norm)


# Care leavers as a group made homeless, in a petition or a statistic, with the writer not
# saying they are (round 78, read after its after-run): "theres a petition about care
# leavers being made homeless, how do i sign it".
_GROUP_HOMELESS = re.compile(
    r"\b(?:care leavers|young people|people|kids|teenagers|so many|loads of)\b (?:\w+ ){0,4}?"
    r"(?:are|being|get|getting|who are|end up|ending up|become|becoming) (?:\w+ ){0,4}?homeless\b")
_SELF_HOMELESS = re.compile(r"\b(?:i am|im|i m|ill be|i will be|i could be|i might be|i was made|me|myself|i got|i get|i have been)\b"
                            r"(?: \w+){0,3} homeless\b|\bnowhere to (?:go|sleep|stay)\b|\btonight\b|\bkicked (?:me )?out\b")


_TO_NEED_CARE = re.compile(r"\b(?:to need|for|to get|before (?:you|u) need) (?:stitches|glue|steri ?strips|a and e|hospital|a doctor)\b")
# Someone else's overdose told as days past, with nothing after the time saying it is now
# ("just", slurring). Without a time it stays: "my mate just necked a load of her mums
# tablets ... says shes fine but shes slurring" (round 78).
_DAYS_PAST = re.compile(r"\b(?:last (?:week|month|year)|(?:weeks|months|years) ago)\b(?!.{0,80}\b(?:slurr\w*|just)\b)")
# one's own kitchen cut: "how deep does a cut have to be for stitches, sliced my finger
# chopping onions" (dev set af)
_KITCHEN_CUT = re.compile(
    r"\b(?:sliced|cut|nicked|caught) my (?:finger|thumb|hand)\b.{0,40}?\b(?:chopping|cooking|slicing|peeling|opening|"
    r"knife|tin|can|veg|onions?)\b|\b(?:chopping|cooking|slicing|peeling)\b.{0,40}?\b(?:sliced|cut|nicked) my "
    r"(?:finger|thumb|hand)\b")


# Someone else's crisis read in one's own records, with that person well now.
_READ_IN_RECORDS = re.compile(r"\b(?:reading|read|readin|found|saw|seen) (?:\w+ ){0,4}(?:my|the) (?:file|files|records|notes|"
                              r"care records|case notes|paperwork)\b")
_BETTER_NOW = re.compile(r"\b(?:shes|hes|theyre|she is|he is|they are|she s|he s) (?:\w+ )?(?:better|well|ok|okay|fine|"
                         r"alright|doing (?:well|better|good|ok|okay|fine)) now\b")

_LATELY = re.compile(r"\b(?:last night|yesterday|today|tonight|this (?:morning|afternoon|week|weekend)|earlier|just|"
                     r"right now|rn|now (?:shes|hes|theyre|she is|he is|they are) (?:not|in))\b")


# The writer's childhood or years back: "did my life story work today and found out my mum
# overdosed when i was 2" is read today, done long ago (dev set ai).
_LONG_AGO = re.compile(r"\b(?:when i was (?:\d+|a baby|little|small|young|a kid|a child|born)|years ago|"
                       r"before i was born|(?:in|since) (?:19|20)\d\d)\b")


# When someone else's act was, not when it was read ("found out today", "just finished a book").
_LAST_NIGHT = re.compile(r"\b(?:last night|yesterday|tonight|this (?:morning|afternoon|evening)|"
                         r"earlier (?:today|tonight)|right now|rn)\b")


def _words_decide(text: str) -> str:
    """Where a reading says the rule's words are everyday: the n-gram reader still decides
    between nothing and the check-in, never the full reply."""
    from bot.crisis import meaning

    words = meaning.word_risk(text)
    return "unsure" if words is None or words >= FRAMED_CRISIS_FROM else "ordinary"


def read(text: str, reason: str) -> str:
    """How a message a detector rule (`reason`) fired on reads as a whole: 'crisis' (the
    rule stands), 'unsure' (check in instead) or 'ordinary' (no crisis reply)."""
    rule = _rule(reason)
    norm = normalise(text)
    if rule.startswith("homeless.") and housing_question(text):
        return "ordinary"
    if rule.startswith("homeless.") and _GROUP_HOMELESS.search(norm) and not _SELF_HOMELESS.search(norm):
        return "ordinary"
    if rule.startswith("overdose.") and rule not in MENTION_RULES and _AS_PRESCRIBED.search(norm):
        return _words_decide(text)
    # (nor a film seen last night: "the film last night had a bit where the girl takes a load
    # of pills", fresh dev set ar)
    on_screen = reason.startswith(THIRD_PARTY) and told_as_past(text) == "story"
    if (rule.startswith("overdose.") and rule not in MENTION_RULES and _RECENT.search(norm)
            and not (reason.startswith(THIRD_PARTY) and _LONG_AGO.search(norm)) and not on_screen):
        # (not someone else's overdose years back, read about today: dev set ai's "did my
        # life story work today and found out my mum overdosed when i was 2")
        return "crisis"
    if rule == "suicidal.tired_of_life" and _DENIED_THEN_LOW.search(norm):
        return "unsure"
    if rule in ("suicidal.by_the_time", "suicidal.goodbye") and _SAID_OTHERWISE.search(norm):
        return _words_decide(text)
    if rule == "suicidal.wont_be_around" and _MOVING_ON.search(norm):
        return _words_decide(text)
    if rule == "medical.unconscious" and _not_moving_house(norm):
        return _words_decide(text)
    if rule == "self_harm.blades" and _SHAVING.search(norm) and not _NOW.search(norm):
        return _words_decide(text)
    if _readers_sure_ordinary(text, reason):  # after the recent overdose, which always stands
        return "ordinary"
    if reason.startswith(f"{THIRD_PARTY}:") and _SERVICE_FOR_THEM.search(norm):
        return "ordinary"  # "is the samaritans only for people who want to die" (dev set ai)
    if reason.startswith(f"{THIRD_PARTY}:") and rule in THIRD_PARTY_MENTIONS and _SAYING_THE_WORD.search(norm):
        return "ordinary"  # "my little cousin keeps saying unalive from tiktok" (round 82)
    if (reason.startswith(f"{THIRD_PARTY}:") and rule in THIRD_PARTY_MENTIONS
            and len(text.split()) >= READERS_MIN_WORDS and not _SOMEONE_SUICIDAL_NOW.search(norm)
            and _readers_say_ordinary(text)):
        return "ordinary"
    if _glad_now(norm):
        return "ordinary"
    if rule.startswith("overdose.") and rule not in MENTION_RULES and medicine_question(text):
        # "the pharmacist said i can only buy 2 packs at once, is that a law" (fresh dev set g):
        # a question about taking medicine safely; the words still decide between nothing
        # and the check-in, never the full reply
        return _words_decide(text)
    if reason.startswith(THIRD_PARTY) and friend_safe_now(text):
        return "ordinary"
    if (reason.startswith(THIRD_PARTY) and _READ_IN_RECORDS.search(norm) and _BETTER_NOW.search(norm)
            and not _LATELY.search(norm)):
        # "reading the bit of my file about when my mum tried to jump off a bridge, glad shes
        # better now" (dev set ag): the words decide between nothing and the check-in
        return _words_decide(text)
    if _SCREENING_DENIED.search(norm):
        return "ordinary"
    if reason.startswith(THIRD_PARTY) and someone_else_joking(norm):
        return "ordinary"
    if rule.startswith("medical.") and own_scare_over(norm):
        return "ordinary"  # "passed out at the gym cos i hadnt eaten, had a sandwich and im fine"
    if rule.startswith("medical.") and medical_info_question(norm):
        return "ordinary"  # "what does anaphylaxis look like, my kids just been diagnosed with a peanut allergy"
    if rule.startswith("medical.") and laughed_till(text):
        return "ordinary"  # "laughed so hard at her voice note i actually stopped breathing for a sec 😂"
    if rule == "medical.bleeding" and small_cut(norm):
        return "ordinary"  # "cut my finger chopping onions, bleeding a lot but its not deep"
    if rule.startswith("medical.") and friend_fine_after(norm):
        return "ordinary"  # "my flatmate fainted in the heat yesterday, hospital said dehydration, shes fine"
    if reason.startswith(f"{THIRD_PARTY}:overdose.") and _DAYS_PAST.search(norm) and friend_fine_after(norm):
        # "someone overdosed outside the shop by me last week, ambulance came and they were
        # ok" (dev set ae): the words decide between nothing and the check-in
        return _words_decide(text)
    if rule == "method.how_deep" and _TO_NEED_CARE.search(norm) and (friend_fine_after(norm) or _KITCHEN_CUT.search(norm)):
        # "how deep does a cut have to be to need stitches, my mate sliced his thumb chopping
        # onions lol hes fine" (round 78, read after its after-run): the words decide between
        # nothing and the check-in, never the full reply
        return _words_decide(text)
    if rule in HYPERBOLE_RULES and joking(text):
        return _words_decide(text)
    framed = read_framed(text)
    if (framed == "ordinary" and reason.startswith(THIRD_PARTY) and _LAST_NIGHT.search(norm)
            and not _LONG_AGO.search(norm) and not on_screen):
        # Someone else's attempt told as read or past, but of last night, yesterday or earlier
        # today ("read my file and my mum tried to kill herself last night, shes ok now but im
        # scared"): the readers retrained in the eighteenth session put it under both bounds;
        # a recent attempt close to the writer is at least a check-in (safety.md rule 1).
        framed = "unsure"
    everyday = rule in EVERYDAY_RULES or (rule in MENTION_RULES and not reason.startswith(THIRD_PARTY))
    stands = _STANDS_WHEN.get(rule)
    if stands is not None and stands.search(norm):
        everyday = False
    if framed != "crisis" or not everyday:
        return framed
    from bot.crisis import meaning

    words, sense = meaning.word_risk(text), meaning.risk(text)
    if (words is not None and sense is not None
            and words < EVERYDAY_ORDINARY_BELOW and sense < EVERYDAY_SENSE_BELOW):
        return "ordinary"
    return "crisis"


def told_as_past(text: str) -> Optional[str]:
    """'past', 'recovery', 'lesson', 'game', 'pet', 'ailment' or 'story' when the message frames its risk words that way and
    puts nothing in the present; otherwise None (also on an internal error)."""
    try:
        norm = normalise(text)
        found = _FRAME.search(norm)
        if found is None or _NOW.search(norm):
            return None
        if found.lastgroup == "admin" and _SOON.search(norm):
            return None  # "writing my will at 17 lol thats normal right. its for friday"
        return found.lastgroup
    except Exception:
        log.exception("past-framing check failed")
        return None
