"""unhashable_arguments under review: a sibling call backs a conversion only when it calls
the cached function itself, and never turns a sequence parameter into a frozenset."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

SCORING = '''
    """Scores of played words: every word counts, repeats included."""
    from functools import lru_cache


    @lru_cache(maxsize=1024)
    def score(words: list[str]) -> int:
        """One point per letter of each word played, repeated words counted each time."""
        return sum(len(word) for word in words)


    def turn_score(played: list[str]) -> int:
        return score(played)
'''

# Another module's own `score`, of a set of letters.
SEARCH = '''
    """Finding words in the dictionary by the set of letters they use."""


    def score(letters: frozenset[str]) -> int:
        return len(letters)


    def rank(candidates: list[str]) -> list[str]:
        return sorted(candidates, key=lambda word: score(frozenset(word)), reverse=True)
'''

# The cached `score` itself, called with a frozenset by code that wants distinct words.
BONUS = '''
    from wordgame.scoring import score


    def vocabulary_bonus(played: list[str]) -> int:
        return score(frozenset(played))
'''

TESTS = '''
    from wordgame.search import rank


    def test_rank():
        assert rank(["aa", "ab"]) == ["ab", "aa"]
'''

TRIGGER = '''
from wordgame.scoring import turn_score
turn_score(["to", "be", "or", "not", "to", "be"])
'''

# Repeated words count: "to be or not to be" scores 13, not the 9 of its distinct words.
CHECK = ('from wordgame.scoring import turn_score\n'
         'assert turn_score(["to", "be", "or", "not", "to", "be"]) == 13')


def test_a_call_of_another_function_with_the_same_name_backs_nothing(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"wordgame/__init__.py": "", "wordgame/scoring.py": SCORING,
                                    "wordgame/search.py": SEARCH, "tests/test_game.py": TESTS},
                         TRIGGER, CHECK)
    assert data is not None and "frozenset" not in (data["patch"] or "")


def test_a_frozenset_sibling_does_not_override_a_list_annotation(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"wordgame/__init__.py": "", "wordgame/scoring.py": SCORING,
                                    "wordgame/bonus.py": BONUS, "tests/test_game.py": TESTS
                                    .replace("search import rank", "bonus import "
                                             "vocabulary_bonus as rank")
                                    .replace('assert rank(["aa", "ab"]) == ["ab", "aa"]',
                                             'assert rank(["aa", "aa"]) == 2')},
                         TRIGGER, CHECK)
    assert data is not None and "frozenset" not in (data["patch"] or "")



INDEX = '''
    class RouteCache:
        def __init__(self) -> None:
            self.seen: set[tuple[str, ...]] = set()

        def visit(self, path: list[str]) -> int:
            self.seen.add(tuple(path))
            return len(self.seen)


    class TagIndex:
        """Distinct sets of tags: the order tags were typed in does not matter, so
        ["b", "a"] is the same set as ["a", "b"]."""

        def __init__(self) -> None:
            self.seen = set()

        def file(self, tags: list[str]) -> int:
            self.seen.add(tags)
            return len(self.seen)
'''

INDEX_TESTS = '''
    from board.index import RouteCache, TagIndex


    def test_route_cache():
        assert RouteCache().visit(["a"]) == 1


    def test_empty_index():
        assert TagIndex().seen == set()
'''


def test_another_classs_annotation_of_a_field_of_the_same_name_backs_nothing(
        tmp_path: Path) -> None:
    # RouteCache's `seen` holds tuples; TagIndex's holds sets of tags, where order does
    # not count: tuple(tags) would file ["b", "a"] apart from ["a", "b"].
    data = fix_and_check(
        tmp_path, {"board/__init__.py": "", "board/index.py": INDEX,
                   "tests/test_index.py": INDEX_TESTS},
        'from board.index import TagIndex\nTagIndex().file(["news", "python"])',
        'from board.index import TagIndex\nindex = TagIndex()\nindex.file(["a", "b"])\n'
        'assert index.file(["b", "a"]) == 1')
    assert data is not None and "tuple(tags)" not in (data["patch"] or "")
