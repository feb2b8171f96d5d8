from datetime import date
from pathlib import Path

import pytest

from backlist.catalogue import Title, load
from backlist.listing import isbn_column, new_releases, sort_titles

DUNE = Title("9780441013593", "Dune", "Herbert", date(1965, 8, 1))
EMMA = Title("9780141439587", "Emma", "austen", date(1815, 12, 23))
ATLAS = Title("9780375507250", "Cloud Atlas", "Mitchell", date(2004, 3, 1))
PERSUASION = Title("9780141439686", "Persuasion", "Austen", date(1817, 12, 20))


def test_sort_by_title_ignores_case() -> None:
    ordered = sort_titles([EMMA, DUNE, Title("1", "cloud Atlas", "X", None), ATLAS])
    assert [t.title for t in ordered] == ["cloud Atlas", "Cloud Atlas", "Dune", "Emma"]


def test_sort_by_author_keeps_ties_in_order() -> None:
    ordered = sort_titles([PERSUASION, DUNE, EMMA], by="author")
    assert ordered == [PERSUASION, EMMA, DUNE]


def test_sort_by_published_both_ways() -> None:
    assert sort_titles([DUNE, EMMA, ATLAS], by="published") == [EMMA, DUNE, ATLAS]
    assert sort_titles([DUNE, EMMA, ATLAS], by="published", descending=True) == [ATLAS, DUNE, EMMA]


def test_unknown_sort_key() -> None:
    with pytest.raises(ValueError):
        sort_titles([DUNE], by="price")


def test_new_releases_of_a_dated_list() -> None:
    assert new_releases([EMMA, ATLAS, DUNE, PERSUASION], limit=2) == [ATLAS, DUNE]


def test_load_export(tmp_path: Path) -> None:
    export = tmp_path / "backlist.csv"
    export.write_text(
        "isbn,title,author,published\n"
        "9780441013593,Dune,Herbert,1965-08-01\n"
        "9781000000001,The Long Winter Light,Okafor,\n",
        encoding="utf-8",
    )
    titles = load(export)
    assert titles[0] == DUNE
    assert titles[1].published is None
    assert isbn_column(titles) == ["9780441013593", "9781000000001"]
