"""An enum built from text in a letter case the docstring says does not matter: the text
is put in the case its values are written in; a silent docstring, a negated one, a value
that is no member in any case, or members of mixed case back nothing."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.enum_case import EnumLetterCase
from tests.repair.crash_sites import crash_at

KINDS = '''
    from enum import Enum


    class Kind(str, Enum):
        """Kinds of ticket."""

        BUG = "bug"
        IDEA = "idea"
'''

TICKETS = '''
    from tickets.kinds import Kind


    def label(kind: str) -> str:
        """{doc}"""
        return Kind(kind).value.title()


    def unrelated(kind: str) -> str:
        return kind
'''

DOC = "The label of a ticket kind; the kind is matched case-insensitively."


def _candidates(tmp_path: Path, doc: str = DOC, value: str = "'Bug'",
                kinds: str = KINDS) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"tickets/__init__.py": "", "tickets/kinds.py": kinds,
                                         "tickets/label.py": TICKETS.replace("{doc}", doc)},
                              "tickets/label.py", "return Kind(", "ValueError",
                              f"{value} is not a valid Kind")
    return list(EnumLetterCase().propose(site, analysis))


def test_a_documented_case_insensitive_value_is_lowered(tmp_path: Path) -> None:
    found = _candidates(tmp_path)
    assert len(found) == 1 and found[0].contract is not None
    assert "case-insensitively" in found[0].contract
    before, after = found[0].originals["tickets/label.py"], found[0].edits["tickets/label.py"]
    assert "return Kind(kind.lower()).value.title()" in after
    # Nothing else changes: the unrelated function keeps its code.
    assert after.replace("kind.lower()", "kind", 1) == before


def test_the_enums_own_docstring_backs_it_too(tmp_path: Path) -> None:
    kinds = KINDS.replace("Kinds of ticket.", "Kinds of ticket, in any letter case.")
    assert len(_candidates(tmp_path, doc="The label.", kinds=kinds)) == 1


def test_silence_negation_and_strangers_back_nothing(tmp_path: Path) -> None:
    assert _candidates(tmp_path / "silent", doc="The label of a ticket kind.") == []
    assert _candidates(tmp_path / "negated",
                       doc="The kind is not matched case-insensitively.") == []
    assert _candidates(tmp_path / "stranger", value="'Feature'") == []
    mixed = KINDS.replace('IDEA = "idea"', 'IDEA = "Idea"')
    assert _candidates(tmp_path / "mixed", kinds=mixed) == []
