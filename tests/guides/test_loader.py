"""The guide format: a guide that lacks a section, a file or a verdict fails to load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bugstack.guides import SECTIONS, GuideFormatError, load_guide, load_guides
from bugstack.guides.loader import LIBRARY

SOURCE = LIBRARY / "name_error_typo"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "name_error_typo"
    shutil.copytree(SOURCE, target)
    return target


def _edit_guide(folder: Path, old: str, new: str) -> None:
    path = folder / "guide.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_intact_copy_loads(copy: Path) -> None:
    guide = load_guide(copy)
    assert guide.id == "name-error-typo"
    assert tuple(guide.sections) == SECTIONS
    assert guide.safe is True


@pytest.mark.parametrize("section", SECTIONS)
def test_a_guide_missing_a_section_fails_to_load(copy: Path, section: str) -> None:
    _edit_guide(copy, f"## {section}\n", "")
    with pytest.raises(GuideFormatError, match=section):
        load_guide(copy)


def test_sections_out_of_order_fail(copy: Path) -> None:
    _edit_guide(copy, "## Common causes", "## Reading the stack traceX")
    _edit_guide(copy, "## Reading the stack trace\n", "## Common causes\n")
    _edit_guide(copy, "## Reading the stack traceX", "## Reading the stack trace")
    with pytest.raises(GuideFormatError, match="in that order"):
        load_guide(copy)


def test_an_empty_section_fails(copy: Path) -> None:
    text = (copy / "guide.md").read_text(encoding="utf-8")
    start = text.index("## Common causes\n") + len("## Common causes\n")
    end = text.index("## The fix")
    (copy / "guide.md").write_text(text[:start] + "\n" + text[end:], encoding="utf-8")
    with pytest.raises(GuideFormatError, match="empty section"):
        load_guide(copy)


def test_a_missing_example_fails(copy: Path) -> None:
    (copy / "fixed.py").unlink()
    with pytest.raises(GuideFormatError, match=r"fixed\.py"):
        load_guide(copy)


def test_fix_safety_must_state_a_verdict(copy: Path) -> None:
    _edit_guide(copy, "Verdict: safe", "Probably fine.")
    with pytest.raises(GuideFormatError, match="Verdict"):
        load_guide(copy)


def test_the_id_must_name_the_folder(copy: Path) -> None:
    _edit_guide(copy, "id: name-error-typo", "id: something-else")
    with pytest.raises(GuideFormatError, match="folder name"):
        load_guide(copy)


def test_a_bad_message_pattern_is_reported(copy: Path) -> None:
    text = (copy / "guide.md").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("message:"))
    _edit_guide(copy, line, "message: name '(unclosed")
    with pytest.raises(GuideFormatError, match="bad message pattern"):
        load_guide(copy)


def test_loading_is_cached() -> None:
    first, second = load_guides(), load_guides()
    assert first == second
    assert all(a is b for a, b in zip(first, second, strict=True))
