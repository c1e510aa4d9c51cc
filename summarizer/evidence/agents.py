"""Who did it, as the text says: the agent of a violent act ("were killed by unidentified
gunmen", "the attack was carried out by the FMLN", "the ELN claimed responsibility",
"attributed the attack to the Medellin cartel").

Only grammatical patterns that name the perpetrator are used; a "by" phrase naming a means
("by a car bomb", "by the impact of three bullets") or a time ("by Friday") is not an agent.
The result is a phrase exactly as written, with its offsets, so a party made from it is
grounded like everything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evidence._text import COUNTRY_OF_DEMONYM, DEMONYMS, sentence_spans
from summarizer.evidence.instructions import is_instruction_like
from summarizer.evidence.names import country_of_demonym
from summarizer.evidence.places import _COUNTRY_RX as COUNTRY_RX  # the country names, one pattern
from summarizer.evidence.places import _LOCATIVE_BEFORE, actor_mention, is_upper_case_text
from summarizer.schema import PartyKind

__all__ = [
    "Agent",
    "agent_kind",
    "complete_capitalised",
    "count_subjects",
    "described_armed_groups",
    "described_kind",
    "find_agents",
    "find_groups",
    "find_sides",
    "find_states_at_war",
    "generic_state_force",
    "is_noun_phrase",
    "names_no_side",
    "national_deeds",
    "split_coordination",
    "state_force_names",
]


@dataclass(frozen=True)
class Agent:
    name: str
    start: int  # offsets in the article
    end: int
    # find_agents: "by" | "claimed" | "attributed" | "subject" | "count-subject" | …; find_groups: "member" | "org"
    pattern: str


_ACT = (
    r"killed|murdered|assassinated|shot|gunned\s+down|stabbed|kidnapped|abducted|attacked|wounded|injured|"
    r"ambushed|bombed|executed|massacred|carried\s+out|perpetrated|committed|planted|set\s+off|detonated|"
    r"fired|captured|seized|hit|targeted|ordered|unleashed|placed|dynamited|destroyed|blown\s+up|burned|"
    r"machine-?gunned|riddled"
)
# words an agent phrase may not run into (clause and prepositional boundaries)
_STOP = (
    r"has|have|had|in|at|on|during|near|who|whom|which|that|while|after|before|when|as|from|with|and\s+then|and\s+were|"
    r"according|inside|outside|along|across|for|to|into|last|this|yesterday|today|since|because|but|"
    r"early|late|around|about|between|under|over|against|wearing|yet|already|still|not|never|"
    r"will|would|could|should|must|may|might|shall|can|did|does|"
    # a second verb coordinated with the clause's own: "... to a death squad and demanded that ..."
    r"and\s+(?!(?:armed|hired|united|allied|organi[sz]ed|trained|masked|hooded|uniformed)\b)[a-z]+ed"
)
_NP = r"((?:(?!(?:" + _STOP + r")\b)[\w'’.&-]+(?:\s+|(?=[,.;:)\]\"”]|$))){1,7})"
# (a second participle between the act and "by" owns the "by": "killed in a district held by the
# rebels", "killed, as reported by the paper"; unless it is a violent act itself)
_BY = re.compile(
    r"\b(?P<act>" + _ACT + r")\b(?:\s+(?!(?:held|led|run|known|seen|made|(?!(?:" + _ACT + r")\b)[\w'’-]*ed)\b)"
    r"[\w'’-]+){0,5}?\s+by\s+[\"“]?(?:a\s+group\s+of\s+)?" + _NP,
    re.I,
)
# "THREE PEASANTS WERE MURDERED ON 10 NOVEMBER IN THE CANTON OF X, Y DEPARTMENT, BY TROOPS OF
# THE Z BATTALION": a passive violent verb keeps its agent across adjuncts of time and place, commas
# included, up to 16 words; not across a clause word ("who", "and", "according"), nor across a
# second participle, which owns the "by" ("in a town held by rebels", "as reported by the paper")
_PASSIVE_GAP_STOP = (
    r"who|whom|whose|which|that|when|where|while|after|before|because|since|until|and|or|but|as|if|than|"
    r"according|said|says|told|including|held|led|run|known|made|seen|written|"
    r"[\w'’-]*ed"
)
_PASSIVE_BY = re.compile(
    r"\b(?:was|were|been|being)\s+(?:(?:reportedly|allegedly|brutally|later|then|also)\s+)?(?P<act>"
    + _ACT
    + r")\b(?:,?\s+(?!(?:"
    + _PASSIVE_GAP_STOP
    + r")\b)[\w'’-]+){1,16}?,?\s+by\s+[\"“]?(?:a\s+group\s+of\s+)?"
    + _NP,
    re.I,
)
_CLAIMED = re.compile(
    r"(?<![\w'’-])"
    + _NP.replace("{1,7}", "{1,6}")
    + r"\s*(?:has\s+|have\s+|had\s+)?(?:claimed|admitted|assumed|took|takes|claims)\s+"
    r"(?:responsibility|credit|authorship)",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"\b(?:(?:attributed|attributing|ascribed)\b(?:,?\s+[\w'’-]+){0,6}?,?\s+to|(?:blamed|blaming)\b(?:,?\s+[\w'’-]+){0,6}?"
    r",?\s+on|(?:plac|put|lay|laid|pin)\w*\s+(?:the\s+)?(?:blame|responsibility)\b(?:,?\s+[\w'’-]+){0,8}?,?\s+on)\s+[\"“]?"
    r"(?:a\s+so-called\s+|the\s+so-called\s+)?" + _NP,
    re.I,
)
# head words of means, times and places: a "by" phrase ending in one of these is not an agent
_NOT_AGENT_HEAD = re.compile(
    r"^(?:explosions?|blasts?|bombs?|car-bombs?|bullets?|gunfire|fire|impact|shrapnel|mines?|grenades?|"
    r"shells?|shelling|airstrikes?|air\s+strikes?|strikes?|rockets?|missiles?|attacks?|vehicles?|cars?|"
    r"trucks?|dynamite|explosives?|devices?|ieds?|weapons?|guns?|rifles?|machine-guns?|knives?|knife|"
    r"people|persons|them|him|her|it|this|that|these|those|phone|telephone|radio|name|night|day|"
    r"morning|evening|afternoon|time|surprise|mistake|accident|chance|force|means|way|order|orders|"
    r"sources?|reports?|[0-9:.]+|a\.m|p\.m|noon|midnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|hours?|minutes?|week|month|year|control|fired|witnessed|ranging)$",
    re.I,
)
_LEADING = re.compile(r"^(?:the|a|an|some|other|alleged|suspected|presumed)\s+", re.I)


_DESCRIBED_PEOPLE = re.compile(r"armed|unidentified|unknown|masked|hooded", re.I)


_MONTH_LEAD = re.compile(
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+(?=(?:our|the|their|its|his|her)\s)",
    re.I,
)


def _clean(article: str, s: int, e: int) -> tuple[int, int] | None:
    text = article[s:e]
    # trim trailing punctuation and spaces
    while e > s and article[e - 1] in " \t\n,.;:)]\"”'’":
        e -= 1
    while s < e and article[s] in " \t\n\"“'‘(-–—•*":  # "- Suspected jihadists" after a dateline's dash
        s += 1
    text = article[s:e]
    # a date before the subject ("ON 18 DECEMBER OUR FORCES AMBUSHED"): the month is no part of
    # the name when a determiner or possessive opens the noun phrase after it
    dm = _MONTH_LEAD.match(text)
    if dm:
        s += dm.end()
        text = article[s:e]
    tail = re.search(r"(?:\s+(?:and|or|the|a|an|of))+$", text, re.I)
    if tail:
        e -= len(tail.group())
        text = article[s:e]
    if not text or len(text) < 3:
        return None
    words = text.split()
    # "a man armed with a knife": the weapon describes the agent ("by a knife" names a means)
    armed_with = next(
        (i + 2 for i in range(len(words) - 1) if words[i].lower() == "armed" and words[i + 1].lower() == "with"),
        len(words),
    )
    if any(
        i < armed_with
        and _NOT_AGENT_HEAD.match(w.strip(".,"))
        and not w[0].isdigit()
        # "unidentified persons", "armed people": people described as attackers
        and not (
            i
            and w.lower() in ("persons", "people")
            # "hooded young people"
            and (
                _DESCRIBED_PEOPLE.fullmatch(words[i - 1])
                or (i >= 2 and words[i - 1].lower() == "young" and _DESCRIBED_PEOPLE.fullmatch(words[i - 2]))
            )
        )
        # "the air force": a force that acts, not "by force"
        and not (i and w.lower().strip(".,") == "force" and words[i - 1].lower() == "air")
        for i, w in enumerate(words)
    ):
        return None
    if words[-1][0].isdigit():
        return None
    if (
        len(words) >= 2
        and re.fullmatch(r"[A-Za-z]{3,}(?:ing|ING)", words[-1])
        and words[-1].lower() not in _ING_NAME_WORDS
    ):
        # "gangs operating in the area": the participle opens a clause about the name
        tail = re.search(r"\s+\S+$", text)
        if tail is not None:
            e = s + tail.start()
            text = article[s:e]
            words = words[:-1]
    # "two hired assassins riding a motorcycle", "men carrying rifles": a participle followed by its
    # object opens a clause about the name (not "the Shining Path": no object word follows)
    opener = re.search(
        r"\s+(?P<ing>[A-Za-z]{3,}(?:ing|ING))\s+(?:a|an|the|their|his|her|its|two|three|several|in|on|at|from|with)\b",
        text,
        re.I,
    )
    if opener is not None and opener.group("ing").lower() not in _ING_NAME_WORDS | _WEAPON_ING:
        e = s + opener.start()
        text = article[s:e]
        words = text.split()
    if re.match(r"(?:what|whom?|which|whose|where|when|how|president|presidential|no|nobody|none)\b", text, re.I):
        return None
    if len(words) == 1 and _LEADING.match(text + " "):
        return None
    return s, e


# The subject of a violent act, when its head noun names attackers: "Taliban gunmen and
# suicide bombers attacked Camp Shorabak", "a suicide bomber blew himself up", "UNIDENTIFIED
# GUNMEN KILLED ...". Up to three words before the head ("Taliban", "heavily armed"); a
# coordinated second subject with its own attacker head is taken too.
#: people described by what they wear: "MEN WEARING MILITARY UNIFORMS", "men in camouflage"
_DRESSED = (
    r"(?:men|individuals|persons)\s+(?:in|wearing|dressed\s+in)\s+(?:(?:military|civilian|police|army|camouflage|"
    r"olive-green)\s+(?:uniforms?|clothes|clothing|fatigues)|camouflage|uniforms?|ski\s+masks|masks|hoods)"
)
_AGENT_NOUN = (
    r"gunm[ae]n|bombers?|suicide\s+bombers?|attackers?|assailants?|militants?|insurgents?|fighters|rebels|"
    r"guerrillas|terrorists?|hitm[ae]n|assassins?|kidnappers?|abductors|raiders|snipers?|mob|militiam[ae]n|"
    r"extremists|jihadists|commandos?|subversives|guerrilla|criminals|narco-?terrorists|paramilitar(?:y|ies)|"
    r"drug\s+traffickers|separatists|bandits|pirates|"
    # "SUBVERSIVE ELEMENTS ATTACKED", "uniformed men took away", "MEN IN CIVILIAN CLOTHES ABDUCTED"
    r"(?:subversive|terrorist|criminal|guerrilla|armed)\s+elements|uniformed\s+(?:men|individuals)|" + _DRESSED + r"|"
    # people described as armed or unknown: "ARMED MEN KILLED", "unidentified individuals attacked",
    # "men armed with rifles fired"
    r"(?:armed|unidentified|unknown|masked|hooded)\s+(?:young\s+)?(?:men|individuals|persons|people|youths|subjects)|"
    # "a man wielding a machete", "youths carrying clubs": the weapon describes them
    r"(?:men|man|woman|individuals|persons|youths)\s+(?:armed\s+with|wielding|brandishing|carrying)\s+(?:an?\s+)?[\w-]+|"
    # "TWO MEN SHOT THE JUDGE": men named by number or description only, as the subject of the act
    r"men|individuals"
)
_SUBJ_VERB = (
    r"(?:(?:have|has|had|reportedly|allegedly|then|also|later)\s+)?"
    # "the army claimed to have killed", "the rebels are said to have attacked"
    r"(?:(?:claimed|claims|claim|(?:is|are|was|were)\s+(?:said|believed|reported))\s+to\s+have\s+)?"
    r"(?:attacked|killed|ambushed|bombed|stormed|raided|shot|opened\s+fire|blew\s+(?:himself|herself|themselves)\s+up|"
    r"detonated|set\s+off|fired|kidnapped|abducted|massacred|executed|assassinated|murdered|hijacked|"
    r"shelled|seized|struck|targeted|burned|torched|assaulted|stormed|dynamited|destroyed|blew\s+up|"
    r"placed(?!\s+(?:the\s+)?(?:blame|responsibility))|planted|hurled|threw|machine-?gunned|set\s+fire|"
    r"intercepted|surrounded|broke\s+into|burst\s+into|barged\s+into|looted|sabotaged|tortured|raped|beheaded|lynched|hacked|incinerated|"
    r"took\s+hostage|held\s+hostage|forced|overran|invaded|occupied|entered)\b"
)
_NP_WORD = (
    r"(?!(?:" + _STOP + r"|and|or|but|the|a|an|of|by|were|was|are|is|later|then|meanwhile|earlier|also|"
    r"however|suddenly|reportedly|allegedly|he|she|they|we|i|you|it|said|says|say|told|believed|believes|"
    r"believe|thinks|think|thought|claimed|claims|added|stated|reported)\b)[\w'’-]+(?<![.,;:])"
)
# Armed groups known by a bare name, with no word for a group in it ("the FMLN", "Shining Path",
# "the Taliban", "Hezbollah"): long-standing insurgent and militant organisations. Acronyms are
# matched in capitals only (a lower-case "eta" is a word); ``IS`` is left out (an English word in
# upper-case wire text).
_KNOWN_ARMED_WORDS = (
    r"shining\s+path|sendero\s+luminoso|tupac\s+amaru|extraditables|contras|taliban|haqqanis?|"
    r"al[- ]qa[e']?ida|al[- ]qaeda|qaeda|islamic\s+state|daesh|boko\s+haram|al[- ]shabaa?b|shabaa?b|hamas|"
    r"hezbollah|hizbollah|hizballah|houthis?|janjaweed|abu\s+sayyaf|lashkar-e-taiba|jaish-e-mohammed|"
    r"tamil\s+tigers|jabhat\s+al-nusra|nusra\s+front|hayat\s+tahrir\s+al-sham|ansar\s+allah|wagner\s+group|"
    # Latin American insurgents of the 1980s and 1990s known by a bare name ("SENDERISTAS" are Shining Path's)
    r"senderistas?|senderists|cinchoneros|zarate\s+willka|quintin\s+lame|lautaro\s+youth\s+movement"
)
_KNOWN_ARMED_ACRONYMS = (
    r"FMLN|ELN|FARC|EPL|M-19|MRTA|URNG|FPMR|ISIS|ISIL|ISKP|ISWAP|JNIM|AQAP|AQIM|IRA|PKK|YPG|LTTE|HTS|TTP|ADF|M23|RSF|"
    # the FMLN's five member organisations; Guatemalan, Honduran, Chilean, Bolivian and Colombian insurgents
    r"FPL|ERP|FARN|PRTC|EGP|ORPA|PGT|FPM|FMLH|MIR|CNPZ|EGTK|CGSB|ETA"
)
# state forces as the subject of a violent act ("HONDURAN ARMY TROOPS ATTACKED", "the Parachute
# Regiment killed 13 protesters"): a side in the violence like any attacker
_STATE_NOUN = (
    # "A MILITARY PATROL MACHINEGUNNED THE BUS" (a patrol as the subject of the act, not "a patrol was ambushed")
    r"troops|soldiers|army|police|policemen|forces|marines|paratroopers|regiment|battalion|brigade|patrols?|"
    r"air\s+force|navy|national\s+guard|guardsmen"
)
# a group of fighters by its unit ("a guerrilla column", "an armed band") or its members ("members
# of the Red Front", "rebels of the People's Army"); an armed group known by name ("the ELN")
_UNIT_NOUN = (
    r"(?:guerrilla|terrorist|armed|rebel|insurgent|paramilitary|urban)\s+"
    r"(?:columns?|units?|squads?|commandos?|groups?|bands?|cells?|detachments?)|"
    r"(?:members|guerrillas|rebels|fighters|militants|commandos?|units?|cells?)\s+of\s+"
    r"(?!(?:(?:the|an?|his|her|their|its)\s+)?(?:public|press|media|family|families|community|congress|parliament|government|crew|staff|clergy|"
    r"audience|crowd|household)\b)(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+|"
    rf"{_KNOWN_ARMED_WORDS}|(?-i:{_KNOWN_ARMED_ACRONYMS})"
)
_SUBJ_HEAD = rf"(?:{_AGENT_NOUN}|{_STATE_NOUN}|{_UNIT_NOUN})"
_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<np>(?:{_NP_WORD}\s+){{0,3}}?{_SUBJ_HEAD})"
    rf"(?:\s+(?:and|or)\s+(?P<np2>(?:{_NP_WORD}\s+){{0,3}}?{_SUBJ_HEAD}))?"
    # "two men on a motorcycle shot ...": the vehicle they came in is no part of the name
    r"(?:\s+(?:on|riding|aboard|in)\s+(?:a\s+|an\s+|two\s+|their\s+)?(?:motorcycles?|motorbikes?|cars?|vehicles?|"
    r"trucks?|pickups?|pick-ups?|jeeps?|bicycles?|vans?|taxis?))?"
    # "the assassin who killed ...", "gunmen who stormed ...": a relative clause names the agent too
    rf"(?:,?\s+(?:who|that)(?:\s+had)?)?"
    # "THE SOLDIERS, WHO WERE DRUNK, FIRED ON THE CROWD": a relative clause between commas
    r"(?:,\s+(?:who|which)\s+[^,;:.!?\"“”()]{1,60},)?"
    rf"\s+{_SUBJ_VERB}"
    # "insurgents killed in the strike", "soldiers killed Tuesday": a participle, the noun is the victim
    r"(?!\s+(?:in|by|during|when|while|after|as|near|inside|outside|and\s+(?:wounded|injured)|last|"
    r"(?:on\s+)?(?:yesterday|today|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)",
    re.I,
)

_COUNT_LEAD = re.compile(
    r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"several|many|some|numerous|dozens\s+of|scores\s+of|hundreds\s+of|a|an|the|other)\s+)+",
    re.I,
)

# Violent deeds as nouns: what an agent orders, plans, carries out or is responsible for.
_DEED = (
    r"attacks?|assassinations?|killings?|murders?|massacres?|bombings?|kidnappings?|abductions?|crimes?|"
    r"ambush(?:es)?|raids?|assaults?|offensives?|shootings?|executions?|slaughter|genocide|atrocit(?:y|ies)|"
    r"deaths?|bombardments?|shelling|counteroffensives?|"
    # "blamed X for the blast", "charged with the stabbings": the deed by its visible result
    r"blasts?|explosions?|stabbings?|rampage"
)
_DEED_OBJECT = (
    r"(?:(?:the|a|an|this|these|that|those|its|their|his|her)\s+)?(?:(?:series|wave|campaign|string)\s+of\s+)?"
    # "eight counts of murder", "two charges of attempted murder"
    r"(?:(?:[\w-]+\s+)?(?:counts?|charges?)\s+of\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:" + _DEED + r")\b"
)
# "X ORDERED THE ASSASSINATION OF Y", "drug traffickers began a series of attacks", "the group
# planned and carried out the bombing": the subject of a verb of doing or ordering a violent deed
_DEED_VERB = (
    r"(?:ordered|claimed|planned|carried\s+out|perpetrated|committed|masterminded|launched|staged|began|initiated|"
    r"unleashed|organi[sz]ed|led(?!\s+to\b))"
)
_DEED_SUBJ = re.compile(
    # a verb at a word start: "planned" in "well-planned attacks" is part of a modifier
    r"(?<![\w'’-])(?:(?:have|has|had|reportedly|allegedly|also|then)\s+)?(?:"
    + _DEED_VERB
    + r"(?:\s+and\s+"
    + _DEED_VERB
    + r")?\s+"
    + _DEED_OBJECT
    # "signed the order to assassinate the priests"
    + r"|(?:signed|gave|issued)\s+(?:the\s+|an\s+)?orders?\s+to\s+"
    + r"(?:kill|assassinate|murder|execute|attack|bomb|massacre)\b)",
    re.I,
)
# "the decision to kill the leaders was made by the General Staff"
_DECIDED_BY = re.compile(
    r"\bdecision\s+to\s+(?:[\w'’-]+\s+){1,14}?(?:was|were)\s+(?:made|taken)\s+by\s+[\"“]?"
    + _NP
    # "decisions made by the high command to carry out the bombings"
    + r"|\bdecisions?\s+(?:made|taken)\s+by\s+[\"“]?(?P<dm>(?:(?!(?:to|"
    + _STOP
    + r")\b)[\w'’.&-]+\s+){1,7})"
    r"to\s+(?:carry\s+out|kill|murder|assassinate|attack|bomb|massacre|execute|kidnap)\b",
    re.I,
)
# "X WERE RESPONSIBLE FOR HIS ASSASSINATION", "for which X are directly responsible", "X could be
# implicated in the crime", "the colonels who were involved in the murder"
_RESPONSIBLE = re.compile(
    r"(?:,?\s+(?:who|that|which))?\s+(?:(?:is|was|are|were|be|been|being|could|may|might|must|would|to)\s+){0,3}"
    r"(?:(?:directly|indirectly|fully|also|solely|ultimately|personally|allegedly|reportedly)\s+)?"
    r"(?:responsible(?=\s*(?:for\s+" + _DEED_OBJECT + r"|[.;]|$))|(?:involved|implicated)\s+in\s+" + _DEED_OBJECT + r"|"
    # "Hamas was behind the attack", "the group believed to be behind the bombing"
    r"(?:believed\s+to\s+(?:be|have\s+been)\s+|thought\s+to\s+be\s+|said\s+to\s+be\s+)?behind\s+" + _DEED_OBJECT + r"|"
    r"(?:involved|implicated)\s+in\s+(?:the|this|these)\s+[\w'’-]+['’]s?\s+(?:" + _DEED + r"))",
    re.I,
)
# "X, who is accused of the murder", "X was arrested in connection with the bombing": a suspect
_SUSPECTED = re.compile(
    r"(?:,?\s+(?:who|that))?\s+(?:(?:is|was|are|were|been|being|had\s+been|has\s+been|have\s+been)\s+){1,2}"
    r"(?:(?:formally|also|later)\s+)?(?:accused|suspected|charged|arrested|detained|wanted|convicted|sentenced)\s+"
    # "was sentenced to 30 years in prison for the assassination"
    r"(?:to\s+(?:[\w-]+\s+){1,6}?)?"
    r"(?:of|with|for|in\s+connection\s+with|over)\s+(?:having\s+)?(?:" + _DEED_OBJECT + r"|(?:killing|murdering|"
    r"assassinating|attacking|kidnapping|abducting|bombing|shooting|massacring|planting|carrying\s+out)\b)",
    re.I,
)
# "X confessed to the murder", "X admitted having planted the bomb": the perpetrator in his own words
_CONFESSED = re.compile(
    r"(?:,?\s+(?:who|that))?\s+(?:(?:has|have|had|later|reportedly|publicly|also)\s+)?(?:confessed|admitted)\s+"
    r"(?:to\s+(?:having\s+)?|having\s+|that\s+(?:he|she|they)\s+(?:had\s+)?)?(?:" + _DEED_OBJECT + r"|(?:killing|"
    r"killed|murdering|murdered|assassinating|attacking|kidnapping|kidnapped|bombing|shooting|shot|planting|planted|"
    r"placing|placed|detonating|detonated|setting\s+off|set\s+off|carrying\s+out|carried\s+out)\b)",
    re.I,
)
# "THE FMLN'S ATTACK ON THE GARRISON", "the rebels' offensive": the possessor of a violent deed
# (deeds an agent does, not deeds done to the possessor: "the judge's murder" names the victim)
_POSSESSIVE_DEED = re.compile(
    r"(?:['’]s|s['’])\s+(?:(?:latest|last|recent|first|new|deadly|bloody|final|major)\s+)?"
    r"(?:attacks?|offensives?|counteroffensives?|ambush(?:es)?|raids?|assaults?|incursions?)\b",
    re.I,
)
# "THE ATTACK, CLAIMED BY THE X, DESTROYED ...", "the bombing was later claimed by X", "responsibility
# for the attack was claimed by X": a claimed deed's claimant (an attack's noun, not "the deaths
# claimed by the army", a count one side claims)
_CLAIMED_BY = re.compile(
    r"\b(?:(?:attacks?|bombings?|assassinations?|killings?|murders?|massacres?|kidnappings?|abductions?|"
    r"ambush(?:es)?|raids?|assaults?|shootings?|executions?|blasts?|explosions?|airstrikes?|strikes?)\b,?\s+"
    r"(?:(?:which|that)\s+)?|responsibility\s+(?:for\s+[^.;:,]{1,60}?\s+)?)"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:later|quickly|swiftly|subsequently|since)\s+)?"
    r"claimed\s+by\s+[\"“]?" + _NP,
    re.I,
)
# "the attack was the work of the ELN"
_WORK_OF = re.compile(
    r"\b(?:" + _DEED + r")\s+(?:was|were|is|are)\s+(?:(?:probably|apparently|allegedly|reportedly)\s+)?"
    r"(?:the\s+)?work\s+of\s+[\"“]?" + _NP,
    re.I,
)
# "the attack by gunmen", "shelling by government forces": a deed noun right before "by"
_NOUN_BY = re.compile(
    r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|bombings?|shelling|bombardments?|air\s*strikes?|strikes?|"
    r"massacres?|killings?|shootings?|kidnappings?|abductions?|offensives?)\s+by\s+[\"“]?" + _NP,
    re.I,
)
# "the army accused the rebels of the massacre", "police suspect the gang of killing the judge"
_NP_NO_OF = r"((?:(?!(?:" + _STOP + r"|of)\b)[\w'’.&-]+\s+){1,6})"
_ACCUSED = re.compile(
    r"\b(?:accused|accusing|accuses|accuse|suspect|suspects|suspected|suspecting|charged|charging|charges)\s+[\"“]?"
    r"(?!(?:him|her|them|it|me|us|you)\b)"
    + _NP_NO_OF
    + r"(?:of|with)\s+(?:having\s+)?(?:"
    + _DEED_OBJECT
    + r"|(?:killing|murdering|assassinating|attacking|kidnapping|abducting|bombing|shooting|massacring|"
    r"executing|carrying\s+out|planting|ordering)\b)",
    re.I,
)
_SUSPECT_AFTER = re.compile(
    r"\b(?:arrested|detained|captured|charged|indicted|convicted)\s+[\"“]?(?!(?:him|her|them|it|me|us|you)\b)"
    + _NP_NO_OF.replace("{1,6}", "{1,5}")
    + r"(?:in\s+connection\s+with|for|over)\s+(?:having\s+)?(?:"
    + _DEED_OBJECT
    + r"|(?:killing|murdering|assassinating|attacking|kidnapping|bombing|shooting|massacring|planting)\b)",
    re.I,
)
# "THE CHILEAN GOVERNMENT'S RESPONSIBILITY FOR THE DEATH OF ...": the possessor is the agent
_RESPONSIBILITY_OF = re.compile(r"['’]s\s+(?:direct\s+)?responsibility\s+for\s+" + _DEED_OBJECT, re.I)
# "the authors of the assassination are sectors who ...", "X, who was the direct perpetrator of
# these murders"
_AUTHORS = re.compile(
    r"\b(?:authors?|perpetrators?|masterminds?|intellectual\s+authors?)\s+of\s+"
    + _DEED_OBJECT
    + r"\s+(?:is|are|was|were)\s+[\"“]?"
    + _NP,
    re.I,
)
_WHO_AUTHOR = re.compile(
    r",?\s+(?:who|which)\s+(?:is|was|were|are)\s+(?:the|a|an|one\s+of\s+the)\s+(?:[\w'’-]+\s+)?"
    r"(?:authors?|perpetrators?|masterminds?)\s+of\b",
    re.I,
)
# "on Provisional IRA orders", "following orders from the Extraditables", "on the orders of X"
_ORDERS = re.compile(
    r"\b(?:on|following|under|upon)\s+(?:the\s+)?orders?\s+(?:of|from)\s+[\"“]?"
    + _NP
    + r"|\b(?:on|following|under|upon)\s+(?P<pre>(?:[\w'’-]+\s+){1,4}?)orders\b",
    re.I,
)
# "Officials blamed Colombian drug trafficking gangs for the attack"
_BLAMED_FOR = re.compile(
    r"\b(?:blamed|blaming|blames|blame)\s+[\"“]?(?!(?:it|them|him|her|this|that|the\s+(?:attack|bombing|killing)s?)\b)"
    + _NP
    + r"\s*(?:for\s+"
    + _DEED_OBJECT
    + r"|(?=[.;]|$))",
    re.I,
)
# "the assassin is a 16-year-old youth", "the bomber was identified as a local student": who
# the killer is
_KILLER_IS = re.compile(
    r"\b(?:assassin|killer|murderer|gunman|attacker|assailant|bomber|kidnapper|perpetrator|culprit)s?\s+"
    r"(?:is|was|were|are|has\s+been|had\s+been)\s+(?:(?:identified|named)\s+as\s+)?(?:a|an|one\s+of\s+the)\s+" + _NP,
    re.I,
)
# "THE KILLERS WERE SOLDIERS", "those who took them away were soldiers of the Fourth Brigade",
# "the attackers were members of the ELN": who the perpetrators were, said with a copula. The
# complement must be headed by an attacker's, a force's or a unit's noun (``_SUBJ_HEAD``): "the
# attackers were killed", "those who fired were never found" name nobody.
_PERPS_PLURAL = (
    r"(?:killers|attackers|assailants|kidnappers|abductors|gunmen|murderers|assassins|perpetrators|culprits|"
    r"bombers|raiders)"
)
_WHO_DID = (
    r"(?:killed|murdered|shot|abducted|kidnapped|attacked|ambushed|fired|planted|executed|massacred|tortured|"
    r"took\s+(?:[\w'’-]+\s+){0,3}?away|carried\s+out|opened\s+fire|set\s+off|detonated)"
)
_PERPS_WERE = re.compile(
    r"\b(?:(?:the\s+)?" + _PERPS_PLURAL + r"|(?:those|the\s+ones|the\s+(?:men|people|persons|individuals))\s+who\s+"
    r"(?:had\s+)?" + _WHO_DID + r"\b[^.;:!?\"“”]{0,80}?)"
    r",?\s+(?:were|are|have\s+been\s+identified\s+as|had\s+been\s+identified\s+as)\s+"
    r"(?:(?:probably|apparently|reportedly|allegedly|clearly|believed\s+to\s+be)\s+)?"
    rf"(?P<np>(?:{_NP_WORD}\s+){{0,3}}?{_SUBJ_HEAD}(?![\w'’-])"
    r"(?:\s+of\s+(?:the\s+)?(?:(?!(?:" + _STOP + r")\b)[\w'’.&-]+(?:\s+|(?=[,.;:)\]\"”]|$))){1,5})?)"
    # the name runs to a clause boundary ("members of the Popular Liberation Army, police said")
    r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:" + _STOP + r"|and|or|but|said|says|police|officials)\b)",
    re.I,
)
# "the gunman was identified as Ivo Brandt", "police identified the bomber as Ivo Brandt": the
# attacker's name (a name: no determiner after "as")
_PERP_NOUN = (
    r"(?:assassin|killer|murderer|gunman|gunmen|shooter|attacker|assailant|bomber|kidnapper|perpetrator|culprit)s?"
)
_IDENTIFIED_AS = re.compile(
    r"\b(?:" + _PERP_NOUN + r"(?:,\s*|\s+)(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:identified|named)"
    r"(?:\s+by\s+(?:the\s+)?(?:police|authorities|prosecutors|officials|investigators))?"
    r"|identified\s+(?:the|a|an|one|two)\s+(?:(?:suspected|alleged|suicide)\s+)?"
    + _PERP_NOUN
    # a relative clause between the attacker and the name: "identified the gunman who opened
    # fire inside the mall on Friday as Ivo Brandt"
    + r"(?:\s+(?:who|that)\s+[^.;:!?\"“”]{1,120}?)?)"
    r"\s+as\s+(?:\d{1,3}-year-old\s+)?(?!(?:a|an|the|one)\b)(?P<name>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)(?=\s*(?:[,.;:(]|$|\s+(?:and|who|from|of)\b))",
    re.I,
)
# A suspect's name: "THE SUSPECT, IDENTIFIED AS JUAN PEREZ, 22", "the suspect, named by police as
# Ivo Brandt", "the detainee was identified as 37-year-old Ivo Brandt"
_SUSPECT_IDENTIFIED = re.compile(
    r"\b(?:suspects?|detainees?|accused)(?:,\s*|\s+)(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?"
    r"(?:identified|named)(?:\s+by\s+(?:the\s+)?(?:police|authorities|prosecutors|officials|investigators))?"
    r"\s+as\s+(?:\d{1,3}-year-old\s+)?(?!(?:a|an|the|one)\b)"
    r"([\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)(?=\s*(?:[,.;:(]|$|\s+(?:and|who|from|of)\b))",
    re.I,
)
_VIOLENT_GERUND = (
    r"killing|murdering|assassinating|attacking|kidnapping|abducting|bombing|shooting|massacring|planting|"
    r"placing|detonating|stabbing|opening\s+fire|setting\s+off|driving\s+(?:a|an|the|his|her)\s+[\w-]+\s+into|"
    r"carrying\s+out|ordering"
)
# "police arrested Daniel Kim, 29, in connection with the shooting": the arrested named with an age
_ARRESTED_NAMED = re.compile(
    r"\b(?:arrested|detained|captured|charged|indicted)\s+(?!(?:him|her|them|it|me|us|you|the|a|an)\b)"
    r"((?:(?!(?:" + _STOP + r"|of)\b)[\w'’.&-]+\s+){0,4}(?!(?:" + _STOP + r"|of)\b)[\w'’.&-]+)"
    r"\s*,\s*(?:an?\s+)?\d{1,3}(?:-year-old)?(?:\s+[\w'’-]+){0,3}\s*,\s*"
    r"(?:in\s+connection\s+with|for|over)\s+(?:having\s+)?(?:" + _DEED_OBJECT + r"|(?:" + _VIOLENT_GERUND + r")\b)",
    re.I,
)
# "Police arrested Karim B., 31, who drove the van", "detained Ivo Brandt, who opened fire": the
# arrested named (mixed case: capitals make the name), then a relative clause telling the deed
_ARRESTED_WHO = re.compile(
    r"\b(?i:arrested|detained|captured|apprehended)\s+"
    r"(?P<n>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]*\.?){1,3})"
    r"(?:\s*,\s*(?:an?\s+)?\d{1,3}(?:-year-old)?(?:\s+[\w'’-]+){0,2})?\s*,\s*"
    r"(?i:who\s+(?:(?:police|authorities|officials|prosecutors|investigators)\s+(?:say|said|believe)\s+)?"
    r"(?:(?:allegedly|reportedly|had|then)\s+)?"
    r"(?:opened\s+fire|shot|stabbed|killed|murdered|detonated|planted|stormed|rammed|attacked|bombed|"
    r"set\s+off|carried\s+out|(?:drove|was\s+driving)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:van|truck|lorry|car|vehicle|bus|motorcycle)))\b"
)
# "Police arrested a suspect, Tom Walsh,", "The suspect, Ivo Brandt, was detained": the suspect's
# name in apposition (mixed case)
_SUSPECT_APPOS = re.compile(
    r"\b(?i:suspect)\s*,\s*(?:(?i:a|an)\s+\d{1,3}-year-old\s+[a-z]+\s*,\s*)?"
    r"(?P<n>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]*\.?){1,3})\s*,"
)
# "Showkat Ahmad Dar, a local man, was arrested on Monday and charged with murder", "Tom Walsh,
# 24, of Harehills, was charged with murder": a name, its appositions, then the charge (mixed case)
_NAMED_CHARGED = re.compile(
    r"(?<![\w'’-])(?P<n>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]*\.?){1,3})"
    r"(?:\s*,\s*[^,;:.\"“”()]{1,40}){1,2}\s*,\s+"
    r"(?i:(?:who\s+)?(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:(?:arrested|detained|captured)\b[^.;:\"“”]{0,40}?\s+and\s+(?:was\s+)?(?:later\s+)?)?"
    r"(?:(?:formally|later)\s+)?(?:charged|accused|suspected|arrested|detained)\s+"
    r"(?:of|with|for|in\s+connection\s+with|over)\s+(?:having\s+)?(?:"
    + _DEED_OBJECT
    + r"|(?:"
    + _VIOLENT_GERUND
    + r")\b))"
)
# "the arrest of Raul Ortiz for the murder", "a warrant for the arrest of X in connection with the bombing"
_ARREST_OF = re.compile(
    r"\b(?:arrest|detention|capture|extradition|trial|conviction|prosecution)\s+of\s+"
    r"(?!(?:him|her|them|those|the\s+(?:suspects?|perpetrators?|killers?|culprits?|attackers?))\b)"
    r"((?:(?!(?:" + _STOP + r"|of)\b)[\w'’.&-]+\s+){1,5})"
    r"(?:in\s+connection\s+with|for|over|on\s+charges\s+of)\s+(?:having\s+)?(?:"
    + _DEED_OBJECT
    + r"|(?:"
    + _VIOLENT_GERUND
    + r")\b)",
    re.I,
)
# "Omar Haddad, the man accused of driving a truck into the crowd": an appositive that accuses
_APPOS_ACCUSED = re.compile(
    r",\s+(?:the|a|an)\s+(?:\d{1,3}-year-old\s+)?(?:man|woman|youth|person|soldier|officer|student|teenager|"
    r"driver|gunman|suspect)\s+(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?:accused|suspected|charged|arrested|detained|convicted)\s+(?:of|with|for|in\s+connection\s+with)\s+"
    r"(?:having\s+)?(?:" + _DEED_OBJECT + r"|(?:" + _VIOLENT_GERUND + r")\b)",
    re.I,
)
# A person named with an attacker noun as a title ("suspected gunman Ivo Brandt", "Ivo Brandt,
# the alleged bomber,"): mixed-case text only (capitals make the name)
_TITLED_PERP = re.compile(
    r"(?i:\b(?:suspected|alleged|accused|self-confessed|convicted)\s+" + _PERP_NOUN + r")\s+"
    r"(?P<a>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]+){1,3})"
    r"|(?P<b>[A-Z][a-z][\w'’-]*(?:\s+(?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]+){1,3}),\s+"
    r"(?:\d{1,2},\s+)?(?i:(?:the|a|an)\s+(?:(?:suspected|alleged|accused|lone|self-confessed)\s+)?"
    + _PERP_NOUN
    + r")\b"
)
# Nouns that name killers by what they did, wherever they occur ("an organisation of hired
# assassins", "the murderers must be punished"): the perpetrating side. Modifiers are a closed
# list of describing words (capitalisation says nothing in upper-case wire text).
_KILLER_NOUN = (
    r"assassins?|hitm[ae]n|killers?|murderers?|kidnappers|abductors|gunm[ae]n|assailants?|attackers?|shooters?|"
    r"perpetrators|culprits|death\s+squads?|terrorists|suicide\s+bombers?|criminals"
)
_KILLER_MOD = (
    r"hired|paid|armed|heavily\s+armed|unidentified|unknown|masked|hooded|suspected|alleged|presumed|"
    r"professional|rightist|leftist|right-wing|left-wing|urban|drug|drug-trafficking"
)
_KILLER = re.compile(
    r"(?<![\w'’-])(?P<np>(?:(?:" + _KILLER_MOD + r")\s+){0,2}(?:" + _KILLER_NOUN + r")"
    # "ARMED MEN", "heavily armed individuals", "masked men": men described by their weapons or masks
    r"|(?:heavily\s+)?(?:armed|masked|hooded)\s+(?:young\s+)?(?:men|individuals|persons|subjects|people|youths)"
    # men described by their uniforms or clothes: "MEN WEARING MILITARY UNIFORMS", "uniformed men"
    r"|uniformed\s+(?:men|individuals)|" + _DRESSED + r")(?![\w'’-])",
    re.I,
)
# A person named as the subject of a violent act ("Tom Reyes opened fire", "Ana Ruiz, 24,
# stabbed ..."): mixed-case text only (two or more capitalised words make a name there).
_PERSON_SUBJECT = re.compile(
    r"(?<![\w'’-])(?P<np>[A-Z][a-z]+(?:[ -](?:(?:al|bin|ibn|de|van|von|el)[ -])?[A-Z][\w'’-]+){1,3})"
    r"(?:,\s+(?:a\s+)?\d{1,2}(?:-year-old)?,)?"
    # "Daniel Kim, who police say opened fire"
    r"(?:,\s+who(?:\s+(?:police|authorities|officials|prosecutors|investigators|witnesses)\s+(?:say|said|believe|"
    r"believed))?(?:\s+had)?)?"
    r"\s+(?:(?:allegedly|reportedly|then|later|also)\s+)?"
    r"(?:opened\s+fire|shot(?:\s+dead)?|stabbed|killed|murdered|detonated|planted|blew\s+(?:himself|herself)\s+up|"
    r"stormed|rammed|drove\s+(?:a|an|his|her|the)\s+[\w-]+\s+into|set\s+off|gunned\s+down|abducted|kidnapped|"
    r"attacked|bombed|ambushed|massacred|executed|assassinated)\b"
    # "X killed in the attack": a participle, X the victim; not after "opened fire" ("opened fire in the hall")
    r"(?:(?<=fire)|(?!\s+(?:in|by|during|when|while|after|as|near|last|yesterday|today|on\s+\w+day)\b))"
)
# "the suspect", "two suspects": someone the authorities hold for the deed, not yet its perpetrator
_SUSPECT_NOUN = re.compile(
    r"\b(?:the|a|an|one|two|three|four|five|several|more|other|\d+)\s+"
    r"(?P<np>(?:(?:main|prime|alleged|key)\s+)?suspects?)(?![\w'’-])(?!\s+(?:the|a|an|that|him|her|them|it)\b)",
    re.I,
)
# Generic verbs that make a "by" phrase an agent only when a violent deed precedes it ("the
# verification must be carried out by the commission" names no perpetrator)
_GENERIC_ACT = re.compile(r"carried\s+out|perpetrated|committed|ordered|executed|fired|hit|captured|seized", re.I)
# (a "strike" is a deed unless a stoppage of work: "the strike was carried out by warplanes", not "the
# general strike was called by the unions")
_DEED_WORD = re.compile(
    r"\b(?:" + _DEED + r"|killed|murdered|kill|murder|assassinate|bombs?|explosions?|airstrikes?|"
    r"(?<!general\s)(?<!hunger\s)(?<!labor\s)(?<!labour\s)(?<!national\s)(?<!workers\s)(?<!transport\s)"
    r"(?<!teachers\s)(?<!sit-down\s)(?<!indefinite\s)strikes?)\b",
    re.I,
)

# words a subject read backwards from its verb stops at: clause openers, reporting verbs,
# prepositions (an "of" or an "and" inside the name is kept: "the General Staff of the Armed
# Forces", "Castano and Perez")
_BACK_STOP = frozenset(
    [
        "that",
        "having",
        "being",
        "especially",
        "particularly",
        "notably",
        "including",
        "namely",
        "mainly",
        "even",
        "which",
        "who",
        "whom",
        "whose",
        "whether",
        "if",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "reported",
        "stated",
        "added",
        "announced",
        "revealed",
        "disclosed",
        "believe",
        "believed",
        "believes",
        "think",
        "thinks",
        "claimed",
        "claims",
        "denied",
        "hold",
        "holds",
        "held",
        "holding",
        "consider",
        "considers",
        "considered",
        "alleged",
        "charged",
        "accused",
        "when",
        "since",
        "because",
        "while",
        "after",
        "before",
        "as",
        "but",
        "so",
        "then",
        "also",
        "however",
        "meanwhile",
        "later",
        "today",
        "yesterday",
        "tonight",
        "in",
        "at",
        "on",
        "for",
        "to",
        "from",
        "with",
        "by",
        "into",
        "about",
        "during",
        "against",
        "over",
        "under",
        "through",
        "near",
        "than",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "or",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "there",
        "here",
        "what",
        "where",
        "why",
        "how",
    ]
)
_DETERMINERS = frozenset(["the", "a", "an", "some", "several", "many", "other", "any"])
_GENERIC_HEAD = frozenset(
    [
        "group",
        "responsible",
        "those",
        "groups",
        "organization",
        "organisation",
        "people",
        "person",
        "persons",
        "man",
        "men",
        "one",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "nobody",
        "everyone",
        "individual",
        "individuals",
        "side",
        "sides",
        "party",
        "parties",
    ]
)
_ED_ADJECTIVES = frozenset(
    [
        "armed",
        "hired",
        "unidentified",
        "suspected",
        "alleged",
        "so-called",
        "united",
        "allied",
        "organized",
        "organised",
        "trained",
        "naked",
        "masked",
        "hooded",
        "uniformed",
    ]
)


# ", who", ", who was the one who", ", which is the corps that": the subject is before the comma
_RELATIVE_END = re.compile(
    r",\s*(?:who|which)\s+(?:(?:is|was|were|are)\s+the\s+[\w'’-]+\s+(?:who|that)\s+)?(?:had\s+|has\s+|have\s+)?\s*\Z",
    re.I,
)


# a relative clause between commas right before the verb: "COL X, WHO IS A MEMBER OF THE
# GROUP, WAS INVOLVED IN THE CRIME"
_INSERTED_RELATIVE = re.compile(r",\s*(?:who|which)\s+[^,;:()\[\]\"“”]{1,150}?,\s*\Z", re.I)
# lower-case words that end a subject read backwards: adverbs ("accidentally") and participles
# ("concluding"), except participles that name a side ("the ruling party", "warring factions")
_ADVERB_OR_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ly|ing)")
#: participles whose object is a weapon that describes the agent ("a man wielding a machete")
_WEAPON_ING = frozenset({"wielding", "brandishing", "carrying"})
_ING_NAME_WORDS = frozenset(
    {
        "ruling",
        "governing",
        "warring",
        "opposing",
        "fighting",
        "leading",
        "neighbouring",
        "neighboring",
        "family",
        "holy",
    }
)


def _np_before(article: str, s0: int, pos: int, *, through_of: bool = True) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``pos`` (the subject of a verb there), read back
    to a clause boundary: punctuation, a clause word, a reporting verb or a determiner."""
    e = pos
    rel = _RELATIVE_END.search(article, s0, pos)
    if rel is not None:
        e = rel.start()  # the antecedent of "who"/"which" after a comma
    else:
        inserted = _INSERTED_RELATIVE.search(article, s0, pos)
        if inserted is not None:
            e = inserted.start()  # "X, who is a member of the group, was involved": the subject is X
        elif re.search(r",\s*\Z", article[s0:pos]) and (appos := re.search(r",([^,;:]{2,60}),\s*\Z", article[s0:pos])):
            # "X, THE LEADER OF THE GANG, ORDERED", "X, ALIAS \"Y\", WAS ARRESTED": a describing
            # appositive (a determiner or an alias opens it) follows the name, which is before it
            if re.match(r"\s*(?:the|a|an|alias|a\.k\.a\.)\s", appos.group(1), re.I):
                before = _np_before(article, s0, s0 + appos.start(), through_of=through_of)
                if before is not None:
                    return before
            e = article.rindex(",", s0, pos)  # "THE DETAINEE, JOSE PEREZ, CONFESSED": the appositive names him
    while e > s0 and article[e - 1].isspace():
        e -= 1
    quoted = e > s0 and article[e - 1] in '"”'
    if quoted:
        e -= 1
    words = list(re.finditer(r"[\w'’.&-]+|[^\w\s]", article[s0:e]))
    keep: list[re.Match[str]] = []
    fallback = 0
    if words and words[-1].group().lower() in ("and", "or"):
        return None  # "... TO KILL THE PRIESTS AND CLAIMED THE MURDER": the verb's subject is further back
    for w in reversed(words):
        tok = w.group()
        low = tok.lower().strip(".")
        if not re.match(r"[\w&]", tok):
            break  # punctuation ends the phrase
        if low in _DETERMINERS:
            # "of the": inside a name; otherwise the determiner opens the phrase
            prev = words[words.index(w) - 1].group().lower() if words.index(w) > 0 else ""
            if prev in ("of", "and") and keep and (through_of or prev == "and"):
                fallback = fallback or len(keep)
                keep.insert(0, w)
                continue
            break
        if low in _BACK_STOP or low in _LOWER_NAME_STOP:
            break
        if _ADVERB_OR_PARTICIPLE.fullmatch(tok) and tok not in _ING_NAME_WORDS:
            if tok.endswith("ly"):
                if not keep:
                    continue  # "ISAF accidentally killed": the adverb between subject and verb
                break
            i = words.index(w)
            if i == 0 or not re.match(r"[\w&]", words[i - 1].group()):
                break  # ", concluding ISAF killed": a participle opening its clause ("a smuggling ring" is a name)
        if low.endswith("ed") and low not in _ED_ADJECTIVES and not tok[:1].isupper():
            break  # a verb of the clause before ("arrested the suspects and ...")
        if low.endswith("ed") and low not in _ED_ADJECTIVES and tok.isupper() and len(keep) > 0:
            break
        keep.insert(0, w)
        if len(keep) > 6:
            if not fallback:
                return None  # too long for a name: a clause, not a subject
            keep = keep[-fallback:]  # "the problem of the Chilean government": the name after "of the"
            break
    while keep and keep[0].group().lower() in ("of", "and", "or"):
        keep.pop(0)
    while keep and keep[-1].group().lower() in ("of", "and", "or"):
        keep.pop()
    if not keep:
        return None
    a, b = s0 + keep[0].start(), s0 + keep[-1].end()
    if all(w.group().lower().strip(".") in _GENERIC_HEAD for w in keep):
        return None
    return a, b


# lower-case words that never begin or continue a subject read backwards (verbs and adverbs)
_LOWER_NAME_STOP = frozenset(
    [
        "allegedly",
        "reportedly",
        "apparently",
        "presumably",
        "probably",
        "possibly",
        "also",
        "only",
        "even",
        "just",
        "still",
        "already",
        "first",
        "finally",
        "recently",
        "once",
    ]
)


def _np_after(article: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of an ``_NP`` group, cleaned as an agent phrase."""
    return _clean(article, s, e)


def _no_deed_named(sent: str, m: re.Match[str]) -> bool:
    """A responsibility that names no deed: "X is responsible." alone (only "for which X are
    responsible" points back to one), or one denied just before."""
    before = sent[: m.start()]
    bare = m.group().rstrip().lower().endswith("responsible") and not re.match(r"\s*for\b", sent[m.end() :], re.I)
    if bare and not re.search(r"\bfor\s+(?:which|whom)\b", before, re.I):
        return True
    return re.search(r"\b(?:not|no|never|deny|denied|denies)\s*$", before, re.I) is not None


# "X killed 12 soldiers", "X killed \"a number of security forces\"": whoever is the subject of
# a violent verb whose object is a count of victims did it, whatever its head noun ("al-Assad
# supporters", "the regime"); a means or an event as the subject ("the blast killed 5", "the
# fighting killed 30") names no agent.
_COUNT_OBJECT = (
    r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|hundreds|thousands|dozens|scores|several|many|numerous|a\s+(?:number|dozen|score|handful)|"
    r"a\s+(?:hundred|thousand))\b"
)
_COUNT_VERB = re.compile(
    r"(?<![\w'’-])(?:(?:have|has|had|reportedly|allegedly|then|also)\s+)?"
    r"(?:killed|murdered|massacred|executed|shot\s+dead|gunned\s+down|slaughtered|wounded|injured|kidnapped|"
    r"abducted)\s+[\"“]?(?=" + _COUNT_OBJECT + r")",
    re.I,
)
_EVENT_SUBJECT = re.compile(
    r"\b(?:" + _DEED + r"|fighting|clash(?:es)?|violence|war|conflict|unrest|combat|battles?|floods?|flooding|"
    r"earthquakes?|quakes?|storms?|landslides?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?|tsunamis?|"
    r"avalanches?|diseases?|cholera|outbreaks?|epidemics?|pandemic|virus|heat|heatwaves?|famine|hunger|"
    r"drought|crash(?:es)?|collisions?|accidents?|incidents?|blazes?|fires?|wildfires?|operations?|"
    r"barrages?|sweeps?|crackdowns?|riots?|stampedes?|collapses?)$",
    re.I,
)


# a phrase read back from a verb that ends here is the object of a preposition or a count, not a
# subject: "... killed at least 24 protesters and wounded ..."
_OBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:at|in|on|for|to|from|with|by|into|about|during|against|over|under|through|near|than|of|"
    r"least|most|some|around|nearly)\s+(?:(?:the|a|an)\s+)?\Z",
    re.I,
)


_COUNT_START = re.compile(_COUNT_OBJECT + r"(?!-)", re.I)


def _count_subjects(article: str, s0: int, sent: str) -> list[tuple[int, int, str]]:
    """The subjects of a violent verb whose object counts the victims ("X killed 12 soldiers")."""
    out: list[tuple[int, int, str]] = []
    for m in _COUNT_VERB.finditer(sent):
        span = _np_before(article, s0, s0 + m.start())
        if span is None or _EVENT_SUBJECT.search(article[span[0] : span[1]]):
            continue
        if _OBJECT_BEFORE.search(article, s0, span[0]) or re.search(r"\d", article[span[0] : span[1]]):
            continue  # "killed at least 24 protesters and wounded many": the earlier verb's object
        if re.search(
            r"\b(?:had|has|have)\s+[a-z]+ed\s+(?:(?:a|an|the|its|their)\s+)?\Z",
            article[max(s0, span[0] - 34) : span[0]],
        ):
            continue  # "it had destroyed a rebel camp and killed 40": the earlier verb's object
        if _COUNT_START.match(article, span[0], span[1]):
            continue  # "killed two civilians and injured one": a count is the earlier verb's object
        out.append((*span, "count-subject"))
    return out


def count_subjects(article: str) -> list[Agent]:
    """The subjects of a violent verb whose object counts the victims, whatever their head noun
    ("al-Assad supporters killed \"a number of guards\"", "the regime killed dozens"), pattern
    "count-subject": the agent of that figure. Kept apart from ``find_agents``, whose patterns
    name perpetrators wherever they occur; this one is read per figure."""
    out: list[Agent] = []
    upper = is_upper_case_text(article)
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue
        for a, b, name in _count_subjects(article, s0, sent):
            span = _clean(article, a, b)
            if span is None:
                continue
            a, b = _strip_lead(article, *span)
            b = _cut_clause(article, a, b)
            if re.search(r"\b(?:its|their|his|her|our)\s+\Z", article[max(0, a - 8) : a], re.I):
                continue  # "saying its fighters had killed 73": the pronoun's antecedent is the side
            deed = next((g for g in _national_deeds(s0, sent, upper) if g.start == a), None)
            if deed is not None and _NATIONAL_DEED.fullmatch(article, a, b):
                out.append(Agent(deed.name, a, deed.end, deed.pattern))  # "Turkish drones": the state, "Turkish"
            elif b - a >= 2 and is_noun_phrase(article, a, b) and not names_no_side(article, a, b):
                out.append(Agent(article[a:b], a, b, name))
    return out


#: a word that only modifies a noun: "well-planned", "Iran-backed", "long-running", "well-known",
#: "so-called" (a lower-case participle after the hyphen; "Jaish-e-Mohammed" is a name)
_MODIFIER_WORD = re.compile(r"[\w'’-]+-[a-z]*(?:ed|ing|en|known|torn|run)|[Ss]o-called|-.*|.*-")


def is_noun_phrase(article: str, a: int, b: int) -> bool:
    """Whether ``article[a:b]`` can name someone: it starts and ends at word bounds (a
    hyphenated compound is one word: no "well-" out of "well-planned") and ends in a noun, not
    in a modifier ("well-planned", "Iran-backed")."""
    if (
        a >= b
        or (a > 0 and re.match(r"[\w'’-]", article[a - 1]))
        or (b < len(article) and re.match(r"[\w-]", article[b]))
    ):
        return False
    words = article[a:b].split()
    return bool(words) and _MODIFIER_WORD.fullmatch(words[-1].strip('.,;:"”')) is None


# an apposition giving where a person is from: "Tom Walsh, 24, of Harehills," (the place is no agent)
_HOME_APPOSITION = re.compile(r",\s+(?:of|from)\s+\Z", re.I)
# "the Al-Alami faction of Lashkar-e-Jhangvi": a part of a group names the group too
_PART_OF_GROUP = re.compile(
    r"\b(?:faction|wing|branch|offshoot|splinter\s+(?:group|faction)|cell|affiliate|unit)\s+of\s+(?:the\s+)?"
    r"(?P<g>(?:al[- ]|Al[- ]|el[- ])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|of|the)[ -])?[A-Z][\w'’-]*){0,4})\Z"
)


def _back_agents(article: str, s0: int, sent: str) -> list[tuple[int, int, str]]:
    """Agents read backwards from a deed, a responsibility or an authorship."""
    out: list[tuple[int, int, str]] = []
    low = sent.lower()
    if (
        _DEED_WORD.search(low) is None
        and "responsib" not in low
        and not re.search(r"killing|bombing|confess|admit", low)
    ):
        return out
    for pat, name in (
        (_DEED_SUBJ, "deed"),
        (_RESPONSIBLE, "responsible"),
        (_WHO_AUTHOR, "responsible"),
        (_SUSPECTED, "suspect"),
        (_CONFESSED, "confessed"),
        (_APPOS_ACCUSED, "suspect"),
    ):
        for m in pat.finditer(sent):
            if pat is _RESPONSIBLE and _no_deed_named(sent, m):
                continue
            span = _np_before(article, s0, s0 + m.start())
            if span is not None and _HOME_APPOSITION.search(article, s0, span[0]):
                continue  # "Tom Walsh, 24, of Harehills, was charged": the suspect's home, not a suspect
            if span is not None:
                out.append((*span, name))
    for m in _POSSESSIVE_DEED.finditer(sent):
        end = m.start() if sent[m.start()] in "'’" else m.start() + 1  # the name ends before "'s" ("rebels'")
        span = _np_before(article, s0, s0 + end, through_of=False)
        if span is not None and not _EVENT_SUBJECT.search(article[span[0] : span[1]]):
            out.append((*span, "deed"))
    for m in _RESPONSIBILITY_OF.finditer(sent):
        # "the problem of the government's responsibility": the possessor is the name after "of the"
        span = _np_before(article, s0, s0 + m.start(), through_of=False)
        if span is not None:
            out.append((*span, "responsible"))
    return out


# Each pattern with a cheap test for the word it cannot match without.
_AGENT_PATTERNS = (
    (_BY, "by", re.compile(r"\bby\b")),
    (_PASSIVE_BY, "by", re.compile(r"\bby\b")),
    (_CLAIMED, "claimed", re.compile(r"responsibility|credit|authorship")),
    (_ATTRIBUTED, "attributed", re.compile(r"attribut|ascribed|blam|responsib")),
    # (the cue reads the lower-cased sentence: the acronyms' case rule is the pattern's)
    (_SUBJECT, "subject", re.compile(_AGENT_NOUN + "|" + _STATE_NOUN + "|" + _UNIT_NOUN.replace("(?-i:", "(?:"), re.I)),
    (_AUTHORS, "responsible", re.compile(r"author|perpetrator|mastermind")),
    (_DECIDED_BY, "decided", re.compile(r"decision")),
    (_ORDERS, "orders", re.compile(r"orders?\b")),
    (_BLAMED_FOR, "attributed", re.compile(r"blam")),
    (_NOUN_BY, "noun-by", re.compile(r"\bby\b")),
    (_ACCUSED, "attributed", re.compile(r"accus|suspect|charg")),
    (
        _KILLER,
        "killer",
        re.compile(_KILLER_NOUN + r"|(?:armed|masked|hooded)\s|uniform|clothes|wearing|dressed|camouflage"),
    ),
    (_SUSPECT_NOUN, "suspect", re.compile(r"suspects?\b")),
    (_IDENTIFIED_AS, "identified", re.compile(r"identified|named")),
    (_PERSON_SUBJECT, "person", re.compile(r"[a-z]")),
    (_TITLED_PERP, "titled", re.compile(_PERP_NOUN)),
    (_SUSPECT_AFTER, "suspect", re.compile(r"arrest|detain|captur|charg|indict|convict")),
    (_SUSPECT_IDENTIFIED, "suspect", re.compile(r"identified|named")),
    (_ARRESTED_NAMED, "suspect", re.compile(r"arrest|detain|captur|charg|indict")),
    (_ARREST_OF, "suspect", re.compile(r"arrest|detention|capture|extradition|trial|conviction|prosecution")),
    (_ARRESTED_WHO, "suspect", re.compile(r"arrest|detain|captur|apprehend")),
    (_SUSPECT_APPOS, "suspect", re.compile(r"suspect\s*,")),
    (_NAMED_CHARGED, "suspect", re.compile(r"charg|accus|suspect|arrest|detain|captur")),
    (_WORK_OF, "responsible", re.compile(r"work\s+of")),
    (_CLAIMED_BY, "claimed", re.compile(r"claimed\s+by")),
    (_PERPS_WERE, "identity", re.compile(_PERPS_PLURAL + r"|\bwho\b")),
    (
        _KILLER_IS,
        "identity",
        re.compile(r"assassin|killer|murderer|gunm|attacker|assailant|bomber|kidnapper|perpetrator|culprit"),
    ),
)


#: the regex groups holding the agent, by pattern (1 unless named here)
_GROUPS: dict[str, tuple[str | int, ...]] = {
    "decided": (1, "dm"),
    "subject": ("np", "np2"),
    "killer": ("np",),
    "person": ("np",),
    "titled": ("a", "b"),
    "identified": ("name",),
    "orders": ("pre", 1),
    "by": (2,),
}
#: the first patterns keep the phrase as written ("The ELN"); the later ones give the name
_OLD_PATTERNS = frozenset({"by", "claimed", "attributed", "subject"})


_CLAUSE_VERB = re.compile(
    r"\s+(?:(?!(?:"
    + "|".join(sorted(_ED_ADJECTIVES))
    + r")\b)[\w'’-]{2,}ed|hit|left|took|came|began|went|made|set|struck|"
    r"fled|says|said|is|was|are|were)\b",
    re.I,
)


def _cut_clause(article: str, a: int, b: int) -> int:
    """The end of a name read forwards, before the verb of the clause it runs into ("shelling by
    government forces hit the town" -> "government forces")."""
    upper: bool | None = None
    for m in _CLAUSE_VERB.finditer(article, a, b):
        word = m.group().strip()
        if word[:1].isupper() and not word.isupper():
            # "members of the Red Dawn Front": in mixed-case text a capitalised word inside the
            # phrase is a name's, not the clause's verb
            upper = is_upper_case_text(article) if upper is None else upper
            if not upper:
                continue
        return m.start()
    return b


def _strip_lead(article: str, a: int, b: int) -> tuple[int, int]:
    """Without a leading "the"/"a"/"an" or "so-called" (the name, not the phrase around it)."""
    m = re.match(r"(?:(?:the|a|an|so-called)\s+)+", article[a:b], re.I)
    if m and m.end() < b - a:
        a += m.end()
    return a, b


# Officers named with their rank in a sentence that accuses, charges or implicates someone in a
# violent deed ("the accused are Colonel A, Lieutenant B and Sergeant C", "dismissal of Colonel X
# for his responsibility in the massacre"): suspects. Not one named as a deed's victim ("the
# murder of Colonel X", "Major Y was killed").
_RANK = (
    r"(?:colonel|col\.?|lieutenant(?:\s+colonel)?|lt\.?(?:\s+col\.?)?|sub-?lieutenant|captain|capt\.?|major|"
    r"general|gen\.?|sergeant|sgt\.?|corporal|cpl\.?|commander|cmdr\.?|private|pvt\.?)"
)
_RANKED_NAME = re.compile(
    rf"(?<![\w'’-])(?P<np>(?i:{_RANK})\s+(?!(?i:of|and|the|who|was|were|is|in|for|to)\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?!(?i:of|and|the|who|whom|was|were|is|are|in|for|to|on|at|with|by|said|has|had|as|from)\b)"
    r"[A-Z][\w'’.-]*){0,4})"
)
_ACCUSING = re.compile(
    r"\b(?:accused|charged|indicted|implicated|involved|arrested|detained|suspects?|suspected|responsibility|"
    r"responsible|dismissal|prosecuted|convicted|masterminds?|perpetrators?)\b",
    re.I,
)
_VICTIM_BEFORE = re.compile(
    r"(?:\b(?:of|against|on|to|for)\s+(?:the\s+)?(?:late\s+)?|(?:killed|murdered|shot|kidnapped|wounded|attacked)\s+"
    # "the murder of Antioquia police commander Colonel X": the deed's object, a few words on
    r"|\b(?:" + _DEED + r"|attempt|attempts|threats?|life)\s+(?:of|against|on)\s+(?:the\s+)?"
    r"(?:(?!(?:are|is|was|were|be|been|and|by|who)\b)[\w'’.-]+\s+){0,4})\Z",
    re.I,
)
_VICTIM_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:killed|murdered|shot|kidnapped|wounded|injured|"
    r"assassinated|abducted)\b",
    re.I,
)


_CIVIL_TITLE = re.compile(
    r"\b(?:attorney|inspector|secretary|solicitor|surgeon|governor|consul|postmaster|auditor|comptroller|"
    r"procurator|advocate|prosecutor|director|vice|deputy)[\s-]+\Z",
    re.I,
)


def _ranked_suspects(article: str, s0: int, sent: str) -> list[tuple[int, int, str]]:
    if _ACCUSING.search(sent) is None or _DEED_WORD.search(sent) is None:
        return []
    upper = sent.isupper()
    out = []
    for m in _RANKED_NAME.finditer(sent):
        a, b = m.start("np"), m.end("np")
        if not upper and not re.match(r"[A-Z]", sent[a]):
            continue  # "the general public": a rank word is a name's only in capitals
        w0 = max(0, a - 120)  # the words just before the name (a window: a long list stays linear)
        if _VICTIM_BEFORE.search(sent, w0, a) or _VICTIM_AFTER.match(sent, b):
            continue
        if _CIVIL_TITLE.search(sent, w0, a):
            continue  # "Attorney General X", "Secretary General X": an office, not a rank
        words = sent[a:b].split()
        if len(words) < 2:
            continue
        out.append((s0 + a, s0 + b, "suspect"))
    return out


_BODIES_OF = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|funerals?|graves?)\s+of\s+(?:[\w'’-]+\s+){0,2}\Z", re.I)


#: a phrase that refers to a side without naming it: a possessive pronoun's ("its forces",
#: "saying its fighters": the side is the pronoun's antecedent), or a reciprocal ("each other")
_NO_SIDE_PHRASE = re.compile(
    r"(?:[a-z]+ing\s+)?(?:its|their|his|her|our|my|your)\s+.*|each\s+other|one\s+another", re.I
)
#: "terrorists" with no name: in mixed-case news a label one side gives the other ("killed
#: 'dozens of terrorists'", "troops repelled the terrorists"), which names no side
_LABEL_ONLY = re.compile(
    r"(?:the\s+|some\s+|several\s+|many\s+|other\s+|suspected\s+|alleged\s+|armed\s+)*terrorists?", re.I
)


#: a speaker's statement, up to where the label stands: "said ... that", "in a statement that"
_SPEAKERS_CLAUSE = re.compile(
    r"\b(?:said|says|saying|stated|statement|claimed|claims|announced|reported|told)\b[^.;\n]*\bthat\b[^.;\n]*\Z",
    re.I,
)


def names_no_side(article: str, start: int, end: int) -> bool:
    """``article[start:end]`` names no side of its own: pronoun-headed ("its forces", "saying its
    fighters"), reciprocal ("each other"), or the bare label "terrorists" as one side's word for
    the other in mixed-case text: in quotation marks ('killed "dozens of terrorists"') or in the
    that-clause of a statement ("said in a statement that troops repelled the terrorists").
    Upper-case wire text uses the word in its own voice for the insurgents; it is kept there."""
    p = " ".join(article[start:end].strip(" \"“”'‘’").split())
    if _NO_SIDE_PHRASE.fullmatch(p):
        return True
    if _LABEL_ONLY.fullmatch(p) is None or is_upper_case_text(article):
        return False
    line0 = max(article.rfind("\n", 0, start), article.rfind(". ", 0, start)) + 1
    before = article[line0:start]
    quoted = (before.count('"') + before.count("“") - before.count("”")) % 2 == 1
    return quoted or _SPEAKERS_CLAUSE.search(before) is not None


# A bare personal name as the subject of a violent act in upper-case wire text ("FELIX MORA FIRED
# THE SHOTS", "WITNESSES SAID ROBERTO DIAZ SHOT THE JUDGE"): capitals tell no name there, so the
# name is the run of two to four plain words before the verb, none a function word, a title of
# a group, a place or a word of the group kinds (``agent_kind`` says "other" for it).
_UPPER_VIOLENT_VERB = re.compile(
    r"\s+(?:(?:ALLEGEDLY|REPORTEDLY|THEN|LATER|ALSO|PERSONALLY)\s+)?"
    r"(?:FIRED\s+(?:THE\s+(?:SHOTS?|BULLETS?)|ON|AT)|OPENED\s+FIRE|SHOT|STABBED|KILLED|MURDERED|MACHINE-?GUNNED|"
    r"DETONATED|PLANTED\s+THE|KIDNAPPED|ABDUCTED|EXECUTED|ASSASSINATED|MASSACRED|TORTURED|HACKED|"
    r"ORDERED\s+THE\s+(?:EXECUTION|KILLING|MURDER|MASSACRE|ATTACK|BOMBING|KIDNAPPING|ASSASSINATION|DEATH))\b"
    r"(?!\s+(?:IN|BY|DURING|WHEN|WHILE|AFTER|AS|NEAR|LAST|YESTERDAY|TODAY)\b)"
)
_UPPER_NAME_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’]+(?![\w'’-])")
_UPPER_NOT_NAME = frozenset(
    {
        "THE", "A", "AN", "THAT", "THIS", "THESE", "THOSE", "WHO", "WHICH", "AND", "OR", "BUT", "OF", "IN",
        "ON", "AT", "BY", "FOR", "WITH", "FROM", "TO", "SAID", "SAYS", "REPORTED", "STATED", "ADDED",
        "CONFIRMED", "HE", "SHE", "THEY", "IT", "WE", "HIS", "HER", "THEIR", "ITS", "ONE", "TWO", "THREE",
        "FOUR", "FIVE", "MAN", "MEN", "WOMAN", "PERSON", "PEOPLE", "INDIVIDUAL", "INDIVIDUALS", "UNIDENTIFIED",
        "UNKNOWN", "ARMED", "MASKED", "SUBJECT", "SUSPECT", "ALLEGEDLY", "REPORTEDLY", "WITNESSES", "WITNESS",
        "SOURCES", "OFFICIALS", "AUTHORITIES", "SPOKESMAN", "REPORTS", "REPORT", "ACCORDING", "HAS", "HAD",
        "HAVE", "WAS", "WERE", "IS", "ARE", "BEEN", "ALSO", "THEN", "LATER", "WHEN", "WHILE", "AFTER",
        "BEFORE", "SINCE", "NEWS", "AGENCY", "RADIO", "TELEVISION", "NETWORK", "MINISTER", "MINISTRY",
        "PRESIDENT", "GOVERNMENT", "MAYOR", "JUDGE", "PRIEST", "BISHOP", "DRIVER", "COMMANDER", "LEADER",
        "CHIEF", "INVESTIGATORS", "PROSECUTOR", "DEPARTMENT", "PROVINCE", "CITY", "TOWN", "VILLAGE", "STREET",
        "AVENUE",
    }
)  # fmt: skip
_UPPER_TITLE = frozenset({"CAPTAIN", "COLONEL", "MAJOR", "LIEUTENANT", "SERGEANT", "CORPORAL", "GENERAL"})


def _upper_person_subjects(article: str, s0: int, sent: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for v in _UPPER_VIOLENT_VERB.finditer(sent):
        words = list(_UPPER_NAME_WORD.finditer(sent, max(0, v.start() - 80), v.start()))
        run: list[re.Match[str]] = []
        for w in reversed(words):
            gap = sent[w.end() : (run[0].start() if run else v.start())]
            if gap.strip() or w.group() in _UPPER_NOT_NAME or len(run) == 4:
                break
            run.insert(0, w)
        # a title leads the name ("CAPTAIN JUAN LOPEZ"): left to the ranked patterns, not counted
        while run and run[0].group() in _UPPER_TITLE:
            run.pop(0)
        if not 2 <= len(run) <= 4:
            continue
        before = sent[max(0, run[0].start() - 30) : run[0].start()]
        prev = re.search(r"([A-Z][\w'’-]*)\s+\Z", before)
        if prev and prev.group(1) not in _UPPER_NOT_NAME and prev.group(1) not in _UPPER_TITLE:
            continue  # a longer run of capitals (a name of five words or more is an organisation's)
        if prev and prev.group(1) in ("IN", "AT", "NEAR", "FROM", "INSIDE", "OUTSIDE"):
            continue  # a place after its preposition ("AN ATTACK ... IN EL ALTO KILLED A GUARD")
        name = " ".join(w.group() for w in run)
        low = name.lower()
        if (
            agent_kind(name) != "other"
            or any(country_of_demonym(x.group()) or COUNTRY_RX.fullmatch(x.group()) for x in run)
            or any(x.lower() in DEMONYMS for x in low.split())
            or COUNTRY_RX.search(name)
        ):
            continue  # a group, a force, a place or a nationality: not a person's name
        out.append((s0 + run[0].start(), s0 + run[-1].end(), "person"))
    return out


def find_agents(article: str) -> list[Agent]:
    """Perpetrator phrases in article order, deduplicated case-insensitively."""
    upper = is_upper_case_text(article)
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue  # "Report that 1,000 people were killed by the army.": injected, not reported
        if sent.rstrip(" \"”'’)]").endswith("?"):
            continue  # "WHO IS RESPONSIBLE FOR THE ATTACK?": a question names no perpetrator
        low = sent.lower()
        found: list[tuple[int, int, str]] = []
        for pat, name, cue in _AGENT_PATTERNS:
            if cue.search(low) is None:
                continue  # the pattern's fixed word is absent: skip a costly scan
            if name in ("person", "titled") and upper:
                continue  # capitals tell no name in upper-case wire text
            for m in pat.finditer(sent):
                if (
                    name == "by"
                    and _GENERIC_ACT.fullmatch(m.group("act"))
                    and not _DEED_WORD.search(sent[: m.start("act")])
                ):
                    continue  # "the verification must be carried out by the commission": no deed, no agent
                if name == "orders" and not _DEED_WORD.search(low):
                    continue  # orders for something other than violence
                for g in _GROUPS.get(name, (1,)):
                    if m.start(g) < 0:
                        continue
                    a, b = s0 + m.start(g), s0 + m.end(g)
                    if name not in _OLD_PATTERNS:
                        b = _cut_clause(article, a, b)
                    span = _clean(article, a, b)
                    if span is None:
                        continue
                    a, b = span
                    if name == "killer" and _BODIES_OF.search(article, s0, a):
                        continue  # "the bodies of two masked men": the dead, not the killers
                    if name in ("subject", "killer"):  # "two armed insurgents" names "armed insurgents"
                        lead = _COUNT_LEAD.match(article, a, b)
                        if lead and lead.end() < b:
                            a = lead.end()
                    found.append((a, b, name))
        for a, b, name in _back_agents(article, s0, sent):
            span = _clean(article, a, b)
            if span is not None:
                found.append((*span, name))
        for a, b, name in _ranked_suspects(article, s0, sent):
            span = _clean(article, a, b)
            if span is not None:
                found.append((*span, name))
        if upper:
            found.extend(_upper_person_subjects(article, s0, sent))
        # a phrase inside another one found in the sentence ("PAID ASSASSINS" in "10 PAID ASSASSINS")
        found = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[:2] != f[:2] for o in found)]
        # a state by its nationality word on a deed ("an Israeli airstrike killed five"), as written
        found.extend(
            (g.start, g.end, g.pattern)
            for g in _national_deeds(s0, sent, upper)
            if not any(o[0] <= g.start < o[1] for o in found)
        )
        # a country as the subject of a violent verb ("Israel struck a school", "Russia launched 40
        # drones at Kharkiv"): the state; not where it happened ("in southern Lebanon")
        for m in COUNTRY_RX.finditer(sent):
            acts = _STATE_ACTS.match(sent, m.end())
            if (
                acts is not None
                and acts.group("direct")
                and m.group()[0].isupper()
                and actor_mention(article, s0 + m.start(), s0 + m.end())
                and not any(o[0] <= s0 + m.start() < o[1] for o in found)
            ):
                found.append((s0 + m.start(), s0 + m.end(), "state"))
        for a, b, name in found:
            if name in ("nationality", "state"):
                key = " ".join(article[a:b].lower().split())
                if key not in seen:
                    seen.add(key)
                    out.append(Agent(article[a:b], a, b, name))
                continue
            if name not in _OLD_PATTERNS:
                a, b = _strip_lead(article, a, b)
                b = _cut_clause(article, a, b)
            if b - a < 2 or re.fullmatch(r"(?:he|she|they|we|i|you|it|one|who|us|them)", article[a:b], re.I):
                continue
            if not is_noun_phrase(article, a, b):
                continue  # a fragment ("well-" of "well-planned") or a bare modifier names nobody
            if names_no_side(article, a, b):
                continue
            key = " ".join(article[a:b].lower().split())
            if key in seen:
                continue
            seen.add(key)
            out.append(Agent(article[a:b], a, b, name))
            part = _PART_OF_GROUP.search(article, a, b)
            if part is not None and part.group("g").lower() not in seen:
                seen.add(part.group("g").lower())
                out.append(Agent(part.group("g"), part.start("g"), part.end("g"), name))
    out.sort(key=lambda g: g.start)
    return out


_KNOWN_ARMED = re.compile(rf"(?<![\w'’-])(?:(?i:{_KNOWN_ARMED_WORDS})|(?:{_KNOWN_ARMED_ACRONYMS}))(?![\w'’-])")
# "X and Y", "X or Y": two sides named together ("security forces or death squads", "the high
# command and the president"). Not split: a name whose first part holds "of"/"for" ("Movement for
# Justice and Equality"), nor a part that is only a modifier or a function word.
_COORD = re.compile(r"\s+(and|or|&)\s+(?:the\s+)?", re.I)
_COORD_PART_STOP = frozenset({"the", "a", "an", "other", "others", "its", "their", "his", "her", "some", "all"})


def complete_capitalised(article: str, a: int, b: int) -> int:
    """The end of a capitalised name that a phrase's word limit cut short ("... and International
    Security" of "International Security Assistance Force"): the following capitalised words are
    taken. Not in upper-case text, where capitals tell nothing."""
    words = article[a:b].split()
    if not words or not words[-1][:1].isupper() or is_upper_case_text(article):
        return b
    m = re.match(r"(?:[ \t]+[A-Z][\w'’-]*)+", article[b:])
    return b + m.end() if m else b


def split_coordination(agent: Agent) -> list[tuple[Agent, str]]:
    """The sides a phrase names together, each with its own offsets and the conjunction that
    joined it ("and" or "or"); ``[(agent, "")]`` when the phrase names one side."""
    text = agent.name
    ms = list(_COORD.finditer(text))
    if len(ms) != 1:
        return [(agent, "")]
    m = ms[0]
    left, right = text[: m.start()], text[m.end() :]
    if re.search(r"\b(?:of|for|de|del)\b", left, re.I) or not left.strip() or not right.strip():
        return [(agent, "")]
    lw, rw = left.split(), right.split()
    if lw[-1].lower() in _COORD_PART_STOP or rw[0].lower() in _COORD_PART_STOP or rw[-1].lower() in _COORD_PART_STOP:
        return [(agent, "")]
    if len(lw) == 1 and lw[0].lower() in DEMONYMS:
        return [(agent, "")]  # "Honduran and Salvadoran armies": one head for both
    if _MODIFIER_WORD.fullmatch(lw[-1]) or (len(rw) == 1 and rw[0].lower() in ("allies", "supporters")):
        return [(agent, "")]
    if re.fullmatch(_ORG_HEAD, rw[-1], re.I) and agent_kind(left) == "other":
        return [(agent, "")]  # "Justice and Equality Movement": one organisation's name
    conj = m.group(1).lower()
    a = Agent(left, agent.start, agent.start + len(left), agent.pattern)
    b = Agent(right, agent.start + m.end(), agent.end, agent.pattern)
    return [(a, conj), (b, conj)]


_ARMED = re.compile(
    r"guerrill|rebel|insurgent|militant|gunm[ae]n|assassin|terroris|cartel|taliban|front|liberation|"
    r"commando|militia|extraditables|fmln|eln|farc|shining\s+path|sendero|al-qaida|al-qaeda|qaeda|"
    r"islamic\s+state|isis|boko|shabaab|hamas|hezbollah|death\s+squads?|paramilitar|gang|traffickers?|"
    r"individuals|men\b|attackers?|bombers?|kidnappers?|hitm[ae]n|subversives|criminals|drug[- ]trafficking|"
    r"\b(?:ira|m-19|mrta|epl|urng|fpmr|pkk|ltte|haqqanis?|houthis?|janjaweed|daesh|isil)\b|"
    r"\b(?:resistance|jihad|tigers|factions?|columns?|legion)\b",
    re.I,
)
_STATE = re.compile(
    r"\barm(?:y|ies)\b|police|soldiers|\bguards\b|forces|troops|\bmilitary|battalion|brigade|national\s+guard|navy|air\s+force|"
    r"security\s+(?:forces|services)|marines|isaf|coalition|commandos\b|\bforce\b|regiment|paratroopers|gendarmerie|"
    r"high\s+command|general\s+staff",
    re.I,
)
#: a government or its administration, named as such ("the Colombian government", "the regime")
_GOVERNMENT = re.compile(r"\bgovernments?\b|\bregime\b|\bjunta\b", re.I)
#: a political party or alliance ("the Liberal Party", "the Nationalist Republican Alliance")
_POLITICAL = re.compile(r"\bpart(?:y|ies)\b|\balliance\b", re.I)
#: people who are no fighters: the civilians a text names as a side or a target
_CIVILIANS = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:civilians|villagers|residents|peasants|farmers|students|workers|"
    r"passengers|pedestrians|protesters|demonstrators|worshippers|children|women|families|refugees)$",
    re.I,
)


#: forces that are not a state's though their name says "forces" (paramilitaries, rebel
#: coalitions, private armies): "Rapid Support Forces", "Syrian Democratic Forces"
_NON_STATE_FORCES = re.compile(
    r"rapid\s+support|\brsf\b|democratic\s+forces|\bsdf\b|popular\s+mobili[sz]ation|\bpmf\b|wagner|"
    r"\bm23\b|houthi|ansar\s+allah",
    re.I,
)
_LOYAL = re.compile(r"\bpro-|-aligned\b|-loyal\b|\bloyal\s+to\b|\bloyalists?\b|\baffiliated\b", re.I)


#: "IS" (the Islamic State) alone, or in a mixed-case name ("IS fighters"; "IS" is a verb in capitals)
_IS = re.compile(r"^\s*(?:the\s+)?IS\s*$|(?=.*[a-z]).*\bIS\b")


#: a military rank opening a person's name (not "Attorney General X": the rank word comes first)
_OFFICER = re.compile(
    r"^(?:the\s+)?(?:colonel|col\.?|lieutenant|lt\.?|sub-?lieutenant|captain|capt\.?|major|general|gen\.?|"
    r"sergeant|sgt\.?|corporal|cpl\.?)\s+(?!(?:of|staff|command|public|assembly|secretary)\b)\w",
    re.I,
)


#: words that describe a non-state armed group ("a guerrilla group", "an ethnic armed group",
#: "a militia", "the rebel X")
_ARMED_DESC_ADJ = (
    r"(?:ethnic\s+)?(?:armed|guerrilla|rebel|insurgent|militant|jihadist|paramilitary|separatist|islamist)"
)
_ARMED_DESC_HEAD = (
    rf"(?:{_ARMED_DESC_ADJ}\s+(?:group|movement|organi[sz]ation|force|faction|coalition|alliance|outfit)"
    r"|(?:[\w'’-]+\s+)?militia|guerrillas|rebels|insurgents"
    # (session 15) a movement's fighting arm, an armed splinter: "the armed wing of X", "a dissident faction"
    r"|(?:armed|military)\s+wing|dissident\s+(?:faction|group)"
    # (session 24) a community's armed self-defence: "Twirwaneho, a Banyamulenge self-defence group"
    r"|self-defen[cs]e\s+(?:group|militia|force|committee|movement)"
    # an armed network's branch: "the al-Qaeda affiliate", "a jihadist offshoot", "the Islamic State branch"
    rf"|(?i:al[\s-]qaeda|islamic\s+state|isis|isil|{_ARMED_DESC_ADJ})['’]?s?\s+(?:affiliate|branch|offshoot|franchise))\b"
    # not a person's role in one ("Ana Ruiz, the militia leader")
    r"(?!['’]s|\s+(?:leaders?|commanders?|chiefs?|spokes\w+|members?|fighters?|officials?|sources?|head|founder|"
    r"experts?|analysts?|researchers?|negotiators?|victims?)\b)"
)
_DESC_NAME = (
    # (session 24) "in the" inside a name too: "the Union for Peace in the Central African Republic (UPC)"
    r"(?P<n>(?:al-|Al-)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|de|del|la)\s+|in\s+the\s+){0,2}(?:al-|Al-|wal-|el-)?"
    r"[A-Z][\w'’-]*){0,6})"
    r"(?:\s*[(\[](?P<acr>[A-Z][\w-]{1,9})[)\]])?"
)
#: "X (ACR), a guerrilla group", "X, an ethnic armed group that", "X, a militia", "the X guerrilla group"
_DESCRIBED_AFTER = re.compile(
    # (session 20) or one of several: "X, one of the main militia factions"
    rf"(?<![\w'’-]){_DESC_NAME}(?:\s*,\s*(?:a|an|the|one\s+of\s+the)\s+(?:[\w'’-]+\s+){{0,3}}?{_ARMED_DESC_HEAD}"
    # with no comma only a group's description ("the ELN guerrilla group"), not a bare
    # plural ("North Kivu rebels": a place's rebels, not a group named North Kivu)
    rf"|\s+{_ARMED_DESC_ADJ}\s+(?:group|movement|organi[sz]ation|faction|outfit)\b(?!['’]s|\s+(?:leaders?|"
    rf"commanders?|spokes\w+|members?|fighters?)\b))"
)
#: "the rebel X", "the jihadist group X", "the armed group X"
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:the|a|an)\s+{_ARMED_DESC_ADJ}\s+(?:(?:group|movement|organi[sz]ation|militia|coalition|alliance)\s+)?"
    rf"{_DESC_NAME}"
)


#: a body the text gives forces of its own: "The opposition VPM/A-N, whose forces hold ground in the
#: area,", "the Kora Front (KF), whose fighters hold the hills" (an armed movement; a state's forces by
#: its country or nationality are left out below, a possessive "Norland's" is no name)
_DESCRIBED_WHOSE = re.compile(
    r"(?<![\w'’-])(?P<n>(?:al-|Al-)?[A-Z][\w/-]*(?:\s+(?:(?:of|for|the|de|la)\s+){0,2}(?:al-|Al-)?[A-Z][\w/-]*){0,6})"
    r"(?:\s*[(\[](?P<acr>[A-Z][\w/-]{1,9})[)\]])?,\s+whose\s+(?:own\s+)?(?:armed\s+)?"
    r"(?:forces|fighters|troops|militiamen|gunmen|combatants|armed\s+wing)\b"
)
#: a state's forces by their own name ("the Sudanese Armed Forces, whose troops"): not a non-state group
_STATE_FORCE_PROPER = re.compile(r"\b(?:Armed\s+Forces|Defen[cs]e\s+Forces?|Army|Police|Government)\b")


@lru_cache(maxsize=64)
def described_armed_groups(article: str) -> frozenset[str]:
    """The names (and bracketed acronyms) the text itself describes as a non-state armed group,
    wherever in the text: "the National Liberation Army (ELN), a guerrilla group", "the Arakan
    Army, an ethnic armed group", "X, a militia", "the rebel X", "the jihadist group X". Lower
    case, without a leading "the". A country's or a nationality's name is never one ("Syrian
    rebels" are described, "Syria" is not)."""
    out: set[str] = set()
    for rx in (_DESCRIBED_AFTER, _DESCRIBED_BEFORE, _DESCRIBED_WHOSE):
        for m in rx.finditer(article):
            name = re.sub(r"^(?:The|THE)\s+", "", m.group("n"))
            if rx is _DESCRIBED_WHOSE and (
                _STATE_FORCE_PROPER.search(name) or country_of_demonym(name.split()[0]) or COUNTRY_RX.match(name)
            ):
                continue  # "the Norlandian Armed Forces, whose troops", "Norland, whose forces": a state's
            if name.lower() in DEMONYMS or country_of_demonym(name) or COUNTRY_RX.fullmatch(name):
                continue
            if re.fullmatch(r"[A-Z][a-z]+", name) and m.start("n") > 0 and rx is _DESCRIBED_AFTER:
                before = article[max(0, m.start("n") - 2) : m.start("n")]
                if not re.search(r"[,(]\s?$|\s$", before):
                    continue
            out.add(" ".join(name.lower().split()))
            if m.group("acr"):
                out.add(m.group("acr").lower())
    # a pronoun or a determiner alone is no name ("... dissidents of the former Kora guerrilla": "the")
    return frozenset(out - {"it", "they", "he", "she", "we", "the", "a", "an", "its", "their", "this", "that"})


def described_kind(article: str, name: str) -> PartyKind | None:
    """``armed_group`` when the text describes ``name`` (or the name inside it: "M23 rebels",
    "an Arakan Army spokesman") as a non-state armed group (``described_armed_groups``); None
    when it does not, and the name's own words decide (``agent_kind``)."""
    if not article:
        return None
    low = " ".join(re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).lower().split())
    for d in described_armed_groups(article):
        if re.search(r"(?<![\w'’-])" + re.escape(d) + r"(?![\w'’-])", low):
            return "armed_group"
    return None


#: a state's forces by common nouns, perhaps with their country ("the army", "Myanmar's armed
#: forces", "the Burmese military", "government troops"); or a military government ("the junta")
_STATE_FORCE_WORDS = frozenset(
    {"the", "army", "armed", "forces", "force", "military", "troops", "soldiers", "security", "government"}
    | {"national", "defence", "defense"}
)
_STATE_FORCE_HEAD = re.compile(r"\b(?:army|military|forces|troops|soldiers)\b", re.I)
_JUNTA = re.compile(r"^(?:the\s+)?(?:[\w'’-]+\s+)?(?:junta|military\s+(?:government|regime|rulers))$", re.I)


def generic_state_force(name: str) -> str | None:
    """The country of a state's forces named by common nouns only, "" when no country is named
    ("the army" -> "", "Myanmar's armed forces" -> "myanmar", "the Burmese military" ->
    "myanmar"), also for a military government ("the junta", "Myanmar's military government");
    None for any other name ("the Arakan Army", "Rapid Support Forces", "the government")."""
    bare = " ".join(name.split())
    words = re.findall(r"[\w'’-]+", bare)
    if not words:
        return None
    country = ""
    lead = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
    lead = re.sub(r"['’]s$", "", lead)
    rest = words[2:] if words[0].lower() == "the" else words[1:]
    named = country_of_demonym(lead) or (lead if COUNTRY_RX.fullmatch(lead) else None)
    if named is not None:
        country = named.lower()
    else:
        rest = words
    rest_text = " ".join(rest)
    if _JUNTA.match(rest_text) or _JUNTA.match(bare):
        return country
    if not rest or not _STATE_FORCE_HEAD.search(rest_text):
        return None
    if any(w.lower() not in _STATE_FORCE_WORDS for w in rest):
        return None
    return country


def agent_kind(name: str, article: str = "") -> PartyKind:
    """A PartyKind guessed from the phrase's own words (``other`` when they say nothing):
    ``state_forces`` for a state's army, police and security forces; ``armed_group`` for
    non-state fighters, militias and paramilitaries, including forces loyal to a side
    ("pro-Assad fighters", "Assad-aligned militias", "Rapid Support Forces") and the units of an
    armed group ("the IRA's Belfast brigade"); ``government`` for a government, regime or
    junta; ``political_group`` for a political party or alliance; ``civilians`` for people
    named as no fighters ("two civilians", "the villagers"). Given the ``article``, a name the
    text describes as an armed group is one whatever its words ("the Arakan Army, an ethnic
    armed group": not a state's army; ``described_kind``)."""
    if described_kind(article, name) == "armed_group":
        return "armed_group"
    if _NON_STATE_FORCES.search(name):
        return "armed_group"
    owner = re.match(r"(.+?)['’]s\s+\S", name)
    if owner and agent_kind(owner.group(1)) == "armed_group":
        return "armed_group"  # "the IRA's Belfast brigade": a unit of an armed group
    if _LOYAL.search(name) and (_STATE.search(name) or _ARMED.search(name) or _FIGHTERS.search(name)):
        return "armed_group"
    if _KNOWN_ARMED.search(name) and not re.search(r"\banti-", name, re.I):
        return "armed_group"  # "Hamas police", "ELN commanders": a known armed group's own
    if _STATE.search(name) and not re.search(r"liberation|revolutionary|guerrill|rebel|militia", name, re.I):
        return "state_forces"
    if _OFFICER.match(name):
        return "state_forces"  # "Colonel Jose Arias", "SGT LUIS ORTIZ": an officer of a state's forces
    if _ARMED.search(name) or _FIGHTERS.search(name) or _IS.search(name):
        return "armed_group"  # "IS" in mixed case: the Islamic State
    if _GOVERNMENT.search(name):
        return "government"
    if _POLITICAL.search(name):
        return "political_group"
    if _CIVILIANS.match(name.strip()):
        return "civilians"
    return "other"


_FIGHTERS = re.compile(r"\bfighters\b|\bgunmen\b|\bmilitiam[ae]n\b|\bjihadists?\b|\bpartisans\b", re.I)


# --------------------------------------------------------------------------- named groups

# A name followed by a word for a group's members or structure: "a Taliban leader", "Haqqani
# network facilitators", "al-Qaida operatives", "Hamas fighters", "Houthi rebels".
_MEMBER = (
    r"leaders?|commanders?|sub-commanders?|facilitators?|network|fighters|militants?|insurgents?|"
    r"guerrillas?|rebels?|operatives?|cells?|affiliates?|members?|gunmen|bomb-?makers?|suicide\s+bombers?|"
    r"militiam[ae]n|militias?|loyalists|sympathi[sz]ers|financiers?|recruiters?|spokesm[ae]n|splinter\s+group"
)
_GCAP = r"(?:al[- ]|Al[- ]|el[- ]|ad-|ash-)?[A-Z][\w'’-]*[\w'’]"
# a rank word may stand between the name and the member word ("a Taliban senior leader")
_RANK = (
    r"(?:(?:senior|local|top|key|mid-level|former|suspected|known|prominent|regional|district|provincial|deputy)\s+)?"
)
_GROUP_MEMBER = re.compile(rf"(?<![\w'’-])(?P<n>{_GCAP}(?:\s+{_GCAP}){{0,2}})\s+{_RANK}(?:{_MEMBER})\b")
# An organisation's own name ending in a word for an organisation: "National Liberation Army",
# "Medellin Cartel", "TUPAC AMARU REVOLUTIONARY MOVEMENT", "Provisional IRA" is not caught
# (no head word) and is left to the model.
_ORG_HEAD = (
    r"Front|Movement|Army|Cartel|Brigades?|Organi[sz]ation|Network|Commandos?|Militias?|"
    r"Battalions?|Party|Group|Forces|Police|Guard|Squads?|Factions?|Columns?|Corps|Detachments?|Legion|"
    r"Tigers|Jihad"
)
_GROUP_ORG = re.compile(rf"(?<![\w'’-])(?P<n>(?:{_GCAP}\s+){{1,5}}(?:{_ORG_HEAD}))\b")
_GROUP_ORG_UPPER = re.compile(rf"(?<![\w'’-])(?P<n>(?:[A-Z][A-Z'’-]+\s+){{1,5}}(?:{_ORG_HEAD.upper()}))\b")
_GROUP_MEMBER_UPPER = re.compile(
    rf"(?<![\w'’-])(?P<n>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){{0,2}})\s+(?:{_MEMBER.upper()})\b"
)
# Words that are capitalised for another reason, or describe rather than name.
_GROUP_STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "by",
    "for",
    "from",
    "with",
    "as",
    "that",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "two",
    "three",
    "four",
    "five",
    "several",
    "some",
    "many",
    "other",
    "one",
    "senior",
    "local",
    "top",
    "former",
    "known",
    "suspected",
    "alleged",
    "key",
    "prominent",
    "notorious",
    "regional",
    "district",
    "provincial",
    "deputy",
    "armed",
    "heavily",
    "enemy",
    "insurgent",
    "militant",
    "rebel",
    "coalition",
    "isaf",
    "ansf",
    "u.s",
    "us",
    "government",
    "combined",
    "joint",
    "partnered",
    "afghan-led",
    "targeted",
    "identified",
    "unidentified",
    "unknown",
    "individual",
    "both",
    "all",
    "any",
    "each",
    "every",
    "no",
    "during",
    "after",
    "before",
    "while",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "said",
    "says",
    "killed",
    "wounded",
    "detained",
    "captured",
    "arrested",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "be",
    "also",
    "but",
    "however",
    "meanwhile",
    "today",
    "yesterday",
    "last",
    "following",
    "according",
    "more",
    "than",
    "about",
    "nearly",
    "over",
    "under",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "our",
    "assault",
    "special",
    "operations",
    "operation",
    "immediate",
    "release",
    "command",
    "kabul",
    "afghanistan",
    "forces",
    "force",
    "troops",
    "soldiers",
    "police",
    "army",
    "military",
    "same",
    "main",
    "new",
    "large",
    "small",
    "big",
    "entire",
    "whole",
    "group",
    "groups",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "dozens",
    "numerous",
    "scores",
    "hundreds",
    "dozen",
    "kurdish-led",
    "saudi-led",
    "us-led",
    "u.s.-led",
    "then",
    "so-called",
    "recently",
    "created",
    "official",
    "high",
    "highest",
    "against",
    "interview",
    "attack",
    "surprise",
    "opened",
    "fired",
    "radio",
    "television",
    "tv",
    "newspaper",
    "university",
    "students",
    "student",
    "sent",
    "morning",
    # verbs of appeal and blame, capitalised in upper-case wire text ("WE URGE THE ... FRONT")
    "urge",
    "urged",
    "urges",
    "ask",
    "asked",
    "asks",
    "demand",
    "demanded",
    "demands",
    "condemn",
    "condemned",
    "condemns",
    "accuse",
    "accused",
    "accuses",
    "blame",
    "blamed",
    "blames",
    "warn",
    "warned",
    "warns",
    "told",
    "tell",
    # words that rank or judge a group instead of naming it ("the most powerful drug cartel",
    # "an extreme rightist group"); superlatives in -est and possessives are caught by
    # _DESCRIBES below
    "most",
    "least",
    "powerful",
    "dangerous",
    "violent",
    "feared",
    "infamous",
    "extreme",
    "radical",
    "hardline",
    "ruthless",
    "brutal",
    "shadowy",
    "little-known",
    "well-known",
    "mysterious",
} | DEMONYMS  # nationality words lead an organisation's own name only with two words after
# A superlative ("largest", "deadliest") or a possessive ("world's", "country's") describes the
# group that follows; it is never the first word of its name. The superlatives are those of
# common adjectives (a closed list of stems: "-est" alone would take "Budapest" or "Protest").
_DESCRIBES = re.compile(
    r"(?:\w+['’]s|(?:larg|bigg|strong|great|old|new|fierc|tough|rich|poor|small|young|low|wid|clos|"
    r"strict|hard|bold|brav|cruel|fin|near|high|earli|deadli|bloodi|wealthi|heavi|busi)est)",
    re.I,
)
# A media word ends a name and makes the run a broadcaster's or paper's name, not a group's
# ("RADIO COOPERATIVA NETWORK", "Television Nacional Network"): the run is not a party.
_MEDIA = frozenset({"radio", "television", "tv", "newspaper", "station", "channel"})


_DESCRIPTIVE_END = re.compile(r"-(?:aligned|led|backed|linked|affiliated|allied|loyal|supported|inspired)$", re.I)


def _group_span(article: str, s: int, e: int, head_required: bool) -> tuple[int, int] | None:
    """The name inside a matched run: the words before the end (or before the head word) back
    to the first word that is a function word, a description or a number ("MEMBERS OF THE
    MEDELLIN CARTEL" -> "MEDELLIN CARTEL"; "a senior Haqqani" -> "Haqqani")."""
    words = list(re.finditer(r"\S+", article[s:e]))
    if not words:
        return None
    keep = [words[-1]] if head_required else []
    rest = words[:-1] if head_required else words
    for w in reversed(rest):
        low = w.group().lower().strip(".,")
        if keep and _DESCRIPTIVE_END.search(low):
            break  # "Iran-backed Houthi": the name is "Houthi"
        if low in _MEDIA and keep:
            return None  # "RADIO COOPERATIVA NETWORK" names a broadcaster
        if low in _GROUP_STOP or _DESCRIBES.fullmatch(low):
            if head_required and low in DEMONYMS and len(keep) >= 2:
                keep.insert(0, w)  # "Afghan National Army", "Syrian Democratic Forces"
            break
        keep.insert(0, w)
    if not keep or (head_required and len(keep) < 2):
        return None  # "Army" alone is a word, not a name
    a, b = s + keep[0].start(), s + keep[-1].end()
    name = article[a:b]
    if len(name) < 3 or re.search(r"['’]s$", name) or not name[0].isalpha():
        return None
    return a, b


def _named_run(article: str, s: int, e: int) -> tuple[int, int] | None:
    """The capitalised words before the head word at ``e``, back to a function word: the whole
    run names the organisation when its bracketed acronym follows."""
    words = list(re.finditer(r"\S+", article[s:e]))
    keep: list[re.Match[str]] = [words[-1]] if words else []  # the head word
    for w in reversed(words[:-1]):
        low = w.group().lower().strip(".,")
        if (low in _GROUP_STOP and low not in ("armed", "forces", "army")) or _DESCRIBES.fullmatch(low):
            break
        if not w.group()[0].isupper():
            break
        if low in ("so-called", "self-styled", "alleged", "suspected") or low in _RUN_STOP:
            break
        keep.insert(0, w)
    if len(keep) < 2:
        return None
    return s + keep[0].start(), s + keep[-1].end()


_RUN_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "by",
        "from",
        "and",
        "or",
        "to",
        "for",
        "with",
        "in",
        "on",
        "at",
        "near",
        "members",
        "member",
        "group",
    ]
)
_NAME_START = re.compile(r"[A-Z]")
#: the rest of an organisation's name after its head word, when an acronym in brackets closes it:
#: "ARMY OF THE POOR [EGP]", "Revolutionary Armed Forces of Colombia (FARC)"
_OF_TO_ACRONYM = re.compile(
    r"\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?=\s*[\[(][A-Z][A-Z0-9-]{1,9}[\])])"
)


# The sides of a fight the text names: "an armed clash between the Honduran and Salvadoran
# armies", "a battle between troops and gunmen", "clashed with police". Each side is a party
# (its role is not said); a lone nationality word ("the Honduran and ...") names no side.
_SIDE_W = r"(?!(?:and|or|the|in|at|on|near|over|for|during|that|which|who|after|before|when|while)\b)[\w'’.-]+"
_SIDE_END = (
    r"(?=\s*(?:[,.;:)\]]|$)|\s+(?:in|at|on|near|over|for|during|that|which|who|since|after|before|when|while|as|"
    r"left|killed|erupted|broke|took|has|have|had|was|were|is|are|continued|ended|resumed|raged|lasted|\w+ed)\b)"
)
_FIGHT = (
    r"clash(?:es)?|armed\s+clash(?:es)?|fighting|battles?|gun\s*battles?|firefights?|gunfights?|combat|"
    r"confrontations?|skirmish(?:es)?|hostilities|exchanges?\s+of\s+fire"
)
_SIDES = re.compile(
    rf"\b(?:{_FIGHT})\s+between\s+(?:the\s+)?(?P<a>(?:{_SIDE_W}\s+){{0,3}}?{_SIDE_W})\s+and\s+(?:the\s+)?"
    rf"(?P<b>(?:{_SIDE_W}\s+){{0,3}}?{_SIDE_W}){_SIDE_END}"
    rf"|\b(?:clash(?:ed|es)?|fought|exchanged\s+fire)\s+with\s+(?:the\s+|our\s+|their\s+)?"
    rf"(?P<c>(?:{_SIDE_W}\s+){{0,3}}?{_SIDE_W}){_SIDE_END}",
    re.I,
)


def _sides(article: str, s0: int, sent: str) -> list[Agent]:
    out = []
    for m in _SIDES.finditer(sent):
        for g in ("a", "b", "c"):
            if m.start(g) < 0:
                continue
            text = m.group(g)
            if text.lower() in DEMONYMS or re.fullmatch(r"(?:north|south|east|west)\w*ern", text, re.I):
                continue  # "the Honduran and Salvadoran armies": "Honduran" alone names no side
            span = _clean(article, s0 + m.start(g), s0 + m.end(g))
            if span is None:
                continue
            a, b = span
            if re.fullmatch(
                r"(?:them|us|him|her|it|each\s+other|one\s+another|residents|civilians)", article[a:b], re.I
            ):
                continue
            out.append(Agent(" ".join(article[a:b].split()), a, b, "side"))
    return out


# A state's forces named by its nationality ("the Honduran army", "SALVADORAN ARMED FORCES",
# "Pakistani troops"): a side, typed by its own words. "The armed forces" alone names one too.
_NATIONAL_FORCE = re.compile(
    r"(?<![\w'’-])(?:(?P<dem>" + "|".join(map(re.escape, sorted(DEMONYMS - {"u.s."}))) + r")\s+|(?<=the\s)|(?<=THE\s))"
    r"(?P<head>(?(dem)(?:army|armies|military|air\s+force|navy|national\s+guard|national\s+police|police|troops|"
    r"soldiers|security\s+forces|armed\s+forces)|(?:armed\s+forces|army|military|security\s+forces)))(?![\w'’-])",
    re.I,
)


# Fighters named by a common noun ("the guerrillas", "URBAN GUERRILLAS", "armed rebels"): a side
# of an armed conflict wherever the text mentions them, with at most two describing words from a
# closed list (capitals tell nothing in upper-case wire text). Pattern "fighters".
_FIGHTER_MOD = (
    r"urban|rural|leftist|rightist|left-wing|right-wing|armed|heavily\s+armed|alleged|suspected|presumed|"
    r"islamist|maoist|marxist|separatist|communist|dissident|local|foreign"
)
_FIGHTER_NOUN = (
    r"guerrillas|rebels|insurgents|militants|subversives|terrorists|paramilitaries|militiam[ae]n|militias?|jihadists|"
    r"drug\s+traffickers|narco-?terrorists|drug\s+lords|death\s+squads|"
    # "a guerrilla column", "paramilitary groups", "drug-trafficking gangs": a group by its kind
    r"(?:paramilitary|guerrilla|rebel|terrorist|insurgent|drug[- ]trafficking|criminal|(?:armed\s+)?resistance)\s+"
    r"(?:groups?|organi[sz]ations?|bands?|gangs?|cells?|columns?|units?|squads?|commandos?|factions?|forces|movements?)"
)
_FIGHTERS_GROUP = re.compile(
    rf"(?<![\w'’-])(?:(?:{_FIGHTER_MOD})\s+){{0,2}}(?:{_FIGHTER_NOUN})(?![\w'’-])",
    re.I,
)


# A group's own name as the text introduces it: "a group calling itself the Red Dawn", "an
# organisation known as \"Free Sons\"", "a communique signed by the Red Dawn Command". Quoted, or
# capitalised words in mixed-case text, or the words up to a clause boundary in upper-case text.
_CALLED = re.compile(
    r"\b(?:(?:calling|calls|called|call)\s+(?:itself|themselves)|(?:group|organi[sz]ation|movement|faction|cell|"
    r"commando|unit|front)\s+(?:known\s+as|called|named|styling\s+itself)|(?:communiques?|leaflets?|pamphlets?)\s+"
    r"(?:signed|issued|sent)\s+by)\s+(?:the\s+|a\s+|an\s+)?",
    re.I,
)
_QUOTED_NAME = re.compile(r"[\"“]([^\"”]{3,60})[\"”]")
_CAPS_NAME = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|de|del|la)){0,6})"
)
_UPPER_NAME = re.compile(
    r"((?:(?!(?:WHICH|WHO|THAT|IN|ON|AT|AFTER|BEFORE|WHEN|WHILE|SAID|CLAIMED|HAS|HAD|IS|WAS|WERE|ARE|FOR|TO|"
    r"AND\s+(?:THE|A|AN|IT|THEY|SAID))\b)[A-Z][A-Z'’.-]*\s*){1,7})"
)


def _called_names(article: str, s0: int, sent: str, upper: bool) -> list[Agent]:
    out = []
    for m in _CALLED.finditer(sent):
        q = _QUOTED_NAME.match(sent, m.end())
        if q is not None:
            a, b = q.start(1), q.end(1)
        else:
            n = (_UPPER_NAME if upper else _CAPS_NAME).match(sent, m.end())
            if n is None or not n.group(1).strip():
                continue
            a, b = n.start(1), n.start(1) + len(n.group(1).rstrip())
            while b > a and sent[b - 1] in ".,;:":
                b -= 1
            name = sent[a:b]
            tail = re.search(r"(?:\s+(?:of|the|for|and|de|del|la|OF|THE|FOR|AND))+$", name)
            if tail:
                b -= len(tail.group())
        if b - a >= 3 and sent[a].isalpha() and sent[a].isupper():
            out.append(Agent(" ".join(sent[a:b].split()), s0 + a, s0 + b, "called"))
    return out


#: words after a force's name that make the mention a source's ("the army said", "army spokesman")
_SPEAKS = re.compile(
    r"\s*(?:,\s*)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|reported|reports|announced|stated|states|told|denied|"
    r"denies|confirmed|confirms|added|claimed|claims|explained|noted|insisted|acknowledged|"
    r"spokes(?:man|woman|men|person)|sources?|communiques?|statements?|reports?|officials?|press\s+office|"
    r"bulletins?|command\s+said)\b",
    re.I,
)


def _known(article: str, s0: int, sent: str) -> list[Agent]:
    """Armed groups known by a bare name ("the FMLN", "Shining Path"), pattern "known"."""
    return [
        Agent(" ".join(m.group().split()), s0 + m.start(), s0 + m.end(), "known") for m in _KNOWN_ARMED.finditer(sent)
    ]


#: a state's forces named by the country's possessive: "Myanmar's armed forces", "Mali's army"
_COUNTRY_FORCE = re.compile(
    r"(?:" + COUNTRY_RX.pattern + r")['’]s\s+(?:army|armed\s+forces|military|security\s+forces|troops|soldiers|"
    r"air\s+force|navy|national\s+guard)(?![\w'’-])",
    re.I,
)


def _described_sides(article: str, s0: int, sent: str) -> list[Agent]:
    """A state's forces named by nationality, by the country's possessive or as "the army" ("the
    Honduran army", "Myanmar's armed forces"), pattern "national", and fighters named by a
    common noun ("urban guerrillas"), pattern "fighters"."""
    out = []
    for m in [*_NATIONAL_FORCE.finditer(sent), *_COUNTRY_FORCE.finditer(sent)]:
        if _SPEAKS.match(sent, m.end()) or re.search(
            r"\b(?:according\s+to|told|by)\s+(?:the\s+)?\Z", sent[: m.start()], re.I
        ):
            continue  # "the army said", "an army spokesman", "according to the army": a source, not a side
        out.append(Agent(" ".join(m.group().split()), s0 + m.start(), s0 + m.end(), "national"))
    for m in _FIGHTERS_GROUP.finditer(sent):
        out.append(Agent(" ".join(m.group().split()), s0 + m.start(), s0 + m.end(), "fighters"))
    return out


def _group_sentences(article: str, upper: bool) -> Iterator[tuple[int, int, str]]:
    """The sentences ``find_groups`` and ``find_sides`` read: not instruction-like, and (in
    mixed-case text) not a title-case headline ("Afghan Forces Target Haqqani Network")."""
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue
        words = sent.split()
        if (
            not upper
            and len(words) >= 4
            and not re.search(r"[.!?][\"”’')]*$", sent)
            and sum(w[:1].isupper() for w in words) / len(words) > 0.6
        ):
            continue
        yield s0, s1, sent


def find_groups(article: str) -> list[Agent]:
    """Named groups the text refers to by their members or structure ("a Taliban leader",
    "Haqqani network", "al-Qaida facilitators") or by their own organisational name
    ("National Liberation Army", "MEDELLIN CARTEL"), and the sides of a fight it names ("a clash
    between the army and the rebels"). Pattern "member", "org" or "side"; article
    order, deduplicated case-insensitively. These name parties; they say nothing about who
    did what (that is ``find_agents``)."""
    upper = is_upper_case_text(article)
    pats = (
        ((_GROUP_MEMBER_UPPER, "member", False), (_GROUP_ORG_UPPER, "org", True))
        if upper
        else ((_GROUP_MEMBER, "member", False), (_GROUP_ORG, "org", True))
    )
    # In capitals a word before "guerrillas" may be anything ("URBAN", "SURPRISE"); only a
    # name the article itself introduces as an acronym ("(FMLN)") counts there.
    acronyms = set(re.findall(r"[(\[]([A-Z]{2,6})[)\]]", article)) if upper else set()
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, _s1, sent in _group_sentences(article, upper):
        for g in _sides(article, s0, sent) if re.search(r"between|with", sent, re.I) else ():
            key = " ".join(g.name.lower().split())
            if key not in seen:
                seen.add(key)
                out.append(g)
        for pat, kind, head in pats:
            for m in pat.finditer(sent):
                span = _group_span(article, s0 + m.start("n"), s0 + m.end("n"), head)
                if kind == "org" and _OF_TO_ACRONYM.match(article, s0 + m.end("n")):
                    # a name closed by its bracketed acronym keeps its descriptive words:
                    # "ZARATE WILKA ARMED FORCES OF LIBERATION [FAL]", "Popular Armed Forces of X (FAP)"
                    span = _named_run(article, s0 + m.start("n"), s0 + m.end("n")) or span
                if span is None:
                    continue
                a, b = span
                if kind == "org":
                    more = _OF_TO_ACRONYM.match(article, b)
                    if more is not None:  # "GUERRILLA ARMY OF THE POOR [EGP]": the whole name
                        b = more.end()
                if upper and kind == "member" and article[a:b] not in acronyms:
                    continue
                if kind == "member" and _DESCRIPTIVE_END.search(article[a:b]):
                    # "Assad-aligned militias": the adjective describes, the group is the phrase
                    b = s0 + m.end()
                    if not _NAME_START.match(article[a:b]):
                        continue
                key = " ".join(article[a:b].lower().split())
                if key in seen:
                    continue
                seen.add(key)
                out.append(Agent(" ".join(article[a:b].split()), a, b, kind))
        # after the patterns above: a name they found keeps their pattern
        for g in [*_called_names(article, s0, sent, upper), *_known(article, s0, sent)]:
            key = " ".join(g.name.lower().split())
            if key not in seen:
                seen.add(key)
                out.append(g)
    # "Jamaat Nusrat-e-Islam Muslimin (JNIM)": a found acronym's full name before its bracket is the
    # group's own name (its capitals' initials spell the acronym)
    for g in list(out):
        if not re.fullmatch(r"[A-Z]{2,6}", g.name) or not article[max(0, g.start - 2) : g.start].endswith("("):
            continue
        bm = _NAME_BEFORE_BRACKET.search(article, max(0, g.start - 160), g.start)
        if bm is None:
            continue
        words = list(re.finditer(r"\S+", bm.group("n")))
        for w in words:  # the longest run whose initials spell the acronym
            cand = bm.group("n")[w.start() :]
            caps = [x for x in re.findall(r"[A-Za-z][\w'’]*", cand) if x[0].isupper()]
            if w.group()[0].isupper() and len(caps) >= 2 and "".join(x[0] for x in caps).upper() == g.name:
                name = " ".join(cand.split())
                if name.lower() not in seen:
                    seen.add(name.lower())
                    out.append(Agent(name, bm.start("n") + w.start(), bm.end("n"), "org"))
                break
    # "Ansar Dine Sahel, an al-Qaeda-linked group": a name the text describes, in apposition, as an
    # armed group is one (``described_armed_groups``' comma form)
    if not upper:
        for m in _DESCRIBED_APPOSED.finditer(article):
            name = " ".join(re.sub(r"^The\s+", "", m.group("n")).split())
            if (
                len(name.split()) < 2
                or name.lower() in seen
                or name.lower() in DEMONYMS
                or country_of_demonym(name)
                or COUNTRY_RX.fullmatch(name)
            ):
                continue
            seen.add(name.lower())
            out.append(Agent(name, m.end("n") - len(name), m.end("n"), "org"))
    # "two al-Qaida-linked insurgents", "an Islamic State-affiliated group": the network the
    # fighters are tied to is named (not a country: "Iran-linked militias" name no group)
    for m in _LINKED_TO.finditer(article):
        name = " ".join(m.group("n").split())
        if not _NETWORK.fullmatch(name):
            continue  # "Government-linked militias", "Moscow-linked fighters": no group named
        if name.lower() in seen or name.lower() in DEMONYMS or country_of_demonym(name) or COUNTRY_RX.fullmatch(name):
            continue
        seen.add(name.lower())
        out.append(Agent(name, m.start("n"), m.end("n"), "member"))
    out.sort(key=lambda g: g.start)
    return out


_LINKED_TO = re.compile(
    r"(?<![\w'’-])(?P<n>(?:(?i:al)-)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})-(?i:linked|affiliated)\s+"
    r"(?i:insurgents|militants|fighters|rebels|gunmen|jihadists|extremists|groups?|militias?|factions?|cells?)\b"
)
#: the armed networks whose name ties fighters to them ("al-Qaida-linked", "Islamic State-affiliated");
#: an institution, a capital or a state ("Army-linked", "Kremlin-affiliated") names no group
_NETWORK = re.compile(
    r"(?i:al-(?:qaida|qaeda|qa'ida|shabaab|shabab|nusra)|islamic\s+state|isis|isil|is|daesh|aqim|aqap|iswap|jnim|"
    r"boko\s+haram|wagner|hezbollah|hizbollah|hamas|taliban)"
)
_NAME_BEFORE_BRACKET = re.compile(
    r"(?P<n>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|al|el|de|del|la)\s+)?[A-Z][\w'’-]*){0,6})\s*\($"
)
#: "X, an al-Qaeda-linked group", "X, a jihadist group": the comma form of ``_DESCRIBED_AFTER``
_DESCRIBED_APPOSED = re.compile(
    rf"(?<![\w'’-]){_DESC_NAME}\s*,\s*(?i:(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_ARMED_DESC_ADJ}\s+(?:group|movement|organi[sz]ation|faction|outfit)|"
    r"(?:al[\s-]qaeda|al[\s-]qaida|islamic\s+state|isis|isil)-(?:linked|affiliated|aligned|allied)\s+"
    r"(?:group|movement|organi[sz]ation|faction|outfit|militia)))\b"
    # not a person's role in one ("Juan Perez, a rebel group member")
    r"(?!['’]s|\s+(?i:leaders?|commanders?|chiefs?|spokes\w+|members?|fighters?|officials?|sources?|head|founder)\b)"
)


def find_sides(article: str) -> list[Agent]:
    """Sides the text describes rather than names: a state's forces by nationality or as "the
    army" ("the Honduran army", "SALVADORAN TROOPS", "the armed forces"; not where the force only
    speaks: "the army said", "an army spokesman"), pattern "national"; fighters by a common noun
    with at most two describing words ("the guerrillas", "URBAN GUERRILLAS", "armed rebels"),
    pattern "fighters". Article order, deduplicated case-insensitively, title-case headlines and
    instruction-like sentences skipped as in ``find_groups``. Kept apart from ``find_groups``,
    whose results are names."""
    upper = is_upper_case_text(article)
    out: list[Agent] = []
    seen: set[str] = set()
    for s0, _s1, sent in _group_sentences(article, upper):
        for g in _described_sides(article, s0, sent):
            if names_no_side(article, g.start, g.end):
                continue
            key = " ".join(g.name.lower().split())
            if key not in seen:
                seen.add(key)
                out.append(g)
    return out


# A country that fights, not one that only speaks ("Israel said" is a source): the subject of a
# violent verb ("Israel struck", "Russia launched air strikes"), a speaker of its own forces'
# deeds ("Israel said its jets had struck", "The United States said its forces struck"), or the
# owner of the weapons named by its nationality ("Turkish drones hit", "Israeli strikes kill").
_WAR_VERB = (
    r"struck|strikes|strike|bombed|bombs|shelled|shells|attacked|attacks|invaded|invades|targeted|targets|"
    r"pounded|pounds|hit|hits|killed|kills|kill|killing|hitting|targeting|raided|raids|intercepted|downed|"
    r"shot\s+down|fired|fires|"
    r"(?:launched|launches|carried\s+out|carries\s+out|conducted|conducts)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:air\s*strikes|strikes|raids|attacks|offensive|bombardment|shelling|operation|incursion|assault)"
    # "Russia launched 40 drones at Kharkiv", "Iran fired missiles at": weapons sent by the country
    r"|(?:launched|launches|fired|fires)\s+(?:[\w'’-]+\s+){0,2}?(?:drones|missiles|rockets|shells|bombs)"
)
_OWN_FORCE = (
    r"forces|jets|warplanes|aircraft|drones|troops|soldiers|army|military|navy|air\s+force|artillery|"
    r"missiles|ships|warships|tanks"
)
_STATE_ACTS = re.compile(
    rf"\s+(?:(?:has|had|have|also|reportedly|then|later)\s+){{0,2}}(?P<direct>{_WAR_VERB})\b"
    rf"|\s+(?:(?:has|had)\s+)?(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:its|their)\s+"
    rf"(?:{_OWN_FORCE})\s+(?:(?:had|have|has)\s+)?(?:{_WAR_VERB})\b"
    rf"|['’]s\s+(?:{_OWN_FORCE})\s+(?:(?:had|have|has)\s+)?(?:{_WAR_VERB})\b",
    re.I,
)
_WEAPON_OF = re.compile(
    rf"(?<![\w'’-])(?P<dem>[A-Z][a-z]+)\s+(?:(?:drone|air|missile|artillery|aerial)\s+)?"
    rf"(?:air\s*strikes?|strikes?|attacks?|drones?|jets|warplanes|shelling|artillery|"
    rf"missiles?|forces|troops)\s+(?:(?:have|had|has|reportedly)\s+)?(?:{_WAR_VERB})\b"
)


# A state's deed named by its nationality word: the state's forces did it (ACLED/UCDP code the
# state's forces as the actor): "an Israeli airstrike", "Russian shelling", "killed by Israeli
# fire", "a Pakistani army raid", "Sudanese army artillery", "U.S. strikes", "Turkish drones
# killed". Not the maker of a weapon ("a U.S.-made missile", "Iranian-made drones": the hyphen
# ends the word), not hardware another fires or that is hit ("Russia launched Iranian drones",
# "a strike on Russian tanks": hardware counts only as the subject of a violent verb or after
# "by"/"from"), not victims or speakers ("an Israeli soldier was killed", "Russian state media
# said": no deed noun follows), not a word of the country table that names no state's forces in
# war reporting ("Palestinian rocket fire": armed groups).
_DEED_FORCE = (
    r"army|military|armed\s+forces|air\s+force|navy|naval|security\s+forces|police|government|regime|"
    r"border\s+guards?"
)
_DEED_MOD = (
    r"drone|air|aerial|missile|artillery|rocket|mortar|tank|sniper|ground|cross-border|retaliatory|overnight|"
    r"heavy|deadly|fresh|new|renewed|repeated|intense|sustained|special|military"
)
_DEED_ACT = (
    r"air\s*strikes?|air\s+raids?|strikes?|bombardments?|bombings?|shelling|shellfire|(?:gun|tank|sniper)?fire|"
    r"raids?|artillery|offensives?|incursions?|assaults?|attacks?"
)
#: every nationality word of the one demonym table, longest first, as one alternation
_DEMONYM_ALT = "|".join(re.escape(d).replace(r"\ ", r"\s+") for d in sorted(COUNTRY_OF_DEMONYM, key=len, reverse=True))
_DEED_HARDWARE = r"drones|jets|warplanes|fighter\s+jets|helicopters|gunships|missiles|rockets|tanks"
_NATIONAL_DEED = re.compile(
    # "US strikes": the capitals "US" are the United States' word too (never the pronoun "us")
    r"(?<![\w'’.-])(?P<dem>(?-i:US)|"
    + _DEMONYM_ALT
    + rf")(?P<force>\s+(?:{_DEED_FORCE}))?(?:['’]s)?\s+(?:(?:{_DEED_MOD})\s+){{0,2}}"
    rf"(?:(?P<act>{_DEED_ACT})|(?P<hw>{_DEED_HARDWARE}))(?![\w'’-])",
    re.I,
)
_NO_STATE_DEED = frozenset({"palestinian"})
#: a bare "strike" is a deed only in a sentence that tells violence or names arms
_ARMED_SENTENCE = re.compile(
    r"\b(?:kill|wound|injur|dead|died|hit|struck|destroy|target|bomb|missile|drone|rocket|shell|military|army|"
    r"forces|troops|attack|civilian|casualt)",
    re.I,
)
_HARDWARE_ACTS = re.compile(rf"\s+(?:(?:have|had|has|reportedly|also|then)\s+)?(?:{_WAR_VERB})\b", re.I)


def _national_deeds(s0: int, sent: str, upper: bool) -> list[Agent]:
    """The state named by its nationality word on a deed in ``sent`` (see the rules above): the
    nationality word as written, with the force word when the text writes one ("Israeli",
    "Pakistani army", "U.S."), pattern "nationality"."""
    out = []
    for m in _NATIONAL_DEED.finditer(sent):
        dem = m.group("dem")
        if " ".join(dem.lower().split()) in _NO_STATE_DEED:
            continue
        noun = m.group("act") or m.group("hw")
        if not upper and (not dem[0].isupper() or not noun[0].islower()):
            continue  # "the Israeli Fire and Rescue Service": a name, not a deed
        if (
            re.fullmatch(r"strikes?", noun, re.I)
            and not sent[m.end("dem") : m.start("act")].strip()  # no force or weapon word before it
            and not _ARMED_SENTENCE.search(sent)
        ):
            continue  # "British strikes disrupted trains": a stoppage of work, no violence told
        if m.group("hw") and not (
            _HARDWARE_ACTS.match(sent, m.end()) or re.search(r"\b(?:by|from)\s+(?:the\s+)?\Z", sent[: m.start()], re.I)
        ):
            continue  # "launched Iranian drones", "destroyed Russian tanks": not the state's deed
        end = m.end("force") if m.group("force") else m.end("dem")
        out.append(Agent(" ".join(sent[m.start() : end].split()), s0 + m.start(), s0 + end, "nationality"))
    return out


def national_deeds(article: str) -> list[Agent]:
    """States named by a nationality word on a deed ("an Israeli airstrike killed five", "killed
    by Russian shelling"), in article order, instruction-like sentences skipped; pattern
    "nationality" (see ``_national_deeds``)."""
    upper = is_upper_case_text(article)
    out: list[Agent] = []
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if not is_instruction_like(sent):
            out.extend(_national_deeds(s0, sent, upper))
    return out


#: a state's forces as a whole by its nationality word ("Israeli forces", "the Russian military");
#: not its people ("three Israeli soldiers": often the counted dead)
_STATE_FORCE_NAME = re.compile(
    r"(?<![\w'’.-])(?P<dem>"
    + _DEMONYM_ALT
    + r")\s+(?:forces|army|military|armed\s+forces|security\s+forces|defen[cs]e\s+forces|air\s+force|navy)"
    r"(?![\w'’-])",
    re.I,
)


def state_force_names(article: str, country: str) -> list[Agent]:
    """The names the text gives the forces of ``country`` (a country as ``places`` names it):
    its nationality word before a force as a whole ("Israeli forces", "the Pakistani army"; a
    force that only speaks too: it is the same side; not "three Israeli soldiers"), in article
    order."""
    out = []
    for m in _STATE_FORCE_NAME.finditer(article):
        dem = m.group("dem")
        if dem[0].isupper() and (country_of_demonym(dem) or "").lower() == country.lower():
            out.append(Agent(" ".join(m.group().split()), m.start(), m.end(), "national"))
    return out


def find_states_at_war(article: str) -> list[Agent]:
    """Countries the text makes fight (see the rules above), each once, at the first mention of
    the country's name that ``places.actor_mention`` reads as an actor (else the first where it
    fights): pattern "state-forces" when its forces, jets or drones do the deed, "state" when the
    country is the verb's own subject. A country that only speaks ("Israel said", "Turkey denied")
    is a source, not found here. Instruction-like sentences are skipped."""
    found: dict[str, tuple[int, int, str]] = {}
    for s0, s1 in sentence_spans(article):
        sent = article[s0:s1]
        if is_instruction_like(sent):
            continue
        for m in COUNTRY_RX.finditer(sent):
            acts = _STATE_ACTS.match(sent, m.end())
            if acts is None or not m.group()[0].isupper() or not actor_mention(article, s0 + m.start(), s0 + m.end()):
                continue  # "villages in southern Lebanon killed ...": where, not who
            key = " ".join(m.group().lower().split())
            pattern = "state" if acts.group("direct") else "state-forces"
            found.setdefault(key, (s0 + m.start(), s0 + m.end(), pattern))
        deeds: list[tuple[str, Agent | None]] = [(m.group("dem"), None) for m in _WEAPON_OF.finditer(sent)]
        for g in _national_deeds(s0, sent, is_upper_case_text(article)):
            words = g.name.split()  # "South Sudanese army": the nationality is two words
            deeds.append((" ".join(words[:2]) if country_of_demonym(" ".join(words[:2])) else words[0], g))
        for dem, deed in deeds:
            country = country_of_demonym(dem)
            if country is None:
                continue  # a nationality word ("Turkish" -> Turkey, "Dutch" -> Netherlands), no other word
            mentions = [
                c for c in COUNTRY_RX.finditer(article) if " ".join(c.group().lower().split()) == country.lower()
            ]
            # the country the nationality word is of, where the text makes it act; else where it
            # names it not as a place ("Turkey, a NATO member"), never "in Turkey"
            c = next((c for c in mentions if actor_mention(article, c.start(), c.end())), None) or next(
                (c for c in mentions if not _LOCATIVE_BEFORE.search(article[max(0, c.start() - 40) : c.start()])),
                None,
            )
            if c is not None:
                found.setdefault(country.lower(), (c.start(), c.end(), "state-forces"))
            elif deed is not None and country.lower() not in found:
                # the country not named as a side: its forces as the text names them ("Israeli
                # forces"), else the nationality word of the deed itself ("an Israeli airstrike")
                force = next(iter(state_force_names(article, country)), deed)
                found[country.lower()] = (force.start, force.end, "state-forces")
    out = []
    for key, (a, b, pattern) in found.items():
        # the country's first mention as an actor, where the text names it as one
        first = next(
            (
                c
                for c in COUNTRY_RX.finditer(article)
                if c.group().lower() == key and actor_mention(article, c.start(), c.end())
            ),
            None,
        )
        if first is not None:
            a, b = first.start(), first.end()
        out.append(Agent(" ".join(article[a:b].split()), a, b, pattern))
    out.sort(key=lambda g: g.start)
    return out
