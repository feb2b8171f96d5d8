"""A table the code stores with normalised keys, read with the text as it came."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.candidates.normalised_keys import NormalisedTableKey
from tests.repair.crash_sites import crash_at

CONTRACT = '''
    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass
    class Contract:
        rates: dict[str, Decimal]


    def load(data: dict) -> Contract:
        rates = {fmt.strip().lower(): Decimal(r) for fmt, r in data["rates"].items()}
        return Contract(rates=rates)
'''

STATEMENT = '''
    def royalties(contract, sales):
        lines = []
        for sale in sales:
            rate = contract.rates[sale.format]
            lines.append(sale.net * rate)
        return lines
'''


def _proposed(root: Path, contract: str = CONTRACT, key: str = "eBook") -> list[str]:
    files = {"roy/__init__.py": "", "roy/contract.py": contract, "roy/statement.py": STATEMENT}
    site, analysis = crash_at(root, files, "roy/statement.py", "contract.rates[", "KeyError",
                              repr(key))
    return [c.edits["roy/statement.py"] for c in NormalisedTableKey().propose(site, analysis)]


def test_the_key_is_normalised_as_the_table_was(tmp_path: Path) -> None:
    (after,) = _proposed(tmp_path)
    assert "        rate = contract.rates[sale.format.strip().lower()]\n" in after
    assert after.replace(".strip().lower()", "") == STATEMENT.replace("\n    ", "\n").lstrip()


def test_a_key_already_in_the_tables_form_gets_nothing(tmp_path: Path) -> None:
    assert _proposed(tmp_path, key="audiobook") == []


def test_tables_built_otherwise_back_nothing(tmp_path: Path) -> None:
    # Another builder of the same name keeps the text as it came, or a table written out
    # under that name holds a key in another case: the table is not normalised.
    raw = CONTRACT + '''

    def load_raw(data: dict) -> dict:
        rates = {fmt: r for fmt, r in data.items()}
        return rates
'''
    assert _proposed(tmp_path / "raw", raw) == []
    written = CONTRACT + '''

    DEFAULT = Contract(rates={"Paperback": Decimal("0.075")})
'''
    assert _proposed(tmp_path / "written", written) == []
    plain = CONTRACT.replace("fmt.strip().lower()", "fmt")
    assert _proposed(tmp_path / "plain", plain) == []
