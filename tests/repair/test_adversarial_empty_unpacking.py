"""empty_unpacking under review: a docstring saying the names are never None refuses the
None an empty ranking would give them."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

QUIZ = '''
    def podium(ranking: list[tuple[str, int]]) -> dict:
        """The winner of a closed quiz.

        A closed quiz has a finisher, so winner and top_score are never None; an empty
        ranking is a bug in the caller and raises.
        """
        winner, top_score = ranking[0]
        return {"winner": winner, "top_score": top_score, "players": len(ranking)}
'''

TESTS = '''
    from quiz.podium import podium


    def test_podium():
        assert podium([("ann", 9), ("bob", 7)]) == {"winner": "ann", "top_score": 9,
                                                   "players": 2}
'''


def test_never_none_is_a_refusal(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"quiz/__init__.py": "", "quiz/podium.py": QUIZ,
                   "tests/__init__.py": "", "tests/test_podium.py": TESTS},
        "from quiz.podium import podium\npodium([])",
        'from quiz.podium import podium\n'
        'try:\n    podium([])\nexcept (IndexError, ValueError):\n    pass\n'
        'else:\n    raise AssertionError("an empty ranking got a podium")')
    assert data is not None and data["status"] != "fixed"


# empty_unpacking under review: "cannot be null" is a refusal, and a sentence naming the
# names next to a None about something else says nothing of an empty sequence.

QUIZ_2 = '''
    def podium(ranking: list[tuple[str, int]]) -> dict:
        """The winner of a closed quiz.

        SENTENCE
        """
        winner, top_score = ranking[0]
        return {"winner": winner, "top_score": top_score, "players": len(ranking)}
'''


CHECK = ('from quiz.podium import podium\n'
         'try:\n    podium([])\nexcept (IndexError, ValueError):\n    pass\n'
         'else:\n    raise AssertionError("an empty ranking got a podium")')


def _app(sentence: str) -> dict[str, str]:
    return {"quiz/__init__.py": "", "quiz/podium.py": QUIZ_2.replace("SENTENCE", sentence),
            "tests/__init__.py": "", "tests/test_podium.py": TESTS}


def test_cannot_be_null_is_a_refusal(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("A closed quiz has a finisher, so winner and top_score cannot be "
                       "null; an empty ranking is a bug in the caller and raises."),
        "from quiz.podium import podium\npodium([])", CHECK)
    assert data is not None and data["status"] != "fixed"


def test_a_none_about_another_case_is_no_null_for_an_empty_ranking(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, _app("The winner and top_score come from the first row of the ranking, "
                       "whose score is None when the quiz is unscored."),
        "from quiz.podium import podium\npodium([])", CHECK)
    assert data is not None and data["status"] != "fixed"

