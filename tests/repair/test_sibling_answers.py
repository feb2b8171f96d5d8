"""A generic answer to a None gives way where the app answers the same empty field
elsewhere with a value of its own, and keeps its backing where no sibling does."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.sibling_answers import respect_sibling_answers
from tests.repair.crash_sites import crash_at

SERVICES = '''
    SHELTER = {"where": "Riverside Shelter", "city": "Leeds"}


    def meeting_point(animal) -> dict[str, str]:
        home = animal.foster
        return {"where": home.name, "city": home.city}
'''

LISTING = '''
    from pets.services import SHELTER


    def cities(animals):
        return [a.foster.city if a.foster else SHELTER["city"] for a in animals]
'''


def _kept(tmp_path: Path, listing: str) -> Candidate:
    _site, analysis = crash_at(
        tmp_path, {"pets/__init__.py": "", "pets/services.py": SERVICES,
                   "pets/listing.py": listing},
        "pets/services.py", '"where": home.name', "AttributeError",
        "'NoneType' object has no attribute 'name'", {"home": "None"})
    source = analysis.crash.source if analysis.crash else ""
    edited = source.replace("    home = animal.foster\n",
                            "    home = animal.foster\n    if home is None:\n        return {}\n")
    candidate = Candidate("none-guard", "return {}", {"pets/services.py": edited},
                          plausibility=0.85, contract="its return type is `dict[str, str]`",
                          originals={"pets/services.py": source})
    [kept] = respect_sibling_answers([candidate], analysis)
    return kept


def test_a_sibling_answering_the_empty_field_takes_the_backing(tmp_path: Path) -> None:
    kept = _kept(tmp_path, LISTING)
    assert kept.contract is None
    assert "answers a missing `foster` elsewhere with `SHELTER[\"city\"]`" in kept.description


def test_the_other_spellings_of_the_same_answer_count_too(tmp_path: Path) -> None:
    for answer in ('(a.foster or SHELTER)["city"]',
                   'SHELTER["city"] if a.foster is None else a.foster.city',
                   'SHELTER["city"] if not a.foster else a.foster.city'):
        listing = LISTING.replace('a.foster.city if a.foster else SHELTER["city"]', answer)
        assert _kept(tmp_path / str(hash(answer)), listing).contract is None, answer


def test_a_sibling_answering_with_nothing_or_another_field_leaves_it(tmp_path: Path) -> None:
    for answer in ('a.foster.city if a.foster else ""',
                   'a.foster.city if a.foster else None',
                   'a.owner.city if a.owner else SHELTER["city"]'):
        listing = LISTING.replace('a.foster.city if a.foster else SHELTER["city"]', answer)
        kept = _kept(tmp_path / str(hash(answer)), listing)
        assert kept.contract == "its return type is `dict[str, str]`", answer
