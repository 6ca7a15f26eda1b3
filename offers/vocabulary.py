"""The shared topic vocabulary (source of truth in code for docs/topics.md).

Topic keys are stable: NLU intents are `ask_<topic>` and actions pass them to the store.
Categories are the statutory Local Offer areas plus money. Keywords are the words a care
leaver might use; `search_topics()` matches them as whole phrases.
"""
from __future__ import annotations

from dataclasses import dataclass

from offers.textnorm import fold


@dataclass(frozen=True)
class Category:
    key: str
    label: str


@dataclass(frozen=True)
class Topic:
    key: str
    category: str
    label: str
    keywords: tuple[str, ...] = ()


CATEGORIES: tuple[Category, ...] = (
    Category("support_advice", "Support and advice"),
    Category("education_training", "Education and training"),
    Category("employment", "Employment"),
    Category("accommodation", "Accommodation"),
    Category("money", "Money"),
    Category("health_wellbeing", "Health and wellbeing"),
    Category("relationships", "Relationships"),
    Category("participation", "Participation in society"),
)

STATUSES = ("offered", "not_offered", "discretionary", "unknown")
# How an amount is paid; over_course is a sum spread over a course of study (the HE bursary).
PERIODS = ("one_off", "per_year", "per_month", "per_week", "over_course")
# How firm an offered or discretionary entry's promise is, as its source words it:
#   definite       "we will ...", "you will get ..."
#   only_if        only when a condition holds (the entry's `only_if` says which)
#   in_principle   the council "in principle will assist": intended, not promised
#   discretionary  "may", "where appropriate", "if possible": decided case by case
PROMISES = ("definite", "only_if", "in_principle", "discretionary")
LEGAL_BASES = ("statutory", "national_recommendation", "local_discretion")


# Words that name a fact only together, one from each group: "is there a way to try it
# out first before i get my own place" is a taster flat; "try it out first before i
# commit to a job" is not.
TOGETHER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "training_flat": (("try it out", "try it first", "try it before", "trial run", "test it out",
                       # "is there any way to like practise first before getting my own place"
                       "practise first", "practice first", "practise before", "practice before",
                       "way to practise", "way to practice", "practise it", "practice it"),
                      ("own place", "own flat", "own home", "living alone", "live alone",
                       "living on my own", "live on my own")),
    # "i have a learning disability and cant live on my own yet, what options are there":
    # where to live with a disability or extra needs is supported accommodation and Shared
    # Lives (the Trust's and Derby's entries), not extra support in general.
    "supported_accommodation": (("learning disability", "learning disabilities", "a disability", "disabled",
                                 "additional needs", "extra needs", "special needs", "autism", "autistic"),
                                ("live on my own yet", "cant live on my own", "cant live alone",
                                 "not ready to live on my own", "not ready to live alone", "where can i live",
                                 "where could i live", "somewhere to live", "where to live", "housing options",
                                 "live independently yet", "cant live independently", "not ready for my own",
                                 "somewhere i can live", "live with a carer", "living with a carer",
                                 "could live alone", "could live on my own", "couldnt live alone",
                                 "couldnt live on my own")),
    # "im doing nursing at uni, can the trust find me a mentor": a mentor for a degree is the
    # careers help's mentor "who has the same degree" (the Trust's), not the business mentor
    # (round 32, r32-057).
    "careers_advice": (("mentor", "mentors", "mentoring"),
                       ("at uni", "at university", "degree", "my course", "studying", "uni course",
                        "university course")),
    # "what else do i get when i move into my first place apart from the setting up money":
    # what comes for a first home beside the money is the starter packs (and, with them,
    # the contents insurance: COMPANIONS).
    "home_starter_pack": (("what else", "anything else", "else do i get", "else can i get", "else will i get",
                           "what other things", "any other things"),
                          ("first place", "first home", "first flat", "move into", "moving into", "move in",
                           "moving in")),
    # "what band do care leavers get on the register": a band only with the housing list
    # ("a band" alone is music; "the register" alone may be the electoral one).
    "housing_priority": (("band", "bands", "banding", "banded"),
                         ("register", "housing", "council house", "council flat", "bidding",
                          "waiting list", "housing list")),
    # "anything to live on at uni": money to live on in education, which Derby's minimum
    # income principle covers (the maintenance allowance is for 16 and 17-year-olds).
    "minimum_income": (("to live on", "to live off", "living costs", "money to live"),
                       ("at uni", "at university", "while at uni", "while im at uni", "during uni",
                        "uni students", "university students", "a uni student", "a university student")),
    # "the bus there costs loads", "the train is £20, can they help with that": a fare, by
    # the vehicle and what it costs, is the travel cost (not the course or job it goes to).
    "travel_costs": (("the bus", "the buses", "the train", "the trains", "a bus", "a train", "buses", "trains",
                      "the coach", "taxi", "taxis", "the tram",
                      # "bus to college in northampton is costing me loads": the bus by where it goes.
                      "bus to", "train to", "bus into", "train into", "bus in to"),
                     ("costs", "cost", "costing", "expensive", "afford", "pricey", "a fortune", "help with that",
                      "help with it", "pay for it", "pay for that", "pay towards")),
    # "my PA is on holiday for 2 weeks ... what do i do": who helps while the PA is away is
    # the duty worker, not what a PA is.
    "duty_service": (("my pa is", "my pas", "my pa s", "my pas on", "my worker is", "my personal adviser is",
                      "my personal advisor is"),
                     ("on holiday", "away", "off sick", "on leave", "annual leave", "off work", "not around",
                      "unavailable", "not in", "off this week", "off today")),
    # "does my social worker just stop when i turn 18": the social worker hands over to the
    # PA, who becomes the main worker at 18 (the PA's entry says so), not support after 21.
    "personal_adviser": (("social worker", "social workers", "child social worker", "childrens social worker"),
                         ("stop when", "stops when", "stop at", "stops at", "end when", "ends when", "end at",
                          "ends at", "finish at", "finishes at", "leave me", "leaves me", "stop working with",
                          "stops working with", "when i turn 18", "when im 18", "at 18", "after 18",
                          # "when does my social worker stop and who takes over" (set R, r-132)
                          "worker stop", "worker stops", "who takes over", "takes over", "who will take over")),
    # "do derby give you some kind of booklet that says what youre entitled to": the
    # council's Entitlements booklet (given at 16), not the Local Offer's areas.
    # "do derby give you anything that explains what youre entitled to" (set K, k-168): a
    # thing that explains them is the booklet too.
    "financial_entitlements": (("booklet", "booklets", "leaflet", "handbook", "a guide", "document", "list",
                                "explains", "that says what", "that tells you what"),
                               ("entitled to", "entitlements", "entitled too")),
    # "do businesses and other organisations have offers for care leavers too, not just the
    # council": what bodies other than the council offer is the Care Leaver Covenant.
    "care_leaver_covenant": (("businesses", "companies", "employers", "other organisations",
                              "organisations", "charities and businesses"),
                             ("offers for care leavers", "offer for care leavers", "an offer for",
                              "offers too", "offer too", "not just the council", "as well as the council",
                              "apart from the council", "other than the council",
                              # "how do businesses that arent the council say what they offer care
                              # leavers" (set T, t-200): the guide's "organisations other than the LA".
                              "arent the council", "isnt the council", "not the council", "outside the council",
                              "besides the council")),
    # "my universal credit hasnt come thru yet, is there any money": a claim not paid yet is
    # the wait for the first payment, not help to claim.
    "benefit_wait_support": (("universal credit", "my uc", "the uc", "my benefits", "my benefit", "benefits claim",
                              "benefit claim", "my claim"),
                             ("hasnt come", "has not come", "not come thru", "not come through", "hasnt arrived",
                              "not arrived", "hasnt been paid", "not been paid", "not paid yet", "hasnt paid",
                              "hasnt started", "not started yet", "hasnt gone thru", "hasnt gone through",
                              "not gone through", "not through yet", "not thru yet", "still waiting", "still not paid",
                              "takes 5 weeks", "takes five weeks", "5 week wait", "five week wait",
                              # "applied for universal credit but it takes weeks to come through, do
                              # the trust give me anything to live on meanwhile" (set R, r-065)
                              "takes weeks", "take weeks", "taking weeks", "to come through", "to come thru",
                              "meanwhile", "in the meantime", "in the mean time")),
    # "im 17 and living semi independent, what money am i meant to get each week": money by
    # the week is the maintenance allowance, not the place they live.
    "maintenance_allowance": (("each week", "every week", "per week", "a week", "weekly"),
                              ("what money", "how much money", "money do i get", "money am i", "money will i",
                               "money should i", "money would i")),
    # "was in care in northants but moved to birmingham. am i still covered": the offer for
    # those who live out of the area (moving away, then whether it still applies).
    "local_offer": (("moved to", "moved away", "moved out", "moving to", "move to", "moved over to",
                     # "im a derby care leaver but i live in birmingham now, does the offer still
                     # count" (round 34, r34-130): living elsewhere now, said as where they live.
                     "live in", "living in", "live out of", "living out of", "live outside", "living outside",
                     "now live", "live away", "moved from"),
                    ("still covered", "still cover me", "still apply to me", "still applies to me",
                     "still count for me", "offer still count", "offer still counts", "offer still apply",
                     "offer still applies", "still have to support me", "still have to help me",
                     # "was in care in northampton but moved to birmingham for work, does the
                     # trust still help me" (set M m-113).
                     "still help me", "still helps me", "still support me", "still supports me",
                     "still look after me", "still get help", "still get support",
                     # "does the local offer cover me" then "derby looked after me i just moved to
                     # kettering": the offer covers them wherever they live now.
                     "offer cover me", "offer covers me", "offer apply to me", "offer applies to me")),
    # "im 22 and not in college or anything, can derby leaving care still help me": an age
    # past 21 and whether help goes on is support from 21 to 25 (only alone: see PAIR_ONLY_ALONE).
    # So too turning 21 ("i turn 21 next year, can the leaving care team still help me after
    # that", l-059): beside "still help me", not the birthday money "turn 21" alone asks about.
    # And not being in college or work ("can i still get help from leaving care if im not in
    # college or working", set T, t-174): help up to 25 whether in education or not.
    "support_after_21": (("im 21", "im 22", "im 23", "im 24", "i am 21", "i am 22", "i am 23", "i am 24",
                          "now 21", "now 22", "now 23", "now 24", "i turn 21", "im turning 21", "i will be 21",
                          "not in college", "not at college", "not in education", "not in training",
                          "not in work", "not working"),
                         ("still help me", "still get help", "still get support", "still support me",
                          "still get any help", "still get any support", "still be supported", "still help",
                          # "im turning 21 soon, does all the help from the trust stop then" (r35-083):
                          # whether the help ends at that age, the council named between.
                          "all the help", "all the support", "help stop", "help stops", "support stops",
                          "help end", "help ends", "support end", "support ends",
                          # "havent heard from leaving care in ages, im 23 now, do they ever get in
                          # touch" (r35-072): the yearly letter to those not in touch, up to 25.
                          "ever get in touch", "ever contact", "ever be in touch", "get in touch again")),
    # "do i get anything for turning 18" (set R, r-042): something got for an age turned is
    # a birthday present, not rewards nor what changes at 18 ("when i turn 18" alone). A pair,
    # not keywords: "turning" in the birthday's own words would bring it near every "im
    # turning 22 ... still visit me" (support from 21 to 25).
    "birthday_payment": (("anything for turning", "something for turning", "money for turning", "get for turning",
                          "gift for turning", "present for turning"),
                         ("16", "17", "18", "19", "20", "21", "22", "23", "24", "25")),
    # "my mate got 3 grand for her flat": a sum for a first home is the setting-up money.
    "setting_up_home_allowance": (("grand for her", "grand for his", "grand for my", "grand for their",
                                   "grand for the", "grand for a", "1k for", "2k for", "3k for"),
                                  ("flat", "place", "home", "house")),
}


# A second pair of word groups, for a fact with a pair above or with a short word of its own:
# "my pa left and i have a new one. how often will they see me" asks how often the PA visits
# (not in its keywords: those words name the fact, and would not then say which of its
# sentences answers, offers/relevance.py).
ALSO_TOGETHER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # "do they give me money while i wait for my asylum decision": the wait named by what is
    # waited for (the Home Office's decision) is the asylum-seeker support (Derby: "financial
    # support until your decision has been made"), not the wait for a first benefit payment
    # ("while i wait"). A pair, not keywords: each keyword thins the topic's text similarity.
    "immigration_support": (("while i wait", "while im waiting", "while i am waiting", "wait for", "waiting for",
                             "wait on", "waiting on", "until i get", "till i get", "before i get"),
                            ("asylum decision", "home office decision", "immigration decision",
                             "decision on my asylum", "decision on my claim", "decision on my status",
                             "refugee status", "status decision",
                             # "im an asylum seeker in derby care, do i get money while i wait for
                             # my claim" (set S, s-157): the claim waited on is the asylum claim.
                             "asylum seeker", "my asylum claim", "asylum claim")),
    # "im 22 and i dont have a pa anymore, who do i go to if i need help": no PA and who to
    # go to is the duty service, whose entries say who helps those without a PA (set Q q-084).
    "duty_service": (("dont have a pa", "do not have a pa", "dont have a personal adviser", "dont have a personal advisor",
                      "havent got a pa", "have not got a pa", "no longer have a pa", "dont get a pa"),
                     ("who do i go to", "who can i go to", "who do i ask", "who can i ask", "who do i talk to",
                      "who can i talk to", "who do i contact", "who helps me", "who will help me")),
    # "no free bus pass round here then can they at least help with my bus to college": help
    # with the fare to where they go is the travel cost; "college" is where, and the free bus
    # pass (MORE_COMPANIONS) is said beside it.
    "travel_costs": (("help with my bus", "help with the bus", "help with bus", "pay for my bus", "pay my bus",
                      "help with my train", "help with the train", "pay for my train", "help with my fare",
                      "help with my fares", "help with bus fare", "help with train fare",
                      # "got an apprenticeship starting ..., will they help with bus fare to get there" (p-019).
                      "help with the bus fare", "help with my bus fare", "help with the train fare",
                      "help with my train fare", "pay my bus fare", "pay the bus fare",
                      # "can i get my bus fare paid to get to my apprenticeship" (set Q q-022).
                      "bus fare paid", "bus fares paid", "train fare paid", "train fares paid", "fare paid",
                      "fares paid"),
                     ("to college", "to work", "to school", "to uni", "to training", "to my course",
                      "to my apprenticeship", "to my job", "to my college", "to my training",
                      # the fare "to get there" beside the apprenticeship or job it says where.
                      "to get there")),
    # "does the trust or derby have to visit care leavers more often": who visits more.
    # "which council visits care leavers the most, derby or west northants" (s22-017).
    "personal_adviser": (("how often", "how regularly", "how many times", "more often", "less often", "most often",
                          "the most"),
                         ("see me", "visit me", "visits me", "come and see me", "come see me", "check on me",
                          # "how often do they check in on me if im 18" (set N, n-182).
                          "check in on me", "check up on me", "check in with me", "checks in on me",
                          "checks up on me",
                          "meet me", "meet up with me", "come round", "come to see me", "visit care leavers",
                          "see care leavers", "visits care leavers", "sees care leavers", "visit you", "see you",
                          # "who sees their care leavers more often, the trust or derby" (p-208).
                          "see their care leavers", "sees their care leavers", "visit their care leavers",
                          "visits their care leavers", "see its care leavers", "sees its care leavers",
                          # "ok and how often would they visit" after the PA's answer.
                          "would they visit", "will they visit", "do they visit", "does she visit",
                          "does he visit", "would she visit", "would he visit")),
    # "im 22 now do i still get a pa from the trust or is that it": an age past 21 and
    # whether the PA goes on is support from 21 to 25 (whose entries say who keeps a PA
    # then), not what a PA is. Unlike its first pair, asked even beside other words: the
    # second half names the PA itself (offers/ranking.py).
    "support_after_21": (("im 21", "im 22", "im 23", "im 24", "i am 21", "i am 22", "i am 23", "i am 24",
                          "now 21", "now 22", "now 23", "now 24", "21 now", "22 now", "23 now", "24 now",
                          # "do i have to be at college or uni to keep getting leaving care help ...
                          # after 21": help to 25 whether in education or not (set Q q-127), not
                          # the bursary "college" brushes against.
                          "have to be at college", "have to be in college", "have to be at uni",
                          "have to be in education", "have to be in training", "have to be studying",
                          "need to be at college", "need to be in education", "need to be at uni"),
                         ("after 21", "till 25", "until 25", "up to 25", "keep getting leaving care",
                          "keep getting help", "keep getting support", "still get leaving care",
                          "still get a pa", "still have a pa", "still get my pa", "still have my pa",
                          "still keep my pa", "keep my pa", "still get a personal adviser", "still get a personal advisor",
                          "still have a personal adviser", "still have a personal advisor", "still get a worker",
                          "still have a worker", "still get a leaving care worker",
                          # "im 22 and dont have a pa anymore, can i still get help" (round 36,
                          # r36-049): the PA gone at that age is whether help goes on.
                          "dont have a pa anymore", "dont have a pa any more", "dont have my pa anymore",
                          "dont have my pa any more", "no pa anymore", "no longer have a pa",
                          "dont have a personal adviser anymore", "dont have a personal advisor anymore",
                          # "im 24 and doing a degree that finishes when im 26, does the trust drop
                          # me at 25" (r35-071): an age said beside the age help ends at is how long
                          # help lasts (to 25, or past it for a course started before 25), not
                          # who counts as a care leaver.
                          "drop me at", "at 25")),
    # "starting on a building site monday and need work boots": boots for a job that starts
    # are work clothing (the Trust's commencing work allowance), found by the words and not
    # by the text's likeness alone. Not "work boots and tools" for an apprenticeship: the
    # Trust's tools and equipment entry (b28-003), which names no job starting.
    "work_clothes": (("work boots", "steel toe boots", "steel toe", "safety boots", "boots",
                      # "which council gives the most help with clothes for starting a job":
                      # clothes for a job that starts, not help getting a job (round 33, r33-161).
                      "clothes"),
                     ("starting on a", "building site", "start work", "starting work", "new job", "first job",
                      "got a job", "start my job", "starting my job", "starting a job", "start a job",
                      "starting a new job", "start a new job",
                      # "got an interview next week and i need proper clothes for it" (round
                      # 40, r40-013): clothes for an interview are interview clothes, not the
                      # careers advice "interview" names alone.
                      "an interview", "job interview", "for interview", "interview next")),
    # "is there any careers help at the care leavers hub": help with work at the hub is North's
    # weekly Prospects drop-in there (in its help getting a job), not careers advice in
    # general nor the hub itself.
    "employment_support": (("careers help", "careers advice", "career help", "career advice", "careers support",
                            "job help", "jobs help", "help with jobs", "help finding a job", "help getting a job",
                            "careers"),
                           ("at the care leavers hub", "at the hub", "at the leaving care hub", "at russell house",
                            "in the hub", "hub")),
}


# Keywords that ask about a fact only when the message names nothing else: "is that
# allowed" after "they dont rent to care leavers" asks about discrimination, but after "my
# PA only comes every 3 months" it asks about the PA's visits. Beside another fact's own
# words they count for less (offers/ranking.py).
ONLY_ALONE: dict[str, frozenset[str]] = {
    "discrimination": frozenset({"is that allowed", "is that even allowed", "not allowed"}),
}


# Facts whose pair of words above asks about them only when the message names nothing else:
# "im 22, can they still help me with my deposit" asks about the deposit.
PAIR_ONLY_ALONE: frozenset[str] = frozenset({"support_after_21"})


# Keywords that also say when ("halls close at christmas"): beside another fact's own words,
# and after "at", "over", "during" ..., they say when, not what (offers/ranking.py).
WHEN_WORDS: dict[str, frozenset[str]] = {
    "festival_payment": frozenset({"christmas", "xmas", "eid", "diwali"}),
}


def _t(key: str, category: str, label: str, *keywords: str) -> Topic:
    return Topic(key, category, label, keywords)


TOPICS: tuple[Topic, ...] = (
    # support_advice
    _t("personal_adviser", "support_advice", "Personal adviser",
       "personal adviser", "personal advisor", "pa", "my worker", "leaving care worker",
       # "is the pa until 25 thing actually the law": a PA to 25 is the law (2017 Act).
       "pa until 25", "pa till 25", "pa up to 25", "pa to 25", "pa til 25",
       # "how often will leaving care keep in touch with me": how the service keeps in touch.
       "keep in touch with me", "stay in touch with me", "be in touch with me", "keeps in touch with me",
       # "who becomes my main worker when im 18": the PA becomes the main worker at 18.
       "main worker"),
    _t("pathway_plan", "support_advice", "Pathway plan",
       "pathway plan", "pathway planning", "needs assessment", "pathway assessment",
       # "when do they start talking to you about leaving care, im 15": planning for leaving
       # care, which starts with the pathway plan at 16 (set O, o-114).
       "plan for leaving care", "planning for leaving care", "prepare for leaving care",
       "preparing for leaving care", "prepare me for leaving care", "start planning",
       "talking to you about leaving care", "talking to me about leaving care", "talk to me about leaving care"),
    _t("duty_service", "support_advice", "Duty service",
       "duty worker", "duty service", "duty system", "my pa is not available", "speak to someone"),
    _t("advocacy", "support_advice", "Advocacy", "advocate", "advocacy", "childrens rights",
       "stand up to", "stand up for me", "on my side", "speak up for me", "wont listen to me",
       "challenge a decision", "challenge the decision", "argue with the council",
       "fight it", "fight the decision", "fight a decision", "fight their decision",
       "appeal the decision", "appeal a decision",
       # "i dont agree with a decision my pa made ... who can help me challenge it"
       "dont agree with", "do not agree with", "disagree with", "disagree", "challenge it",
       "challenge that", "challenge this", "challenge them"),
    _t("complaints", "support_advice", "Complaints", "complain", "complaint", "complaints"),
    _t("care_records", "support_advice", "Access to care records",
       "care records", "care files", "care file", "my records", "my file", "case files", "records",
       # "do i have to go through complaints to see my file": the route, not a complaint.
       "go through complaints", "go thru complaints", "through the complaints",
       "thru the complaints", "through complaints first"),
    _t("eligibility", "support_advice", "Who counts as a care leaver",
       "eligible", "eligibility", "qualify", "am i a care leaver", "13 weeks", "former relevant",
       "relevant child", "qualifying",
       # "i was privately fostered from 16": a route into the qualifying group (Derby's booklet).
       "privately fostered", "private fostering", "private foster",
       # "what are the different types of care leaver? like the legal categories"
       "types of care leaver", "type of care leaver", "kinds of care leaver", "legal categories",
       "categories of care leaver", "legal category",
       # "my pa said i was relevant" then "what am i now and how long do i get support" (set T,
       # t-169): which group the user is in now.
       "what am i now", "what group am i", "which group am i", "what category am i", "which category am i",
       # "does that make me a care leaver", "do they add up" (periods in care adding up to 13 weeks)
       "make me a care leaver", "makes me a care leaver", "count as a care leaver", "counts as a care leaver",
       "classed as a care leaver", "class as a care leaver", "do they add up", "does it add up",
       "add together", "added together", "periods in care", "times in care",
       # "whats the name of the act from 2000 that covers leaving care": the law the groups
       # come from, which this entry names (Children (Leaving Care) Act 2000).
       # (Not "leaving care act": "leaving care" in a keyword draws every message that says it.)
       "act from 2000", "2000 act", "act of 2000", "act 2000", "law from 2000",
       # "what is the leaving care act called, the one from 2000": the Act's name asked, its
       # year after it (b43-006). Not "from 2000" alone: "did it go up from 2000" is money.
       "one from 2000", "2000 one"),
    _t("support_after_21", "support_advice", "Support from 21 to 25",
       "after 21", "over 21", "21 to 25", "until 25", "up to 25", "post 21", "stop at 25",
       "support stop", "go back to leaving care", "can i go back", "come back to leaving care",
       "after 25", "turn 25", "turning 25", "when im 25", "25 next month", "lose all the help",
       "lose the help", "lose my support", "support just stop", "all my support",
       "too late to get", "too late for support", "too late for help", "is it too late",
       "can i come back", "come back to them", "stop at 21",
       # "what happens to my leaving care support when i hit 21" ("turn 21" is birthday money too)
       "hit 21", "till 25", "til 25", "till im 25", "until im 25",
       # "if im not in touch with derby leaving care will they still contact me": the yearly
       # letter to care leavers not in touch, up to 25.
       # (Not "heard from": its words pick the letter's sentence, offers/relevance.py.)
       "not in touch with", "still contact me", "still get in touch with me", "still be in touch with me",
       # "i stopped talking to leaving care ages ago, will they ever contact me again": the
       # same yearly letter, asked by someone who dropped out of touch.
       "ever contact me", "contact me again", "get in touch with me again", "ever get in touch with me",
       # "havent spoken to leaving care in like 2 years, would they even contact me anymore"
       # (round 38, r38-052): the same letter, to someone out of touch for years.
       "contact me anymore", "contact me any more", "get in touch with me anymore", "get in touch anymore",
       "havent spoken to leaving care", "not spoken to leaving care", "havent talked to leaving care",
       "not talked to leaving care", "havent been in touch with leaving care", "not been in touch with leaving care",
       # "how long can i get leaving care support for": till what age the service helps (to 25).
       "how long can i get leaving care support", "how long can i get support", "how long do i get support",
       "how long do i get leaving care support", "how long does leaving care support last",
       "how long does the support last", "how long is leaving care support", "how long will leaving care support me",
       # "lost touch with my PA ages ago, im 22, can i get back in with leaving care": coming
       # back to the service (re-referring yourself), not what a PA is.
       "get back in with leaving care", "get back in with them", "back in with leaving care",
       "get back in touch with leaving care", "back in touch with leaving care", "lost touch with leaving care",
       # "im 24 and lost touch with the trust years ago. can i still contact them" (round 37,
       # r37-066; set P, p-068): whether the service can still be reached, which the yearly
       # letter says it can until 25; the service by its other names.
       "lost touch with the trust", "lost touch with the council", "lost touch with the leaving care",
       "can i still contact leaving care", "can i still contact the leaving care", "can i still contact the trust",
       "can i still contact the council", "can i still get in touch with leaving care",
       "can i still get in touch with the trust", "can i still get in touch with the council",
       "re-refer", "re refer", "rerefer", "refer myself back", "refer myself again",
       # "can i still get help from leaving care ... or is it done at 21"
       "done at 21", "over at 21", "end at 21", "ends at 21", "finish at 21", "finishes at 21",
       "stops at 21", "finished at 21",
       # "im 23 ... can i still get help from leaving care or am i too old": the age support
       # lasts to, not who counts as a care leaver.
       "too old", "am i too old", "im too old", "too old for",
       "stop when i",
       # "does all the help just stop on my 25th birthday", "till what age does support last"
       "25th birthday", "my 25th", "till what age", "until what age", "up to what age",
       "support last", "support lasts", "help last", "help lasts",
       # "doing a degree that finishes when im 26, will leaving care just drop me at 25"
       "at 25", "past 25", "beyond 25", "over 25", "older than 25", "drop me",
       # "what happens to my leaving care support when i hit 25"
       "hit 25", "hitting 25", "reach 25", "reaching 25", "get to 25",
       # "left care 3 years ago ... do they ever contact you after?": the yearly letter;
       # "im 23 and never bothered with them, can i still go back to them now?"
       "contact you after", "ever contact you", "heard from anyone",
       "go back to them", "still go back", "go back to the leaving care",
       # "if i stop answering derby leaving care will they just forget about me": not being in
       # touch, which the yearly letter answers (set O, o-177).
       # Few words: each one moves every fact's similarity (r28-050 fell to a near tie with more).
       "forget about me", "forgotten about me"),
    _t("extra_support", "support_advice", "Extra support for particular needs",
       "extra support", "additional support", "special educational needs", "disability",
       "leaving custody", "difficult time", "autistic", "autism", "adhd",
       "learning disability", "extra help",
       # "can i get more help than other care leavers"
       "more help than", "more support than"),
    _t("care_leavers_hub", "support_advice", "Care leavers' hub",
       "hub", "drop in", "russell house", "shower", "laundry", "free clothes", "free food"),
    _t("immigration_support", "support_advice", "Support for migrant and asylum-seeking young people",

       "asylum", "immigration", "refugee", "migrant", "unaccompanied", "fact sheets",
       "fact sheet", "factsheets", "arabic", "kurdish", "pashto", "tigrinya", "vietnamese",
       "albanian", "home office", "waiting on the home office", "waiting for the home office",
       "asylum claim", "leave to remain", "immigration status", "asylum seeker",
       "asylum seeking", "my status", "status isnt sorted", "status still isnt sorted",
       "came to the uk on my own", "came to uk on my own",
       # "i came to the uk alone from eritrea": arriving in the UK says the same.
       "came to the uk", "came to uk", "came here alone", "came here on my own",
       # "waiting on my home office decision, do i get any money while i wait": the wait for
       # the asylum decision (Derby: "financial support until your decision has been made"),
       # not the wait for a first benefit payment ("while i wait"): the longer phrase names
       # the situation (actions/facts._names_more). One phrase only: each keyword added here
       # thins the topic's text similarity ("i came to the uk alone ... any extra help" is
       # then extra support).
       "waiting on my home office"),
    _t("feedback", "support_advice", "Telling the service what you think",
       "feedback", "have your say", "tell us what you think", "you said we did",
       "what i think", "tell them what i think", "give feedback"),
    _t("local_offer", "support_advice", "What a Local Offer is",
       "what is a local offer", "whats a local offer", "what is the local offer",
       "wots a local offer", "wot is a local offer", "local offer anyway", "what law",
       "is a local offer", "is the local offer", "a local offer is", "local offer means",
       "law in 2026", "new law about local offers",
       # "why do councils even have to publish a local offer": the law that makes them.
       "have to publish a local offer", "have to publish the local offer", "have to have a local offer",
       "have to do a local offer", "why is there a local offer", "why do councils have a local offer",
       "which law", "new law", "law makes", "wellbeing and schools act",
       # "theres a new 2026 law that changes what has to be in the local offer"
       "2026 law", "2026 act", "act of 2026", "act 2026", "law changed", "law changes", "changed the law", "change in the law",
       # "a new law that changes what has to be in the local offer": what an offer must cover.
       "has to be in the local offer", "have to be in the local offer", "must be in the local offer",
       "has to be in a local offer", "must be in a local offer", "law that changes",
       # "whats the difference between the stuff im legally entitled to and the extra stuff":
       # what the law gives and what a council chooses to add, which the Local Offer sets out.
       "legally entitled to and", "statutory and discretionary", "statutory entitlements",
       "discretionary support", "extra stuff in a local offer", "extra stuff in the local offer",
       "what does local offer mean", "still apply", "still cover", "moved away",
       # "moved to birmingham, do i still get the local offer": its reach.
       "still get the local offer", "still get my local offer", "local offer still",
       "live somewhere else", "another area", "another council area",
       # "i moved to birmingham, does the local offer stuff still count or is it only if u
       # live there": the offer for those who live out of the area.
       "still count for me", "still counts for me", "only if u live", "only if you live",
       "out of the area", "outside the area", "out of area", "dont live there",
       "covered by the local offer", "covered by their local offer",
       # "what does every council's local offer have to cover by law": what it must contain.
       "local offer have to", "local offers have to", "local offer has to", "local offer must",
       "local offers must", "every local offer",
       # "what are councils meant to put in their local offer? like what areas does it have to cover"
       "put in their local offer", "put in the local offer", "in their local offer", "have to cover",
       "has to cover", "meant to cover", "supposed to cover", "meant to include", "supposed to include",
       "got to cover", "gotta cover", "got to include", "gotta include", "cover by law", "include by law",
       # "heard there's a new act in 2026 that changes local offers, what do they have to include now"
       "new act", "act in 2026", "have to include", "has to include", "must include"),
    # "what did ofsted say about north northants, are they any good": three independent
    # question writers asked it; only North's entry publishes the ratings.
    _t("ofsted_rating", "support_advice", "Ofsted's rating",
       # Not "inspected" alone: a landlord or housing officer inspects flats too.
       "ofsted", "ofsted rating", "ofsted report", "ofsted say", "ofsted inspection"),
    # "what % of care leavers in north northants are NEET", "how many care leavers does derby
    # have": figures about care leavers, which no offer publishes (North's entry says it
    # can't confirm its NEET percentage); the answer says so instead of another fact.
    _t("care_leaver_figures", "support_advice", "Figures about care leavers",
       "percentage of care leavers", "percent of care leavers", "per cent of care leavers",
       "what percentage", "what percent", "statistics", "stats", "how many care leavers",
       "number of care leavers", "proportion of care leavers", "neet rate", "neet figures",
       "neet percentage", "neet stats", "neet statistics", "what of care leavers"),
    # education_training
    _t("he_bursary", "education_training", "Higher education bursary",
       "university bursary", "higher education bursary", "he bursary", "bursary", "uni bursary"),
    _t("fe_bursary", "education_training", "College and training bursary",
       "college bursary", "further education", "16 19 bursary", "bursary", "college money",
       "money for college", "going to college", "at college",
       # "which pays more towards college": money for it, not help with college in general.
       "towards college"),
    _t("laptop", "education_training", "Laptop or computer", "laptop", "computer", "it costs"),
    _t("education_costs", "education_training", "Course costs: books, equipment, materials",
       "books", "equipment", "course costs", "materials", "tools", "stationery",
       # "doing an illustration degree and need a drawing tablet and art stuff": what a
       # course needs, in young people's words (the entries' "books or equipment").
       "art stuff", "art supplies", "art materials", "art equipment", "drawing tablet", "graphics tablet",
       "stuff for my course", "stuff for my degree", "kit for my course", "supplies for my course",
       # "whats the book allowance for derby care leavers at college": Derby's course costs
       # name a book allowance (no amount), which is no maintenance allowance.
       "book allowance", "books allowance", "book money", "books money", "money for books", "book grant"),
    _t("university_holidays", "education_training", "Somewhere to stay in university holidays",
       "university holidays", "uni holidays", "summer holidays", "vacation accommodation",
       "holidays", "halls shut", "halls close", "halls closed", "halls kick", "easter holidays",
       "christmas holidays", "xmas holidays", "between terms", "out of term"),
    _t("university_accommodation", "education_training", "University accommodation",
       "halls", "halls of residence", "student accommodation", "university accommodation",
       "university of northampton", "accommodation at uni", "accommodation at university",
       "uni accommodation", "live at uni"),
    _t("careers_advice", "education_training", "Careers advice",
       "careers", "career advice", "careers guidance", "job interview", "interview",
       "choosing a course", "ucas", "connexions", "same degree", "same subject",
       "mentor that did", "mentor who did", "mentor who studied", "mentor that studied"),
    _t("education_support", "education_training", "Help with school, college and university",
       "college", "school", "exams", "open days", "sen", "virtual school", "taster",
       # SEND, not the verb ("can leaving care send him any money").
       "send needs", "send support", "i have send", "ive got send", "with send"),
    _t("study_programmes", "education_training", "Study programmes and courses",
       "study programme", "courses", "course", "training course", "english and maths",
       # "just left school, dont wanna do sixth form, any training thing thats not school"
       "study programmes", "training thing", "training programme", "training programmes",
       "not school", "instead of school", "sport based", "sports based",
       "sports course", "sport course", "college type course"),
    _t("english_language", "education_training", "English language courses",
       "esol", "english course", "learn english", "english lessons", "rapid english",
       # "can i get help learning english": the verb in -ing, and the language itself.
       "learning english", "help with english", "help with my english", "improve my english",
       "better english", "speak english", "speaking english", "english is not good", "english isnt good",
       "english classes", "english class", "adult learning", "forklift", "first aid course",
       "food hygiene", "health and safety course"),
    _t("travel_costs", "education_training", "Travel costs for education, training and work",
       "travel", "bus fare", "train fare", "transport", "travel costs", "bus pass",
       # "or do i pay to get to my training": the fare there, beside "free bus travel"
       "pay to get to", "get to my training", "get to my college", "get to my course",
       "travel to work", "travel to training", "travel to college",
       # "will they pay for my bus to college", "towards getting to work": the fare, not the
       # college or the job. Not "to get to work" (after "a bike": why, not what) nor "bus to
       # college" (beside "free bus travel": where to, not what).
       "getting to work", "getting to college", "getting to uni", "getting to training",
       "bus fares", "train fares", "bus ticket", "train ticket", "my bus", "my train"),
    _t("graduation_costs", "education_training", "Graduation costs",
       "graduation", "cap and gown", "gown", "graduation photos"),
    # employment
    _t("apprenticeships", "employment", "Apprenticeships",
       "apprenticeship", "apprenticeships", "traineeship", "traineeships"),
    _t("work_experience", "employment", "Work experience",
       "work experience", "work placement", "taster day"),
    _t("work_clothes", "employment", "Work and interview clothes",
       "work clothes", "interview clothes", "uniform", "clothes for work", "clothing",
       "smart clothes", "clothes for an interview", "clothes for interview", "clothes rail",
       # "i dont own anything smart, is there anywhere i can get clothes free": clothes by
       # what they cost or what they are for, beside the interview that says why.
       # Few of them, as the comment below says: "anything smart" and "nothing smart".
       "anything smart", "nothing smart",
       "corporate wear", "office clothes", "something smart to wear", "suit for",
       # The Trust's "one-off commencing work allowance" for clothes, by its own name
       # (not the 16-17 maintenance allowance, whose word "allowance" it shares).
       "commencing work allowance", "work allowance", "starting work allowance",
       # Work-specific clothing in the user's words ("need boots n hi vis for work"). Not
       # "work boots": with tools beside them ("work boots and tools") the Trust's tools,
       # equipment and essential clothing entry is asked (b28-003). And few words: each one
       # added moves the similarity of every fact a little, and more of them tipped the
       # college and university bursaries past their same-word margin (test_session11).
       "hi vis"),
    _t("mentoring", "employment", "Mentoring", "mentor", "mentoring", "business mentor"),
    _t("employment_support", "employment", "Help getting and keeping a job",
       "job", "jobs", "employment", "find work", "get a job", "employability", "neet", "jobs drop in",
       "job drop in", "careers drop in", "prospects",
       # "i need proper help getting into work ... more hands on": the intensive support.
       "into work", "back to work", "intensive support", "hands on",
       # "are there any workshops to help me get ready for work": the workshops on resilience
       # and skills for work that the council's help with work lists.
       "workshop", "workshops", "ready for work", "work ready", "job ready",
       # "keep missing college ..., does anyone from leaving care talk to the college": North's
       # senior PA meets the colleges about attendance (in its help with work and training).
       "attendance", "missing college", "talk to the college", "talk to my college", "speak to the college",
       "speak to my college", "talk to college", "contact the college", "contact my college"),
    # accommodation
    _t("housing_priority", "accommodation", "Priority for social housing",
       "housing priority", "housing register", "council house", "social housing", "priority",
       "housing association", "banding", "housing list", "housing waiting list",
       "council house list", "bidding", "supported move", "move on referral", "move on form",
       "housing band", "priority band"),
    _t("housing_options", "accommodation", "Finding somewhere to live",
       "housing", "somewhere to live", "accommodation", "housing options", "move out", "flat",
       # "what sort of places can i live when i leave care": the kinds of place on offer.
       "where can i live", "where could i live", "places can i live", "places i can live", "places to live",
       "places i could live", "kinds of housing", "types of housing", "types of accommodation",
       "where am i gonna live", "where will i live", "placement is ending", "placement ending",
       "somewhere to stay",
       # "apart from a council flat what kind of places can my pa help me look at" (set T,
       # t-067): the kinds of place, whoever helps look.
       "kind of places", "kinds of places", "sort of places", "sorts of places", "type of places",
       "types of places"),
    _t("staying_put", "accommodation", "Staying Put with foster carers",
       "staying put", "stay with my foster carer", "foster carer", "foster carers",
       # "can i stay living with my foster parents once im 18" (answer round 21) is not a
       # question for young parents
       "foster parents", "foster parent", "stay with my foster", "stay living with my foster",
       "stay with my foster family", "foster family"),
    _t("staying_close", "accommodation", "Staying Close", "staying close", "residential home",
       "childrens home",
       # "i live in a kids home in northampton is there something like staying put for me"
       # (set U, u-081): a children's home in everyday words.
       "kids home", "kids care home", "residential care"),
    _t("supported_accommodation", "accommodation", "Supported accommodation",
       "supported accommodation", "supported lodgings", "semi independent", "shared lives",
       "hostel", "live with a family", "living with a family",
       # "im not ready for my own tenancy yet, what else is there" (set L, l-114): the
       # sources' own condition for supported accommodation ("if you are not ready to have
       # your own tenancy"), not the tenancy skills "tenancy" brushes against.
       "not ready for my own", "not ready to have my own", "not ready to live on my own",
       "not ready to live by myself", "not ready for a tenancy", "not ready for a flat of my own",
       "not ready to move into my own", "dont think im ready for my own", "not ready to live alone"),
    _t("training_flat", "accommodation", "Training or taster flat",
       "training flat", "taster flat", "practice flat", "try living on my own",
       "practice living on my own", "trial flat", "test flat", "practise living on my own",
       "practise living", "practice living", "try out living", "try living",
       "living on my own first", "live on my own first",
       # "can i have a go at living on my own before i get a proper flat" (set L, l-008).
       "go at living on my own", "living on my own before", "live on my own before",
       "go at living by myself", "living by myself before"),
    _t("guarantor", "accommodation", "Guarantor", "guarantor", "rent guarantor", "trustee",
       # "the landlord wants a guarenter AND a deposit": the spellings young people write.
       "guarenter", "guarentor", "garantor", "guarenteer", "gaurantor", "guarrantor"),
    _t("deposit", "accommodation", "Rent deposit", "deposit", "rent deposit", "bond"),
    _t("independent_living_skills", "accommodation", "Independent living skills",
       "independent living", "tenancy training", "cooking skills", "life skills", "asdan",
       "budgeting skills", "manage a tenancy", "managing a tenancy", "tenancy",
       "learn to cook", "learn cooking", "how to cook", "cooking lessons",
       "paying bills", "pay my bills"),
    _t("homelessness_prevention", "accommodation", "Keeping your home and avoiding homelessness",
       "homeless", "homelessness", "eviction", "evicted", "landlord", "repairs", "rent arrears"),
    # money
    _t("setting_up_home_allowance", "money", "Setting up home allowance",
       "setting up home", "setting up allowance", "leaving care grant", "home allowance",
       "setting up home grant", "furniture", "furnish", "moving in grant", "first flat",
       "setting up my", "setting up", "set up my flat", "set up home", "kit out", "kit out my flat",
       "set up", "to set up", "grant", "the grant",
       "money for a bed", "money for a sofa", "money for a fridge", "bed", "sofa", "fridge"),
    _t("home_starter_pack", "money", "Home starter pack",
       "starter pack", "home pack", "health and safety pack", "moving in pack",
       # The Trust's own names for it ("setting up home starter pack", "setting up home pack"):
       # the pack, not the allowance its first words name (set V, v-115).
       "setting up home starter pack", "setting up home pack",
       "pack of stuff", "pack", "box of stuff", "box of things", "box of basics", "basics",
       "stuff not money", "things not money", "not money", "stuff instead of money",
       "first tenancy", "bedding", "pans and bedding", "towels"),
    _t("redecoration", "money", "Redecorating your first home",
       "redecoration", "redecorate", "decorating", "paint", "decorate", "decorating my flat",
       "walls"),
    _t("cooking_equipment", "money", "Cooking equipment",
       "cooking equipment", "pots and pans", "pots n pans", "pots pans",
       # "got no pots or pans or nothing" (set S, s-016): the pans named with "or".
       "pots or pans", "pots nor pans",
       "kitchen", "cooker", "microwave", "to cook with"),
    _t("council_tax", "money", "Council tax", "council tax", "ctax",
       # "got a council tx letter", "do care leavers have to pay council tx": the short
       # spelling young people type, which no n-gram of "council tax" reaches past "flat".
       "council tx", "counsil tax"),
    _t("tv_licence", "money", "TV licence", "tv licence", "tv license", "television licence"),
    _t("contents_insurance", "money", "Contents insurance", "contents insurance", "insurance"),
    _t("broadband", "money", "Broadband", "broadband", "internet", "wifi", "wi fi"),
    _t("communication_allowance", "money", "Phone and communication allowance",
       "mobile phone", "phone credit", "communication allowance", "phone bill", "top up",
       "phone money", "phone allowance", "money for my phone",
       "phone contract", "mobile contract",
       # "which council helps with phone costs": the source's own words (North: "mobile
       # phone costs").
       "phone costs", "phone cost", "mobile costs", "phone bills",
       # "does derby give u anything for ur phone? my credit keeps running out"
       "for my phone", "for ur phone", "for your phone", "my credit", "out of credit", "no credit",
       # "which council helps the most with a phone, north northants or derby" (r35-161).
       "with a phone", "with my phone", "with phones", "for a phone",
       "credit runs out", "credit keeps running out", "credit running out"),
    _t("birthday_payment", "money", "Birthday money", "birthday", "18th", "21st",
       # "its my 19th on saturday do i get anything": a birthday by its number.
       "my 16th", "my 17th", "my 19th", "my 20th", "my 22nd", "my 23rd", "my 24th"),
    _t("festival_payment", "money", "Christmas and festival money",
       "christmas", "xmas", "eid", "diwali", "festival", "religious celebration"),
    _t("emergency_fund", "money", "Emergency money",
       "emergency money", "emergency payment", "crisis loan", "no money", "emergency fund",
       "hardship", "skint",
       # "can derby give me money in an emergency, my benefits got stopped": money in an
       # emergency (what stopped is why they ask).
       "money in an emergency", "money in emergencies", "money for an emergency", "emergency cash"),
    _t("maintenance_allowance", "money", "Maintenance allowance (16-17)",
       "maintenance allowance", "allowance", "weekly money", "a week to live on",
       "money a week", "weekly allowance", "money to live on", "money do i get to live on",
       "get to live on", "money every week", "get every week", "money each week",
       # "im 17 living semi independent, do i get any allowance to live on"
       "allowance to live on", "any allowance",
       # "im 17 living semi independent, how much maintenance do i get" (round 32, r32-117):
       # maintenance as money got, not a landlord's repairs.
       "how much maintenance", "maintenance do i get", "maintenance money", "maintenance payment",
       "maintenance payments", "get maintenance", "get any maintenance"),
    _t("minimum_income", "money", "Minimum income",
       "minimum income", "basic income", "minimum i should be left with", "left with",
       "minimum amount", "left over", "have left over", "supposed to have left",
       "a minimum im supposed", "minimum im supposed", "minimum i should have",
       # "the pay is rubbish, after rent i have nothing. is there anything to top me up"
       "top me up", "top up my pay", "top up my wages", "top up my income", "nothing left", "have nothing left",
       # "is there anything that tops me up": the verb as it is said of a thing (set O, o-148).
       "tops me up", "tops up my pay", "tops up my wages", "tops up my income", "topped up"),
    _t("benefits_help", "money", "Help with benefits",
       "benefits", "universal credit", "housing benefit", "jobcentre", "job centre", "uc"),
    _t("benefit_wait_support", "money", "Money while waiting for your first benefit payment",
       "waiting for universal credit", "5 week wait", "first benefit payment",
       "young persons allowance", "ypa", "5 weeks", "five weeks", "tide me over",
       "wait for benefits", "waiting for benefits", "young persons allowance", "first payment",
       "while i wait", "first universal credit payment", "universal credit payment",
       "supposed to live on", "live on till", "live on until", "live on til",
       "till my first payment", "until my first payment", "payment takes weeks",
       # "waiting on my universal credit ... anything till it comes through": the wait, not
       # the claim (the longer phrase leads "universal credit", offers/ranking.py).
       "waiting on my universal credit", "waiting for my universal credit", "waiting on my uc",
       "till it comes through", "until it comes through"),
    _t("money_advice", "money", "Money advice and budgeting",
       "budget", "budgeting", "money advice", "debt", "financial advice", "manage my money",
       "manage money", "teach me to manage", "managing money"),
    # "where can i see the full list of money derby gives", "do derby give you a booklet
    # about what youre entitled to": the council's own list (Derby's Entitlements booklet at
    # 16, its Leaving Care Financial Entitlements with the amounts), not the offer's areas.
    _t("financial_entitlements", "money", "Your entitlements",
       "financial entitlements", "entitlements booklet", "entitlements document", "list of entitlements",
       "full list of entitlements", "full list of money", "list of money", "list of all the money",
       "full list of the money", "where can i see the amounts", "where are the amounts", "list of amounts"),
    _t("bank_account", "money", "Opening a bank account", "bank account", "bank"),
    _t("junior_isa", "money", "Junior ISA and savings", "junior isa", "isa", "savings"),
    _t("achievement_rewards", "money", "Rewards for achievements",
       "reward", "rewards", "incentive", "incentives", "achievement", "celebration event",
       "doing well", "good grades", "a level results", "gcse results", "passed my exams",
       "passing my exams", "pass my exams", "passing exams", "passed exams",
        # "im 22 and just passed my course, will derby still give me something for it" (set T,
        # t-145): a course passed is an achievement, not the course.
        "passed my course", "passing my course", "passed the course",
        # "passed all my exams!!" then "do they give u anything for that" (set L, l-143).
        "passed all my exams", "passing all my exams",
        # "just passed my level 3 at college!! do derby give anything for that" (round 38,
        # r38-106): a qualification passed is an achievement, not the college's bursary.
        "passed my level", "passed level", "passing my level", "passed my btec", "passed my nvq",
        "passed my gcse", "passed my gcses", "passed my a level", "passed my a levels",
        "passed my qualification", "passed my diploma"),
    _t("prison_support", "money", "Money while in prison", "prison", "custody", "jail",
       # "my brother is inside, theres no work in his jail": the person in prison, not family.
       "in prison", "in jail", "his jail", "her jail", "is inside", "locked up", "banged up",
       "prison work", "no work in"),
    _t("free_travel", "money", "Free travel",
       "free travel", "free bus", "travel pass", "free bus pass", "bus pass free",
       "free bus travel"),
    # health_wellbeing
    _t("health_support", "health_wellbeing", "Health support",
       "gp", "doctor", "dentist", "optician", "health", "prescription", "prescriptions",
       "hospital appointment",
       # "will my pa drive me to my hospital appointmnts": getting to appointments (Derby: "not
       # always a lift, but may be help to use public transport"), not what a PA is. Not
       # "drive" or "lift": a fact's own words do not choose its sentence (offers/relevance.py),
       # and the lift is the sentence asked for.
       "my hospital", "hospital appointmnt", "to my appointments", "to appointments"),
    _t("mental_health_support", "health_wellbeing", "Mental health and emotional support",
       "mental health", "counselling", "counsellor", "anxiety", "depression", "lonely",
       "loneliness", "feeling low", "camhs",
       # "feel really low" (read past "really"), "feeling so down"
       "feel low", "feel so low", "feeling so low", "feel down", "feeling down", "feel so down",
       "feeling so down", "therapy", "emotional wellbeing",
       "when im struggling", "when i am struggling", "struggling mentally", "panic attack",
       "panic attacks", "anxious", "depressed"),
    _t("health_history", "health_wellbeing", "Health summary (health passport)",
       "health passport", "health summary", "health history", "immunisations",
       "medical history",
       # "is there a record of all my jabs and health stuff from when i was in care"
       "jabs", "vaccinations", "vaccination", "vaccines", "health record", "health records",
       "medical record", "medical records"),
    _t("drugs_alcohol", "health_wellbeing", "Drug and alcohol support",
       "drugs", "alcohol", "drinking", "addiction", "substance", "star", "weed", "cannabis",
       "drink problem", "drug problem", "drinking too much", "drink too much", "drink way too much", "drug", "drug support",
       "drugs support", "alcohol support", "smoking weed", "smoke weed"),
    _t("sexual_health", "health_wellbeing", "Sexual health and relationships advice",
       "sexual health", "contraception", "sti", "healthy relationships",
       "sexual health clinic", "sti test", "condoms"),
    _t("lgbtq_support", "health_wellbeing", "LGBTQ+ support",
       "lgbtq", "lgbt", "gay", "lesbian", "trans", "bisexual", "identity"),
    _t("leisure", "health_wellbeing", "Leisure activities and hobbies",
       "leisure", "hobbies", "hobby", "activities", "sports club", "clubs", "gym membership",
       "events",
       # "i do boxing and the gym fees are £25 a month": a membership, which the activities
       # entries cover ("help with club memberships"), not free leisure centre access.
       # Sports named with their club or fees only: "who won the football last night" is
       # out of scope, and "boxing day" is a date.
       "gym fees", "membership", "memberships", "club fees", "club subs", "boxing club",
       "football club",
       # "does derby leaving care organise trips or stuff to do": the activities the service
       # runs (Derby's "monthly and annual activities"), set O o-153.
       "trips", "day trips", "days out", "day out", "outings", "stuff to do", "things to do"),
    _t("leisure_facilities", "health_wellbeing", "Free leisure centre access",
       "leisure centre", "free gym", "swimming", "leisure facilities", "gym", "gym free",
       "free gym membership", "leisure centres"),
    # relationships
    _t("family_contact", "relationships", "Family and important relationships",
       "family", "contact with family", "birth parents", "siblings", "brother", "sister",
       "relationships", "independent visitor"),
    _t("parenting_support", "relationships", "Support for young parents",
       "parent", "parenting", "pregnant", "baby", "my child", "young parent", "dad", "mum"),
    # participation
    _t("id_documents", "participation", "ID documents",
       "passport", "id", "birth certificate", "identification", "provisional licence",
       "provisional license"),
    _t("national_insurance", "participation", "National Insurance number",
       "national insurance", "ni number"),
    _t("driving", "participation", "Driving lessons and tests",
       "driving", "driving lessons", "driving test", "theory test", "driving licence", "bicycle",
       # "which is better for learning to drive": "drive" alone is not "driving".
       "learn to drive", "learning to drive", "learner driver", "learn driving",
       "bike", "get a bike", "buy a bike", "a new bike", "push bike", "pushbike"),
    _t("motorbike_cbt", "participation", "Motorbike CBT", "cbt", "motorbike", "moped", "scooter"),
    _t("participation_forum", "participation", "Care leavers' forum",
       "forum", "shout out", "care leavers forum", "youth voice", "have a say", "group for care leavers",
       "care leavers group", "meet other care leavers"),
    _t("care_leavers_council", "participation", "Children in care and care leavers council",
       "care leavers council", "children in care council"),
    _t("corporate_parents", "participation", "Corporate parents",
       "corporate parent", "corporate parents", "councillors", "councillor"),
    _t("volunteering", "participation", "Volunteering and local activities",
       "volunteer", "volunteering", "voluntary work", "community",
       # "just moved and i dont know anyone, who can help me meet people round here": the
       # local activities (Derby's Local Area Coordinators), not mental health services.
       "dont know anyone", "do not know anyone", "dont know anybody", "meet people",
       "meet other people", "meet some people",
       "meet new people", "make friends", "make new friends", "get involved",
       "part of the community", "local area coordinator", "area coordinator"),
    _t("voting", "participation", "Registering to vote", "vote", "voting", "electoral register"),
    _t("discrimination", "participation", "Challenging discrimination",
       "discrimination", "discriminated", "treated unfairly", "prejudice",
       "dont rent to care leavers", "is that allowed", "is that even allowed", "not allowed"),
    _t("protected_characteristic", "participation", "Care experience as a protected characteristic",
       "protected characteristic", "care experience"),
    # "do care leavers get a say in whats in the local offer": co-producing it (North's entry).
    _t("local_offer_coproduction", "participation", "Having a say in the Local Offer",
       "a say in the local offer", "a say in whats in", "a say in what goes in", "a say in what is in",
       # "is the local offer made with care leavers or just by the council" (set O, o-053).
       # Not "who writes the local offer": its words pull every Local Offer question here (m-174).
       "made with care leavers", "written with care leavers", "made by care leavers", "written by care leavers",
       "a say in writing",
       # "do care leavers actually get any say in whats in the ... local offer" (set Q q-049).
       "any say in whats in", "any say in what goes in", "any say in what is in", "any say in the local offer",
       "co produce", "coproduce", "co produced", "coproduced", "co production", "coproduction"),
    _t("care_leaver_covenant", "participation", "The Care Leaver Covenant",
       "covenant", "care leaver covenant", "care leavers covenant",
       # "do businesses and other organisations have to offer anything to care leavers" (set
       # S, s-202): the organisations other than the council the covenant is for. Not
       # "businesses" alone: "a job with one of the businesses on the local offer" is North's
       # in-work support (sets I, L, N, P).
       "other organisations", "other organizations"),
)

_TOPICS_BY_KEY = {t.key: t for t in TOPICS}
_CATEGORY_KEYS = tuple(c.key for c in CATEGORIES)
TOPIC_KEYS: frozenset[str] = frozenset(_TOPICS_BY_KEY)


# A fact whose general word also covers another fact: "what ID will they sort" means the
# passport and birth certificate and the National Insurance number, which the store keeps
# apart (each is separately askable). Topic -> (the other fact, the general words).
COMPANIONS: dict[str, tuple[str, frozenset[str]]] = {
    "id_documents": ("national_insurance", frozenset({"id", "ids", "identification"})),
    # "what ID will derby help me get? i dont even have my NI number": the general word asks
    # about the ID documents too, whichever of the two the message's longer words lead with.
    "national_insurance": ("id_documents", frozenset({"id", "ids", "identification"})),
    # "what else do i get when i move into my first place": the packs and the insurance for
    # the first home, each its own entry in the Trust's booklet ("costs to pay for contents
    # insurance, moving in health and safety pack and setting up home pack").
    "home_starter_pack": ("contents_insurance", frozenset({"else", "other"})),
}

# More facts a general word for a fact also asks about, tried after COMPANIONS: "moving into
# my first tenancy in derby, what do they give you to help set up" names the starter pack
# and the setting up home grant in its own words, and the answer is both.
MORE_COMPANIONS: dict[str, tuple[str, ...]] = {
    "home_starter_pack": ("setting_up_home_allowance",),
    # And the other way round: "getting my first tenancy in derby soon, what help do i get to
    # set up" ranks the grant first, and "first tenancy" names the pack.
    "setting_up_home_allowance": ("home_starter_pack",),
    # "no free bus pass round here then, can they at least help with my bus to college": the
    # fare asked, and what the council says about the free travel the message names.
    "travel_costs": ("free_travel",),
}


# A third fact the general word also asks about, after its companion: "what else do i get when
# i move into my first flat" is the packs, the contents insurance and the first year's TV
# licence, which the Trust's booklet lists together ("moving into and furnishing your new home;
# including one off contents insurance, TV license, health and safety pack and setting up home
# starter pack"). Set O, o-092. Topic -> (its companion, the further facts).
FURTHER_COMPANIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "home_starter_pack": ("contents_insurance", ("tv_licence",)),
}


def further_companions(key: str, also: str) -> tuple[str, ...]:
    """The facts asked beside `key` and its companion `also` by the same general word."""
    companion_, further = FURTHER_COMPANIONS.get(key, ("", ()))
    return further if also == companion_ else ()


# A separately askable part of a wider fact: when the user's words name both, the part is
# what is asked ("universal credit but its 5 weeks till the first payment" asks about the
# money while waiting, not help to claim). Part -> the wider fact.
PART_OF: dict[str, str] = {
    "benefit_wait_support": "benefits_help",
    "university_holidays": "university_accommodation",
    "motorbike_cbt": "driving",
    # North's entry sits in its "Setting up a home" section: decorating the first flat.
    "redecoration": "setting_up_home_allowance",
    # So is its cooking equipment: "got no pots or pans, can i get money for that" (set S,
    # s-016) is the cooking equipment, not the whole allowance.
    "cooking_equipment": "setting_up_home_allowance",
    # "im autistic and cant live on my own yet, where can i live": the housing options include
    # supported accommodation and Shared Lives, which the user's words name.
    "supported_accommodation": "housing_options",
}


def companion(key: str, phrase: str, text: str = "") -> str | None:
    """The fact that a general word for `key` ("id") also asks about, if any: the word
    that matched, or a general word anywhere in `text` ("no id, no passport, nothing: what
    will they sort" matched "passport" but asks about ID as a whole)."""
    other, general = COMPANIONS.get(key, ("", frozenset()))
    padded = f" {fold(text)} "
    if other:
        words = set(fold(text).split())
        if fold(phrase) in general or words & general:
            return other
        # "i dont have a passport or my NI number": the other document named in its own words.
        if any(f" {fold(k)} " in padded for k in topic(other).keywords if len(k) > 2):
            return other
    for more in MORE_COMPANIONS.get(key, ()):
        # Only by a name of the fact of more than one word ("set up", not "pack").
        if any(f" {fold(k)} " in padded for k in topic(more).keywords if " " in k):
            return more
    return None


def topic(key: str) -> Topic:
    """The topic for a key; KeyError for unknown keys."""
    return _TOPICS_BY_KEY[key]


def is_topic(key: str) -> bool:
    return key in _TOPICS_BY_KEY


def category_of(key: str) -> str:
    return _TOPICS_BY_KEY[key].category


def topics_in(category: str) -> list[Topic]:
    return [t for t in TOPICS if t.category == category]


def sort_key(topic_key: str) -> tuple[int, int]:
    """Order offers by category, then by their place in the vocabulary."""
    t = _TOPICS_BY_KEY.get(topic_key)
    if t is None:
        return (len(_CATEGORY_KEYS), 0)
    return (_CATEGORY_KEYS.index(t.category), TOPICS.index(t))


def search_topics(text: str) -> list[str]:
    """Topic keys whose keyword, label or key occurs as a whole phrase in `text`.

    Longer phrase matches rank first ("council tax" before "tax"), so the most specific
    topic leads the list.
    """
    haystack = f" {fold(text)} "
    if not haystack.strip():
        return []
    scored: dict[str, int] = {}
    for t in TOPICS:
        phrases = {fold(k) for k in t.keywords} | {fold(t.label), t.key.replace("_", " ")}
        for phrase in phrases:
            if phrase and f" {phrase} " in haystack:
                scored[t.key] = max(scored.get(t.key, 0), len(phrase))
    return sorted(scored, key=lambda k: (-scored[k], sort_key(k)))
