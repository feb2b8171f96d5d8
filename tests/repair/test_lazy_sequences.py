"""A generator or dict view indexed as if it were the list it used to be."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.lazy_sequences import LazySequence
from tests.repair.crash_sites import crash_at

FORM = '''
    FORM_LENGTH = 5


    def matches_of(results, team):
        for match in results:
            if team in match:
                yield match


    def form_guide(results, team):
        recent = matches_of(results, team)[-FORM_LENGTH:]
        return "".join(m[team] for m in reversed(recent))
'''


def _proposed(root: Path, source: str, needle: str, kind: str = "generator") -> list[str]:
    site, analysis = crash_at(root, {"form.py": source}, "form.py", needle, "TypeError",
                              f"'{kind}' object is not subscriptable")
    return [c.edits["form.py"] for c in LazySequence().propose(site, analysis)]


def test_the_call_is_collected_into_a_list_where_it_is_sliced(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path, FORM, "recent = ")
    assert "    recent = list(matches_of(results, team))[-FORM_LENGTH:]\n" in after
    assert after.count("list(") == 1


def test_a_dict_view_indexed_is_collected(tmp_path: Path) -> None:
    source = '''
        def first_key(settings):
            return settings.keys()[0]
    '''
    (after,) = _proposed(tmp_path, source, "keys()[0]", "dict_keys")
    assert "return list(settings.keys())[0]" in after


def test_a_variable_read_again_later_is_left_alone(tmp_path: Path) -> None:
    source = FORM + '''

    def summary(results, team):
        played = matches_of(results, team)
        last = played[-1]
        return last, sum(1 for _ in played)
'''
    assert _proposed(tmp_path, source, "last = played[-1]") == []
    once = source.replace("return last, sum(1 for _ in played)", "return last")
    (after,) = _proposed(tmp_path / "once", once, "last = played[-1]")
    assert "last = list(played)[-1]" in after


def test_the_first_item_is_taken_with_next(tmp_path: Path) -> None:
    source = FORM + '''

    def opener(results, team):
        return matches_of(results, team)[0]
'''
    (after,) = _proposed(tmp_path, source, "return matches_of(results, team)[0]")
    assert "    return next(matches_of(results, team))\n" in after


def test_an_iterator_from_the_caller_a_stored_one_or_one_with_effects_is_left_alone(
        tmp_path: Path) -> None:
    # Adversarial review: the caller reads on from `rows`; `feed.records()` hands back a
    # stored generator; a generator popping a queue would take every job off it.
    handed_in = '''
        def header(rows):
            return rows[0]
    '''
    assert _proposed(tmp_path / "param", handed_in, "return rows[0]") == []
    stored = '''
        class Feed:
            def __init__(self, rows):
                self._rows = (row for row in rows)

            def records(self):
                return self._rows


        def read(feed):
            return feed.records()[1]
    '''
    assert _proposed(tmp_path / "stored", stored, "feed.records()[1]") == []
    popping = '''
        def take(queue):
            while queue:
                yield queue.pop(0)


        def second_job(queue):
            return take(queue)[1]
    '''
    assert _proposed(tmp_path / "pops", popping, "take(queue)[1]") == []


def test_other_messages_and_unrelated_code_are_untouched(tmp_path: Path) -> None:
    site, analysis = crash_at(tmp_path, {"form.py": FORM}, "form.py", "recent = ", "TypeError",
                              "'int' object is not subscriptable")
    assert list(LazySequence().propose(site, analysis)) == []
    (after,) = _proposed(tmp_path / "b", FORM, "recent = ")
    assert after.splitlines()[:8] == [line[4:] for line in FORM.strip("\n").splitlines()][:8]


def test_a_generator_of_another_module_using_the_standard_library_is_fresh(
        tmp_path: Path) -> None:
    results = '''
        from operator import attrgetter

        PLAYED = []


        def matches_of(team):
            for match in sorted(PLAYED, key=attrgetter("day")):
                if team in match.teams:
                    yield match
    '''
    form = '''
        from league import results


        def form_guide(team):
            return results.matches_of(team)[-5:]
    '''
    files = {"league/__init__.py": "", "league/results.py": results, "league/form.py": form}
    site, analysis = crash_at(tmp_path, files, "league/form.py", "matches_of(team)[-5:]",
                              "TypeError", "'generator' object is not subscriptable")
    (candidate,) = LazySequence().propose(site, analysis)
    assert "return list(results.matches_of(team))[-5:]" in candidate.edits["league/form.py"]
