"""Sources and sayers, session 25 (summarizer/evidence/__init__.py, "Sources, session 25"), on invented
names, each with a negative."""

from __future__ import annotations

from summarizer.evidence.attribution import document_issuer, find_attribution, find_relay
from summarizer.testing import code_only


def test_a_fronted_period_is_no_sayer() -> None:
    s = "Between 1 January and 30 September 2025, the Varn Rights Observatory verified 63 cases of arrest."
    assert find_attribution(s) == "the Varn Rights Observatory"
    assert find_attribution("By Monday evening, police said 12 people had died.") == "police"


def test_a_sayer_named_by_is_still_read_negative() -> None:
    # negative: "according to" and a plain subject are unchanged
    assert find_attribution("Twelve people died, according to the Kelo police.") is not None


def test_an_outlet_that_quotes_a_named_official_relays_him() -> None:
    s = (
        "The state news agency Varnpress quotes the mayor of occupied Kelo, Ivan Dorn, as saying a drone "
        "struck a bus stop, killing two civilians."
    )
    orig, via = find_relay(s)
    assert orig == "Ivan Dorn" and via is not None and "Varnpress" in via
    summary = code_only("Strike on Kelo\n\n" + s)
    dorn = next(x for x in summary.sources if x.name == "Ivan Dorn")
    assert dorn.kind == "official"


def test_quotes_as_a_noun_is_no_relay_negative() -> None:
    # negative: "quotes" with no "as saying" after it is no reporting verb
    assert find_attribution("The quotes on the banner were in Varnese and two people were killed.") is None


def test_the_issuer_of_a_report_is_read_from_its_head() -> None:
    head = 'Excerpt from "Night raids", a report by the Observatorio de Derechos Humanos del Kelo (ODHK), June 2026\n\n'
    assert document_issuer(head + "1. SUMMARY\n\nODHK documented 12 killings.") == (
        "Observatorio de Derechos Humanos del Kelo"
    )
    assert document_issuer("KELO RIGHTS MONITOR\nReport excerpt\n\nKelo Rights Monitor found ...") == (
        "Kelo Rights Monitor"
    )


def test_an_outlet_or_a_body_never_named_again_is_no_issuer_negative() -> None:
    # negatives: a broadcast's transcript, a body the text never names again, a head naming no document kind
    assert document_issuer("KELO MORNING NEWS\nReport excerpt\n\nPolice said ...") is None
    assert document_issuer("VARN RIGHTS MONITOR\nReport excerpt\n\nPolice said two died.") is None
    assert document_issuer("VARN RIGHTS MONITOR\nNight raids\n\nVarn Rights Monitor said two died.") is None


_TRANSCRIPT = (
    "KELO TONIGHT - broadcast transcript\n\n"
    "PRESENTER (Ana Ruiz): Good evening. Gunmen attacked a truck near Kelo.\n\n"
    "CORRESPONDENT (Tom Varo): I spoke to the county commissioner, Joseph Ndoro, last night.\n\n"
    "COMMISSIONER NDORO (recorded): Seven people are dead. Eleven are wounded.\n\n"
    "PRESENTER: Thank you, Tom. Nine people were wounded in a separate raid.\n"
)


def test_a_transcript_guests_turn_is_theirs() -> None:
    s = code_only(_TRANSCRIPT)
    assert next(c for c in s.casualties if c.phrase == "Seven").reported_by == "Joseph Ndoro"


def test_the_presenters_turn_is_the_outlets_negative() -> None:
    # negative: the programme's own voices are the publisher's (no source)
    s = code_only(_TRANSCRIPT)
    assert next(c for c in s.casualties if c.phrase == "Nine").reported_by is None


def test_it_put_its_own_losses_at_carries_back_to_the_side() -> None:
    s = code_only("Fighting in Kelo\n\nThe Kelo Front said it had killed 140 soldiers. It put its own losses at 11.")
    assert next(c for c in s.casualties if c.phrase == "11").reported_by == "The Kelo Front"


def test_it_put_the_dishes_on_the_table_is_no_report_negative() -> None:
    # negative: "put" with no count word after it carries no sayer
    s = code_only("Fighting in Kelo\n\nThe Kelo Front said 140 soldiers died. It put 11 bodies on a truck.")
    assert all(c.reported_by != "The Kelo Front" or c.phrase != "11" for c in s.casualties)
