"""General rules found on ``tests/data/attrib_fresh3.jsonl`` (session 7), each tested on invented
sentences of its own (none copied from that set or from ``shared/eval``)."""

from __future__ import annotations

from datetime import date

from summarizer.evidence.attribution import find_attribution, find_relay, source_kind_hint
from summarizer.evidence.figures import _CALLS_THE_CLAIM_FALSE, denied_victims
from summarizer.evidence.places import find_places
from summarizer.evidence.totals import is_tally
from summarizer.schema import Casualty, Evidence, Summary
from summarizer.testing import code_only


def _summary(text: str, published: date = date(2033, 3, 9)) -> Summary:
    summary = code_only(text, published=published)
    return summary


def _status(s: Summary, phrase: str) -> str:
    return next(c.status for c in s.casualties if c.phrase.lower().startswith(phrase.lower()))


def test_a_higher_count_differs_from_the_toll_not_from_its_parts() -> None:
    s = _summary(
        "Shelling killed at least 40 people in the valley on Friday, the Red Crescent said.\n\n"
        "In Tarvan, 18 killed; in Osel, nine, according to the Red Crescent. "
        "Among the dead were seven children.\n\n"
        "A local monitor put the toll higher, at 52 dead.\n\nMore news."
    )
    assert _status(s, "at least 40") == "reported"
    assert _status(s, "18") == "reported"
    assert _status(s, "seven") == "reported"
    assert _status(s, "52") == "reported"


def test_a_higher_count_still_disputes_a_lower_toll() -> None:
    s = _summary(
        "Police said 12 people were killed in the market blast in Tarvan on Friday.\n\n"
        "A local monitor put the toll higher, at 30 dead.\n\nMore news."
    )
    assert _status(s, "12") == "disputed"
    assert _status(s, "30") == "disputed"


def test_calling_the_claim_false_disputes_it() -> None:
    s = _summary(
        "The rebels said more than 40 government soldiers were killed in the ambush near Tarvan. "
        'The defence ministry called the claim "pure invention" and said no convoy had been hit.\n\nMore news.'
    )
    assert _status(s, "more than 40") == "disputed"
    assert not _CALLS_THE_CLAIM_FALSE.search("The claim could not be verified, and the group often inflates its tolls.")
    assert _CALLS_THE_CLAIM_FALSE.search("Officials said the figures were baseless.")


def test_a_flat_none_hurt_is_a_denial_only_where_the_paragraph_contests() -> None:
    assert denied_victims("The accusations are lies. No civilians were harmed.") == [
        ("No civilians were harmed.", "killed"),
        ("No civilians were harmed.", "injured"),
    ]
    assert denied_victims("A second device went off at noon. No one was hurt.") == []


def test_no_record_of_any_abductions_denies_the_abductions() -> None:
    assert denied_victims("The army said it had no record of any kidnappings in the area.") == [
        ("The army said it had no record of any kidnappings in the area.", "detained")
    ]
    s = _summary(
        "Gunmen seized at least 20 farm workers in Tarvan on Friday, a local chief said.\n\n"
        "The police said they had no record of any abductions.\n\nMore news."
    )
    assert _status(s, "at least 20") == "disputed"


def test_a_report_headed_by_its_source_and_a_colon() -> None:
    assert find_attribution('The interior ministry, in a statement: "Gunmen killed 12 pilgrims."') == (
        "The interior ministry"
    )
    assert find_attribution('The Northern Front, in a post on its Telegram channel: "We seized 30 guards."') == (
        "The Northern Front"
    )
    assert find_attribution('WFP, on X: "At least 6 drivers were killed today."') == "WFP"
    assert find_attribution("11:20 GMT - Mayor Ilse Varga has revised the toll: nine people are now dead.") == (
        "Mayor Ilse Varga"
    )
    assert find_attribution("In Tarvan, 18 killed; in Osel, nine: a grim day.") is None


def test_a_monitor_counting_is_a_report_and_a_count_is_no_closing_clause() -> None:
    assert find_attribution("Valley Watch, a Tarvan-based monitor, counted at least 30 dead.") == "Valley Watch"
    assert find_attribution("Valley Watch, a Tarvan-based monitor, initially counted at least nine dead.") == (
        "Valley Watch"
    )
    assert find_attribution("Nine people died in the fire, the monitor said.") == "the monitor"


def test_an_alias_in_apposition_is_not_the_sayer() -> None:
    assert find_attribution("Shelling killed 12 people, the Osel Rescue Corps, known as the Blue Vests, said.") == (
        "the Osel Rescue Corps"
    )


def test_accused_of_is_no_reporting_verb() -> None:
    assert find_attribution("Police detained two men accused of looting, spokesman Aran Velt said.") == (
        "spokesman Aran Velt"
    )
    assert find_attribution("The rebels accused the army of killing 20 villagers.") == "The rebels"


def _kind(s: Summary, name: str) -> tuple[str, bool | None]:
    src = next(x for x in s.sources if name in x.name)
    return src.kind, src.party_to_conflict


def test_a_description_gives_the_kind() -> None:
    s = _summary(
        "Valley Watch, a Tarvan-based monitor, said 14 people were killed in Osel on Friday. "
        "Open Ledger, a rights group that tracks abuses, said 16 were killed. "
        "Shelling killed 15 people in Osel, Norland's interior minister, Aksel Borg Ruud, said.\n\nMore news."
    )
    assert _kind(s, "Valley Watch")[0] == "monitor"
    assert _kind(s, "Open Ledger")[0] == "ngo"
    assert _kind(s, "Aksel Borg Ruud") == ("official", True)


def test_a_war_long_tally_is_no_event_toll() -> None:
    s = _summary(
        "Drones hit a bus depot in Osel on Monday, killing 14 people, the governor said.\n\n"
        'The Northern Front, in a post on its Telegram channel: "The claims are lies. No civilians were harmed."\n\n'
        "Norland's war, which began in 2029, has killed at least 30,000 people. "
        "More than 900 people have been killed in the province this year.\n\nMore news."
    )
    assert _status(s, "14") == "disputed"
    assert _status(s, "at least 30,000") == "reported"
    assert _status(s, "More than 900") == "reported"


def test_this_year_is_a_tally_but_earlier_this_year_a_date() -> None:
    def fig(quote: str) -> Casualty:
        return Casualty(outcome="killed", low=9, high=9, phrase="9", evidence=[Evidence(quote=quote)])

    assert is_tally(fig("9 people have been killed in the province this year"))
    assert not is_tally(fig("9 people were killed in an attack earlier this year"))
    assert is_tally(fig("the insurgency, which began in 2019, has killed 9"))


def test_a_sayer_between_commas_after_a_clause_with_its_object() -> None:
    assert find_attribution("Armed men raided the market in Osel at dawn, witnesses said, firing into the crowd.") == (
        "witnesses"
    )


def test_quoting_an_unnamed_source_is_a_relay() -> None:
    assert find_relay("The state news agency NTA, quoting a security source, said 12 rebels were killed.") == (
        "a security source",
        "The state news agency NTA",
    )


def test_calling_the_claim_false_cites_its_sayer() -> None:
    assert find_attribution('The Norland General Staff called the claim "invented" and said no unit was hit.') == (
        "The Norland General Staff"
    )
    assert find_attribution("A group called the Free Valley Council organised the march.") is None
    assert source_kind_hint("The Norland General Staff") == "military"


def test_fighters_and_civilians_are_not_one_figure_given_twice() -> None:
    s = _summary(
        "The Northern Front confirmed the deaths of four of its fighters in Osel on Monday.\n\n"
        "Valley Watch, a Tarvan-based monitor, counted at least nine dead in the valley, and said four people "
        "pulled from a collapsed house had died.\n\nMore news."
    )
    assert all(c.status != "confirmed" for c in s.casualties)


def test_counting_inside_a_report_is_what_the_sayer_reports() -> None:
    assert find_attribution("A local group counted 7 people killed in the raid, Valley Watch said.") == "Valley Watch"


def test_a_bare_name_after_the_site_of_the_violence_or_in_a_listed_toll_is_a_place() -> None:
    text = (
        "A drone hit a bakery in Velmor on Sunday. A shell struck a position in Kastra Ral.\n\n"
        "In Osel, 12 killed; in Tarvan, four; and in Dunmere, east of Osel, two, the council said.\n\n"
        "Velmor said it would rebuild. A group in Geneva called for calm."
    )
    names = [p.name for p in find_places(text)]
    assert "Kastra Ral" in names and "Osel" in names and "Tarvan" in names and "Dunmere" in names
    assert "Velmor" not in names  # it acts ("Velmor said")
    assert "Geneva" not in names  # a group is no site of violence
