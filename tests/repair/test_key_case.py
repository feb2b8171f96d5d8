"""A table keyed in one letter case, read with text the code says comes in any case: the
key is put in the table's case; nothing is proposed when the code is silent, the keys are
mixed, or the key is in the table in no case."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.key_case import KeyInTableCase
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

RATES = '''
    """VAT by country."""

    VAT = {"DE": 19, "FR": 20, "LU": 17}


    def vat_rate(country: str) -> int:
        """The standard VAT rate, in percent, of ``country``.

        ``country`` is an ISO 3166 code in any letter case: the shop sends 'de'.
        """
        return VAT[country]


    def label(country: str) -> str:
        return f"{country}: {VAT[country]} %"
'''


def _propose(tmp_path: Path, source: str = RATES, missing: str = "'de'") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"tax/__init__.py": "", "tax/rates.py": source},
                              "tax/rates.py", "return VAT[country]", "KeyError", missing,
                              {"country": missing})
    return list(KeyInTableCase().propose(site, analysis))


def test_a_code_in_another_case_is_looked_up_in_the_tables_case(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["tax/rates.py"]
    assert after == textwrap.dedent(RATES).lstrip("\n").replace(
        "return VAT[country]", "return VAT[country.upper()]")
    assert 'f"{country}: {VAT[country]} %"' in after  # another function, left alone
    assert found[0].contract is not None and "any letter case" in found[0].contract


def test_a_sibling_upper_casing_the_key_backs_it_alone(tmp_path: Path) -> None:
    sibling = RATES.replace(" in any letter case: the shop sends 'de'", "").replace(
        "{VAT[country]} %", "{VAT[country.upper()]} %")
    found = _propose(tmp_path, sibling)
    assert len(found) == 1 and "label" in (found[0].contract or "")


def test_silent_code_backs_nothing(tmp_path: Path) -> None:
    silent = RATES.replace(" in any letter case: the shop sends 'de'", "")
    assert _propose(tmp_path, silent) == []


def test_a_docstring_requiring_one_case_backs_nothing(tmp_path: Path) -> None:
    strict = RATES.replace("in any letter case: the shop sends 'de'",
                           "in upper case only, not in any letter case")
    assert _propose(tmp_path, strict) == []


def test_a_key_in_no_case_or_mixed_keys_back_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, missing="'xx'") == []
    mixed = RATES.replace('"LU": 17', '"lu": 17')
    assert _propose(tmp_path, mixed) == []


TESTS = '''
    from tax.rates import vat_rate


    def test_rate():
        assert vat_rate("DE") == 19
'''

TRIGGER = 'from tax.rates import vat_rate\nvat_rate("de")'


def test_a_lower_case_country_gets_its_rate(tmp_path: Path) -> None:
    check = ('from tax.rates import vat_rate\nassert vat_rate("de") == 19\n'
             'assert vat_rate("Fr") == 20\ntry:\n    vat_rate("xx")\n'
             'except (KeyError, ValueError):\n    pass\n'
             'else:\n    raise AssertionError("an unknown country was given a rate")')
    data = fix_and_check(tmp_path, {"tax/__init__.py": "", "tax/rates.py": RATES,
                                    "tests/test_rates.py": TESTS}, TRIGGER, check)
    assert data is not None and data["status"] == "fixed"
    assert "VAT[country.upper()]" in data["patch"]


def test_a_table_with_keys_in_mixed_case_is_not_upper_cased(tmp_path: Path) -> None:
    # Adversarial: 'lu' and 'LU' are different entries here (a legacy lower-case key), so
    # upper-casing every lookup would change which rate an existing code gets.
    mixed = RATES.replace('"LU": 17', '"lu": 16, "LU": 17')
    check = ('from tax.rates import vat_rate\nassert vat_rate("LU") == 17\n'
             'try:\n    rate = vat_rate("lu")\nexcept KeyError:\n    pass\n'
             'else:\n    assert rate == 16, rate')
    data = fix_and_check(tmp_path, {"tax/__init__.py": "", "tax/rates.py": mixed,
                                    "tests/test_rates.py": TESTS}, TRIGGER, check)
    assert data is not None
    tried = data["checks"].get("candidates") or []
    assert all(c.get("strategy") != "key-in-table-case" for c in tried), tried
