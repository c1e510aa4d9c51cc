"""Session 9 status rules (H5), on invented articles: a side's blanket denial of civilian harm and
its word that the dead were fighters contest the civilian toll of the event; rival counts of one
event read through other words for the same victims; an "exaggerated" account contested only for
the event it speaks of; places the text itself nests; a side confirming its own losses."""

from __future__ import annotations

from summarizer.evidence.figures import may_lie_within, party_denials, text_nests, victim_class
from summarizer.testing import statuses as _statuses


def test_a_sides_blanket_denial_of_civilian_harm_disputes_the_civilian_toll() -> None:
    text = (
        "An air strike hit the market of the town of Orsk on Friday, killing 14 civilians, local medics said.\n\n"
        "The junta said no civilian targets were hit and that its jets had destroyed a rebel depot."
    )
    assert _statuses(text)["killed:14"] == "disputed"
    inverted = (
        "A drone struck a wedding party in the village of Tamsi on Monday, killing nine people, residents said. "
        "No civilians were harmed in the operation, the army said."
    )
    assert _statuses(inverted)["killed:nine"] == "disputed"


def test_a_quoted_denial_by_a_pronoun_for_the_side_before() -> None:
    text = (
        "A military air strike on a camp for displaced people near Lorat killed at least 17 civilians, "
        "a rights group said on Friday.\n\n"
        "The army's press office rejected the account. In a statement read on state radio, it said the jets "
        'had hit "a rebel arms store" and that "no civilian sites were struck."'
    )
    assert _statuses(text)["killed:at least 17"] == "disputed"
    assert party_denials("The mayor was shot. He said no civilians were harmed.") == []  # no side before it


def test_a_statement_of_zero_or_a_witness_is_no_sides_denial() -> None:
    text = (
        "A roadside bomb hit an army truck near Velka on Monday, killing four soldiers, the army said. "
        "No one was hurt in a second blast nearby, police said."
    )
    assert _statuses(text)["killed:four"] == "reported"  # no civilian count, and "no one" is a zero
    witness = (
        "Shells hit the village of Tamsi on Monday, killing six civilians, a rights group said. "
        "A neighbour said no civilians were hurt in the next village."
    )
    assert _statuses(witness)["killed:six"] == "reported"  # a witness is no side
    assert party_denials("Police said no one was hurt.") == []
    assert party_denials("Police said no civilians were hurt in the second blast.") == []
    assert party_denials("Residents said those killed were farmers.") == []
    assert party_denials("Police said those killed were members of the same family.") == []
    assert party_denials("The army said those killed were not fighters.") == []
    assert party_denials("The army said the dead were members of an armed group.")[0][2] == ("killed",)


def test_the_dead_called_fighters_disputes_a_civilian_count() -> None:
    text = (
        "Government aircraft bombed the village of Samra on Sunday, killing 11 civilians, a local rights group "
        "said. The army said those killed were rebel fighters."
    )
    assert _statuses(text)["killed:11"] == "disputed"
    (_sent, who, outcomes) = party_denials("Those killed in the raid were all militants, a military spokesman said.")[0]
    assert who == "a military spokesman" and outcomes == ("killed",)


def test_the_dead_called_fighters_leaves_the_wounded_and_a_count_of_fighters() -> None:
    text = (
        "Government aircraft bombed the village of Samra on Sunday, killing 11 civilians and wounding "
        "20 others, a local rights group said. The army said those killed were rebel fighters."
    )
    got = _statuses(text)
    assert got["killed:11"] == "disputed"
    assert got["injured:20"] == "reported"


def test_rival_counts_of_one_event_by_other_words_for_the_victims() -> None:
    text = (
        "Troops fired on a crowd in the town of Darun on Tuesday, killing 12 civilians, a hospital official "
        "said. The interior ministry said 20 villagers had died in the unrest."
    )
    got = _statuses(text)
    assert got["killed:12"] == "disputed" and got["killed:20"] == "disputed"
    rebels = (
        "Troops clashed with insurgents near Dasso on Monday. The army said it killed 14 rebels in the fighting. "
        "The rebel group said it lost eight fighters in the fighting near Dasso."
    )
    got = _statuses(rebels)
    assert got["killed:14"] == "disputed" and got["killed:eight"] == "disputed"
    assert victim_class("rebels") == ("fighters", "")
    assert victim_class("villagers") == ("people", "")
    assert victim_class("children") is None


def test_civilians_and_fighters_are_no_rival_counts() -> None:
    text = (
        "Fighting near the town of Darun on Tuesday killed 12 civilians, a hospital official said. "
        "The army said 20 rebels had died in the fighting."
    )
    got = _statuses(text)
    assert got["killed:12"] == "reported" and got["killed:20"] == "reported"


def test_an_exaggerated_account_is_contested_for_its_own_event_only() -> None:
    text = (
        "Shelling hit the town of Arvel on Monday, killing 20 people, the health ministry said. "
        "The army said the ministry's figures were exaggerated.\n\n"
        "On Thursday, a car bomb in the city of Doss killed seven people, the health ministry said."
    )
    got = _statuses(text)
    assert got["killed:20"] == "disputed"
    assert got["killed:seven"] == "reported"
    reports = (
        "An air strike hit the market in Arvel on Monday, killing 20 civilians, medics said. The government "
        "said reports of civilian deaths were exaggerated.\n\n"
        "On Thursday, a car bomb in the city of Doss killed seven civilians, police said."
    )
    got = _statuses(reports)
    assert got["killed:20"] == "disputed"
    assert got["killed:seven"] == "reported"


def test_an_exaggerated_account_still_reaches_its_events_figures_elsewhere() -> None:
    text = (
        "Shelling hit the town of Arvel on Monday, killing 20 people, the health ministry said.\n\n"
        "Residents described bodies in the streets.\n\n"
        "The army said the ministry's figures were exaggerated."
    )
    assert _statuses(text)["killed:20"] == "disputed"  # the last figure before the contest


def test_places_the_text_nests_are_one_scene() -> None:
    article = (
        "A strike on a school in Beit Lara in northern Gaza killed people. Fighting in Kurma, in the Darfur region."
    )
    assert text_nests(article, "Beit Lara", "Gaza")
    assert text_nests(article, "Kurma", "Darfur region")
    assert not text_nests(article, "Gaza", "Beit Lara")
    assert may_lie_within("Beit Lara", "Gaza", article)
    assert not may_lie_within("Beit Lara", "Gaza")  # no gazetteer without the text's tie
    text = (
        "A strike on a school in Beit Lara in northern Gaza killed 30 people on Tuesday, the civil defence "
        "agency said. The Israeli military said 18 people were killed in northern Gaza on Tuesday."
    )
    got = _statuses(text)
    assert got["killed:30"] == "disputed" and got["killed:18"] == "disputed"


def test_places_the_text_does_not_nest_stay_apart() -> None:
    text = (
        "A strike on a school in Beit Lara killed 30 people on Tuesday, the civil defence agency said. "
        "The Israeli military said 18 people were killed in Gaza City on Tuesday."
    )
    got = _statuses(text)
    assert got["killed:30"] == "reported" and got["killed:18"] == "reported"


def test_a_side_confirming_its_own_losses_is_no_confirmation() -> None:
    assert _statuses("Three police officers were killed in an ambush near Lumo on Monday, police confirmed.") == {
        "killed:Three": "reported"
    }
    own = "The army confirmed that four of its soldiers were killed in a raid near Tebe on Friday."
    assert _statuses(own)["killed:four"] == "reported"
    checked = (
        "Three police officers were killed in an ambush near Lumo on Monday, police said. Human Rights Watch "
        "confirmed the three deaths."
    )
    assert _statuses(checked)["killed:Three"] == "confirmed"
