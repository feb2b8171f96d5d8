"""Names written as code in a docstring that the function never reads."""

from __future__ import annotations

import ast

from bugstack.repair.unread_names import code_words, module_names, unread_names

MODULE = '''
from fares.table import load_fares

FLAT_FARE = 3


class UnknownZone(LookupError):
    pass


def total(zones):
    return sum(zones)


def trip_cost(zones, stored):
    """The total of each zone's fare, with FLAT_FARE for an unpriced one, as
    ``load_fares`` reads them; UnknownZone for a zone off the map."""
    fares = load_fares(stored)
    return sum(fares[zone] for zone in zones)
'''


def test_code_words_are_quoted_snake_or_camel() -> None:
    assert code_words("the total, ``total``, FLAT_FARE and UnknownZone; Fares") == {
        "total", "FLAT_FARE", "UnknownZone"}


def test_names_the_module_defines_and_the_function_never_reads() -> None:
    tree = ast.parse(MODULE)
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef)
                    and n.name == "trip_cost")
    defined = module_names(tree)
    assert defined == {"FLAT_FARE", "UnknownZone"}  # functions are cross-references
    docstring = ast.get_docstring(function) or ""
    # `load_fares` is a function; "total" is prose; the other two are never touched.
    assert unread_names(docstring, function, defined) == ["FLAT_FARE", "UnknownZone"]
