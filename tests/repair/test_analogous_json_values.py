"""A value JSON cannot encode, where a sibling writes the same key through a project
helper whose signature takes the refused type: the crash writes it the sibling's way, and
nothing is proposed when the siblings disagree or the helper's contract is silent."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.analogous_handling import AnalogousHandling
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

MONEY = '''
    from decimal import ROUND_HALF_UP, Decimal


    def to_cents(amount: Decimal) -> int:
        """``amount`` in euros as whole cents, half a cent rounded up."""
        return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
'''

PARTNER = '''
    import json
    from decimal import Decimal

    from pay.money import to_cents


    def capture_message(reference: str, total: Decimal) -> str:
        return json.dumps({"type": "capture", "amount_cents": to_cents(total)})


    def refund_message(reference: str, amount: Decimal, reason: str) -> str:
        return json.dumps({"type": "refund", "amount_cents": amount * 100, "reason": reason})


    def audit_line(amount: Decimal) -> str:
        return f"refund of {amount * 100} cents"
'''

MESSAGE = "Object of type Decimal is not JSON serializable"


def _propose(tmp_path: Path, partner: str = PARTNER, money: str = MONEY,
             needle: str = '"amount_cents": amount * 100',
             values: dict[str, object] | None = None) -> list[Candidate]:
    site, analysis = crash_at(
        tmp_path, {"pay/__init__.py": "", "pay/money.py": money, "pay/partner.py": partner},
        "pay/partner.py", needle, "TypeError", MESSAGE,
        values if values is not None else {"amount": "Decimal('12.45')", "reason": "'x'"})
    return [c for c in AnalogousHandling().propose(site, analysis)
            if "JSON" in c.description]


def _dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def test_the_computation_the_helper_makes_is_given_to_the_helper(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    after = found[0].edits["pay/partner.py"]
    assert after == _dedent(PARTNER).replace('"amount_cents": amount * 100',
                                             '"amount_cents": to_cents(amount)')
    # Unrelated code, the f-string computing the same, is left as it is.
    assert 'f"refund of {amount * 100} cents"' in after
    assert found[0].contract is not None and "capture_message" in found[0].contract


def test_the_refused_value_itself_goes_through_the_helper(tmp_path: Path) -> None:
    partner = PARTNER.replace('"amount_cents": amount * 100', '"amount_cents": amount')
    found = _propose(tmp_path, partner, needle='"amount_cents": amount,')
    assert len(found) == 1
    assert '"amount_cents": to_cents(amount),' in found[0].edits["pay/partner.py"]


def test_a_computation_the_helper_does_not_make_gets_nothing(tmp_path: Path) -> None:
    # amount * 1000 is not what to_cents computes: giving it the amount changes the number.
    partner = PARTNER.replace("amount * 100,", "amount * 1000,")
    assert _propose(tmp_path, partner, needle='"amount_cents": amount * 1000') == []


def test_siblings_writing_the_key_differently_back_nothing(tmp_path: Path) -> None:
    partner = PARTNER + '''

    def void_message(total: Decimal) -> str:
        return json.dumps({"type": "void", "amount_cents": str(total)})
'''
    assert _propose(tmp_path, partner) == []


def test_a_helper_whose_signature_says_nothing_is_not_used(tmp_path: Path) -> None:
    assert _propose(tmp_path, money=MONEY.replace("amount: Decimal) -> int",
                                                  "amount)")) == []


def test_a_helper_taking_another_type_is_not_used(tmp_path: Path) -> None:
    assert _propose(tmp_path, money=MONEY.replace("amount: Decimal", "amount: float")) == []


def test_without_a_sibling_writing_the_key_nothing_is_proposed(tmp_path: Path) -> None:
    partner = PARTNER.replace('"amount_cents": to_cents(total)', '"total": to_cents(total)')
    assert _propose(tmp_path, partner) == []


TESTS = '''
    from decimal import Decimal

    from pay.partner import capture_message


    def test_capture() -> None:
        message = capture_message("P-1", Decimal("59.90"))
        assert message == '{"type": "capture", "amount_cents": 5990}'
'''


def test_a_refund_message_is_written_in_cents_as_the_capture_is(tmp_path: Path) -> None:
    trigger = ('from decimal import Decimal\nfrom pay.partner import refund_message\n'
               'refund_message("P-1", Decimal("12.45"), "damaged")')
    check = ('import json\nfrom decimal import Decimal\nfrom pay.partner import refund_message\n'
             'assert json.loads(refund_message("P-1", Decimal("12.455"), "x"))["amount_cents"]'
             ' == 1246')
    data = fix_and_check(tmp_path, {"pay/__init__.py": "", "pay/money.py": MONEY,
                                    "pay/partner.py": PARTNER, "tests/test_partner.py": TESTS},
                         trigger, check)
    assert data is not None and data["status"] == "fixed"
    assert "to_cents(amount)" in data["patch"]
