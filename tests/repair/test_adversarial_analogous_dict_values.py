"""analogous_dict_values under review (a value built a frame above, a helper-computed
value): a sibling's helper that computes the crashing expression and then something more
(a fee taken off, another currency) does not say how this field goes out."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

NOTICES = '''
    """Payment notices sent to the ledger."""

    from __future__ import annotations

    import json
    from dataclasses import dataclass
    from decimal import Decimal
    from typing import Any

    OUTBOX: list[str] = []
    REFUND_FEE_CENTS = 30
    EUR_PER_USD = Decimal("0.92")


    @dataclass
    class Order:
        id: int
        total: Decimal


    HELPER


    def _queue(body: dict[str, Any]) -> None:
        OUTBOX.append(json.dumps(body))


    def notify_paid(order: Order) -> None:
        """The ledger gets the full amount paid, in US cents."""
        _queue({"order_id": order.id, "amount_cents": order.total * 100})


    def notify_refunded(order: Order, amount: Decimal) -> None:
        _queue({"order_id": order.id, "amount_cents": CALL(amount)})
'''

FEE = '''def _refund_cents(amount: Decimal) -> int:
        """What the customer gets back: the amount in cents, less the refund fee."""
        return int(amount * 100) - REFUND_FEE_CENTS'''

EURO = '''def _eur_cents(amount: Decimal) -> int:
        """A dollar amount in euro cents, for the EU ledger."""
        return int(amount * 100 * EUR_PER_USD)'''

TESTS = '''
    import json
    from decimal import Decimal

    from billing.notices import OUTBOX, Order, notify_refunded


    def test_notify_refunded() -> None:
        notify_refunded(Order(1, Decimal("10")), Decimal("5"))
        assert json.loads(OUTBOX[-1])["amount_cents"] == EXPECTED
'''

TRIGGER = ('from decimal import Decimal\nfrom billing.notices import Order, notify_paid\n'
           'notify_paid(Order(7, Decimal("12.50")))')

CHECK = ('import json\nfrom decimal import Decimal\n'
         'from billing.notices import OUTBOX, Order, notify_paid\n'
         'notify_paid(Order(7, Decimal("12.50")))\n'
         'assert json.loads(OUTBOX[-1])["amount_cents"] == 1250, OUTBOX[-1]\n')


def _files(helper: str, call: str, expected: str) -> dict[str, str]:
    return {"billing/__init__.py": "",
            "billing/notices.py": NOTICES.replace("HELPER", helper).replace("CALL", call),
            "tests/__init__.py": "", "tests/test_notices.py": TESTS.replace("EXPECTED",
                                                                             expected)}


def test_a_helper_that_also_takes_a_fee_off_is_not_borrowed(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, _files(FEE, "_refund_cents", "470"), TRIGGER, CHECK)
    assert data is not None


def test_a_helper_that_also_changes_currency_is_not_borrowed(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, _files(EURO, "_eur_cents", "460"), TRIGGER, CHECK)
    assert data is not None
