"""Events stage: dates from the narrative (docs/events.md, section 3 "Dates")."""

from __future__ import annotations

from spacy.language import Language
from test_events import analyze

from newsgraph.record import Event

MONDAY = "2023-07-03"  # the day before PUBLISHED (a Tuesday)


def only(found: list[Event], kind: str) -> Event:
    (event,) = [e for e in found if e.type == kind]
    return event


def test_event_dates_past_event_takes_the_lead_day(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police station in Kirkuk on Monday. "
        "Police later arrested four suspects, officials said."
    )
    _, _, _, found = analyze(nlp, text)
    arrested = only(found, "COERCE")
    assert (arrested.date.value, arrested.date.basis) == (MONDAY, "explicit")
    assert arrested.date.time is not None


def test_event_dates_present_event_keeps_the_publication_date(nlp: Language) -> None:
    text = (
        "Gunmen attacked a police station in Kirkuk on Monday. "
        "Amnesty International accuses the police of torture."
    )
    _, _, _, found = analyze(nlp, text)
    accuses = only(found, "ACCUSE")
    assert (accuses.date.value, accuses.date.basis) == ("2023-07-04", "publication")


def test_event_dates_lead_without_a_day_sets_no_time(nlp: Language) -> None:
    text = "Gunmen attacked a police station in Kirkuk in 2019. Police arrested four suspects."
    _, _, _, found = analyze(nlp, text)
    assert only(found, "COERCE").date.basis == "publication"


def test_event_dates_past_event_takes_its_sentences_time(nlp: Language) -> None:
    text = "In 2015, officials said the army had shelled the rebels' positions near Idlib."
    _, _, _, found = analyze(nlp, text)
    shelled = only(found, "ASSAULT")
    assert (shelled.date.value, shelled.date.basis) == ("2015", "explicit")


def test_event_dates_noun_dated_by_its_relative_clause(nlp: Language) -> None:
    text = "The United Nations condemned the violence that began on Monday in northern Mali."
    _, _, _, found = analyze(nlp, text)
    violence = only(found, "ASSAULT")
    assert (violence.date.value, violence.date.basis) == (MONDAY, "explicit")


def test_event_dates_relative_clause_dated_by_its_noun(nlp: Language) -> None:
    text = (
        "A court in Lyon opened hearings on Monday into the 2011 bombing that killed six "
        "villagers near Gao."
    )
    _, _, _, found = analyze(nlp, text)
    killed = next(e for e in found if e.trigger.text == "killed")
    assert killed.date.value == "2011"


def test_event_dates_date_of_a_noun_names_no_time_of_the_clause(nlp: Language) -> None:
    text = "Police detained the governor on Monday and charged him with fraud in the March 3 vote."
    _, _, _, found = analyze(nlp, text)
    charged = only(found, "ACCUSE")
    assert charged.date.value == MONDAY


def test_event_dates_act_told_again_takes_its_own_telling_date(nlp: Language) -> None:
    text = (
        "The Taliban banned the novel in November 2022. In January, the Taliban arrested its "
        "publisher. The ban angered readers in Kabul."
    )
    _, _, _, found = analyze(nlp, text)
    ban = next(e for e in found if e.trigger.text == "ban")
    assert ban.date.value == "2022-11"


def test_event_polarity_bare_infinitive_shares_the_modal(nlp: Language) -> None:
    text = "Activists hope that Washington can help push for Navalny's release."
    _, _, _, found = analyze(nlp, text)
    assert only(found, "RETREAT").polarity == "hypothetical"


def test_event_dates_a_prospect_dates_no_later_telling(nlp: Language) -> None:
    text = (
        "Gordon Brown predicted a vaccine could be found by 2012 if the G8 stepped up its "
        "pledges. Existing commitments by the G8 will not stop the disease, he said."
    )
    _, _, _, found = analyze(nlp, text)
    commitments = next(e for e in found if e.trigger.text == "commitments")
    assert commitments.date.value != "2012"


def test_event_dates_the_same_plot_told_by_others_keeps_its_date(nlp: Language) -> None:
    text = (
        "A hitman told the court that he tried to kill the exiled journalist Ana Ortiz in "
        "Madrid in 2019. His accomplice had planned to kill Ortiz as well, prosecutors say."
    )
    _, _, _, found = analyze(nlp, text)
    plots = [e for e in found if e.type == "ASSAULT"]
    assert len(plots) == 2
    assert [e.date.value for e in plots] == ["2019", "2019"]
