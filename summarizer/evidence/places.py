"""Places the text names in a form code can recognise without a gazetteer of towns:

* an administrative unit with its name: "Helmand province", "Nahr-e Saraj district",
  "Maya village", "Gaza City", "the province of Kunar", "SAN MIGUEL DEPARTMENT",
  "THE CITY OF MEDELLIN";
* a named site whose capitalised head word belongs to its name ("Deerpark Road", "Bagram Air
  Base", "El Dorado International Airport"), in mixed-case text;
* the dateline's city when the body names it again ("LIMA, 3 JUN 89 (EFE) -- ... AN ATTACK
  IN DOWNTOWN LIMA");
* a country or territory from a fixed list of names ("Afghanistan", "EL SALVADOR").

The model lists the places it thinks matter (at most four); these are added after them, so a
summary of an incident in "Sangin district, Helmand province" names the province even when
the model wrote only the district, or nothing. Each place is an exact span of the article
(offsets included), so it is grounded like every other item. A dateline's place ("KABUL,
Afghanistan (Jan. 25)") is where the report was filed, not where the event was; it is taken
only when the body names that city again, and then from the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.evidence._text import DEMONYMS, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from summarizer.evidence.dates import find_dateline

__all__ = ["Place", "actor_mention", "find_places", "is_country", "is_upper_case_text", "place_precision"]


@dataclass(frozen=True)
class Place:
    name: str  # as written, whitespace runs (a wire line break) made one space
    start: int
    end: int
    kind: str  # "admin" | "site" | "country"
    #: a place named in a list ("the villages of A, B and C"): the list's names, as written
    group: str = ""


_UNITS = (
    r"province|provinces|district|village|city|town|region|governorate|county|municipality|department|"
    r"oblast|prefecture|valley|neighbou?rhood|township|subdistrict|sub-district|commune|canton|suburb|hamlet|"
    # "the La Loma sector of Cali": a part of a city named before "sector of"
    r"sector(?= +(?:of|OF) +[A-Z])"  # (plain spaces: the pattern is also used upper-cased)
)
# Lower-case connectors inside transliterated names: "Nahr-e Saraj", "Shigal wa Sheltan",
# "Qal'ah-ye Zal", "Ras al Ain", "San Jose de las Flores".
_CONNECT = r"(?:e|i|wa|al|el|ul|ye|ez|az|as|ad|ash|ar|es|de|del|la|las|los|da|do|di|du|des|bin|ibn|am)"
_CAP = r"[A-Z][\w'’.-]*[\w'’]|[A-Z]"
# a name may open with a hyphenated Arabic article ("the town of al-Busayrah") and join its words by
# two connectors ("San Juan de la Vega")
_NAME = rf"(?:(?:al|el|as|ad|ash|an|ar|az)-)?(?:{_CAP})(?:[ -](?:{_CONNECT}[ -]){{0,2}}(?:{_CAP})){{0,3}}"
_MIXED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<n>{_NAME})\s+(?P<u>(?i:{_UNITS}))\b")
#: adjectives in -i of a region, people, faith or language ("the Punjabi village", "the Sunni
#: town"), descriptions as a nationality is; another -i word before a unit is a name ("the Tandi region")
_REGIONAL_I = frozenset(
    {
        *("kashmiri", "punjabi", "bengali", "adivasi", "hindi", "sindhi", "baluchi", "balochi", "gujarati"),
        *("marathi", "nepali", "afghani", "bihari", "manipuri", "rajasthani", "darfuri", "kurdi", "yazidi"),
        *("sunni", "alawi", "houthi", "iraqi", "saudi", "somali", "pakistani", "bangladeshi", "israeli"),
        *("kuwaiti", "qatari", "omani", "emirati", "azerbaijani", "yemeni"),
    }
)
#: "the Sudanese city", "the Syrian town": an adjective of nationality before a lower-case unit
_DESCRIBED_UNIT = re.compile(r"\bthe\s+([A-Z][a-z]+(?:ese|ian|ean|ish|i))$")
# "Borno state", "Rakhine state": a lower-case "state" after a name (never "Islamic State")
_MIXED_STATE = re.compile(rf"(?<![\w'’-])(?P<n>{_NAME})\s+(?P<u>state)\b(?!-)")
_MIXED_AFTER = re.compile(rf"\b(?i:the\s+)?(?P<u>(?i:{_UNITS}))\s+of\s+(?P<n>{_NAME})")
# A list of places after a plural unit word: "the villages of Sheer, Mukhtariyeh, and Haffah",
# "the towns of A and B" (mixed-case text): each name is a place
_LIST_AFTER = re.compile(
    r"\b(?:villages|towns|cities|districts|provinces|governorates|neighbou?rhoods|municipalities|camps)\s+of\s+"
    rf"(?P<l>(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*(?:\s*,?\s+and\s+(?:{_NAME}))?)"
)
_LIST_NAME = re.compile(_NAME)
# A bare name located by a direction or nearness word: "villages north of Goma", "a farm outside
# Kobane", "camps near Bunia" (mixed-case text). One or two capitalised words, not a word that is
# capitalised for another reason, and not a name the text also makes act ("near Hezbollah
# positions" is no place when "Hezbollah said" is in the text).
_NEAR_NAME = re.compile(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|outside|near|"
    r"on\s+the\s+outskirts\s+of|(?:\d+|a\s+few|several)\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+"
    rf"(?P<n>{_NAME})(?![\w'’-])(?!\s+[A-Z])"
)
# A bare name located by the site of the violence: "a strike on a house in Aitaroun", "a market in
# El Obeid", "a position in Naqoura", "the Kyeshero hospital in Goma" (mixed-case text; the same
# checks as ``_NEAR_NAME``)
_SITE_IN = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:house|home|homes|market|hospital|school|mosque|church|"
    r"camp|position|post|base|checkpoint|shelter|clinic|factory|depot|building|block|neighbou?rhood|hamlet|"
    r"street|square|bakery|convoy|bus|village|town|farm|field|warehouse)\s+in\s+"
    rf"(?P<n>{_NAME})(?![\w'’-])(?!\s+[A-Z])"
)
# A toll listed place by place in prose: "In Idlib, 14 killed; in Ariha, six; in Jisr al-Shughur,
# three" (a place, a comma, a count)
_LISTED_TOLL = re.compile(
    rf"(?:^|[;:.]\s+|,\s+and\s+|\band\s+)[Ii]n\s+(?P<n>{_NAME})(?:\s*,\s*[a-z][^,;.]{{0,30}})?\s*,\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\b"
)
# A place a road runs between or to: "on the road between Morvel and Kesta", "THE HIGHWAY BETWEEN
# SAN TOMAS AND THE LAS VEGAS AIR BASE" (the first name; the second when it is a bare name), "on
# the road to San Tomas, 30 km east of the capital" (a distance and a direction after it: a place)
_ROAD_BETWEEN = re.compile(
    r"\b(?i:road|highway|route)\s+(?i:between)\s+(?P<n>[A-Z][^,.;:]{1,60}?)\s+(?i:and)\s+(?P<n2>[^,.;:]{2,40})"
)
_ROAD_TO = re.compile(
    r"\b(?i:road|highway)\s+(?i:to|from)\s+(?P<n>[A-Z][^,.;:]{1,40}?)\s*,\s+(?i:about\s+|some\s+)?\d+\s*(?i:km|kilomet(?:re|er)s|miles)\s+"
    # (where it lies, not how long the road is: "THE ROAD TO PEACE, 20 KM LONG")
    r"(?i:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|from|of|outside|away)\b"
)
# A bare name set in place by what follows it: "in Villa Rosa, north of the capital", "IN VILLA NUEVA,
# ALSO IN SAN PEDRO"; and "the Los Pinos area" (a name before "area", not a common word: "the combat area")
_IN_PLACED = re.compile(
    r"\b(?i:in)\s+(?P<n>[A-Z][^,.;:]{1,40}?)\s*,\s+(?:(?i:about\s+|some\s+)?\d+\s*(?i:km|kilomet(?:re|er)s|miles)\s+)?"
    r"(?:(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?i:ern)?\s+(?i:of)\b|(?i:also\s+in)\b)"
)
_AREA = re.compile(r"\b(?i:the)\s+(?P<n>[A-Z][^,.;:]{1,40}?)\s+(?i:area)\b")
_BETWEEN_COUNTRY = re.compile(rf"\s*,\s+(?P<n>{_NAME})\s*,\s+")
_NAME_LINKS = {"de", "del", "la", "las", "los", "el", "al", "da", "do", "dos", "das"}
#: words after "in" that open an adverbial, no place: "IN ADDITION, ALSO IN X", "IN RESPONSE, NORTH OF"
_NOT_PLACED = {"addition", "response", "particular", "turn", "return", "contrast", "other", "another", "fact",
               "general", "short", "total", "all", "brief", "summary", "conclusion", "spite", "practice", "theory",
               "effect", "retaliation", "reply", "recent", "the", "this", "that", "its", "their", "his", "her"}
#: the last word of an upper-case area's name that is no part of it: "THE X METROPOLITAN AREA"
_AREA_TAIL = {"metropolitan", "urban", "rural", "border", "frontier", "coastal", "mountain", "mountainous"}
#: words before "sector of" that name a part of an economy, no place: "the private sector of X"
_ECONOMIC = {"private", "public", "banking", "financial", "business", "economic", "industrial", "agricultural",
             "energy", "oil", "health", "education", "security", "informal", "formal", "services", "service",
             "manufacturing", "transport", "mining", "tourism", "construction", "retail", "state", "export"}
_NOT_AREA = {"combat", "urban", "metropolitan", "affected", "conflict", "surrounding", "residential", "industrial",
             "military", "mountain", "war", "target", "same", "general", "whole", "entire", "danger", "frontier",
             "tribal", "greater", "wider", "immediate", "disaster", "crash", "blast", "attack", "downtown", "rural",
             "coastal", "border", "rebel", "guerrilla", "city", "capital", "village", "central", "northern",
             "southern", "eastern", "western", "populated", "occupied", "contested", "disputed", "restricted"}

# Named sites whose head word is part of the name and capitalised ("Deerpark Road", "Bagram
# Air Base", "El Dorado International Airport"); in mixed-case text only.
_SITE = re.compile(
    rf"(?<![\w'’-])(?P<n>{_NAME})\s+(?P<u>Road|Street|Avenue|Square|Boulevard|Highway|Airport|Airfield|"
    r"Air\s+Base|Base|Market|Bazaar|Bridge)\b"
)
# The dateline's city ("LIMA, 3 JUN 89 (EFE) --", "KABUL, Afghanistan (Jan. 25)"): where the
# report was filed. It is a place of the story only when the body names it again.
_DATELINE_CITY = re.compile(r"\A\s*(?P<c>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})\s*(?:\([A-Za-z ]+\))?,")
# Words that are capitalised for another reason (sentence start, titles, directions) and are
# not part of a place name when they lead one.
_LEAD_STOP = {
    "the", "a", "an", "in", "on", "at", "of", "from", "to", "into", "near", "and", "or", "but", "his", "her",
    "its", "their", "this", "that", "these", "those", "during", "after", "before", "while", "across",
    "throughout", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring", "neighboring", "nearby",
    "same", "entire", "whole", "rural", "remote", "local", "capital", "provincial", "district", "border",
    "volatile", "restive", "insurgent", "coalition", "security", "police", "isaf", "another",
    "each", "every", "one", "two", "three", "several", "both", "other", "some", "many", "all", "no",
    "according", "officials", "said", "by", "with", "for", "as", "over", "under", "within", "outside",
    "inside", "around", "between", "where", "when", "which", "who", "today", "yesterday", "mr", "mrs",
    "gen", "col",
    "administrative", "mountainous", "densely", "populated", "jungle", "coastal", "troubled", "embattled",
    "southernmost", "northernmost", "mostly", "largely", "predominantly", "disputed", "occupied",
    "sunni", "shia", "shiite", "christian", "muslim",
} | set(WEEKDAY_NAMES) | set(MONTH_NAMES) | set(MONTH_ABBREVIATIONS) | DEMONYMS
# (nationality words lead a description, "the French city of Lyon", not a name)
# Names that look like a unit's name but are not places ("Islamic State" is excluded by not
# listing "state" as a unit at all).
_NOT_NAME = {"quick", "reaction", "operation", "operations", "security", "government", "governor", "chief"}
# A capitalised "Department" after a name is a ministry ("State Department", "Justice
# Department"); a place's department is written in lower case ("Antioquia department").
_MINISTRY = re.compile(r"Department|DEPARTMENT OF (?:STATE|JUSTICE|DEFEN[CS]E|SECURITY)")

# Upper-case wire text: every word is capitalised, so a name is the run of words before the
# unit that are not function words or common words.
_UPPER_STOP = _LEAD_STOP | {
    "is", "was", "were", "has", "have", "had", "be", "been", "are", "will", "would", "not", "it", "he",
    "she", "they", "we", "said", "reported", "killed", "wounded", "attack", "attacked", "bomb", "army",
    "troops", "guerrillas", "rebels", "terrorists", "people", "persons", "civilians", "soldiers", "town",
    "city", "department", "province", "village", "region", "district", "municipality", "place", "took",
    "occurred", "happened", "near", "outside", "toward", "towards",
}
_UP_WORD = r"[A-Z][A-Z'’.-]*[A-Z]|[A-Z]"
_UPPER_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<n>(?:{_UP_WORD})(?:\s+(?:{_UP_WORD})){{0,3}})\s+(?P<u>{_UNITS.upper()})\b"
)
_UPPER_AFTER = re.compile(rf"\b(?P<u>{_UNITS.upper()})\s+OF\s+(?P<n>(?:{_UP_WORD})(?:\s+(?:{_UP_WORD})){{0,3}})")

# Countries and territories (short English names, with the usual alternatives). Matching is
# on whole words; "Georgia" and "Jordan" are also people's names, which is accepted: a
# country mention is cheap to list and easy to ignore.
_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|"
    "Belarus|Belgium|Belize|Benin|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Bulgaria|Burkina Faso|"
    "Burundi|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Congo|"
    "Democratic Republic of the Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|"
    "Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Finland|France|Gabon|"
    "Gambia|Gaza|Gaza Strip|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guinea-Bissau|Haiti|Honduras|"
    "Hungary|India|Indonesia|Iran|Iraq|Ireland|Northern Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|"
    "Jordan|Kashmir|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|"
    "Macedonia|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Montenegro|Morocco|"
    "Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|"
    "Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|"
    "Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|Somaliland|"
    "South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|"
    "Tajikistan|Tanzania|Thailand|Tibet|Togo|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Uganda|"
    "Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|"
    "West Bank|Western Sahara|Yemen|Zambia|Zimbabwe|Crimea|Donbas|Darfur|Kurdistan|Balochistan|Baluchistan"
)
_COUNTRY_RX = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(_COUNTRIES.split("|"), key=len, reverse=True)) + r")(?![\w-])", re.I
)


#: (session 15) capitals that stand for their governments as sayers ("Ankara said", "accusations Niamey
#: denies"): capital -> country (a country of ``COUNTRY_OF_DEMONYM``); cities sharing a name with
#: another place (Tripoli) are left out
CAPITAL_COUNTRY: dict[str, str] = {
    "kabul": "Afghanistan", "islamabad": "Pakistan", "new delhi": "India", "tehran": "Iran", "baghdad": "Iraq",
    "damascus": "Syria", "beirut": "Lebanon", "amman": "Jordan", "riyadh": "Saudi Arabia", "sanaa": "Yemen",
    "ankara": "Turkey", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine", "washington": "United States",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "beijing": "China", "tokyo": "Japan",
    "seoul": "South Korea", "pyongyang": "North Korea", "cairo": "Egypt", "khartoum": "Sudan",
    "juba": "South Sudan", "addis ababa": "Ethiopia", "asmara": "Eritrea", "mogadishu": "Somalia",
    "nairobi": "Kenya", "kampala": "Uganda", "kigali": "Rwanda", "kinshasa": "Congo", "bamako": "Mali",
    "niamey": "Niger", "ouagadougou": "Burkina Faso", "abuja": "Nigeria", "n'djamena": "Chad", "yaounde": "Cameroon",
    "dakar": "Senegal", "algiers": "Algeria", "rabat": "Morocco", "tunis": "Tunisia", "naypyitaw": "Myanmar",
    "naypyidaw": "Myanmar", "dhaka": "Bangladesh", "colombo": "Sri Lanka", "manila": "Philippines",
    "jakarta": "Indonesia", "bangkok": "Thailand", "baku": "Azerbaijan", "yerevan": "Armenia", "tbilisi": "Georgia",
    "bogota": "Colombia", "caracas": "Venezuela", "port-au-prince": "Haiti", "maputo": "Mozambique",
    "lome": "Togo", "pristina": "Kosovo", "belgrade": "Serbia", "kathmandu": "Nepal", "bishkek": "Kyrgyzstan",
    "dushanbe": "Tajikistan", "minsk": "Belarus", "nouakchott": "Mauritania",
}


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is (the whole name, an article allowed), or None."""
    bare = re.sub(r"^the\s+", "", " ".join(name.split()), flags=re.I).lower().replace("’", "'")
    return CAPITAL_COUNTRY.get(bare)


def is_country(name: str) -> bool:
    """``name`` is one of the country and territory names listed here (whole name, any case)."""
    return _COUNTRY_RX.fullmatch(" ".join(name.split())) is not None


# A country named as a side, not as where something happened: "Israel said", "Israel struck",
# "Turkey's defence ministry", "accusing Turkey of", "backed by Rwanda", "Israel and Hezbollah
# have exchanged fire". Such a mention is a party (or a source), never the event's location; the
# place is listed only from a mention that is not one ("in southern Lebanon").
_ACTOR_NOUN = (
    r"army|armed\s+forces|military|forces|troops|soldiers|government|president|prime\s+minister|"
    r"(?:\w+\s+)?ministry|(?:\w+\s+)?minister|air\s+force|navy|jets|warplanes|drones|officials|spokes\w+|"
    r"embassy|envoy|leader|leadership|authorities|regime|allies|proxies|intelligence|security\s+services|"
    r"police|delegation|cabinet|parliament"
)
_ACTOR_VERB = (
    r"said|says|say|declared|declares|struck|strikes|launched|launches|attacked|attacks|bombed|bombs|shelled|shells|"
    r"accused|accuses|"
    r"denied|denies|deny|claimed|claims|announced|announces|warned|warns|fired|fires|invaded|invades|retaliated|"
    r"retaliates|vowed|vows|blamed|blames|responded|responds|insisted|insists|rejected|rejects|considers|considered|"
    r"sent|sends|deployed|deploys|targeted|targets|ordered|orders|threatened|threatens|condemned|condemns|"
    r"confirmed|confirms|stated|told|acknowledged|admitted|carried\s+out|conducted|backs|backed|supports|supported|"
    r"exchanged|agreed|brokered|intercepted|downed|shot\s+down|intensified|escalated|stepped\s+up|resumed|pounded|"
    r"seized|captured|withdrew|will|would|must"
)
_ACTOR_AFTER = re.compile(
    rf"(?:['’]s\s+(?:(?:own|main|top|foreign|defen[cs]e|interior|health|military|national)\s+)*(?:{_ACTOR_NOUN})\b"
    rf"|\s+(?:(?:has|had|have|also|later|then|repeatedly|reportedly|itself)\s+){{0,2}}(?:{_ACTOR_VERB})\b"
    rf"|(?:-led|-backed)?\s+(?:(?:air|drone|missile|artillery)\s+)?(?:strikes|airstrikes|raids|forces|troops|"
    rf"soldiers|warplanes|jets|drones|missiles|shelling|bombardment|offensive|army|military|navy)\b"
    # a relative clause that makes it act or speak: "Turkey, which considers the group a terrorist
    # organisation", "Rwanda, which denies backing the rebels"
    rf"|,\s+which\s+(?:(?:has|had|have|also|long|repeatedly|itself)\s+){{0,2}}(?:{_ACTOR_VERB})\b"
    rf"|\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:(?:have|had|has)\s+)?(?:{_ACTOR_VERB})\b)"
)
_ACTOR_BEFORE = re.compile(
    r"\b(?:(?:backed|brokered|supported|armed|funded|carried\s+out|launched|fired|claimed|condemned|denied)\s+by|"
    r"accus\w+|blam\w+|between|urged|pressed|called\s+on|warned)\s+(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.I,
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|into|across|throughout|within|to|from|of|near|outside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west)\s+)?$",
    re.I,
)


def actor_mention(text: str, start: int, end: int) -> bool:
    """The country named at ``text[start:end]`` acts there (a side or a speaker: "Israel said",
    "Turkey's defence ministry", "accusing Turkey of", "backed by neighbouring Rwanda") rather
    than being where something happened ("in southern Lebanon")."""
    before = text[max(0, start - 40) : start]
    if _LOCATIVE_BEFORE.search(before) and not re.search(r"\bof\s+(?:the\s+)?$", before, re.I):
        return False
    if _ACTOR_AFTER.match(text, end) or _ACTOR_BEFORE.search(before):
        return True
    # a conjunct of an acting country: "brokered by the United States and France"
    conj = re.search(r"(?:,|\band)\s+(?:the\s+)?$", before)
    if conj:
        prev = list(_COUNTRY_RX.finditer(text, max(0, start - 80), start - len(before) + conj.start()))
        if prev and prev[-1].end() == start - len(before) + conj.start() - (0 if before[conj.start()] == "," else 1):
            return actor_mention(text, prev[-1].start(), prev[-1].end())
    return False


_ACTS_AFTER = re.compile(
    r"(?:['’]s\s+(?:fighters|forces|men|spokes\w+|leader))?\s+(?:(?:has|had|have|also)\s+)?" + rf"(?:{_ACTOR_VERB})\b"
)


@lru_cache(maxsize=1024)
def _acts(article: str, name: str) -> bool:
    """The text makes ``name`` act or speak somewhere ("Hezbollah said", "Mapendo told"): a
    side, a source or a person, not a place. (Each of the name's occurrences is tried once, and
    the answer kept per name: many matches of one name cost one scan.)"""
    i = article.find(name)
    while i >= 0:
        prev = article[i - 1] if i > 0 else " "
        if not (prev.isalnum() or prev in "_'’-") and _ACTS_AFTER.match(article, i + len(name)):
            return True
        i = article.find(name, i + 1)
    return False


#: a capitalised word after a country that makes it part of an organisation's name ("Kurdistan
#: Workers' Party", "Sudan Doctors' Network"), not a place
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z][\w'’-]*")


#: capitalised words after a country that still name a place ("Gaza City", "Congo River")
_NAME_PARTS = {"city", "strip", "river", "valley", "basin", "region", "province", "state", "border", "coast"}


_LOWER = re.compile(r"[^\W\d_A-Z]")  # a letter that is not an ASCII capital
_CAPITAL = re.compile(r"[A-Z]")


def is_upper_case_text(text: str) -> bool:
    """Wire text in capitals (MUC-4): under 5 % of the letters are lower case (in the first
    4,000 characters)."""
    return _upper_case_head(text[:4000])


@lru_cache(maxsize=256)
def _upper_case_head(head: str) -> bool:
    lower = sum(1 for c in _LOWER.findall(head) if c.islower())
    letters = lower + len(_CAPITAL.findall(head))
    if letters < 40:
        return False
    return lower / letters < 0.05


def _trim_name(article: str, s: int, e: int, stop: set[str], backward: bool) -> tuple[int, int] | None:
    """The name inside a matched run of capitalised words: the words next to the unit word,
    up to the first word that is not part of a name ("IN SAN MIGUEL" before "DEPARTMENT" ->
    "SAN MIGUEL"; "In Helmand" -> "Helmand"; "Kunar on Sunday" after "province of" ->
    "Kunar")."""
    words = list(re.finditer(r"[^\s]+", article[s:e]))
    keep: list[re.Match[str]] = []
    ordered = list(reversed(words)) if backward else words
    for i, w in enumerate(ordered):
        if w.group().lower().strip(".,") in stop:
            if backward and stop is _LEAD_STOP and any(x.group().lower().strip(".,") not in stop for x in ordered[i:]):
                return None  # "Islamic State West Africa Province": a word inside an organisation's name
            break
        if backward:
            keep.insert(0, w)
        else:
            keep.append(w)
    if not keep:
        return None
    s, e = s + keep[0].start(), s + keep[-1].end()
    glued = re.search(r"\.[A-Z][a-z]", article[s:e])  # "Lyon.France's": two sentences glued
    if glued:
        e = s + glued.start()
    name = article[s:e]
    if re.search(r"['’]s?$", name):  # "district of Britain's capital": a possessive, not a name
        return None
    if name.lower().strip(". ") in _NOT_NAME or len(name.strip()) < 3:
        return None
    return s, e


@lru_cache(maxsize=64)
def _find_places(article: str) -> tuple[Place, ...]:
    upper = is_upper_case_text(article)
    found: list[Place] = []
    patterns = (_UPPER_BEFORE, _UPPER_AFTER) if upper else (_MIXED_BEFORE, _MIXED_STATE, _MIXED_AFTER)
    stop = _UPPER_STOP if upper else _LEAD_STOP
    for rx in patterns:
        for m in rx.finditer(article):
            ns, ne = m.start("n"), m.end("n")
            if "\n" in article[ns:ne] and not upper:
                continue
            before = rx is _MIXED_BEFORE or rx is _UPPER_BEFORE or rx is _MIXED_STATE
            trimmed = _trim_name(article, ns, ne, stop, backward=before)
            if trimmed is None:
                continue
            ns, ne = trimmed
            if not upper and _MINISTRY.fullmatch(m.group("u")) and rx is _MIXED_BEFORE:
                continue
            dm = _DESCRIBED_UNIT.search(article, 0, ne) if not upper and before else None
            # (a name ending in -i is a nationality only when it is one: "the Iraqi city", not "the Tandi region")
            if (
                upper
                and before
                and (
                    re.fullmatch(r"[A-Z]+(?:ESE|IAN|EAN|ISH)", article[ns:ne])
                    or article[ns:ne].lower() in DEMONYMS  # ("THE TUCUMAN PROVINCE OF X": a name in -AN)
                )
                and re.match(r"\s+OF\s", article[m.end("u") :])
            ):
                continue  # "THE <ADJECTIVE> HAMLET OF X": a description before the unit, X the name
            if (
                dm is not None
                and m.group("u").islower()
                and (
                    not dm.group(1).endswith("i")
                    or dm.group(1).lower() in DEMONYMS
                    or dm.group(1).lower() in _REGIONAL_I
                )
            ):
                continue  # "the Sudanese city": a description, not a name
            if m.group("u").lower() == "sector" and (
                (not upper and m.group("u") != "sector") or article[ns:ne].split()[0].lower() in _ECONOMIC
            ):
                continue  # "the Private Sector of X", "THE BANKING SECTOR OF": a part of an economy
            if before:
                s, e = ns, m.end("u")  # "Helmand province": the unit word belongs to the name
            else:
                s, e = m.start("u"), ne  # "the province of Kunar": keep "province of Kunar"
            found.append(Place(" ".join(article[s:e].split()), s, e, "admin"))
    if not upper:
        for m in _LIST_AFTER.finditer(article):
            group = " ".join(m.group("l").split())
            for n in _LIST_NAME.finditer(article, m.start("l"), m.end("l")):
                if n.group().lower() in stop or "\n" in n.group():
                    continue
                found.append(Place(" ".join(n.group().split()), n.start(), n.end(), "admin", group))
        for m in _NEAR_NAME.finditer(article):
            name = m.group("n")
            if len(name.split()) > 3 or name.split()[0].lower() in _LEAD_STOP or name.isupper() or _acts(article, name):
                continue
            found.append(Place(name, m.start("n"), m.end("n"), "site"))
        for rx in (_SITE_IN, _LISTED_TOLL):
            for m in rx.finditer(article):
                name = m.group("n")
                if len(name.split()) > 3 or name.split()[0].lower() in _LEAD_STOP or name.isupper():
                    continue
                if _acts(article, name) or is_country(name):
                    continue
                found.append(Place(name, m.start("n"), m.end("n"), "site"))
        for m in _SITE.finditer(article):
            trimmed = _trim_name(article, m.start("n"), m.end("n"), stop, backward=True)
            if trimmed is None or "\n" in article[trimmed[0] : m.end("u")]:
                continue
            s, e = trimmed[0], m.end("u")
            found.append(Place(" ".join(article[s:e].split()), s, e, "site"))
    for rx, backward in ((_ROAD_BETWEEN, False), (_ROAD_TO, False), (_IN_PLACED, False), (_AREA, True)):
        for m in rx.finditer(article):
            for g in ("n", "n2") if rx is _ROAD_BETWEEN else ("n",):
                ns, ne = m.start(g), m.end(g)
                trimmed = _trim_name(article, ns, ne, stop, backward=backward)
                if trimmed is None or (trimmed[1] != ne if backward or g == "n" else trimmed[0] != ns):
                    continue  # a common word inside ("THE LAS VEGAS AIR BASE" starts with one)
                raw = article[trimmed[0] : trimmed[1]]
                if re.search(r"\n\s*\n", raw) or ("\n" in raw and not upper):
                    continue  # (a wire's hard-wrapped line may split a name: "THE SAN\nRAMON AREA")
                name = " ".join(raw.split())
                if rx is _AREA:
                    while len(name.split()) > 1 and name.split()[-1].lower() in _AREA_TAIL:
                        name = name.rsplit(" ", 1)[0]  # "THE X METROPOLITAN AREA" -> "X"
                    last = name.split()[-1].lower()
                    if len(name.split()) == 1 and (
                        re.search(r"(?:ive|ed|al)$", last) or re.search(r"-(?:controlled|held|dominated)$", last)
                    ):
                        continue  # "THE CONFLICTIVE AREA", "THE GUERRILLA-CONTROLLED AREA": common words
                if rx is _IN_PLACED and name.split()[0].lower() in _NOT_PLACED:
                    continue  # "IN ADDITION, ALSO IN X": an adverbial opener, no place
                if not upper and not all(w[0].isupper() or w in _NAME_LINKS for w in name.split()):
                    continue  # mixed-case text: every word of a name is capitalised
                if len(name.split()) > 3 or is_country(name) or (not upper and _acts(article, name)):
                    continue
                if rx is _AREA and name.split()[0].lower() in _NOT_AREA:
                    continue
                found.append(Place(name, trimmed[0], trimmed[0] + len(name) if rx is _AREA else trimmed[1], "site"))
    # "in Varan District, Upper Tesh, Pakistan": a name between a place and its
    # country, each set off by commas, is the larger unit that holds the place
    for p in [p for p in found if p.kind == "admin"]:
        cm = _BETWEEN_COUNTRY.match(article, p.end)
        if cm is None or not (c := _COUNTRY_RX.match(article, cm.end())) or not is_country(c.group()):
            continue
        trimmed = _trim_name(article, cm.start("n"), cm.end("n"), stop, backward=False)
        name = cm.group("n")
        whole = trimmed is not None and trimmed == (cm.start("n"), cm.end("n"))
        if trimmed is not None and whole and not is_country(name) and (upper or not _acts(article, name)):
            found.append(Place(" ".join(cm.group("n").split()), trimmed[0], trimmed[1], "admin"))
    city = _DATELINE_CITY.match(article)
    dl = None if city else find_dateline(article)  # a wire dateline after a headline: "GOMA, Congo (AP) —"
    name, after = (city.group("c"), city.end()) if city else (dl.place, dl.end) if dl else ("", 0)
    if name and name.lower() not in _LEAD_STOP:
        words = name.split()
        again = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])", re.I if dl else 0)
        # a capitalised dateline city ("GOMA") is named again as written in the body ("Goma")
        m2 = next((x for x in again.finditer(article, after) if x.group()[0].isupper()), None)
        if m2 is not None:
            found.append(Place(" ".join(m2.group().split()), m2.start(), m2.end(), "site"))
    for m in _COUNTRY_RX.finditer(article):
        text = m.group()
        if not upper and not text[0].isupper():
            continue
        if not upper and actor_mention(article, m.start(), m.end()):
            continue  # "Israel said", "Turkey's defence ministry": a side, not where it happened
        goes_on = None if upper else _NAME_GOES_ON.match(article, m.end())
        if goes_on and goes_on.group().strip().lower() not in _LEAD_STOP | _NAME_PARTS:
            continue  # "Kurdistan Workers' Party": a word of a longer name
        found.append(Place(text, m.start(), m.end(), "country"))
    found.sort(key=lambda p: ({"admin": 0, "site": 1}.get(p.kind, 2), p.start))
    out: list[Place] = []
    seen: set[str] = set()
    for p in found:
        key = " ".join(p.name.lower().split())
        if key in seen:
            continue
        # a country inside an admin name ("Gaza City" holds "Gaza") adds nothing
        if p.kind == "country" and any(p.start >= q.start and p.end <= q.end for q in out):
            continue
        # a bare site name an admin name already holds ("Deir ez-Zor" after "city of Deir ez-Zor")
        if p.kind == "site" and any(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", q.name.lower()) for q in out):
            continue
        seen.add(key)
        out.append(p)
    return tuple(out)


def find_places(article: str) -> list[Place]:
    """Administrative-unit places first, then named sites and the dateline's city when the
    body names it again, then countries (each in article order); deduplicated
    case-insensitively."""
    return list(_find_places(article))


# --------------------------------------------------------------------------- where_prec
# How precisely the text locates a place, on the UCDP GED codebook's ``where_prec`` scale
# (Högbladh, UCDP GED Codebook 24.1, "where_prec"): 1 an exact location (a village, a town,
# a city, a named site); 2 within about 25 km of a named place, or a part of a city; 3 a
# second-order administrative division (district, municipality); 4 a first-order division
# (province, governorate, state, region); 5 a linear feature (a coast, a border, a river, a
# highway) or a named area larger than a first-order division ("northern Syria"); 6 the
# country only; 7 international waters or airspace. No gazetteer: the kind is read from the
# place's own words ("Helmand province", "the city of X") and, for a bare name, from what the
# text calls it ("the village of X", "X, a town in", "X district"). A name no rule reads is
# None (the coder sets it).

_PREC_UNITS: tuple[tuple[int, str], ...] = (
    (1, r"village|villages|town|city|hamlet|settlement|refugee\s+camp|camp"),
    (2, r"neighbou?rhood|suburb|quarter|outskirts"),
    (3, r"district|subdistrict|sub-district|municipality|county|township|commune|canton|prefecture"),
    (4, r"province|governorate|region|oblast|department|state|krai|wilaya|wilayah"),
    (5, r"valley|mountains|hills|desert"),
)
_SITE_WORDS = (
    r"road|street|avenue|square|boulevard|airport|airfield|air\s+base|base|market|bazaar|bridge|hospital|"
    r"school|mosque|church|checkpoint|prison|port|harbou?r|station|stadium|compound|barracks"
)
_LINEAR = re.compile(
    r"\b(?:coast|coastline|coastal|border|borders|frontier|front\s*line|frontlines?|river|riverbank|highway|"
    r"motorway|railway|corridor|shore|seaboard)\b",
    re.I,
)
_WATER = re.compile(
    r"\b(?:international\s+waters|high\s+seas|airspace|sea|ocean|gulf|strait|straits)\b|\bwaters\b", re.I
)
_NEAR = re.compile(
    r"^(?:the\s+)?(?:near|nearby|outside|around|close\s+to|outskirts\s+of|edge\s+of|vicinity\s+of|"
    r"(?:\d+|a\s+few|several)\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+",
    re.I,
)
_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|"
    r"upper|lower)\s+(?:part\s+of\s+|parts\s+of\s+)?",
    re.I,
)
_DIRECTION_OF = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)"
    r"\s+of\s+(?:the\s+)?",
    re.I,
)
_REGIONS = {
    # entries of the country list that are parts of a country or a territory larger than a
    # first-order division: GED 5, not 6
    "gaza", "gaza strip", "west bank", "kashmir", "darfur", "donbas", "kurdistan", "balochistan",
    "baluchistan", "crimea", "tibet", "northern ireland", "somaliland", "western sahara",
}  # fmt: skip
_CAPITAL_OF = r"(?:the\s+)?(?:\w+\s+)?capital(?:\s+city)?"


def _space(text: str) -> str:
    return " ".join(text.split())


def _unit_prec(word: str) -> int | None:
    for prec, rx in _PREC_UNITS:
        if re.fullmatch(rx, word.strip(), re.I):
            return prec
    if re.fullmatch(_SITE_WORDS, word.strip(), re.I):
        return 1
    return None


def _name_rx(name: str) -> str:
    return r"(?<![\w'’-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w'’-])"


def _from_context(name: str, context: str) -> tuple[int | None, str]:
    """What the text calls a bare name: "the village of X", "X, a town", "X district"."""
    if not context or not name:
        return None, ""
    n = _name_rx(name)
    units = "|".join(rx for _, rx in _PREC_UNITS) + "|" + _SITE_WORDS
    best: tuple[int, str] | None = None
    patterns = (
        rf"\b(?P<u>{units})\s+of\s+{n}",  # the city of X
        rf"{n}\s+(?P<u>{units})\b",  # X district (lower case in the text) / X Airport
        rf"{n}\s*,\s*(?:a|an|the)\s+(?:\w+\s+){{0,2}}?(?P<u>{units})\b",  # X, a small town
        rf"\b(?:the\s+)?(?P<u>{units})\s*,?\s+{n}",  # the town X / in the city, X
    )
    for p in patterns:
        for m in re.finditer(p, context, re.I):
            prec = _unit_prec(m.group("u"))
            if prec is not None and (best is None or prec < best[0]):
                best = (prec, f"the text calls it a {' '.join(m.group('u').lower().split())}")
    dateline = _DATELINE_CITY.match(context)
    if dateline and _space(dateline.group("c")).lower() == _space(name).lower():
        return 1, "the dateline's city"
    if re.search(rf"{n}\s*,\s*{_CAPITAL_OF}\b|\b{_CAPITAL_OF}\s*,?\s+{n}", context, re.I) and (
        best is None or best[0] > 1
    ):
        best = (1, "the text calls it a capital (a city)")
    return best if best is not None else (None, "")


@lru_cache(maxsize=4096)
def place_precision(name: str, context: str = "") -> tuple[int | None, str]:
    """The place's GED ``where_prec`` (1-7, see the comment above) and the rule that gave it,
    read from its own words, then from ``context`` (the text around it); (None, reason) when
    no rule applies."""
    raw = " ".join(name.split()).strip(" ,.;:")
    if not raw:
        return None, "no place"
    low = raw.lower()
    if _WATER.search(raw) and not re.search(r"\b(?:coast|shore)\b", raw, re.I):
        return 7, "waters or airspace (GED 7)"
    if _LINEAR.search(raw):
        return 5, "a linear feature: coast, border, river or road (GED 5)"
    near = _NEAR.match(raw)
    if near:
        base, why = place_precision(raw[near.end() :], context)
        if base == 1:
            return 2, "near a named place (GED 2: within about 25 km)"
        return base, why
    d = _DIRECTION.match(raw) or _DIRECTION_OF.match(raw)
    if d and raw[d.end() :] and raw[d.end()].isupper():
        base, why = place_precision(raw[d.end() :], context)
        if base == 1:
            return 2, "a part of a city or town (GED 2)"
        if base in (6, 5):
            return 5, "a part of a country or region larger than a province (GED 5)"
        return base, why
    bare = re.sub(r"^the\s+", "", raw, flags=re.I)
    if bare.lower() in _REGIONS:
        return 5, "a named territory larger than a province, not a country (GED 5)"
    if _COUNTRY_RX.fullmatch(bare):
        return 6, "a country (GED 6)"
    words = bare.split()
    # the unit word inside the name: "Helmand province", "the province of Kunar", "Gaza City",
    # "Bagram Air Base", "Khan Younis refugee camp"
    if re.search(r"\w-\w+\s+road$", low) or re.search(r"\bbetween\b.*\broad$", low):
        return 5, "a road between two places (a linear feature, GED 5)"
    m = re.search(rf"\b(?P<u>{_SITE_WORDS})$", bare, re.I)
    if m and len(words) > 1:
        return 1, f"a named site ({' '.join(m.group('u').lower().split())}) (GED 1)"
    for prec, rx in _PREC_UNITS:
        unit = re.search(rf"(?:^|\s)(?P<u>{rx})$", bare, re.I) or re.match(rf"(?P<u>{rx})\s+of\s+\S", bare, re.I)
        if unit and len(words) > 1:
            u = " ".join(unit.group("u").lower().split())
            level = {1: "GED 1", 2: "GED 2", 3: "second-order division, GED 3", 4: "first-order division, GED 4",
                     5: "a natural area, GED 5"}[prec]  # fmt: skip
            return prec, f"a {u} ({level})"
    said, why = _from_context(bare, context)
    if said is not None:
        return said, f"{why} (GED {said})"
    return None, "no rule reads the name (no gazetteer); the coder sets where_prec"
