"""A float meeting a Decimal is converted to Decimal exactly, never the other way round,
and the conversion is backed only where the code says the result is a Decimal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bugstack.repair.analyse import analyse
from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.operands import OperandTypes
from tests.repair.test_candidates import _site

_TAX = '''
    from decimal import Decimal

    CENT = Decimal("0.01")

    def gross(net: Decimal, rate) -> Decimal:
        """``net`` plus VAT at ``rate``, to the cent."""
        return (net * (1 + rate)).quantize(CENT)

    def ratio(a: float, b: float) -> float:
        return a * (1 + b)
'''
_MESSAGE = "unsupported operand type(s) for *: 'decimal.Decimal' and 'float'"


def _proposed(tmp_path: Path, module: str, needle: str = "net * (1 + rate)",
              message: str = _MESSAGE) -> list[Candidate]:
    site, root = _site(tmp_path, {"tax.py": module}, "tax.py", needle, "TypeError", message,
                       {"net": "Decimal('12.00')", "rate": "0.2"})
    return list(OperandTypes().propose(site, analyse(site, root)))


def _run(source: str, call: str) -> object:
    namespace: dict[str, object] = {}
    exec(source, namespace)
    return eval(call, namespace)


def test_the_float_becomes_an_exact_decimal(tmp_path: Path) -> None:
    found = _proposed(tmp_path, _TAX)
    assert len(found) == 1
    after = found[0].edits["tax.py"]
    assert "return (net * (1 + Decimal(str(rate)))).quantize(CENT)" in after
    # The unrelated float arithmetic next door is left alone.
    assert "    return a * (1 + b)\n" in after
    assert found[0].contract is not None and "`gross` returns `Decimal`" in found[0].contract
    assert "`net` is annotated `Decimal`" in found[0].contract
    result = _run(after, "gross(Decimal('12.00'), 0.2)")
    assert result == Decimal("14.40") and isinstance(result, Decimal)
    # A rate that already is a Decimal passes through unchanged.
    assert _run(after, "gross(Decimal('0.125'), Decimal('0.2'))") == Decimal("0.15")


def test_no_decimal_contract_is_a_guess(tmp_path: Path) -> None:
    module = _TAX.replace("def gross(net: Decimal, rate) -> Decimal:", "def gross(net, rate):")
    found = _proposed(tmp_path, module)
    assert len(found) == 1 and found[0].contract is None and found[0].plausibility < 0.5
    # Even a guess never turns the Decimal into a float.
    assert "float(" not in found[0].edits["tax.py"]
    # A float that arrived through a parameter annotated Decimal is backed by it.
    typed_rate = module.replace("def gross(net, rate):", "def gross(net, rate: Decimal):")
    found = _proposed(tmp_path / "2", typed_rate)
    assert [c.contract for c in found] == [
        "`rate` is annotated `Decimal` but arrived as a float: the money stays Decimal"]


def test_float_literal_keeps_its_digits_and_decimal_is_imported(tmp_path: Path) -> None:
    module = '''
        import decimal

        def with_fee(amount: decimal.Decimal) -> decimal.Decimal:
            return amount + 0.35
    '''
    found = _proposed(tmp_path, module, "amount + 0.35",
                      "unsupported operand type(s) for +: 'decimal.Decimal' and 'float'")
    assert len(found) == 1
    assert 'return amount + decimal.Decimal("0.35")' in found[0].edits["tax.py"]
    bare = '''
        def with_fee(amount: "Decimal") -> "Decimal":
            return 0.35 + amount
    '''
    found = _proposed(tmp_path / "2", bare, "0.35 + amount",
                      "unsupported operand type(s) for +: 'float' and 'decimal.Decimal'")
    after = found[0].edits["tax.py"]
    assert after.startswith("from decimal import Decimal\n")
    assert 'return Decimal("0.35") + amount' in after
    assert found[0].contract is not None and "`with_fee` returns `'Decimal'`" in found[0].contract
    assert _run(after, "with_fee(Decimal('1.00'))") == Decimal("1.35")


def test_augmented_assignment_converts_the_added_float(tmp_path: Path) -> None:
    module = '''
        from decimal import Decimal

        def total(prices: list[float]) -> Decimal:
            """The sum of the prices, in exact money."""
            running = Decimal("0")
            for price in prices:
                running += price
            return running
    '''
    site, root = _site(tmp_path, {"t.py": module}, "t.py", "running += price", "TypeError",
                       "unsupported operand type(s) for +=: 'decimal.Decimal' and 'float'",
                       {"running": "Decimal('0')", "price": "0.1"})
    found = list(OperandTypes().propose(site, analyse(site, root)))
    assert len(found) == 1 and found[0].contract is not None
    after = found[0].edits["t.py"]
    assert "        running += Decimal(str(price))\n" in after
    assert _run(after, "total([0.1, 0.2])") == Decimal("0.3")


def test_other_operand_mismatches_still_use_the_general_conversions(tmp_path: Path) -> None:
    module = '''
        def total(count: int, extra) -> int:
            return count + extra
    '''
    site, root = _site(tmp_path, {"t.py": module}, "t.py", "count + extra", "TypeError",
                       "unsupported operand type(s) for +: 'int' and 'str'",
                       {"count": "2", "extra": "'3'"})
    found = list(OperandTypes().propose(site, analyse(site, root)))
    assert any("return count + int(extra)" in c.edits["t.py"] for c in found)
    site, root = _site(tmp_path / "2", {"t.py": module}, "t.py", "count + extra", "TypeError",
                       "unsupported operand type(s) for +: 'int' and 'datetime.timedelta'",
                       {"count": "2", "extra": "datetime.timedelta(days=1)"})
    assert list(OperandTypes().propose(site, analyse(site, root))) == []
