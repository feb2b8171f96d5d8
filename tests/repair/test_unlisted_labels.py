"""unlisted-label: a lookup's None read as a label takes the module's documented label
for an unlisted key, and nothing when the documentation is silent, gives the case
another rule, or the constant is already used for something else."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unlisted_labels import UnlistedLabel
from tests.repair.crash_sites import crash_at

CHECKLIST = '''
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Species:
        code: str
        name: str
        count_limit: int


    CHECKLIST = {"BT": Species("BT", "Blue Tit", 40)}


    def lookup(code: str) -> Species | None:
        return CHECKLIST.get(code.strip().upper())
'''

SUMMARY = '''
    """Species totals of the survey."""

    from collections import Counter

    from birds.checklist import lookup

    #: How a code missing from the checklist appears in the summary.
    UNLISTED = "{code} (unlisted)"


    def totals(rows: list[dict[str, str]]) -> Counter[str]:
        counted: Counter[str] = Counter()
        for row in rows:
            species = lookup(row["code"])
            counted[species.name] += int(row["count"])
        return counted


    def header() -> str:
        return "Species totals"
'''

CRASH_LINE = 'counted[species.name] += int(row["count"])'
MESSAGE = "'NoneType' object has no attribute 'name'"


def _propose(tmp_path: Path, summary: str = SUMMARY, checklist: str = CHECKLIST,
             needle: str = CRASH_LINE, message: str = MESSAGE) -> list[Candidate]:
    site, analysis = crash_at(
        tmp_path, {"birds/__init__.py": "", "birds/checklist.py": checklist,
                   "birds/summary.py": summary},
        "birds/summary.py", needle, "AttributeError", message,
        {"species": "None", "row": {"code": "'YB'", "count": "'1'"}})
    return list(UnlistedLabel().propose(site, analysis))


def test_the_documented_label_names_the_unlisted_key(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(SUMMARY).lstrip("\n")
    after = before.replace(
        CRASH_LINE, 'counted[species.name if species is not None else '
                    'UNLISTED.format(code=row["code"])] += int(row["count"])')
    assert found[0].edits["birds/summary.py"] == after
    # Everything else is as it was: the other function, the loop, the constant.
    assert 'return "Species totals"' in found[0].edits["birds/summary.py"]
    assert "missing from the checklist" in (found[0].contract or "")


def test_a_plain_label_without_fields_is_used_as_it_is(tmp_path: Path) -> None:
    plain = SUMMARY.replace('UNLISTED = "{code} (unlisted)"', 'UNLISTED = "Unlisted"').replace(
        "counted[species.name] +=", "label = species.name\n            counted[label] +=")
    found = _propose(tmp_path, plain, needle="label = species.name")
    assert len(found) == 1
    assert ("label = species.name if species is not None else UNLISTED\n"
            in found[0].edits["birds/summary.py"])


def test_silent_documentation_backs_nothing(tmp_path: Path) -> None:
    silent = SUMMARY.replace("#: How a code missing from the checklist appears in the summary.",
                             "#: The label's suffix.")
    assert _propose(tmp_path, silent) == []


def test_a_documented_skip_or_refusal_backs_nothing(tmp_path: Path) -> None:
    for rule in ("Codes missing from the checklist are skipped.",
                 "A code not on the checklist raises an error."):
        ruled = SUMMARY.replace('"""Species totals of the survey."""',
                                f'"""Species totals of the survey. {rule} See UNLISTED."""')
        assert _propose(tmp_path, ruled) == [], rule


def test_a_negated_skip_is_no_rule_against_the_label(tmp_path: Path) -> None:
    kept = SUMMARY.replace('"""Species totals of the survey."""',
                           '"""Species totals. Codes not on the checklist are not dropped: '
                           'they are labelled with UNLISTED."""')
    assert len(_propose(tmp_path, kept)) == 1


def test_a_constant_already_read_elsewhere_backs_nothing(tmp_path: Path) -> None:
    used = SUMMARY.replace('return "Species totals"', 'return "Species totals " + UNLISTED')
    assert _propose(tmp_path, used) == []


def test_a_field_the_lookup_does_not_take_backs_nothing(tmp_path: Path) -> None:
    other = SUMMARY.replace('"{code} (unlisted)"', '"{garden}: unlisted"')
    assert _propose(tmp_path, other) == []


def test_an_attribute_that_is_not_text_backs_nothing(tmp_path: Path) -> None:
    number = SUMMARY.replace(CRASH_LINE, "counted[row['code']] += species.count_limit")
    assert _propose(tmp_path, number, needle="species.count_limit",
                    message="'NoneType' object has no attribute 'count_limit'") == []


def test_a_lookup_not_declared_to_return_none_backs_nothing(tmp_path: Path) -> None:
    undeclared = CHECKLIST.replace("-> Species | None:", "-> Species:")
    assert _propose(tmp_path, checklist=undeclared) == []


def test_a_constant_about_another_thing_backs_nothing(tmp_path: Path) -> None:
    # Absent, but about a garden, not the looked-up code.
    other = SUMMARY.replace("#: How a code missing from the checklist appears in the summary.",
                            "#: How a garden missing from the register appears.")
    assert _propose(tmp_path, other) == []
