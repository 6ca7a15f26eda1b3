"""Route a question to its answer: contacts, a named service, or a fact from the store.

Used wherever a message may carry a question: an `ask_*` intent, a message the classifier
was unsure of (nlu_fallback), and a council named in the same breath as a question
("who do i ring at 3am, im in corby"). Intent is one signal: the words decide too.
"""
from __future__ import annotations

import copy
import itertools
import re
from datetime import datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.asked_time import CLOSED_PHRASE, TIME_NAMES, asked_time
from actions.authority import (MEASURE_THAN_OTHER, MEASURE_THEN_CHOICES, WHICH_OF_CHOICES, Resolution,
                               from_latest_message)
from actions.check_in import (AUTHORITY, answers_beside, check_in_before_answering,
                              check_in_instead)
from actions.compose import drop_repeats, render, utter_answer
from actions.contact import (CONTACT, FEELS_LOW, contact_spread, office_named, person_asked_for, question_text, shared_team,
                             utter_contacts, utter_each_side)
from actions.facts import ASKING, HAS_ALREADY, MIN_SCORE, Choice, choose, fact_ranker, named_as_choices
from actions.compare import councils_named_before, each_place_again, same_elsewhere, utter_compare
from actions.formatting import Reply, asks_day, gives_day, national_reply, service_names, service_reply, source_vars, topic_title
from actions.offers import (NATIONAL_BASIS, answer, answer_topic, ask_which, authority_from_slot, clarify, council_buttons,
                            national_offer, question_of, shared_entry, trust_named)
from actions.start_again import START_AGAIN
from actions.store import LONDON, offer_store, query, services_for
from actions.store import authority as cached_authority
from bot.crisis import languages
from offers import places, vocabulary
from offers.ranking import FILLERS
from offers.hours import is_open
from offers.relevance import sentences
from offers.textnorm import fold, fold_quote_marks
from offers.types import Authority, Service

# "i cant talk on the phone i just wanna text someone": a line to text (CONTACT_QUESTION),
# and texting is the way they want it (WANTS_TEXT).
_WANNA_TEXT_SOMEONE = (r"(?:wanna|want to|need to|like to) (?:just )?(?:text|txt|message) (?:someone|somebody|some1|"
                       r"any ?one|any1|any ?body)")
# "who do i ring", "whats the number", "is anyone about", "where is russell house".
CONTACT_QUESTION = re.compile(
    # "who else can i talk to at the trust" (set K, k-115): someone besides the one they have.
    r"\b(?:who (?:else )?(?:do|can|should|could|would) (?:i|u|you|we) (?:even |actually |then |now |just )?"
    r"(?:ring|call|phone|contact|talk to|speak to|get hold of|message|msg|text|txt|email|e-mail|write to)|"
    # "who at leaving care do i ring", "who from the council can i call": the team named
    # between "who" and the verb (round 32, r32-037).
    # "who at the trust can i ring at the weekend" (set R, r-092): the Trust is a team too.
    r"who (?:at|from|in) (?:the )?(?:leaving care|council|office|duty team|team|trust|childrens trust)"
    r"(?: team| service| office)? "
    r"(?:do|can|should|could|would) (?:i|u|you|we) (?:even |actually |then |now |just )?"
    r"(?:ring|call|phone|contact|talk to|speak to|get hold of)|"
    r"(?:phone|contact|telephone|duty|office|out of hours|out-of-hours|night|weekend) (?:numbers?|no|lines?|details)|"
    # "which council actually tells you who to ring out of hours, northants or derby" (r23-179)
    r"(?:tells?|says?|know|knows) (?:you |u |me )?who to (?:ring|call|phone)|"
    # "ok and whats the out of hours one": a line by when it answers, after a number was given.
    r"(?:the|their) (?:out of hours|out-of-hours|after hours|night ?time|weekend|duty) (?:one|1)|"
    # "whats the actual address for russell house, need it for my sat nav" (round 33, r33-067)
    r"(?:what|whats|wats) (?:is )?(?:the|their|the duty|the office) (?:(?:actual|exact|full|proper|real|main|general|usual) )?"
    # "whats the main number for leaving care" (round 40, r40-166): the team's own line.
    # "whats the adress for russell house" (u-095): "address" as it is often typed, ad+res+.
    r"(?:numbers?|emails?|ad+res+|postcode)|"
    # "whats the postcode for russell house i need to put it in my maps"
    r"(?:postcode|ad+res+) (?:for|of) (?:the )?(?:leaving care|russell house|office|hub|care leavers hub)|"
    r"(?:the|their|a|your) number (?:for|to ring|to call)|email address|(?:their|the) email|is (?:any ?one|any1|someone|"
    r"anybody) (?:about|there|around|in|at)|opening (?:hours|times)|(?:what|wat|wot) time (?:do|does|are|is) .{0,30}"
    r"(?:open|close|shut)|"
    # "till what time can i ring russell house mon to thurs", "what time can i call them",
    # "how late can i phone": the hours someone answers, not the thing the place offers.
    r"(?:(?:till|til|until|untill|up to|upto) )?(?:what|wat|wot) times? (?:can|could|do|should) (?:i|u|you|we) "
    r"(?:still )?(?:ring|call|phone|contact|get hold of|reach)|how late (?:can|could) (?:i|u|you|we) "
    r"(?:still )?(?:ring|call|phone|contact|get hold of|reach)|"
    # "can i still ring the leaving care office at quarter past 5 on a tuesday" (round 40,
    # r40-073): whether the team answers at the time named is its hours, not help after 21.
    r"(?:can|could) (?:i|u|you|we) (?:still |even |just )?(?:ring|call|phone|contact|get hold of|reach) "
    r"(?:the |my |their )?(?:leaving care|duty|council|office|team|trust)(?: team| office| service| line)? "
    r"(?:at|after|before|on|this|tonight|today|tomorrow|now)\b|"
    r"when (?:is|are|does|do) (?:the |their )?(?:leaving care|russell house|office|"
    r"offices|duty team|it|they) (?:open|close|shut)|(?:is|are) (?:they|it|the office|the duty line|leaving care|"
    # "is russell house still open or have i missed it": a place of the team's, by name.
    r"russell house|the hub|the leaving care hub|the care leavers hub|the leaving care office) (?:still )?"
    r"(?:open|closed|shut)|"
    # "is the leaving care team at russell house open friday afternoon" (set V, v-088): the
    # team or office, with the place it works from between, by its hours.
    r"(?:is|are) (?:the |their )?(?:leaving care |duty |[a-z]+ leaving care )?(?:team|office|hub|service)"
    r"(?: (?:at|in) (?:the )?(?:[a-z]+ ){0,2}[a-z]+)? (?:still |even )?(?:open|closed|shut)|"
    # "the office is shut what do i do", "leaving cares closed": who answers when it is shut.
    r"(?:the |their )?(?:office|offices|leaving care|leaving cares|duty team) (?:is |are |s )?(?:shut|closed)|"
    r"where (?:even |actually |exactly )?(?:is|are) (?:the )?(?:leaving care|russell house|the office|"
    r"their office)|wheres (?:the )?(?:leaving care|russell house|the office)|minicom|textphone|"
    # "where's the derby leaving care team actually based? want to go in"
    r"(?:where|wheres) (?:is |are )?(?:the |their )?(?:[a-z]+ )?(?:leaving care|team|office|service)"
    r"(?: team| service| office)? (?:(?:actually|exactly) )?(?:based|located)|"
    # "whats derby city council's main address, need to send a letter": where to write.
    r"(?:main|postal|full|office|councils|council) ad+res+|ad+res+ (?:to|for) (?:send|post|write)|"
    r"(?:send|post|write) (?:them |the council |leaving care )?a letter|"
    r"i can (?:phone|ring|call)|(?:best|right|actual|main) (?:person|contact) (?:to|for|in charge|about)|in charge of|director|"
    # "who is the person to contact about the local offer": the person the council names.
    r"(?:who is|whos|who s) the (?:person|contact|lady|man|woman) (?:to (?:contact|ask|ring|call|talk to|speak to) )?"
    r"(?:for|about|in charge)|"
    # "whos there on christmas day if something goes wrong", "is there anyone i can speak to on
    # eid if something goes wrong": who answers then, whatever day is named beside it (round 31).
    r"(?:who s|whos|who is) (?:there|around|about|on|working)\b(?=.*\b(?:goes wrong|go wrong|emergency|need help|"
    r"need leaving care|need someone|need to talk))|"
    r"(?:any ?one|anybody|any1) (?:i|u) (?:can|could) (?:speak|talk) to\b(?=.*\b(?:goes wrong|go wrong|emergency))|"
    r"(?:get|got) (?:thru|through) to|duty team|gone home|no answer|(?:tried|trying) (?:ringing|calling|phoning)|"
    # "my PA aint picking up", "is anyone even working today": who answers when the usual
    # person doesn't (the asked time then picks the line). Not "hasnt got back to me",
    # which is often said beside a question about a fact.
    r"(?:pa|worker|adviser|advisor|team|office|they|she|he) (?:is |isnt |aint |s |are |arent |wont |not |keeps )*"
    r"(?:not )?(?:picking up|answering (?:the |my |her |his |their )?(?:phone|calls?)?)|"
    r"is (?:any ?one|any1|someone|anybody|somebody) (?:even |actually |still )?(?:working|on duty|open)|"
    # "is anyone from leaving care working": the team named between (set O, o-082).
    r"is (?:any ?one|any1|someone|anybody|somebody) (?:from|at|in) (?:the )?(?:leaving care|council|office|"
    r"duty team|team)(?: team| service| office)? (?:even |actually |still )?(?:working|on duty|open|about|around|in)|"
    r"(?:what|which) number (?:do|can|should|would) (?:i|u|you) (?:ring|call|phone)|"
    # Not email as the form a thing comes in: "can i get it on paper not just email" (set R,
    # r-107) asks about the health summary, not for an address; nor "on paper not email",
    # "paper instead of email" (set T, t-112).
    r"(?<!just )(?<!by )(?<!via )(?<!than )(?<!not )(?<!instead of )email(?! copy| version)|phone number|"
    # "its not a 999 thing what do i ring" (set R, r-191): the message ends asking what to ring.
    r"(?:what|wat|wot) (?:do|can|should) (?:i|u) (?:ring|phone|call)$|"
    # "which team can i phone late at night, derby or northampton"
    r"(?:what|which) (?:team|office|line|service) (?:do|can|should|would|could) (?:i|u|you) (?:ring|call|phone)|"
    # "... its not like a 999 thing. what number": the message ends asking for the number.
    r"(?:what|wat|wot|which) (?:numbers?|no)$|"
    r"postal address|address to write|leaving care (?:team |service |office )?(?:numbers?|phones?|no|emails?)|"
    # A line by what it is for: "whats the nhs number for urgent mental health help", "is
    # there a number i can text instead of calling".
    r"(?:nhs|helpline|help line|crisis|emergency|text|texting) (?:numbers?|lines?)|"
    r"(?:number|line|someone|anyone|any1) (?:i|u|you) (?:can|could) (?:text|message|call|ring|phone)|"
    # "can i text someone at 2am, i cant do phone calls", "can i email or text someone".
    r"(?:can|could) (?:i|u|you|we) (?:just )?(?:text|txt|message|email|e-mail)(?: or (?:text|txt|message|email))? "
    r"(?:someone|somebody|some1|any ?one|any1|any ?body)|"
    # "i cant talk on the phone i just wanna text someone" (round 36, r36-134): a line to text.
    + _WANNA_TEXT_SOMEONE + r"|"
    r"(?:need|want|wanna|have) to (?:talk|speak) to (?:someone|somebody|some1|any ?one|any1) (?:from|at|in) leaving care|"
    # "where can i get urgent mental health help if its not a 999 thing": a line for now.
    r"where (?:can|do|could|should|would) (?:i|u|you) (?:get|find|go for) (?:urgent|emergency|crisis) "
    r"(?:[a-z]+ ){0,3}(?:help|support)|"
    # "anyone i can talk to today?", "i just need someone to talk to": someone to talk to.
    r"(?:someone|somebody|some1|any ?one|any1|any ?body) (?:i|u|you) (?:can|could) (?:talk|speak) to|"
    r"(?:is there|theres|are there) (?:any ?one|any1|any ?body|someone|somebody) (?:even )?(?:open|about|around|"
    r"working|on duty|awake|available)|"
    r"(?:need|want|wanna) (?:someone|somebody|some1|any ?one|any1) to (?:talk|speak) to|"
    # "is there somewhere i can text instead of ringing", "a line i can message".
    r"(?:somewhere|some where|anywhere|a number|a line|an? (?:app|service)) (?:i|u|you|we) (?:can|could) (?:just )?"
    r"(?:text|txt|message|email)|"
    # "i cant talk on the phone, is there a way to text someone when im really low": a way to
    # reach someone by text is a line to text (Shout), not the phone allowance.
    r"(?:a|any|another|some) ways? (?:i|u|you|we) (?:can|could) (?:just )?(?:text|txt|message)|"
    r"(?:a|any|another|some) ways? to (?:just )?(?:text|txt|message|email) (?:someone|somebody|some1|any ?one|any1|"
    r"any ?body|a person|people)|(?:text|txt|message|email)(?:ing)? (?:instead of|rather than) "
    r"(?:ringing|calling|phoning|talking|a call))\b")
# "i hate phone calls", "i dont want to ring anyone", "text instead of ringing": a line to
# text or email, not one to ring.
WANTS_TEXT = re.compile(r"\b(?:(?:text|txt|message|email)(?:ing)? (?:instead|rather)|"
                        r"(?:hate|cant do|can't do|cant face|dont like|dont want to make|no) (?:phone |making )?calls|"
                        r"(?:dont|do not|cant|cannot) (?:want to |face |bear to )?(?:ring|call|phone|talk)|"
                        r"(?:email|text|txt) or (?:text|txt|email)|"
                        # "i just wanna text someone": texting is the way they want.
                        + _WANNA_TEXT_SOMEONE + r")\b")
# "can i text the duty team instead": the council's own line is asked for.
COUNCIL_LINE_WORDS = re.compile(r"\b(?:leaving care|my pa|personal advis[eo]r|council|office|duty|team|social worker)\b")
# "a number for a mental health crisis that isnt 999", "its not like 999 bad", "dont want
# police turning up": urgent but not an emergency, which is what NHS 111 (option 2) is for.
NOT_AN_EMERGENCY = re.compile(r"\b(?:not|isnt|aint|without|dont want(?: the)?|no|"
                              # "i dont think its a 999 thing", "dont reckon its an emergency": the
                              # person rules it out themself, as "not 999" does (r35-140).
                              r"(?:dont|do not) (?:think|reckon|feel like|believe) (?:its|it is|this is|thats))"
                              r"(?: [a-z]+){0,2} "
                              # "really bad tonight but im not in danger": urgent, not an emergency (q-193).
                              r"(?:999|police|an emergency|emergency services|ambulance|in (?:immediate )?danger)\b")
# "which council gives the most", "compare ... in north northants and derby".
COMPARISON = re.compile(
    r"\b(?:compare|comparing|comparison|which councils? (?:is|are|gives?|pays?|does|do|has|have) (?:the )?"
    r"(?:best|most|more|better|least|longest|longer|highest|biggest)|"
    # "which council sees care leavers most often", "which area is fairest for council tax":
    # a few words between the council and the measure.
    r"which (?:councils?|areas?|authority|one|la|place) (?:[a-z]+ ){1,5}?(?:the )?"
    r"(?:best|most|more|better|least|fairest|most generous|highest|biggest|longest|worst|earliest|soonest|"
    r"quickest|fastest|latest|oldest|youngest)\b|"
    # "which of the 3 councils gives housing priority the longest, north, west or derby"
    r"which (?:one )?of (?:the |these |those |all )?(?:2 |3 |two |three |the three |the two )?councils|"
    # "which council tells you how much birthday money you get": which of them publishes it.
    r"which councils? (?:actually )?(?:tells?|says?|publish(?:es)?|lists?|puts?|mentions?|shows?|states?) "
    r"(?:you |u |us )?(?:how much|how many|what|if|whether|the amount|an amount|the figure|a figure)|"
    r"who (?:gives|pays|does|has) (?:the )?(?:best|most|more|better)|"
    r"where (?:do|would|will|can) (?:i|u|you|care leavers|people) (?:get|be given) (?:the )?(?:most|more|best)|"
    r"(?:out of|across|between) (?:all )?(?:the |these |those )?(?:councils|areas)|"
    r"(?:different|other|all|each|every) councils? (?:give|pay|offer|do)|"
    r"which (?:is|one is) (?:better|best))\b")
# Comparison words that compare councils only when the message names two or more ("whats
# the difference between north and west northants", "is xmas money more in derby or north
# northants", "derby vs corby"); alone they are as often about two things ("the difference
# between a grant and a loan").
NAMED_COMPARISON = re.compile(
    r"\b(?:differences? between|compared? (?:to|with)|vs|versus|"
    r"(?:more|less|better|bigger|higher|lower) (?:in|at|from|with) [a-z ]{3,40}? (?:or|than) [a-z]+|"
    # "is the uni bursary bigger if you were in care in derby or in northampton"
    r"(?:more|less|better|bigger|higher|lower|longer) if (?:you|u|i|we) (?:were|was|are|am|live|lived|been) "
    r"[a-z ]{0,30}?(?:in|at|with|from) [a-z ]{3,30}? or (?:in |at |with )?[a-z]+|"
    # "do you get a PA earlier in derby or in northamptonshire", "where do PAs visit more
    # often, derby or west northants": a measure, then the councils as choices.
    r"(?:earlier|later|sooner|longer|quicker|faster|more often|less often),? [a-z ]{3,40}? (?:or|than) [a-z]+|"
    # "do derby pas have to visit more often than northamptonshire ones" (authority.MEASURE_THAN_OTHER).
    + MEASURE_THAN_OTHER + r"|"
    # "do derby care leavers get a bigger uni bursary than northamptonshire ones"
    r"(?:bigger|smaller|higher|lower|better|worse) [a-z ]{3,40}? than [a-z]+|"
    # "who has to visit more, a PA in derby or a PA in northants" (authority.MEASURE_THEN_CHOICES).
    + MEASURE_THEN_CHOICES + r"|"
    # "which council gives you a set number of driving lessons, derby or the northamptonshire trust".
    + WHICH_OF_CHOICES + r")\b")
# Two people set against each other with a measure: "who gets more, me or her", "which of us
# gets the most", "does my mate get more than me".
PEOPLE_COMPARED = re.compile(
    r"\b(?:(?:who|which of us|which one of us) (?:gets?|has|would get|will get|is given|gives?) "
    r"(?:the )?(?:more|most|better|less|least|longer)\b.*\b(?:me or (?:her|him|them|my [a-z]+)|"
    r"(?:her|him|them|my [a-z]+) or me)|which (?:one )?of us (?:gets?|has|would get) (?:the )?(?:more|most|better)|"
    r"(?:does|would|will) (?:she|he|they|my [a-z]+) get (?:more|less|better) than me)\b")
# "is it a legal right for all care leavers in england", "what does the government say".
NATIONAL = re.compile(
    # "the government's recommended amount": the possessive folds to "governments".
    # Not "national insurance": a number of one's own, not the national rule (set U, u-110).
    r"\b(?:national(?:ly)?(?! insurance)|governments?|govts?|department for education|dfe|in england|across england|"
    r"all over england|the law|"
    r"legal right|by law|every council|all councils|everywhere|all care leavers|"
    r"every care leaver|wherever you live|same for everyone|same everywhere|"
    # "whats the difference between statutory stuff and the extra stuff in a local offer"
    # (set K, k-202): what the law gives every care leaver.
    r"statutory|"
    # "whats the difference between the stuff councils have to give you and the extra stuff in
    # a local offer" (set U, u-186): what every council must give, said in everyday words.
    r"(?:stuff|things|what|help|support|everything) (?:that )?(?:all )?(?:the )?councils (?:all )?"
    r"(?:have to|must|legally have to|are required to|are meant to|have got to) (?:give|provide|offer|do)|"
    r"(?:what|which|new|a|the) (?:20\d\d )?law|20\d\d law|law (?:says|makes|that|changed?|changes)|"
    # "what new stuff does the 2026 act make councils put in the local offer"
    r"20\d\d act|act (?:of |in )?20\d\d|new act)\b")
# "is there a charity i can ring": a service for the topic, not the council's entry.
# Topics that are themselves "who to contact": a contact question about them is answered
# by the contacts alone.
CONTACT_TOPICS = frozenset({"duty_service", "personal_adviser", "care_leavers_hub", "local_offer"})
# Topics about who to reach: asked with a time ("at the weekend", "its saturday"), the
# question is who answers then.
WHO_ANSWERS_TOPICS = frozenset({"duty_service", "personal_adviser"})
MENTAL_HEALTH = "mental_health_support"
# Words for a time that are also a fact's keyword.
TIME_WORDS = frozenset(fold(w) for w in TIME_NAMES)
SERVICE_WORDS = re.compile(r"\b(?:charity|charities|helpline|organisation|organization|"
                           # "is there somewhere online i can chat to someone": a service.
                           r"(?:somewhere|anywhere|a place|an? (?:app|website|site))(?: online)? "
                           r"(?:i|u|you) (?:can|could) (?:chat|talk|speak)|online chat|chat online|"
                           r"service i can (?:ring|call|phone|contact)|a service|"
                           # "is there anyone i can ring for money advice": who advises on that,
                           # not the leaving care team's own number (set Q q-112).
                           r"(?:any ?one|some ?one|any ?body|some ?body) (?:i|u|you) (?:can|could) (?:ring|call|phone|contact) "
                           r"for (?:[a-z]+ )?(?:advice|help with [a-z]+)|(?<!childrens )(?<!social )(?<!adult )"
                           # "help me move to adult mental health services": where care moves to.
                           r"(?<!adult mental health )services|"
                           r"(?:is there|any) (?:a |an )?(?:free |national )?"
                           r"(?!phone |contact |office |duty |leaving |emergency )[a-z]+ (?:number|line))\b")
# "is there a helpline", "a charity i can ring": a service with a phone line.
ASKS_FOR_A_LINE = re.compile(r"\b(?:helpline|help line|ring|call|phone|number|line|text)\b")
# "thats not 999", "its not like a 999 thing", "i cant talk out loud": a word that rules a
# service out.
_NEGATION = re.compile(r"\b(?:not|isnt|no|dont|without|cant|cannot|wont)(?: [a-z0-9]+){0,2} $")
# "can u say that again but simpler", "tldr just tell me the number": the last answer
# again, not a new question.
SAY_AGAIN = re.compile(r"\b(?:(?:say|explain|put) (?:that|it|this) (?:again|simpler|more simply|in simple)|"
                       r"say again|repeat (?:that|it)|(?:in )?simpler (?:words|terms|pls|please)|"
                       r"(?:too long|tl ?dr|tldr|didnt read)\b.{0,30}\b(?:tell|give|just)|"
                       r"just (?:tell|give) me the (?:number|amount|figure|answer)|"
                       r"what was (?:the|that) (?:number|amount|figure) again|"
                       # "i dont get it", "wdym", "in normal words pls"
                       r"(?:dont|do not|didnt) (?:get|understand) (?:it|that|this|what (?:you|u) mean)|"
                       r"wdym|what do (?:you|u) mean|(?:in )?(?:plain|normal|easy|easier|simple) (?:english|words|language))\b")
# "ok and i turn 21 next week does it stop then", "do i still get it at 21": whether the
# thing just answered goes on, which its age range answers (the last answer again).
IT_STOPS = re.compile(r"\b(?:(?:does|do|will|would|did) (?:it|that|this|the payment|the money|they) "
                      r"(?:stop|end|finish|run out|carry on|continue|keep going|still)|"
                      r"(?:when|what age) (?:does|do|will) (?:it|that|this) (?:stop|end|finish)|"
                      r"(?:do|will|would|can) (?:i|u|you) (?:still|keep) (?:get|getting) (?:it|that|this)|"
                      r"(?:it|that) (?:stops|ends|finishes) (?:at|when))\b")
# "how much is it n do i have to do anything to get it", "how do i get that": a question
# about the thing just answered, in pronouns only (the last answer again: it leads with the
# amount and says how to get it).
ABOUT_IT = re.compile(r"\b(?:how much (?:is|was|do i get for|would i get for) (?:it|that|this)|"
                      r"how (?:do|can|would) (?:i|u|you) (?:get|claim|apply for|ask for) (?:it|that|this)|"
                      r"(?:do|would|will) (?:i|u|you) (?:have|need) to (?:do anything|apply|ask|fill)|"
                      r"(?:what|wat|wot) do (?:i|u|you) (?:have to |need to )?do to get (?:it|that|this)|"
                      r"how often (?:is|do (?:i|u|you) get) (?:it|that|this)|"
                      # "and whats the age range for it" after the forum's name (set V, v-096).
                      r"(?:what|whats|wats|wot)(?: is)? the (?:age range|age limit|age group|ages?) "
                      r"(?:for|of|on|to join) (?:it|that|this)|"
                      # "so how much do i actually get then" after a sum was answered.
                      r"how much (?:do|would|will|should) (?:i|u|you|we) (?:actually |really |even )?get"
                      r"(?: (?:then|now|there|from them))?$|"
                      # "what even is it and till what age can you do it" after Staying Put.
                      r"(?:till|until|up to|to) what age (?:can|do|does|will|could|would) (?:i|u|you|we) "
                      r"(?:do|get|have|keep|stay on) (?:it|that|this)|"
                      # "is there anyone who can go thru it with me" after the care files answer
                      # (round 36, r36-038): who helps with the thing just answered.
                      r"(?:any ?one|any ?body|any1|someone|somebody|some1) (?:who |that )?(?:can|could|will|to) "
                      r"(?:go (?:thru|through)|read|look (?:at|thru|through)) (?:it|that|this|them) with me)\b")
def asks_about_it(text: str) -> bool:
    """"so how much do i actually get then", "till what age can you do it": a question about
    the thing just answered, in pronouns (stress words read past)."""
    return bool(ABOUT_IT.search(" ".join(w for w in fold(text).split() if w not in FILLERS)))


# "do i have to pay it back", "who do i ask for it", "is that every month": a short question
# that points back with "it" or "that" and names nothing of its own.
POINTS_BACK = re.compile(r"\b(?:it|that|this)\b")
ASKS = re.compile(r"^(?:(?:and|so|ok|okay|but) )*(?:how|what|wat|wot|when|who|where|why|which|can|could|do|does|did|"
                  r"is|are|will|would|should|has|have)\b")
# At most this many words: longer messages carry a question of their own.
MAX_FOLLOW_UP_WORDS = 10
# "even if im not in education or training?", "what if im at uni": the last answer asked
# again under a condition of the user's own. The words after "if" describe them, not a new
# fact ("uni" there is where they are, not the university bursary).
CONDITION = re.compile(r"^(?:(?:and|but|so|ok|okay) )*(?:even |(?:what|wat|wot)(?: about)? )?if\b|"
                       r"^even (?:when|tho|though)\b")
MAX_CONDITION_WORDS = 16


# "even if im NOT in education": what the user is not doing names no new fact, whereas
# "what if i get evicted" asks about eviction.
_NOT = re.compile(r"\b(?:not|dont|do not|no longer|never|isnt|aint|without|no)\b")


# "do i have to be in college or working to get it": what the user must be or do to get
# the thing just answered. The words in between describe the user ("college" there is
# where they are), not a new fact.
QUALIFYING = re.compile(r"\b(?:have|need|got) to (?:be|do|have|stay|keep) .{1,40}? (?:to (?:get|keep|claim|qualify for)|"
                        r"for) (?:it|that|this|them)\b|"
                        r"\b(?:does|do|will|would) (?:it|that|this) (?:only )?(?:count|apply|work) if\b")


# "im 22 tho", "oh wait im 22 tho does that matter", "but im 23 btw": after an answer, the
# user's age told on its own is a condition on that answer (whose ages say whether it still
# applies), not a request for the whole offer at that age.
AGE_TOLD = re.compile(r"^(?:(?:oh|wait|ok|okay|but|and|so|sorry|actually|also|tho|hmm|um|btw) )*"
                      r"(?:im|i am|ill be|i will be|i turn|im turning|i just turned|i turned|im nearly|im almost) "
                      r"(?:\d{2}|sixteen|seventeen|eighteen|nineteen|twenty(?: [a-z]+)?)\b"
                      r"(?: (?:years? old|yrs? old|yo|now))?"
                      r"(?: (?:tho|though|btw|next month|next week|next year|soon|now|already))*"
                      r"(?: (?:does|would|will|is) (?:that|it|this) (?:matter|change (?:anything|it|things)|make a difference|"
                      r"still count|count|affect it|ok))?$")
MAX_AGE_TOLD_WORDS = 12
# What ties the age to the answer before: "tho", "btw", "does that matter", "oh wait" or "but"
# first. A bare "im 21" after an answer is still the whole offer at 21.
AGE_TIED = re.compile(r"^(?:oh|wait|but|actually|sorry|also)\b|\b(?:tho|though|btw|does (?:that|it) matter|"
                      r"change anything|make a difference|still count|affect it)\b")


def adds_a_condition(text: str) -> bool:
    """A short follow-up that only adds a condition of the user's own to the last answer:
    it names no fact in its own words, or only facts it says the user is not part of, or it
    asks what the user must be to get "it"."""
    folded = fold(text)
    if len(folded.split()) > MAX_CONDITION_WORDS:
        return False
    if QUALIFYING.search(folded):
        return True
    if AGE_TOLD.search(folded) and AGE_TIED.search(folded) and len(folded.split()) <= MAX_AGE_TOLD_WORDS \
            and not fact_ranker().keyword_scores(text):
        return True
    if not CONDITION.search(folded):
        return False
    return not fact_ranker().keyword_scores(text) or bool(_NOT.search(folded))


# "how many a year tho", "how much roughly", "what age till": a bare question for a detail
# of the thing just answered, with no pronoun and nothing else in it.
BARE_DETAIL = re.compile(r"^(?:(?:and|so|ok|okay|but) )*(?:how (?:many|much|often|long)|(?:till|until) when|"
                         r"(?:what|which) age)\b")
MAX_BARE_DETAIL_WORDS = 6


# "and how do i get it, do i just ask my pa?": the PA as the way to get the thing just
# answered, not a question about PAs.
ASK_THE_PA = re.compile(r"\b(?:(?:just|do i|should i|can i|would i) )?(?:ask|go through|go thru|get it (?:from|through|thru)|"
                        r"apply through|apply thru|talk to|speak to|tell) (?:my|the|your|me) "
                        r"(?:pa|personal advis[eo]r|leaving care worker|worker)\b")


def without_the_route(text: str) -> str:
    """The message less the words naming the PA as the way to ask."""
    return ASK_THE_PA.sub(" ", fold(text))


def follows_up(text: str) -> bool:
    """A short question about the thing just answered, in pronouns only, or a bare "how
    many a year" with nothing else in it."""
    folded = fold(text)
    if BARE_DETAIL.search(folded) and len(folded.split()) <= MAX_BARE_DETAIL_WORDS:
        return True
    return bool(ASKS.search(folded) and POINTS_BACK.search(folded)) and len(folded.split()) <= MAX_FOLLOW_UP_WORDS


# Service names that are everyday words: only when written as a name ("Mind", "STAR").
# ("Northamptonshire Sport" is "sport" once its place is taken off.)
COMMON_WORD_NAMES = frozenset({"mind", "star", "shout", "become", "canto", "gp", "talk out loud", "sport"})


# "what about derby?", "and for west northants?": a follow-up that names only a place.
_WHAT_ABOUT = re.compile(r"^(?:and |so |ok |okay |but )*(?:what|wat|wot|how) about (?:in |for |with )?(.*)$|"
                         r"^and (?:in|for|with) (.*)$")
# At most this many words after "what about": a place's name, not a new question.
_PLACE_WORDS = 4


def asks_about_council_only(text: str) -> bool:
    """A clause of the message is "what about <place>" and nothing else: a follow-up on the
    last answer for another council ("ok thanks. what about derby? my brother is there")."""
    for clause in re.split(r"[?.!,;\n]+", text.lower()):
        found = _WHAT_ABOUT.match(fold(clause))
        if not found:
            continue
        rest = (found.group(1) or found.group(2) or "").split()
        if 0 < len(rest) <= _PLACE_WORDS and not fact_ranker().keyword_scores(" ".join(rest)):
            return True
    return False


def asks_another_fact(text: str, last: str) -> bool:
    """"ok and what about my mate, she's a care leaver in northampton, whats the emergency
    money there": beside the "what about", a part of the message asks about a fact of its
    own, so it is a new question, not the last one again ("my brother is there" asks
    nothing)."""
    for part in re.split(r"[?.!,;\n]+", text.lower()):
        folded = fold(part).strip()
        if folded and not _WHAT_ABOUT.match(folded) and ASKING.match(folded) \
                and set(fact_ranker().keyword_scores(folded)) - {last}:
            return True
    return False


# "does that change anything?", "what would i get instead", "would it be different": the
# question just answered, asked again for the council the message now names.
REASKS = re.compile(r"\b(?:instead|(?:does|would|will) (?:that|it|this) change|changes? anything|"
                    r"makes? (?:a|any) difference|(?:is|would|will) (?:it|that|this) (?:be )?(?:any )?(?:different|diff)|"
                    r"(?:is|would|will) (?:it|that|this) (?:be |still )?(?:the )?same|"
                    r"what (?:would|do|will|could|should|did) (?:i|u|you|we) (?:get|have got|have had|be entitled to|be owed)|"
                    r"what (?:would|do|will) (?:they|them|it) (?:give|pay|offer|do|be)|"
                    r"how much would (?:i|u|you|it) (?:get|be)|do i (?:still )?get (?:it|that|the same)|"
                    # "... im 20 and just got a flat, do i have to pay": the thing asked before.
                    r"do i (?:still )?(?:have|need) to pay(?: (?:it|that|anything|for it))?$|"
                    # "so how much do i get then", "how much is it there": the sum asked again.
                    r"how much (?:do|would|will|did|can|could|should) (?:i|u|you|we) (?:actually |really )?(?:get|have|be owed) "
                    r"(?:then|now|there|instead|from them)|how much (?:is|was) (?:it|that) (?:then|there))\b")
# "my PA just said", "my social worker told me": who said it, not what is asked.
REPORTED = re.compile(r"\b(?:my|the|me) (?:pa|personal advis[eo]r|social worker|sw|worker|carer|foster carer|"
                      r"mum|mam|dad|nan|mate|friend|keyworker|key worker)s? (?:just |has |had |now |then )?"
                      r"(?:said|says|told me|tells me|reckons|thinks|checked|confirmed)\b")
MAX_REASK_WORDS = 30


def reasks_for_another_council(text: str, last: str | None) -> bool:
    """"actually my PA just said im north northants not west, does that change anything?",
    "ok and if i'd been with north northants instead what would i get?": a council named
    and the question just answered asked again, in words that name no other fact of their
    own. The caller checks that a council is named."""
    folded = fold(text)
    if not last or len(folded.split()) > MAX_REASK_WORDS or not REASKS.search(folded):
        return False
    # "im 20 and just got a flat, do i have to pay": what the user has got is who asks.
    told = " qqq ".join(HAS_ALREADY.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)], fold(part).strip())
                        for part in re.split(r"[?.!,;]", REPORTED.sub(" ", text.lower())))
    own = set(fact_ranker().keyword_scores(told))
    return own <= {last}


# "has she got a mobile number", "whats his email": the number of the person the last
# answer named, asked in pronouns.
PERSON_NUMBER = re.compile(r"\b(?:she|he|her|his|him)\b(?: [a-z]+){0,4} "
                           r"(?:numbers?|mobile|mobile number|phone|phone number|email|e mail|contact details|landline)\b|"
                           r"\b(?:numbers?|mobile|email|e mail|contact details) (?:for|of) (?:her|him)\b")
MAX_PERSON_WORDS = 12


def asks_the_person_for_a_number(text: str) -> bool:
    folded = fold(text)
    return len(folded.split()) <= MAX_PERSON_WORDS and bool(PERSON_NUMBER.search(folded))


def is_contact_question(text: str) -> bool:
    return bool(CONTACT_QUESTION.search(fold(text)))


def _names_outright(text: str, haystack: str, name: str) -> bool:
    # "right resolutions" for Right Resolution: the name with an s is the name too.
    if f" {name} " not in haystack and f" {name}s " not in haystack:
        return False
    if name in COMMON_WORD_NAMES and not _written_as_name(text, name):
        return False
    # "the opening hours for the derby leaving care team at connexions": the place the
    # council's team works from, not the service asked about.
    return not re.search(rf"\b(?:(?:team|service|office) (?:at|in)|based (?:at|in)) (?:the )?{re.escape(name)}s? ",
                         haystack)


async def named_service(text: str, authority_key: str | None) -> Service | None:
    """A service the message names outright ("right resolution", "STAR", "CAMHS Live")."""
    haystack = f" {fold(text)} "
    best: tuple[int, Service] | None = None
    for service in await query(services_for, authority_key):
        for name in service_names(service):
            if (best is not None and len(name) <= best[0]) or not _names_outright(text, haystack, name):
                continue
            best = (len(name), service)
    return best[1] if best else None


# "when should i go a&e and when should i ring 111": two bodies set side by side, each asked.
WHEN_EACH = re.compile(r"\b(?:when|if) (?:should|do|would|can|shall) (?:i|u|you)\b.*\b(?:and|or) "
                       r"(?:when|if) (?:should|do|would|can|shall) (?:i|u|you)\b|\b(?:difference between|"
                       r"(?:instead of|rather than|or should i|or do i|or just))\b")


async def other_service_named(text: str, authority_key: str | None, first: Service) -> Service | None:
    """A second body the message names outright beside the first, where it asks when to use
    each ("when should i go a&e and when should i ring 111"): answered too."""
    folded = fold(text)
    if not WHEN_EACH.search(folded):
        return None
    haystack = f" {folded} "
    taken = service_names(first)
    for service in await query(services_for, authority_key):
        if service.key == first.key:
            continue
        if any(_names_outright(text, haystack, name) and not any(name in t or t in name for t in taken)
               for name in service_names(service, with_choices=True)):
            return service
    return None


def first_named(text: str, services: list[Service]) -> list[Service]:
    """The services in the order the message names them."""
    haystack = f" {fold(text)} "

    def at(service: Service) -> int:
        found = [haystack.find(f" {name}") for name in service_names(service, with_choices=True)
                 if f" {name}" in haystack]
        return min(found) if found else len(haystack)
    return sorted(services, key=at)


def _written_as_name(text: str, name: str) -> bool:
    """'Mind' or 'MIND', not 'they dont mind'; or, in lower case, named as a body to reach
    ("the booklet mentions mind, can i text them")."""
    if re.search(rf"\b(?:{re.escape(name.title())}|{re.escape(name.upper())})\b", text):
        return True
    folded = fold(text)
    if re.search(rf"\b(?:with|has|had|got|and|put) {re.escape(name)} (?:on (?:it|there|the list|the leaflet|the sheet)|"
                 rf"written on)\b", folded):
        # "my pa gave me a list with mind on it, whats their number" (set U, u-092): a body
        # named on something written down.
        return True
    if re.search(rf"\b(?:service|services|line|app|charity|helpline|something|anything|one|number) "
                 rf"(?:like|such as) {re.escape(name)}\b", folded):
        # "is there a text service like shout": a body held up as the kind asked for.
        return True
    if re.search(rf"\b(?:mentions?|mentioned|called|named|charity) {re.escape(name)} "
                 rf"(?:can|could|do|does|how|whats|what) (?:i|u|you|we|they)?\b", folded):
        return True
    # "mind charity number?", "shout text line", "the charity mind": the name beside what a
    # body has (a line, a number, a site), and not "never mind" or "dont mind".
    return bool(re.search(rf"(?<!never )(?<!dont )(?<!don't )(?<!not )(?<!wouldnt )(?<!i )\b{re.escape(name)}s? "
                          r"(?:charity|charitys|helpline|help line|number|phone number|contact|contact details|"
                          r"text line|textline|website|web site|email)\b|"
                          rf"\b(?:the charity|charity called|the helpline|called) {re.escape(name)}\b", folded)) \
        or bool(re.search(r"\b(?:number|phone number|contact details|details|email|website|helpline|text line|"
                          r"address|phone|ring|call|text|get hold of|reach|contact) (?:for |of |to )?(?:the )?"
                          rf"{re.escape(name)}(?= *(?:[?.!,]|$| (?:in|im|i m|pls|please|plz|charity|helpline|near|"
                          # "can i text mind instead of ringing": the body, reached one way not another.
                          r"round|around|from|uk|instead|rather|or ring|or call|or phone|or email|or text|"
                          # "whats the number for mind and can you text them": a second question on.
                          r"and (?:can|could|do|does|is|are|how|what|whats|will|would))\b))",
                          fold_quote_marks(text).lower().replace("'", "")))


# "is there a website where i can compare councils": a service's site, not a fact.
WEBSITE_WORDS = re.compile(r"\b(?:website|web site|webpage|web page|site|online)\b")
# A service matches a website question on at least this many of its keywords.
MIN_WEBSITE_KEYWORDS = 2


# "the booklet in urdu", "the local offer in another language": the council's own note on
# the languages it offers (in its contacts). Fact sheets are a fact (the Become charity's).
FACT_SHEETS = re.compile(r"\b(?:fact ?sheets?)\b")
_OTHER_LANGUAGE = re.compile(r"\b(?:in|into) (?:another|other|a different|my own|my) languages?\b|\btranslat\w*|"
                             # "what languages does derby do the local offer in" (set O, o-127)
                             r"\b(?:what|which|wat|wot|other|different) languages\b|"
                             # "i struggle with reading long stuff" -> "derby. can i get the local
                             # offer some other way": the booklet in another way or style (the
                             # council's note on it says who to ask).
                             r"\b(?:the|this|your) (?:local offer|booklet|offer|information|info) "
                             r"(?:in )?(?:some|any|an|another|a different)? ?(?:other )?(?:way|format|style)\b|"
                             r"\b(?:easy read|easier to read|large print|audio version|braille)\b")


def asks_for_a_language(text: str) -> bool:
    """'can i get the local offer in polish', 'is the booklet translated'."""
    folded = fold(text)
    if _OTHER_LANGUAGE.search(folded):
        return True
    names = {fold(language.name) for language in languages.languages().values()} - {"english"}
    # "in slovakian" for Slovak, as the booklet itself writes it: the name and its -ian form.
    return any(re.search(rf"\b(?:in|into) {re.escape(name)}(?:ian|n)?\b", folded) for name in names if name)


def languages_named(text: str) -> set[str]:
    """The languages other than English the message names ("my first language is tigrinya")."""
    words = set(fold(text).split())
    # "Kurdish Sorani", "Dari / Farsi": each word of the name names the language.
    names = {word for language in languages.languages().values()
             for word in fold(language.name).split()} - {"english"}
    return words & names


async def service_in_language(text: str, authority_key: str | None) -> Service | None:
    """A service whose own description says it has material in a language the message
    names (Become's fact sheets in Tigrinya): the answer to "is there info in my language"."""
    named = languages_named(text)
    if not named:
        return None
    for service in await query(services_for, authority_key):
        if named & set(fold(service.description or "").split()):
            return service
    return None


# "a drop in or sumthing where i can just turn up", "a shop i can walk into", "without an
# appointment": a place to walk in to.
DROP_IN = re.compile(r"\b(?:drop ?ins?|drop in shops?|walk ?ins?|walk into|walk in to|(?:just )?turn up|"
                     r"without an? appointment|no appointment|a shop)\b")
# Facts a walk-in place helps with when the question is about work or learning.
WORK_TOPICS = frozenset({"employment_support", "careers_advice", "study_programmes",
                         "apprenticeships", "work_experience"})
DROP_IN_KEYWORD = "drop in"


async def drop_in_service(text: str, authority_key: str) -> Service | None:
    """"is there anywhere in wellingborough i can just drop in for help finding a job": the
    council's walk-in service for work and training (Prospects' drop-in shops), not the
    care leavers' hub, which is by appointment. Only when the words name work or learning;
    else, for someone who says they are not coping or feel low, the walk-in place for
    anyone in crisis (the Trust's crisis cafes)."""
    if not DROP_IN.search(fold(text)):
        return None
    if set(fact_ranker().keyword_scores(text)) & WORK_TOPICS:
        return await _drop_in_for(authority_key, WORK_TOPICS)
    if FEELS_LOW.search(fold(text)):
        # "im 20 and not coping is there somewhere i can just walk in tonight, northampton":
        # the drop-in for anyone in crisis, not a fact the place's name brushes against (the
        # University of Northampton's halls) (round 39, r39-077).
        return await _drop_in_for(authority_key, frozenset({MENTAL_HEALTH}))
    return None


async def _drop_in_for(authority_key: str, topics: frozenset[str]) -> Service | None:
    """The council's own service a person can drop in to for one of the topics."""
    for service in await query(services_for, authority_key):
        if service.authority_key is not None and set(service.helps_with) & topics \
                and DROP_IN_KEYWORD in {fold(k) for k in service.keywords}:
            return service
    return None


# "is there a programme for that", "any scheme": a programme is asked for by what it does.
PROGRAMME_WORDS = re.compile(r"\b(?:programme|programmes|program|programs|scheme|schemes)\b")
# A programme matches on at least this many of its keywords.
MIN_PROGRAMME_KEYWORDS = 2


async def programme_service(text: str, authority_key: str | None) -> Service | None:
    """"want to get into engineering apprenticeships, is there a programme in northants for
    that": the local programme whose own keywords the message uses (two at least, a plural
    too: NITAL, for engineering apprenticeships), not the council's line on apprenticeships."""
    folded = f" {fold(text)} "
    if not PROGRAMME_WORDS.search(folded):
        return None
    best: tuple[int, Service] | None = None
    for service in await query(services_for, authority_key):
        if service.authority_key is None:
            continue
        hits = sum(f" {fold(k)} " in folded or f" {fold(k)}s " in folded for k in service.keywords)
        if hits >= MIN_PROGRAMME_KEYWORDS and (best is None or hits > best[0]):
            best = (hits, service)
    return best[1] if best else None


async def website_service(text: str, authority_key: str | None) -> Service | None:
    """The service with a website whose keywords the message uses most (two at least)."""
    haystack = f" {fold(text)} "
    best: tuple[int, Service] | None = None
    for service in await query(services_for, authority_key):
        if not service.website:
            continue
        hits = sum(f" {fold(k)} " in haystack or f" {fold(k)}s " in haystack for k in service.keywords)
        if hits >= MIN_WEBSITE_KEYWORDS and (best is None or hits > best[0]):
            best = (hits, service)
    return best[1] if best else None


async def service_for(topic: str, authority_key: str | None, question: str = "") -> Service | None:
    """The service that helps with a topic: the one the question's words point to
    ("urgent" -> NHS 111; "somewhere online i can chat" -> CAMHS Live, a chat service with
    no phone line), else the first with a phone line, local ones first."""
    every = sorted(await query(offer_store().services, topic, authority_key),
                   key=lambda sv: sv.authority_key is None)
    services = [sv for sv in every if sv.phones or sv.texts]
    if ASKS_FOR_A_LINE.search(fold(question)):
        every = services   # "a helpline", "a charity i can ring": one with a phone line
    pointed = urgent_line(services, question) or asked_for(every, question)
    return pointed or next(iter(services), None)


# "anything to get me ready for an apprenticeship", "something that prepares you for work":
# a programme that readies someone for the fact asked.
READY_FOR = re.compile(r"\b(?:get|gets|getting) (?:me|you|u|people|care leavers) (?:ready|prepared) for|"
                       r"(?:prepare|prepares|preparing) (?:me|you|u|people|care leavers) for|"
                       r"(?:readiness|ready) for (?:an?|the|my) [a-z]+")


async def programme_for(topic: str, authority_key: str | None, question: str) -> Service | None:
    """The service that readies someone for a topic, picked by the question's words beyond
    the topic's own ("engineering" for NITAL, not "apprenticeship"). None when no service's
    own words are used."""
    services = [sv for sv in await query(offer_store().services, topic, authority_key) if sv.authority_key]
    return asked_for(services, question, ignore=naming_words_of(topic))


def naming_words_of(topic: str) -> frozenset[str]:
    """The topic's label and keywords, folded, and each of their words: they chose the
    topic, so they say nothing about which service is meant."""
    label = vocabulary.topic(topic)
    phrases = {fold(p) for p in (label.label, *label.keywords)}
    return frozenset(phrases | {w for p in phrases for w in p.split()})


def keyword_hits(service: Service, question: str, ignore: frozenset[str] = frozenset()) -> int:
    """How many of a service's keywords the question uses, not counting a ruled-out one
    ("thats not 999") or one in `ignore`."""
    haystack = f" {fold(question)} "
    hits = 0
    for keyword in service.keywords:
        word = fold(keyword)
        at = haystack.find(f" {word} ")
        if word and word not in ignore and at >= 0 and not _NEGATION.search(haystack[:at + 1]):
            hits += 1
    return hits


def urgent_line(services: list[Service], question: str) -> Service | None:
    """"not 999", "dont want police": the line for what is urgent but not an emergency
    (the one whose keywords say "urgent": NHS 111, option 2), if the question rules 999 out."""
    if not NOT_AN_EMERGENCY.search(fold(question)):
        return None
    return next((sv for sv in services if "urgent" in {fold(k) for k in sv.keywords}), None)


def asked_for(services: list[Service], question: str,
              ignore: frozenset[str] = frozenset()) -> Service | None:
    """The service whose keywords the question uses most (at least one), first of equals."""
    scored = [(keyword_hits(sv, question, ignore), i, sv)
              for i, sv in enumerate(services)] if question else []
    best = max(scored, key=lambda t: (t[0], -t[1]), default=None)
    return best[2] if best and best[0] > 0 else None


# Facts whose help is by its nature from outside the council: the national line answers
# "who can i call" whichever council looked after them.
INDEPENDENT_TOPICS = frozenset({"advocacy"})


async def national_helpline(topic: str, question: str) -> Service | None:
    """A national service with a phone line for the topic that the question points to:
    "who do i call for urgent mental health help thats not 999" -> NHS 111, option 2.
    The same for everyone, so no council is needed. The topic's own words ("housing" for
    Shelter) don't count: "who do i ring about housing" wants the council's team."""
    services = [sv for sv in await query(offer_store().services, topic, None)
                if sv.authority_key is None and (sv.phones or sv.texts)]
    if topic in INDEPENDENT_TOPICS and services:
        # "i need an advocate, no one at the council listens to me. who can i call": an
        # advocate speaks up to the council, so the line is the national one, not its own.
        return asked_for(services, question) or services[0]
    label = vocabulary.topic(topic)
    own_words = frozenset(fold(k) for k in (label.label, *label.keywords))
    return urgent_line(services, question) or asked_for(services, question, own_words)


async def national_text_line(question: str) -> Service | None:
    """"i dont want to ring anyone, can i email or text someone": the national lines for
    someone struggling that take a text or an email (SHOUT, Samaritans' email), the one
    the question's words point to first."""
    services = [sv for sv in await query(offer_store().services, MENTAL_HEALTH, None)
                if sv.authority_key is None and (sv.texts or sv.email)]
    return asked_for(services, question) or next((sv for sv in services if sv.texts), None)


async def national_service(topic: str) -> Service | None:
    """A national service with a phone line for a topic ("a national advocacy helpline")."""
    for service in await query(offer_store().services, topic, None):
        if service.authority_key is None and service.phones:
            return service
    return None


def day_not_given(service: Service, replies: list[Reply], question: str) -> list[Reply]:
    """"what day of the week is the prospects drop in at the care leavers hub" (p-059): a day
    asked that neither the service's hours nor the offer's sentences about it name ("a
    drop-in every week") is said not to be published, not left to be guessed."""
    if not asks_day(question):
        return []
    told = " ".join([*service.hours_text, *(str(fields.get(part, "")) for _, fields in replies
                                            for part in ("description", "details"))])
    return [] if gives_day(told) else [("utter_offer_details", {"details": "Its published offer doesn't say which day."})]


# A sentence that goes on about the one before it.
GOES_ON = re.compile(r"^(?:It|They|This|These|Its|Their) ")


async def what_the_offer_says_about(service: Service, authority: Authority) -> list[Reply]:
    """The council's own sentence about a service it names, with its source: "the Prince's
    Trust" -> "The Prince's Trust runs a 12-week course ... that includes work experience"."""
    names = service_names(service)
    offers = list(await query(offer_store().offers_for, authority.key))
    if authority.inherits:
        # "how long is the princes trust programme ... im in kettering": North's own work
        # experience entry doesn't name the course, but the Trust's booklet, which serves
        # North's care leavers too, does (with its own source).
        offers += [o for o in await query(offer_store().offers_for, authority.inherits)
                   if not any(own.topic == o.topic and own.inherited_from for own in offers)]
    for offer in offers:
        if offer.topic not in service.helps_with or offer.status in ("not_offered", "unknown"):
            continue
        told = sentences(offer.summary or "")
        for at, sentence in enumerate(told):
            # "Right Resolutions gives care leavers intensive support": the source's own
            # spelling of the name may carry an s.
            if any(f" {name} " in f" {fold(sentence)} " or f" {name}s " in f" {fold(sentence)} "
                   for name in names):
                owner = await query(cached_authority, offer.inherited_from or offer.authority_key)
                # The sentences after it that go on about it ("It has about 25 places a
                # year"): the question may be about those.
                rest = list(itertools.takewhile(lambda s: bool(GOES_ON.match(s)), told[at + 1:]))
                return [("utter_offer_details", {"details": " ".join([sentence, *rest])}),
                        ("utter_offer_source", source_vars(offer, owner))]
    return []


async def service_the_offer_names(tracker: Tracker, authority: Authority) -> list[Reply]:
    """"whats the number for drug and alcohol help, my mate needs it": a contact question
    whose own words name a fact (strictly) for which the council's offer names a service
    with a line of its own ("Ask your PA, or contact STAR directly"): that service, with the
    offer's sentence about it. Empty when the offer names none (then the council's lines)."""
    text = tracker.latest_message.get("text") or ""
    choice = choose(tracker, strict=True)
    if choice.topic is None or choice.topic in CONTACT_TOPICS or choice.alternatives or choice.also:
        return []
    offer = await query(offer_store().offer_for, authority.key, choice.topic)
    if offer is None or offer.status in ("not_offered", "unknown"):
        return []
    own_text = f" {fold(' '.join([offer.summary or '', offer.how_to_apply or '']))} "
    named: list[tuple[Service, list[Reply]]] = []
    for service in await query(offer_store().services, choice.topic, authority.key):
        # "who do i email": a service reached by email only (the Children's Rights Service);
        # so too "who do i contact", which asks for no phone ("who do i ring" does).
        by_email = bool(service.email) and ("email" in fold(text).replace("e mail", "email")
                                            or not ASKS_TO_RING.search(fold(text)))
        if service.authority_key is None or not (service.phones or service.texts or by_email) \
                or not any(f" {name} " in own_text or f" {name}s " in own_text for name in service_names(service)):
            continue    # only a service the offer for this very fact names
        named.append((service, await what_the_offer_says_about(service, authority)))
    # Several named ("a careers place i can ring": Prospects, not Right Resolution): the one
    # the question's words point to, else none (the council's lines then).
    pointed = asked_for([service for service, _ in named], text) if len(named) > 1 else None
    for service, said in named:
        if len(named) == 1 or service is pointed:
            return service_reply(service, text) + said
    return []


async def service_named_before(tracker: Tracker, text: str, authority_key: str | None) -> Service | None:
    """"where is the prospects drop in shop" then "and whats their phone number": a contact
    question that points back ("their", "them") to the body the message before named."""
    folded = fold(text)
    if not text or text.startswith("/") or not (
            (is_contact_question(text) and THEIRS.search(folded)) or IS_IT_OPEN.search(folded)):
        return None
    from actions.set_authority import earlier_question  # set_authority imports this module

    return await named_service(earlier_question(tracker), authority_key)


async def said_alike_by_each(service: Service, candidates: list[Authority]) -> list[Reply]:
    """"prince's trust programme in northants, how long is it": a name that covers two
    councils, each of whose offers says the same about the body (the Trust's booklet serves
    both): that sentence, without asking which council. With no council named, the same
    for the offers that name the body. Nothing when they differ."""
    if len(candidates) == 1:
        return []
    if not candidates:
        # "how many places does right resolutions have a year": no council named, and only
        # the offers that name the body (the Trust's, which two councils share) say it.
        said = [told for each in await query(offer_store().authorities)
                if (told := await what_the_offer_says_about(service, each))]
    else:
        said = [await what_the_offer_says_about(service, each) for each in candidates]
    return said[0] if said and said[0] and all(other == said[0] for other in said[1:]) else []


async def text_line_instead(dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: dict[str, Any]) -> list[EventType] | None:
    """"i cant do phone calls, is there anywhere i can text when im struggling": no council
    publishes a line that takes texts, so the national ones that do (SHOUT), whether or not
    the council is known. Not when the council's own team is asked for ("can i text the
    duty team"), nor when the message is about another fact."""
    text = question_of(tracker)
    if not text or not WANTS_TEXT.search(fold(text)) or COUNCIL_LINE_WORDS.search(fold(text)):
        return None
    choice = choose(tracker, strict=True)
    if choice.topic not in (None, MENTAL_HEALTH) and not (
            choice.ranked and fold(choice.ranked[0].phrase) in TIME_WORDS):
        return None
    # "its christmas day, im on my own ... i dont want to ring anyone, can i text someone".
    line = await national_text_line(text)
    if line is None:
        return None
    utter_answer(dispatcher, render(domain, service_reply(line)))
    return [SlotSet("last_topic", MENTAL_HEALTH)]


async def text_line_asked_before(dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: dict[str, Any]) -> list[EventType] | None:
    """The national text line when the message before asked for one (and not the team's)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    if len(users) < 2 or (users[-2].get("text") or "").startswith("/"):
        return None
    before = copy.copy(tracker)
    before.latest_message = {**(users[-2].get("parse_data") or {}), "text": users[-2].get("text")}
    return await text_line_instead(dispatcher, before, domain)


async def national_line(dispatcher: CollectingDispatcher, tracker: Tracker,
                        domain: dict[str, Any]) -> list[EventType] | None:
    """A contact question, council unknown, whose words point to a national line for its
    topic ("urgent mental health help" -> NHS 111): that line, with no council question."""
    text = question_of(tracker)
    texted = await text_line_instead(dispatcher, tracker, domain)
    if texted is not None:
        return texted
    choice = choose(tracker, strict=True) if text else None
    about = choice.topic if choice else None
    if choice is not None and choice.ranked and fold(choice.ranked[0].phrase) in TIME_WORDS:
        # "christmas day and im on my own and feel really low, who can i call right now":
        # Christmas says when, the other fact's words say what about.
        about = next((r.topic for r in choice.ranked[1:] if r.keyword > 0 and r.score >= MIN_SCORE), None)
    folded = fold(text)
    if (about is None or about in CONTACT_TOPICS) and FEELS_LOW.search(folded) and (
            RIGHT_NOW.search(folded) or asked_time(text, datetime.now(LONDON)) is not None):
        # "its christmas day ... im on my own feeling awful. is anyone even open today": no
        # fact named, but how they feel and when say who: the line that is always open.
        about = MENTAL_HEALTH
    if about is None or about in CONTACT_TOPICS:
        return None
    helpline = await national_helpline(about, text)
    if helpline is None and about == MENTAL_HEALTH and (
            RIGHT_NOW.search(fold(text)) or asked_time(text, datetime.now(LONDON)) is not None):
        # Feeling low and asking who to call now, or at a time named: the national line
        # that is always open (Samaritans), whichever council looked after them.
        helpline = await always_open_line(MENTAL_HEALTH)
    if helpline is None:
        return None
    utter_answer(dispatcher, render(domain, service_reply(helpline) + await email_elsewhere(helpline, about, text)))
    return [SlotSet("last_topic", about)]


# "who do i ring", "whats their number": a phone line asked for, not any way to reach them.
ASKS_TO_RING = re.compile(r"\b(?:ring|call|phone|number|numbers|text|txt|mobile|landline)\b")


# "can i get an advocate whats the email": the email, as a detail asked.
EMAIL_ASKED = re.compile(r"\b(?:email|emails|e mail|email address)\b")


async def email_elsewhere(line: Service, topic: str, question: str) -> list[Reply]:
    """An email asked for and the national line has none: the local services for the same
    topic that give one, each with its own source (which says whose it is). Empty otherwise."""
    if line.email or not EMAIL_ASKED.search(fold(question)):
        return []
    replies: list[Reply] = []
    for service in await query(offer_store().services, topic, None):
        if service.authority_key is not None and service.email:
            replies += service_reply(service, question)
    return replies


# "and whats their phone number", "how do i contact them": the body named before.
THEIRS = re.compile(r"\b(?:their|them)\b")
# "is there a text service like shout" then "is it open at the weekend": the body named before.
IS_IT_OPEN = re.compile(r"^(?:(?:and|so|ok|okay|but) )*(?:is|are) (?:it|they|that) (?:open|opened|available|on|running)\b")


# "who can i call right now", "anyone i can talk to tonight".
RIGHT_NOW = re.compile(r"\b(?:right now|now|tonight|at the moment|atm)\b")


async def always_open_line(topic: str) -> Service | None:
    """A national service for the topic with a phone line open at all hours."""
    return next((sv for sv in await query(offer_store().services, topic, None)
                 if sv.authority_key is None and sv.phones and sv.always_open), None)


# "is camhs live open now", "is it on at the weekend": whether a service is open.
OPEN_ASKED = re.compile(r"\b(?:open|opened|closed|shut|available|on now|online now|running|working)\b")


async def open_line_when_closed(service: Service, question: str) -> list[Reply]:
    """"feeling really low, is camhs live open now" (then "its saturday"): a service with
    known hours asked about at a time it is closed gets the line for the same help that is
    open at all hours after it (Samaritans), so the answer to "is it open" is never only
    "no". Empty when it is open then, its hours are not known, or nothing asks."""
    if service.always_open or not service.office_hours:
        return []
    now = datetime.now(LONDON)
    asked = asked_time(question, now)
    if asked is None and not (OPEN_ASKED.search(fold(question)) and RIGHT_NOW.search(fold(question))):
        return []
    if is_open(service.office_hours, asked.at if asked else now) is not False:
        return []
    line = None
    for topic in service.helps_with:
        line = line or await always_open_line(topic)
    if line is None:
        return []
    when = asked.phrase if asked and asked.phrase else "now"
    return [("utter_offer_details", {"details": f"{service.name} is not open {when}. {line.name} is open all the time:"}),
            *service_reply(line)]


# Where one question of a message ends and the next begins: a stop, a comma, or "and"
# before a question word ("what do i get at christmas and whats the out of hours number").
_CLAUSE_BREAK = re.compile(r"[?.!;:\n]+|,|\band (?=(?:what|whats|wats|wot|how|who|where|when|which|is|are|can|could|"
                           r"do|does|will|would)\b)")


_ASKS_FIRST = re.compile(r"^(?:(?:hi|hey|so|and|also|but|ok|okay|oh) )*(?:what|whats|wats|wot|how|do|does|will|would|"
                         r"can|could|is|are|am)\b")


def contact_clauses_beside_a_dated_fact(text: str) -> str | None:
    """"what do i get at christmas and whats the out of hours number": the day is named in
    a question of its own that asks no contact (Christmas money), and another question asks
    who to ring. The words of the contact questions then; None when the day is the time of
    the call ("who do i call on christmas day") or no question asks a contact."""
    now = datetime.now(LONDON)
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
    contact = [c for c in clauses if is_contact_question(c)]
    # The day's question asks (it is no "its christmas day" or "its like 3am" that tells
    # when) and names a fact in its own words ("what do i get at christmas").
    dated = [c for c in clauses
             if (when := asked_time(c, now)) is not None and when.phrase != CLOSED_PHRASE
             and _ASKS_FIRST.search(fold(c)) and fact_ranker().keyword_scores(c)]
    if not contact or not dated or any(c in contact for c in dated):
        return None
    return " ".join(contact)


async def fact_asked_too(dispatcher: CollectingDispatcher, tracker: Tracker, authority: Authority,
                         domain: dict[str, Any]) -> list[EventType]:
    """"do i pay council tax and whats the number to ring": a contact question that names a
    fact in its own words gets the fact first, then who to ring."""
    question_text = tracker.latest_message.get("text") or ""
    dated_fact = contact_clauses_beside_a_dated_fact(question_text) is not None
    asked = asked_time(question_text, datetime.now(LONDON))
    if asked is not None and asked.phrase != CLOSED_PHRASE and not dated_fact:
        return []   # "its 3am and ive locked myself out, who do i ring": when, not a topic
    also = choose(tracker, strict=True)
    if also.topic is None or also.topic in CONTACT_TOPICS or also.alternatives:
        return []
    if also.ranked and fold(also.ranked[0].phrase) in TIME_WORDS and not dated_fact:
        return []   # "who do i call on christmas day" asks when, not about Christmas money
    since = len(dispatcher.messages)
    await answer(dispatcher, authority, also.topic, domain, question_text)
    if also.also and also.also not in CONTACT_TOPICS:
        # "is there a care leavers council or group i can join ... who do i contact": both
        # facts named in their own words (the group and the council, whose entry names its
        # contacts), then who to ring.
        await answer(dispatcher, authority, also.also, domain, question_text)
        for other in also.more:
            if other not in CONTACT_TOPICS:
                await answer(dispatcher, authority, other, domain, question_text)
        drop_repeats(dispatcher, since + 1)
    return [SlotSet("last_topic", also.topic)]


# "is that right", "is that true" (what the waiting question said), "too", "as well", "also":
# a question asked beside the one waiting for the council, not instead of it.
ASKED_BESIDE_WAITING = re.compile(r"\b(?:is|was) (?:that|it|this) (?:right|true|correct|real|legit)\b|"
                                  r"\b(?:too|as well|aswell|also)\b")


async def answer_beside_waiting(dispatcher: CollectingDispatcher, tracker: Tracker, authority: Authority,
                                pending: str, domain: dict[str, Any]) -> list[EventType] | None:
    """"my pa said i can get help with a deposit for a private rent place" -> "which
    council?" -> "im in wellingborough, is that right and would they be my guarantor too":
    the waiting question is asked again ("is that right") or the new one beside it ("too"),
    so both are answered, the waiting one first (round 39, r39-009). None when the message
    names no other fact in its own words, or asks it instead of the waiting one."""
    from actions.set_authority import earlier_question  # set_authority imports this module

    text = tracker.latest_message.get("text") or ""
    own = choose(tracker, strict=True).topic
    if own is None or own == pending or own in CONTACT_TOPICS or not ASKED_BESIDE_WAITING.search(fold(text)):
        return None
    await answer(dispatcher, authority, pending, domain, earlier_question(tracker))
    since = len(dispatcher.messages)
    await answer(dispatcher, authority, own, domain, text)
    drop_repeats(dispatcher, since)
    return [SlotSet("pending_topic", None), SlotSet("last_topic", own)]


async def respond(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any],
                  strict: bool = False, one_fact: bool = False) -> list[EventType] | None:
    """Answer the latest message if it asks something we can answer; None if it doesn't.

    `strict` is for messages the classifier could not place: a fact is chosen only on the
    care leaver's own words for it, never on a weak intent guess. `one_fact`: never a second
    fact (after the urgent lines, one answer is enough to read).
    """
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/"):
        text = ""
    named = await from_latest_message(tracker)
    authority = named.single or (None if named.ambiguous else await authority_from_slot(tracker))
    events: list[EventType] = [SlotSet("authority", named.single.key)] if named.single else []
    last = tracker.get_slot("last_topic")
    if named.single and last and (asks_about_council_only(text) or reasks_for_another_council(text, last)) \
            and not asks_another_fact(text, last):
        # "ok thanks. what about derby? my brother is a care leaver there": the last
        # answer again, for the council the follow-up names (the rest is context).
        if last == CONTACT:
            await utter_contacts(dispatcher, named.single.key, named.single.name, text)
            return events + [SlotSet("pending_topic", None)]
        if vocabulary.is_topic(last):
            await answer(dispatcher, named.single, last, domain)
            return events + [SlotSet("pending_topic", None)]
    if last == CONTACT and authority is not None and not named.candidates and asks_the_person_for_a_number(text):
        # "who do i talk to about the north northants local offer" then "has she got a
        # mobile number": the person just named, not mobile phone costs (set M m-039).
        await utter_contacts(dispatcher, authority.key, authority.name, f"{question_text(tracker)} {text}")
        return events + [SlotSet("pending_topic", None)]
    compared = await same_elsewhere(dispatcher, tracker) if named.single else None
    if compared is not None:
        return compared
    pending = tracker.get_slot("pending_topic")
    if named.single and text and pending and vocabulary.is_topic(pending) and not asks_for_a_language(text) \
            and set(fact_ranker().keyword_scores(places.without_non_councils(text))) <= {pending} \
            and (pending == CONTACT or not is_contact_question(places.without_non_councils(text))) \
            and await named_service(text, named.single.key) is None:
        # "derby, im at derby college doing level 2" in answer to "which council?" after
        # a bursary question: the council for the question waiting, whatever the
        # classifier made of the rest ("college" is in a place's name). Not "in northampton
        # when is camhs live open" after a mental health question: the service named (below).
        # Not "north northamptonshire, who is the director" after a care leavers' council
        # question: a contact question of its own is asked (the contacts, below).
        from actions.set_authority import earlier_question  # set_authority imports this module

        await answer(dispatcher, named.single, pending, domain, earlier_question(tracker))
        return events + [SlotSet("pending_topic", None), SlotSet("last_topic", pending)]
    if named.single and text and pending and vocabulary.is_topic(pending):
        beside = await answer_beside_waiting(dispatcher, tracker, named.single, pending, domain)
        if beside is not None:
            return events + beside
    if authority is None:
        # Every path from here asks (which council, which fact) or answers for all
        # councils: a message with a sharp distress signal gets the check-in first
        # (safety.md rule 8); "I'm OK" carries on with the council question. Where only
        # the meaning check saw risk, the contacts come first and the answer after them,
        # as for a known council (actions/check_in.py, answers_beside).
        if answers_beside(tracker):
            beside = await answer_beside_check_in(dispatcher, tracker, domain, strict, one_fact)
            if beside is not None:
                return beside
        checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
        if checked_in is not None:
            return events + checked_in + [SlotSet("pending_topic", choose(tracker).topic)]
    person = await person_asked_for(text) if text else None
    if person is not None:
        # "whats rachel shaws mobile number": the line of the person a council names, by
        # name, whichever council is known (she is that council's contact), not the phone
        # allowance "mobile" brushes against.
        await utter_contacts(dispatcher, person.key, person.name, text)
        return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
    service = await named_service(text, authority.key if authority else None) if text else None
    if service is None and text and authority is not None:
        service = await drop_in_service(text, authority.key)
    if service is None and text and WEBSITE_WORDS.search(fold(text)):
        service = await website_service(text, authority.key if authority else None)
    if service is None and text:
        service = await programme_service(text, authority.key if authority else None)
    second = await other_service_named(text, authority.key if authority else None, service) \
        if service is not None and text else None
    if service is not None and second is not None:
        # "when should i go a&e and when should i ring 111 for my mental health": each body
        # asked, in the order named.
        both = [reply for body in first_named(text, [service, second]) for reply in service_reply(body, text)]
        sources = [r for r in both if r[0] == "utter_offer_national_source"]
        # Where each comes from, once, after both.
        utter_answer(dispatcher, render(domain, [r for r in both if r not in sources]
                                        + [r for at, r in enumerate(sources) if r not in sources[:at]]))
        return events
    if service is not None:
        replies = service_reply(service, text)
        if authority is not None:
            replies += await what_the_offer_says_about(service, authority)
        else:
            replies += await said_alike_by_each(service, named.candidates)
        # the part asked and not published leads ("doesn't say which day")
        replies = day_not_given(service, replies, text) + replies
        replies += await open_line_when_closed(service, text)
        utter_answer(dispatcher, render(domain, replies))
        return events
    in_language = await service_in_language(text, authority.key if authority else None) \
        if text and asks_for_a_language(text) else None
    if in_language is not None:
        # "my first language is tigrinya ... is there info about leaving care in my
        # language": the service with material in that language (Become's fact sheets).
        replies = service_reply(in_language)
        if authority is not None:
            replies += await what_the_offer_says_about(in_language, authority)
        utter_answer(dispatcher, render(domain, replies))
        return events
    if text and authority is not None and asks_for_a_language(text) and not FACT_SHEETS.search(fold(text)):
        # The contacts carry the council's note on other languages and who to ask.
        await utter_contacts(dispatcher, authority.key, authority.name, text)
        return events + [SlotSet("pending_topic", None)]
    if text and authority is None and not named.candidates and asks_for_a_language(text) \
            and not FACT_SHEETS.search(fold(text)):
        # "can i get the local offer in urdu so my mum can read it": the council's note on
        # other languages, once the council is known (the contacts carry it), not the fact a
        # word beside the question names ("mum": young parents). Round 31.
        return events + ask_which(dispatcher, named.candidates, tracker) + [SlotSet("pending_topic", CONTACT)]
    if text and authority is None and not named.candidates and places.other_council(text):
        # "im a care leaver from leicester, how much is their setting up home allowance": a
        # council whose offer we don't have. Our councils' figures would read as theirs, so
        # say which offers we have and where theirs is (a fact set in law is still answered).
        asked = CONTACT if is_contact_question(text) else choose(tracker, strict=strict).topic
        if asked == CONTACT or (asked is not None and await national_offer(asked, text) is None):
            dispatcher.utter_message(response="utter_authority_not_covered", buttons=council_buttons())
            return events + [SlotSet("pending_topic", asked)]
    before = await service_named_before(tracker, text, authority.key if authority else None)
    if before is not None:
        utter_answer(dispatcher, render(domain, service_reply(before, text)))
        return events
    if text and is_contact_question(text) and not SERVICE_WORDS.search(fold(text)):
        whose = authority or await shared_team(named.candidates)
        pointed = await service_the_offer_names(tracker, whose) if whose is not None else []
        if pointed:
            utter_answer(dispatcher, render(domain, pointed))
            return events + [SlotSet("pending_topic", None)]
        office = await office_named(text) if authority is None and not named.single else None
        if office is None and authority is None and not named.candidates:
            office = await team_followed_up(tracker, text) or await team_left_open(tracker)
        if office is not None:
            # "what time is the leaving care office on curzon street open": that office's.
            await utter_contacts(dispatcher, office.key, office.name, text)
            return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
        if authority is None and named.separate:
            # "my cousin's in derby and i'm in northampton, whats the number for each of us"
            await contact_spread(dispatcher, text, named.candidates)
            return events
        if authority is None and await utter_each_side(dispatcher, text, named.candidates):
            return events
        shared = await shared_team(named.candidates) if authority is None else None
        if shared is not None:
            await utter_contacts(dispatcher, shared.key, shared.name, text)
            return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
        national_events = await national_line(dispatcher, tracker, domain) if authority is None else None
        if national_events is not None:
            return events + national_events
        if authority is None:
            await contact_spread(dispatcher, text, named.candidates)
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", CONTACT)]
        texted = await text_line_instead(dispatcher, tracker, domain)
        if texted is not None:
            return events + texted + [SlotSet("pending_topic", None)]
        events += await fact_asked_too(dispatcher, tracker, authority, domain)
        # "what do i get at christmas and whats the out of hours number": the contacts for
        # the question that asks them (out of hours), not for the day the fact is about.
        await utter_contacts(dispatcher, authority.key, authority.name,
                             contact_clauses_beside_a_dated_fact(text) or text)
        # The contacts are the last answer ("what about derby?" then gives Derby's),
        # unless a fact was answered with them.
        return [SlotSet("last_topic", CONTACT)] + events + [SlotSet("pending_topic", None)]
    choice = choose(tracker, strict=strict)
    if choice.topic is None:
        return None
    if text and choice.topic in WHO_ANSWERS_TOPICS and asked_time(text, datetime.now(LONDON)) is not None:
        # "can i ring my PA at the weekend", "my pa is off and its saturday, who can help":
        # who answers at the time asked (the duty or out-of-hours line), not what a PA is.
        if authority is None:
            await contact_spread(dispatcher, text, named.candidates)
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", CONTACT)]
        await utter_contacts(dispatcher, authority.key, authority.name, text)
        return [SlotSet("last_topic", CONTACT)] + events + [SlotSet("pending_topic", None)]
    folded = fold(text)
    if text and not named.candidates and PEOPLE_COMPARED.search(folded):
        earlier = await councils_named_before(tracker)
        if len(earlier) >= 2:
            # "im a north northants care leaver, my mate is a derby care leaver" then "who
            # gets more help with council tax, me or her": the people compared are the
            # councils the earlier message named, so each council's line.
            compared = [t for t in (choice.topic, choice.also, *choice.more) if t]
            for at, topic in enumerate(compared):
                await utter_compare(dispatcher, topic, earlier, text, note=at == len(compared) - 1)
            return events + [SlotSet("last_topic", choice.topic)]
    if text and (COMPARISON.search(folded) or named.separate
                 or (len(named.candidates) >= 2 and NAMED_COMPARISON.search(folded))):
        # "which one helps with gym or leisure stuff": each fact set out as a choice too.
        compared = [t for t in (choice.topic, choice.also, *choice.more, *named_as_choices(text, choice)) if t]
        for at, topic in enumerate(compared):
            # "books and laptop money across councils": each council's line for each fact
            # asked; whose offer counts is said once, at the end.
            await utter_compare(dispatcher, topic, [a.key for a in named.candidates], text,
                                note=at == len(compared) - 1)
        return events + [SlotSet("last_topic", choice.topic)]
    if text and READY_FOR.search(folded):
        # "i want to do an engineering apprenticeship, anything in northamptonshire to get me
        # ready for one": a programme that prepares for the fact, named by the question's
        # own words beside the fact's (NITAL, by "engineering"), not each council's line.
        whose = authority or await shared_team(named.candidates)
        service = await programme_for(choice.topic, whose.key if whose else None, text)
        if service is not None:
            utter_answer(dispatcher, render(domain, service_reply(service)))
            return events + [SlotSet("last_topic", choice.topic), SlotSet("pending_topic", None)]
    if text and SERVICE_WORDS.search(folded):
        service = await service_for(choice.topic, authority.key if authority else None, text)
        if service is not None:
            utter_answer(dispatcher, render(domain, service_reply(service)))
            return events + [SlotSet("last_topic", choice.topic)]
    if text and NATIONAL.search(folded) and authority is None:
        answered = await answer_national_question(dispatcher, choice.topic, domain, text)
        if answered:
            return events + [SlotSet("last_topic", choice.topic)]
        if not choice.alternatives:
            # "is there a set amount every care leaver in england gets for their 18th": the
            # store has no national rule for it, so say so before each council's line.
            dispatcher.utter_message(response="utter_offer_no_national_rule",
                                     title=topic_title(vocabulary.topic(choice.topic).label))
    if choice.alternatives:
        # Unsure which fact was meant is a reply the bot was not sure of: any distress, broad
        # words too, checks in first (safety.md rule 8; round 94's "i am in back of a van ...
        # i dont know where" had "Which of these did you mean?").
        checked_in = check_in_instead(dispatcher, tracker, "")
        if checked_in is not None:
            return events + checked_in
        clarify(dispatcher, choice)
        return events
    answered_events = await answer_topic(dispatcher, tracker, choice.topic, domain, named, authority)
    if authority is not None and not choice.also and not one_fact:
        neighbour = await offered_neighbour(authority, choice)
        if neighbour is not None:
            # "do derby give free gym membership or anything for sports": Derby publishes
            # nothing on free leisure centres (said), but its activities entry covers
            # memberships and clubs.
            since = len(dispatcher.messages)
            await answer(dispatcher, authority, neighbour, domain, text)
            drop_repeats(dispatcher, since)
            return answered_events
    also = choice.also or vocabulary.companion(
        choice.topic, choice.ranked[0].phrase if choice.ranked and choice.ranked[0].topic == choice.topic else "",
        text)
    if also and not one_fact and (authority is not None or await _shared_for(choice.topic, named, text)):
        # Two questions in one message, or a general word ("what ID") that covers two
        # facts: the second fact too (two at most). With no one council but the first fact
        # answered from the entry every council the message could mean shares ("the
        # trust"), each other fact from its shared entry too, where there is one.
        since = len(dispatcher.messages)
        others = choice.more if also == choice.also else vocabulary.further_companions(choice.topic, also)
        for other in (also, *others):
            # "3 questions: when do i get a PA, how many driving lessons, and free gym?"; "what
            # else do i get when i move into my first flat": the packs, insurance and TV licence.
            whose = authority or await _shared_for(other, named, text)
            if whose is not None:
                await answer(dispatcher, whose, other, domain, own_clause(text, choice, other))
        drop_repeats(dispatcher, since)
    return answered_events


_CLAUSE_BREAK = re.compile(r"[,;:.!?&\n]| [-\u2013\u2014]+ | and | also | plus ")


def own_clause(text: str, choice: Choice, other: str) -> str:
    """The words a second fact is answered on: its own clause when that clause asks a question
    of its own without the first fact's words ("what am i now and how long do i get support":
    "what am i now" for the groups, so the first fact's "how long" does not pick the groups'
    sentence about 13 weeks, set T t-169); else the whole message."""
    phrases = {r.topic: r.phrase for r in choice.ranked}
    phrase, first = phrases.get(other, ""), phrases.get(str(choice.topic), "")
    if not phrase:
        return text
    for part in _CLAUSE_BREAK.split(text.lower()):
        folded = f" {fold(part)} "
        if all(f" {w} " in folded for w in phrase.split(" ... ")) and not (first and f" {first} " in folded) \
                and ASKING.match(folded.strip()):
            return part.strip()
    return text


async def _shared_for(topic: str | None, named: Resolution, text: str) -> Authority | None:
    """The authority whose entry for this fact every council the message could mean uses
    (the Trust's, for North and West), or whose own name the message gives; None if none."""
    if topic is None:
        return None
    return await shared_entry(topic, named.candidates) or await trust_named(topic, named.candidates, text)


async def offered_neighbour(authority: Authority, choice: Choice) -> str | None:
    """The council publishes nothing on the fact asked, and the user's own words also name
    a fact of the same area that it does offer: that one, said after the "I don't know"."""
    offer = await query(offer_store().offer_for, authority.key, choice.topic)
    if offer is not None and offer.status != "unknown":
        return None
    category = vocabulary.category_of(str(choice.topic))
    for other in choice.ranked:
        if other.topic == choice.topic or other.keyword == 0 or other.score < MIN_SCORE \
                or vocabulary.category_of(other.topic) != category:
            continue
        near = await query(offer_store().offer_for, authority.key, other.topic)
        if near is not None and near.status in ("offered", "discretionary"):
            return other.topic
    return None


def without_signal(tracker: Tracker) -> Tracker:
    """The tracker as if the second tier had seen nothing in the latest message: for the
    answer that goes beside a check-in already given."""
    quiet = copy.copy(tracker)
    quiet.latest_message = {**tracker.latest_message, "crisis": {}}
    return quiet


def asks_a_question(messages: list[dict[str, Any]]) -> bool:
    """The reply ends by asking something (which council, which fact): beside "Are you safe
    right now?" that would be two questions at once."""
    return any(str(m.get("response") or "").startswith("utter_ask_")
               or m.get("response") == "utter_offer_which_fact" for m in messages)


async def answer_beside_check_in(dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: dict[str, Any], strict: bool = False,
                                 one_fact: bool = False) -> list[EventType] | None:
    """The contacts, then the answer, then "Are you safe right now?"; None (nothing said)
    when there is no answer to give, or the answer would ask a question of its own (then
    the check-in comes alone, and "I'm OK" carries on with that question)."""
    found = CollectingDispatcher()
    answered = await respond(found, without_signal(tracker), domain, strict, one_fact)
    if answered is None or not found.messages or asks_a_question(found.messages):
        return None
    ask_after = check_in_before_answering(dispatcher)
    dispatcher.messages.extend(found.messages)
    return answered + ask_after


async def answer_national_question(dispatcher: CollectingDispatcher, topic: str,
                                   domain: dict[str, Any], question: str = "") -> bool:
    """'Is it the same everywhere?': the national entry or national helpline, if any."""
    offer = await query(offer_store().national, topic)
    if offer is not None:
        utter_answer(dispatcher, render(domain, national_reply(offer, question)))
        return True
    service = await national_service(topic)
    if service is not None:
        utter_answer(dispatcher, render(domain, service_reply(service)))
        return True
    return False


# How many of the user's earlier messages a time told alone may refer back to.
TIME_FOLLOW_UP_REACH = 2
MAX_TIME_FOLLOW_UP_WORDS = 12


async def contacts_at_another_time(dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: dict[str, Any]) -> list[EventType] | None:
    """"which leaving care team has a number you can ring at night, derby or northampton"
    then "like if something goes wrong at the weekend": a time told alone, naming no fact,
    just after a contact question, asks that question again for that time (with the
    councils it named). None when the message isn't that."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/") or len(fold(text).split()) > MAX_TIME_FOLLOW_UP_WORDS \
            or asked_time(text, datetime.now(LONDON)) is None or is_contact_question(text) \
            or choose(tracker, strict=True).topic is not None:
        return None
    users = [e for e in tracker.events if e.get("event") == "user"][:-1]
    for event in reversed(users[-TIME_FOLLOW_UP_REACH:]):
        earlier = str(event.get("text") or "")
        if earlier and not earlier.startswith("/") and is_contact_question(earlier):
            again = copy.copy(tracker)
            # The earlier question first, so its entities' positions still hold.
            again.latest_message = {**(event.get("parse_data") or {}), "text": f"{earlier}. {text}"}
            return await respond(dispatcher, again, domain)
    return None


class ActionAnswerOffer(Action):
    """An entitlement question (an `ask_*` intent, or a button)."""

    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        repeated = await say_again(dispatcher, tracker, domain, own_words_only=True)
        if repeated is not None:
            return repeated
        again = await contacts_at_another_time(dispatcher, tracker, domain)
        if again is not None:
            return again
        answered = await respond(dispatcher, tracker, domain)
        if answered is not None:
            return answered
        repeated = await say_again(dispatcher, tracker, domain)
        if repeated is not None:
            return repeated
        return not_understood(dispatcher, tracker, "utter_default")


async def say_again(dispatcher: CollectingDispatcher, tracker: Tracker,
                    domain: dict[str, Any], own_words_only: bool = False) -> list[EventType] | None:
    """"can u say that again but simpler pls", or "does it stop at 21" after an answer: that
    answer again, for the same council (the fact leads it; its ages say when it stops).
    None when the message isn't that, or there was no answer to repeat.

    `own_words_only`: only a plain "say that again" that names no fact and no place
    ("wot? can u say it simpler pls"), before the classifier's guess at a topic is tried."""
    text = tracker.latest_message.get("text") or ""
    last = tracker.get_slot("last_topic")
    condition = bool(last) and not text.startswith("/") and adds_a_condition(text)
    own = without_the_route(text)
    # The words of a question that points back ("till what age can you do it") name no
    # other fact ("till what age" alone is support after 21): only the rest is read for one.
    own_plain = " ".join(w for w in fold(own).split() if w not in FILLERS)
    pointing = asks_about_it(text)
    rest = ABOUT_IT.sub(" ", own_plain) if pointing else own
    if own_words_only and (not last or text.startswith("/") or (await from_latest_message(tracker)).candidates
                           or (fact_ranker().keyword_scores(rest) and not condition)):
        return None
    compared = await each_place_again(dispatcher, tracker)
    if compared is not None:
        return compared
    if own_words_only and not (SAY_AGAIN.search(fold(text)) or condition or follows_up(own) or pointing):
        # "how much do they give for it" after the laptop answer names no fact of its own
        # (checked above): the last answer, not the classifier's weak guess at a topic.
        return None
    folded = fold(text)
    again = bool(SAY_AGAIN.search(folded) or IT_STOPS.search(folded))
    # The words of the pointing-back question itself name no other fact ("till what age can
    # you do it" is not support after 21): only the rest of the message is read for one.
    about_it = condition or (pointing and not fact_ranker().keyword_scores(rest)) \
        or (follows_up(own) and not fact_ranker().keyword_scores(own))
    authority = await authority_from_slot(tracker)
    if last and not (again or about_it) and not own_words_only and authority is not None \
            and await asks_a_detail_of(own, authority, last):
        # "what band would i be in" after the housing priority answer: a word of that
        # answer, asked about, names nothing new (the last answer again, that word first).
        about_it = True
    if not last or not (again or about_it):
        return None
    if authority is None and last == CONTACT and about_it:
        # "what time does russell house open" then "and what time does it shut on a
        # friday": the team the last contacts were for, named in the earlier message.
        team = await team_named_before(tracker)
        if team is not None:
            await utter_contacts(dispatcher, team.key, team.name, text)
            return []
    if authority is None:
        # "how long do you get a PA for", answered for everyone, then "even if im not at
        # uni?": the national answer again (its rule covers the condition or says who to ask).
        if condition and vocabulary.is_topic(last) and await answer_national_question(dispatcher, last, domain):
            return []
        # "my foster carer keeps going on about staying put" (answered for all of England)
        # then "what even is it and till what age can you do it": the national answer again.
        # Only a rule the law sets: a council's own sum is not the national recommendation.
        national = await query(offer_store().national, last) if vocabulary.is_topic(last) else None
        if about_it and not again and national is not None and national.legal_basis == NATIONAL_BASIS \
                and tracker.get_slot("pending_topic") in (None, last) \
                and await answer_national_question(dispatcher, last, domain, text):
            return []
        return None
    if about_it and not again:
        # "is it even worth it" points back too, but reads as distress: as for any message
        # the bot can only guess at, check in first (safety.md rule 8).
        checked_in = check_in_instead(dispatcher, tracker, "")
        if checked_in is not None:
            return checked_in
    if last == CONTACT:
        await utter_contacts(dispatcher, authority.key, authority.name, text)
        return []
    if not vocabulary.is_topic(last):
        return None
    # "do i have to pay it back": the sentence of the last answer that answers it leads.
    await answer(dispatcher, authority, last, domain, text if about_it else "")
    return []


# Words that carry no detail of their own in a short question.
_PLAIN_WORDS = frozenset(
    "a an the and or but so ok okay then tho though what wat wot which how when where who why whats "
    "can could do does did is are was were will would should has have had be been being get got "
    "i im ive id u you your my me we they them their it its that this there theres "
    "in on at to for of from with about by into up out as if not no yes yeah just".split())


async def asks_a_detail_of(text: str, authority: Authority, last: str) -> bool:
    """A short question ("what band would i be in") that names no fact of its own but a
    word of the answer just given for `last` (its title, summary, conditions or how to get
    it: "priority band B"): a detail of that answer, not a new question."""
    folded = fold(text)
    words = folded.split()
    if not vocabulary.is_topic(last) or not ASKS.search(folded) or len(words) > MAX_FOLLOW_UP_WORDS \
            or fact_ranker().keyword_scores(text):
        return False
    asked = {w for w in words if w not in _PLAIN_WORDS and len(w) > 2}
    if not asked:
        return False
    offer = await query(offer_store().offer_for, authority.key, last)
    if offer is None:
        return False
    said = set(fold(" ".join(str(part or "") for part in (
        offer.title, offer.summary, offer.conditions, offer.how_to_apply))).split())
    return bool(asked & said)


async def team_followed_up(tracker: Tracker, text: str) -> Authority | None:
    """"wheres russell house?" then "and what time does it open on a monday": a question
    about the team whose contacts were the last answer (named in the earlier message), when
    no council is known. So too after an answer about the team's own place ("whats russell
    house" (the hub), then "what time does it shut on a friday")."""
    if tracker.get_slot("last_topic") not in {CONTACT, *CONTACT_TOPICS} or not follows_up(text):
        return None
    return await team_named_before(tracker)


async def named_in_previous_message(tracker: Tracker) -> Resolution | None:
    """The councils the user's previous typed message named (buttons are not typed), or
    None when there is no such message."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    earlier = next((e for e in reversed(users[:-1])
                    if e.get("text") and not str(e.get("text")).startswith("/")), None)
    if earlier is None:
        return None
    before = copy.copy(tracker)
    before.latest_message = {**(earlier.get("parse_data") or {}), "text": earlier.get("text")}
    return await from_latest_message(before)


async def team_named_before(tracker: Tracker) -> Authority | None:
    """The council, or the one team serving every council, that the user's previous
    typed message named ("russell house": the Trust's Leaving Care Service), if any."""
    named = await named_in_previous_message(tracker)
    if named is None:
        return None
    return named.single or await shared_team(named.candidates)


async def team_left_open(tracker: Tracker) -> Authority | None:
    """"im with the trust" (asked which council, North or West) then "on christmas day who can i
    call": the one team serving every council the earlier message could mean, whose line is
    the same for each (set Q q-092), not every council's line with Derby's among them. Only
    a name covering several councils: one council named would be the council slot."""
    named = await named_in_previous_message(tracker)
    if named is None or named.single:
        return None
    return await shared_team(named.candidates)


def not_understood(dispatcher: CollectingDispatcher, tracker: Tracker,
                    response: str) -> list[EventType]:
    """The usual reply, unless the message shows distress: then check in (safety.md)."""
    checked_in = check_in_instead(dispatcher, tracker, "")
    if checked_in is None and START_AGAIN.search(fold(tracker.latest_message.get("text") or "")):
        dispatcher.utter_message(response="utter_started_again")
        return [SlotSet("authority", None), SlotSet("pending_topic", None),
                SlotSet("last_topic", None)]
    if checked_in is None:
        dispatcher.utter_message(response=response)
    return checked_in or []


class ActionContact(Action):
    def name(self) -> str:
        return "action_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        slot_authority = await authority_from_slot(tracker)
        if slot_authority is None and not text.startswith("/"):
            if answers_beside(tracker) and (await from_latest_message(tracker)).single:
                # As in respond() for a council named in the message ("if something goes
                # wrong on christmas day who can i call? ... im in towcester"): only the
                # meaning check is worried, so the check-in's contacts, then the numbers,
                # then "Are you safe right now?".
                beside = await answer_beside_check_in(dispatcher, tracker, domain)
                if beside is not None:
                    return beside
            # As in respond(): a sharp distress signal ("is there a number i can text, i
            # cant keep going") gets the check-in first; "I'm OK" carries on with the
            # council question, then the numbers.
            checked_in = check_in_instead(dispatcher, tracker, AUTHORITY, sharp_only=True)
            if checked_in is not None:
                return checked_in + [SlotSet("pending_topic", CONTACT)]
        service = await named_service(text, slot_authority.key if slot_authority else None) \
            if not text.startswith("/") else None
        if service is not None:
            # "how often are prospects at the care leavers hub? wellingborough": the service,
            # the address in the town named, and what the council named says about it.
            named_here = await from_latest_message(tracker)
            council = named_here.single or slot_authority
            replies = service_reply(service, text)
            if council is not None:
                replies += await what_the_offer_says_about(service, council)
            # "what day is the prospects thing at the hub, corby": a day not published leads.
            replies = day_not_given(service, replies, text) + replies
            utter_answer(dispatcher, render(domain, replies))
            return [SlotSet("authority", named_here.single.key)] if named_here.single else []
        before = await service_named_before(tracker, text, slot_authority.key if slot_authority else None)
        if before is not None:
            utter_answer(dispatcher, render(domain, service_reply(before, text)))
            return []
        if not text.startswith("/") and not is_contact_question(text):
            # "need my ni number, can leaving care sort it": a fact, not a phone number.
            answered = await respond(dispatcher, tracker, domain, strict=True)
            if answered is not None:
                return answered
        named = await from_latest_message(tracker)
        # "the office on curzon street": the council whose office that is, before the slot.
        office = await office_named(text) if not named.single and not text.startswith("/") else None
        authority = named.single or office or await authority_from_slot(tracker)
        if authority is None and not named.candidates and not text.startswith("/"):
            authority = await team_followed_up(tracker, text)
        events: list[EventType] = [SlotSet("authority", named.single.key)] if named.single else []
        shared = await shared_team(named.candidates) if authority is None else None
        if authority is None and shared is None and not named.candidates and not text.startswith("/"):
            # "im a trust care leaver" then "if something goes wrong on christmas day who do
            # i call": the one team the message before named (the Trust's, which North and
            # West share), not every council's line (set M m-088).
            shared = await team_named_before(tracker)
        whose = authority or shared
        if whose is not None and not text.startswith("/") and not SERVICE_WORDS.search(fold(text)):
            # As in respond(): "the number for drug and alcohol help" is the service the
            # council's offer names for it.
            pointed = await service_the_offer_names(tracker, whose)
            if pointed:
                utter_answer(dispatcher, render(domain, pointed))
                return events + [SlotSet("pending_topic", None)]
        if shared is not None:
            await utter_contacts(dispatcher, shared.key, shared.name, question_text(tracker))
            return events + [SlotSet("pending_topic", None), SlotSet("last_topic", CONTACT)]
        national_events = await national_line(dispatcher, tracker, domain) if authority is None else None
        if national_events is not None:
            return events + national_events
        if authority is None and not text.startswith("/") \
                and await utter_each_side(dispatcher, text, named.candidates):
            return events
        if authority is None and not text.startswith("/"):
            await contact_spread(dispatcher, text, named.candidates)
            if named.separate:
                return events   # a number for each council named: nothing to ask
        if authority is None:
            return events + ask_which(dispatcher, named.candidates, tracker) + [
                SlotSet("pending_topic", CONTACT)]
        if not text.startswith("/"):
            texted = await text_line_instead(dispatcher, tracker, domain)
            if texted is None and tracker.get_slot("pending_topic") == CONTACT:
                # "is there a mental health text line? i cant talk on the phone" -> "towcester".
                texted = await text_line_asked_before(dispatcher, tracker, domain)
            if texted is not None:
                return events + texted + [SlotSet("pending_topic", None)]
            events += await fact_asked_too(dispatcher, tracker, authority, domain)
        asked = question_text(tracker)
        # As in respond(): the contacts for the question that asks them, not the fact's day.
        await utter_contacts(dispatcher, authority.key, authority.name,
                             contact_clauses_beside_a_dated_fact(asked) or asked)
        # The contacts are the last answer ("what about derby?" then gives Derby's),
        # unless a fact was answered with them.
        return [SlotSet("last_topic", CONTACT)] + events + [SlotSet("pending_topic", None)]
