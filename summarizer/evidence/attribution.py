"""Who says so, how sure they are, and what kind of source they are.

Status rules (information credibility, kept apart from source reliability):

1. ``disputed``: the sentence says a figure or claim was denied, disputed, contested or
   rejected.
2. ``unverified``: the sentence carries a hedge ("reportedly", "could not be verified",
   "claimed", "unconfirmed", "said to have", ...): a hedged figure is never ``confirmed``,
   even when another source corroborates it.
3. ``confirmed``: two or more independent sources give overlapping figures (the caller
   passes ``n_independent_sources``).
4. ``confirmed``: the sentence itself says the figure was confirmed (and is not hedged);
   the assembler keeps it only when the confirmer (``confirmer``) is independent.
5. ``reported``: everything else.

The article-wide rules (contradiction, scoped denials, blanket doubt, independent
confirmation) and the source rules (joint, introduced, relayed and carried-on speakers) are
written in the package docstring (``summarizer.evidence``), after attrib_README and UCDP GED.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from summarizer.evidence._text import DEMONYMS, norm_ws, sentence_bounds, sentence_edges, sentence_spans
from summarizer.evidence.dates import dateline_at
from summarizer.evidence.names import aliases, country_of_demonym, mention_forms
from summarizer.evidence.places import capital_country, is_country
from summarizer.schema import SourceKind, Status

__all__ = [
    "INTERNATIONAL",
    "NO_SIDE_OFFICE",
    "PROJECTION",
    "antecedent",
    "carried_attribution",
    "carried_from",
    "casualty_status",
    "confirmer",
    "denies_a_role",
    "disputes",
    "document_issuer",
    "find_attribution",
    "find_hedges",
    "find_relay",
    "find_sources",
    "publisher_names",
    "reliability_notes",
    "role_introduced",
    "same_body",
    "sentence_bounds",
    "source_kind_hint",
    "speaks_for_civil_body",
    "split_joint",
    "split_relay",
    "transcript_speaker",
]

#: people a modal says may not yet be found: "up to 6 tenants could still be trapped" (a hedge here;
#: assemble._INNER_HEDGE: a hedge inside the reported clause)
MODAL_TRAPPED = r"(?:could|may|might)\s+(?:still\s+)?be\s+trapped"
#: the harm itself under a modal: "up to 30,000 people may have fled", "could be displaced", "might
#: still be missing" (session 20): a hedge; lower-case only, so the month ("In May, 300 people fled") is none
HARM_MODAL = (
    r"(?-i:may|might|could)\s+(?:still\s+|also\s+|well\s+)?(?:have|be)\s+"
    r"(?:died|fled|displaced|drowned|perished|missing|dead)\b"
)
_HEDGES = [
    r"according\s+to\s+unconfirmed\s+reports",
    r"(?:could|can|cannot|can't|could\s+not|has\s+not|have\s+not|had\s+not)\s*(?:not\s+)?"
    r"(?:be\s+|been\s+)?(?:independently\s+|reliably\s+|immediately\s+|yet\s+)?"
    r"(?:verified|confirmed)",
    # "could not yet confirm complaints that ..." (session 15): "yet" as in the passive "not yet confirmed"
    r"(?:could|can|cannot|was|were|is|are)\s*(?:not\s+)?(?:unable\s+to\s+)?"
    r"(?:independently\s+|reliably\s+|immediately\s+|yet\s+)?(?:verify|confirm)\b",
    r"(?:unable|impossible)\s+to\s+(?:yet\s+)?(?:independently\s+|reliably\s+)?(?:verify|confirm)",
    # "had not been able to verify that figure" (session 14): a source saying it could not confirm it
    r"(?:has|have|had|was|were|is|are)\s+not\s+(?:been\s+)?able\s+to\s+(?:independently\s+|reliably\s+)?"
    r"(?:verify|confirm)\b",
    # "Officials did not confirm the report": a source declining to confirm it
    r"(?:did|does|do)\s+not\s+(?:yet\s+)?(?:independently\s+)?(?:verify|confirm)\b",
    r"(?:it\s+was|it\s+is|it\s+has\s+not\s+been)\s+not\s+possible\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm)",
    r"not\s+(?:been\s+)?(?:independently|reliably)\s+(?:verified|confirmed)",
    r"there\s+was\s+no\s+(?:independent\s+)?(?:confirmation|verification)",
    r"reportedly",
    r"allegedly",
    r"purportedly",
    r"purporting",
    # a count hedged in its own words: "maybe thirty people", "perhaps 200" (quantities reads n)
    r"(?:maybe|perhaps|possibly|probably)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|dozens|a\s+dozen)\b)",
    # a source's belief introducing its count: "he believed at least 20 injured people were sheltering nearby"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?:believed|believes|thought|thinks|feared|fears)\s+(?:that\s+)?"
    r"(?=(?:at\s+least|more\s+than|as\s+many\s+as|up\s+to|about|around|nearly|over|some|dozens|scores|hundreds|"
    # (session 19) every quantity's opening words: "they believed between 8 and 11 children", "a dozen"
    r"between|almost|close\s+to|roughly|approximately|no\s+fewer\s+than|several|a\s+(?:few|dozen|number\s+of)|"
    r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b))",
    # (session 25) a belief about the toll itself: "he believes the real toll on both sides is well over 30"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?:believed|believes|thinks|thought)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:(?:real|true|actual|final)\s+)?(?:death\s+)?(?:toll|number\s+of\s+(?:dead|victims|casualties))\b",
    # a participle hedged by belief or fear: "up to 9 people believed trapped", "30 feared dead"
    r"(?:believed|feared|thought)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:trapped|dead|killed|missing|buried|drowned)\b",
    r"unconfirmed",
    r"unverified",
    r"said\s+to\s+have",
    r"(?:is|are|were|was)\s+(?:believed|thought|feared|said)\s+to\s+(?:have|be)",
    # a modal hedging people not yet found: "up to 6 tenants could still be trapped" (session 13, fa2)
    MODAL_TRAPPED + r"\b",
    HARM_MODAL,
    # "the latest attack claimed by the Houthis": who claims the attack, no doubt about a figure
    r"(?<!\battack\s)(?<!\battacks\s)(?<!\bstrike\s)(?<!\bstrikes\s)(?<!\bbombing\s)(?<!\braid\s)"
    r"(?<!\bambush\s)(?<!\bassault\s)"
    # "in a raid later claimed by the KLF": the same, with "later" between
    r"(?<!\battack\slater\s)(?<!\battacks\slater\s)(?<!\bstrike\slater\s)(?<!\bbombing\slater\s)"
    r"(?<!\braid\slater\s)(?<!\bambush\slater\s)"
    r"claim(?:ed|s|ing)?\b(?!\s+(?:responsibility|credit|the\s+lives|(?:\w+\s+)?lives))",
    # (session 24) not the adjective of who the victims are said to be: "captured four alleged members of the Clan
    # del Golfo", "arrested 12 alleged bandits" (the count is the source's own; the membership is alleged)
    r"alleg(?:es|ation|ations)|alleged(?!\s+(?:[\w-]+\s+)?(?:members?|militants?|rebels?|fighters?|bandits?|"
    r"kidnappers?|collaborators?|informants?|smugglers?|traffickers?|thieves|rustlers?|gunmen|insurgents?|"
    r"jihadists?|terrorists?|criminals?|gang\s+members?|sympathi[sz]ers?|spies|accomplices)\b)",
    r"rumou?r(?:ed|s)?",
    r"(?:may|might)\s+have\s+been",
    r"reports\s+suggest",
    # "UNICEF said it had received reports that six children were killed": a report passed on
    r"(?:has|have|had)\s+received\s+(?:unconfirmed\s+|credible\s+)?reports?\s+(?:that|of)\b",
    # (session 21) a source still checking what it passes on: "UNSMIL said it was working to verify reports that
    # at least four civilians were among the dead", "seeking to confirm claims of", "trying to verify information that"
    r"(?:working|seeking|trying|attempting|striving)\s+to\s+(?:independently\s+)?(?:verify|confirm)\s+"
    r"(?:the\s+|unconfirmed\s+|credible\s+)?(?:reports?|claims?|allegations?|information|accounts?)\s+(?:that|of)\b",
    # "the reported killing of 460 people": the adjective hedges the event it names
    r"(?:the|a|these|those|its|their)\s+reported\s+(?:killings?|deaths?|massacres?|executions?|shootings?|"
    r"abductions?|kidnappings?|attacks?|strikes?)",
]
_HEDGE_RE = re.compile(r"\b(?:" + "|".join(f"(?:{h})" for h in _HEDGES) + r")", re.I)

#: a source saying it carried out no such act there at all: 'said it had "not carried out any
#: operations in the province"', "said no air strikes had been conducted in the area": the event did not take
#: place, by its account (as ``figures._DENIED_EVENT``), not only "not us" ("denied it carried out the strike")
NO_OPERATIONS = re.compile(
    r"\b(?:had|has|have|did|was|were)\s+[\"“']?not\s+(?:carried\s+out|conducted|launched|carry\s+out|conduct|launch|"
    r"flown|fly)\s+any\s+(?:[\w-]+\s+){0,2}?(?:operations?|strikes?|air\s*strikes?|raids?|attacks?|sorties|"
    r"missions?|shelling)\b"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:operations?|strikes?|air\s*strikes?|raids?|attacks?|sorties|missions?)\s+"
    r"(?:had|has|have)\s+been\s+(?:carried\s+out|conducted|launched|flown)\b",
    re.I,
)

_DISPUTE_RE = re.compile(
    # denying responsibility or a role disputes who did it, not the casualties
    r"\b(?:den(?:ied|ies|y|ying)(?!\s+(?:any\s+|all\s+)?(?:responsibility|involvement|role|part|blame|being\s+behind|"
    r"that\s+(?:it|its|they|their)\b[^.]{0,40}\b(?:involved|responsible|behind)))|disput(?:ed|es|ing)|contest(?:ed|s|ing)|"
    r"(?:reports?|claims?|allegations?|figures?|accounts?)\b[^.]{0,80}\b(?:(?:are|were|is|was)\s+[\"“']?(?:lies|false|untrue|"
    r"fabricated|baseless|fake|(?:a\s+)?fabrications?|propaganda)|lies|called\s+[\"“']?an?\s+(?:outright\s+)?lie)\b|"
    r"reject(?:ed|s|ing)\s+(?:the\s+)?(?:figure|toll|number|claim|report|account)s?|"
    r"refut(?:ed|es|ing)|dismissed\s+(?:the\s+)?(?:figure|toll|claim|report)s?|"
    # "dismissed as 'a fantasy' a claim by the group that ...": the verdict before the claim
    r"dismissed\s+as\s+[\"“'‘]?[^\"”'’.]{1,40}?[\"”'’]?,?\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:figure|toll|claim|report|account)s?\b|"
    r"(?:challenged|questioned)\s+(?:the\s+)?(?:figure|toll|number)s?|"
    r"(?:exaggerated|inflated)\s+(?:figure|toll|number)s?|"
    r"(?:figure|toll|number)s?\s+(?:was|were|is|are)\s+(?:exaggerated|inflated)|"
    r"and\s+not\s+\d+)",
    re.I,
)
_CONFIRM_RE = re.compile(r"\b(?:confirm(?:ed|s|ing)?|verified)\b", re.I)

_VERBS = (
    r"said|says|say|reported|reports|report|told|tells|claimed|claims|announced|announces|"
    r"confirmed|confirms|stated|states|added|adds|disclosed|discloses|noted|indicated|"
    r"revealed|estimated|estimates|cited|quoted|informed|acknowledged|admitted|denied|denies|deny|"
    # (session 25) an outlet's present relay: "The state news agency X quotes the mayor, Name, as saying ..."
    r"(?:quotes|cites)(?=\s+[^.;:\"“”]{2,140}?\s+as\s+(?:saying|telling|stating)\b)|"
    # (session 22) the plural present before its clause: "Humanitarian partners estimate that some 9,500 ..."
    r"estimate(?=\s+that)|"
    # (session 22) "Partners warn that up to 20,000 more could be displaced": a warning with its clause reports
    r"warn(?=\s+that)|"
    # "Hrytsenko wrote on Telegram that ...", '"...," Hrytsenko wrote' (session 13)
    r"wrote|writes|"
    # (session 23) a live report's progressive: "Rudaw, citing an official, is reporting that as many as 22 ..."
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s))reporting(?=\s+that\b)|"
    # (session 23) "Residents describe shells arriving in clusters", "The mission has described a pattern of
    # attacks" (not "a man described as a farmer", "described by", nor the passive participle's "described")
    r"describe(?!\s+(?:as|it|them|him|her|himself|herself|themselves|itself)\b)|"
    r"describes(?!\s+(?:as|himself|herself|themselves|itself)\b)|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)"
    r"described(?!\s+(?:as|by|in|to|on|at|above|below|earlier|here|there|later|himself|herself|themselves|itself)\b)(?=\s+[\w\"“])|"
    r"warned|warns|analysed|analyzed|documented|expressed|accused|accuses|confirm|verify|verified|"
    r"rejected|rejects|dismissed|dismisses|insisted|insists|attributed|attributes|blamed|blames|"
    # (session 16) "Exiled activists disputed the official account": a source contesting the figures (past
    # tense only: "fed by disputes over grazing" is a noun)
    r"disputed|contested|"
    # (session 23) "Municipal president X questioned the state's displacement figure": a source contesting a count
    r"questioned(?=\s+(?:the|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:figures?|tolls?|counts?|"
    r"numbers?|accounts?|claims?|version|tally|estimates?)\b)|"
    # (session 23) "Relatives identified two of the dead as civilians": naming who the victims were
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)identified(?!\s+(?:himself|herself|themselves|itself)\b)(?=\s+[^.;:]{1,60}?\s+as\b)|"
    # a monitor's count: "the conflict monitor ACLED recorded more than 8,000 deaths"
    r"recorded|records|registered|tallied|counted|"
    # (session 19) the present of a monitor's count: "X, which tracks political violence, counts 150,000 deaths"
    r"counts|"
    # an allegation is a report: "The committee alleged that scores of men had been picked up", "X charged
    # that ..." (the adjective "the alleged killing" has a determiner before it; "charged with" is no report)
    r"alleged(?=\s+(?:that|on|in|last|this|earlier|late|,))|alleges|allege(?=\s+that)|charged(?=\s+that)|charges(?=\s+that)|"
    r"according"
)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b", re.I)
#: an outlet's own verbs, with a report as object or closing the clause: "Halqabox published a report
#: saying ...", "..., Kabulnow broadcast on Tuesday." ("aired pictures of the wreckage" reports nothing)
_PUBLISHED = re.compile(
    r"\b(?:published|broadcast|aired)(?=\s+(?:(?:a|an|its|the|their|his|her|new)\s+)?(?:[\w-]+\s+)?"
    # footage is a source (attrib_README kinds, media): "Local outlet X published footage showing ..."
    r"(?:reports?|story|stories|articles?|interviews?|figures|data|lists?|tall(?:y|ies)|counts?|footage|videos?)\b"
    r"|\s*(?:(?:on|late|early|last)\s+\w+\s*)?(?:[.,;]|$))",
    re.I,
)
#: a source giving a count as a noun phrase: "the administrator gave a lower death toll", "police
#: put the toll at 42" (a reporting verb only with a count noun; "gave chase" reports nothing)
#: (session 17) a revision announced, its numbers in the sentences after: "The X has revised its toll."
_TOLL_REVISED = (
    r"\b(?:revised|revises|updated|updates|raised|raises|lowered|lowers|corrected|corrects)\s+"
    r"(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:toll|figures?|count|tally)(?=\s*(?:[.:;]|$))"
)
#: (session 21) an intensifier before an account's adjective: "a very different account", "a markedly different version"
_ACCOUNT_DEGREE = (
    r"(?:(?:very|quite|much|markedly|starkly|sharply|radically|completely|entirely|totally|somewhat|slightly|"
    r"strikingly|vastly|wholly|rather)\s+)?"
)
_GAVE_COUNT = re.compile(
    # "A first statement from the governor's office had given a toll of seven dead": the perfect's participle too
    r"\b(?:gave|gives|given|put|puts|offered|offers|released|releases|issued|issues)\s+(?:a|an|its|his|her|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:toll|figure|count|tally|estimate|number)s?\b"
    # a source revising its count: "Marchenko had raised the death toll to seven" (to a number)
    r"|\b(?:raised|raises|revised|revises|updated|updates|lowered|lowers)\s+(?:the|its|his|her|their)\s+"
    # (session 22) the event named between the count and its number: "has raised its toll from the
    # overnight bombardment to at least 58"
    r"(?:[\w-]+\s+){0,2}?(?:toll|figure|count|tally|estimate|number\s+of\s+(?:[\w'’-]+\s+){0,9}?[\w'’-]+)"
    r"(?:\s+(?:from|for|in|of|on|after)\s+[^.;:,\d]{1,60}?)?\s+(?:up\s+|down\s+)?to\b"
    # (session 15) "which put its losses at three killed": a side giving its own count
    # (session 23) a possessive before the losses: "put the army's losses at"
    r"|\b(?:put|puts)\s+(?:its|his|her|their|the)\s+(?:own\s+)?(?:[\w'’-]+\s+)?(?:losses|dead|casualties)\s+at\b"
    # (session 17) a revision announced, its numbers in the sentences after: "The X has revised its toll."
    r"|" + _TOLL_REVISED
    # (session 17) "The front offered its own version on radio": a side's own version of events reports
    # (session 21) an intensifier before the adjective: "gave a very different account", "a starkly different version"
    + r"|\b(?:gave|gives|offered|offers)\s+(?:a|an|its|his|her|their)\s+"
    + _ACCOUNT_DEGREE
    + r"(?:[\w-]+\s+)?(?:account|version)\b",
    re.I,
)
#: (session 17) a source announcing a revised count that closes its sentence (``_GAVE_COUNT``)
_REVISION_CLOSES = re.compile(_TOLL_REVISED, re.I)
#: a live blog entry's time stamp opening a sentence: "13:20 - ", "09:05 GMT - "
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AP]\.?M\.?|local\s+time)?\s*[-–—]?\s*", re.I)
#: a source judging a claim: "the General Staff called the claim 'a fabrication'", "branded the
#: reports lies" (only with a claim noun as object: "a group called X" reports nothing)
_CALLS_IT = re.compile(
    r"\b(?:called|calls|branded|brands|described|describes|termed|terms)(?=\s+(?:the|this|that|these|those|its|"
    r"their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|figures?|accounts?|allegations?|tolls?|numbers?)\b)",
    re.I,
)
#: a verb with its object inside a would-be subject: "Gunmen stormed the village, residents said,
#: opening fire ...": the words before the comma are the report, not its sayer
_VERB_OBJECT = re.compile(
    r"\b[a-z]\w+ed\s+(?:the|a|an|their|its|his|her|our|"
    # a counted object: "Volunteers recovered three bodies", "Gunmen killed 12 people" is the report
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s"
)
#: a report headed by its source and a colon, as statements, live blogs and round-ups print
#: them: "The ministry, in a statement: ...", "UNICEF, on X: ...", "The group, in a post on its
#: Telegram channel: ...", "10:45 GMT - The governor has updated the figure: ..."
_STATEMENT_HEAD = re.compile(
    r"^\s*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AP]\.?M\.?|local\s+time)?\s*[-–—]\s*)?"
    r"(?P<src>[A-Z][^,:;\"“”]{1,80}?)"
    r"(?:,\s*(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)?\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:statements?|posts?|tweets?|X|Twitter|Telegram(?:\s+channel)?|Facebook|Instagram|messages?|videos?|"
    r"communiqu\w+|press\s+releases?|briefings?|websites?|social\s+media|broadcasts?|bulletins?|updates?)"
    r"(?:\s+(?:on|to)\s+(?:its|his|her|their|the)\s+[\w\s'’-]{1,30}?)?"
    r"|\s+(?:has|have|had)\s+(?:updated|revised|raised|lowered|corrected)\s+(?:the|its|his|her|their)\s+"
    # (session 22) the event named after the count: "has updated its toll from today's strikes on X:"
    r"(?:[\w-]+\s+)?(?:figure|toll|count|tally|number)s?(?:\s+(?:from|for|in|of|on|after)\s+[^.;:,\d\"“”]{1,60}?)?"
    # (session 22) a live blog's possessive head: "The health ministry's first toll: five people killed"
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:toll|count|tally|figures?)"
    r")\s*:",
)
#: an initialism's dots end no name ("according to U.N. figures"), nor a title's ("according to
#: Dr. Ali Hassan", "Gen.", "Col.", "Mr.")
_TITLE_ABBR = r"(?-i:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Pvt|Pol|Brig|Cmdr|Adm|Gov|Sen|Rep|Prof|Rev|St)"
_TITLE_DOT = _TITLE_ABBR + r"\.\s"
#: (session 22) a named count owned by its source: "By CPT's count, at least 14 ...", "By the UN's tally",
#: "by Reuters' reckoning" (a name, capitalised; "by his count" is the sentence's speaker, carried back)
_BY_ITS_COUNT = re.compile(
    r"\b[Bb]y\s+(?!(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Last|This|Next)\b)"
    r"(?P<src>(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?:of\s+)?(?-i:[A-Z])[\w.&-]*){0,4}?)(?:['’]s?)\s+"
    r"(?:own\s+|latest\s+|last\s+|initial\s+|preliminary\s+|updated\s+)?"
    r"(?:count|tally|reckoning|estimate|figures|calculations?|records|data)\b"
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?P<src>(?:(?:[A-Z]\.){2,}|" + _TITLE_DOT + r"|[^,.;:!?()\"“”])+(?:\([^)]*\)[^,.;:!?\"“”]*)?"
    # an apposition after the name is short ("according to X, a Quito-based group"); a long clause
    # after the comma is the report ("ACCORDING TO PRESS AGENCIES, THE DECISION ... CAUSED DIVISION")
    r"(?:,\s*(?:a|an|the)\s+[a-z][^,.;:]{0,60}(?=[,.;:!?]|$))?)",
    re.I,
)
_INVERTED = re.compile(
    # a title's dot ends no name: "..., said Rev. Ana Obi" (``_TITLE_DOT``)
    # (session 15) "told reporters" only: ", told The Associated Press that ..." names the one told, no sayer
    r"[,\"”]\s*(?:said|says|reported|added|stated|told\s+[a-z]\w*)\s+"
    # (session 23) a lower-case role before the name: '"...," said shopkeeper Faadumo Cali'
    r"(?:(?:local\s+|senior\s+|retired\s+)?(?:shopkeeper|resident|farmer|trader|teacher|nurse|doctor|driver|fisherman|"
    r"herder|student|activist|journalist|lawyer|witness|survivor|villager|elder|vendor|mechanic|merchant|worker|"
    r"volunteer|medic|paramedic|surgeon|pastor|priest|imam|neighbou?r|mother|father|widow)\s+(?=[A-Z][\w'’-]+\s+[A-Z]))?"
    r"(?P<src>(?:the\s+)?(?:"
    + _TITLE_DOT
    # titles in a row: "..., said Pol. Lt. Col. Name"
    + r"){0,3}[A-Z][^,.;:!?\"“”\n]{1,80})",
)
#: a person described, not named, after the verb that closes the report: "..., said a soldier's wife,
#: who asked not to be named", "..., said one 60-year-old herder." (no quotation mark needed)
_SAID_DESCRIBED = re.compile(
    # (session 19) "said a dozen people ... had been admitted": a quantity, no sayer
    r",\s*(?:said|says|added)\s+(?P<src>(?:a|an|one|another)\s+"
    r"(?!(?:dozen|number|few|handful|score|total|hundred|thousand|couple|series|further|lot)\b)"
    r"(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;]|$|\s(?:who|from|in|at|of|whose|with)\b))"
)
#: a document or a report, no person: "..., said a statement."
_DOCUMENT_HEAD = re.compile(
    r"\b(?:statement|report|communiqu\w+|release|post|message|notice|letter|document|tally|count|figure|list)s?$", re.I
)
#: a person described, not named, after the words they said: "'They shot at everyone,' said a farmer who
#: fled the village", "..., says one survivor." (a closing quote mark before the verb)
_AFTER_QUOTE = r"[,.?!][\"”’]\s*(?:said|says|added|recalled)\s+"
_QUOTED_PERSON = re.compile(
    _AFTER_QUOTE + r"(?P<src>(?:a|an|one|another)\s+(?:[a-z0-9][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)"
    r"(?=\s*(?:[,.;:!?]|\s(?:who|from|in|at|of|on|whose|with)\b|$))"
)
#: a role after the verb that closes the report, the person's name in apposition after it: "'...,' said
#: the doctor, Samer Haddad.", "..., said the village chief, Omar Diallo, who ..." (the name is the speaker)
_SAID_ROLE_NAME = re.compile(
    r"[,\"”’]\s*(?:said|says|added|recalled|told\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+"
    r"(?:the|a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    # (review s12) a place ends the role, the name after it is the place's: "said a resident of the capital, Port X."
    r"(?!(?:capital|city|town|village|province|region|district|country|county|state|area|camp|neighbou?rhood|"
    r"island|port|valley)\b)[a-z][\w'’-]*,\s+"
    r"(?P<src>(?:"
    + _TITLE_DOT
    + r"){0,2}[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)\s+)?[A-Z][\w'’-]*){1,3})"
    r"(?=\s*(?:[,.;:!?]|$))"
)
#: "was also reported by the el-Fasher Resistance Committee": the agent of a reporting verb
_REPORTED_BY = re.compile(
    # (session 17) "The X is blamed by prosecutors for the deaths of six guards": the one who blames reports
    r"\b(?:reported|confirmed|announced|documented|verified|certified|stated|relayed|published|blamed|accused)\s+by\s+"
    r"(?P<src>(?:the\s+)?[A-Za-z][^,.;:!?()\"“”]{1,60}?)(?=\s*(?:[,.;:!?()]|\s(?:on|in|at|who|which|that)\b|$))",
)
#: a statement or message ascribed to its author: "In a message circulated on WhatsApp and attributed to the
#: X column, the group claimed ..." (the author is the source; "the group" then refers back to it)
_ATTRIBUTED_TO = re.compile(
    r"\b(?:statements?|messages?|posts?|videos?|recordings?|audio|letters?|communiqu\w+|claims?)\s+"
    r"(?:[^,.;:\"“”]{0,60}?\s)?(?:attributed|ascribed)\s+to\s+"
    r"(?P<src>(?:the\s+)?[A-Za-z][^,.;:!?()\"“”]{1,60}?)(?=\s*(?:[,.;:!?()]|\s(?:on|in|at|who|which|that)\b|$))",
    re.I,
)
#: a claim and its claimant, the claim's content after "that": "dismissed as 'pure fantasy' a claim by the
#: jihadist group X (KAS), published by its media arm, that its fighters had killed 100" (X claims the
#: figure; the one dismissing it disputes it)
_CLAIM_BY = re.compile(
    r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?claims?\s+(?:by|from)\s+"
    r"(?P<src>(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[A-Z][^,.;:!?\"“”]{1,60}?)(?=\s*(?:[,.;:!?]|\s(?:that|on|in)\b|$))"
)
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "this",
    "that",
    "the report",
    "reports",
    "the statement",
    # a document or a broadcast named again: its issuer, named before, speaks (``_STATEMENT_SAYS``)
    "the broadcast",
    "the bulletin",
    "the communique",
    "the communiqué",
    "the press release",
    "the notice",
    "the post",
    "the message",
    "which",
    "who",
    "there",
    "one",
    "officials who",
}
_SOURCE_NOUN = re.compile(
    r"\b(?:source|sources|official|officials|spokes\w*|police|ministry|minister|agency|"
    r"army|military|forces?|government|authorities|authority|observatory|monitor|group|"
    r"groups|witness\w*|residents?|doctors?|hospital|medics?|commander|council|governor|"
    r"president|presidency|statement|report|tv|television|radio|media|newspaper|news|committee|"
    r"organi[sz]ation|agencies|red\s+cross|red\s+crescent|un|ngo|correspondent|reporter|chief|"
    r"general|prosecutors?|militias?|militants?|rebels?|fighters|office|staff|rescuers?|paramedics?|workers?|network|activists?|"
    r"journalists?|monitors?|agency|defen[cs]e|observers?|man|woman|men|women|mother|father|survivors?|"
    r"relatives?|famil(?:y|ies)|nurses?|committee|navy|wing|charity|charities|"
    # office holders and heads: "a local civil society leader said", "the mayor said", "the
    # vessel's manager said"
    r"leaders?|mayors?|administrators?|lawmakers?|legislators?|managers?|operators?|owners?|directors?|"
    r"coordinators?|chairman|chairwoman|chairperson|envoys?|ambassadors?|senators?|deputies|deputy|councillors?|"
    # local administrators and state watchdogs: "the county commissioner said", "the prefect", "the ombudsman"
    r"commissioners?|prefects?|sub-prefects?|ombuds\w*|"
    # security bodies and people described by their work: "the region's counter-terrorism service said",
    # "a diplomat familiar with the talks", "a rights lawyer", "elders in the town"
    r"services?|directorates?|diplomats?|lawyers?|elders?|"
    # bodies and sides after a comma or a conjunction: "..., the mission said", "..., and the opposition says"
    r"missions?|movements?|junta|regime|administration|coalition|alliance|party|department|"
    r"commission|bureau|union|troops|soldiers|campaigners?|brigades?|battalions?|"
    # (session 22) an army's units named again: "..., the division said", "the regiment said", "the corps said"
    r"divisions?|regiments?|(?<!press\s)corps|"
    # (session 16) "the judicial system said", "the prison system", "the national gendarmerie", "the command said"
    r"system|gendarmerie|gendarmes?|command|"
    # (session 17) a body's own noun named again: "..., the trust said", "the foundation says"
    r"trust|foundation|institute|association|federation|league)\b",
    re.I,
)


def find_hedges(sentence: str) -> list[str]:
    """Hedge phrases in ``sentence``, as written, in text order."""
    return list(_hedges(sentence))


# The builder, the candidate finder and the checks look at the same sentences again and
# again (several times per article): the pure per-sentence scans are memoised.
@lru_cache(maxsize=4096)
def _hedges(sentence: str) -> tuple[str, ...]:
    return tuple(norm_ws(m.group()) for m in _HEDGE_RE.finditer(sentence))


_ADVERBIAL = re.compile(
    r"^(?:according|on|in|at|after|before|following|during|however|moreover|meanwhile|also|earlier|"
    r"later|separately|yesterday|today|tonight|but|and|while|since|as|when|although|"
    r"furthermore|in\s+addition|overall|still|now|then|last|this|early|late|with|without|amid|despite|under|"
    r"for|from|across|near|through|within|against|among|given|"
    # a place or sequence opener: "Further east, in X province, government forces said", "Elsewhere, police
    # said", "Along the border, the rebels said"
    r"further|farther|elsewhere|along|nearby|beyond|outside|inside|around|throughout|overnight|besides|even\s+so|"
    r"toward|towards|"
    # (session 25) a period or a point in time: "Between 1 January and 30 September 2025, the X verified 63
    # cases", "By Monday evening, police said", "Until then, the army said"
    r"between|until|till|by|upon)\b|^\w+ly$|"
    # a time or a distance opener: "Hours later, the ministry said", "Two days earlier, ...", "about 50 km
    # (30 miles) south of X, the district head said" (where, never who)
    r"^(?:(?:a|an|one|two|three|several|some|few|hours|days|weeks|months|minutes|moments|[\w-]+)\s+){0,2}"
    r"(?:hours?|days?|weeks?|months?|minutes?|moments?|years?)\s+(?:later|earlier|afterwards?|ago)$|"
    # "Hours after the raid, the group's TV reported", "Two days before the vote, X said": a time
    # measured from an event (session 13)
    r"^(?:(?:a|an|one|two|three|several|some|few|[\w-]+)\s+)?(?:hours?|days?|weeks?|months?|minutes?|moments?|years?)"
    r"\s+(?:after|before|into|since)\s+\S|"
    r"^(?:(?:about|around|some|roughly|nearly|almost|more\s+than|less\s+than|over|just)\s+)?[\d,.]+\s*"
    r"(?:km|kilometres?|kilometers?|miles?|mi|metres?|meters?)\b|"
    # a participial opener: "Speaking to the BBC from hospital, Olena said"
    r"^(?:speaking|writing|talking|posting|reached|contacted|interviewed)\s+(?:to|from|on|in|by|at|with)\b|"
    # "Referring last night to the gangs, Perez said": any participle opener reaching a preposition
    r"^[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}?(?:to|about|on|at|from|with)\s|"
    # (session 24) a participle and its object: "Confirming the incident, the police spokesperson said"
    r"^(?:confirming|reacting|responding|commenting|announcing|addressing|describing|recounting|updating|"
    r"condemning|denying|acknowledging)\s+(?:the|this|that|these|those|his|her|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?$",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|will|would|could|killed|died|attacked|"
    r"exploded|targeted)\b",
    re.I,
)
_TRAIL = re.compile(
    r"(?:\s+(?:also|later|earlier|previously|again|further|had|has|have|initially|"
    r"officially|separately|independently|flatly|publicly|categorically|firmly|strongly|formally|repeatedly|emphatically|"
    # how often: "The government rarely discloses figures" is the government
    r"rarely|seldom|often|frequently|usually|routinely|regularly|sometimes|occasionally|generally|typically|"
    # "Marchuk now puts the death toll at 11": a time adverb before the verb is no part of the name
    r"(?-i:now|still|already)|"
    # "Delta Today reported": a capitalised "Today" closes an outlet's name, no time word
    r"(?-i:today|yesterday|tonight|TODAY|YESTERDAY|TONIGHT)|on\s+\w+|late\s+\w+|early\s+\w+|this\s+\w+|"
    r"last\s+\w+|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+\w+)?))+$",
    re.I,
)


_LEAD_TIME = re.compile(
    # "By Saturday evening Marchenko had raised the toll": a time opener with no comma
    # ("Late on Friday the agency said": "early/late on" a day, session 16)
    r"^(?:(?:today|yesterday|tonight|earlier|later|meanwhile|however|also|(?:on|late|early|last|by|(?:early|late)\s+on)\s+\w+day"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "By mid-morning the State Emergency Service said", "By nightfall police said" (session 13)
    r"|by\s+(?:mid-?morning|mid-?afternoon|midday|noon|nightfall|dawn|dusk|midnight|evening|the\s+evening|the\s+afternoon))"
    r"\b,?\s*)+",
    re.I,
)
#: "reports" / "some reports" as a source: nobody named
_GENERIC_REPORTS = re.compile(r"(?:(?:some|other|unconfirmed|local|media|press|news|initial|early)\s+)*reports?", re.I)


_RELATIVE = re.compile(
    r"^(?!WHO\b)(?:where|when|which|who|whom|whose|while|as|if|because|after|before|since|until|although|though|"
    r"whereas|unless|once|so|than|that|what|how|why|with|without|amid|despite|from|for|across|through|within|"
    r"against|among|of|by)\b",
    re.I,
)


#: a personal pronoun heading more words: the subject of a clause coordinated before the reporting
#: verb ("It put the number of displaced at 600 and said ..."), never a source's name ("IT" is no "It")
_PRONOUN_CLAUSE = re.compile(r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)\s+\S")


#: a lower-case participle with its object or complement heading a would-be subject: a clause, never a
#: speaker's name ("defending their homes and not rebels", "fleeing to the hills"); a participle before
#: its noun ("ruling party officials", "surviving relatives") is part of a name
_PARTICIPLE_HEAD = re.compile(
    r"[a-z][a-z]+ing\s+(?:the|a|an|their|its|his|her|our|them|him|it|to|on|in|at|from|with|into|for|and|not)\b"
)


#: an unnamed person identified by a relative clause: "A woman who fled to Mueda", "one man whose
#: brother was killed" (the clause says who the source is; kept up to the verb of saying)
_WHO_IDENTIFIES = re.compile(
    r"(?P<head>(?:a|an|one|another|two|three|several)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+(?:who|whose)\s+(?P<clause>\S.*)",
    re.I,
)
#: a relative clause that keeps the person unnamed tells nothing of who they are: dropped
_ANONYMITY_CLAUSE = re.compile(
    r"\b(?:anonymity|anonymously|(?:named|identified|quoted)\b|authori[sz]ed|declined|requested|withheld|"
    r"spoke\s+on\s+condition)",
    re.I,
)
#: the most words a source's name may have with its relative clause
WHO_CLAUSE_CAP = 8


def _identified_person(s: str) -> str | None:
    """The head of ``s`` ("A woman") when ``s`` is an unnamed person with a relative clause that
    identifies them ("A woman who fled to Mueda"): at most ``WHO_CLAUSE_CAP`` words, no number, no
    verb of saying, no anonymity clause ("who asked not to be named" is dropped, not kept); else None."""
    m = _WHO_IDENTIFIES.fullmatch(s.strip())
    if m is None or len(s.split()) > WHO_CLAUSE_CAP:
        return None
    clause = m.group("clause")
    if _ANONYMITY_CLAUSE.search(clause) or re.search(
        r"\d|[,;:\"“”]|\b(?:said|says|told|tells|added|and|but)\b", clause
    ):
        return None
    head = m.group("head")
    if not (_OTHER_RE.search(head) or _SOURCE_NOUN.search(head)):
        return None
    return head


#: a verb with a counted object: "kill 22 in", "leaves 5 dead" (a quantity word before the number is
#: no verb: "nearly 300 residents")
_VERB_COUNT = re.compile(
    r"\b(?!(?:about|around|some|nearly|almost|over|least|than|only|just|roughly|approximately|the|of|for|and|"
    r"with|from|its|their|his|her)\b)[a-z]{3,}\s+\d[\d,]*(?:\s+[a-z]|\s*$)"
)


#: a further document of a speaker named before: "A second statement", "Another statement"
_FURTHER_DOCUMENT = re.compile(
    r"(?:an?\s+(?:second|third|later|separate|further|subsequent|follow-up)|another)\s+"
    r"(?:statement|communiqu[eé]|post|message|bulletin)$",
    re.I,
)
#: an event heading a subject: "A drone strike on a market", "The attack on the camp" (what happened, no sayer)
_EVENT_SUBJECT = re.compile(
    r"(?:an?|the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:strikes?|air\s*strikes?|attacks?|blasts?|explosions?|"
    r"bombings?|shelling|raids?|ambush(?:es)?|clashes|fighting|massacre|assault|offensive|bombardment|shooting)\b"
    r"(?!\s+(?:unit|team|group|force|command|brigade|squad)s?\b)",
    re.I,
)
#: one of a group named before: "One of them said" (no source of its own)
_ONE_OF_THEM = re.compile(
    r"(?:one|two|some|many|most|several|all|none|each|both|either|neither)\s+of\s+(?:them|those|these|us|whom)\b", re.I
)


#: (session 17) a named subject with its own past-tense verb and object: "Troopers fired rubber bullets into
#: the market", "Police opened fire on the crowd" (what happened, never who says it); the participle before a
#: preposition or a speaker noun stays a name's ("Residents trapped in X", "Taliban appointed officials")
_SUBJECT_ACTS = re.compile(
    # ("One injured protester", "Two wounded men": a determiner or a number before it makes the word an adjective)
    r"(?:the\s+)?(?!(?i:one|a|an|the|two|three|four|five|several|some|many|another|most|other|few|all|both|each|"
    r"his|her|their|its|our|this|that|these|those)\s)(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}?[a-z]+ed\s+"
    r"(?!(?:by|in|at|to|from|on|near|with|inside|outside|for|across|into|under|over|during|after|before|since|as|"
    r"and|or|of|about|against|among|along|around|through|throughout|within|without|earlier|later|there|here)\b)"
    r"[a-z][\w'’-]*",
)


#: (session 23) a prepositional phrase fronted before the sayer ("In a report published last month, the mission
#: said", "On its Telegram channel, the group said"): where or how it was said, never who said it
_FRONTED_PHRASE = re.compile(
    r"(?:in|on|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:report|statement|post|video|"
    r"message|interview|briefing|release|communiqu[eé]|letter|tweet|bulletin|update|channel|account|page|broadcast)s?"
    r"(?:\s+(?!(?:the|a|an)\b)[\w-]+){0,4}$",
    re.I,
)


#: (session 23) a time phrase fronted with no comma before the sayer: "Earlier in the day the agency had put ..."
_FRONTED_TIME = re.compile(
    r"^(?:(?:earlier|later)\s+)?(?:in|on|during|at|by)\s+the\s+(?:day|morning|afternoon|evening|night|week|weekend)"
    r"\s+(?=(?:the|its|their)\s)",
    re.I,
)


def _ok_subject(s: str) -> bool:
    head = _identified_person(s)
    if head is not None:
        return _ok_subject(head)  # "A woman who fled to Mueda": the person, identified by the clause
    words = s.split()
    if not words or len(words) > 12 or _FINITE.search(s) or _RELATIVE.match(s) or _VERB_OBJECT.search(s):
        return False
    if re.search(r"\s(?:and|or|but)$", s):
        return False  # (session 15) "It named the dead man as Name and said": a coordinated predicate, no subject
    if _VERB_COUNT.search(s):
        return False  # "rebels kill 22 in attack on mining town, says X": a headline's clause, no sayer
    if s.isupper() and (_VERB_OBJECT.search(s.lower()) or _PARTICIPLE_HEAD.match(s.lower())):
        return False  # wire copy in capitals: "THE DEFENSE MINISTRY ORDERED THE ARREST OF ..." is a clause
    if re.search(r"\b(?:said|says|told|tells|added)\s+\S", s):
        return False  # "The mission said its human rights team [had confirmed]": a clause, its sayer inside
    if (s.lower() in _PRONOUNS and s != "WHO") or _GENERIC_REPORTS.fullmatch(s) or re.match(r"according\b", s, re.I):
        return False
    if _ONE_OF_THEM.match(s):
        return False  # "One of them said ...": one of a source named before, no source of its own
    if _FRONTED_PHRASE.match(s):
        return False  # (session 23) "In a report published last month, the mission said": where it was said
    if _PARTICIPLE_HEAD.match(s):
        return False  # "(were volunteers) defending their homes and not rebels": a participle's clause, no sayer
    if _FURTHER_DOCUMENT.match(s):
        return False  # "A second statement said": the speaker of the first one (``carried_from``)
    if _EVENT_SUBJECT.match(s):
        return False  # "A drone strike on a market in X, ..., killed 38": the event, never its sayer (session 13)
    if (acts := _SUBJECT_ACTS.match(s)) is not None and not _SOURCE_NOUN.fullmatch(acts.group().split()[-1]):
        return False  # (session 17) "Troopers fired rubber bullets at them": a clause, its subject says nothing
    if _PRONOUN_CLAUSE.match(s):
        return False  # "It put the number at 600 and (said ...)": a pronoun's clause, carried back (``carried_from``)
    # "one 60-year-old herder": a person described by age
    # a person described by trade: "a trader who fled to the town told AFP", "one herder said" (``_OTHER_RE``;
    # a bare plural, "villagers said", stays out)
    return bool(
        re.search(r"[A-Z]", s)
        or _SOURCE_NOUN.search(s)
        or (_DESCRIBED.match(s) and _OTHER_RE.search(s))
        or re.search(r"\d-year-old\b", s)
    )


#: the thing said before its sayer: "allegations the RSF denies", "an allegation from a former contractor",
#: "..., an account the provincial government rejected"
_CONTESTED = re.compile(
    r"^(?:(?:a|an|the|these|those|such)\s+)?(?:allegations?|accusations?|claims?|charges?|accounts?|versions?)\s+"
    r"(?:(?:that|from|by)\s+)?"
    r"(?=(?:the|a|an|one)\s|[A-Z])",
    re.I,
)
#: "..., a former security contractor, who told the BBC": the relative pronoun's antecedent
_ANTECEDENT = re.compile(
    r"(?:\b(?:a|an|the|one)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}|(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*$"
)


#: a named body before a relative "which" (past an apposition describing it): "claimed by the X Defence
#: Forces (XDF), the largest armed group there, which said ...": the relative pronoun's antecedent
_WHICH_ANTECEDENT = re.compile(
    # (review s12: "on" joins a name too, "the Commission on Human Rights", never a day: "X on Monday")
    r"(?<![\w'’-])(?P<n>(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|and|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b))\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*"
    r"(?:\s+\([A-Z][\w.&-]*\))?)"
    r"(?:,\s+(?:a|an|the|one\s+of)\s+[^,;:()\"“”]{1,60})?\s*$"
)


#: a platform a statement is posted on ("a statement on Telegram, which said ...": the statement's)
_POSTED_ON = r"(?:Telegram|Facebook|Twitter|X|YouTube|WhatsApp|Instagram|TikTok|Signal|VKontakte|Weibo)"
#: a day or a month, never a sayer ("a statement issued on Sunday, which said ...")
_DAY_OR_MONTH = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)"
)


#: an unnamed description heading its sentence, before a relative "that": "A medical charity that ..."
_DESCRIBED_HEAD_THAT = re.compile(r"^\s*(?:[Aa]|[Aa]n|[Oo]ne)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s*$")
#: "X, the US-backed group" / "X, a rights group": a description in apposition before "that"
#: ("X, one of dozens of groups that ...")
#: the platforms' own names (a Telegram channel, a Facebook page: ``_PLATFORM_NAME``)
_PLATFORM_NAMES = r"Telegram|Facebook|Twitter|X|Instagram|WhatsApp|YouTube|TikTok"
_APPOSED_DESCRIPTION = re.compile(
    # an acronym may be the head: "X, a Geneva-based NGO that tracks strikes, said"
    # (session 18) a platform's name inside it: "X, an independent Telegram channel that monitors Y, reports"
    r",\s+(?:a|an|the|one\s+of)\s+[\w'’-]+(?:\s+(?:[a-z][\w'’-]*|[A-Z][\w'’]*-[\w'’-]*|[A-Z]{2,6}s?|"
    r"(?-i:" + _PLATFORM_NAMES + r"))){0,4}\s*$"
    # (session 23) a superlative's group with its proper name: "X, the largest of the Druze factions that ..., said"
    r"|,\s+the\s+(?:largest|biggest|main|oldest|strongest|most\s+powerful)\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"[a-z][\w'’-]*\s*$"
)
#: reporting verbs that are also plural nouns ("dismissed claims", "rejected reports")
_NOUN_FORMS = frozenset({"claims", "reports", "estimates", "states", "notes", "counts"})
#: who a person tells: an outlet or a named listener ("told Radio Meridian", "told reporters")
_TOLD_WHOM = re.compile(r"\s+(?:the\s+)?(?:[A-Z]|reporters\b|journalists\b)")
#: (session 17) a report's verb before a described person who told someone: "A woman said a guard ... told her"
_SAID_THEN = re.compile(r".*\b(?:said|says)\s+(?:that\s+)?(?=(?:a|an|one|two|three|several)\s)", re.I)
#: (session 17) a described person and one place phrase before another: "a sentry at an army depot" (of "...
#: outside the city")
_DESCRIBED_AT = re.compile(
    r"(?:a|an|one|two|three|several)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?"
    r"\s+(?:at|in|from|of)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+(?:outside|near|in|on|at)\s)",
    re.I,
)
#: (session 17) whom a person told: a pronoun ("told her that", "told them")
_TOLD_HEARER = re.compile(r"\s+(?:her|him|them|us|me|relatives|the\s+family)\b", re.I)
#: a person described, not named: "one farmer", "a retired engineer", "two nurses"
_DESCRIBED = re.compile(r"(?:a|an|one|two|three|several|another)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}", re.I)


def _person_phrase(s: str) -> bool:
    """A short noun phrase "who" can refer to: a name or "a/the ... <noun>", no verb, no pronoun."""
    words = s.split()
    return 1 <= len(words) <= 6 and not _FINITE.search(s) and s.lower() not in _PRONOUNS and not _RELATIVE.match(s)


#: a mention that names nobody: a determiner or possessive and lower-case words ("the group",
#: "its coordinator", "the Britain-based monitor" is not one: it has a capital)
_GENERIC_MENTION = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)(?:\s+[a-z][\w'’-]*){1,3}")
#: a name: capitalised words with name particles, an optional bracketed acronym
_NAMED = re.compile(
    # "in" joins a body's place to it: "the Centre for Human Rights and Democracy in Africa (CHRDA)"
    # (session 16) French, Spanish and Portuguese particles: "Ligue Nord pour les Droits Civiques"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|in|de|al|el|bin|ibn|"
    r"pour|les|des|du|la|le|del|da|do|dos|das|et|y|"
    # a hyphenated particle: "Khalil al-Daqran", "Ahmed el-Sayed", "Omar abu-Hassan"
    r"(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|ben|wal|wa)-[A-Z][\w'’.-]*))*(?:\s*\([A-Z]{2,8}\))?"
)


#: a body described, its name in apposition: "The UN children's agency, UNICEF, said" (a
#: determiner, words with a capital, a lower-case head noun)
_DESCRIBED_BODY = re.compile(r"(?:[Tt]he|[Ii]ts)(?:\s+[\w'’.-]+){0,5}\s+[a-z][\w-]*")
#: a negated first predicate before a coordinated reporting verb: "X did not give a toll ..., but said"
_NEGATED_PREDICATE = re.compile(
    r"(?<=\w)\s+(?:did|does|do|has|have|had|would|could)\s+not\s+(?!be\b|been\b)[a-z].*$",
)


#: an alias in apposition, not the sayer: "the Syrian Civil Defence, known as the White Helmets, said"
_ALIAS_CHUNK = re.compile(
    r"(?:also\s+|better\s+|locally\s+)?(?:known|referred\s+to)\s+as\b|(?:dubbed|nicknamed|formerly)\b", re.I
)


#: a description in apposition after a name: "The Syrian Observatory for Human Rights, a Britain-based
#: monitor with sources in Syria, put the toll higher": the name is the sayer, not "a ... monitor"
_DESCRIPTION = re.compile(r"(?:a|an)\s+(?:[a-z0-9][\w'’-]*|[A-Z][\w'’]*-[a-z][\w'’-]*)(?:\s+[\w'’-]+)*$")


#: a description the name in apposition after it names: "A monitoring group, the Northern Watch,
#: said", "a Cameroonian rights group, the Centre for ... (CHRDA), said", "Valmoria's human rights
#: ombudsman, Irena Kostova, said" (an indefinite or possessive head, lower-case head noun)
_DESCRIBED_ROLE = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w'’-]*\s+)?|[A-Z][\w.-]*(?:'s|’s)\s+)(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*"
    # "Al Qaeda's Sahel affiliate, JNIM, said": a possessive of several words, a capitalised word before the noun
    r"|(?:[A-Z][\w.-]*\s+){1,2}[A-Z][\w.-]*(?:'s|’s)\s+(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
)


#: a document as a sentence's subject, its issuer named: "A statement from the army said", "an order
#: from the Interior Department said": the issuer is the source, not the document
_ISSUED_BY = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?:statements?|orders?|notices?|communiqu\w+|letters?|documents?|circulars?|"
    r"bulletins?|releases?|directives?|decrees?|reports?|updates?|briefings?|tall(?:y|ies))\s+"
    r"(?:from|by|of|issued\s+by)\s+(?=(?:the\s+)?[A-Z]|the\s)",
    re.I,
)


#: a role held at a place, a name in apposition after it: "A district official in Morra, Ibrahim
#: Tanko, said", "The mayor of Kessa, Lina Obradovic, said" (the name is the speaker)
_ROLE_AT_PLACE = re.compile(
    # "A Norland MP for the Velo district, Name, said": a nationality before the role, an office's
    # initials ("MP"), the place's own noun after it
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w'’-]*\s+)?(?:(?:[a-z][\w'’-]*|[A-Z]{2,4})\s+){0,3}(?:[a-z][\w'’-]*|[A-Z]{2,4})"
    r"\s+(?:in|of|for|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:district|province|region|state|county|area|city|town|village|constituency|camp|municipality))?"
)


#: (session 21) a role held for a body, the person's name in apposition after it: "The spokesman for the
#: Northern Governor Ana Ruiz, Tomas Lind, said", "The commander of the Guard for the eastern region,
#: Colonel Name, denied" (the body may be lower-case or long: the name after it is the speaker)
_ROLE_FOR_BODY = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:spokes(?:man|woman|person)|commander|commandant|head|chief|director|leader|chairm[ae]n|chairwom[ae]n|"
    r"chairperson|secretary|representative|official|officer|minister|governor|mayor|administrator|coordinator|"
    r"president|deputy|adviser|advisor|aide|lawmaker|legislator|prosecutor|commissioner|councill?or)"
    r"\s+(?:of|for|representing|at|with|in)\s+[^,;:\"“”()]{2,70}"
)


@lru_cache(maxsize=4096)  # asked per source by make_source and _source_sides, each a scan of the article
def role_introduced(article: str, name: str) -> str | None:
    """(session 21) The role a person is introduced by when it is held for a body and heads the sentence,
    the name in apposition after it ("The spokesman for the X governor, Name, said"; ``_ROLE_FOR_BODY``),
    read by no older form (a role at a place, "The mayor of Kessa, Name,"; a short description, "A
    spokesman for the group, Name,"): the person speaks in that role, its kind and side are the role's."""
    n = name.strip()
    if not re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*", n):
        return None
    rx = r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?][\"”’])\s*)([^,.;:\"“”\n]{4,110}?),\s+" + re.escape(n) + r","
    for m in re.finditer(rx, article):
        role = m.group(1).strip()
        if (
            _ROLE_FOR_BODY.fullmatch(role)
            and not _ROLE_AT_PLACE.fullmatch(role)
            and not _DESCRIBED_ROLE.fullmatch(role)
            and not _GENERIC_MENTION.fullmatch(role)
            and not _DESCRIBED_BODY.fullmatch(role)
        ):
            return role
    return None


#: a relay participle set off by commas inside a subject: "quoted by the state-run X", "as cited by X"
_RELAY_CHUNK = re.compile(r"(?:as\s+)?(?:quoted|cited|carried|relayed|reported)\s+by\s+\S", re.I)


#: a prepositional phrase opening the sentence with no comma, then a pronoun subject: "In a statement on
#: Sunday it said", "At a briefing they said": the phrase is never the sayer
_PREP_THEN_PRONOUN = re.compile(
    r"(?:in|on|at|after|during|following|under|from|with|by|through|via)\s[^,;:]*?\s(?:it|they|he|she|we)$", re.I
)

#: the same phrase naming the channel, then a noun subject: "In a statement on Sunday the ministry said"
_PREP_OPENER = re.compile(
    r"^(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:statement|post|briefing|interview|message|speech|update|report|address|bulletin|conference)"
    r"(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?=(?:the|[A-Z])\b)",
    re.I,
)


#: (session 16) a chunk opening with a finite verb: the predicate of the chunk heading the subject
_OWN_PREDICATE = re.compile(r"(?:was|were|(?:had|have|has)\s+been|died|perished)\s", re.I)


#: (session 16) an unnamed person heading a claimed role: "a caller who described himself as", "one caller
#: claiming to be", "a woman purporting to speak for" (the role or side after it is the sayer)
_CLAIMED_ROLE = re.compile(
    r"^(?:a|an|one)\s+(?:[a-z][\w-]*\s+)?(?:man|woman|person|caller|speaker|voice|figure)\s+"
    r"(?:who\s+(?:identified|presented|described|introduced)\s+(?:himself|herself|themselves)\s+as"
    r"|(?:who\s+claimed|claiming|purporting)\s+to\s+(?:be|speak\s+for)"
    # (session 17) "a woman who says she speaks for the X": the side she claims to speak for
    r"|who\s+(?:said|says)\s+(?:he|she|they)\s+(?:speaks?|spoke)\s+for)\s+(?=\S)",
    re.I,
)
#: (session 17) or the name a person gave: 'who introduced herself as "Name",'
_QUOTED_NAME = re.compile(
    r"(?:(?<=,\s)|(?<=\bas\s))[\"“](?P<n>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})[\"”](?=\s*,)"
)
#: (session 16) a message that speaks for whom it names: "A letter posted online in the name of the X cell",
#: "an audio message signed by the commander" (the one named is the sayer)
_IN_NAME_OF = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?(?:messages?|statements?|videos?|audio|posts?|letters?|communiqu\w+|"
    r"recordings?|notes?)\b[^,;:]{0,80}?\s+(?:in\s+the\s+name\s+of|signed\s+by)\s+(?=\S)",
    re.I,
)
#: (session 16) a finite verb after a described person (past its appositions): the person heads what was said
_COMPLEMENT_SUBJECT = re.compile(
    r"(?:\s*,(?!\s*(?:who|whose|whom|which)\b)[^,;.:\"“”]{1,40}){0,3},?\s+(?:was|were|had|has|have|is|are|died)\b"
)
#: (session 16) journalists as eyewitnesses: "Reuters reporters at the morgue saw 12 bodies", "an AFP
#: photographer in the village witnessed ..." (the outlet's people report what they saw; their place dropped)
_PRESS_SAW = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\s(?:and|but)\s))(?P<src>(?:(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?-i:[A-Z])[\w'’.-]*\s+"
    r"(?:journalists?|reporters?|correspondents?|photographers?|camera\s+crews?))"
    r"(?:\s+(?:at|in|on|near|inside|outside)\s+[^,;:\"“”]{1,60}?)?\s+(?:saw|witnessed|observed)\b"
)
#: (session 18) a named body whose staff counted the people they cared for: "KMA teams at the district
#: clinic cared for 23 of the injured", "Kesh Aid doctors received nine bodies" (the body is the source)
_STAFF_COUNTED = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\s(?:and|but)\s))(?P<src>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+"
    r"(?:teams?|staff|doctors|medics|surgeons|nurses|workers|volunteers)"
    r"(?:\s+(?:at|in|on|near|inside)\s+[^,;:\"“”]{1,60}?)?\s+(?:have\s+|had\s+)?"
    r"(?:treated|received|counted|recorded|registered|admitted|operated\s+on)\s+(?:some\s+|about\s+|at\s+least\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\b)"
)
#: (session 17) a document an outlet passed on, and its author: "Agency X aired a message from the Y
#: Command", "State TV aired a message from the Z Front" (the author is the source; "It says" then refers back)
_DOCUMENT_BY = re.compile(
    r"\b(?:carried|carries|published|publishes|aired|airs|broadcast|broadcasts|posted|posts|relayed|relays)\s+"
    r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:statements?|communiqu\w+|messages?|press\s+releases?|bulletins?)\s+"
    r"(?:by|from)\s+(?P<src>(?:the\s+)?(?-i:[A-Z])[^,.;:!?()\"“”]{1,90}?)(?=\s*(?:[,.;:!?()]|\s(?:on|in|at|that|which)\b|$))",
    re.I,
)
#: (session 16) a count anywhere in a span: a digit or a number word
_ANY_COUNT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b",
    re.I,
)


#: (session 17) a name a body goes by, set off after its description: "which calls itself the X", "known as X"
_CALLS_ITSELF = re.compile(
    r"^(?:(?:which|who)\s+(?:calls|called)\s+(?:itself|themselves|himself|herself)|(?:also\s+)?known\s+as)\s+"
    r"(?P<n>(?:the\s+)?(?-i:[A-Z]).*)$",
    re.I,
)


def _clean_subject(subj: str, trailing: bool = False) -> str | None:
    """The source named in ``subj``, the words before a reporting verb. Split at commas:
    the first chunk is the subject ("Ahmed Ali, a spokesman, said 20 died"), unless the verb
    ends the sentence ("..., killing 14, the network said."): then the words before the last
    comma are the report and the last chunk is who made it."""
    s = subj.strip().strip("\"'“”‘’ ").strip()
    s = re.sub(r"^[-–—•*]\s+", "", s)  # (session 17) a list's bullet: "- Police say 73 arrested"
    s = _FRONTED_TIME.sub("", s)  # (session 23) "Earlier in the day the agency had put the toll at six"
    # a thousands separator ("Nearly 2,000 residents ..., he said") splits no clause
    chunks = [c.strip().strip("\"'“”‘’ ").strip() for c in re.split(r",(?!\d{3}(?!\d))\s*", s)]
    chunks = [c for c in chunks if c and not (_ALIAS_CHUNK.match(c) and c is not chunks[0])]
    # (session 17) "The militia, which calls itself the X Movement (XM), said": the name it goes by
    chunks = [c if c is chunks[0] else _CALLS_ITSELF.sub(r"\g<n>", c) for c in chunks]
    # (session 16) "But a doctor at X, a private clinic, said": the conjunction goes, its subject stays
    if chunks:
        chunks[0] = re.sub(r"^(?:but|and|yet)\s+(?=(?:a|an|the|one)\s|(?-i:[A-Z]))", "", chunks[0], flags=re.I)
        # (session 23) "But state broadcaster EBC, quoting ..., reported": a lower-case role before the name
        chunks[0] = re.sub(r"^(?-i:But|And|Yet)\s+(?=[a-z-]+\s+(?:[a-z-]+\s+)?(?-i:[A-Z]))", "", chunks[0])
    while len(chunks) > 1 and _ADVERBIAL.match(chunks[0]):
        chunks.pop(0)
    # "In its briefing, quoted by the state-run X, the ministry said": the relay set off by commas is
    # who carried the words (``find_relay``), never the subject
    if len(chunks) > 1:
        chunks = [c for c in chunks if not _RELAY_CHUNK.match(c)] or chunks
    if not chunks:
        return None
    if len(chunks) == 1:
        order = [chunks[0]]
    elif len(chunks) > 2 and any(_OWN_PREDICATE.match(c) for c in chunks[1:-1]):
        # (session 16) "Four men, two guards and a cook, were shot dead ..., the warden said": a chunk opening
        # with a finite verb is the first chunk's own predicate; the first chunk (the victims) has its verb
        # and never says anything; the last chunk, set off after the report, is the sayer
        order = [chunks[-1]]
    elif re.match(r"(?:and\s+(?:the|a|an|[A-Z])|(?:but|while|whereas)\s+\S)", chunks[-1]):
        # "X happened, the group said, and the council said ...": the coordinated clause's own subject
        order = [chunks[-1], chunks[0]]
    elif trailing and not (_NAMED.fullmatch(chunks[0]) and _DESCRIPTION.match(chunks[-1])):
        order = [chunks[-1], chunks[0]]
    else:
        order = [chunks[0], chunks[-1]]
    named = [c for c in chunks[1:] if _NAMED.fullmatch(c)]
    kin_closing = re.match(r"(?:his|her|their)\s", chunks[-1], re.I) is not None
    if trailing and order[0] == chunks[-1] and len(chunks) > 2 and not kin_closing:
        # (session 15) "One police officer, Corporal Name, 34, was shot dead ..., the force confirmed": only a
        # name set off right before the closing sayer is its apposition, not a name inside the report ("his
        # son told X": the person the report names is whose son, left as before)
        named = [c for c in named if c == chunks[-2]]
    if named and (
        _GENERIC_MENTION.fullmatch(order[0])
        or _DESCRIBED_BODY.fullmatch(order[0])
        or _DESCRIBED_ROLE.fullmatch(order[0])
        # "A district official in Morra, Name, said": the name right after the role held at a place
        or (_ROLE_AT_PLACE.fullmatch(order[0]) and order[0] == chunks[0] and named[0] == chunks[1])
        # (session 21) "The spokesman for the X governor, Name, said": the name right after the role held for a body
        or (_ROLE_FOR_BODY.fullmatch(order[0]) and order[0] == chunks[0] and named[0] == chunks[1])
    ):
        # "The group, the Kivu Civil Society Coordination, said": the apposition names whom the
        # generic mention ("the group", "its coordinator") refers to
        order = [named[0], *order]
    elif (
        named
        and len(chunks) > 2
        and named[0] == chunks[1]
        and (_DESCRIBED_ROLE.fullmatch(chunks[0]) or _ROLE_AT_PLACE.fullmatch(chunks[0]))
    ):
        # "A rights group, the Centre for X (CX), said it documented ...": the description heading the
        # subject is the name after it, whichever chunk is read first
        order = [named[0] if c == chunks[0] else c for c in order]
    for cand in order:
        if trailing and cand is chunks[-1] and len(chunks) > 1 and cand.lower() in ("he", "she", "they", "it"):
            # (session 16) "Two miners who fled were treated in X, he said": the pronoun speaks (carried back)
            return None
        if trailing and cand is chunks[-1] and len(chunks) > 1 and cand.lower() in _PRONOUNS:
            # (session 17) "Guards fired shots, the statement said.": a document named again speaks for its
            # issuer named before (``_STATEMENT_SAYS``, carried back); the report before it never says anything
            return None
        c = re.sub(r"^(?:and|but|while|as|however|meanwhile|also|then|so)\s+", "", cand, flags=re.I)
        if _PREP_THEN_PRONOUN.match(c):
            return None  # "In a statement on Sunday it said": the pronoun speaks (carried back), never the phrase
        # "In a statement on Sunday the ministry said": the subject after the phrase
        c = _PREP_OPENER.sub("", c)
        # "the army did not give a toll for its ranks, but said ...": the subject of both predicates
        c = _NEGATED_PREDICATE.sub("", c) if not trailing else c
        c = _CONTESTED.sub("", c)  # "allegations the RSF denies": the RSF denies
        c = _ISSUED_BY.sub("", c)  # "A statement from the army said": the army
        c = _IN_NAME_OF.sub("", c)  # (session 16) "A letter posted online in the name of the X cell claimed": the cell
        # "The statement, broadcast by Television X (TVX), said": the outlet that carried it
        c = re.sub(
            r"^(?:broadcast|carried|published|aired|read\s+out|released|issued|posted|relayed)\s+(?:by|on)\s+(?=(?:the\s+)?[A-Z])",
            "",
            c,
        )
        # (session 16) "a caller who described himself as an aide to X", "a woman claiming to be X's envoy": the
        # role he claims says who speaks (the side he speaks for), the unnamed man does not
        if _CLAIMED_ROLE.match(_LEAD_TIME.sub("", c)):
            c = _CLAIMED_ROLE.sub("", _LEAD_TIME.sub("", c))
        # "An official with the UN mission who spoke on condition of anonymity said": the person, not the clause
        # but "A woman who fled to Mueda said": a clause that identifies the person is kept (``_identified_person``)
        if _identified_person(c) is None:
            c = re.sub(r"^((?:a|an|one|two|three|several)\s+\S.{2,80}?)\s+(?:who|whose)\s+\S.*$", r"\1", c, flags=re.I)
            # "Volunteers from the Norland Red Crescent who collected the dead said": people of a named body
            # speak for it, their relative clause dropped (session 13)
            c = re.sub(
                r"^(?:[A-Za-z][\w'’-]*\s+){1,2}(?:from|of|with)\s+((?:the\s+)?(?-i:[A-Z])[^,;:]{1,60}?)\s+who\s+\S.*$",
                r"\1",
                c,
            )
        # "A medical charity that supports the hospital": the description, its relative clause dropped
        c = re.sub(
            r"^((?:[Aa]|[Aa]n|[Oo]ne)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+that\s+[a-z]\S*\s.*$",
            r"\1",
            c,
        )
        c = _TRAIL.sub("", c).strip()
        c = _LEAD_TIME.sub("", c).strip()
        # "Their al-Noor television said": a possessive determiner before a name is no part of it
        c = re.sub(r"^(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?=(?:(?:al|el)-)?[A-Z])", "", c)
        if _ok_subject(c):
            return c
    return None


#: a count as the verb's object: "X, a monitor, counted at least nine dead" (the verb does not close
#: the sentence; its subject comes first)
_COUNT_OBJECT = re.compile(
    r"(?:at\s+least|more\s+than|over|about|around|some|up\s+to|nearly|almost)?\s*"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b",
    re.I,
)
#: what may follow a reporting verb that closes its sentence ("..., the network said on Sunday.")
_TRAILING_REST = re.compile(r"[^,;:\d]{0,60}$")
#: a relay after a closing reporting verb: "..., the health authority said, according to the ANHA news
#: agency, which is close to the SDF." / "..., the ministry said, citing ..."
_RELAY_REST = re.compile(r"(?:on\s+\w+\s*)?,\s*(?:according\s+to|citing|quoted\s+by|cited\s+by)\b[^\d]*$", re.I)
#: a reporting verb set off by commas inside its sentence, another clause after it: "..., killing nine,
#: the governor said, as the offensive went on" / "..., the organisation said on Facebook, and the council
#: said ..." / "..., the ministry said, adding that ...": the verb closes the report before it
_PARENTHETICAL_REST = re.compile(
    r"(?:(?:on|in|at|via)\s+(?:[\w'’-]+\s*){1,2})?,\s*(?:as|while|when|whereas|adding|and|but|though|although|"
    # (session 15) the sayer's own participle after it: "..., the governor said on Friday, warning that ..."
    r"(?:warning|saying|noting|stressing|insisting|urging|calling\s+(?:for|on))\s|"
    # "..., state prosecutors said, hours before a mine killed two soldiers" (session 13)
    r"(?:(?:hours|days|minutes|moments|shortly|just|weeks)\s+)?(?:before|after))\b",
    re.I,
)


#: "a statement from his office", "its spokesman": a source that only points back at a speaker
#: named elsewhere in the sentence (no name of its own)
_POSSESSED = re.compile(
    r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:from|by|of|on)\s+)?(?:his|her|its|their)(?:\s+[a-z][\w'’-]*){1,3}",
    re.I,
)


#: footage as a source, heading its sentence: "Footage shared on social media showed ...", "Videos
#: posted online on Monday appeared to show ...", "Images verified by X show ..." (attrib_README
#: kinds: "media: independent outlets and footage"); only with a verb of showing
#: the outlet that aired footage, named by its capitalised name at the end of the footage's phrase:
#: "Footage aired by Kesh TV", "video published by the local news site Velo.cd" ("footage shared
#: on social media", "footage posted by residents" name no outlet)
_FOOTAGE_BY = re.compile(
    r"\b(?:aired|broadcast|published|released|carried)\s+by\s+(?:the\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,4}?"
    r"(?P<o>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})$"
)
_FOOTAGE = re.compile(
    # heading the sentence or a clause joined to it: "Shells hit the market, and video shared on social
    # media showed ..."
    r"(?:^\s*(?:(?:[A-Z][a-z]+|On\s+\w+|In\s+\w+),\s+)?|[,;]\s+(?:(?:and|but|while)\s+)?|\s(?:and|but|while)\s+)"
    r"(?P<src>(?:(?:[Tt]he|[Ss]ome|[Oo]ther|[Aa]mateur|[Gg]raphic|[Uu]nverified|[Vv]erified|[Ss]atellite)\s+)?"
    r"(?:[Ff]ootage|[Vv]ideos?|[Vv]ideo\s+footage|[Ii]mages|[Pp]hotos|[Pp]hotographs|[Pp]ictures|[Ii]magery)"
    r"(?:\s+(?:shared|posted|circulated|circulating|published|uploaded|broadcast|aired|filmed|taken|obtained|verified|"
    # a site's name may hold a dot: "posted on the Telegram channel of the news site 24.kg"
    r"seen|geolocated|released)\b(?:[^,.;:\"“”]|\.(?=[a-z]{2,4}\b)){0,80}?)?)"
    r"\s+(?:showed|shows|show|appeared\s+to\s+show|appear\s+to\s+show|appears\s+to\s+show)\b"
)


#: (session 15) a speaker quoted in the passive with the outlet after: "..., the region's governor, Name, was
#: quoted as saying by X" (the speaker before the verb, the outlet relays)
_QUOTED_PASSIVE = re.compile(
    r"\s*,?\s+(?:was|were|had\s+been)\s+quoted\s+(?:as\s+saying\s+)?by\s+"
    r"(?P<via>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
)
#: (session 15) counts a named body keeps, as the subject of a verb of showing: "Data compiled by the X
#: Project (XP) show that ...", "figures collected by the X monitor indicate ..." (the body counts)
_DATA_BY = re.compile(
    # (session 18) or "from" the body: "Data from the X Project show"
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]ecords|[Cc]ounts?)\s+"
    r"(?:(?:compiled|collected|gathered|kept|published|released)\s+by|from)\s+(?P<src>(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?-i:[A-Z])[^,;:\"“”]{1,90}?)\s+"
    r"(?:show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)\b"
)


#: (session 15) the subject heading a clause whose first predicate is a past-tense verb, before a
#: coordinated "and said": "A committee appointed by X later identified ... and" (the subject, up to six
#: words, before the first verb in -ed or a common irregular past)
_COORD_HEAD = re.compile(
    r"\s*(?P<s>(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo)\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?:(?:later|also|earlier|then|initially|first|on\s+\w+day)\s+)?"
    r"(?:[a-z]+ed|gave|put|found|took|made|sent|held|kept|told|saw|brought)\b"
)


#: (session 19) a participle of the counted, not a report: "Up to 15 shepherds reported missing", "Some 2,300
#: people estimated displaced", "reported killed"
_PASSIVE_OUTCOME = re.compile(
    r"\s+(?:to\s+have\s+been\s+)?(?:dead|killed|missing|wounded|injured|displaced|detained|abducted|kidnapped|"
    r"arrested|hurt)\b",
    re.I,
)
#: the reporting verbs that are also participles of the counted ("reported missing"; not "says killed")
_PARTICIPLES = frozenset({"reported", "estimated", "confirmed", "counted", "recorded", "registered", "documented"})
#: patients admitted to a hospital: "had been admitted", "were admitted to", "admitted to Kesh Hospital"
_ADMITTED_PATIENTS = re.compile(
    r"\b(?:been|were|was|being|are|is)\s*\|"  # the auxiliary right before the verb
    r"|\|\s*(?:to|into|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hospital|clinic|health\s+cent(?:re|er)|ward|wards)\b",
    re.I,
)


#: (session 19) the words that make "reports"/"claims" a noun: "from media reports", "unconfirmed reports",
#: "news reports" (the noun is what a source is named by, never a reporting verb)
_NOUN_REPORTS_HEAD = re.compile(
    r"(?:\b(?:from|on|in|by|of|to|citing|amid|after|despite|with)\s+"
    r"(?:(?:the|these|those|this|that|an?|its|their|his|her|some|local|foreign|state|social|independent|earlier|"
    r"initial|unconfirmed|new|recent|latest|annual|joint|separate|(?:19|20)\d\d)\s+)*"
    r"(?:(?:media|news|press|witness|eyewitness|intelligence|casualty|police|hospital)\s+)?"
    r"|\b(?:unconfirmed|conflicting|several|multiple|numerous|further|separate|similar)\s+(?:[\w'’-]+\s+)?)$",
    re.I,
)


@lru_cache(maxsize=4096)
def _attributions(sentence: str) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    dl = dateline_at(sentence)
    if dl is not None:  # "KHARTOUM, March 3 -": where the report was filed, never its source
        sentence = " " * dl.end + sentence[dl.end :]
    shown = _FOOTAGE.search(sentence)
    if shown:  # "Footage shared on social media showed ...": the footage is the source (media)
        by = _FOOTAGE_BY.search(shown.group("src"))  # "Footage aired by Kesh TV showed": the outlet that aired it
        if by:
            found.append((shown.start("src") + by.start("o"), norm_ws(by.group("o"))))
        else:
            found.append((shown.start("src"), norm_ws(shown.group("src"))))
    heading = _STATEMENT_HEAD.match(sentence)
    if heading:  # "The ministry, in a statement: \"...\"", "Syniehubov has updated the figure: seven ..."
        src = _clean_subject(heading.group("src"))
        if src:
            found.append((heading.start("src"), src))
    for m in _ACCORDING.finditer(sentence):
        src = m.group("src").strip()
        src = re.sub(r"\s+(?:who|which|that|in|on|at)\s+.*$", "", src) if len(src.split()) > 10 else src
        # "according to a local official who asked not to be named": the clause keeps the person unnamed
        src = re.sub(
            r"\s+who\s+(?:asked|requested|spoke\s+on\s+condition|declined|was\s+not\s+authori[sz]ed)\b.*$", "", src
        )
        src = re.sub(r"^(?:unconfirmed\s+)?reports?\s+(?:by|from)\s+(?=[A-Z])", "", src)
        # (session 18) "according to a 2008 X report (study, survey)": the body that wrote it, its year no name
        src = re.sub(
            r"^(?:a|an|the)\s+(?:(?:19|20)\d\d\s+)?((?-i:[A-Z])[^,;:\"“”]*?)\s+"
            r"(?:report|study|survey|assessment|investigation|analysis)$",
            r"\1",
            src,
        )
        # "according to what they told AFP": the outlet they told (the pronoun is carried back)
        src = re.sub(r"^what\s+(?:they|he|she|it|we)\s+(?:told|said\s+to)\s+", "", src, flags=re.I)
        # "according to a list published by X", "a tally kept by X": X counts
        src = re.sub(
            r"^(?:a|an|the)\s+(?:[a-z]+\s+)?(?:list|tally|count|database|report|statement|figures?|data)\s+"
            r"(?:published|released|issued|compiled|kept|put\s+out)\s+by\s+(?=(?:the\s+)?[A-Z])",
            "",
            src,
        )
        # (session 17) "a tally kept by X from police statements and ...": what X counted from is no part of X
        src = re.sub(r"^((?:the\s+)?[A-Z][^,]*?)\s+(?:from|based\s+on|drawn\s+from)\s+[a-z].*$", r"\1", src)
        # "according to the Permanent Committee for Human Rights (CDH), a Quito-based group": the
        # name, its description in apposition is no part of it
        named = re.match(r"(?P<n>.+?),\s*(?:a|an)\s+\S.*$", src)
        if named and _NAMED.fullmatch(named.group("n").strip()) and len(named.group("n").split()) >= 3:
            src = named.group("n").strip()
        src = src.strip().strip("\"'“”‘’ ").strip()
        if _POSSESSED.fullmatch(src):
            continue  # "according to a statement from his office": the sentence's speaker, said again
        if src and src.lower() not in _PRONOUNS and not _GENERIC_REPORTS.fullmatch(src):
            found.append((m.start(), src))
    for m in _BY_ITS_COUNT.finditer(sentence):  # (session 22) "By CPT's count, at least 14 ...": CPT counts
        found.append((m.start("src"), m.group("src")))
    for m in _REPORTED_BY.finditer(sentence):
        if re.search(r"\bnot\s+(?:\w+\s+){0,3}$", sentence[: m.start()], re.I):
            continue  # "could not be reliably verified by Al Jazeera": a doubt, not a report
        src = m.group("src")
        if re.match(r"(?:blamed|accused)\b", m.group(0), re.I):  # "blamed by X for the deaths of ...": the blame
            src = re.sub(r"\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(?-i:[a-z]).*$", "", src)
        src = _clean_subject(src)
        if src and m.group(0).lower().startswith("published") and _POSSESSED.fullmatch(src):
            continue  # "In a statement published by its media centre, the X said": X's own channel, X speaks
        if src:
            found.append((m.start("src"), src))
    for m in _QUOTED_PASSIVE.finditer(sentence):  # "..., the governor, Name, was quoted as saying by X" (session 15)
        head = sentence[: m.start()]
        cut = max(head.rfind(ch) for ch in (";", ":", "“", '"', "—", "–"))
        src = _clean_subject(head[cut + 1 :], trailing=True)
        if src:
            at = head.rfind(src)
            found.append((max(0, at), f"{src} quoted by {m.group('via').rstrip('.')}"))
    for m in _DOCUMENT_BY.finditer(sentence):  # (session 17) "Agency X carried a statement by the Y Command": Y
        src = _clean_subject(m.group("src"))
        if src:
            found.append((m.start("src"), src))
    for m in _PRESS_SAW.finditer(sentence):  # (session 16) "Reuters reporters at the morgue saw 12 bodies"
        found.append((m.start("src"), norm_ws(m.group("src"))))
    for m in _STAFF_COUNTED.finditer(sentence):  # (session 18) "KMA teams at the clinic treated 23"
        found.append((m.start("src"), norm_ws(m.group("src"))))
    for m in _DATA_BY.finditer(sentence):  # "Data compiled by the X Project show that ..." (session 15)
        src = _clean_subject(m.group("src"))
        if src:
            found.append((m.start("src"), src))
    for m in _CLAIM_BY.finditer(sentence):  # "dismissed a claim by the group X that its fighters killed 100"
        src = _clean_subject(m.group("src"))
        if src:
            found.append((m.start("src"), src))
    for m in _ATTRIBUTED_TO.finditer(sentence):  # "In a message attributed to the X column, the group said"
        src = _clean_subject(m.group("src"))
        if src:
            found.append((m.start("src"), src))
    for m in _SAID_ROLE_NAME.finditer(sentence):  # "'...,' said the doctor, Samer Haddad.": the person named
        if _COMPLEMENT_SUBJECT.match(sentence, m.end("src")):
            continue  # (session 16) "X said a farmer, Name, 52, was killed": a victim, no sayer
        found.append((m.start("src"), norm_ws(m.group("src"))))
    for m in _QUOTED_PERSON.finditer(sentence):  # "'...,' said a farmer who fled": the person described
        if any(r.start() <= m.start("src") < r.start("src") for r in _SAID_ROLE_NAME.finditer(sentence)):
            continue  # "..., said a nurse, Amina Obi": the name after the role is the speaker
        found.append((m.start("src"), norm_ws(m.group("src"))))
    for m in _SAID_DESCRIBED.finditer(sentence):  # ", said a soldier's wife, who asked not to be named"
        src = norm_ws(m.group("src"))
        if _COMPLEMENT_SUBJECT.match(sentence, m.end("src")):
            continue  # (session 16) "X said a farmer, Name, 52, was killed": the said clause's subject, a victim
        if _person_phrase(src) and not _DOCUMENT_HEAD.search(src) and not any(p == m.start("src") for p, _ in found):
            found.append((m.start("src"), src))
    for m in _INVERTED.finditer(sentence):
        src = m.group("src").strip()
        src = re.sub(r"\s+(?:on|in|at|late|early|who|which|during)\b.*$", "", src)
        if src and src.lower() not in _PRONOUNS and len(src.split()) <= 10 and not _FINITE.search(src):
            found.append((m.start("src"), src))
    verbs = [
        *_VERB_RE.finditer(sentence),
        *_GAVE_COUNT.finditer(sentence),
        *_CALLS_IT.finditer(sentence),
        *_PUBLISHED.finditer(sentence),
    ]
    for m in sorted(verbs, key=lambda v: v.start()):
        if m.group().lower() == "according" or (
            re.match(r"\s+by\b", sentence[m.end() :], re.I)
            # (session 15) "Name said by telephone": how it was said, no passive participle's agent
            and not re.match(r"\s+by\s+(?:(?:tele)?phone|video\s+link|radio|text\s+message)", sentence[m.end() :], re.I)
        ):
            continue  # "a source cited by SANA": a participle, not the reporting verb
        if re.match(r"\s+to\s+(?:be|have)\b", sentence[m.end() :], re.I):
            continue  # "elements said to be linked": a hedge, nobody says it
        if re.match(r"\s+(?:he|she|they)\s+(?:speaks?|spoke)\s+for\b", sentence[m.end() :], re.I) and re.search(
            r"\bwho\s*$", sentence[: m.start()], re.I
        ):
            continue  # (session 17) "One woman who says she speaks for X denied": a claimed role (``_CLAIMED_ROLE``)
        if m.group().istitle() and m.start() > 0:
            continue  # "BBC Verify has analysed": a capitalised word inside a sentence is a name
        if (
            m.group().lower() in ("said", "says", "added", "reported", "stated")
            and re.search(r",\s*$", sentence[: m.start()])
            and any(m.end() < p <= m.end() + 2 for p, _ in found)  # its sayer after it, found by ``_INVERTED``
        ):
            continue  # "Rebels kill 22 in raid, says UN mission": the sayer follows the verb (``_INVERTED``)
        head = sentence[: m.start()]
        if re.search(
            r"\b(?:the|a|an|this|that|these|those|such|its|his|her|their|in|of|no|(?!(?:wing|king|thing|ring)\b)\w+ing)\s*$",
            head,
            re.I,
        ):
            continue  # a noun: "according to the report", "in a statement", "getting reports"
        if m.group().lower() in ("reports", "report", "claims", "counts") and _NOUN_REPORTS_HEAD.search(head):
            continue  # (session 19) "tracks the conflict from media reports", "In a 2023 report,": a noun
        verb = m.group().lower()
        around = sentence[: m.start()] + "|" + sentence[m.end() :]
        if (verb in _PARTICIPLES and _PASSIVE_OUTCOME.match(sentence, m.end())) or (
            verb == "admitted" and _ADMITTED_PATIENTS.search(around)
        ):
            continue  # (session 19) "Up to 15 shepherds reported missing", "a dozen people had been admitted"
        if m.group().lower() in ("counted", "counts") and any(
            v.group().lower() not in ("counted", "counts") and not _NOUN_REPORTS_HEAD.search(sentence[: v.start()])
            for v in _VERB_RE.finditer(sentence)
        ):
            continue  # "A group counted 7 dead, X said": the counting is what X reports
        if m.group().lower() in ("accused", "accuses") and re.match(r"\s+of\b", sentence[m.end() :]):
            continue  # "three men accused of spying": a participle, nobody reports
        if m.group().lower() in (*_NOUN_FORMS, "records") and any(
            a.start() < m.start() < a.end() for a in _ACCORDING.finditer(sentence)
        ):
            continue  # "according to United Nations estimates": a noun inside the source's name, no verb
        if m.group().lower() in _NOUN_FORMS and re.search(r"\w+ed\s*$", head, re.I):
            continue  # "Officials dismissed claims from ...": the object of a verb
        if m.group().lower() in _NOUN_FORMS and re.search(r"\b(?:trade[sd]?|trading|exchanged?)\s*$", head, re.I):
            continue  # "army and RSF trade claims": sides swapping claims, a noun (a headline's verb is "trade")
        if m.group().lower() in ("attributed", "attributes") and re.match(r"\s+to\b", sentence[m.end() :], re.I):
            continue  # "a message attributed to the X column": a participle, its agent is read by ``_ATTRIBUTED_TO``
        # (session 16) a quoted name set off by commas ('..., "Comrade Name", claimed'): a nickname in
        # apposition, no spoken quote; its marks open no clause
        head = _QUOTED_NAME.sub(lambda q: " " + q.group("n") + " ", head)
        if verb == "reporting":
            head = re.sub(r"\s+(?:is|are|was|were)\s*$", " ", head)  # (session 23) "Rudaw ... is reporting that"
        # (session 23) "X has so far documented": the adverb between the auxiliary and the verb
        head = re.sub(r"\s+(?:has|have|had)\s+(?:so\s+far|thus\s+far|already)\s*$", " has ", head)
        # subject: back to the previous clause boundary
        cut = max(head.rfind(ch) for ch in (";", ":", "“", '"', "—", "–"))
        dash = head.rfind(" - ")  # "... ethnic groups - allegations the RSF denies"
        if dash >= 0:
            cut = max(cut, dash + 2)
        tm = [
            t
            for t in re.finditer(r"\bthat\b", head, re.I)
            # "..., who spoke on condition that he not be named, said": no clause of the report (session 13)
            if not re.search(r"\bcondition\s+$", head[: t.start()], re.I)
            # "X, a rights group that tracks the crackdown, says": a relative clause inside an
            # apposition, closed by its comma, is no clause boundary
            if not (
                re.search(_APPOSED_DESCRIPTION, head[: t.start()])
                # closed before the verb, or before a predicate coordinated with it ("..., a militia that
                # fights alongside the army, gave the same toll and said")
                and re.fullmatch(
                    # "..., a research group that tracks violence, has recorded": an auxiliary may follow
                    # or a time adverb: "..., had initially said"
                    # (a long relative clause too: "..., one of the aid groups that have run field clinics
                    # across Kora since the fighting began in 2021, counted 17 dead"; session 13)
                    r"[^,;:\"“”]{1,120},\s*(?:(?:has|have|had|also|initially|earlier|later|previously)\s+)*"
                    r"(?:[^,;:\"“”]{1,80}\s+and\s*)?",
                    head[t.end() :],
                )
            )
            # "A medical charity that supports the hospital said": a relative clause on an unnamed
            # description heading the sentence runs to the verb; the description is the sayer
            and not (
                _DESCRIBED_HEAD_THAT.search(head[: t.start()]) and re.fullmatch(r"\s[^,;:\"“”]{1,80}", head[t.end() :])
            )
            # "A nurse at X, who spoke on condition that he not be named, said": a "that" inside a
            # who- or which-clause closed by its comma before the verb is no clause boundary
            and not (
                re.search(r",\s*(?:who|which)\s+[^,;:\"“”]{1,80}$", head[: t.start()])
                and re.fullmatch(r"[^,;:\"“”]{1,80},\s*(?:(?:has|have|had|also|later|earlier)\s+)*", head[t.end() :])
            )
        ]
        if tm:
            cut = max(cut, tm[-1].end())
        # "Taliban raise toll to nine as Islamic State claims attack": a clause joined by a conjunction
        # before the verb is its own; its subject after the conjunction is the sayer
        cj = list(
            re.finditer(
                r"(?<=[a-z])\s+(?:as|while|whereas|because)\s+(?=(?:the\s+)?[A-Z]"
                # (session 15) or people described in lower case: "..., as local leaders warned that ..."
                r"|(?:[a-z][\w-]*\s+)?(?:leaders|officials|elders|residents|witnesses|activists|medics|doctors)\s*$)",
                head,
            )
        )
        if cj and not re.search(r"\b(?:such|well|known|so|same)\s*$", head[: cj[-1].start()]):
            cut = max(cut, cj[-1].end() - 1)
        q = re.search(r"[,.]\s*[\"”’]\s*", head)
        if q:
            last_q = list(re.finditer(r"[,.?!]\s*[\"”’]\s*", head))[-1]
            cut = max(cut, last_q.end() - 1)
        subj_text = head[cut + 1 :] if cut >= 0 else head
        # "Human Rights Watch was able to confirm eight": the subject confirms
        subj_text = re.sub(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+able\s+to\s*$", " ", subj_text)
        rel = re.search(r",\s*who\s+(?:also\s+|later\s+|earlier\s+)?$", subj_text)
        if rel:  # "allegations from a former security contractor, who told the BBC"
            ante = _ANTECEDENT.search(subj_text[: rel.start()])
            who = _CONTESTED.sub("", ante.group().strip()) if ante else ""
            if who and _person_phrase(who):
                found.append((m.start() - len(subj_text) + ante.start() if ante else 0, who))
            continue
        rel = re.search(r",\s*which\s+(?:also\s+|later\s+|earlier\s+)?$", subj_text)
        if rel:  # "... was claimed by the X Forces (XF), the largest armed groups, which said ..."
            ante = _WHICH_ANTECEDENT.search(subj_text[: rel.start()])
            place = re.search(
                # (review s12) nor a day, a platform or a place after "on"/"in"/"at": "a statement late on
                # Sunday, which said", "a statement on Telegram, which said", "a hospital in X, which said"
                r"(?:\b(?:town|city|village|region|province|district|area|country)\s+of|\b(?:in|at|near))\s*$",
                subj_text[: ante.start("n")] if ante else "",
            )
            day = ante is not None and re.fullmatch(_DAY_OR_MONTH + "|" + _POSTED_ON, ante.group("n")) is not None
            if ante and not place and not day:  # (not "the town of X, which said": a place says nothing)
                found.append((m.start() - len(subj_text) + ante.start("n"), norm_ws(ante.group("n"))))
            continue
        rel = re.search(
            r",\s*(?:which|whom|who)\s+(?!(?:also|later|earlier|has|had|have|previously|initially|officially|then)\b)"
            r"(?P<np>[\w'’][^,;:]{0,60}?)\s*$",
            subj_text,
        )
        if rel:
            # (session 16) "The X, which the cabinet says shelters smugglers, is ...": the sayer inside a
            # relative clause speaks for that clause only; it is a source of the sentence's figures only
            # when the clause holds a count ("the toll, which the ministry says stands at 40,")
            close = sentence.find(",", m.end())
            emb = _clean_subject(rel.group("np"))
            if emb and _ANY_COUNT.search(sentence[m.end() : close if close >= 0 else None]):
                found.append((m.start() - len(subj_text) + rel.start("np"), emb))
            continue
        if re.search(r"\sand\s*$", subj_text) and any(p < m.start() for p, _ in found):
            continue  # "X gave the same toll and said ...": a coordinated predicate, its subject found before
        if re.search(r"\sand\s*$", subj_text):
            # (session 15) "A committee appointed by the president later identified 1,426 dead, ..., and said":
            # the subject heading the first predicate (a pronoun's is carried back)
            hm = _COORD_HEAD.match(subj_text)
            cand = _clean_subject(hm.group("s")) if hm else None
            if hm and cand:
                found.append((m.start() - len(subj_text) + hm.start("s"), cand))
                continue
            # (session 15 lead) no such head ("X, citing relatives, named ... and said"): read as before
        # ignore passive "was reported" / "it was claimed"
        if re.search(r"\b(?:was|were|been|be|is|are|not|to)\s*$", subj_text, re.I):
            continue
        subj_text = re.sub(
            r"\s+(?:has|have|had|also|later|earlier|officially|"
            r"initially|previously)\s*$",
            "",
            subj_text,
            flags=re.I,
        )
        if re.search(r"(?:^|,)\s*(?:said|says|added|stated)\s+(?:that\s+)?(?:it|he|she|they|we)\s*$", subj_text, re.I):
            continue  # "X, a group that documents Y, said it had confirmed ...": the pronoun is X, found by "said"
        # the verb's own clause: "..., army says; NPA claims 'victory'" closes at the semicolon
        rest = sentence[m.end() :].split(";")[0].strip()
        trailing = (
            bool(_TRAILING_REST.match(rest))
            and len(rest.split()) <= 6
            and not _FINITE.search(rest)
            and not _COUNT_OBJECT.match(rest)
        ) or bool(_RELAY_REST.match(rest))
        # "..., killing nine, the governor said, as ...": set off by commas, another clause after it
        trailing = trailing or (bool(_PARENTHETICAL_REST.match(rest)) and "," in subj_text)
        if re.search(r"(?:account|version)$", m.group()):
            # (session 20) "X, a militia, gave a different account.": a whole predicate closing its sentence,
            # no trailing "..., X said"; its subject heads the sentence, the apposition after it no sayer
            trailing = False
        subj = _clean_subject(subj_text, trailing)
        nested = _SAID_THEN.match(subj_text) if m.group().lower() in ("told", "tells") else None
        if nested and _TOLD_HEARER.match(sentence, m.end()):
            # (session 17) "A woman said a guard at the camp told her that ...": the one who told her is a
            # source too (second-hand, named inside the first speaker's report)
            subj_text = subj_text[nested.end() :]
            short = _DESCRIBED_AT.match(subj_text)  # its description up to one place phrase ("a guard at a camp")
            subj = _clean_subject(short.group(0) if short else subj_text)
        if not subj and m.group().lower() in ("told", "tells") and _TOLD_WHOM.match(sentence, m.end()):
            last = re.split(r",\s*", subj_text.strip())[-1].strip()  # "one farmer told Radio Meridian"
            subj = last if _DESCRIBED.fullmatch(last) and _person_phrase(last) else None
        if (
            subj
            and re.search(r"(?:account|version)$", m.group())
            and not _named(subj)
            # (session 20) or a named owner's body: "Russia's defence ministry gave a different account"
            and not re.match(r"(?:the\s+)?[A-Z][\w-]*['’]s\s+[a-z]", subj)
        ):
            continue  # (session 17) "Families of victims offered their own version": the people who then speak
        if subj:
            start = m.start() - len(subj_text) + (len(subj_text) - len(subj_text.lstrip()))
            at = subj_text.rfind(subj)
            if at >= 0:  # where the subject is written: "N fled, according to X, and Y say ...": X comes first
                start = m.start() - len(subj_text) + at
            found.append((max(0, start), subj))
    found = [f for f in found if not _inside_spoken_quote(sentence, f[0])]
    found.sort(key=lambda t: t[0])
    return tuple(found)


def _inside_spoken_quote(sentence: str, pos: int) -> bool:
    """``pos`` lies inside a quotation whose speaker follows it ("... my son said there were 40
    bodies," said Rosa Diaz): a reporting verb inside the quote is the speaker's words, and the
    speaker (``_INVERTED``) is the source. The quote opens at its opening mark, or before the
    sentence when none is in it (a quotation of several sentences)."""
    # the speaker named ("..., said Rosa Diaz") or described ("...,\" said a farmer who fled")
    for m in [*_INVERTED.finditer(sentence), *_QUOTED_PERSON.finditer(sentence), *_SAID_ROLE_NAME.finditer(sentence)]:
        close = m.start() + (1 if sentence[m.start()] in ",.?!" else 0)
        if sentence[close] not in '"”' or close <= pos:
            continue
        head = sentence[:close]
        curly = sentence[close] == "”"
        opening = head.rfind("“") if curly else (head.rfind('"') if head.count('"') % 2 == 1 else -1)
        if opening < pos:
            return True
    return False


def find_attribution(sentence: str) -> str | None:
    """The source the sentence attributes its content to, as written, or None.

    Handles "according to X", "X said/says/reported/told Y/claimed/announced/confirmed",
    "X reported that ...", "..., X said." and "..., said X". The earliest attribution in the
    sentence wins (the primary source: "..., the source said, ..., Al Jazeera reported" ->
    "the source").
    """
    found = _attributions(sentence)
    return found[0][1] if found else None


# --------------------------------------------------------------------------- relays

_CITED_BY = re.compile(r"^(?P<orig>.+?),?\s+(?:as\s+)?(?:cited|quoted|relayed)\s+by\s+(?P<via>.+)$", re.I)
#: "of" in an outlet's name before a place that ends the name: "the Herald of Norland that", "..., of
#: Norland." (not "Reuters of Norlandian strikes", "Reuters of Kesh Front attacks": what was told)
_OF_PLACE_ENDS = (
    r"(?=\s+[A-Z][\w.-]*(?![\w'’])(?:\s+[A-Z][\w.-]*(?![\w'’]))?"
    r"(?:\s*(?:[,.;:)\"”]|$)|\s+(?:that|on|in|at|about|after|before|when|while|and|but|as|by|late|earlier|last|"
    r"this|over|for|newspaper|daily|radio|television|news\s+agency|channel)\b))"
)
_TOLD = re.compile(
    # (session 20) a live blog's present tense, "tells Kesh TV"; media named only by a place or by
    # "local": "told Iraqi media", "told local media"
    # (session 24) the participle too: "gave a different account, telling local media that"
    r"\b(?:told|tells|telling)\s+(?P<via>(?:the\s+)?(?:local|national|international|foreign|(?-i:[A-Z][a-z]+))\s+media\b|"
    r"(?:the\s+)?(?:state(?:-run|-owned)?\s+(?:(?:news\s+)?(?:agency|broadcaster|television|tv|radio)\s+)?)?"
    # an outlet described before its name: "told local radio station Caracol Radio", "told the Saudi
    # state news agency SPA"
    r"(?:(?:[A-Z][\w'’-]*\s+)?(?:(?:local|private|independent|national|regional|state(?:-run|-owned)?)\s+)*"
    r"(?:news\s+agency|radio\s+station|broadcaster|television|tv|radio|newspaper|daily|channel|station|outlet|website)\s+"
    r"(?=[A-Z]))?"
    # (session 14) "of" and a place in the name: "told the Herald of Norland" ("told X of Monday's raid" is not);
    # (review, session 15) the place ends the name: "told Reuters of Norlandian strikes" is what was told
    # (session 20) a name may end in "+": "told broadcaster N+"
    r"[A-Z][\w'’.-]*\+?(?:\s+(?:(?:du|de|des|del|da|al|el|la|le|of" + _OF_PLACE_ENDS + r")\s+)?[A-Z][\w'’.-]*){0,3}"
    # and after it: "told Dawn newspaper", "told Kivu radio"
    r"(?:\s+(?:newspaper|daily|radio|television|news\s+agency|channel)\b)?)"
)
#: a platform's page with no outlet's name: "Telegram channel", "official Facebook page", "X account"
_PLATFORM = re.compile(
    r"(?:official\s+)?(?:Telegram|Facebook|Twitter|X|Instagram|WhatsApp|YouTube|TikTok|social\s+media)?\s*"
    r"(?:channel|page|account|website|site|feed|group)s?",
    re.I,
)
#: a platform's own name: no outlet's ("a Telegram account run by the militia" names no outlet)
_PLATFORM_NAME = re.compile(r"\b(?:" + _PLATFORM_NAMES + r")\b")


def _unnamed_platform(via: str) -> bool:
    """``via`` is a platform's page named by no capitalised word but the platform's own ("a Telegram
    channel linked to the group", "an X account run by the militia"): no outlet relays, the party
    posting speaks for itself ("the Telegram channel of the news site Velan24" names one)."""
    return _PLATFORM.search(via) is not None and re.search(r"[A-Z]", _PLATFORM_NAME.sub("", via)) is None


_CITING = re.compile(r"\b(?:citing|quoting)\s+(?P<orig>[^,.;:\"“”]{2,80})", re.I)
_OUTLETS = ("media", "state_media")
#: a statement an outlet carried: "in a statement carried by the state-run Ethiopian News Agency"
_CARRIED = re.compile(
    # "His account was carried by the state news agency X": the account, claim or remarks too
    r"\b(?:statement|report|message|video|post|communiqu[ée]|account|claim|remarks|comments)s?\s*"
    # (session 24) after a comma too: "has issued a statement, read on state broadcaster CRTV"
    r"(?:,\s*)?(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:carried|published|broadcast|aired|posted|read|"
    r"released|run)\s+(?:by|on)\s+(?P<via>(?:the\s+|its\s+|their\s+)?[A-Za-z\d][^,.;:\"“”]{1,60}?)"
    r"(?=\s*(?:[,.;:\"“”]|\s(?:that|on|in|saying)\b|$))",
    re.I,
)


#: an outlet that relays, named with its description before its name ("cited by the local outlet X",
#: "told the privately owned Radio X"), through which a side speaks ("through its media wing, X",
#: "through its X propaganda outlet"), or that a speaker was reached by ("reached by telephone by X")
_OUTLET_NOUN = (
    r"(?-i:(?:news\s+)?(?:outlet|site|website|portal)|newspaper|daily|broadcaster|(?:radio|television|tv)(?:\s+station)?|"
    # (session 15) "the Kurdish news network Rudaw"
    r"channel|news\s+agency|news\s+network|"
    # (session 18) a station by its reach: "told local station X" (no police station)
    r"(?<!police\s)(?<!fire\s)(?<!petrol\s)(?<!gas\s)(?<!bus\s)(?<!train\s)(?<!railway\s)station|"
    # (session 16) a periodical by its rhythm or form: "the independent weekly X", "the news magazine X"
    r"weekly|magazine|tabloid)"
)
_NAME_WORDS = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?:of|al|el|de|du)\s+)?(?-i:[A-Z])[\w'’.-]*){0,4}"
_RELAY_OUTLET = re.compile(
    r"\b(?:(?:cited|quoted|relayed|carried)\s+by|told|(?:speaking|spoke|talking|talked)\s+to)\s+(?:the\s+)?"
    # (session 15) a nationality word may open the description: "the Kurdish news network X"
    r"(?:(?:(?-i:[a-z])[\w'’-]*\s+|(?-i:[A-Z][a-z]+)\s+(?=(?-i:[a-z]))){1,3}?" + _OUTLET_NOUN + r"\s+"
    r"|(?-i:privately|independently|locally|publicly)[\s-]owned\s+)"
    r"(?P<via>" + _NAME_WORDS + r")"
    r"|\bthrough\s+(?:its|their|his|her)\s+(?:(?:media|propaganda)\s+(?:wing|arm|outlet|agency|channel|office),\s+"
    r"(?P<wing>" + _NAME_WORDS + r")|(?P<own>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+"
    r"(?:propaganda\s+(?:outlet|arm|wing|channel)|news\s+agency|media\s+(?:wing|arm))))"
    # (session 17) an outlet's description may come first: "contacted by phone by the Norland news agency X"
    r"|\b(?:reached|contacted|interviewed)\s+by\s+(?:tele)?phone\s+by\s+(?:the\s+)?"
    r"(?P<reachdesc>(?:(?-i:[a-z])[\w'’-]*\s+|(?-i:[A-Z][a-z]+)\s+(?=(?-i:[a-z]))){0,3}?" + _OUTLET_NOUN + r"\s+)?"
    r"(?P<reach>" + _NAME_WORDS + r")"
    # (session 15) a side's own outlet named after its description: "carried by its radio outlet, X,"
    r"|\b(?:carried|published|broadcast|aired|relayed|posted)\s+(?:by|on)\s+(?:its|their)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?"
    + _OUTLET_NOUN
    + r",\s+(?P<car>"
    + _NAME_WORDS
    + r")(?=\s*[,.;])",
    re.I,
)
#: an outlet a speaker talks to or on, or a figure is given according to, named with its own outlet noun
#: after its name or with a lower-case description before it: "told the official KNA news agency",
#: "according to its Kora news agency", "Speaking on the state-owned Velan Broadcasting Corporation
#: (VBC)" (a bare name, "told Reuters", is left to the other rules: ``relaying_outlets`` keeps only a
#: name whose words say an outlet)
_NAMED_RELAY = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked)\s+(?:to|on)|according\s+to)\s+(?:the\s+|its\s+|their\s+)?"
    # (session 18) where it is based or who runs it, capitalised: "Speaking to the Kesh-based X News"
    r"(?P<desc>(?:(?-i:[A-Z])[\w'’.]*-(?:based|run|owned|funded|backed)\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?)"
    r"(?P<n>" + _NAME_WORDS + r"(?:\s*\((?-i:[A-Z][\w-]{1,9})\))?)"
    r"(?P<noun>\s+(?-i:news\s+agency|television(?:\s+station)?|TV|radio(?:\s+station)?|channel|newspaper|daily|website|"
    # (session 15) "told the X news portal"
    r"news\s+(?:portal|site)))?"
    r"(?![\w'’-])",
    re.I,
)


#: (session 14) a broadcaster's language service after its initials: "told RFA Burmese", "spoke to BBC Urdu"
_SERVICE_LANGUAGE = (
    r"(?:Arabic|Persian|Farsi|Urdu|Burmese|Hausa|Somali|Khmer|Pashto|Dari|Swahili|Amharic|Tigrinya|Russian|"
    r"Ukrainian|Turkish|Kurdish|Hindi|Bengali|Bangla|Nepali|Tamil|Sinhala|Indonesian|Thai|Vietnamese|Chinese|"
    r"Mandarin|Cantonese|Korean|French|Spanish|Portuguese|Afrique|Mundo|Tibetan|Uyghur|Lao|Azeri|Georgian|"
    r"Armenian|Serbian|Uzbek|Tajik|Kinyarwanda|Oromo|Fulfulde|Lingala|Yoruba|Igbo|Pidgin|Punjabi|Gujarati)"
)
#: an acronym a speaker talks to ("told KNA on condition of anonymity", "who spoke to KNA"): a news
#: agency the text names only as the listener (a person is never written as an acronym)
_TOLD_ACRONYM = re.compile(
    r"\b(?:told|(?:speaking|spoke|talking|talked)\s+to)\s+(?-i:(?P<via>[A-Z]{2,6}(?![\w'’.-])|[A-Z]{2,6}\s+"
    + _SERVICE_LANGUAGE
    + r"(?![\w'’-])))"
    # the acronym ends its noun phrase ("told KNA on condition of anonymity", "told KNT that"), no
    # modifier of a noun after it ("spoke to US officials", "told MSF staff")
    r"(?=\s*(?:[,.;:\"“”)]|$)|\s+(?:that|on|by|in|at|about|after|before|from|over|when|while|and|but|as|late|"
    r"earlier|last|this|he|she|they|it|we|there)\b)"
)


#: states and blocs written as acronyms ("told the US", "spoke to EU envoys"): no outlets
_STATE_ACRONYMS = frozenset(
    {"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA", "EU", "AU", "ECOWAS", "SADC", "IGAD", "NATO"}
)


def _listener_acronym(article: str, via: str) -> bool:
    """``via``, an acronym a speaker told something, is an outlet: its words give no other kind, it is
    no country ("told the US"), and the text spells it out as no body of another kind."""
    if source_kind_hint(via) not in (None, *_OUTLETS) or is_country(via) or via in _STATE_ACRONYMS:
        return False
    return all(source_kind_hint(al) in (None, *_OUTLETS) for al in aliases(article, via))


def relaying_outlets(article: str, sentence: str) -> list[str]:
    """The outlets a sentence names as relaying what others say, whatever else it cites
    (attrib_README "sources": outlets cited for facts are sources; a side's own outlet is
    ``state_media``): "His account was carried by the state news agency X" (``_CARRIED``), "cited
    by the local outlet X", "told the privately owned Radio X", "through its media wing, X", "through
    its X propaganda outlet", "reached by telephone by X" (``_RELAY_OUTLET``). A carried statement's
    outlet is taken when its words say an outlet and a capitalised name is left once "its" is read
    as the speaker's ("carried by its media arm": the side's own voice, no name)."""
    out: list[str] = []
    for c in _CARRIED.finditer(sentence):
        via = c.group("via").strip()
        bare = re.sub(r"^(?:its|their)\s+", "", via, flags=re.I)
        if (
            source_kind_hint(via) in _OUTLETS
            and (re.search(r"[A-Z]", bare) or re.fullmatch(r"\d+[a-z][\w.-]*", bare))  # "26sepnews": a site's name
            and not _PLATFORM.fullmatch(bare)
            and not _unnamed_platform(bare)
        ):
            out.append((via if bare == via else bare).rstrip("."))
    for m in _RELAY_OUTLET.finditer(sentence):
        name = next(g for g in (m.group("via"), m.group("wing"), m.group("own"), m.group("reach"), m.group("car")) if g)
        name = name.strip().rstrip(".")
        by_words = source_kind_hint(name) in _OUTLETS
        described = m.group("reachdesc") is not None  # "by the Norland news agency X": an outlet by its description
        if m.group("reach") and not by_words and not described and (" " in name or not _outlet_by_deed(article, name)):
            continue  # "reached by telephone by Name Surname": a person, unless its words or deeds make it an outlet
        if not any(re.search(rf"(?<![\w'’-]){re.escape(name)}$", o) for o in out):
            out.append(name)  # "carried by the state news agency X" is listed once, with its description
    for r in _NAMED_RELAY.finditer(sentence):  # "told the official KNA news agency", "according to its X news agency"
        name = (r.group("n") + (r.group("noun") or "")).strip()
        if not (r.group("noun") or r.group("desc").strip()) or source_kind_hint(name) not in _OUTLETS:
            continue
        if not any(re.search(rf"(?<![\w'’-]){re.escape(r.group('n'))}(?![\w'’-])", o) for o in out):
            out.append(name)
    for t in _TOLD_ACRONYM.finditer(sentence):  # "a police officer told KNA on condition of anonymity"
        if t.group("via") not in out and _listener_acronym(article, t.group("via")):
            out.append(t.group("via"))
    return out


#: a relay named after its source's reporting clause: "..., a commander said, quoted by RFI", "..., as
#: cited by AFP" (the outlet is capitalised: "as quoted by the governor" names a speaker)
_RELAYED_AFTER = re.compile(
    r",\s*(?:as\s+)?(?:cited|quoted|relayed|carried)\s+by\s+(?P<via>(?:the\s+)?[A-Z][^,.;:\"“”]{1,60}?)"
    r"(?=\s*(?:[,.;:\"“”]|\s(?:on|in|that)\b|$))"
)
#: "Kestrel TV quoted Harbour Governor Salim al-Rawi as saying ...": the outlet relays the person
#: (session 21) "cited" as "quoted": "The state-run X agency cited the provincial welfare office as saying ..."
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited|quotes|cites)\s+(?P<orig>(?:the\s+|a\s+|an\s+)?[^,.;:\"“”]{2,80}?)"
    # (session 25) the one quoted named in apposition: "quotes the mayor of X, Name, as saying"
    r"(?:,\s+(?P<name>[^,.;:\"“”]{2,60}?),)?\s+as\s+(?:saying|telling|stating)\b"
)


def _relays_others(article: str, name: str) -> bool:
    """Whether ``name``, a capitalised name of one to three words, is written as an outlet relaying
    others: it heads a sentence citing someone ("Jeune Afrique, citing an officer at the garrison,
    reported"), or, one word and never after another capitalised word (no person's surname), it
    "reported that" or is "told" something ("told Kurdistan24 that")."""
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", name) or is_country(name):
        return False  # "Ethiopia reported that ...": a country's government
    esc = re.escape(name)
    if re.search(r"(?:^|[.!?]\s+|\n)" + esc + r",\s+(?:citing|quoting)\s", article):
        return True
    return (
        " " not in name
        and re.search(r"(?:(?:^|[.!?]\s+|\n)" + esc + r"\s+reported\s+that|\btold\s+" + esc + r"\s+that)\b", article)
        is not None
        and re.search(r"[A-Z][\w'’.-]*\s+" + esc + r"\b", article) is None
    )


#: (session 15) a title opening with a Romance language's article, the one a speaker "told": a newspaper
#: ("told El Heraldo", "told La Voz"; a person is never named so)
_ARTICLE_TITLE = re.compile(r"(?-i:El|La|Le|Il)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?")


def relay_kind(article: str, name: str) -> SourceKind | None:
    """``media`` for an acronym the text names only as a relay of others' words ("..., quoted by
    RFI", "as cited by KNN", "told RFA"): a person is never written as an acronym, and an outlet that
    relays is an outlet (attrib_README kinds); None otherwise."""
    n = name.strip()
    # an outlet's description before its name: "the local outlet X", "the state-run daily X"
    # (session 15) or set off by a comma: "its radio outlet, X,"
    described = re.search(
        r"(?:(?-i:[a-z])[\w'’-]*\s+){0,3}" + _OUTLET_NOUN + r",?\s+" + re.escape(n) + r"(?![\w'’-])", article
    )
    if described and re.match(r"(?-i:[A-Z])", n):
        if re.search(r"\b(?:its|their)\s", described.group(0), re.I):
            return "state_media"  # "carried by its radio outlet, X": the speaking side's own outlet (session 15)
        return "state_media" if source_kind_hint(described.group(0)) == "state_media" else "media"
    if _relays_others(article, n):
        return "media"  # "Jeune Afrique, citing an officer, reported", "Kurdistan24 reported that"
    if _ARTICLE_TITLE.fullmatch(n) and re.search(r"\btold\s+" + re.escape(n) + r"(?![\w'’-])", article):
        return "media"  # "told El Heraldo": a newspaper (session 15)
    if not re.fullmatch(r"[A-Z]{2,6}", n):
        return "media" if _outlet_by_deed(article, n) else None
    relay = (
        rf"\b(?:(?:quoted|cited|relayed|carried)\s+by|told|(?:speaking|spoke|talking|talked)\s+to)\s+"
        rf"(?:the\s+)?{re.escape(n)}\b"
    )
    return "media" if re.search(relay, article) or _outlet_by_deed(article, n) else None


#: an outlet's own deeds: it reports, publishes, broadcasts, airs ("Rudaw reported", "Halqabox
#: published a report", "Kabulnow broadcast on Tuesday"), things are reported or verified by it, or it
#: has correspondents ("Rudaw's correspondent")
_OUTLET_DEED = (
    r"(?:has\s+|had\s+|also\s+|later\s+|earlier\s+)?"
    r"(?:reported|reports|published|publishes|broadcast|broadcasts|aired|airs)\b"
)
_DONE_BY_OUTLET = (
    r"\b(?:reported|published|broadcast|aired|verified|geolocated|obtained|seen|reached\s+by\s+(?:tele)?phone)"
    r"\s+by\s+"
)
#: a capitalised name of one to three words, no kind word in it (``source_kind_hint`` runs first)
_BARE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’.-]*){0,2}")


def _outlet_by_deed(article: str, name: str) -> bool:
    """Whether ``name``, a capitalised name with no kind word, is an outlet by what the text says it
    does (``_OUTLET_DEED``, ``_DONE_BY_OUTLET``): an entity that reported, published or broadcast a
    report is an outlet (attrib_README kinds, media) unless its words say another kind. Not a person's
    surname: the name written after another capitalised word ("Oleh Marchuk reported") is a person."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if not _BARE_NAME.fullmatch(bare) or source_kind_hint(bare) is not None or is_country(bare):
        return False
    esc = re.escape(bare)
    if re.search(rf"(?-i:[A-Z][\w'’.-]*)\s+{esc}(?![\w'’-])", article):
        return False  # a surname after a first name or a title: a person
    return bool(
        re.search(rf"(?<![\w'’.-]){esc}\s+{_OUTLET_DEED}", article)
        or re.search(rf"{_DONE_BY_OUTLET}(?:the\s+)?{esc}(?![\w'’-])", article)
        or re.search(rf"(?<![\w'’.-]){esc}(?:'s|’s)\s+(?:\w+\s+)?(?:correspondent|reporter|journalist)s?\b", article)
        or _told_outlet_by_form(article, bare)
    )


#: (session 22) a newspaper's word ending a name: "Addis Standard", "the Kyiv Independent", "Daily Nation"
_PAPER_NAME_END = re.compile(
    r"(?-i:Standard|Independent|Times|Post|Tribune|Herald|Journal|Gazette|Guardian|Telegraph|Observer|Chronicle|"
    r"Express|Mail|Star|Nation|News|Dispatch|Mirror|Courier|Insider|Today|Press)$"
)


def _told_outlet_by_form(article: str, bare: str) -> bool:
    """(session 22) The one a speaker "told" is an outlet by the form of its name, no deed needed: a
    newspaper's or an agency's word ends the name (``_PAPER_NAME_END``: "told Addis Standard", "told
    the Kyiv Independent", "told the Associated Press"). Not any capitalised name after "the" ("told
    the State Assembly"). ``_outlet_by_deed`` has already ruled out a kind word, a country and a
    surname."""
    esc = re.escape(bare)
    return bool(_PAPER_NAME_END.search(bare)) and (
        re.search(rf"\b(?:told|tells)\s+(?:the\s+)?{esc}(?![\w'’-])", article) is not None
    )


def split_relay(name: str) -> tuple[str, str | None]:
    """("a security source", "Syrian state news agency SANA") for "a security source cited by
    Syrian state news agency SANA": the original source and the outlet that relayed it (as UCDP
    GED keeps ``source_original`` apart from the outlet); (name, None) when nothing relays it."""
    m = _CITED_BY.match(name.strip())
    if m and _ok_subject(m.group("orig").strip()):
        return m.group("orig").strip(), m.group("via").strip()
    return name, None


_APPOSITION = re.compile(r"((?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}),\s+(?:a|an)\s+[a-z][\w\s'’-]*")


def _without_apposition(name: str) -> str:
    """A proper name without the description after it: "ACLED, a conflict monitor" is ACLED (the
    description stays a reliability note)."""
    m = _APPOSITION.fullmatch(name.strip())
    return m.group(1).strip() if m else name


#: where a sentence's clauses join: "Eleven were wounded, the health office said, while the ministry
#: put the number at 14", "..., and some 400 families fled, the council said"
_CLAUSE_JOIN = re.compile(
    # (session 15) ", as X warned that ...": a clause with its own sayer ("as many as", "as well as" are none)
    r"[,;]\s*(?:while|whereas|but|and|although|though|as(?!\s+(?:many|much|well|of|part|a\s+result|expected)\b))\s+",
    re.I,
)


def _own_clause_first(sentence: str, found: tuple[tuple[int, str], ...], at: int) -> tuple[tuple[int, str], ...]:
    """``found`` with the attributions of the clause holding offset ``at`` first: a figure takes
    its own clause's source ("Eleven people were wounded, the health office said, while the
    ministry later put the number of wounded at 14": 14 is the ministry's). A clause naming no
    source keeps the sentence's order (its first source: "Police said 5 died, and 12 were hurt")."""
    cuts = [0, *(m.start() for m in _CLAUSE_JOIN.finditer(sentence)), len(sentence) + 1]
    lo, hi = next(((a, b) for a, b in pairwise(cuts) if a <= at < b), (0, len(sentence) + 1))
    own = [f for f in found if lo <= f[0] < hi]
    # a figure inside a claim's content ("a claim by X, ..., that its fighters killed 100"): X's
    claim = [
        f
        for c in _CLAIM_BY.finditer(sentence)
        if c.start("src") < at and re.search(r"\bthat\b", sentence[c.end() : at])
        for f in found
        if f[0] == c.start("src")
    ]
    if claim:
        own = [claim[-1], *(f for f in own if f != claim[-1])]
    return (*own, *(f for f in found if f not in own)) if own else found


#: an outlet's description in apposition: "told Sudan Horizon, an independent news site, that"
_OUTLET_APPOSITION = (
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:news\s+(?:site|website|outlet|portal|agency|channel)|"
    r"(?:online\s+)?outlet|newspaper|broadcaster|radio\s+station|television\s+(?:channel|station)|tv\s+channel|"
    # (session 18) a platform's channel: "Borderwatch, an independent Telegram channel"
    r"(?:" + _PLATFORM_NAMES + r")\s+channel)\b"
)


def described_outlet(text: str, name: str) -> bool:
    """``name`` is written with an outlet's description in apposition after it ("Sudan Horizon, an
    independent news site,"): an outlet (attrib_README kinds, media) though its words say no kind."""
    n = name.strip().rstrip(".")
    return bool(n) and re.search(re.escape(n) + _OUTLET_APPOSITION, text) is not None


#: a relay set off by commas before the subject: ", quoted by the state-run X Agency, the ministry said"
_QUOTED_ASIDE = re.compile(
    # (a capitalised tie before the name too: "quoted by the U.N.-backed Radio X")
    r"(?:^|,)\s*(?:as\s+)?(?:quoted|cited|relayed)\s+by\s+(?:the\s+)?"
    r"(?:(?:(?-i:[a-z])[\w'’-]*|[\w.'’]+-(?:backed|run|owned|funded|sponsored|based))\s+){0,2}"
    r"(?P<via>" + _NAME_WORDS + r")\s*,\s*(?:the\s+|[A-Z])",
    re.I,
)


def find_relay(sentence: str, at: int | None = None) -> tuple[str | None, str | None]:
    """Who a sentence's content comes from and which outlet relayed it: (original, via); with
    ``at`` (a figure's offset in the sentence), its own clause's source first (``_own_clause_first``).

    * "a security source cited by SANA" / "quoted by" -> (a security source, SANA);
    * "X told Al Jazeera" -> (X, Al Jazeera) when the listener is an outlet ("told reporters"
      relays nothing);
    * "“...,” the source said, Al Jazeera reported" -> (the source, Al Jazeera): a later outlet
      in the same sentence relays the earlier source;
    * "Reuters reported, citing local officials" -> (local officials, Reuters).
    """
    found = _attributions(sentence)
    if not found:
        return None, None
    if at is not None:
        found = _own_clause_first(sentence, found, at)
    orig, via = split_relay(found[0][1])
    orig = split_joint(_without_apposition(orig))[0]
    quoted = _QUOTED_AS.search(sentence)
    if via is None and quoted and quoted.start() > found[0][0]:
        inner = _clean_subject(quoted.group("name") or quoted.group("orig"))
        if inner and normalize_name(inner) != normalize_name(orig):
            return inner, orig  # "X quoted Y as saying": Y says it, X relays
    if via is None:
        after = _RELAYED_AFTER.search(sentence)
        if after and after.start() > found[0][0]:
            via = after.group("via").strip()
    if via is None:
        told = _TOLD.search(sentence)
        if told and (
            source_kind_hint(told.group("via").rstrip(".")) in _OUTLETS
            or described_outlet(sentence, told.group("via"))
            or _ARTICLE_TITLE.fullmatch(told.group("via").rstrip("."))
        ):
            via = told.group("via").rstrip(".")
    if via is None:  # "said in a statement carried by the state-run X News Agency"
        carried = _CARRIED.search(sentence)
        if carried and source_kind_hint(carried.group("via")) in _OUTLETS:
            via = re.sub(r"^(?:its|their)\s+", "", carried.group("via"), flags=re.I)  # the party's own outlet
            if via != carried.group("via") and (
                not re.search(r"[A-Z]", via) or _PLATFORM.fullmatch(via)
            ):  # "carried by its media arm", "posted on its Telegram channel": no name, the party's own voice
                via = None
            elif _unnamed_platform(via):
                via = None  # "posted on a Telegram account run by the militia": no outlet, the speaker's own
    if via is None:  # "In its briefing, quoted by the state-run X Agency, the ministry said"
        aside = _QUOTED_ASIDE.search(sentence)
        named = aside.group("via") if aside else ""
        if named and (source_kind_hint(named) in _OUTLETS or described_outlet(sentence, named)):
            via = named
    if via is None:
        for _, later in found[1:]:
            if source_kind_hint(later) in _OUTLETS and normalize_name(later) != normalize_name(orig):
                via = later
                break
    if source_kind_hint(orig) in _OUTLETS:
        citing = _CITING.search(sentence)
        if citing:
            inner = _clean_subject(citing.group("orig"))
            # (session 17) "citing the clinic's head doctor, Dr. Name.": the person the role names
            named = _ROLE_THEN_NAME.match(sentence, citing.end("orig"))
            if inner and named and (_GENERIC_MENTION.fullmatch(inner) or _DESCRIBED_ROLE.fullmatch(inner)):
                return norm_ws(named.group("n")), orig
            if inner:
                return inner, orig
    return orig, via


#: (session 17) a person's name in apposition right after a role, closing the clause: ", Dr. Name."
_ROLE_THEN_NAME = re.compile(
    r",\s+(?P<n>(?:" + _TITLE_DOT + r"){0,2}(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})(?=\s*(?:[.;]|$))"
)


#: "X and Y" where X names no organisation "of" something ("Ministry of Health and Population")
_JOINT = re.compile(r"^(?P<a>(?:(?!\bof\b).)+?)\s+and\s+(?P<b>.+)$", re.I)
#: a capitalised name whose "and" joins the objects of its own preposition: "the Institute for Peace and
#: Rights (Ipader)", "Centre for Justice and Accountability" (one body, not two)
_NAME_PREP_AND = re.compile(
    r"(?-i:[A-Z])[\w'’-]*\s+(?:for|on|against)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*$", re.I
)


#: "reports in BBC Burmese" / "a witness account": the source is the outlet, the witness
_PART_NOISE = re.compile(
    r"^(?:(?:unconfirmed\s+)?reports?\s+(?:by|from|in|on)\s+(?=[A-Z]))|\s+(?:account|accounts|testimony)$"
)


def split_joint(name: str) -> list[str]:
    """The sources a coordinated name cites jointly: ["a witness", "BBC Burmese"] for "a witness
    and BBC Burmese", ["the civil defence", "medics"] for "the civil defence and medics". Both
    parts must name a source by their own words (``source_kind_hint``), the second may be a
    capitalised name; otherwise the name is one source ("Trinidad and Tobago police")."""
    m = _JOINT.match(name.strip())
    if not m:
        return [name]
    a, b = (_PART_NOISE.sub("", m.group(k).strip()) for k in ("a", "b"))
    if _NAME_PREP_AND.search(a) and re.match(r"(?-i:[A-Z])", b):
        return [name]
    if (source_kind_hint(a) is None and not _DEFINITE.fullmatch(a)) or not (
        source_kind_hint(b) or re.match(r"(?:the\s+)?[A-Z]", b)
    ):
        return [name]
    return [a, b]


#: a reporting clause whose subject is a pronoun: "He said 25 were killed", "..., it says."
_PRONOUN_SAYS = re.compile(
    # "It had earlier put the toll at 20", "He had initially said six": a perfect and a time adverb
    # "In a statement on Sunday it said": a prepositional phrase opening the sentence, no comma (``_PREP_THEN_PRONOUN``)
    r"(?:^\s*(?:in|on|at|during|after|following|under|with|through|via)\s[^,;:\"“”]{1,60}?\s|^|[,;:\"”]\s*)"
    r"(?P<pro>he|she|it|they)\s+(?:(?:had|has|have)\s+)?"
    r"(?:(?:also|later|further|since|then|earlier|initially|previously|first|originally|now)\s+)?"
    r"(?:said|says|added|adds|told|tells|reported|reports|noted|estimated|estimates|stated|claimed|wrote|writes"
    # "He warned that the toll could rise to 50", "It later announced the deaths of three of its fighters":
    # the same reporting verbs as a named sayer's (``_VERBS``; session 13)
    r"|warned|warns|announced|announces|confirmed|confirms|counted|recorded|acknowledged|admitted|accused|accuses"
    # (session 17) "It verified the names of five victims": a monitor's own check reports
    r"|verified|verifies|documented|documents"
    # "It later revised its figure to 37": a source restating its own count
    # "On Friday he raised the toll to nine": the toll he gives, "the" as its determiner too
    r"|(?:revised|raised|updated|lowered|corrected)\s+(?:its|his|her|their|the)\s+(?:[\w-]+\s+)?(?:figure|count|tally|toll|estimate)"
    # "He put the number of injured higher, at 12": a count given (``_GAVE_COUNT``'s shape)
    r"|(?:put|puts|gave|gives|offered|offers)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:toll|figure|count|tally|estimate|number|losses)s?)\b",
    re.I,
)
#: a plural speaker ("Rebels", "residents", "the Houthis"), which "it" cannot refer back to
_PLURAL_SPEAKER = re.compile(
    r"(?:the\s+|some\s+|local\s+|other\s+|several\s+|many\s+|[\w-]+\s+)?"
    r"(?:rebels|residents|witnesses|militants|fighters|insurgents|officials|sources|medics|doctors|villagers|"
    r"survivors|activists|relatives|families|protesters|rescuers|authorities|[A-Z][a-z]+is)",
    re.I,
)


def _plural_speaker(name: str) -> bool:
    """A bare plural noun speaker ("Rebels", "residents", "the Houthis"), not a proper name of
    several capitalised words ("Doctors Without Borders") or a singular body ("the army")."""
    return bool(_PLURAL_SPEAKER.fullmatch(name.strip()))


#: how many sentences back a pronoun or a continued quotation looks for its speaker
CARRY_BACK = 4
_OPEN_QUOTE = re.compile(r"^\s*[\"“]")


def _in_quoted_paragraph(article: str, start: int) -> bool:
    """The sentence at ``start`` lies in a paragraph that opens with a quotation mark: a
    quotation (often running over several paragraphs, each opening with a quotation mark)."""
    para = max(article.rfind("\n\n", 0, start), article.rfind("\n", 0, start))
    return bool(_OPEN_QUOTE.match(article[para + 1 if para >= 0 else 0 : start + 1]))


#: a statement as the subject of a reporting verb: "..., the statement said." carries on the
#: speaker who issued it, named before ("The army said in a statement ...")
_STATEMENT_SAYS = re.compile(
    # ("A second statement said", "Another statement said": a further one of the same speaker; session 13)
    r"(?:^|[,;:\"”]\s*)(?:the|an?\s+(?:second|third|later|separate|further|subsequent|follow-up)|another)\s+(?P<doc>statement|communiqu[eé]|notice|press\s+release|broadcast|bulletin|report|post|message)\s+"
    r"(?:also\s+|further\s+)?"
    r"(?:said|says|added|adds|stated|states)\b"
    # (session 17) "According to the statement, ...": the same document named again, as the "according to" source
    r"|\baccording\s+to\s+the\s+(?P<doc2>statement|communiqu[eé]|press\s+release|bulletin|report|post|message)\b",
    re.I,
)


#: (review s12) a broadcast, a post or a report named again is its issuer's only when the text before
#: names it or its medium ("State TV reported ... The broadcast said"; not "Police said ... The
#: broadcast said"); a statement may be the one a sayer "said" in, as before
_DOCUMENT_KIN = {
    "broadcast": r"\b(?:broadcasts?|broadcaster|TV|television|radio|channel|aired|airwaves)\b",
    "post": r"\b(?:posts?|posted|Telegram|Facebook|Twitter|X|social\s+media|online|WhatsApp|website)\b",
    "message": r"\b(?:messages?|posted|Telegram|Facebook|Twitter|social\s+media|online|WhatsApp|video|audio)\b",
    "report": r"\b(?:reports?|reported|published|issued|released)\b",
    "bulletin": r"\b(?:bulletins?|published|issued|released)\b",
}


def carried_attribution(article: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(original, via) for a sentence that names no source of its own but carries on an
    earlier one: its reporting clause has a pronoun subject ("He said 25 were killed ...",
    "..., it says") or it lies inside a continued quotation (a paragraph that opens with a
    quotation mark). The speaker is the nearest source named in the ``CARRY_BACK``
    sentences before it (news style: a pronoun or an open quotation refers back to the last
    speaker named). (None, None) otherwise."""
    body = _it_refers_to(article, start, end)
    if body is not None:
        return body, None
    at = carried_from(article, start, end)
    return find_relay(article[at[0] : at[1]]) if at else (None, None)


#: a named body as the subject of a sentence that cites nobody: "Iraq's Security Media Cell, which
#: speaks for the joint command, condemned the strike." (before "It said ...")
_BODY_SUBJECT = re.compile(
    # (session 17) or an acronym alone: "CARM interviewed 19 people ... It verified ..."
    r"\s*(?P<n>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*(?:'s|’s)?\s+){1,5}[A-Z][\w.-]*(?:\s+\([A-Z]{2,}\))?|(?-i:[A-Z]{2,})"
    # (session 19) a side's body in lower case: "The army did not deny carrying out a strike. It later claimed ..."
    r"|[Tt]he\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:army|military|police|government|junta|militia))"
    r"(?:,\s+(?:which|who)\s[^,]{1,80},)?\s+(?:also\s+)?(?:[a-z]+ed|has|had|is|was|did|does|would|could|will)\b"
)


def _it_refers_to(article: str, start: int, end: int) -> str | None:
    """The body "It said ..." refers back to when the sentence just before names no source but has a
    named body as its subject ("Iraq's Security Media Cell, which speaks for the joint command,
    condemned the strike. It said the strike had killed three people"): news style's "it" is the last
    body named as a subject, not a speaker further back."""
    spans, starts, _ = sentence_edges(article)
    k = bisect_right(starts, start) - 1
    if k < 1 or not spans[k][0] <= start < spans[k][1]:
        return None
    sentence = article[spans[k][0] : max(end, spans[k][1])]
    pm = _PRONOUN_SAYS.search(sentence)
    if _attributions(sentence) or pm is None or pm.group("pro").lower() != "it":
        return None
    prev = article[spans[k - 1][0] : spans[k - 1][1]]
    m = _BODY_SUBJECT.match(prev)
    if m is None or find_relay(prev)[0] or _FINITE.search(m.group("n")):
        return None
    return m.group("n")


#: a closing quotation mark, the quote's last words before it
_CLOSING_QUOTE = re.compile(r"[,.?!]\s*[\"”]")
#: how many sentences on a quotation opened at a paragraph's start may run before its speaker is named
QUOTE_AHEAD = 3


def _quote_closed_by(
    article: str, spans: tuple[tuple[int, int], ...], k: int, pronoun: bool = False
) -> tuple[int, int] | None:
    """The sentence after sentence ``k`` (in the same paragraph, at most ``QUOTE_AHEAD`` on) where the
    quotation still open at the end of ``k`` (opened in ``k`` or before it in the paragraph) closes,
    when that sentence names its speaker ('"I carried 14 bodies. Many were farmers," one resident
    told the BBC.': the resident speaks the first sentence too). None when the quote closed before
    ``k``, runs past the paragraph, or closes on a pronoun ("..., he said": carried back as before); with
    ``pronoun``, the closing sentence when a pronoun speaks there (session 16), else None."""
    para = max(article.rfind("\n", 0, spans[k][0]), -1) + 1
    upto = article[para : spans[k][1]]
    if upto.count('"') % 2 == 0 and upto.count("“") <= upto.count("”"):
        return None  # the quote closed before sentence k ends (its speaker is read there, or carried back)
    for j in range(k + 1, min(len(spans), k + 1 + QUOTE_AHEAD)):
        if "\n" in article[spans[k][1] : spans[j][0]]:
            return None  # a new paragraph: the quote ran past this one
        sent = article[spans[j][0] : spans[j][1]]
        close = _CLOSING_QUOTE.search(sent)
        if close is None:
            continue
        if '"' in sent[: close.start()] or "“" in sent[: close.start()]:
            return None  # another quotation opens first: not the one of sentence k
        if pronoun:  # (session 16) the closing sentence when a pronoun speaks there
            return spans[j] if not find_relay(sent)[0] and _PRONOUN_SAYS.search(sent) else None
        return spans[j] if find_relay(sent)[0] else None
    return None


#: (session 17) a part of a group counted before, named by its outcome: "two of the injured", "Among the dead"
_PART_OF_COUNTED = re.compile(
    r"\b(?:(?:[\w-]+|\d[\d,]*)\s+of\s+the|among\s+the)\s+(?:[a-z]+\s+)?"
    r"(?:dead|injured|wounded|killed|victims|casualties|detained|detainees|arrested|missing|bodies)\b",
    re.I,
)


def _earlier_in_paragraph(article: str, spans: Sequence[tuple[int, int]], k: int) -> Iterator[int]:
    """The indexes of the sentences before sentence ``k``, nearest first, at most ``CARRY_BACK`` of
    them, up to the start of its paragraph (a line break between two sentences ends the walk)."""
    for j in range(k - 1, max(-1, k - 1 - CARRY_BACK), -1):
        if "\n" in article[spans[j][1] : spans[j + 1][0]]:
            return
        yield j


def carried_from(article: str, start: int, end: int) -> tuple[int, int] | None:
    """The sentence whose speaker the sentence at ``start`` carries on (``carried_attribution``),
    as (start, end), or None. A figure's clause ("including six nationals, ..." after "It said it
    had detained 12 people") is read in its whole sentence: the pronoun clause may stand before it."""
    spans, starts, _ = sentence_edges(article)
    k = bisect_right(starts, start) - 1
    whole = k >= 0 and spans[k][0] <= start < spans[k][1]
    sentence = article[spans[k][0] : max(end, spans[k][1])] if whole else article[start:end]
    if _attributions(sentence):
        return None
    closing = _quote_closed_by(article, spans, k) if whole else None
    if closing is not None:  # a quotation still open, its speaker named where it closes
        return closing
    on_pronoun = _quote_closed_by(article, spans, k, pronoun=True) if whole else None
    if on_pronoun is not None:
        # (session 16) '"We treat 41 people. ... none may survive," she told reporters.' after "Dr X said ...": the
        # quote closes on a pronoun, carried back from where it closes to the speaker before the quote
        return carried_from(article, *on_pronoun)
    by_statement = _STATEMENT_SAYS.search(sentence) is not None
    if _PART_OF_COUNTED.search(sentence) and not _PRONOUN_SAYS.search(sentence) and not by_statement:
        # (session 17) "Among the dead were nine children", "Two of the wounded later died": a part of the
        # group a sentence before counted, in its paragraph, is that sentence's speaker's figure too
        for j in _earlier_in_paragraph(article, spans, k):
            if find_relay(article[spans[j][0] : spans[j][1]])[0]:
                return spans[j]
    for j in _earlier_in_paragraph(article, spans, k) if whole else ():
        # (session 17) "The X has updated its figures. A third man died ..., taking the number killed to three.
        # Two others are still in hospital.": the revision announced before, in the paragraph, is given in the
        # sentences after it that name no sayer
        prev = _TIME_STAMP.sub("", article[spans[j][0] : spans[j][1]])  # a live blog's "13:20 -" counts nothing
        if find_relay(prev)[0]:
            if _REVISION_CLOSES.search(prev) and not _ANY_COUNT.search(prev):
                return spans[j]
            break
    if not (_PRONOUN_SAYS.search(sentence) or by_statement or _in_quoted_paragraph(article, start)):
        return None
    pm = _PRONOUN_SAYS.search(sentence)
    # "It said ..." / "the statement said": one body, never "Rebels"
    singular = by_statement or (pm is not None and pm.group("pro").lower() == "it")
    sm = _STATEMENT_SAYS.search(sentence) if pm is None else None
    kin = _DOCUMENT_KIN.get((sm.group("doc") or sm.group("doc2")).lower()) if sm is not None else None
    for j in range(k - 1, max(-1, k - 1 - CARRY_BACK), -1):
        speaker = find_relay(article[spans[j][0] : spans[j][1]])[0]
        if speaker and not (singular and _plural_speaker(speaker)):
            if kin is not None and not re.search(kin, article[spans[j][0] : spans[k][0]], re.I):
                return None  # (review s12) "Police said ... The broadcast said": no broadcast of theirs named
            return spans[j]
    return None


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> str:
    """``name`` lower-cased, its spaces normalised, a leading article dropped. Memoised (a pure
    function of the name; ``antecedent`` compares every cited source on every call)."""
    return re.sub(r"^(?:the|a|an)\s+", "", norm_ws(name).lower())


#: a name cut before the thing it owns ("residents told Al Jazeera's correspondent", "the BBC's"):
#: the owner is the source (capitalised; a lower-case "the group's" is left to ``antecedent``)
_POSSESSIVE_END = re.compile(r"(?<=[A-Za-z])['’]s$")


def owner_of_possessive(name: str) -> str:
    """``name`` without a closing possessive when it is a capitalised name ("Al Jazeera's" ->
    "Al Jazeera"); any other name as it is."""
    n = name.strip()
    if _POSSESSIVE_END.search(n) and re.search(r"(?<![\w'’-])(?-i:[A-Z])", n):
        return _POSSESSIVE_END.sub("", n)
    return name


def find_sources(article: str) -> list[tuple[str, str | None]]:
    """Every source the article cites, in article order, once each: (name as written, the
    outlet that relayed it or None). Read from every sentence's attributions (not only the
    casualty sentences): officials, monitors, outlets, witnesses, anonymous sources; relayed
    sources give both the original and the outlet. Instruction-like sentences give none. A
    mention that refers back to a source already listed ("the group", "the Britain-based
    monitor", a surname alone: ``antecedent``) is that source, not another one."""
    found = [(owner_of_possessive(n), v) for n, v in _cited(article)]
    names = [n for n, _ in found]
    own = publisher_names(article)
    return [
        (n, v)
        for n, v in found
        if normalize_name(n) not in own and ((ante := antecedent(article, n)) is None or ante not in names)
    ]


#: wire agencies, as a dateline credits them ("BEIRUT, March 12 (Reuters) -", "Beirut (AFP) -")
_WIRE = {
    "reuters": ("reuters",),
    "ap": ("ap", "associated press", "the associated press"),
    "afp": ("afp", "agence france-presse", "agence france presse"),
    "xinhua": ("xinhua", "xinhua news agency"),
    "efe": ("efe",),
    "dpa": ("dpa",),
    "upi": ("upi",),
    "anadolu": ("anadolu", "anadolu agency"),
    "kyodo": ("kyodo",),
    "yonhap": ("yonhap",),
}
_DATELINE_CREDIT = re.compile(
    r"^[^\n]{0,80}?\((?P<a>Reuters|AP|AFP|Xinhua|EFE|dpa|UPI|Anadolu|Kyodo|Yonhap)\)\s*(?:--|[-–—:])", re.M | re.I
)
#: "Source: Al Jazeera and news agencies" closing the article
_CREDIT_LINE = re.compile(r"^\s*Source:\s*(?P<a>[^\n]{2,80})$", re.M)


#: (session 17) a staff byline naming the paper, no person: "By Herald Reporter", "By Courier Staff Writer"
_STAFF_BYLINE = re.compile(
    r"^\s*By\s+(?P<p>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?)\s+"
    r"(?-i:Reporter|Correspondent|Staff(?:\s+(?:Writer|Reporter))?|Bureau|Desk|Team)\s*$",
    re.M,
)
#: the outlet that writes the article says it could not check a claim itself: "The reports could not be
#: independently verified by Mandalay Free Press", "Reuters could not independently verify ..." (with
#: the text's speakers telling it things, "he told Mandalay Free Press", it is the publisher)
_OWN_CHECK = re.compile(
    r"\b(?:could\s+not|cannot|can\s*not)\s+be\s+independently\s+(?:verified|confirmed)\s+by\s+"
    r"(?P<a>(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
    r"|(?:^|[.!?]\s+|\n)(?P<b>(?:The )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\s+"
    r"(?:(?:could\s+not|cannot|was\s+unable\s+to)\s+independently"
    # (session 20) a live blog's present perfect: "The Chronicle has not been able to verify the claims"
    r"|ha[sd]\s+not\s+been\s+able\s+to(?:\s+independently)?)\s+(?:verify|confirm)\b"
)


@lru_cache(maxsize=64)
def publisher_names(article: str) -> frozenset[str]:
    """The names (normalised, ``normalize_name``) of the article's publisher, read from a wire
    dateline's credit ("(Reuters)", "(AFP)") in its first lines or a closing "Source: ..." line:
    the publisher reports, it is no source of what it reports (attrib_README, sources)."""
    out: set[str] = set()
    m = _DATELINE_CREDIT.search(article[:800])
    if m:
        out.update(_WIRE.get(m.group("a").lower(), (m.group("a").lower(),)))
    issuer = document_issuer(article)
    for v in _OWN_CHECK.finditer(article):  # "... could not be independently verified by Mandalay Free Press"
        name = (v.group("a") or v.group("b")).strip()
        if issuer and (same_body(name, issuer) or normalize_name(name) == normalize_name(issuer)):
            continue  # (session 25) a report's issuer checks what it was told: a source, no publisher
        bare = re.escape(re.sub(r"^the\s+", "", name, flags=re.I))
        if re.search(r"\b(?:told|tells)\s+(?:the\s+)?" + bare + r"\b", article):
            out.add(normalize_name(name))
    by = _STAFF_BYLINE.search(article[:1500])
    if by:  # (session 17) "By Herald Reporter": the paper's own staff byline names the publisher
        out.add(normalize_name(by.group("p")))
    for c in _CREDIT_LINE.finditer(article):
        for part in re.split(r",\s*|\s+and\s+", c.group("a").strip().rstrip(".")):
            part = normalize_name(part)
            if part and not re.fullmatch(r"(?:news\s+)?agencies|wires?|staff", part):
                out.update(_WIRE.get(part, (part,)))
    return frozenset(out)


#: (session 25) a document's head that names what it is: a report, its excerpt, a bulletin or a situation report
_DOCUMENT_KIND_HEAD = re.compile(r"\b(?:report|excerpt|briefing\s+note|press\s+release)\b", re.I)
_BULLETIN_HEAD = re.compile(r"\b(?:flash\s+update|situation\s+report|sitrep|bulletin|humanitarian\s+update)\b", re.I)
#: an issuing body in a document's head: a name with its initials ("Afghan Rights Observatory (ARO) - report
#: excerpt", "NILE BASIN HUMANITARIAN ALLIANCE (NBHA)"), a line of capitals that ends in a body's noun ("KIRA
#: RIGHTS MONITOR"), or "a report by X"
_ISSUER_HEAD = re.compile(
    r"(?P<n>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*|of|for|on|and|the|in|del|des|de|du|la|le)){1,8}?)"
    r"\s*\((?P<acr>(?-i:[A-Z]{2,8}))\)"
    r"|^\s*(?P<caps>(?-i:[A-Z][A-Z'’.&-]+)(?:\s+(?-i:[A-Z][A-Z'’.&-]+|OF|FOR|ON|AND|THE)){1,6})\s*$"
    r"|\b(?:a|the)\s+report\s+by\s+(?:the\s+)?(?P<by>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?:(?-i:[A-Z])[\w'’.&-]*|of|for|on|and|the|in|del|des|de)){0,8})"
    r"(?:\s*\((?P<acr2>(?-i:[A-Z]{2,8}))\))?",
    re.M,
)
_BODY_NOUN = re.compile(
    r"\b(?:monitor|observator\w*|derechos|droits|direitos|network|commission|committee|cent(?:re|er)|watch|coalition|alliance|council|office|"
    r"organi[sz]ation|foundation|institute|initiative|project|team|cluster|tracker|platform|mission|consortium|"
    r"forum|association|league|documentation|rights)s?\b",
    re.I,
)


@lru_cache(maxsize=64)
def document_issuer(article: str) -> str | None:
    """(session 25) The body that issues the document when the text is its report, bulletin or situation report
    and its head (the lines before the first paragraph of prose) names it: a figure the document states with no
    sayer of its own is the issuer's (attrib_README: the reporting body; an outlet's own voice stays null). The
    body must be named again in the text (by name or initials), no outlet, and the head must say what kind of
    document it is. The name is given as the text writes it ("Kira Rights Monitor" for "KIRA RIGHTS MONITOR")."""
    head: list[str] = []
    for line in article.splitlines():
        if not line.strip():
            continue
        if len(line) > 220 or len(head) >= 5:
            break
        head.append(line)
    if not any(_DOCUMENT_KIND_HEAD.search(h) for h in head) or any(_BULLETIN_HEAD.search(h) for h in head):
        return None  # a humanitarian bulletin compiles its partners' figures: its own voice stays null
    for h in head:
        body = article.replace(h, "", 1)  # named again: elsewhere than in the line that issues it
        for m in _ISSUER_HEAD.finditer(h):
            name = (m.group("n") or m.group("caps") or m.group("by") or "").strip()
            acr = m.group("acr") or m.group("acr2")
            if not name or not _BODY_NOUN.search(name) or source_kind_hint(name) in ("media", "state_media"):
                continue
            written = re.search(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", body, re.I)
            if written is None and not (acr and re.search(r"(?<![\w'’-])" + acr + r"(?![\w'’-])", body)):
                continue
            return written.group(0) if written is not None else name
    return None


#: (session 25) a transcript's speaker label opening a turn: "COMMISSIONER NGBAYA (recorded): Seven people are dead."
_SPEAKER_LABEL = re.compile(r"(?m)^(?P<label>(?-i:[A-Z])(?-i:[A-Z .'’-]){2,40}?)\s*(?:\((?P<note>[^)\n]{0,60})\))?:\s")
#: the programme's own voices: their words are the outlet's (attrib_README: the publisher is no source)
_HOST_ROLE = re.compile(r"\b(?:presenter|anchor|host|correspondent|reporter|newsreader|announcer|moderator)\b", re.I)


@lru_cache(maxsize=64)
def _speaker_turns(article: str) -> tuple[tuple[int, str | None], ...]:
    """A transcript's turns: (start, the speaker as the text names them, or None for the programme's own voices).
    Empty unless the text labels at least three turns by at least two speakers (a transcript, not a kicker such as
    "LIVE:")."""
    turns = list(_SPEAKER_LABEL.finditer(article))
    if len(turns) < 3 or len({m.group("label") for m in turns}) < 2:
        return ()
    out: list[tuple[int, str | None]] = []
    for m in turns:
        label, note = m.group("label").strip(), m.group("note") or ""
        last = re.escape(label.split()[-1])
        host = (
            _HOST_ROLE.search(label) is not None
            or _HOST_ROLE.search(note) is not None
            # a label by the name of a host introduced as such ("our correspondent Noel Basilio")
            or re.search(r"(?i:" + _HOST_ROLE.pattern + r")[^.\n]{0,40}?\b" + last + r"\b", article, re.I) is not None
        )
        if host:
            out.append((m.start(), None))
            continue
        # the person as the prose names them ("Joseph Ngbaya" for "COMMISSIONER NGBAYA"), else the label
        named = re.search(r"(?-i:[A-Z])[\w'’.-]+\s+(?:(?-i:[A-Z])[\w'’.-]+\s+)?(?i:" + last + r")(?![\w'’-])", article)
        out.append((m.start(), named.group(0) if named and named.group(0).upper() != named.group(0) else label))
    return tuple(out)


def transcript_speaker(article: str, at: int) -> str | None:
    """(session 25) In a transcript, the speaker of the turn holding offset ``at`` when the turn is a guest's: a
    figure stated in their turn with no sayer of its own is theirs; the programme's presenter and correspondent speak
    for the outlet (None)."""
    turns = _speaker_turns(article)
    k = bisect_right([t for t, _ in turns], at) - 1
    return turns[k][1] if k >= 0 else None


#: a body named as the one that counted, inside what a speaker says or reports: "after a full count by
#: the general staff, the toll is 28", "according to a tally by the interior ministry" (a source of the
#: figure; the speaker still reports it, so only the sources list takes it)
_COUNTED_BY = re.compile(
    r"\b(?:count|tally|census|head\s*count|estimate|assessment|verification)\s+(?:by|from)\s+"
    r"(?P<src>(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:general\s+staff|presidency|ministry|"
    r"army|military|police|command|government|authorities|office|department)|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?=\s*[,.;:\"”]|\s+(?:on|in|at|of|shows?|showed|puts?|put|gives?|gave)\b)"
)


#: (session 19) what a speaker cites, reduced to who: "data from the health ministry", "local sources and
#: photographs of the victims"
_CITED_DATA = re.compile(r"^(?:data|figures|information|statistics|numbers|reports?)\s+(?:from|by|of)\s+", re.I)
_CITED_EXHIBITS = re.compile(
    r"\s+and\s+(?:\w+\s+)?(?:photographs|photos|images|videos?|footage|documents|records)\b.*$", re.I
)


@lru_cache(maxsize=64)
def _cited(article: str) -> tuple[tuple[str, str | None], ...]:
    """``find_sources`` before mentions that refer back are merged."""
    from summarizer.evidence.instructions import is_instruction_like

    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()

    def add(name: str, via: str | None) -> None:
        for part in split_joint(_without_apposition(name)):
            key = normalize_name(part)
            if key and key not in seen and _citable(article, part):
                seen.add(key)
                out.append((part, via))

    spans = list(sentence_spans(article))
    for k, (s0, s1) in enumerate(spans):
        sent = article[s0:s1]
        found = _attributions(sent)
        if found and _BARE_ACCOUNT.match(sent) and k + 1 < len(spans):
            after = _attributions(article[spans[k + 1][0] : spans[k + 1][1]])
            nxt = after[0][1] if after else ""
            if (
                nxt
                and nxt.lower() not in _PRONOUNS
                and not re.match(r"(?i:the|its|their|his|her)\s+[a-z]", nxt)  # "the group said": the same side
                and normalize_name(nxt) != normalize_name(found[0][1])
            ):
                found = ()  # (session 20) "The X gave a different account. A X spokesman said ...": his account
        if not found and _PRONOUN_SAYS.search(sent) and not is_instruction_like(sent):
            told = _TOLD.search(sent)  # "He told the state broadcaster X that ...": X relays him
            if told and source_kind_hint(told.group("via").rstrip(".")) in _OUTLETS:
                add(told.group("via").rstrip("."), None)
        if not is_instruction_like(sent):
            for outlet in relaying_outlets(article, sent):  # "His account was carried by the state news agency X"
                add(outlet, None)
        for m in _OUTLET_APPOSED.finditer(sent):  # "Al-Kesh, the group's television channel, broadcast ..."
            if (
                normalize_name(m.group("n")) not in seen
                # (session 18) its description as an outlet makes a name written once a source's name
                and (_citable(article, m.group("n")) or (_ok_subject(m.group("n")) and not _GLUED.search(m.group("n"))))
                and not is_instruction_like(sent)
            ):
                seen.add(normalize_name(m.group("n")))
                out.append((m.group("n"), None))
        for m in _OUTLET_SHOWED.finditer(sent):  # "..., and Kesh24 television showed torched fields"
            o = m.group("n").strip()
            if normalize_name(o) not in seen and source_kind_hint(o) in _OUTLETS and not is_instruction_like(sent):
                seen.add(normalize_name(o))
                out.append((o, None))
        den = _DENIED_BY.match(sent)
        if den and not is_instruction_like(sent):  # "Name, an aide to the X commander, dismissed the report"
            who = _clean_subject(den.group("src"))
            if (
                who
                and normalize_name(who) not in seen
                and (_citable(article, who) or (_person_phrase(who) and not _GLUED.search(who)))
            ):
                seen.add(normalize_name(who))
                out.append((who, None))
        if not is_instruction_like(sent):
            for m in _ACCOUNTS_FROM.finditer(sent):  # (session 17) "resting on accounts by kin and two jailers"
                for part in re.split(r",\s*|\s+and\s+(?:(?:from|by)\s+)?", m.group("src")):
                    who = re.sub(r"\s+who\s.*$", "", part.strip())
                    if _ACCOUNT_GIVER.fullmatch(who) and normalize_name(who) not in seen:
                        seen.add(normalize_name(who))
                        out.append((who, None))
            for m in _OUTLET_CARRIED.finditer(sent):  # (session 17) "X news agency Y has carried a statement by Z"
                add(m.group("via"), None)
                orig = m.group("orig").strip()
                if len(orig.split()) <= 12 and normalize_name(orig) not in seen:  # a body's long name, "... of X's Y"
                    seen.add(normalize_name(orig))
                    out.append((orig, None))
            for m in _SPOKE_TO_ROLE.finditer(sent):  # (session 17) "Our correspondent spoke to the head of X, Name."
                add(m.group("n"), None)
        if not found or is_instruction_like(sent):
            continue
        for told in _TOLD.finditer(sent):  # "the mayor told Rudaw": an outlet by its deeds elsewhere
            if _outlet_by_deed(article, told.group("via").rstrip(".")):
                add(told.group("via").rstrip("."), None)
        orig, via = find_relay(sent)
        if orig:  # a joint source ("a witness and BBC Burmese") is added part by part
            add(found[0][1] if split_joint(found[0][1])[0] == orig else orig, via)
        if via:
            add(via, None)
        elif orig and (citing := _CITING.search(sent)) is not None:
            # (session 19) "Granitsa reports that five were killed, citing residents": who it cites is a
            # source too, relayed by the speaker (the figure stays the speaker's: not an outlet by its words)
            inner = _clean_subject(citing.group("orig"))
            if inner:  # "citing data from the health ministry", "citing local sources and photographs of ..."
                inner = _CITED_DATA.sub("", inner)
                inner = _CITED_EXHIBITS.sub("", inner)
            if inner and not _POSSESSED.fullmatch(inner) and normalize_name(inner) != normalize_name(orig):
                add(inner, orig)
        for _, name in found[1:]:
            o, v = split_relay(name)
            add(o, v)
            if v:
                add(v, None)
        for c in _COUNTED_BY.finditer(sent):  # "after a full count by the general staff, the toll is 28"
            if not _POSSESSED.fullmatch(c.group("src")):
                add(re.sub(r"^(?:its|their)\s+", "the ", c.group("src")), None)
        for m in _CITING_ASIDE.finditer(sent):  # "Jeune Afrique, citing an officer at the garrison, reported"
            said = m.group("orig") or m.group("orig2")
            if normalize_name(said) in seen:
                continue  # already the relayed source
            cited = re.sub(r"\s+(?:in|at|from)\s+.*$", "", said) if len(said.split()) > 6 else said
            # (session 21) people by their plural noun alone: "X, citing villagers, said", "citing local residents"
            cited = _clean_subject(cited) or (cited.strip() if _ACCOUNT_GIVER.fullmatch(cited.strip()) else None)
            if (
                cited
                and normalize_name(cited) not in seen
                and (
                    _citable(article, cited)
                    or (_person_phrase(cited) and not _GLUED.search(cited))
                    or _ACCOUNT_GIVER.fullmatch(cited) is not None
                )
            ):
                seen.add(normalize_name(cited))
                out.append((cited, None))
        for m in _SPOKE_ON.finditer(sent):  # "Government spokesman X said on state radio that ..."
            channel = m.group("via")
            if normalize_name(channel) not in seen:
                seen.add(normalize_name(channel))
                out.append((channel, None))
    return tuple(out)


#: (session 20) a sentence that only announces a side's account ("The X gave a very different account."):
#: when the next sentence names its own speaker ("A X spokesman, Name, said"), the account is his
_BARE_ACCOUNT = re.compile(
    r"[^.;:\"“”]{1,160}?\b(?:gave|gives|offered|offers)\s+(?:a|an|its|his|her|their)\s+"
    + _ACCOUNT_DEGREE
    + r"(?:[\w-]+\s+)?"
    r"(?:account|version)(?:\s+of\s+(?:the\s+)?(?:events|attack|incident|clash(?:es)?|fighting))?\s*\.?\s*$",
    re.I,
)


#: (session 17) whose accounts a body's findings rest on: "resting on accounts by kin and from three jailers
#: who would not be named", "on testimony from witnesses" (the givers are sources; "interviews
#: with survivors" tells how a body worked, not whose version it gives)
_ACCOUNTS_FROM = re.compile(
    r"\b(?:accounts?|testimon(?:y|ies))\s+(?:from|by|of)\s+"
    r"(?P<src>(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*(?:\s+who\s[^,.;]{0,80})?"
    r"(?:(?:,\s*|\s+and\s+(?:(?:from|by)\s+)?)(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*(?:\s+who\s[^,.;]{0,80})?){0,3})"
    r"(?=\s*[,.;]|$)"
)
#: a giver of an account: people by their role or kin, perhaps counted ("relatives", "two prison officers")
_ACCOUNT_GIVER = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|several|some|other)\s+)?(?:[a-z][\w'’-]*\s+){0,2}"
    r"(?:relatives|families|witnesses|survivors|residents|detainees|inmates|prisoners|officers|guards|officials|"
    r"doctors|nurses|medics|neighbou?rs|villagers|soldiers|employees|workers|staff)"
)
#: (session 17) an outlet carrying a named body's statement: "Norland's state news agency Kovo has carried a
#: statement by the Frontier Guards of X" (both are sources: the outlet and whose statement it carries)
_OUTLET_CARRIED = re.compile(
    r"(?:^|(?<=\s))(?:(?-i:[A-Z])[\w'’]*['’]s\s+)?(?:(?:state|official|national)\s+)?(?:news\s+agency|television|"
    r"broadcaster|radio|newspaper)\s+(?P<via>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+"
    r"(?:has\s+|had\s+)?(?:now\s+|also\s+|later\s+)?(?:carried|published|broadcast|aired|ran)\s+(?:a|an|the)\s+"
    r"(?:[a-z]+\s+)?(?:statement|communiqu\w+|message|report)\s+(?:by|from|of)\s+"
    # (session 22) "has now carried a statement from army spokesman Brigadier General X": an adverb, a role
    # in lower case before the name
    r"(?P<orig>(?:the\s+)?(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?(?-i:[A-Z])[^,.;:\"“”]{2,90}?)(?=\s*[,.;:]|$)",
    re.I,
)
#: (session 17) a role, then the person's name in apposition, after "spoke to": "talked with the chief of X
#: county, Name." (the person, by their office, is the source)
_SPOKE_TO_ROLE = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?P<role>(?:the|a|an)\s+(?:[\w'’-]+\s+){0,7}?[a-z][\w'’-]*),\s+"
    r"(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2})(?=\s*[,.;])"
)
#: an outlet named with its description as one in apposition, then what it aired or told: "Al-Kesh, the
#: group's television channel, aired footage of the funerals", "Velo, a local radio station, reported"
_OUTLET_APPOSED = re.compile(
    # (session 18) after a live blog's time stamp too: "11:30 - X, a ... channel, reports"
    r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\s[-–—]\s))\s*(?P<n>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
    r",\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:television(?:\s+(?:station|channel))?|tv(?:\s+channel)?|"
    r"radio(?:\s+station)?|news\s+(?:agency|site|website|outlet|channel)|newspaper|broadcaster|website|outlet|"
    # (session 18) a platform's channel ("an independent Telegram channel"), and a relative clause on the
    # description before its verb ("..., a local radio station that covers the border, reports")
    r"(?-i:" + _PLATFORM_NAMES + r")\s+(?:channel|page|account))(?:\s+(?:that|which)\s+[^,;:\"“”]{1,80})?,\s+"
    r"(?:also\s+)?(?:broadcast|aired|showed|shows|reported|reports|published|said|says|carried|posted)\b",
    re.I,
)
#: an outlet named with its own outlet noun as the subject of "showed" or "aired": "Kesh24 television
#: showed torched fields", "Al-Kesh TV aired footage of ..." (what it shows is a fact it reports)
_OUTLET_SHOWED = re.compile(
    r"(?<![\w'’-])(?P<n>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?:television|TV|radio|channel))"
    r"\s+(?:later\s+|also\s+)?(?:showed|aired|broadcast)\b"
)
#: a named speaker opening a sentence who denies or contests an account, perhaps with a comma-set role:
#: "Name, an aide to the X commander, dismissed the report as lies", "The VLA rejected the
#: claims" (attrib_README "sources": denials are facts about the violence; a lower-case subject, "The
#: army denied", is left to the reporting verbs)
_DENIED_BY = re.compile(
    r"\s*(?P<src>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’.-]*){0,4}(?:\s*\([A-Z]{2,8}\))?)"
    r"(?:,\s+(?:a|an|the)\s+[^,.;:\"“”]{2,80},)?\s+(?:flatly\s+|strongly\s+|also\s+|later\s+)?"
    r"(?:dismissed|denied|rejected|disputed)\s+(?:the|these|those|this|that|any|all|such|its|their|reports?|claims?|"
    r"allegations?|accusations?|charges?)\b"
)
#: a source cited in an aside after its relay's name: "X, citing the press centre of Y, said"
_CITING_ASIDE = re.compile(
    r",\s+(?:citing|quoting)\s+(?P<orig>[^,.;:\"“”]{2,80}),\s"
    # "..., according to the correspondent of X, who quoted a state police official."
    r"|,\s+who\s+(?:quoted|cited)\s+(?P<orig2>[^,.;:\"“”]{2,80})(?=[,.;]|$)"
)
#: the state channel a government speaks on: "said on state radio", "told national television" (the
#: channel is a source, state media; a party's own outlet, "through its Amaq news agency", is the party's
#: voice, as the attribution sets annotate it: no source of its own)
_SPOKE_ON = re.compile(
    r"\b(?:said|says|announced|told|spoke)\s+(?:on\s+)?(?P<via>(?:the\s+)?(?:state|national)\s+(?:radio|television|tv)"
    # (session 16) with its description and name: "spoke on the national radio station Radio Kesh"
    r"(?:\s+(?:channel|station|network|broadcaster)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?)\b",
    re.I,
)


_GLUED = re.compile(
    # a number is no name, but digits glued to letters are ("Kurdistan24", "24.kg")
    r"[A-Za-z][.!?”\"][A-Z][a-z]|[a-z]{2}[A-Z](?:\s|[a-z]{2})|(?<![A-Za-z\d])\d(?!\d*-(?:year|month)-old)(?!\d*(?:[A-Za-z]|\.[a-z]{2,4}\b))|"
    r"[\[\],;]|\n\s*\n|^(?:and|but|or|AND|BUT|OR)$"
)
_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "de",
    "da",
    "del",
    "van",
    "von",
    "der",
    "la",
    "le",
    "of",
    "the",
    "wal",
    "wa",
}


def _proper_name(article: str, name: str) -> bool:
    """A person's or organisation's name: one to four capitalised words (name particles
    allowed) that the article also writes inside a sentence, not only at a sentence's start
    ("Initial", "Operational" open sentences; "Zin" in "..., Zin said" is a name)."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    bare = re.sub(
        r"\s+\([A-Z]{2,8}\)$", "", bare
    )  # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": the name before its acronym
    words = bare.split()
    # (session 17) a person's name particles are no words of their own: "Superintendent Joaquim da Costa Ximenes"
    # has four ("of" and "the" still count: "Voice of the Kivu Resistance" is five)
    own = [w for w in words if w.lower() not in _PARTICLES or w.lower() in ("of", "the")]
    if not 1 <= len(own) <= 4 or (bare.isupper() and len(bare) > 6):
        return False
    if not all(w[0].isupper() or w.lower() in _PARTICLES or w.split("-")[0].lower() in _PARTICLES for w in words):
        return False
    if re.search(re.escape(bare) + _SAYER_AFTER, article):
        return True  # "Jan Egeland, a former UN official, told the BBC": introduced as a speaker
    if (
        bare.lower() not in _NO_NAMES
        and re.search(r"(?:^|[.!?][\"”’]?\s+|\n)" + re.escape(bare) + _HEADING_SAYER, article)
        and not re.search(r"\b" + re.escape(bare.lower()) + r"\b", article)
    ):
        return True  # "Rudaw reported that ...": a name that heads its sentence as the sayer, never lower case
    return re.search(r"[a-z,]\s+(?:the\s+)?" + re.escape(bare) + r"\b", article) is not None


#: what follows a source's name where the text introduces it as someone it quotes: "Name, who told
#: the BBC", "Name, a former official, told ...", "Name, who lived nearby, said ..."
_SAYER_AFTER = (
    # an age may come first: "Name, 38, who had sheltered there, said", "Name, 61, told"
    r"(?:,\s+(?:aged\s+)?\d{1,3}(?=,))?"
    r"(?:,\s+(?:who\s+(?:also\s+)?|(?:who|a|an|the)\b[^,.;:\"“”]{0,80},\s*(?:also\s+)?)(?:told|said|says|tells|added)\b"
    r"|(?<=\d),\s+(?:also\s+)?(?:told|said|says|tells|added)\b)"
)


#: a sayer heading its sentence: "Rudaw reported that ...", "Azattyk, the Kyrgyz service of RFE/RL,
#: reported", "Jeune Afrique, citing an officer, reported" (``_proper_name``, ``_citable``)
_HEADING_SAYER = (
    r"(?:,\s+(?:citing|quoting)\s+[^,.;:\"“”]{2,80},|,\s+(?:the|a|an)\s+[^,;:\"“”]{2,80},"
    r"|,\s+(?:speaking|who|which)\s[^,;:\"“”]{2,100},|\s+who\s[^,;:\"“”]{2,100}?)?\s+(?:also\s+)?(?:said|says|reported|told|added)\b"
)
#: capitalised words that head a sentence as sayers but name nobody ("Others said", "Many reported")
_NO_NAMES = frozenset(
    {"others", "many", "some", "both", "few", "most", "all", "several", "none", "each", "everyone", "someone", "nobody"}
)


#: (session 17) a named person "of" a named body: "The Rev. Name Surname of the X Methodist church" (a long name)
_PERSON_OF_BODY = re.compile(
    r"(?:the\s+)?(?:" + _TITLE_DOT + r"){0,2}(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}"
    r"\s+of\s+the\s+(?-i:[A-Z])",
    re.I,
)


def _citable(article: str, name: str) -> bool:
    """Whether ``name``, read as a source somewhere in the article, is one: a short name
    without glued sentences, numbers or verbs, that names a source by its words (ministry,
    police, witness, monitor, an outlet ...) or is a proper name."""
    n = name.strip()
    # a long name with its acronym ("the Permanent Committee for the Defence of Human Rights (CDH)")
    longest = 12 if re.search(r"\s\([A-Z]{2,8}\)$", n) or _PERSON_OF_BODY.match(n) else 8
    if re.match(r"(?:(?:the|some|other|amateur|unverified|verified)\s+)?(?:footage|videos?|images|photos)\s", n, re.I):
        longest = 14  # "Footage posted on the Telegram channel of the news site 24.kg" (``_FOOTAGE``)
    if not n or len(n.split()) > longest or _GLUED.search(n):
        return False
    if re.match(r"(?:at\s+least|more\s+than|some|about|over|nearly|up\s+to)\b", n, re.I):
        return False  # "At least five times locals": a count, not a name
    if _person_phrase(n) and (
        re.search(re.escape(n) + _SAYER_AFTER, article)
        or (_DESCRIBED.fullmatch(n) and re.search(re.escape(n) + r"\s+(?:also\s+)?told" + _TOLD_WHOM.pattern, article))
    ):
        return True  # "a former security contractor, who told the BBC", "one farmer told Radio Meridian"
    if _DESCRIBED.fullmatch(n) and _person_phrase(n) and re.search(_AFTER_QUOTE + re.escape(n), article):
        return True  # "'They shot at everyone,' said a farmer who fled": quoted after the words
    if (
        re.match(r"(?:a|an|one|two|three|another)\s+[a-z]", n, re.I)
        and _person_phrase(n)
        and not _DOCUMENT_HEAD.search(n)
        and re.search(r"(?:^|[.!?][\"”’]?\s+|\n)" + re.escape(n) + _HEADING_SAYER, article)
    ):
        return True  # "A diplomat familiar with the talks, speaking on condition of anonymity, said"
    if not _ok_subject(n):
        return False
    if source_kind_hint(n) is not None:
        return True
    heads = re.search(r"(?:^|[.!?][\"”’]?\s+|\n)" + re.escape(n) + _HEADING_SAYER, article)
    if (
        heads
        and re.search(r"\s(?-i:[A-Z])", n)
        and re.search(r"\s(?!(?:of|for|and|the|in|on|at|de|la|du|des)\b)(?-i:[a-z])[a-z]{2,}\b", n)
        and len(n.split()) <= 6
        and not re.search(r"['’]s\b", n)
    ):
        # (session 16) a body named by a capitalised word and a lower-case noun, heading its sentence as the
        # sayer ("The Anglican diocese of X, which runs a clinic, said ..."): a source though not all capitals
        return True
    return _proper_name(article, n) or _spelled_acronym(n)


def _spelled_acronym(name: str) -> bool:
    """A body's long name written with its acronym after it, every word capitalised or a particle,
    the acronym opening with the first word's initial: "The Kora Security and Stabilisation Mission in
    Norland (KSSMN)" (an organisation spelling out its own name, too long for ``_proper_name``)."""
    m = re.fullmatch(r"(?:the\s+)?(?P<long>[A-Z][^()]*?)\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\)", name.strip(), re.I)
    if m is None:
        return False
    words = m.group("long").split()
    particles = {"in", "and", "of", "for", "on", "the", "de", "du", "la", "to"}
    return (
        2 <= len(words) <= 10
        and words[0][0] == m.group("acr")[0]
        and all(w[0].isupper() or w.lower() in particles for w in words)
        and sum(w[0].isupper() for w in words) >= 2
    )


_DENIED_ROLE = re.compile(
    r"[^.;]{0,100}?\b(?:responsibility|involvement|role|blame|(?:was|were)\s+(?:involved|responsible|behind))\b", re.I
)


#: a denial of an act of attack, not of its victims: "denied shelling the village", "denied it
#: carried out the strike", "denied its soldiers had fired on the market" (a gerund, or a clause
#: with a verb in the past; "denied the attack took place" denies the event and is no such denial)
_DENIED_ACTION = re.compile(
    r"\s+(?:having\s+|ever\s+|deliberately\s+)*(?:shelling|attacking|firing|striking|bombing|carrying\s+out|"
    r"launching|raiding|storming|ambushing|opening\s+fire|conducting|staging)\b"
    r"|\s+(?:that\s+)?(?:it|they|he|we|(?:its|their|the)\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:had\s+|has\s+|have\s+|ever\s+|deliberately\s+)*(?:shelled|attacked|fired|struck|bombed|carried\s+out|"
    r"launched|raided|stormed|ambushed|opened\s+fire|conducted|staged)\b",
    re.I,
)
_DENIES = re.compile(r"\bden(?:ied|ies|y|ying)\b", re.I)
#: words naming the casualties or their count in a contest: "reports of 14 dead were lies" contests
#: the toll even beside a denial of an act; "the claims were lies" there contests the accusation
_CASUALTY_WORD = re.compile(
    r"\b(?:killed|dead|deaths?|died|casualt\w+|victims?|tolls?|figures?|numbers?|wounded|injured|bodies|"
    r"massacre\w*|civilians)\b",
    re.I,
)


def denies_a_role(sentence: str) -> bool:
    """The sentence denies responsibility, a role or an act of attack ("denied any
    involvement", "denied shelling the village", "denied it carried out the strike"): who did
    it, not the casualties (attrib_README status rule 1 needs a source that "denies or contests
    the casualties")."""
    for m in _DENIES.finditer(sentence):
        if _DENIED_ROLE.match(sentence, m.end()) or _DENIED_ACTION.match(sentence, m.end()):
            return True
    return False


#: "their disputed border", "the contested region": "disputed" as an adjective after a determiner
_ATTRIBUTIVE_DISPUTED = re.compile(
    r"\b(?:the|a|an|their|its|his|her|our|this|that|these|those|long|hotly|much)\s+(?:long-)?$", re.I
)
#: ... before a noun that is no count, claim or report ("border", "territory", not "toll", "claims")
_NOT_A_COUNT_AFTER = re.compile(
    r"(?!\s+(?:death\s+)?(?:tolls?|figures?|counts?|numbers?|claims?|reports?|accounts?|casualt|deaths?|version))"
    # (review s12) a participle before its agent or a clause is no adjective: "was hotly disputed by
    # residents", "a toll much disputed by the rebels", "long contested since the war"
    r"(?!\s+(?:by|in|among|after|since|and|but|as|at|on|for|from|because|until|amid|over|to|with|within)\b)"
    r"\s+[a-z][\w-]*\b",
    re.I,
)


def disputes(sentence: str) -> bool:
    """The sentence denies or contests casualties ("denied any civilians were killed", "reports
    of extensive casualties are lies"); denying responsibility, a role or an act of attack does
    not ("DENIED TODAY ... ANY RESPONSIBILITY FOR THE DEATH", "denied shelling the village"),
    and in a sentence that denies one, calling "the claims" lies contests the accusation, not
    the toll, unless the contest names the casualties ("reports of 14 dead were lies")."""
    if NO_OPERATIONS.search(sentence):
        return True  # 'said it had "not carried out any operations in X"': no such event, by its account
    role = denies_a_role(sentence)
    for m in _DISPUTE_RE.finditer(sentence):
        if (
            m.group().lower().startswith(("disput", "contest"))
            and _ATTRIBUTIVE_DISPUTED.search(sentence, 0, m.start())
            and _NOT_A_COUNT_AFTER.match(sentence, m.end())
        ):
            continue  # "along their disputed border", "the contested region": an adjective, no contest
        if m.group().lower().startswith("den"):
            if _DENIED_ROLE.match(sentence, m.end()) or _DENIED_ACTION.match(sentence, m.end()):
                continue
        elif role and not _CASUALTY_WORD.search(m.group()):
            continue
        return True
    return False


#: a projection, not a count: "the toll could rise to 40" (attrib_README: hedged with "could")
PROJECTION = re.compile(
    r"^(?:could|may|might|is\s+expected\s+to|was\s+expected\s+to)\s+(?:rise|climb|reach|increase|grow|go\s+up)\b", re.I
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b[A-Z][a-z][\w'’-]*", name))


def same_body(one: str, other: str) -> bool:
    """Two names of one body, so never independent of each other (attrib_README status rule 3):
    one name holds the other's words ("the United Nations", "the United Nations human rights
    office"), or one's capitalised words give an acronym the other uses ("the United Nations"
    and "the UN human rights office"; "U.N." counts as "UN")."""
    a, b = (re.sub(r"^(?:the|a|an)\s+", "", n.strip(), flags=re.I) for n in (one, other))
    if not a or not b:
        return False
    na, nb = normalize_name(a), normalize_name(b)
    if re.search(rf"(?<![\w-]){re.escape(na)}(?![\w-])", nb) or re.search(rf"(?<![\w-]){re.escape(nb)}(?![\w-])", na):
        return True
    for x, y in ((a, b), (b, a)):
        acro = _initials(x)
        if len(acro) >= 2 and acro in re.findall(r"\b[A-Z]{2,}\b", y.replace(".", "")):
            return True
    return False


def casualty_status(sentence: str, n_independent_sources: int = 1) -> Status:
    """Status of a casualty figure from its sentence (rules in the module docstring): the
    one owner of the rule. ``sentence`` is what the figure rests on (its sentence, and a
    following sentence that doubts it, if any)."""
    if disputes(sentence):
        return "disputed"
    if find_hedges(sentence):
        return "unverified"
    if n_independent_sources >= 2:
        return "confirmed"
    if _CONFIRM_RE.search(sentence):
        return "confirmed"
    return "reported"


_CONFIRMER = re.compile(
    r"(?:^|[,;:\"“”(]|\bthat\b)(?P<subj>[^,;:\"“”()]{1,80}?)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|independently\s+|since\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been)\s+able\s+to\s+)?(?:confirm(?:ed|s)?|verif(?:ied|ies|y))\b",
    re.I,
)
_CONFIRMED_BY = re.compile(
    r"\b(?:confirmed|verified)\s+by\s+(?P<agent>(?:the\s+)?[A-Za-z][^,.;:!?()\"“”]{1,60}?)(?=\s*(?:[,.;:!?()]|$))", re.I
)
#: the confirmer is the speaker: "he had confirmed that ...", "they confirmed"
SPEAKER = "(the speaker)"


def confirmer(sentence: str) -> str | None:
    """Who the sentence says confirmed or verified something: the agent of "confirmed by X",
    the subject of "X confirmed" / "X was able to verify"; ``SPEAKER`` when that subject is a
    pronoun (the source that says so confirms it itself); None when the sentence names none
    (the publisher's own check, or no confirmation)."""
    by = _CONFIRMED_BY.search(sentence)
    if by and not re.search(r"\bnot\s+(?:\w+\s+){0,3}$", sentence[: by.start()], re.I):
        return _clean_subject(by.group("agent")) or None
    for m in _CONFIRMER.finditer(sentence):
        subj = m.group("subj").strip()
        if re.match(r"(?:he|she|it|they|we|i)\b", subj, re.I):
            return SPEAKER
        if re.search(r"\b(?:not|never|cannot|could|unable)\b", subj, re.I):
            continue  # "could not be confirmed": a doubt, not a confirmation
        who = _clean_subject(subj)
        if who:
            return who
    return None


# --------------------------------------------------------------------------- source notes

_ANON_RE = re.compile(
    r"\b(?:declined\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|(?:was|were)\s+not\s+authori[sz]ed\s+to|asked\s+not\s+to\s+be\s+(?:named|"
    r"identified)|speaking\s+anonymously|unnamed|anonymous)\b",
    re.I,
)
_STATE_RE = re.compile(
    r"\b(?:state(?:-run|-owned|-controlled)?\s+(?:news\s+agency|media|television|tv|"
    r"broadcaster|radio|news)|state-run|official\s+news\s+agency)\b",
    re.I,
)
_VERIFY_RE = re.compile(
    r"\b(?:verif\w*|confirm\w*|independently|reliably|unconfirmed|unverified|could\s+not|"
    r"cannot|unable)\b",
    re.I,
)


def _sentences_naming(article: str, pat: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sentences that may name the source, in article order: those touched by a match of
    ``pat`` in the whole article (one scan, then a bisect per match), instead of a search in
    every sentence of the article for every source. The caller still searches each sentence."""
    spans, starts, ends = sentence_edges(article)
    picked: list[int] = []
    for m in pat.finditer(article):
        first = bisect_right(ends, m.start())
        last = max(first, bisect_left(starts, max(m.end(), m.start() + 1)) - 1)
        for k in range(max(first, picked[-1] + 1 if picked else 0), min(last, len(spans) - 1) + 1):
            picked.append(k)
    return [spans[k] for k in picked]


#: what follows a source's name and describes it: an apposition ("SOHR, a war monitor,", "X,
#: based in London,") and a relative clause ("Al-Masirah TV, which is run by the Houthis,")
_DESCRIBED_AFTER = (
    # "Name, a spokesman for Gaza's Civil Defense,", "Name, a spokesperson for the UN force (UNF),"
    # ("Name, a Beirut-based monitor,": a hyphenated place modifier may be capitalised)
    # (an acronym may head it: "CPT, a Geneva-based NGO that tracks strikes,", "X, a UN agency,")
    r"(?:\b|(?<=\)))\s*(?:\([^)]{1,20}\))?,\s+((?:an?\s+(?:[A-Z][\w'’]*-[a-z]+\s+)?(?:[A-Z]{2,6}s?(?:\s+[a-z][\w\s'’-]{2,60}?)?|"
    r"[a-z][\w\s'’-]{2,60}?)(?:\s*\([^)]{1,20}\))?)|"
    r"(?:(?:headquartered|based|funded|backed|run|owned|aligned)\b[^,.;]{2,40}?)),",
    # a project or body run by another named one: "Kora Watch, a casualty tracking project run by the
    # Kora Data Centre (KDC), said" (the runner's name may hold capitals)
    r"\b\s*,\s+(an?\s+(?:[a-z][\w'’-]*\s+){1,4}(?:run|operated|funded|founded|led|launched)\s+by\s+[^,;:\"“”]{2,90}?),",
    # an office held, written with no article: "Name, director of the Kani sub-district, said", "Name,
    # head of the provincial hospital, which ..." (the office's own words give the kind)
    r"(?<=[a-z])\s*,\s+((?:deputy\s+|acting\s+)?(?:head|director|chief|spokes(?:man|woman|person)|commander|governor|"
    r"mayor|leader|chairman|chairwoman|president|coordinator|administrator)\s+(?:of|for|at)\s+"
    r"[^,.;:\"“”()]{2,60}?)(?=\s*[,.;])",
    # what the body does: "the Political Prisoners Support Network (PPSN), which monitors arrests,"
    r"(?:\b|(?<=\)))\s*(?:\([^)]{1,20}\))?,\s+(?:which|that)\s+((?:monitors|tracks|documents|records|compiles|counts)\b[^,.;]{2,60}),",
    r"\b\s*(?:\([^)]{1,20}\))?,\s+(?:which|who)\s+(?:is|are|was|were)\s+"
    r"((?:run|owned|controlled|backed|funded|aligned|affiliated|close|linked|loyal)\b[^,.;]{2,50})",
    # a role with "the" after a person's name, closing its clause: "said Name Surname, the district
    # commissioner." / "Name Surname, the head of the county health office, said"
    r"(?<=[a-z])\s*,\s+(the\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*(?:\s+(?:of|for|in)\s+[^,.;:\"“”()]{2,40}?)?)"
    r"(?=\s*(?:[,.;]|$))",
)


#: a description in apposition before a name: "the governor of Norte Alto, Ana Ruiz,", "Its spokesman, Tun Lwin,"
#: ("Congo's communication minister, Name,": a country's possessive opens the role too)
_DESCRIBED_BEFORE = (
    r"(?:^|[,;:]\s+|\.\s+|[-–—]\s+)((?:(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:'s|’s))\s+|"
    # a capitalised side before the office: "the Northern Front government's chief spokesman, Name,"
    r"[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,2}(?=[a-z][\w-]*(?:'s|’s)\s)|"
    # "a rights group, the Centre for ... (CPLH), said", "A Cameroonian rights group, the ..."
    r"(?:[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w'’-]*\s+)?)[a-z][^,.;:\"“”]{2,60}),\s+"
)


#: an unnamed person or body the text cites on condition of anonymity, in the clause right after
#: its mention: "A security officer, who declined to be named because ...", "A regional official,
#: speaking on condition of anonymity" (the kind ``anonymous``, whatever the noun says)
#: (session 16) a place phrase may follow the noun ("A customs officer in the border town of X, who declined
#: to be identified"): the person is still unnamed (attrib_README kinds: ``anonymous``)
_UNNAMED = re.compile(
    r"(?:a|an|one|two|three|several|some)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,6}?"
    r"(?:\s+(?:in|at|from|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?",
    re.I,
)
#: the anonymity said after the speaker's verb and its hearer: "A police officer told the X newspaper,
#: on condition of anonymity, that", "An official said, speaking on condition of anonymity,"
#: (review, session 15) the anonymity is the phrase right after that comma, not an "unnamed" or
#: "anonymous" someone else later in the clause ("An officer said, asking residents to stay calm, that an
#: unnamed gunman was held"): "requesting anonymity", "declining to be named" too
_ANON_AFTER_VERB = re.compile(
    r"\s+(?:told|said\s+to|said)(?:\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)?,\s*(?:speaking\s+|who\s+)?"
    r"(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|"
    r"(?:asking|asked|requesting|requested|declining|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|"
    r"anonymity|to\s+be\s+(?:named|identified)))\b",
    re.I,
)


def anonymous_mention(article: str, name: str) -> bool:
    """``name`` is an unnamed source ("A regional official") that a clause right after one of
    its mentions says is cited anonymously ("..., who asked not to be named", "..., speaking on
    condition of anonymity", "..., who was not authorised to speak")."""
    n = name.strip()
    if not _UNNAMED.fullmatch(n):
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", article):
        clause = re.match(r"[^.;:\"“”]{0,100}", article[m.end() :])
        # "..., who asked not to be named" or, with no comma, "a local official who asked not to be named"
        opens = clause is not None and re.match(
            # (session 17) "three jailers who talked to the trust on condition of anonymity": a hearer may come between
            r",|\s+(?:who\s+(?:asked|requested|declined|(?:spoke|talked)\s+(?:to\s+[^,.;]{1,40}?\s+)?on)|speaking)\b",
            clause.group(),
        )
        if clause and opens and _ANON_RE.search(clause.group()):
            return True
        if clause and _ANON_AFTER_VERB.match(clause.group()):
            return True  # "An officer told the X newspaper, on condition of anonymity, that"
    return False


_COMMA_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\))?,")


def _mentions_before_comma(article: str, name: str) -> list[int]:
    """Where ``name`` stands as written (overlapping mentions too) with a comma after it, maybe
    past a bracket ("SOHR, a war monitor", "the Network (PPSN), which")."""
    out: list[int] = []
    p = article.find(name)
    while p >= 0 and name:
        if _COMMA_AFTER.match(article, p + len(name)):
            out.append(p)
        p = article.find(name, p + 1)
    return out


_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=16)
def _described_after_rx(described: str) -> re.Pattern[str]:
    return re.compile(described)


def reliability_notes(article: str, source_name: str) -> list[str]:
    """Notes about ``source_name`` that the text of ``article`` supports.

    * sentences mentioning the source together with verification or hedge words, quoted
      verbatim (e.g. "The number of fatalities could not be reliably verified by Al
      Jazeera.");
    * "cited anonymously" when the source is an unnamed source or the text says it declined
      to be named;
    * "state news agency" / "state media" when the text describes it so;
    * "party to the conflict" hints are left to the caller (it knows the parties).
    """
    notes: list[str] = []
    names = mention_forms(article, source_name)
    pat = re.compile(r"|".join(r"\b" + re.escape(n) + r"\b" for n in names), re.I)
    for s, e in _sentences_naming(article, pat):
        sent = article[s:e]
        m = pat.search(sent)
        if not m:
            continue
        if _VERIFY_RE.search(sent) and (
            find_hedges(sent)
            or re.search(r"\b(?:could\s+not|cannot|unable|not\s+(?:been\s+)?(?:independently|reliably))\b", sent, re.I)
        ):
            note = norm_ws(sent)
            if note not in notes:
                notes.append(note)
        if _ANON_RE.search(sent) and "cited anonymously" not in notes:
            notes.append("cited anonymously")
        window = sent[max(0, m.start() - 60) : m.end() + 40]
        sm = _STATE_RE.search(window)
        if sm:
            label = "state news agency" if "agency" in sm.group().lower() else "state media"
            if label not in notes:
                notes.append(label)
    for n in names:
        # every description holds a comma after the name: tried only at those of its mentions
        # (``_mentions_before_comma``), the same first match as a search of the whole article
        mentions = _mentions_before_comma(article, n)
        at = [p for p in mentions if _BOUNDARY.match(article, p)]
        for described in map(_described_after_rx, _DESCRIBED_AFTER):
            # r"\b" + name + described, read at the name's mentions: no pattern built per name
            m = next(filter(None, (described.match(article, p + len(n)) for p in at)), None)
            said = f"described in the text as: {norm_ws(m.group(1))}" if m else None
            if said and said not in notes:
                notes.append(said)
        # the description before a person's name: "the governor of the region, Ana Ruiz, said"
        m = re.search(_DESCRIBED_BEFORE + re.escape(n) + r"\s*,", article) if mentions and len(n.split()) >= 2 else None
        said = f"described in the text as: {norm_ws(m.group(1))}" if m and len(n.split()) >= 2 else None
        if said is None:  # (session 17) "talked with the chief of X county, Name.": the role before the name
            role = next((r.group("role") for r in _SPOKE_TO_ROLE.finditer(article) if r.group("n") == n), None)
            said = f"described in the text as: {norm_ws(role)}" if role else None
        if said and said not in notes:
            notes.append(said)
    if source_kind_hint(source_name) == "anonymous" and "cited anonymously" not in notes:
        notes.append("cited anonymously")
    return notes


#: an armed group described, not named: "four members of a Yazidi armed group", "a local militia"
_ARMED_DESCRIPTION = re.compile(
    r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:armed|rebel|militant|jihadist|insurgent)\s+group\b|\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?militia\b",
    re.I,
)


def _described_group_kind(article: str, mention: str) -> SourceKind | None:
    """``military`` for "the group" when the text, in the mention's sentence before it or in the
    sentence before that, describes an armed group it names no further ("killed four members of a
    Yazidi armed group, the group and local officials said"); else None."""
    at = next((m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(mention)}\b", article, re.I)), -1)
    if at < 0:
        return None
    spans, starts, _ = sentence_edges(article)
    k = bisect_right(starts, at) - 1
    lo = spans[max(0, k - 1)][0] if k >= 0 else 0
    return "military" if _ARMED_DESCRIPTION.search(article, lo, at) else None


#: a role of the body named just before, the person's name after it: "Its coordinator, Name,", "the
#: group's emergency coordinator, Name," ("Its", "Their" or a definite noun's possessive)
_BODY_ROLE = (
    r"(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|mission|organi[sz]ation|agency|charity|monitor|network|coalition)['’]s)"
)


#: a hospital named by its capitalised name: "Kesh District Hospital", "the Amar Health Centre" ("its" after
#: it in the same sentence is the hospital's, not the body cited before)
_HOSPITAL_NAMED = re.compile(
    r"(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"(?-i:Hospital|Clinic|Health\s+Cent(?:re|er)|Medical\s+Cent(?:re|er))\b"
)


def _body_of_role(article: str, name: str) -> SourceKind | None:
    """The kind of the body whose role a person holds, where the text names the person after
    "Its coordinator," or "the group's spokesman,": the nearest body cited before, by its words
    (``source_kind_hint``); a person speaks for the body (attrib_README kinds). Only an NGO,
    monitor, UN or state office or armed side; None when no such body is cited before."""
    rx = re.compile(
        r"(?:^|[.!?][\"”’]?\s+|,\s+|\n)"
        + _BODY_ROLE
        + r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+"
        + re.escape(name)
        + r"(?![\w'’-])"
        # after the name: "said Name, the group's emergency coordinator."
        + r"|(?<![\w'’-])"
        + re.escape(name)
        + r",\s+"
        + _BODY_ROLE
        + r"\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*[,.]"
    )
    # the body named right after the person, as the sentence's speaker: "In a statement bearing its
    # spokesman's name, Name, the X alliance said" (the possessive points forward to the body)
    ahead = re.search(
        r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+"
        + re.escape(name)
        + r",\s+(?P<body>(?:the\s+)?[A-Z][^,.;:\"“”]{1,60}?)\s+(?:said|says|claimed|stated|announced|added)\b",
        article,
    )
    if ahead is not None and (k := source_kind_hint(ahead.group("body"))) in ("ngo", "monitor", "official", "military"):
        return k
    m = rx.search(article)
    if m is None or re.search(
        r"\b(?:television|tv|radio|channel|station|website|newspaper|outlet|broadcaster|agency)\b",
        m.group(0).replace(name, " "),
        re.I,
    ):
        return None  # "Al-Kesh, the group's television channel,": the side's outlet, no person's role in it
    s0 = max(article.rfind(". ", 0, m.start() + 1), article.rfind("\n", 0, m.start() + 1), 0)
    if _HOSPITAL_NAMED.search(article, s0, m.start() + 1):
        return None  # (session 16) "treated at Kesh District Hospital, its medical officer, Name, said": its staff
    before = [(article.rfind(src, 0, m.start()), src) for src, _via in _cited(article)]
    for _at, src in sorted((b for b in before if b[0] >= 0), reverse=True):
        if normalize_name(src) == normalize_name(name):
            continue
        k = source_kind_hint(src)
        if k == "ngo" and re.search(
            re.escape(src) + r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:a|an|the)\s+[^,.;:]{0,60}?\bmonitor", article
        ):
            return "monitor"  # (session 18) "the X Rights Centre, a group that monitors, ... Its director": a monitor's
        if k in ("ngo", "monitor", "official", "military"):
            return k
    return None


_WORD_THEN_END = re.compile(r"([\w'’-]*)[.!?][\"”’]?\s|\n")


def _crosses_sentence(span: str) -> bool:
    """``span`` holds a sentence end (a paragraph break, or a stop after a word that is no title's
    or initial's: "Lt. Col. Name" holds none)."""
    return any(
        e.group(0) == "\n" or not re.fullmatch(_TITLE_ABBR + r"|[A-Z]", e.group(1))
        for e in _WORD_THEN_END.finditer(span)
    )


def title_kind(article: str, name: str) -> SourceKind | None:
    """The kind a person's title says (``_title_kind``), else the kind of the role the text states for the
    person in a common news form (session 19: ``stated_role``, ``role_kind``)."""
    k = _title_kind(article, name)
    if k is None and (role := stated_role(article, name)) is not None:
        k = role_kind(article, role)
    return k


def _title_kind(article: str, name: str) -> SourceKind | None:
    """The kind a person's title says, where the text writes the title in lower case right before
    the person's name at one of its mentions: "state attorney general Gerardo Ruiz Ortega said" makes
    "Ruiz" (named so later) ``official``; "army spokesman Ana Diaz" ``military``. None when no
    mention has such a title, or the title says no kind."""
    n = name.strip()
    if re.fullmatch(r"the\s+(?:group|militia)", n, re.I):
        return _described_group_kind(article, n)
    spoken = _body_of_role(article, n)
    if spoken is not None:
        return spoken
    # a description in apposition, after the name or heading the sentence before it: "Dr. Ana Ruiz, the
    # region's health minister,", "Radio Kanal, the state broadcaster,", "Al Qaeda's Sahel affiliate, JNIM,"
    if _NAMED.fullmatch(n) or _proper_name(article, n):
        bare = re.escape(re.sub(r"\s*\([A-Z]{2,8}\)$", "", n))
        for m in re.finditer(
            bare + r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:the|a|an)\s+(?P<d>[^,.;:\"“”\n]{2,80})(?:,|\.(?:\s|$))"
            r"|(?:^|[.!?]\s+|\n)(?P<b>[A-Z][^,.;:\"“”\n]{2,60}),\s+" + bare + r"(?:\s*\([A-Z]{2,8}\))?,",
            article,
        ):
            desc = m.group("d") or m.group("b")
            if m.group("b") and not (
                _DESCRIBED_ROLE.fullmatch(desc) or _DESCRIBED_BODY.fullmatch(desc) or _ROLE_AT_PLACE.fullmatch(desc)
            ):
                continue  # "Speaking to the BBC from hospital, Olena, ...": a clause, no description of her
            if re.search(r"\b(?:spokes\w*|former|retired|ex-)", desc, re.I):
                continue  # a spokesman's side decides (``assemble``); a former official holds no office
            k = source_kind_hint(desc)
            if k in ("official", "military", "media", "state_media"):
                return k
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", n):
        return None
    # the lower-case title, and a capitalised office it belongs to: "Chief Minister's adviser Name"
    rx = re.compile(
        r"(?<![\w'’-])((?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w'’-]*\s+){1,4})"
        r"(?:[A-Z][\w'’.-]*\s+){0,3}" + re.escape(n) + r"(?![\w'’-])"
    )
    for m in rx.finditer(article):
        # (session 18) with the outlet's description after the verb too: "police told local station X"
        if re.search(r"\b(?:told|tells)\s+(?:[a-z][\w'’-]*\s+){0,3}$", m.group(1)):
            continue  # "the district mayor told Varanews": the one told, the words before the verb no title
        if _crosses_sentence(m.group(0)):
            continue  # "... PKK fighters in northern Iraq.\n\nName said": the sentence before holds no title
        k = source_kind_hint(m.group(1))
        if k in ("official", "military"):
            return k
    # an armed group described by its ties where the text names it: "the al Qaeda-linked JNIM group",
    # "the Islamic State-affiliated Harun movement" (military only: the ties name an armed network)
    tied = re.compile(
        r"\b(?:the|an?|its)\s+((?:[\w'’]+[\s-]){0,3}?[\w'’]+-(?:linked|affiliated|allied|aligned|inspired|backed))\s+"
        + re.escape(n)
        + r"(?![\w'’-])",
        re.I,
    )
    for m in tied.finditer(article):
        if source_kind_hint(m.group(1)) == "military":
            return "military"
    return None


#: UN bodies and other international organisations: ``official`` by the attribution set's
#: kinds (attrib_README "kind": "UN bodies and WHO"), but not a side in the fighting
INTERNATIONAL = re.compile(
    r"\b(?:WHO|UN|United\s+Nations|World\s+Health\s+Organi[sz]ation|UNICEF|UNHCR|OCHA|WFP|World\s+Food\s+Programme?|IOM|"
    r"International\s+Organi[sz]ation\s+for\s+Migration|"
    r"UNRWA|OHCHR|UNIFIL|UNMISS|MONUSCO|MINUSMA|ICC|International\s+Criminal\s+Court|Tedros|"
    # UN missions: "the UN Assistance Mission in Afghanistan (UNAMA)"
    r"UNAMA|UNAMI|UNSOM|UNSMIL|UNMIK|UNDOF|UNFICYP|UNMIL|UNMIS|UNAMID|UNISFA|UNITAMS|MINUSCA|MINUSTAH|MINURSO|BINUH)\b|"
    r"\bUN's\b|"
    r"\bUN\s+\w+\s+agency\b|\bU\.N\.(?!\w)"  # "U.N." ends in a dot: no word boundary after it
)

#: a state's own rights watchdog ("the human rights ombudsman", "the Ombudsman's Office", "the
#: public defender"): ``official`` by kind, but independent of the government by its office, so it
#: speaks for no side in the fighting
NO_SIDE_OFFICE = re.compile(r"\b(?:ombuds\w*|public\s+defender|defensor[ií]a)\b", re.I)

_KIND_RULES: list[tuple[SourceKind, re.Pattern[str]]] = [
    (
        "state_media",
        re.compile(
            r"\b(?:state(?:-run|-owned)?\s+(?:(?:news|information)\s+agency|media|tv|television|broadcaster|radio)|"
            # "the state-owned Meridian Radio"; "Amaq, the group's propaganda outlet" (an outlet a party runs)
            r"state-run|state-owned|state-controlled|propaganda\s+(?:outlet|arm|wing|channel|(?:news\s+)?agency)|"
            # an outlet a side runs or controls: "the junta-controlled Union Daily newspaper", "the
            # Houthi-run Al-Masirah TV" (a private or independent owner makes no state media)
            r"(?!(?:privately|independently|family|locally|publicly|foreign)-)[\w'’]+-(?:run|controlled|owned)\s+"
            r"(?:[\w'’-]+\s+){0,6}?(?:newspaper|daily|tv|television|radio|channel|news\s+agency|broadcaster|outlet|website)|"
            r"sana|tass|xinhua|kcna|irna|ria\s+novosti|sputnik|press\s+tv|cctv|"
            r"mena|anadolu|saba|al-ikhbariya|rt|al[\s-]masirah|amaq|"
            # "the official National News Agency": a government's own agency
            r"official\s+(?:[\w'’-]+\s+){0,3}?news\s+agency|"
            # (session 18) the word "state" before an outlet's own name: "the state Norland News Agency", "state
            # broadcaster Kora TV" ("a state official" names no outlet)
            r"state(?:-run|-owned)?\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:news\s+agency|television|tv|radio|broadcast\w*))\b",
            re.I,
        ),
    ),
    (
        "monitor",
        re.compile(
            # a UN rights office (OHCHR, "the UN human rights office") is a UN body, official (attrib_README kinds)
            # (session 17) a body named a rights monitor defends a cause ("the X Rights Monitor"): ngo, below
            r"\b(?:observatory|sohr|(?<!rights\s)monitors?|monitoring|acled|airwars|"
            r"iraq\s+body\s+count|casualty\s+recording|"
            r"violations\s+documentation|vdc|lcc|local\s+coordination\s+committees?|"
            # conflict-data projects that count events and deaths: "the Armed Conflict Location & Event
            # Data Project", "the Uppsala Conflict Data Program", "UCDP", "a conflict data project"
            r"(?:event|conflict|casualty)\s+data(?:\s+(?:project|program(?:me)?|cent(?:re|er)))?|ucdp|"
            r"data\s+(?:project|program(?:me)?)|"
            # a project that logs a conflict's incidents: "the Kora Security Tracker", "a conflict tracker"
            r"(?:security|conflict|casualty|violence|incident)\s+tracker|"
            # a body named a watch that counts a conflict's events: "Deep South Watch", "Lebanon Casualty
            # Watch" ("Human Rights Watch" is an NGO; a watchdog's own description still decides)
            r"(?<!rights\s)watch)\b",
            re.I,
        ),
    ),
    (
        "ngo",
        re.compile(
            r"\b(?:red\s+cross|red\s+crescent|icrc|amnesty|human\s+rights\s+watch|hrw|msf|"
            r"m[ée]decins|doctors\s+without\s+borders|save\s+the\s+children|oxfam|"
            r"human\s+rights|rights\s+(?:groups?|monitors?)|ngos?|charity|charities|white\s+helmets|"
            # (session 17) a body named for what it protects or stops: "the Committee to Protect Farmers", "the
            # Campaign to End Torture", "the Society for the Defence of the Press"
            r"(?:committee|campaign|coalition|alliance|league|society|association|network|council|initiative)\s+"
            r"(?:to|for\s+the)\s+(?:protect\w*|defen[cds]\w*|stop|end|ban|free|save|promot\w*|prevent\w*|abolish\w*)|"
            r"doctors'?\s+(?:network|union|syndicate|association)|medical\s+(?:association|union)|"
            # "aid workers", "relief workers": the staff of aid bodies (attrib_README kinds: ngo)
            r"aid\s+(?:agenc\w+|groups?|organi[sz]ations?|networks?|workers?)|relief\s+workers?|"
            # (session 22) a humanitarian update's "partners" ("Partners report ...", "humanitarian partners"); not
            # a side's or a state's ("coalition partners", "international partners")
            r"(?<!coalition\s)(?<!business\s)(?<!military\s)(?<!security\s)(?<!trade\s)(?<!international\s)"
            r"(?<!western\s)(?<!regional\s)(?<!its\s)(?<!their\s)partners\b|"
            r"foundation|fundaci[oó]n|funda[cç][aã]o|fondation|humanitarian|refugee\s+council|"
            # (session 18) a body named for rights ("the Youth Rights Network", "the prisoners' rights association",
            # "the X Rights Centre"); a union or association of journalists or workers ("the Press Union", "the
            # Journalists' Association of X", "the Free Union of Dock Workers")
            r"rights\s+(?:association|network|cent(?:re|er)|league|society|union|coalition|alliance|initiative|"
            r"organi[sz]ation|defenders?|activists?|lawyers?|advocates?)|"
            r"(?:journalists['’]?|press|reporters['’]?|media\s+workers['’]?)\s+(?:union|association|syndicate|federation|guild)|"
            r"(?:trade|labou?r|workers['’]?)\s+unions?|unions?\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:workers|miners|teachers|journalists)|"
            # a civil-society body by its cause: "the Network for Rights and Freedoms", "the Centre for
            # Security Analysis and Research", "the Prisoners' Society", "the Kachin Baptist Convention"
            r"(?:for|of)\s+(?:[\w'’-]+\s+){0,3}?(?:rights|freedoms|liberties)|"
            r"(?:cent(?:re|er)|institute)\s+for\s+(?:[\w'’&-]+\s+){0,4}?(?:research|studies|analysis)|"
            r"political\s+prisoners|prisoners['’]?\s+(?:society|association|club)|civil\s+society|"
            r"(?:baptist|catholic|methodist|lutheran|anglican|evangelical|church(?:es)?)\s+"
            r"(?:convention|council|federation|union|association|relief)|council\s+of\s+churches|caritas|"
            # think tanks and research groups: "the International Crisis Group", "a Washington-based
            # think-tank", "the Institute for the Study of War"
            r"think[\s-]tanks?|crisis\s+group|institute|research\s+(?:groups?|cent(?:re|er)s?)|"
            # a community's own body: "the Nasa indigenous council", "the community council" (no state office)
            r"(?:indigenous|community|tribal\s+elders['’]?)\s+(?:council|guard|association|organi[sz]ation)|"
            # a press-freedom body defends a cause (journalists' rights), no outlet: "the X Press Freedom Centre"
            # (session 24) a body that documents abuses or builds peace: "the Afrin Documentation Network",
            # "Community Peacemaker Teams"
            r"documentation\s+(?:network|cent(?:re|er)|project|group)|peacemaker\s+teams?|peacebuilding\s+\w+|"
            r"(?:press|media)\s+freedom)\b",
            re.I,
        ),
    ),
    (
        "official",
        re.compile(
            # "government forces" are the state's armed forces (military), its government an official
            r"\b(?:ministry|minister|government(?!\s+(?:forces|troops|soldiers|fighters))|president|presidency|prime\s+minister|authorities|(?:health|local|civil)\s+authority|"
            # a ruling junta or regime governs ("the ruling junta said"; "junta troops" are forces, above)
            r"(?:junta|regime)(?!\s+(?:forces|troops|soldiers|fighters|militias?|aircraft|jets|warplanes))|"
            # "Estado Mayor Central" (Spanish "general staff") is an armed group's name, no mayor;
            # lawmakers are officials ("A Lebanese MP for the ... district")
            r"attorney\s+general|interior|cabinet|parliament|(?<!estado\s)mayor|governor|civil\s+defen[cs]e|"
            # a local government's health officer ("the district health director", "the district medical
            # officer") and the courts' branch ("the judiciary")
            r"(?:county|district|provincial|regional|state|municipal)\s+(?:health|medical)\s+(?:director|officer|chief)s?|"
            r"judiciary|judicial\s+authorit\w+|"
            r"(?-i:MPs?)|lawmakers?|legislators?|senators?|members?\s+of\s+parliament|"
            r"emergenc(?:y|ies)\s+services?|rescue\s+services?|dsns|"
            r"(?:regional|district|provincial|city|military|local)\s+(?:head|chief|administration)|"
            # (session 22) a town's own government: "the Khan Younis municipality", "Gaza City municipality"
            r"municipalit(?:y|ies)|"
            # "the district administrator"; "the state police command" (police, not an army command)
            r"administrators?|police\s+command|commissioners?|prefects?|sub-prefects?|ombuds\w*|"
            # "director (head) of the X sub-district": the office running a district
            r"(?:director|head|chief)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:sub-)?"
            r"(?:district|province|governorate|prefecture|municipality|county)(?!\s+[a-z])|"
            # "Police commander Col. Ana Ruiz", "the police chief": police ranks are police, not army
            r"(?<!military\s)police\s+(?:commanders?|chiefs?|spokes\w+|colonel|general|officers?)|"
            r"world\s+health|united\s+nations|u\.n\.|un|unicef|unhcr|ocha|wfp|iom|unrwa|tedros)\b",
            re.I,
        ),
    ),
    (
        "military",
        re.compile(
            r"\b(?:army|military|isaf|nato|forces|troops|brigades?|battalions?|coalition|navy|(?<!police\s)commanders?|general\s+staff|"
            # (session 22) a combat unit: "the 6th Infantry Division", "the White Knight Corps", "a regiment"
            r"(?:infantry|armou?red|mechani[sz]ed|airborne|motori[sz]ed|marine|artillery)\s+divisions?|regiments?|"
            r"(?<!press\s)(?<!peace\s)(?<!medical\s)corps|"
            r"air\s+force|idf|pentagon|centcom|militia|command|commando|guerrillas?|fmln|estado\s+mayor|"
            # (session 18) Spanish and Portuguese names of armed groups: "Autodefensas del X" (self-defence forces),
            # "Comando X" (a command); "the National Guard" (a state's gendarmerie or reserve force)
            r"autodefensas?|comando|national\s+guards?|"
            r"rebels?|taliban|hamas|hezbollah|houthis?|rsf|m23|idf|militants?|fighters|insurgents?|jihadists?|gangs?|"
            # (session 24) a state's army by its initials: "the FARDC spokesperson", "FAMa", "the UPDF", "Tatmadaw"
            r"(?-i:FARDC|FAMa|FACA|SSPDF|UPDF|ENDF|KDF|SNA|FDS)|tatmadaw|"
            # a state's military command by its seat: "the Defence Headquarters in Abuja"
            r"defen[cs]e\s+headquarters|"
            # (session 15) an armed wing by its name ("Qassam"); armed dissidents ("the dissidents", "FARC
            # dissidents"; not "political dissidents")
            r"qassam|(?<!political\s)dissidents|"
            # "a local resistance group", "the X column" (an armed unit on the move)
            r"resistance\s+(?:groups?|forces?|fighters|movement)|columns?|"
            r"(?:armed|militant|jihadist|rebel|insurgent)\s+groups?|al[\s-]qaeda[\w-]*|"
            # "the Revolutionary Guards", "the Guards" (a capital: "security guards" are no army); "the garrison"
            r"revolutionary\s+guards?|irgc|(?-i:Guards)|garrison|barracks|"
            # a paramilitary or army unit named by its troops, the name's last word ("the Assam Rifles", "the
            # Sindh Rangers", "the 3rd Regiment"; capitalised: "two rifles" are arms; "the Rangers Relief Fund")
            r"(?-i:Rifles|Rangers|Regiment)(?=\s*(?:\([A-Z]{2,8}\))?\s*$)|"
            # armed groups by name or by the Arabic word for a unit: "Liwa al-Fatih" (brigade), "Jaish al-Islam"
            r"al[\s-]shabaa?b|maoists?|naxal\w*|liwa|jaish|faylaq|kata['’]?ib|"
            # (session 17) holy warriors by their own word ("Mujahidin X", "the mujahideen"); a movement of
            # resistance, liberation or arms in French, Spanish or Portuguese ("Mouvement de Resistance du X")
            r"mujah[ie]d(?:in|een|deen)|(?:mouvement|movimiento|movimento)\s+(?:[\w'’-]+\s+){0,3}?"
            r"(?:r[ée]sistance|resist[eê]ncia|lib[ée]ration|liberaci[oó]n|liberta[cç][aã]o|arm[ée]e?|armado)|"
            r"islamic\s+state|isis|isil|al-shabab|al-qaeda|paramilitar\w+|front|(?:defen[cs]e|armed|security|self-defen[cs]e)\s+force|colonel|brigadier|(?-i:Col|Lt|Maj|Capt|Brig|Sgt)\.?)\b",
            re.I,
        ),
    ),
    (
        "official",
        re.compile(
            r"\b(?:spokes\w*|police|official|officials|prosecutors?|council|office|department|authority|directorate|"
            # "the SSC-Khatumo administration", "the Trump administration": a government
            r"administration|"
            # a state's security bodies: "the region's counter-terrorism service", "the State Committee for
            # National Security"
            r"(?:security|intelligence|counter-?terrorism|border|secret)\s+services?|state\s+committee|national\s+security|"
            r"(?<!news\s)agency|embassy)\b",
            re.I,
        ),
    ),
    (
        "anonymous",
        re.compile(
            r"\b(?:(?:a|the|one|two|several)\s+(?:\w+\s+)?source|sources|unnamed|anonymous|"
            r"an?\s+(?:\w+\s+)?official\s+who)\b",
            re.I,
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(?:media|reuters|afp|ap|associated\s+press|al\s+jazeera|bbc|cnn|tv|television|radio|"
            r"news|newspaper|times|post|guardian|efe|dpa|kyodo|agency|channel|al\s+mayadeen|"
            r"al\s+arabiya|press|journal|daily|herald|gazette|online|monitor|inravision|"
            r"cadena|venceremos|broadcast\w*|footage|videos?|imagery|outlets?|"
            # (session 16) a periodical by its rhythm or form: "the independent weekly X"
            r"weekly(?=\s+(?-i:[A-Z])|\s*$)|magazine|tabloid|"
            # (session 14) reporters cited for what they saw or were told: "local journalists", "an AP journalist"
            # (review, session 15) a body "of" or "to protect" journalists is no outlet: "the Union of Journalists"
            r"(?<!of\s)(?<!protect\s)journalists?(?!['’]?\s+(?:union|syndicate|association|federation))|"
            # an outlet's name ending in "news" ("Corbeaunews"); a broadcaster's initials ("PBS", "KBS", "NBC")
            r"\w+news|(?-i:[A-Z]{1,2}B[CS])|"
            # an outlet named by a newspaper's word: "the Coastal Observer", "Delta Today", "Myanmar Now"
            r"(?-i:Observer|Tribune|Chronicle|Telegraph|Sentinel|Courier|Dispatch))\b|"
            r"(?-i:[A-Z][\w'’-]*\s+(?:Now|Today))$",
            re.I,
        ),
    ),
]


_OTHER_RE = re.compile(
    # (session 15) not an office's title: "Resident District Commissioner"
    r"\b(?:witness(?:es)?|residents?(?!\s+(?:district\s+)?(?:commissioner|representative|magistrate)s?\b)|activists?|medics?|doctors?|paramedics?|rescuers?|survivors?|"
    r"relatives?|famil(?:y|ies)|hospital|nurses?|protesters?|villagers?|eyewitness(?:es)?|staff|"
    r"teachers?|farmers?|students?|man|woman|mother|father|son|daughter|brother|sister|neighbou?rs?|"
    # people described by trade or age: "one 60-year-old herder", "a shopkeeper", "village elders"
    r"herders?|shepherds?|traders?|shopkeepers?|elders?|wife|husband|widow|\d+-year-old|"
    # (session 15) clergy cited for what they saw: "a pastor there said", "a local priest"
    r"pastors?|priests?|imams?|clerics?|nuns?|monks?|"
    # (session 17) a cleric by title ("The Rev. Name") and a church's own people or body
    r"(?-i:Rev)(?=\.\s)|reverend|church(?:es)?|"
    # a hospital's own staff: "a medical official at X hospital" (not run by a party unless said)
    r"medical\s+(?:officials?|sources?|staff|workers?)|rescue\s+workers?)\b",
    re.I,
)


#: (session 14) a state's or a side's forces named by their noun and whose they are: "the army of the
#: exiled government", "forces of the transitional council" (the forces speak, not the government)
_FORCE_OF = re.compile(r"(?:the\s+)?(?:army|armed\s+forces|military|troops|forces)\s+(?:of|loyal\s+to)\s", re.I)


#: a security forces' spokesman office named "media": "the Security Media Cell", "the military media office"
_MEDIA_CELL = re.compile(
    r"\b(?:security|military|army|war)\s+media\s+(?:cell|office|unit)\b|\bmedia\s+cell\b|"
    # (session 15) the forces' press directorate: "Inter-Services Public Relations", "the army's public
    # relations directorate", "the military's media wing"
    r"\binter-services\s+public\s+relations\b|"
    r"\b(?:military|army|armed\s+forces|defen[cs]e\s+forces)(?:['’]s?)?\s+(?:media|public\s+relations|press)\s+"
    r"(?:wing|directorate|department|office|service)\b",
    re.I,
)


#: an outlet named as an armed side's own: "The Houthis' Al-Masirah satellite channel", "the rebels' radio
#: station" (a side's possessive before the outlet's noun; attrib_README kinds: outlets run by a party)
_SIDE_OUTLET = re.compile(
    r"(?:['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?:satellite\s+)?(?:channel|tv|television|radio(?:\s+station)?|newspaper|"
    r"news\s+agency|broadcaster|outlet|website)\b",
    re.I,
)


#: a source named by the word "source" only, with a count and a few words: "a military source", "two
#: security sources" (attrib_README kinds: anonymous, "unnamed officials or sources"; not their side's kind)
#: (session 14) with where the source sits: "a source at the attorney general's office", "two sources close to
#: the inquiry", "a security source in Tarvo" (attrib_README kinds: unnamed sources are ``anonymous``)
_UNNAMED_SOURCE = re.compile(
    r"(?:a|an|one|two|three|four|several|some)\s+(?:[\w'’-]+\s+){0,2}?sources?"
    r"(?:\s+(?:at|in|within|inside|close\s+to|familiar\s+with|from|with|near)\s+.+)?",
    re.I,
)


#: a tie to a side or the state before a hospital's name: "the Houthi-run X hospital", "a state-run
#: hospital", "the government-run clinic" (not "privately-run", "MSF-run", "church-run": those are no side's)
_RUN_BY_SIDE = re.compile(
    r"\b(?!(?:privately|independently|family|locally|publicly|foreign|church|mission|charity)-)"
    r"(?P<by>[\w'’]+)-(?:run|controlled|operated)\b",
    re.I,
)
_HOSPITAL_WORDS = re.compile(r"\b(?:hospital|clinic|health\s+cent(?:re|er)|medical\s+cent(?:re|er))\b", re.I)


def _runner_no_side(before: str) -> bool:
    """The words before "-run" name a body of no side: an NGO, a monitor, an outlet or a UN body ("the
    MSF-run hospital", "a Red Cross-run clinic", "the UN-run health centre")."""
    tail = " ".join(before.split()[-3:])
    runner = re.sub(r"^(?:the|a|an)\s+", "", tail, flags=re.I)
    words = runner.split()
    cands = [" ".join(words[i:]) for i in range(len(words))]
    if words and (words[-1].lower() in DEMONYMS or is_country(words[-1])):
        return True  # "an Italian-run hospital": a foreign state's or charity's, a side's only if the text says so
    return any(INTERNATIONAL.search(c) or source_kind_hint(c) in ("ngo", "monitor", "media") for c in cands)


#: (session 15) a state's inquiry or board: "a national inquiry committee", "a parliamentary commission"
_STATE_COMMITTEE = re.compile(
    r"\b(?:national|presidential|government|parliamentary|state)\s+(?:[\w-]+\s+){0,2}?(?:committee|commission)\b", re.I
)
#: (session 15) a state's count by its nationality word: "Norlandian tallies", "official Norlandian figures"
_STATE_TALLY = re.compile(
    r"(?:the\s+)?(?:official\s+)?(?P<d>[A-Z][a-z]+)\s+(?:official\s+|government\s+)?(?:tallies|tally|figures|counts?|estimates)"
)


#: (session 16) a state office by its title or its service, before the words other rules read in it
#: ("institute": ngo; "Colonel": military): a district's or a state's chairman or secretary ("Kesh district
#: chairman X", "state security secretary X", "the state health secretariat"), a chief district officer, the
#: penitentiary service, a forensic institute ("Norland's Institute of Legal Medicine")
_STATE_OFFICE = re.compile(
    r"\b(?:(?:district|county|regional|provincial|municipal|state|local\s+council)\s+(?:chairman|chairwoman|"
    r"chairperson)|chief\s+district\s+officers?|"
    r"(?:state|home|interior|security|public\s+security|health|defen[cs]e|cabinet|foreign)\s+secretar(?:y|ies|iat)|"
    r"secretar(?:y|iat)\s+(?:of|for)\s+(?:state|security|public\s+security|health|defen[cs]e|the\s+interior)|"
    r"penitentiary\s+(?:system|service)|"
    # (session 17) local government by title: "Ward councillor Name", "the District Secretary", "a city
    # councilwoman"; a state's prisons ("the country's prison service", "the X Prisons and Correctional Service")
    r"(?:ward|city|town|county|district|municipal|village|local)\s+council(?:l?or|man|woman|member)s?|"
    r"(?:district|divisional|provincial|county|regional)\s+secretar(?:y|ies)|"
    r"prisons?\s+(?:and\s+correctional\s+)?services?|correctional\s+services?|"
    r"forensic\s+(?:[\w-]+\s+)?(?:institute|service|department)|institute\s+of\s+(?:legal\s+medicine|forensic)|"
    # (review, session 17) state bodies by name: "the Coast Guard", "the Emergency Operations Center", "the
    # Investigative Committee", "the district executive committee", "the National Meteorology Institute" (not
    # an ambulance service: a charity's as often as the state's)
    r"coast\s*guards?|emergency\s+operations?\s+cent(?:re|er)s?|"
    r"investigative\s+committee|(?:district|city|regional|oblast)\s+executive\s+committee|"
    r"meteorolog\w*\s+(?:institute|service|office|department|agency)|"
    # (session 18) a province's or state's premier, a country's high commission (its mission abroad or its
    # representative over a territory), a county's or district's superintendent
    r"(?:provinc\w*|state|territor\w*|regional|island|deputy)\s+premiers?|high\s+commission(?:ers?)?|"
    r"(?:county|district|provincial|regional|city)\s+superintendents?|"
    # (session 24) a government's press office ("Oromia's regional communication bureau"), a district's security
    # committee, a state's relief commission ("the Abyei Relief and Rehabilitation Commission"), a police rank
    # before a name ("Chief Inspector Name"), a state's migration or statistics institute
    r"(?:communications?|information|press)\s+bureaus?|"
    r"(?:district|county|regional|provincial|state|municipal)\s+security\s+committees?|"
    r"relief\s+and\s+rehabilitation\s+commission|humanitarian\s+aid\s+commission|"
    r"(?:chief|deputy|assistant|senior)\s+(?:inspector|superintendent)s?(?=\s+(?-i:[A-Z]))|inspectors?[\s-]general|"
    r"(?:migration|immigration|statistics?|electoral)\s+(?:institute|service|authority|agency|office)|"
    # a department's prefecture ("the prefecture of Madarounfa")
    r"prefectures?)\b",
    re.I,
)


#: (session 17) a centre named for its cause, a capitalised word after "for" ("the Centre for Civic
#: Dialogue"), no state's ("the National Centre for ...", "Centers for Disease Control"): read last, when no
#: other word of the name tells its kind
_CIVIC_CENTRE = re.compile(
    r"(?<!national\s)(?<!state\s)(?<!federal\s)(?<!government\s)(?<!provincial\s)(?<!regional\s)(?<!district\s)"
    r"(?<!municipal\s)\bcent(?:re|er)s?\s+for\s+(?:the\s+)?(?!(?-i:Disease|Emergenc))(?-i:[A-Z])",
    re.I,
)


#: (session 16) a spokesperson named by the body they speak for: "a spokeswoman for the growers' union"
_SPOKES_FOR_BODY = re.compile(
    r"(?:an?|the|one)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?P<b>(?:(?:the|an?)\s+|(?-i:[A-Z])).+)",
    re.I,
)
#: a front or coalition the name calls political ("the opposition Front for X", "the X Party front"), no armed
#: word in it ("the armed opposition front" stays military)
_POLITICAL_FRONT = re.compile(
    # (session 17) a citizens' or civic coalition too ("the Concerned Citizens Coalition")
    r"^(?!.*\b(?:armed|rebel|militant|liberation)\b).*\b(?:opposition|party|parties|citizens['’]?|civic)\b", re.I
)


def source_kind_hint(name: str) -> SourceKind | None:
    """A heuristic source kind for ``name`` (a ``SourceKind`` value) or None.

    Order matters: state media before media, monitors before NGOs ("Syrian Observatory
    for Human Rights" is a monitor), ministries before military ("Defence Ministry
    spokesperson" is official), military before generic spokespeople ("army spokesman").
    """
    if not name.strip():
        return None
    if _UNNAMED_SOURCE.fullmatch(name.strip()):
        return "anonymous"  # "a military source", "two security sources": unnamed, whoever they serve
    # "a security source cited by Syrian state news agency SANA": the publisher decides
    # witnesses, residents, doctors, medics, rescuers and hospitals not run by a party are
    # 'other' (attrib_README, kinds), unless the name says whose ("army medics", "Hamas-run")
    other = _OTHER_RE.search(name)
    if is_country(re.sub(r"^the\s+", "", name.strip(), flags=re.I)):
        return "official"  # "Israel said", "The United States said": the country's government speaks
    if capital_country(name):
        return "official"  # "Ankara said", "accusations Niamey denies": the capital's government (session 15)
    if _STATE_COMMITTEE.search(name) and not re.search(r"\bhuman\s+rights\b", name, re.I):
        return "official"  # "a national inquiry committee": a state's inquiry (session 15)
    tally = _STATE_TALLY.fullmatch(name.strip())
    if tally and country_of_demonym(tally.group("d")):
        return "official"  # "according to Norlandian tallies": the state's own count (session 15)
    intl = INTERNATIONAL.search(name)
    if intl and other and other.start() < intl.start():
        return "other"  # "The brother of a detained UN driver": a person named by kin, not the UN body
    if intl and not _KIND_RULES[1][1].search(name):
        return "official"  # UN bodies, their missions (UNAMA) and WHO (monitors such as OHCHR excepted)
    if NO_SIDE_OFFICE.search(name):
        return "official"  # "the human rights ombudsman": a state office, before "human rights" (ngo)
    spokes = _SPOKES_FOR_BODY.match(name.strip())
    if spokes and (body := source_kind_hint(spokes.group("b"))) is not None:
        return body  # (session 16) "a spokesman for the association of cocoa farmers": the body's kind
    office = _STATE_OFFICE.search(name)
    if office and not (other and other.start() < office.start()):
        return "official"  # (session 16) "district chairman X", "a forensic institute"
    if _MEDIA_CELL.search(name):
        return "military"  # "Iraq's Security Media Cell": the forces' spokesman office, no outlet
    if re.fullmatch(r"(?-i:[A-Z]{2,6})\s+" + _SERVICE_LANGUAGE, name.strip()):
        return "media"  # "RFA Burmese", "BBC Urdu": a broadcaster's language service
    if _FORCE_OF.match(name.strip()):
        return "military"  # "the army of the exiled government": the forces, not the government
    run = _RUN_BY_SIDE.search(name) if other and _HOSPITAL_WORDS.search(name) else None
    if run and not _runner_no_side(name[: run.end("by")]):
        return "official"  # "director of the rebel-run X hospital": a side's health service (attrib_README kinds)
    for kind, rx in _KIND_RULES:
        m = rx.search(name)
        if m:
            if kind == "military" and _POLITICAL_FRONT.search(name) and m.group(0).lower() in ("front", "coalition"):
                return "other"  # (session 16) "the opposition Front for X": a political front, no armed one
            if (
                other
                and other.start() < m.start()
                and kind in ("media", "anonymous", "official", "ngo")
                and not re.search(r"-run\b|\bministry\b", name, re.I)
            ):
                return "other"  # "medics at Nasser hospital told Reuters", "witnesses cited by AFP"
            if kind in ("military", "official") and _SIDE_OUTLET.search(name):
                # "The Houthis' Al-Masirah satellite channel", "the administration's X news agency": a side's own outlet
                return "state_media"
            return kind
    if not other and _CIVIC_CENTRE.search(name):
        return "ngo"  # (session 17) "the Centre for Civic Dialogue": a civil-society body by its cause
    return "other" if other else None


# --------------------------------------------------------------------------- coreference

#: a definite description that points back at a source named earlier: "the group", "the
#: Britain-based monitor", "the rescuers", "the civil defence", "the organisation"
_DEFINITE = re.compile(
    r"(?:the|this|that)\s+(?:same\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<n>group|organi[sz]ation|monitor|observatory|agency|movement|rebels|militants|militia|rescuers|"
    r"rescue\s+workers|civil\s+defen[cs]e|network|coalition|committee|charity|authority|insurgents|jihadists|"
    # "the mission" after "the UN Support Mission in Libya (UNSMIL)"; "the force" after "the national police"
    r"mission|force|"
    # "the centre" after "the Trauma Care Centre" (its own name holds the noun)
    r"cent(?:re|er))",
    re.I,
)
#: an acronym in a name ("the UN peacekeeping mission")
_ACRONYM_WORD = re.compile(r"(?<![\w'’-])(?-i:[A-Z]{2,})(?![\w'’-])")
#: a proper name of two or more capitalised words before the head noun ("the Islamic State group",
#: "the Ta'ang National Liberation Army"): the source's own name, no description pointing back
#: (one capitalised word, "the Britain-based monitor", "the Syrian group", stays a description)
#: an acronym before the head noun names the body too: "the ACLED monitoring group" is ACLED, no
#: description of the group named before it (three capitals or more: "the UN agency" still points back)
_NAME_BEFORE_NOUN = re.compile(
    r"(?:the|this|that)\s+(?:(?-i:[A-Z][\w'’]*)\s+(?-i:[A-Z][\w'’]*)|(?-i:[A-Z]{3,}))\s+[a-z]", re.I
)
#: (session 18) one capitalised word before "news agency" ("the Kesh news agency") names the agency, unless
#: it is a nationality word ("the Norlandian news agency", ``_NATIONALITY_WORD``: a description)
_NAMED_AGENCY = re.compile(r"(?:the|this|that)\s+(?P<w>(?-i:[A-Z])[\w'’-]*)\s+news\s+agency", re.I)
#: a nationality word: a demonym of the table or an adjective's ending ("Norlandian", "Keshi", "Velese")
_NATIONALITY_WORD = re.compile(
    "(?i:" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")|[\w'’-]*(?:an|ian|ese|i|ish|ic|ch)"
)
#: what each head noun may refer back to, by the antecedent's own words or kind
_RESCUE = re.compile(r"\b(?:civil\s+defen[cs]e|rescue|emergenc|white\s+helmets|red\s+crescent|red\s+cross)", re.I)
_NOUN_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("rebels", "militants", "militia", "insurgents", "jihadists", "movement"), frozenset({"military"})),
    "group": frozenset({"military", "ngo", "monitor"}),
    "monitor": frozenset({"monitor"}),
    "observatory": frozenset({"monitor"}),
    "charity": frozenset({"ngo"}),
    "organisation": frozenset({"ngo", "monitor"}),
    "organization": frozenset({"ngo", "monitor"}),
    "agency": frozenset({"media", "state_media"}),
    "force": frozenset({"military"}),
}
#: nouns for non-state armed groups, and the names of a state's forces they never refer back to
_NON_STATE = frozenset({"rebels", "militants", "militia", "insurgents", "jihadists"})
_STATE_FORCE = re.compile(
    r"\b(?:army|armed\s+forces|defen[cs]e\s+(?:forces?|ministry)|ministry|government|police|navy|air\s+force)\b", re.I
)
#: a person's surname used alone after the full name: "Farah" after "Col. Abdullahi Farah"
_SURNAME = re.compile(r"(?:(?:al|el|abu|bin|ibn|de|van|von)-?\s?)?[A-Z][\w'’-]+")


#: a definite description and the indefinite first mention it repeats: "The officer" after "a
#: military officer", "the witness" after "one witness" (the same unnamed source, mentioned again)
_REPEATED_HEAD = re.compile(r"(?:the|this|that)\s+(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)", re.I)
_INDEFINITE = re.compile(r"(?:a|an|one|another)\s+(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.I)


def _named(name: str) -> bool:
    """A source with a name of its own: a capitalised word (or an Arabic article's, "al-Sunna")
    after its first word, or one word in capitals ("Hezbollah", "UNHCR")."""
    words = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).split()
    cap = [w[0].isupper() or re.match(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]", w) is not None for w in words]
    return bool(words) and ((len(words) == 1 and cap[0]) or any(cap[1:]))  # "al-Sunna" is a name word


#: a named body as its sentence's subject, or its people ("Libyan Red Crescent volunteers recovered ...")
_BODY_OR_ITS_PEOPLE = re.compile(
    # (session 15) a live blog's time stamp may open the entry: "09:25 - X's Emergency Service has ..."
    r"\s*(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?(?P<n>(?:[Tt]he\s+)?(?:[A-Z][\w.-]*(?:'s|’s)?\s+){1,5}[A-Z][\w.-]*(?:\s+\([A-Z]{2,}\))?)"
    r"(?:\s+(?:volunteers|teams?|workers|staff|members|medics|rescuers|paramedics|crews?))?"
    r"(?:,\s+(?:which|who)\s[^,]{1,80},)?\s+(?:also\s+)?(?:[a-z]+ed|has|had|is|was)\b"
)


#: a named body's people heading their sentence, the body after "of": "Volunteers of the Northern Red
#: Crescent recovered ...", "Teams from the Kora Relief Society took ..." (``_subject_body``)
_PEOPLE_OF_BODY = re.compile(
    r"\s*(?:[Vv]olunteers|[Tt]eams?|[Ww]orkers|[Ss]taff|[Mm]embers|[Mm]edics|[Rr]escuers|[Pp]aramedics|[Cc]rews?)\s+"
    r"(?:of|from)\s+(?P<n>(?:the\s+)?(?:[A-Z][\w.-]*(?:'s|’s)?\s+){1,5}[A-Z][\w.-]*(?:\s+\([A-Z]{2,}\))?)"
    r"\s+(?:also\s+)?(?:[a-z]+ed|took|brought|found|drove|dug|gave|sent|saw|led|kept|held|ran|made|told|had|has|were|was)\b"
)
#: a spokesperson for a body named before by a definite noun: "a spokeswoman for the charity",
#: "A spokesman for the movement's political wing" (the body speaking; ``antecedent``)
_SPOKES_FOR = re.compile(
    r"(?:a|an|the|one)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+"
    r"(?P<d>the\s+(?:organi[sz]ation|group|movement|agency|charity|network|coalition|mission))"
    r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:wing|branch|arm|office))?",
    re.I,
)


def _subject_body(article: str, noun: str, at: int) -> str | None:
    """The named body a definite description ("the organisation", "the group") refers back to when
    no cited source fits: the body named as the subject of its own sentence or one of the few
    sentences before ``at`` ("The Northern Red Crescent recovered 12 bodies on Tuesday. ... the
    organisation said"; "Red Crescent volunteers recovered four bodies, the organisation said"), the
    nearest first, when its name holds the noun or its kind fits it (``_NOUN_KINDS``; a rescue
    service for "the organisation", "the rescuers")."""
    spans, starts, _ = sentence_edges(article)
    k = bisect_right(starts, at) - 1
    head = noun.split()[0]
    for j in range(k, max(-1, k - 1 - CARRY_BACK), -1):
        m = _BODY_OR_ITS_PEOPLE.match(article, spans[j][0], spans[j][1]) or _PEOPLE_OF_BODY.match(
            article, spans[j][0], spans[j][1]
        )
        if m is None or _FINITE.search(m.group("n")) or not _named(m.group("n")):
            continue
        n = norm_ws(m.group("n"))
        kind = source_kind_hint(n)
        rescue = head in ("organisation", "organization", "rescuers", "rescue") and _RESCUE.search(n)
        if re.search(rf"\b{re.escape(head.rstrip('s'))}", n, re.I) or rescue:
            return n
        if kind in _NOUN_KINDS.get(head, ()) and not INTERNATIONAL.search(n):
            return n
    return None


@lru_cache(maxsize=16)
def _cited_bare(article: str) -> tuple[tuple[str, str, str], ...]:
    """The article's cited sources (``_cited``), each with its ``normalize_name`` and its name
    without a leading article, worked out once per article for ``antecedent``."""
    return tuple(
        (src, normalize_name(src), re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I)) for src, _via in _cited(article)
    )


@lru_cache(maxsize=16)
def _mention_spans(article: str) -> dict[str, tuple[list[int], list[int]]]:
    """Per article: a name's whole-word mentions in the whole article (starts, ends), filled on
    demand by ``_last_mention_before``, so a source's mentions are found once per article, not once
    per ``antecedent`` call."""
    return {}


_WORD_CHAR = re.compile(r"[\w-]")


def _last_mention_before(article: str, bare: str, at: int) -> int | None:
    r"""Where the last whole-word mention of ``bare`` in ``article[:at]`` starts (None if none):
    the same as the last of ``re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])",
    article[:at])``, read from the article's index of mentions. The mentions found in the slice
    are the whole article's that end by ``at``, and one more when ``bare`` ends right at ``at``
    before a word character (the slice's end stands for a word's end)."""
    if not bare or at < 0:
        found = list(re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", article[:at]))
        return found[-1].start() if found else None
    index = _mention_spans(article)
    spans = index.get(bare)
    if spans is None:
        ms = list(re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", article))
        spans = index[bare] = ([m.start() for m in ms], [m.end() for m in ms])
    starts, ends = spans
    i = bisect_right(ends, at)
    last = starts[i - 1] if i else None
    q = at - len(bare)
    if (
        q >= 0
        and at < len(article)
        and (not i or ends[i - 1] <= q)
        and article.startswith(bare, q)
        and _WORD_CHAR.match(article, at)
        and not (q and _WORD_CHAR.match(article, q - 1))
    ):
        last = q
    return last


#: (session 17) a rights body described bare, as headlines and summaries write it: "rights group", "rights monitor"
_BARE_RIGHTS_GROUP = re.compile(
    r"(?:(?:local|human|civil)\s+)?rights\s+(?:group|monitor|organi[sz]ation|watchdog)", re.I
)


def antecedent(article: str, name: str, at: int | None = None) -> str | None:
    """The earlier source a mention refers back to, as ``find_sources`` lists it, or None.

    * a definite description ("the group", "the Britain-based monitor", "the rescuers", "the
      civil defence"): the nearest named source before ``at`` whose name holds the noun, that
      the text describes with it ("Kivu Peace Watch, a rights group"; "a local rights group
      said ... The group, ..."), or whose kind fits it (an armed group for "the group" and
      "the rebels"; a rescue service for "the rescuers");
    * a surname used alone ("Farah"): the nearest earlier source whose name ends with it
      ("Col. Abdullahi Farah").

    ``at`` is where the mention is (default: its first occurrence)."""
    mention = name.strip()
    if at is None:  # its first mention on its own, not inside a longer name ("Col. Abdullahi Farah")
        alone = (
            m.start()
            for m in re.finditer(r"(?<![\w-])" + re.escape(mention) + r"(?![\w-])", article)
            if not re.search(r"[A-Z][\w.'’-]*\s+$", article[max(0, m.start() - 30) : m.start()])
        )
        at = next(alone, len(article))
    sp = _SPOKES_FOR.fullmatch(mention)
    if sp:  # "a spokeswoman for the charity": the organisation named before speaks
        body = antecedent(article, sp.group("d"), at)
        if body is not None:
            return body
    earlier: list[tuple[int, str]] = []
    own = publisher_names(article)
    said = normalize_name(mention)
    for src, key, bare in _cited_bare(article):
        if key == said or key in own:
            continue  # the publisher is no source a later mention ("the news agency") points back at
        # its last mention before ``at``: "accused Hamas of ... - an allegation the group denied"
        last = _last_mention_before(article, bare, at)
        if last is not None:
            earlier.append((last, src))
    earlier.sort(reverse=True)  # nearest first
    dm = _REPEATED_HEAD.fullmatch(mention)
    if dm:  # "a military officer said ... The officer, who asked not to be named, said"
        words = {w.lower().rstrip("s") for w in dm.group("np").split()}
        for _pos, src in earlier:
            src_head = _identified_person(src) or src  # "A woman who fled to Mueda": "the woman"
            im = _INDEFINITE.match(src_head)
            if im and not _named(src_head) and words <= {w.lower().rstrip("s") for w in im.group("np").split()}:
                return src  # every word of the description, its head noun too, is the first mention's
    d = _DEFINITE.fullmatch(mention)
    if d and _NAME_BEFORE_NOUN.match(mention):
        d = None  # "the Islamic State group": a group's own name, not a description pointing back
    named_agency = _NAMED_AGENCY.fullmatch(mention)
    if d and named_agency and not _NATIONALITY_WORD.fullmatch(named_agency.group("w")):
        d = None  # (session 18) "the Kesh news agency": one word of its own name, no nationality word
    bare_head = re.fullmatch(
        # (session 17) "the trust" after "X Welfare Trust", "the foundation", "the institute": a body's own noun
        r"(?:the|this|that)\s+(?P<n>cell|office|service|trust|foundation|institute|association|federation|league)",
        mention.strip(),
        re.I,
    )
    if d is None and bare_head:
        # (session 15) "The cell said" after "Iraq's Security Media Cell", "the office" after "The
        # Ombudsman's Office": the noun alone, the nearest named source whose name ends in it
        noun = bare_head.group("n").lower()
        for _pos, src in earlier:
            if _named(src) and re.search(rf"\b{noun}(?:\s*\([A-Z]{{2,8}}\))?$", src.strip(), re.I):
                return src
        body = _subject_body(article, noun, at)  # "X's State Emergency Service (SES) has published ..."
        if body is not None and re.search(rf"\b{noun}(?:\s*\([A-Z]{{2,8}}\))?$", body, re.I):
            return body
    if d:
        noun = d.group("n").lower()
        head = re.escape(noun.split()[0].rstrip("s"))
        un_mention = INTERNATIONAL.search(mention) is not None
        for _pos, src in earlier:
            if noun == "force" and re.search(r"\b(?:police|gendarmerie)\b", src, re.I):
                return src  # "the force said" after "The national police confirmed ...": the police
            if not _named(src) and not (_ACRONYM_WORD.search(src) and re.search(rf"\b{head}", src, re.I)):
                continue  # (a body described with its acronym is named: "the UN peacekeeping mission"; session 13)
            if un_mention and not INTERNATIONAL.search(src):
                continue  # "the UN migration agency" is no state broadcaster named before it
            kind = source_kind_hint(src)
            # "Kivu Peace Watch, a rights group," / "a rights group, Kivu Peace Watch,"
            bare = re.escape(re.sub(r"^(?:the|a|an)\s+", "", src, flags=re.I))
            described = re.search(
                rf"{bare}\s*(?:\([^)]*\))?,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{head}\w*\b"
                rf"|\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{head}\w*\s*,\s+(?:the\s+)?{bare}",
                article,
                re.I,
            )
            if re.search(rf"\b{head}", src, re.I) or described:
                return src
            if noun in ("rescuers", "rescue workers") and _RESCUE.search(src):
                return src

            if noun.split()[0] in _NON_STATE and _STATE_FORCE.search(src):
                continue  # "the rebels" after "Army spokesman X": rebels are not the state's army
            if re.search(r"\barmed\b", mention, re.I) and kind != "military":
                continue  # (session 18) "the armed group" is no charity named before it
            if kind in _NOUN_KINDS.get(noun.split()[0], ()) and not INTERNATIONAL.search(src):
                return src
        body = _subject_body(article, noun, at)
        return None if body is not None and un_mention and not INTERNATIONAL.search(body) else body
    if re.fullmatch(r"rescuers|rescue\s+workers", mention, re.I):
        # (session 15) "..., rescuers say" (a headline's or a lead's plural, no article): the one named
        # rescue service the text cites, wherever it is named ("according to Norland's Civil Defence")
        bodies = [
            src
            for src, _key, _bare in _cited_bare(article)
            if _named(src)
            and _RESCUE.search(src)
            and not re.search(
                r"\b(?:spokes\w+|chief|head|director|officials?|officers?|workers?|volunteers?)\b", src, re.I
            )
        ]
        services = {" ".join(m.group(0).lower().split()) for b in bodies if (m := _RESCUE.search(b))}
        if len(services) == 1:
            return bodies[0]  # one service, perhaps named twice ("the X Civil Defence agency", "The Civil Defence")
    if _BARE_RIGHTS_GROUP.fullmatch(mention):
        # (session 17) "..., rights group and hospital say" (a headline's or a summary's bare description, no
        # article): the one named rights body the text cites, wherever it is named (as "rescuers" above)
        rights = [
            src
            for src, _key, _bare in _cited_bare(article)
            if _named(src) and source_kind_hint(src) in ("ngo", "monitor") and not INTERNATIONAL.search(src)
        ]
        if len({normalize_name(re.sub(r"\s*\([A-Z]{2,8}\)$", "", r)) for r in rights}) == 1:
            return rights[0]
    if _SURNAME.fullmatch(mention) and len(mention.split()) <= 2:
        for _pos, src in earlier:
            if len(src.split()) > len(mention.split()) and re.search(rf"\b{re.escape(mention)}$", src):
                return src
    return _role_holder(article, mention)


#: an office held by one person, mentioned by its title alone: "the county commissioner", "the mayor"
_ROLE_MENTION = re.compile(
    r"(?:the|this|that)\s+(?P<q>(?:[a-z][\w'’-]*\s+){0,2}?)(?P<r>commissioner|governor|mayor|prefect|sub-prefect|"
    r"administrator|ombudsman|ombudsperson|spokes(?:man|woman|person)|commander|director)"
    # (session 15) with the place of the office: "the governor of Kesh Norte" (one governor named)
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?:de|del|da|do|of|la)\s+)?(?-i:[A-Z])[\w'’-]*){0,3})?",
    re.I,
)
#: words before a title that name the level or place of the office, not another office ("the county
#: commissioner" is Commissioner X; "the deputy governor" is not Governor X)
_LEVEL_WORDS = frozenset(
    {"county", "district", "regional", "provincial", "state", "local", "municipal", "city", "town", "area", "zonal"}
)


#: (session 17) a title and the name set off after it: "The district police commander, Supt. Name Surname, told"
_TITLE_THEN_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<q>(?:[\w'’-]+\s+){0,4}?)(?P<r>[a-z]+),\s+"
    r"(?P<n>(?:" + _TITLE_DOT + r"|(?-i:[A-Z])[\w'’.-]*\s+)(?:(?:"
    + "|".join(sorted(_PARTICLES - {"of", "the"}))
    + r")\s+|(?-i:[A-Z])[\w'’.-]*\s+){0,5}"
    r"(?-i:[A-Z])[\w'’-]+)\s*,"
)


def _role_holder(article: str, mention: str) -> str | None:
    """The named person a title alone refers to, before or after the name is given: "the county
    commissioner said ... Commissioner Deng Akuei said" is one source, Deng Akuei. Only when one
    person only in the article's cited sources holds the title (a capitalised name with it), and
    the words before the title are levels of office or words of that name."""
    m = _ROLE_MENTION.fullmatch(mention.strip())
    if m is None:
        return None
    role = m.group("r").lower()
    holders = {
        src
        for src, _via in _cited(article)
        if normalize_name(src) != normalize_name(mention)  # the mention itself holds no name (session 15)
        and re.search(rf"\b{role}\b", src, re.I)
        and re.search(
            rf"\b{role}\s+(?:(?:[A-Z][a-z]*\.|Dr|Col|Gen|Maj|Brig)\s+)*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", src, re.I
        )
    }
    said_as = ""
    if not holders:
        # (session 17) the title in apposition before the name: "The Dili district police commander, Supt. Name,
        # told reporters ... the commander said": the person so introduced, the words of the title as said there
        cited = {normalize_name(src): src for src, _via in _cited(article)}
        for a in _TITLE_THEN_NAME.finditer(article):
            if a.group("r").lower() == role and normalize_name(a.group("n")) in cited:
                holders.add(cited[normalize_name(a.group("n"))])
                said_as += " " + a.group("q")
    if not holders:
        # (session 21) the role held for a body before the name: "The mayor of the commune of X, Name, told ...
        # the mayor said" (``role_introduced``)
        for src, _via in _cited(article):
            held = role_introduced(article, src)
            if held and re.match(rf"(?:the|an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?{role}\b", held, re.I):
                holders.add(src)
                said_as += " " + held
    if len(holders) != 1:
        return None
    (holder,) = holders
    words = (holder + said_as).lower()
    if any(w.lower() not in _LEVEL_WORDS and w.lower() not in words for w in m.group("q").split()):
        return None
    return holder


# --------------------------------------------------------------------------- a person's stated role (session 19)

#: a military rank written before a person's name ("Captain X", "Major General X", "Brig. Gen. X")
_RANK_WORD = re.compile(
    r"\b(?:captain|capt|(?:(?:major|maj|brigadier|brig|lieutenant|lt)[\s.-]+)?general|brigadier|brig|colonel|col|"
    r"lieutenant|lt|sergeant|sgt|corporal|cpl|admiral|adm|commandant|marshal|(?-i:Major|Maj))\b\.?",
    re.I,
)
#: the nouns of an office a person holds: a role phrase names one ("an officer at the base", "the province's
#: deputy governor for security affairs", "the prison system's spokesman", "The Justice councillor")
_ROLE_NOUN = (
    r"spokes(?:man|woman|person)|director|commissioner|governor|minister|mayor|councill?or|councilm[ae]n|"
    r"councilwom[ae]n|chief|head|prosecutor|inspector|superintendent|secretary|administrator|officer|official|"
    r"commander|commandant|chairm[ae]n|chairwom[ae]n|chairperson|president|prefect|"
    r"captain|capt|major|general|gen|brigadier|brig|colonel|col|lieutenant|lt|sergeant|sgt|corporal|cpl|admiral|adm"
)
_ROLE_NOUN_RX = re.compile(r"\b(?:" + _ROLE_NOUN + r")\b\.?", re.I)
#: a state office by a role's own words that ``source_kind_hint`` reads as no kind: a councillor of a
#: government ("The Justice councillor"), a commissioner ("the human rights commissioner"), a deputy governor
_OFFICE_ROLE = re.compile(
    r"\b(?:the\s+(?-i:[A-Z])[\w-]+\s+(?:councill?or|councilm[ae]n|councilwom[ae]n)|commissioners?|governors?)\b", re.I
)
#: a state's prisons as a body a spokesperson speaks for ("the prison system's spokesman")
_STATE_PRISONS = re.compile(r"\bprisons?\s+(?:system|authority|administration)\b", re.I)
#: the capitalised or title words of a person's name and title, read leftwards from the name
_NAME_WORD = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*|(?:al|el|bin|ibn|de|van|von)-?)$")
#: a spokesperson by the body they speak for: "a spokesman for the X alliance", "the prison system's spokesman",
#: "The Kesh Front's regional spokeswoman" (the words between the body's possessive and the noun first:
#: "the Taliban's provincial police spokesman" speaks for the police)
_ROLE_SPOKES_FOR = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?P<b>.+)$", re.I)
_ROLE_SPOKES_OF = re.compile(r"^(?P<b>.+?)(?:['’]s?)?\s+(?P<w>(?:[\w-]+\s+){0,3}?)spokes(?:man|woman|person)\b", re.I)
_ROLE_END = r"(?=\s*(?:\([^)]*\))?\s*(?:,|\.(?:\s|$)|\s+(?:said|says|told|tells|explained|added|stated|confirmed)\b))"
_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n|,\s+|\b(?:quoting|quotes|quoted|cites|cited|according\s+to|by)\s+)"
    r"(?P<r>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?)\s+"
    r"[^,.;:!?\"“”\n()]{1,70}?),\s+$"
)
_ROLE_AFTER_NAME = re.compile(
    r"\s*(?:\([^)]*\))?,\s+(?P<r>(?:an?|the)\s+(?!(?:former|ex|retired|onetime|one-time|late)\b)"
    r"[^,;:!?\"“”\n()]{2,80}?)(?:,|\.(?:\s|$))"
)
#: the role told at the end of the sentence before, the name as the next sentence's subject: "..., the
#: province's deputy governor for security affairs said.\n\nAna Ruiz told X that ..."
_ROLE_SAID_BEFORE = re.compile(r",\s+(?P<r>the\s+[^,.;:!?\"“”\n()]{2,80}?)\s+(?:said|says)\.[\"”’]?\s+$")


def _role_phrase(role: str) -> bool:
    """A role phrase names an office: a lower-case office noun in its head, before "at", "of", "for" or "in"
    ("an officer at the base", "the province's deputy governor for security affairs"; not "a nurse at X
    General Hospital")."""
    head = re.split(r"\s+(?:at|of|for|in|with|from|on)\s+", role, maxsplit=1)[0]
    return re.search(r"\b(?-i:" + _ROLE_NOUN + r")\b", head) is not None


def _full_spans(article: str, name: str) -> Iterator[tuple[int, int]]:
    """Each mention of ``name`` with the capitalised words, acronyms and lower-case office words written right
    before it ("Sabah Police Commissioner Hamdan Yusof" for "Hamdan"; "COE director Major General X")."""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", article):
        s = m.start()
        while True:
            w = re.search(r"(?:^|(?<=\s))(\S+)\s+$", article[max(0, s - 40) : s])
            if w is None:
                break
            word = w.group(1)
            if not (_NAME_WORD.match(word) and not word.endswith(",")) and not re.fullmatch(
                r"(?:deputy\s+)?(?:" + _ROLE_NOUN + r")\.?", word, re.I
            ):
                break
            if re.search(r"[.!?][\"”’]?$", word) and not re.fullmatch(_TITLE_ABBR + r"\.|[A-Z]\.", word):
                break  # the sentence before ends here
            s -= len(article[max(0, s - 40) : s]) - w.start(1)
        yield s, m.end()


def _role_words(article: str, span: str) -> str | None:
    """The title words a name is written with ("Captain", "Sabah Police Commissioner", "COE director Major
    General"): the words up to the last office or rank word, a person's name after them."""
    words = span.split()
    last = max((i for i, w in enumerate(words[:-1]) if _ROLE_NOUN_RX.fullmatch(w)), default=-1)
    return " ".join(words[: last + 1]) if last >= 0 else None


@lru_cache(maxsize=256)
def stated_role(article: str, name: str) -> str | None:
    """The role the text states for the person ``name`` in a common news form, or None: a role phrase before
    the name in apposition ("an officer at the base, Captain X, told", "the prison system's spokesman, X."),
    title words before it ("Sabah Police Commissioner X", "Major General X"), a description after it ("X, a
    spokesman for the Y alliance, said"), or the role said at the end of the sentence before, the full name
    opening the next ("..., the deputy governor said.\\n\\nAna Ruiz told ...")."""
    n = name.strip()
    if not re.fullmatch(r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|de|van|von)-?|[a-z]+)(?:\s+\S+){0,7}", n) or re.match(
        r"(?:the|a|an)\s", n, re.I
    ):
        return None
    for s, e in _full_spans(article, n):
        span = article[s:e]
        parts = [p for p in (_role_words(article, span),) if p]
        before = _ROLE_BEFORE_NAME.search(article, max(0, s - 120), s)
        # (session 25) "The agency X quotes the mayor of Y, Name,": the role after the relay's verb
        role = re.split(r"\b(?:quotes|quoted|cites|cited|quoting)\s+", before.group("r"))[-1] if before else ""
        if before and before.end() == s and re.match(_ROLE_END, article[e:]) and _role_phrase(role):
            parts.append(role)
        after = _ROLE_AFTER_NAME.match(article, e)
        if after and _role_phrase(after.group("r")):
            parts.append(after.group("r"))
        starts = re.search(r"(?:^|[.!?][\"”’]?\s+|\n)$", article[max(0, s - 3) : s]) is not None
        said = _ROLE_SAID_BEFORE.search(article, max(0, s - 160), s) if starts and len(span.split()) >= 2 else None
        if (
            said
            and re.match(r"\s+(?:said|says|told|added|explained|stated)\b", article[e:])
            and _role_phrase(said.group("r"))
        ):
            parts.append(said.group("r"))
        if parts:
            return " ".join(parts)
    return None


#: a civil office a ranked officer may head: the police, an emergency, rescue, fire or civil protection service
_CIVIL_OFFICE = re.compile(
    r"\b(?:police|gendarmerie|emergenc\w*|rescue|fire(?:fighters|\s+service|\s+brigade)?|civil\s+(?:defen[cs]e|protection))\b",
    re.I,
)
_ACRONYM = r"(?<![\w'’-])(?-i:[A-Z][A-Z0-9/&-]{1,9})(?![\w'’-])"


def _spelled_out(article: str, text: str) -> str:
    """``text`` with the long name of each acronym in it the article spells out before it ("the Emergency
    Response Centre (ERC)")."""
    out = [text]
    for acr in re.findall(_ACRONYM, text):
        full = re.search(r"((?:(?-i:[A-Z])[\w'’-]*\s+){1,6})\(" + re.escape(acr) + r"\)", article)
        if full:
            out.append(full.group(1))
    return " ".join(out)


def _body_kind(article: str, body: str) -> SourceKind | None:
    b = body.strip()
    if _STATE_PRISONS.search(b):
        return "official"
    k = source_kind_hint(b) or next((h for al in aliases(article, b) if (h := source_kind_hint(al)) is not None), None)
    if k is None:
        for acr in re.findall(_ACRONYM, b):
            k = source_kind_hint(acr) or next(
                (h for al in aliases(article, acr) if (h := source_kind_hint(al)) is not None), None
            )
            if k is None:  # "the Emergency Operations Center (COE)": the acronym's long name before it
                k = source_kind_hint(_spelled_out(article, acr).removeprefix(acr).strip() or acr)
            if k is not None:
                break
    return k


def role_kind(article: str, role: str) -> SourceKind | None:
    """The kind of a person's stated role (``stated_role``), ``official`` or ``military`` only: a spokesperson
    takes the kind of the body they speak for ("spokesman for BODY", "BODY's spokesman"); a military rank is
    ``military`` unless the role's other words name the police, an emergency or civil office (``official``);
    else the role's own words (``source_kind_hint``; a councillor, commissioner or governor is ``official``)."""
    k: SourceKind | None = None
    spokes = _ROLE_SPOKES_FOR.search(role)
    owner = _ROLE_SPOKES_OF.search(role) if spokes is None else None
    if spokes:
        k = _body_kind(article, spokes.group("b"))
    elif owner:
        k = (_body_kind(article, owner.group("w")) if owner.group("w").strip() else None) or _body_kind(
            article, re.sub(r"^(?:the|an?)\s+", "", owner.group("b"), flags=re.I)
        )
    else:
        rest = _RANK_WORD.sub(" ", role)
        body = _body_kind(article, rest) if rest.strip() else None
        if _RANK_WORD.search(role):
            civil = body == "official" or _CIVIL_OFFICE.search(_spelled_out(article, rest)) is not None
            k = "official" if civil and not re.search(r"\b(?:army|military|forces)\b", role, re.I) else "military"
        elif _OFFICE_ROLE.search(role) and body in (None, "ngo", "other"):
            k = "official"
        else:
            k = body
    return k if k in ("official", "military") else None


def speaks_for_civil_body(article: str, role: str) -> bool:
    """(session 21) ``role`` is a spokesperson's for a body named by capitalised words that no reader gives a
    kind ("The spokesman for the Federation of Tropical Peasants"): a civil body's voice, no state office."""
    m = _ROLE_SPOKES_FOR.search(role)
    if m is None or role_kind(article, role) is not None:
        return False
    body = re.sub(r"^(?:the|an?)\s+", "", m.group("b").strip(), flags=re.I)
    return re.match(r"(?-i:[A-Z])", body) is not None and _body_kind(article, body) is None


def spoken_body(article: str, name: str) -> str | None:
    """The body a person speaks for by their stated role (``stated_role``: "the prison system's spokesman,
    Name", "Name, a spokesman for the X alliance,"), or None: the person and the body are one source's voice
    (attrib_README status rule 3: never independent of each other)."""
    role = stated_role(article, name)
    if role is None:
        return None
    m = _ROLE_SPOKES_FOR.search(role) or _ROLE_SPOKES_OF.search(role)
    body = m.group("b") if m else ""
    return body if re.search(r"[A-Za-z]{3}", re.sub(r"^(?:the|an?)\s+", "", body, flags=re.I)) else None
