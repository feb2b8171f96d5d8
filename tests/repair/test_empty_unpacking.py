"""Names unpacked from the first item of an empty sequence are None when the docstring
says each of them is null then; nothing when one is not named, the words deny null, or
the sequence is not a plain name."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.empty_unpacking import EmptyUnpackingToNone
from tests.repair.crash_sites import crash_at

QUIZ = '''
    def summary(scores):
        """The results panel. ``top_score`` and ``winner`` are null while nobody has
        finished the quiz."""
        ranking = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        winner, top_score = ranking[0]
        return {"players": len(scores), "top_score": top_score, "winner": winner}
'''

LINE = "winner, top_score = ranking[0]"


def _edits(tmp_path: Path, source: str, line: str = LINE) -> list[str]:
    site, analysis = crash_at(tmp_path, {"quiz.py": source}, "quiz.py", line, "IndexError",
                              "list index out of range", {"ranking": "[]"})
    return [c.edits["quiz.py"] for c in EmptyUnpackingToNone().propose(site, analysis)]


def test_names_documented_null_get_none_for_an_empty_sequence(tmp_path: Path) -> None:
    before = textwrap.dedent(QUIZ).lstrip("\n")
    assert _edits(tmp_path, QUIZ) == [before.replace(
        LINE, "winner, top_score = ranking[0] if ranking else (None, None)")]


def test_a_name_left_out_denied_or_a_computed_sequence_gets_nothing(tmp_path: Path) -> None:
    one = QUIZ.replace("``top_score`` and ``winner`` are", "``winner`` is")
    assert _edits(tmp_path / "one", one) == []
    never = QUIZ.replace("are null while", "are never null, even while")
    assert _edits(tmp_path / "never", never) == []
    computed = QUIZ.replace(LINE, "winner, top_score = sorted(scores.items())[0]")
    assert _edits(tmp_path / "computed", computed,
                  "winner, top_score = sorted(scores.items())[0]") == []
    other_error = QUIZ
    site, analysis = crash_at(tmp_path / "key", {"quiz.py": other_error}, "quiz.py", LINE,
                              "KeyError", "'x'", {})
    assert list(EmptyUnpackingToNone().propose(site, analysis)) == []
