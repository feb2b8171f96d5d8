"""A None in the overlay deletes the key when the docstring says so; nothing when the
words deny it, name another parameter, or the error is not about a None."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.null_deletes import NullDeletesKey
from tests.repair.crash_sites import crash_at

MERGE = '''
    def overlay(base, override):
        """``override`` over ``base``. A null in ``override`` deletes the key."""
        merged = dict(base)
        for key, value in override.items():
            if isinstance(base.get(key), dict):
                merged[key] = overlay(base[key], value)
            else:
                merged[key] = value
        return merged
'''

NONE = "'NoneType' object has no attribute 'items'"


def _edits(tmp_path: Path, source: str, message: str = NONE) -> list[str]:
    site, analysis = crash_at(tmp_path, {"merge.py": source}, "merge.py",
                              "for key, value in override.items()", "AttributeError", message,
                              {"override": "None"})
    return [c.edits["merge.py"] for c in NullDeletesKey().propose(site, analysis)]


def test_a_documented_null_deletes_the_key_before_merging(tmp_path: Path) -> None:
    edits = _edits(tmp_path, MERGE)
    assert edits == [textwrap.dedent(MERGE).lstrip("\n").replace(
        "    for key, value in override.items():\n",
        "    for key, value in override.items():\n        if value is None:\n"
        "            merged.pop(key, None)\n            continue\n")]
    namespace: dict[str, object] = {}
    exec(edits[0], namespace)
    merged = namespace["overlay"]({"a": {"x": 1}, "b": 2}, {"a": None, "c": None})  # type: ignore[operator]
    assert merged == {"b": 2}


def test_denied_misnamed_or_other_errors_get_nothing(tmp_path: Path) -> None:
    denied = MERGE.replace("A null in ``override`` deletes the key",
                           "A null in ``override`` never deletes the key")
    assert _edits(tmp_path / "denied", denied) == []
    other = MERGE.replace("A null in ``override``", "A null in ``base``")
    assert _edits(tmp_path / "other", other) == []
    assert _edits(tmp_path / "error", MERGE, "'dict' object has no attribute 'itemz'") == []
