"""A mapping rebuilt from JSON whose type declares int keys: the loader gives the keys
back their int type (and the crashing function calls the sibling its docstring names for
an unknown key); nothing when the annotation or the loader says otherwise."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.json_int_keys import JsonIntKeys
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

STOCK = '''
    import json

    #: Units on the shelf, by the warehouse's integer article number.
    Stock = dict[int, int]


    def load_stock(text: str) -> Stock:
        """The stock as :func:`dump_stock` wrote it."""
        return {article: int(units) for article, units in json.loads(text).items()}


    def dump_stock(stock: Stock) -> str:
        return json.dumps({article: str(units) for article, units in stock.items()})


    def load_labels(text: str) -> dict[str, str]:
        return {code: label for code, label in json.loads(text).items()}
'''

PICKING = '''
    from depot.stock import Stock, load_stock


    class OutOfStock(LookupError):
        pass


    def units_left(articles: list[int], stock: Stock) -> int:
        """Units left of ``articles``; raises OutOfStock for an article not stocked."""
        total = 0
        for article in articles:
            if article not in stock:
                raise OutOfStock(article)
            total += stock[article]
        return total


    def units_from_saved(articles: list[int], saved: str) -> int:
        """Units left of ``articles`` in the saved stock."""
        stock = load_stock(saved)
        return sum(stock[article] for article in articles)
'''


def _propose(tmp_path: Path, stock: str = STOCK, picking: str = PICKING,
             key: str = "1042") -> list[Candidate]:
    site, analysis = crash_at(
        tmp_path, {"depot/__init__.py": "", "depot/stock.py": stock, "depot/picking.py": picking},
        "depot/picking.py", "return sum(stock[article]", "KeyError", key,
        {"articles": "[1042]", "saved": "'{\"1042\": \"3\"}'"})
    return list(JsonIntKeys().propose(site, analysis))


def test_the_loader_gives_the_keys_their_declared_type(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(STOCK).lstrip("\n")
    assert found[0].edits == {"depot/stock.py": before.replace(
        "return {article: int(units)", "return {int(article): int(units)")}
    # The loader declared with text keys is left as it is.
    assert "return {code: label for code, label" in found[0].edits["depot/stock.py"]
    assert "dict[int, int]" in (found[0].contract or "")


def test_a_documented_raise_is_reached_through_the_sibling_it_names(tmp_path: Path) -> None:
    picking = PICKING.replace("Units left of ``articles`` in the saved stock.",
                              ":func:`units_left` against the saved stock (so an article not "
                              "stocked raises OutOfStock there too).")
    found = _propose(tmp_path, picking=picking)
    assert len(found) == 1
    after = found[0].edits["depot/picking.py"]
    assert after == textwrap.dedent(picking).lstrip("\n").replace(
        "return sum(stock[article] for article in articles)", "return units_left(articles, stock)")
    assert "int(article)" in found[0].edits["depot/stock.py"]


def test_a_sibling_named_first_is_the_computation_raise_included(tmp_path: Path) -> None:
    # Documented as units_left's computation, it takes units_left's raise for an article
    # not stocked, said or not.
    picking = PICKING.replace("Units left of ``articles`` in the saved stock.",
                              ":func:`units_left` against the saved stock.")
    [found] = _propose(tmp_path / "first", picking=picking)
    assert "return units_left(articles, stock)" in found.edits["depot/picking.py"]
    # Named later, for its raise alone, it may compute something else: nothing.
    later = PICKING.replace("Units left of ``articles`` in the saved stock.",
                            "Units in the saved stock. Raises OutOfStock as :func:`units_left`.")
    assert _propose(tmp_path / "later", picking=later) == []


def test_a_documented_raise_no_sibling_makes_gets_nothing(tmp_path: Path) -> None:
    picking = PICKING.replace("Units left of ``articles`` in the saved stock.",
                              "Raises MissingArticle for an article not stocked.")
    assert _propose(tmp_path, picking=picking) == []


def test_an_unknown_keys_own_answer_in_other_words_gets_nothing(tmp_path: Path) -> None:
    # Int keys alone would leave these a KeyError: the docstring answers otherwise.
    for n, said in enumerate(["An article not stocked is refused at the counter.",
                              "Units left, or FALLBACK_UNITS for an article we forgot."]):
        picking = PICKING.replace("Units left of ``articles`` in the saved stock.", said)
        picking += "\n    FALLBACK_UNITS = 0\n" if "FALLBACK" in said else ""
        assert _propose(tmp_path / str(n), picking=picking) == [], said


def test_another_reader_by_text_keys_gets_nothing(tmp_path: Path) -> None:
    picking = PICKING + """

    def units_of(article: int, saved: str) -> int:
        stock = load_stock(saved)
        return stock[str(article)]
"""
    assert _propose(tmp_path, picking=picking) == []


def test_text_keys_declared_get_nothing(tmp_path: Path) -> None:
    declared_text = STOCK.replace("Stock = dict[int, int]", "Stock = dict[str, int]")
    assert _propose(tmp_path, declared_text) == []


def test_a_text_key_missing_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, key="'1042'") == []


def test_a_loader_that_does_more_than_pass_the_keys_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, STOCK.replace("return {article: int(units)",
                                            "return {article.strip(): int(units)")) == []
    assert _propose(tmp_path, STOCK.replace("json.loads(text).items()",
                                            "json.loads(text).items() if units")) == []


APP = {
    "depot/__init__.py": "",
    "depot/stock.py": STOCK,
    "depot/picking.py": PICKING,
    "tests/test_picking.py": '''
        from depot.picking import units_left


        def test_units_left() -> None:
            assert units_left([1, 2], {1: 3, 2: 4}) == 7
    ''',
}


def test_the_saved_stock_is_read_back_with_int_keys(tmp_path: Path) -> None:
    trigger = ("from depot.picking import units_from_saved\n"
               "from depot.stock import dump_stock\n"
               "units_from_saved([1042, 7], dump_stock({1042: 3, 7: 2}))")
    check = ("from depot.stock import dump_stock, load_stock\n"
             "assert load_stock(dump_stock({1042: 3, 7: 2})) == {1042: 3, 7: 2}\n")
    data = fix_and_check(tmp_path, APP, trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert "int(article)" in data["patch"]
