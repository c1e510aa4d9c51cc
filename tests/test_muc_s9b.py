"""MUC-style wire wordings, session 9 (H4; invented sentences, upper-case wire and mixed case).

Rules in ``summarizer/evidence/__init__.py`` ("MUC-style wire wordings", session 9): "ONE OF THE
WOUNDED ... DIED" is no injured figure; "taken to the clinic"; a number before "and" + a new
subject with its own auxiliary is not that subject's count; "no doubt that" is no negation;
"machine-gunned" people are killed; "survived / escaped with injuries" is one injured; a present
copula before "a dead man" is a figure of speech; "the toll has since risen to N"; an age set
off by commas after a name ("MORALES, 58, WAS") is no count; one taken to hospital "where he
died" is no wounded; a person
described inside a counted group keeps its own figure of one (the written convention).
"""

from __future__ import annotations

import pytest
from helpers import figure_ranges

W = "SAN MIGUEL, 14 APR 90 (RADIO) -- "


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # 1. one of the wounded who later died: killed 1, the wounded group as written, no injured 1
        (
            W + "REBELS ATTACKED THE POST, WOUNDING FIVE GUARDS. ONE OF THE WOUNDED, A 20-YEAR-OLD CORPORAL,"
            " LATER DIED IN THE MILITARY HOSPITAL.",
            [("injured", 5, 5), ("killed", 1, 1)],
        ),
        (
            "Attackers fired on the minibus, wounding four passengers. One of the injured later died in hospital.",
            [("injured", 4, 4), ("killed", 1, 1)],
        ),
        # 2. the person taken to a clinic with wounds is the figure, not the wounds
        (W + "THE JUDGE WAS TAKEN TO THE CLINIC WITH THREE BULLET WOUNDS.", [("injured", 1, 1)]),
        (W + "A MERCHANT WAS RUSHED TO THE LOCAL CLINIC WITH TWO GUNSHOT WOUNDS.", [("injured", 1, 1)]),
        # 3. the things' count does not cross "and" to a new subject with its own verb
        (W + "THREE BUSES WERE SET ON FIRE AND A TICKET COLLECTOR WAS KILLED.", [("killed", 1, 1)]),
        ("Two tractors were destroyed and a farmhand was killed, the mayor said.", [("killed", 1, 1)]),
        # negatives: a joined subject keeps both counts; one subject's second predicate keeps its count
        (W + "FOUR SOLDIERS AND A NURSE WERE KILLED.", [("killed", 1, 1), ("killed", 4, 4)]),
        ("Six gunmen stormed the checkpoint and were killed.", [("killed", 6, 6)]),
        (
            "A rights group said that at least 12 soldiers and civilians had been killed in bomb attacks.",
            [("killed", 12, None)],
        ),
        # 4. "no doubt" is no negation
        (W + "THERE IS NO DOUBT THAT PEASANTS WERE KILLED IN THE RAID.", [("killed", 2, None)]),
        # negative: a real negation still gives no figure
        (W + "NO PEASANTS WERE KILLED IN THE RAID.", []),
        # 5. manners of killing
        (W + "SIX FARMWORKERS WERE MACHINE-GUNNED NEAR THE COOPERATIVE.", [("killed", 6, 6)]),
        (W + "TWO TEACHERS WERE MACHINEGUNNED BY MEN IN CIVILIAN CLOTHES.", [("killed", 2, 2)]),
        ("Militiamen machine-gunned eight villagers at the market.", [("killed", 8, 8)]),
        (W + "THE DEATH SQUAD MACHINEGUNNED A STUDENT LEADER.", [("killed", 1, 1)]),
        (W + "THREE AGENTS WERE GUNNED DOWN AT THE BUS STOP.", [("killed", 3, 3)]),
        (W + "FOUR FARMHANDS WERE HACKED TO DEATH.", [("killed", 4, 4)]),
        (W + "A NOTARY WAS STRANGLED IN HIS OFFICE.", [("killed", 1, 1)]),
        # negatives: machine-gunned things, and people who survived it
        (W + "THE EMBASSY CAR WAS MACHINEGUNNED ON THE AVENUE.", []),
        (W + "TERRORISTS MACHINE-GUNNED THE MAYOR'S HOUSE.", []),
        (W + "TWO JEEPS WERE MACHINE-GUNNED, WOUNDING A SOLDIER.", [("injured", 1, 1)]),
        # 8. came through it hurt
        (W + "THE BUS DRIVER SURVIVED WITH BURNS.", [("injured", 1, 1)]),
        (W + "A CUSTOMS OFFICER ESCAPED WITH MINOR INJURIES.", [("injured", 1, 1)]),
        ("Three firefighters escaped with minor injuries, officials said.", [("injured", 3, 3)]),
        # negatives: unhurt, or survived with nothing named
        (W + "THE BUS DRIVER ESCAPED UNHURT.", []),
        (W + "A CUSTOMS OFFICER SURVIVED THE AMBUSH.", []),
        # 10. a figure of speech
        (W + '"I AM A DEAD MAN," THE THREATENED MAYOR TOLD REPORTERS.', []),
        ('"He\'s a dead man," the commander said of the informer.', []),
        # negative: a dead man found is a death
        (W + "A DEAD MAN WAS FOUND IN THE RIVER.", [("killed", 1, 1)]),
        # 11. a revised toll: both figures as written
        (
            W + "EARLIER REPORTS SAID 4 DIED; THE TOLL HAS SINCE RISEN TO 11.",
            [("killed", 4, 4), ("killed", 11, 11)],
        ),
        ("The death toll has already risen to 23.", [("killed", 23, 23)]),
        # an age set off by commas after a name is no count; one who died at the clinic is no wounded
        (W + "MORALES, 58, WAS TAKEN TO THE CLINIC WITH TWO BULLET WOUNDS.", [("injured", 1, 1)]),
        ("Ana Ruiz, 34, was wounded in the shelling.", [("injured", 1, 1)]),
        (W + "MORALES, 58, WAS TAKEN TO THE CLINIC, WHERE DOCTORS CONFIRMED HIS DEATH.", []),
        ("A guard was rushed to hospital, where he died hours later.", [("killed", 1, 1)]),
        # negatives: a group taken to hospital where some died keeps its count; a count after a comma stays
        (
            "Forty people were taken to hospital, where three later died.",
            [("injured", 40, 40), ("killed", 3, 3)],
        ),
        ("In the north, 14 were killed.", [("killed", 14, 14)]),
        # 7. a described member inside a counted group: its own figure of one (the written rule)
        (W + "EIGHT PEASANTS WERE KILLED, INCLUDING A 9-YEAR-OLD GIRL.", [("killed", 1, 1), ("killed", 8, 8)]),
    ],
)
def test_muc_wordings_s9(article: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert figure_ranges(article) == expected
