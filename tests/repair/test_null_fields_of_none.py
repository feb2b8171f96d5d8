"""null-fields-of-none: the fields of an answer read from an object that is None become
null where the docstring says so; nothing where it is silent, refuses, or reads the
object elsewhere."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.null_fields_of_none import NullFieldsOfNone
from tests.repair.crash_sites import crash_at

VIEW = '''
    def job_detail(job) -> dict[str, object]:
        """The job card. ``quote_total`` is the latest quote's total as a string and
        ``quote_accepted`` whether the customer accepted it; both are null while the
        mechanic has not priced the job yet."""
        quote = job.latest_quote()
        return {
            "id": job.id,
            "quote_total": str(quote.total),
            "quote_accepted": quote.accepted,
        }


    def total_of(quote) -> str:
        return str(quote.total)
'''

DOC = "both are null while the\n        mechanic has not priced the job yet."


def _propose(tmp_path: Path, source: str = VIEW) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"repairs/views.py": source}, "repairs/views.py",
                              '"quote_total": str(quote.total)', "AttributeError",
                              "'NoneType' object has no attribute 'total'",
                              {"quote": "None", "job": "<RepairJob 3>"})
    return list(NullFieldsOfNone().propose(site, analysis))


def test_the_fields_read_from_the_none_are_null_and_the_rest_unchanged(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(VIEW).lstrip("\n")
    assert found[0].edits["repairs/views.py"] == before.replace(
        '"quote_total": str(quote.total),',
        '"quote_total": str(quote.total) if quote is not None else None,').replace(
        '"quote_accepted": quote.accepted,',
        '"quote_accepted": quote.accepted if quote is not None else None,')
    assert "return str(quote.total)\n" in found[0].edits["repairs/views.py"]  # untouched
    assert "has not priced the job yet" in (found[0].contract or "")


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, VIEW.replace(DOC, "both come from the quote.")) == []


def test_a_sentence_that_names_only_some_of_the_fields_backs_nothing(tmp_path: Path) -> None:
    source = VIEW.replace("``quote_total`` is the latest quote's total as a string and\n"
                          "        ``quote_accepted`` whether", "The total is a string and "
                          "``quote_accepted`` says whether")
    assert _propose(tmp_path, source) == []


def test_a_refusal_or_another_answer_backs_nothing(tmp_path: Path) -> None:
    for other in ("both are null while the\n        mechanic has not priced the job yet, "
                  "and the card raises for such a job.",
                  "both are null while the\n        mechanic has not priced the job yet. "
                  "An unpriced job's ``quote_total`` is 0 on the print view."):
        assert _propose(tmp_path, VIEW.replace(DOC, other)) == [], other


def test_a_field_read_from_the_none_that_no_sentence_names_backs_nothing(tmp_path: Path) -> None:
    source = VIEW.replace('"id": job.id,', '"id": quote.job_id,')
    assert _propose(tmp_path, source) == []


PROGRAMME = '''
    from dataclasses import dataclass


    @dataclass
    class Speaker:
        name: str


    @dataclass
    class Slot:
        title: str
        #: None for coffee, lunch and every other slot nobody presents.
        speaker: Speaker | None
'''

AGENDA = '''
    from agenda.programme import Slot


    def slot_json(slot: Slot) -> dict[str, object]:
        return {"title": slot.title, "speaker": {"name": slot.speaker.name}}


    def day(slots: list[Slot]) -> dict[str, object]:
        """The day's slots: title and speaker, ``{"name"}`` of whoever presents it or null
        for coffee and lunch."""
        return {"slots": [slot_json(s) for s in slots]}
'''


def _agenda(tmp_path: Path, agenda: str = AGENDA) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"agenda/programme.py": PROGRAMME,
                                         "agenda/views.py": agenda}, "agenda/views.py",
                              '"speaker": {"name": slot.speaker.name}', "AttributeError",
                              "'NoneType' object has no attribute 'name'",
                              {"slot": "Slot(title='Coffee', speaker=None)"})
    return list(NullFieldsOfNone().propose(site, analysis))


def test_the_key_named_after_a_declared_none_field_is_null(tmp_path: Path) -> None:
    found = _agenda(tmp_path)
    assert len(found) == 1
    assert ('"speaker": None if slot.speaker is None else {"name": slot.speaker.name}'
            in found[0].edits["agenda/views.py"])


def test_a_caller_giving_the_key_another_answer_or_silence_backs_nothing(
        tmp_path: Path) -> None:
    other = AGENDA.replace("or null\n        for coffee and lunch",
                           'or {"name": "Break"}; never\n        null, which the app rejects')
    assert _agenda(tmp_path, other) == []
    silent = AGENDA.replace(', ``{"name"}`` of whoever presents it or null\n        for '
                            "coffee and lunch", "")
    assert _agenda(tmp_path, silent) == []
    shared = AGENDA.replace("title and speaker, ``{\"name\"}`` of whoever presents it or null",
                            "speaker and title are null")
    assert _agenda(tmp_path, shared) == []


SHEET = '''
    def day_sheet(walks) -> list[dict[str, object]]:
        """The office's sheet. Walks nobody has been given yet stay on the sheet with
        walker and walker_phone null, shown in red until someone takes them."""
        return [{"id": walk.id, "walker": walk.walker.name,
                 "walker_phone": walk.walker.phone} for walk in walks]
'''


def _sheet(tmp_path: Path, source: str = SHEET,
           walk: str = "Walk(id=5, dog='Mabel', walker=None)") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"walkies/views.py": source}, "walkies/views.py",
                              '"walker": walk.walker.name', "AttributeError",
                              "'NoneType' object has no attribute 'name'",
                              {"walk": walk, "walks": f"[{walk}]"})
    return list(NullFieldsOfNone().propose(site, analysis))


def test_a_field_shown_none_read_by_several_keys_the_sentence_names(tmp_path: Path) -> None:
    [candidate] = _sheet(tmp_path)
    edited = candidate.edits["walkies/views.py"]
    assert '"walker": walk.walker.name if walk.walker is not None else None' in edited
    assert '"walker_phone": walk.walker.phone if walk.walker is not None else None' in edited
    assert '"id": walk.id,' in edited


def test_a_field_not_shown_none_or_a_sentence_naming_one_key_backs_nothing(
        tmp_path: Path) -> None:
    # The captured walk has a walker: the None is somewhere else.
    assert _sheet(tmp_path, walk="Walk(id=5, dog='Mabel', walker=Walker(id=1))") == []
    assert _sheet(tmp_path / "b", SHEET.replace("walker and walker_phone null",
                                                "walker_phone null")) == []
