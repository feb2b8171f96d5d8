"""skips under review: a skip documented under a condition ("in lenient mode") does not
back skipping on a call the condition does not cover."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.contract_items import documented_skip
from tests.repair.adversarial import fix_and_check

LOAD = '''
    from decimal import Decimal


    def load_prices(text: str, lenient: bool = False) -> dict[str, int]:
        """Reads ``sku,price`` lines into a dict. In lenient mode, malformed lines are
        skipped."""
        prices = {}
        for line in text.splitlines():
            sku, price = line.split(",")
            prices[sku] = int(price)
        return prices
'''

TESTS = '''
    from decimal import Decimal

    from prices.load import load_prices


    def test_load():
        assert load_prices("a,150\\n") == {"a": 150}
'''

# A strict load (the default) of a malformed line must still fail, not lose the line.
CHECK = '''
from prices.load import load_prices
try:
    load_prices("a,150\\nb,n/a\\n")
except ValueError:
    pass
else:
    raise AssertionError("a malformed line was dropped outside lenient mode")
'''


def test_a_skip_documented_for_lenient_mode_is_not_made_unconditional(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"prices/__init__.py": "", "prices/load.py": LOAD,
                                    "tests/test_load.py": TESTS},
                         'from prices.load import load_prices\nload_prices("a,150\\nb,n/a\\n")',
                         CHECK)
    assert data is not None and data["status"] != "fixed"


def test_conditional_wording_backs_no_skip() -> None:
    reads = ["price"]
    assert documented_skip([("doc", "Malformed lines are skipped.")], ["line"], reads)
    for said in ("In lenient mode, malformed lines are skipped.",
                 "Malformed lines are skipped when ``strict`` is off.",
                 "Malformed lines are skipped if asked to."):
        assert documented_skip([("doc", said)], ["line"], reads) is None, said
