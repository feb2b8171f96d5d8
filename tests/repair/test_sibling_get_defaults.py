"""sibling-get-default: a ``[]`` read where sibling code reads the same mapping with
``.get(key, default)`` takes that default, in every such read of the function; nothing
where the siblings disagree, or read another mapping."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sibling_get_defaults import SiblingGetDefault
from tests.repair.crash_sites import crash_at

API = '''
    from ladder import store


    def ladder() -> list[dict[str, int]]:
        ratings = store.ratings()
        return [{"id": m, "rating": ratings.get(m, store.PROVISIONAL_RATING)}
                for m in store.members()]


    def record_game(white: int, black: int) -> tuple[int, int]:
        rated = store.ratings()
        white_before = rated[white]
        black_before = rated[black]
        return white_before, black_before


    def unrelated(table: dict[int, int], key: int) -> int:
        return table[key]
'''

STORE = '''
    PROVISIONAL_RATING = 1200


    def ratings() -> dict[int, int]:
        return {1: 1500}


    def members() -> list[int]:
        return [1, 4]
'''


def _ladder(tmp_path: Path, api: str = API, needle: str = "white_before = rated[white]",
            values: dict[str, object] | None = None) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"ladder/api.py": api, "ladder/store.py": STORE},
                              "ladder/api.py", needle, "KeyError", "4",
                              values or {"white": "4", "black": "1"})
    return list(SiblingGetDefault().propose(site, analysis))


def test_every_id_read_of_the_same_mapping_takes_the_siblings_default(tmp_path: Path) -> None:
    found = _ladder(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(API).lstrip("\n")
    assert found[0].edits["ladder/api.py"] == before.replace(
        "rated[white]", "rated.get(white, store.PROVISIONAL_RATING)").replace(
        "rated[black]", "rated.get(black, store.PROVISIONAL_RATING)")
    assert "return table[key]" in found[0].edits["ladder/api.py"]  # untouched
    assert found[0].contract == ("`ladder` reads the same mapping with "
                                 "`.get(..., store.PROVISIONAL_RATING)`")


def test_siblings_that_disagree_back_nothing(tmp_path: Path) -> None:
    api = API + '''

    def member(m: int) -> int:
        return store.ratings().get(m, 0) + 0


    def card(m: int) -> int:
        ratings = store.ratings()
        return ratings.get(m, 0)
    '''
    assert _ladder(tmp_path, api) == []


def test_a_mapping_made_by_another_call_backs_nothing(tmp_path: Path) -> None:
    api = API.replace("rated = store.ratings()", "rated = store.peak_ratings()")
    assert _ladder(tmp_path, api) == []


def test_a_default_named_in_another_module_is_not_borrowed(tmp_path: Path) -> None:
    views = '''
        from ladder import store

        def board():
            ratings = store.ratings()
            return [ratings.get(m, store.PROVISIONAL_RATING) for m in store.members()]
    '''
    api = API.replace('        return [{"id": m, "rating": ratings.get(m, store.PROVISIONAL_'
                      'RATING)}\n', '        return [{"id": m, "rating": ratings[m]}\n')
    files = {"ladder/api.py": api, "ladder/store.py": STORE, "ladder/views.py": views}
    site, analysis = crash_at(tmp_path, files, "ladder/api.py", "white_before = rated[white]",
                              "KeyError", "4", {"white": "4", "black": "1"})
    assert list(SiblingGetDefault().propose(site, analysis)) == []


LABELS = '''
    from typing import NotRequired, TypedDict


    class Address(TypedDict):
        name: str
        company: NotRequired[str]
        line1: str
        line2: NotRequired[str]
        country: NotRequired[str]


    def one_line(address: Address) -> str:
        parts = [address.get(key, "") for key in ("name", "company", "line1", "line2")]
        return ", ".join(p for p in parts if p)


    def label_lines(address: Address) -> list[str]:
        lines = [address["name"], address["company"], address["line1"], address["line2"]]
        return [line for line in lines if line.strip()]
'''


def _label(tmp_path: Path, source: str = LABELS, key: str = "company") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"labels.py": source}, "labels.py",
                              'lines = [address["name"]', "KeyError", repr(key),
                              {"address": "{'name': 'Ann', 'line1': '1 High St'}"})
    return list(SiblingGetDefault().propose(site, analysis))


def test_the_optional_keys_the_sibling_reads_with_a_default_take_it(tmp_path: Path) -> None:
    found = _label(tmp_path)
    assert len(found) == 1
    assert ('lines = [address["name"], address.get("company", ""), address["line1"], '
            'address.get("line2", "")]') in found[0].edits["labels.py"]


def test_required_keys_keep_their_reads(tmp_path: Path) -> None:
    source = LABELS.replace("line2: NotRequired[str]", "line2: str")
    found = _label(tmp_path, source)
    assert len(found) == 1  # the crashing key, and not the required line2
    assert ('lines = [address["name"], address.get("company", ""), address["line1"], '
            'address["line2"]]') in found[0].edits["labels.py"]


def test_a_required_key_that_crashed_is_not_defaulted(tmp_path: Path) -> None:
    assert _label(tmp_path, LABELS.replace("company: NotRequired[str]", "company: str")) == []


def test_a_mutable_default_or_a_strict_docstring_backs_nothing(tmp_path: Path) -> None:
    shared = LABELS.replace('address.get(key, "")', "address.get(key, BLANK)").replace(
        "class Address", 'BLANK: list[str] = []\n\n\n    class Address')
    assert _label(tmp_path, shared) == []
    strict = LABELS.replace("    def label_lines(address: Address) -> list[str]:\n",
                            "    def label_lines(address: Address) -> list[str]:\n"
                            '        """A missing part raises: couriers refuse it."""\n')
    assert _label(tmp_path, strict) == []


def test_a_key_no_sibling_reads_with_a_default_backs_nothing(tmp_path: Path) -> None:
    source = LABELS.replace('("name", "company", "line1", "line2")', '("name", "line1")')
    assert _label(tmp_path, source) == []


BY_IDS = '''
    from ladder import store


    def card(m: int) -> int:
        return store.ratings_for({m}).get(m, store.PROVISIONAL_RATING)


    def record_game(white: int, black: int) -> tuple[int, int]:
        rated = store.ratings_for({white, black})
        return rated[white], rated[black]
'''


def _by_ids(tmp_path: Path, api: str) -> list[Candidate]:
    store = STORE + ("\n\n    def ratings_for(ids: set[int]) -> dict[int, int]:\n"
                     "        return {1: 1500}\n")
    site, analysis = crash_at(tmp_path, {"ladder/api.py": api, "ladder/store.py": store},
                              "ladder/api.py", "return rated[white]", "KeyError", "4",
                              {"white": "4", "black": "1"})
    return list(SiblingGetDefault().propose(site, analysis))


def test_the_answer_of_the_same_function_called_with_other_ids_is_the_same_mapping(
        tmp_path: Path) -> None:
    found = _by_ids(tmp_path, BY_IDS)
    assert [c.edits["ladder/api.py"] for c in found] == [
        textwrap.dedent(BY_IDS).lstrip("\n").replace(
            "return rated[white], rated[black]",
            "return rated.get(white, store.PROVISIONAL_RATING), "
            "rated.get(black, store.PROVISIONAL_RATING)")]


def test_a_literal_key_of_a_function_s_answer_is_not_borrowed(tmp_path: Path) -> None:
    literal = BY_IDS.replace(".get(m, store.PROVISIONAL_RATING)",
                             '.get("mean", store.PROVISIONAL_RATING)')
    assert _by_ids(tmp_path, literal) == []
