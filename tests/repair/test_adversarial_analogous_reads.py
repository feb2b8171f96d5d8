"""analogous_reads under review: a sibling that reads its id with
``id_of(data["charge"], required=True)`` shows the helper called with that argument too. A
read rewritten as ``id_of(customer)`` drops it, and a charge without a customer, an error
until now, would quietly get no customer id."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

EXPAND = '''
    """Expandable fields: ``customer`` or ``charge`` hold the object's id, a string,
    unless the request expanded them into the object itself."""
    from typing import Any

    Expandable = str | dict[str, Any] | None


    def id_of(value: Expandable, *, required: bool = False) -> str | None:
        """The referred object's id, whether the field was expanded or not. With
        ``required``, a missing field (None) is an error rather than no id."""
        if isinstance(value, dict):
            return str(value["id"])
        if value is None and required:
            raise ValueError("the field is required")
        return value
'''

CHARGES = '''
    from typing import Any

    from pay.expand import id_of


    def parse_charge(data: dict[str, Any]) -> dict[str, Any]:
        customer = data["customer"]
        return {"id": data["id"], "customer_id": customer["id"]}


    def parse_refund(data: dict[str, Any]) -> dict[str, Any]:
        return {"id": data["id"], "charge_id": id_of(data["charge"], required=True)}
'''

TESTS = '''
    from pay.charges import parse_charge, parse_refund


    def test_charge():
        data = {"id": "ch_1", "customer": {"id": "cus_1"}}
        assert parse_charge(data) == {"id": "ch_1", "customer_id": "cus_1"}


    def test_refund():
        data = {"id": "re_1", "charge": "ch_1"}
        assert parse_refund(data) == {"id": "re_1", "charge_id": "ch_1"}
'''

# A charge without a customer was refused; the sibling requires its id: it stays refused.
CHECK = '''
from pay.charges import parse_charge
assert parse_charge({"id": "ch_1", "customer": "cus_1"})["customer_id"] == "cus_1"
try:
    parsed = parse_charge({"id": "ch_2", "customer": None})
except (TypeError, ValueError, LookupError):
    pass
else:
    raise AssertionError(f"a charge without a customer is accepted: {parsed!r}")
'''

TRIGGER = ('from pay.charges import parse_charge\n'
           'parse_charge({"id": "ch_1", "customer": "cus_1"})')


def test_the_helper_without_the_siblings_arguments_is_declined(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"pay/__init__.py": "", "pay/expand.py": EXPAND,
                                    "pay/charges.py": CHARGES, "tests/test_charges.py": TESTS},
                         TRIGGER, CHECK)
    assert data is not None and data["status"] != "fixed"
