"""A rate table that leaves out the base currency on purpose: that key alone converts at
face value; any other missing key still raises, and a table that is no factor, or words
that do not name the key, give nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.identity_rates import IdentityRate
from tests.repair.crash_sites import crash_at

FX = '''
    from decimal import Decimal

    BASE_CURRENCY = "GBP"

    #: Pounds per unit of each foreign currency. The base currency is not listed: it needs
    #: no conversion.
    RATES_TO_GBP: dict[str, Decimal] = {"EUR": Decimal("0.85"), "USD": Decimal("0.79")}


    def to_base(amount: Decimal, currency: str) -> Decimal:
        rate = RATES_TO_GBP[currency.upper()]
        return amount * rate
'''


def _propose(tmp_path: Path, source: str = FX, key: str = "GBP") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"fund/__init__.py": "", "fund/fx.py": source},
                              "fund/fx.py", "rate = RATES_TO_GBP[", "KeyError", repr(key),
                              {"currency": repr(key.lower())})
    return list(IdentityRate().propose(site, analysis))


def test_the_base_currency_alone_converts_at_face_value(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["fund/fx.py"] for c in found] == [
        textwrap.dedent(FX).lstrip("\n").replace(
            "rate = RATES_TO_GBP[currency.upper()]",
            "rate = Decimal(1) if currency.upper() == BASE_CURRENCY else "
            "RATES_TO_GBP[currency.upper()]")]


def test_a_float_table_gets_a_float_one_inline(tmp_path: Path) -> None:
    floats = FX.replace('Decimal("0.85")', "0.85").replace('Decimal("0.79")', "0.79").replace(
        "        rate = RATES_TO_GBP[currency.upper()]\n        return amount * rate",
        "        return amount * RATES_TO_GBP[currency.upper()]")
    site, analysis = crash_at(tmp_path, {"fund/__init__.py": "", "fund/fx.py": floats},
                              "fund/fx.py", "return amount * RATES_TO_GBP[", "KeyError",
                              "'GBP'", {})
    found = list(IdentityRate().propose(site, analysis))
    assert [c.edits["fund/fx.py"].count(
        "amount * (1.0 if currency.upper() == BASE_CURRENCY else "
        "RATES_TO_GBP[currency.upper()])") for c in found] == [1]


def test_another_missing_key_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, key="JPY") == []


def test_words_that_do_not_name_the_constant_back_nothing(tmp_path: Path) -> None:
    other = FX.replace("The base currency is not listed: it needs\n    #: no conversion.",
                       "Crypto currencies are not listed.")
    assert _propose(tmp_path, other) == []


def test_a_refusing_sentence_backs_nothing(tmp_path: Path) -> None:
    strict = FX.replace("it needs\n    #: no conversion.",
                        "it needs\n    #: no conversion and must be rejected by the form.")
    assert _propose(tmp_path, strict) == []


def test_a_rate_that_is_added_is_no_factor(tmp_path: Path) -> None:
    added = FX.replace("return amount * rate", "return amount + rate")
    assert _propose(tmp_path, added) == []


def test_a_table_into_another_unit_gets_nothing(tmp_path: Path) -> None:
    pence = FX.replace("RATES_TO_GBP", "PENCE_PER_UNIT")
    site, analysis = crash_at(tmp_path, {"fund/__init__.py": "", "fund/fx.py": pence},
                              "fund/fx.py", "rate = PENCE_PER_UNIT[", "KeyError", "'GBP'",
                              {"currency": "'gbp'"})
    assert list(IdentityRate().propose(site, analysis)) == []
