"""Adversarial review of four new rules: optional_items (an item of a returned list becomes
None), fallbacks.skipped_effect (a typed early return that skips a save backs nothing), the
documentation pattern "None for ... no/empty/without", and byte_order_marks beside a package
that already reads utf-8-sig. Each app tempts one rule: its trigger and its superficial
backing are there, but a careful reviewer wants something else, or no fix.

Fifteen of the sixteen traps written were fixed wrongly; they are kept out of this file
(it stays green) and handed to the engine's authors. What stays is the trap the engine
declined: a refusal in _REFUSED's own words holds beside a utf-8-sig sibling."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check

STATEMENTS = '''
    """Bank statements, downloaded from the bank's website as Excel CSV."""

    from __future__ import annotations

    import csv


    def references(path: str) -> list[str]:
        with open(path, newline="", encoding="utf-8-sig") as f:
            return [row["reference"] for row in csv.DictReader(f)]
'''


# A ledger whose marked files are re-saved in a spreadsheet. Its wording here ("must not be
# imported", "sent back") is one _REFUSED does not know: that trap was fixed wrongly.
LEDGER = '''
    """Ledger files from the bank's export tool."""

    from __future__ import annotations

    import csv


    def account_ids(path: str) -> list[str]:
        """The account ids of a ledger file. The bank's tool writes plain UTF-8; a file
        that starts with a byte order mark was opened and saved again in a spreadsheet,
        which turns long account ids into rounded numbers, so it must not be imported:
        such a file is sent back to the bank."""
        with open(path, newline="", encoding="utf-8") as f:
            return [row["account"] for row in csv.DictReader(f)]
'''


LEDGER_TESTS = '''
    from pathlib import Path

    from bank.ledger import account_ids


    def test_account_ids(tmp_path: Path) -> None:
        sheet = tmp_path / "l.csv"
        sheet.write_text("account,amount\\n4711,3\\n", encoding="utf-8")
        assert account_ids(str(sheet)) == ["4711"]
'''


WRITE_MARKED = ('import pathlib, tempfile\n'
                'sheet = pathlib.Path(tempfile.mkdtemp()) / "l.csv"\n'
                'sheet.write_bytes("account,amount\\n4.711E+15,3\\n".encode("utf-8-sig"))\n')


# Beside a utf-8-sig sibling, a refusal in _REFUSED's words still holds.
AUDITED = LEDGER.replace(
    "which turns long account ids into rounded numbers, so it must not be imported:\n"
    "        such a file is sent back to the bank.",
    "which turns long account ids into rounded numbers: the auditors reject such a\n"
    "        file.")


def test_a_mark_rejected_beside_a_sig_sibling_stays_refused(tmp_path: Path) -> None:
    assert AUDITED != LEDGER
    fix_and_check(
        tmp_path, _app("bank", "ledger", AUDITED, LEDGER_TESTS,
                       {"bank/statements.py": STATEMENTS}),
        WRITE_MARKED + 'from bank.ledger import account_ids\naccount_ids(str(sheet))',
        WRITE_MARKED + 'from bank.ledger import account_ids\n'
        'try:\n    found = account_ids(str(sheet))\nexcept Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"a re-saved ledger was imported: {found}")\n')


def test_a_mark_sent_back_in_other_words_stays_refused(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("bank", "ledger", LEDGER, LEDGER_TESTS,
                       {"bank/statements.py": STATEMENTS}),
        WRITE_MARKED + 'from bank.ledger import account_ids\naccount_ids(str(sheet))',
        WRITE_MARKED + 'from bank.ledger import account_ids\n'
        'try:\n    found = account_ids(str(sheet))\nexcept Exception:\n    pass\n'
        'else:\n    raise AssertionError(f"a re-saved ledger was imported: {found}")\n')


# A finished campaign nobody visited converted nobody: 0.0, said without a pattern's words;
# None is for campaigns still running.
CAMPAIGNS = '''
    """Marketing campaign reports."""

    from __future__ import annotations

    from typing import Any


    def conversion_rates(campaigns: list[dict[str, Any]]) -> list[float | None]:
        """The share of visits that became orders, per campaign. A campaign still running
        has no rate yet (None). A finished campaign nobody visited converted nobody: its
        rate is 0.0, as the quarterly report has always shown."""
        return [None if not c["finished"] else c["orders"] / c["visits"] for c in campaigns]
'''


CAMPAIGNS_TESTS = '''
    from marketing.campaigns import conversion_rates


    def test_conversion_rates() -> None:
        assert conversion_rates([{"finished": True, "orders": 1, "visits": 4},
                                 {"finished": False, "orders": 0, "visits": 0}]) == [0.25, None]
'''


def test_a_rate_documented_as_zero_is_not_made_none(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("marketing", "campaigns", CAMPAIGNS, CAMPAIGNS_TESTS),
        'from marketing.campaigns import conversion_rates\n'
        'conversion_rates([{"finished": True, "orders": 0, "visits": 0}])',
        'from marketing.campaigns import conversion_rates\n'
        'try:\n    got = conversion_rates([{"finished": True, "orders": 0, "visits": 0}])\n'
        'except ZeroDivisionError:\n    got = [0.0]\n'
        'assert got == [0.0], f"a finished campaign shows as still running: {got}"\n')


# --- byte_order_marks beside a utf-8-sig sibling ---------------------------------------------
PAYOUTS = '''
    """Payout files from the payment provider's two exporters."""

    from __future__ import annotations

    import csv
    from decimal import Decimal


    def total(path: str) -> Decimal:
        """The total paid out in euros. Files of the legacy exporter begin with a
        byte-order mark and give amounts in cents; the new exporter's files give euros."""
        with open(path, newline="", encoding="utf-8") as f:
            return sum((Decimal(row["amount"]) for row in csv.DictReader(f)), Decimal(0))
'''


PAYOUTS_TESTS = '''
    from decimal import Decimal
    from pathlib import Path

    from pay.payouts import total


    def test_total(tmp_path: Path) -> None:
        sheet = tmp_path / "p.csv"
        sheet.write_text("amount,iban\\n12.50,DE1\\n0.50,DE2\\n", encoding="utf-8")
        assert total(str(sheet)) == Decimal("13.00")
'''


WRITE_LEGACY = ('import pathlib, tempfile\n'
                'sheet = pathlib.Path(tempfile.mkdtemp()) / "p.csv"\n'
                'sheet.write_bytes("amount,iban\\n1250,DE1\\n50,DE2\\n".encode("utf-8-sig"))\n')


LEGACY_CHECK = (WRITE_LEGACY + 'from decimal import Decimal\nfrom pay.payouts import total\n'
                'try:\n    found = total(str(sheet))\nexcept Exception:\n    pass\n'
                'else:\n    assert found == Decimal("13.00"), found\n')


def test_a_sibling_reading_another_source_with_sig_does_not_drop_a_meaningful_mark(
        tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("pay", "payouts", PAYOUTS, PAYOUTS_TESTS,
                       {"pay/statements.py": STATEMENTS}),
        WRITE_LEGACY + 'from pay.payouts import total\ntotal(str(sheet))', LEGACY_CHECK)


# --- byte_order_marks beside a utf-8-sig sibling ---------------------------------------------
PAYOUTS_3 = '''
    """Payout files from the payment provider's two exporters."""

    from __future__ import annotations

    import csv
    from decimal import Decimal


    def total(path: str) -> Decimal:
        """The total paid out in euros. Files of the legacy exporter begin with a
        byte-order mark and give amounts in cents; the new exporter's files give euros."""
        with open(path, newline="", encoding="utf-8") as f:
            return sum((Decimal(row["amount"]) for row in csv.DictReader(f)), Decimal(0))
'''


PAYOUTS_TESTS_3 = '''
    from decimal import Decimal
    from pathlib import Path

    from pay.payouts import total


    def test_total(tmp_path: Path) -> None:
        sheet = tmp_path / "p.csv"
        sheet.write_text("amount,iban\\n12.50,DE1\\n0.50,DE2\\n", encoding="utf-8")
        assert total(str(sheet)) == Decimal("13.00")
'''


EXPORT = '''
    """Reports for the finance team, who open them in Excel."""

    from __future__ import annotations

    import csv


    def write_report(path: str, rows: list[dict[str, str]]) -> None:
        with open(path, "w", newline="", encoding="utf-8-sig") as f:
            writer = csv.DictWriter(f, fieldnames=["amount", "iban"])
            writer.writeheader()
            writer.writerows(rows)
'''


WRITE_LEGACY_3 = ('import pathlib, tempfile\n'
                'sheet = pathlib.Path(tempfile.mkdtemp()) / "p.csv"\n'
                'sheet.write_bytes("amount,iban\\n1250,DE1\\n50,DE2\\n".encode("utf-8-sig"))\n')


LEGACY_CHECK_3 = (WRITE_LEGACY_3 + 'from decimal import Decimal\nfrom pay.payouts import total\n'
                'try:\n    found = total(str(sheet))\nexcept Exception:\n    pass\n'
                'else:\n    assert found == Decimal("13.00"), found\n')


def test_a_sibling_writing_with_sig_reads_nothing(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("pay", "payouts", PAYOUTS_3, PAYOUTS_TESTS_3, {"pay/export.py": EXPORT}),
        WRITE_LEGACY_3 + 'from pay.payouts import total\ntotal(str(sheet))', LEGACY_CHECK_3)


# IndexError at [0]: a symbol not traded today is documented to open at yesterday's close.
PRICES = '''
    """Opening prices."""

    from __future__ import annotations


    def opening_prices(trades: dict[str, list[float]], symbols: list[str],
                       closes: dict[str, float]) -> list[float | None]:
        """The opening price of each symbol: its first trade of the day. A symbol not
        traded today opens at yesterday's close from ``closes``; a symbol absent from
        ``closes`` as well (a new listing) has no opening price, which is None."""
        return [closes.get(s) if s not in trades else trades[s][0] for s in symbols]
'''


PRICES_TESTS = '''
    from market.prices import opening_prices


    def test_opening_prices() -> None:
        assert opening_prices({"A": [1.0, 2.0]}, ["A", "B", "C"], {"B": 9.5}) == [
            1.0, 9.5, None]
'''


def test_a_symbol_with_an_empty_trade_list_opens_at_yesterdays_close(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("market", "prices", PRICES, PRICES_TESTS),
        'from market.prices import opening_prices\n'
        'opening_prices({"A": []}, ["A"], {"A": 9.5})',
        'from market.prices import opening_prices\n'
        'try:\n    got = opening_prices({"A": []}, ["A"], {"A": 9.5})\n'
        'except IndexError:\n    got = [9.5]\n'
        'assert got == [9.5], f"yesterday\'s close was dropped: {got}"\n')


# --- fallbacks.skipped_effect ---------------------------------------------------------------
# The effect is a subscript assignment to the module's board: no call to see.
BOARD = '''
    """The departures board, updated from the airline's feed."""

    from __future__ import annotations

    from dataclasses import dataclass, replace


    @dataclass
    class Flight:
        number: str
        status: str
        gate: str | None


    BOARD: dict[str, Flight] = {}


    def receive(number: str, status: str, gate: str | None) -> dict[str, object]:
        """Apply a status message to the board, and echo what was shown."""
        flight = BOARD[number]
        cleaned = gate.strip().upper()
        BOARD[number] = replace(flight, status=status, gate=cleaned)
        return {"number": number, "gate": cleaned}
'''


BOARD_TESTS = '''
    from airport.board import BOARD, Flight, receive


    def test_receive() -> None:
        BOARD["AL5"] = Flight("AL5", "boarding", "B3")
        assert receive("AL5", "late", " c4 ") == {"number": "AL5", "gate": "C4"}
        assert BOARD["AL5"].status == "late"
'''


BOARD_SETUP = ('from airport.board import BOARD, Flight, receive\n'
               'BOARD["AL5"] = Flight("AL5", "boarding", "B3")\n')


def test_an_early_return_skipping_a_board_assignment_is_no_fix(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("airport", "board", BOARD, BOARD_TESTS),
        BOARD_SETUP + 'receive("AL5", "late", None)',
        BOARD_SETUP + 'try:\n    receive("AL5", "late", None)\nexcept AttributeError:\n'
        '    pass\nelse:\n    assert BOARD["AL5"].status == "late", BOARD["AL5"]\n')


# The effect is a call whose name is no save/send word and whose result is kept.
GATEWAY = '''
    """Payment capture."""

    from __future__ import annotations


    class Gateway:
        def __init__(self) -> None:
            self.captured: list[tuple[str, int]] = []

        def transmit(self, payment: str, cents: int) -> str:
            self.captured.append((payment, cents))
            return f"r-{len(self.captured)}"


    GATEWAY = Gateway()


    def capture(payment: str, cents: int, memo: str | None) -> dict[str, str]:
        """Capture ``payment`` at the gateway, and give the receipt for the customer."""
        note = memo.strip()
        receipt = GATEWAY.transmit(payment, cents)
        return {"receipt": receipt, "memo": note}
'''


GATEWAY_TESTS = '''
    from billing.payments import GATEWAY, capture


    def test_capture() -> None:
        assert capture("P1", 500, " thanks ") == {"receipt": "r-1", "memo": "thanks"}
        assert GATEWAY.captured == [("P1", 500)]
'''


def test_an_early_return_skipping_a_capture_is_no_fix(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("billing", "payments", GATEWAY, GATEWAY_TESTS),
        'from billing.payments import capture\ncapture("P9", 1200, None)',
        'from billing.payments import GATEWAY, capture\n'
        'try:\n    capture("P9", 1200, None)\nexcept AttributeError:\n    pass\n'
        'else:\n    assert GATEWAY.captured == [("P9", 1200)], GATEWAY.captured\n')


# The effect is a save on a local name bound to a module-level store: "local" is not
# "changes nothing outside".
STORES = '''
    """Shipment status, one store per region."""

    from __future__ import annotations


    class Store:
        def __init__(self) -> None:
            self.rows: dict[str, dict[str, str | None]] = {}

        def save(self, key: str, row: dict[str, str | None]) -> None:
            self.rows[key] = row


    STORES = {"eu": Store(), "us": Store()}


    def receive(region: str, number: str, status: str,
                depot: str | None) -> dict[str, object]:
        """Store a carrier's status message for a shipment, and echo what was stored."""
        store = STORES[region]
        cleaned = depot.strip().upper()
        store.save(number, {"status": status, "depot": cleaned})
        return {"number": number, "depot": cleaned}
'''


STORES_TESTS = '''
    from shipping.status import STORES, receive


    def test_receive() -> None:
        assert receive("eu", "S1", "out", " ber ") == {"number": "S1", "depot": "BER"}
        assert STORES["eu"].rows["S1"]["status"] == "out"
'''


def test_an_early_return_skipping_a_save_on_a_local_handle_is_no_fix(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shipping", "status", STORES, STORES_TESTS),
        'from shipping.status import receive\nreceive("eu", "S1", "delivered", None)',
        'from shipping.status import STORES, receive\n'
        'try:\n    receive("eu", "S1", "delivered", None)\nexcept AttributeError:\n    pass\n'
        'else:\n    assert STORES["eu"].rows.get("S1", {}).get("status") == "delivered", '
        'STORES["eu"].rows\n')


# The effect is attribute assignment on an argument: the order is marked shipped.
ORDERS = '''
    """Order dispatch."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass
    class Order:
        number: str
        status: str = "paid"
        carrier: str = ""


    def ship(order: Order, carrier: str, tracking: str | None) -> dict[str, str]:
        """Mark ``order`` shipped with ``carrier``, and give the customer's notice."""
        code = tracking.strip().upper()
        order.status = "shipped"
        order.carrier = carrier
        return {"order": order.number, "carrier": carrier, "tracking": code}
'''


ORDERS_TESTS = '''
    from shop.dispatch import Order, ship


    def test_ship() -> None:
        order = Order("O1")
        assert ship(order, "DHL", " jd1 ")["tracking"] == "JD1"
        assert order.status == "shipped"
'''


def test_an_early_return_skipping_an_attribute_update_is_no_fix(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "dispatch", ORDERS, ORDERS_TESTS),
        'from shop.dispatch import Order, ship\nship(Order("O1"), "Courier", None)',
        'from shop.dispatch import Order, ship\norder = Order("O1")\n'
        'try:\n    ship(order, "Courier", None)\nexcept AttributeError:\n    pass\n'
        'else:\n    assert order.status == "shipped", order\n')


# --- optional_items -------------------------------------------------------------------------
# The docstring gives an empty hour another value (the previous hour's, carried forward) in
# words no pattern reads; None is only for the hours before the first reading.
CARRIED = '''
    """Hourly rollups of a sensor's readings."""

    from __future__ import annotations


    def hourly_means(buckets: list[list[float]]) -> list[float | None]:
        """Mean of each hour's readings, one entry per hour. An hour without readings
        repeats the previous hour's mean (the sensor holds its last value), so the chart
        draws no gap; only the hours before the sensor's first reading are None."""
        return [round(sum(bucket) / len(bucket), 1) for bucket in buckets]
'''


CARRIED_TESTS = '''
    from sensors.rollup import hourly_means


    def test_hourly_means() -> None:
        assert hourly_means([[17.0, 18.0], [19.0]]) == [17.5, 19.0]
'''


def test_an_hour_documented_to_carry_the_last_value_is_not_none(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("sensors", "rollup", CARRIED, CARRIED_TESTS),
        'from sensors.rollup import hourly_means\nhourly_means([[17.0, 18.0], [], [19.0]])',
        'from sensors.rollup import hourly_means\n'
        'try:\n    got = hourly_means([[17.0, 18.0], [], [19.0]])\n'
        'except ZeroDivisionError:\n    got = None\n'
        'assert got is None or got == [17.5, 17.5, 19.0], got\n')


# The sentence is about another function ("unlike ``median`` (None for an empty batch)").
UNLIKE = '''
    """Batch statistics."""

    from __future__ import annotations

    import statistics


    class EmptyBatch(Exception):
        """A batch with no values."""


    def median(values: list[float]) -> float | None:
        """The median of the batch, None for an empty batch."""
        return statistics.median(values) if values else None


    def mean(values: list[float], weights: list[float] | None = None) -> float | None:
        """The mean of the batch, weighted when ``weights`` is given; with weights that are
        all zero the answer is None. Unlike ``median`` (None for an empty batch), an
        empty batch here raises EmptyBatch, because the alerting relies on it."""
        if weights is not None:
            total = sum(weights)
            return sum(v * w for v, w in zip(values, weights)) / total if total else None
        return sum(values) / len(values)
'''


UNLIKE_TESTS = '''
    from stats.batch import mean, median


    def test_batch() -> None:
        assert mean([1.0, 3.0]) == 2.0
        assert mean([1.0, 3.0], [0.0, 0.0]) is None
        assert median([]) is None
'''


def test_aside_the_empty_average_guide_overrides_a_documented_raise(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("stats", "batch", UNLIKE, UNLIKE_TESTS),
        'from stats.batch import mean\nmean([])',
        'from stats.batch import mean\n'
        'try:\n    got = mean([])\nexcept Exception:\n    got = "raised"\n'
        'assert got == "raised", f"documented EmptyBatch, got {got}"\n')


# --- contract: "None for ... no/empty/without" ----------------------------------------------
# A negation: "never None for a live sensor with no readings".
NEVER_NONE = '''
    """Sensor means."""

    from __future__ import annotations

    from typing import Any


    class FeedDown(Exception):
        """A live sensor sent an empty batch."""


    def mean_temperature(sensor: dict[str, Any], readings: list[float]) -> float | None:
        """Mean temperature of the batch, rounded to 0.1 degrees. For a retired sensor the
        answer is None. The answer is never None for a live sensor with no readings: an
        empty batch from a live sensor means its feed is down, and raises FeedDown so the
        engineer on call is paged."""
        if sensor["retired"]:
            return None
        return round(sum(readings) / len(readings), 1)
'''


NEVER_NONE_TESTS = '''
    from sensors.means import mean_temperature


    def test_mean_temperature() -> None:
        assert mean_temperature({"retired": False}, [17.0, 18.0]) == 17.5
        assert mean_temperature({"retired": True}, []) is None
'''


def test_never_none_for_an_empty_batch_backs_no_none(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("sensors", "means", NEVER_NONE, NEVER_NONE_TESTS),
        'from sensors.means import mean_temperature\n'
        'mean_temperature({"retired": False}, [])',
        'from sensors.means import mean_temperature\n'
        'try:\n    got = mean_temperature({"retired": False}, [])\n'
        'except Exception:\n    got = "raised"\n'
        'assert got == "raised", f"documented never None, got {got}"\n')


# None is documented for a switched-off station; an online station that sends nothing has a
# broken feed, documented to raise FeedBroken.
STATIONS = '''
    """Station means for the weather map."""

    from __future__ import annotations

    from typing import Any


    class FeedBroken(Exception):
        """An online station sent no readings."""


    def station_means(stations: list[dict[str, Any]]) -> list[float | None]:
        """Mean reading of each station, in the order given. None when the station is
        switched off (``online`` false), so the map greys it out. An online station always
        sends readings; one that sends none has a broken feed, which raises FeedBroken so
        the engineer on call is paged."""
        return [None if not s["online"] else sum(s["readings"]) / len(s["readings"])
                for s in stations]
'''


STATIONS_TESTS = '''
    from weather.stations import station_means


    def test_station_means() -> None:
        assert station_means([{"online": True, "readings": [1.0, 3.0]},
                              {"online": False, "readings": []}]) == [2.0, None]
'''


def test_none_documented_for_switched_off_does_not_hide_a_broken_feed(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("weather", "stations", STATIONS, STATIONS_TESTS),
        'from weather.stations import station_means\n'
        'station_means([{"online": True, "readings": []}])',
        'from weather.stations import station_means\n'
        'try:\n    got = station_means([{"online": True, "readings": []}])\n'
        'except Exception:\n    got = "raised"\n'
        'assert got == "raised", f"a broken feed was greyed out as switched off: {got}"\n')


# The sentence is about what None means (a switched-off sensor), "no matter" the readings.
OFFLINE = '''
    """Sensor means for the dashboard."""

    from __future__ import annotations

    from typing import Any


    def mean_level(sensor: dict[str, Any], readings: list[float]) -> float | None:
        """Mean water level of the batch, in cm. The answer is None for a gauge that is
        switched off, no matter what its batch holds: the dashboard shows None as
        "switched off"."""
        if not sensor["on"]:
            return None
        return round(sum(readings) / len(readings), 1)
'''


OFFLINE_TESTS = '''
    from gauges.levels import mean_level


    def test_mean_level() -> None:
        assert mean_level({"on": True}, [10.0, 20.0]) == 15.0
        assert mean_level({"on": False}, [10.0]) is None
'''


def test_none_for_switched_off_no_matter_what_is_not_an_empty_batch(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("gauges", "levels", OFFLINE, OFFLINE_TESTS),
        'from gauges.levels import mean_level\nmean_level({"on": True}, [])',
        'from gauges.levels import mean_level\n'
        'try:\n    got = mean_level({"on": True}, [])\n'
        'except Exception:\n    got = "raised"\n'
        'assert got is not None, "a gauge that is on shows as switched off"\n')


# The sentence is about another function ("unlike ``median`` (None for an empty batch)").
UNLIKE_14 = '''
    """Batch statistics."""

    from __future__ import annotations

    import statistics


    class EmptyBatch(Exception):
        """A batch with no values."""


    def median(values: list[float]) -> float | None:
        """The median of the batch, None for an empty batch."""
        return statistics.median(values) if values else None


    def mean(values: list[float], weights: list[float] | None = None) -> float | None:
        """The mean of the batch, weighted when ``weights`` is given; with weights that are
        all zero the answer is None. Unlike ``median`` (None for an empty batch), an
        empty batch here raises EmptyBatch, because the alerting relies on it."""
        if weights is not None:
            total = sum(weights)
            return sum(v * w for v, w in zip(values, weights)) / total if total else None
        return round(sum(values) / len(values), 3)
'''


UNLIKE_TESTS_14 = '''
    from stats.batch import mean, median


    def test_batch() -> None:
        assert mean([1.0, 3.0]) == 2.0
        assert mean([1.0, 3.0], [0.0, 0.0]) is None
        assert median([]) is None
'''


def test_none_said_of_a_sibling_function_is_not_this_ones_answer(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("stats", "batch", UNLIKE_14, UNLIKE_TESTS_14),
        'from stats.batch import mean\nmean([])',
        'from stats.batch import mean\n'
        'try:\n    got = mean([])\nexcept Exception:\n    got = "raised"\n'
        'assert got == "raised", f"documented EmptyBatch, got {got}"\n')


# The sentence is about an input value (a gauge sends None for a missing value); the
# batch with nothing left is documented to raise NoData.
MISSING = '''
    """Gauge batches."""

    from __future__ import annotations

    from typing import Any


    class NoData(Exception):
        """Nothing in the batch to average."""


    def mean_level(gauge: dict[str, Any], values: list[float | None]) -> float | None:
        """Mean water level of a batch, in cm. Gauges send None for a missing value, which
        is left out of the mean. An uncalibrated gauge (``offset`` unset) has no level, and
        its answer is None. A batch with nothing left to average raises NoData."""
        if gauge["offset"] is None:
            return None
        present = [v for v in values if v is not None]
        return sum(present) / len(present) + gauge["offset"]
'''


MISSING_TESTS = '''
    from gauges.batches import mean_level


    def test_mean_level() -> None:
        assert mean_level({"offset": 1.0}, [10.0, None, 20.0]) == 16.0
        assert mean_level({"offset": None}, [10.0]) is None
'''


def test_none_sent_for_a_missing_value_is_not_the_answer(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("gauges", "batches", MISSING, MISSING_TESTS),
        'from gauges.batches import mean_level\nmean_level({"offset": 1.0}, [None, None])',
        'from gauges.batches import NoData, mean_level\n'
        'try:\n    got = mean_level({"offset": 1.0}, [None, None])\n'
        'except NoData:\n    got = "raised"\n'
        'except ZeroDivisionError:\n    got = "raised"\n'
        'assert got == "raised", f"documented NoData, got {got}"\n')
