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


# analogous_dict_values, review 4: a sibling's helper that rounds to whole percent for a
DISCOUNTS = '''
    """Discount messages to the shop front and to accounting."""

    from __future__ import annotations

    import json
    from dataclasses import dataclass
    from decimal import Decimal
    from typing import Any

    OUTBOX: list[str] = []


    @dataclass
    class Line:
        sku: str
        rate: Decimal


    def _percent(rate: Decimal) -> int:
        """A whole percent, for the badge on the product page."""
        return round(rate * 100)


    def _send(body: dict[str, Any]) -> None:
        OUTBOX.append(json.dumps(body))


    def badge(line: Line) -> None:
        _send({"sku": line.sku, "discount_pct": _percent(line.rate)})


    def invoiced(line: Line) -> None:
        """Accounting gets the exact discount: 12.5 % stays 12.5."""
        _send({"sku": line.sku, "discount_pct": line.rate * 100})
'''

LATER_TESTS = '''
    import json
    from decimal import Decimal

    from shop.discounts import OUTBOX, Line, badge


    def test_badge() -> None:
        badge(Line("A1", Decimal("0.2")))
        assert json.loads(OUTBOX[-1])["discount_pct"] == 20
'''


def test_a_badge_rounding_helper_is_not_borrowed_for_exact_amounts(tmp_path: Path) -> None:
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/discounts.py": DISCOUNTS,
                   "tests/__init__.py": "", "tests/test_discounts.py": LATER_TESTS},
        'from decimal import Decimal\nfrom shop.discounts import Line, invoiced\n'
        'invoiced(Line("B2", Decimal("0.125")))',
        'import json\nfrom decimal import Decimal\n'
        'from shop.discounts import OUTBOX, Line, invoiced\n'
        'invoiced(Line("B2", Decimal("0.125")))\n'
        'assert float(json.loads(OUTBOX[-1])["discount_pct"]) == 12.5, OUTBOX[-1]\n')
    assert data is not None
