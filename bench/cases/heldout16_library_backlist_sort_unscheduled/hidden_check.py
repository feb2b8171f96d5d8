from datetime import date

from backlist.catalogue import Title
from backlist.listing import new_releases, sort_titles

DUNE = Title("9780441013593", "Dune", "Herbert", date(1965, 8, 1))
EMMA = Title("9780141439587", "Emma", "Austen", date(1815, 12, 23))
ATLAS = Title("9780375507250", "Cloud Atlas", "Mitchell", date(2004, 3, 1))
ATLAS_PB = Title("9780375507251", "Cloud Atlas (paperback)", "Mitchell", date(2004, 3, 1))
WINTER = Title("9781000000001", "The Long Winter Light", "Okafor", None)
HARBOUR = Title("9781000000002", "Harbour Songs", "Lindqvist", None)

BACKLIST = [WINTER, DUNE, ATLAS, HARBOUR, EMMA, ATLAS_PB]


def test_newest_first_puts_unscheduled_titles_last() -> None:
    ordered = sort_titles(BACKLIST, by="published", descending=True)
    assert ordered == [ATLAS, ATLAS_PB, DUNE, EMMA, WINTER, HARBOUR]


def test_oldest_first_also_puts_unscheduled_titles_last() -> None:
    ordered = sort_titles(BACKLIST, by="published")
    assert ordered == [EMMA, DUNE, ATLAS, ATLAS_PB, WINTER, HARBOUR]


def test_new_releases_box() -> None:
    assert new_releases(BACKLIST, limit=3) == [ATLAS, ATLAS_PB, DUNE]
    assert new_releases([WINTER, DUNE, HARBOUR], limit=5) == [DUNE, WINTER, HARBOUR]


def test_other_keys_unchanged() -> None:
    assert sort_titles(BACKLIST, by="author") == [EMMA, DUNE, HARBOUR, ATLAS, ATLAS_PB, WINTER]
