"""A field's optional declaration counts for the class of the value read, not for any
class of the app that happens to share the field's name."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.field_declarations import declared_optional, owner_class
from tests.repair.crash_sites import crash_at

RECORDS = '''
    from dataclasses import dataclass


    @dataclass
    class Quote:
        customer: str | None = None


    @dataclass
    class Order:
        customer: str


    def header(order: Order) -> str:
        return order.customer.upper()


    def anything(record) -> str:
        return record.customer.upper()
'''


def _analysis(root: Path, needle: str, values: dict[str, str] | None = None) -> Analysis:
    _site, analysis = crash_at(root, {"shop.py": RECORDS}, "shop.py", needle, "AttributeError",
                               "'NoneType' object has no attribute 'upper'", values or {})
    return analysis


def test_the_parameters_class_decides(tmp_path: Path) -> None:
    analysis = _analysis(tmp_path, "return order.customer")
    assert owner_class(analysis, "order") == "Order"
    assert declared_optional(analysis, "order.customer") is None


def test_the_captured_repr_names_the_class(tmp_path: Path) -> None:
    analysis = _analysis(tmp_path, "return record.customer",
                         {"record": "Quote(customer=None)"})
    assert owner_class(analysis, "record") == "Quote"
    said = declared_optional(analysis, "record.customer")
    assert said is not None and "customer: str | None = None" in said


def test_an_unknown_class_needs_every_declaration_optional(tmp_path: Path) -> None:
    analysis = _analysis(tmp_path / "a", "return record.customer")
    assert owner_class(analysis, "record") is None
    assert declared_optional(analysis, "record.customer") is None
    both = RECORDS.replace("customer: str\n", "customer: str | None\n")
    _site, analysis = crash_at(tmp_path / "b", {"shop.py": both}, "shop.py",
                               "return record.customer", "AttributeError",
                               "'NoneType' object has no attribute 'upper'", {})
    assert declared_optional(analysis, "record.customer") is not None


def _init_records(init: str) -> str:
    return RECORDS.replace('''    @dataclass
    class Order:
        customer: str
''', f'''    class Order:
        def __init__(self, number: str, customer: str | None, note: str) -> None:
            self.number = number
            {init}
''')


def test_a_field_set_in_init_is_declared_as_its_parameter(tmp_path: Path) -> None:
    # `Order` declares no class-level `customer`: `Quote`'s optional one is not its.
    records = _init_records("self.customer = note")
    _site, analysis = crash_at(tmp_path / "a", {"shop.py": records}, "shop.py",
                               "return order.customer", "AttributeError",
                               "'NoneType' object has no attribute 'upper'", {})
    assert declared_optional(analysis, "order.customer") is None
    records = _init_records("self.customer = customer")
    _site, analysis = crash_at(tmp_path / "b", {"shop.py": records}, "shop.py",
                               "return order.customer", "AttributeError",
                               "'NoneType' object has no attribute 'upper'", {})
    said = declared_optional(analysis, "order.customer")
    assert said is not None and "customer: str | None" in said
