"""Twenty-first adversarial review: rates left out on purpose, quotients documented for
the empty case, calls pulled into a local, and a None against the return type.

Four changes are under review:

* ``identity-rate`` (``candidates/identity_rates.py``): a KeyError on ``TABLE[key]``, a
  module dict of numbers only multiplied or divided by, the key bound to one module text
  constant (``BASE_CURRENCY = "GBP"``), and a sentence of the table's comment or the
  function's documentation naming the constant with "not listed", "needs no conversion",
  "at face value" ...: the read becomes ``Decimal(1) if key == BASE_CURRENCY else
  TABLE[key]``;
* ``documented-zero-divisor-answer`` (``candidates/zero_divisor_answers.py``): a
  ZeroDivisionError in a ``return`` whose one named divisor's words (or the words of the
  names it was computed from, compared by their first four letters) share a docstring
  sentence with an absence word and one value in code quotes or brackets: ``if not d:
  return V`` goes in front of the return;
* ``none-guard`` pulling a call into a local (3cdaad1): ``loan = self.latest_loan()`` /
  ``if loan is None: ...`` in front of the crashed statement, every read of the call in
  the statement replaced by the local;
* ``_none_against_the_type`` (``candidates/generic_backing.py``): a generically backed
  candidate whose diff adds a ``return`` line with ``None`` in it loses its backing when
  an edited function's annotation has no ``None``, ``Optional[``, ``Any`` or ``object``
  in it.

Each trap is a small app whose crash looks like the rule's case while its words or its
code give another answer; the hidden assertion checks the behaviour a careful reviewer
expects, and a declined fix passes.

Wrong-fix traps, ``identity-rate``:

* ``test_a_sterling_payment_pays_no_cross_border_fee``: the docstring's "needs no
  conversion" is about the exchange rate, which the code already answers; the table that
  crashed is the acquirer's fee, a fraction of the payment. One as the base currency's
  fee takes the whole payment;
* ``test_a_sterling_payout_is_a_hundred_pence_to_the_pound``: the table is in pence per
  unit; the base currency "needs no conversion" of exchange, but a pound is still 100
  pence, not 1;
* ``test_the_dublin_ledger_does_not_book_pounds_as_euros``: "payments in euros need no
  conversion, while those in the base currency are converted at the ECB's rate": the
  sentence names the base currency, and the words of face value are about the euro;
* ``test_home_sales_pay_uk_vat_not_a_hundred_per_cent``: "the home country is not listed:
  its VAT is HMRC's, ``UK_STANDARD_RATE``": the table is of VAT rates, and one is 100 %.

Wrong-fix traps, ``documented-zero-divisor-answer``:

* ``test_a_new_couriers_on_time_fraction_is_one_not_a_hundred``: the function gives a
  fraction from 0 to 1; the documented ``100`` is how the league table prints a clean
  record (per cent);
* ``test_an_unsold_item_is_not_first_to_reorder``: "an item with nothing on hand has
  (0.0) days of cover" is about the numerator; it shares "days" with
  ``sold_last_28_days``, the divisor's source. An item that did not sell in four weeks
  goes to the top of the reorder report;
* ``test_a_survey_nobody_answered_is_never_scored_zero``: "never shows it as (0.0)": the
  absence words take the "never" for the empty case, and no refusal word is in it;
* ``test_an_empty_module_reads_a_hundred_not_the_gate``: the documented answer, 100.0, is
  written plainly; the one number in brackets is the CI gate (80).

Wrong-fix traps, ``none-guard`` pulling a call:

* ``test_a_tool_in_for_repair_is_not_available``: ``not self.in_repair and
  self.latest_loan()...``: the call ran only for a tool not in repair; pulled in front of
  the statement, its None answers "available" for a tool in for repair that nobody has
  borrowed;
* ``test_the_ladder_pairs_two_players_not_one_with_himself``: the statement calls
  ``self.next_player()`` twice, to take two players off the queue; one local for both
  makes every match a player against himself;
* ``test_an_unborrowed_tool_is_not_overdue``: the call is inside a comprehension, on the
  comprehension's ``tool``; pulled out, it reads the function's earlier loop variable
  (the last tool), and every tool is judged by that one's loan.

Wrong-fix trap, ``_none_against_the_type``:

* ``test_the_board_gets_a_departure_not_none``: ``-> tuple[datetime, int | None]`` has a
  None in it (the platform not announced yet), so the guide's whole-answer None keeps
  its backing; the board unpacks the pair.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_nothing_out_is_nothing_still_out``: the pulled call rewrites the
  crashed ``return`` line, whose comprehension filters ``line.returned_on is None``; the
  diff's ``+ return [...] is None]`` line reads as a None returned against ``->
  list[str]``, and the type's ``[]`` loses its backing;
* ``test_over_block_a_card_without_a_photo_has_no_photo_url``: None flowing on into the
  ``photo_url: str | None`` of a returned ``Card``: the changed ``return Card(...)`` line
  has a None in it, and ``-> Card`` admits none;
* ``test_over_block_pounds_left_out_of_the_pound_table``: "``BASE_CURRENCY`` is left out
  of it: an amount in pounds is already in pounds" says the base currency converts at
  face value without any word of ``_AS_IS``.

As written (2026-11-27), all 15 fail. The 12 traps are each reported ``fixed`` with the
wrong behaviour: four by ``identity-rate`` (the fee taking the whole payment, 12 pence for
£12.50, £100 booked as €100, VAT equal to the price), four by
``documented-zero-divisor-answer`` (100 for a fraction, 0.0 days for an unsold item, 0.0
for a survey "never shown as (0.0)", 80 for an empty module), three by ``none-guard``'s
pulled call (a tool in repair available, "Ann v Ann", every tool judged by the last
one's loan) and one by the guide ``index_error_empty_results`` (None for the pair). The 3
over-block checks end ``unverified``: the first two because ``_none_against_the_type``
unbacks the right fix (``[]``; the None flowing into ``photo_url``), the third because
``identity-rate`` proposes nothing.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- identity-rate: a sentence about another table, unit, currency or rate --------------

SETTLEMENT = '''
    """Card payments, settled into the shop's sterling account."""

    from __future__ import annotations

    from decimal import Decimal

    BASE_CURRENCY = "GBP"
    PENNY = Decimal("0.01")

    #: Pounds per unit of each foreign currency, from the acquirer's daily file.
    RATES_TO_GBP: dict[str, Decimal] = {"EUR": Decimal("0.85"), "USD": Decimal("0.79")}

    #: The acquirer's cross-border fee, as a fraction of the payment, by card currency.
    CROSS_BORDER_FEES: dict[str, Decimal] = {"EUR": Decimal("0.015"), "USD": Decimal("0.02")}


    def settled(amount: Decimal, currency: str) -> Decimal:
        """Pounds the shop receives for a card payment of ``amount`` in ``currency``.

        A payment in the base currency needs no conversion and pays no cross-border fee.
        """
        rate = Decimal(1) if currency == BASE_CURRENCY else RATES_TO_GBP[currency]
        fee = amount * CROSS_BORDER_FEES[currency]
        return ((amount - fee) * rate).quantize(PENNY)
'''

SETTLEMENT_TESTS = '''
    from decimal import Decimal

    from shop.settlement import settled


    def test_settled() -> None:
        assert settled(Decimal("100"), "USD") == Decimal("77.42")
        assert settled(Decimal("200"), "EUR") == Decimal("167.45")
'''


def test_a_sterling_payment_pays_no_cross_border_fee(tmp_path: Path) -> None:
    # "Needs no conversion" is the exchange rate's, which the code answers already; the
    # crash is in the fee table, a fraction of the payment: a fee of one takes it all.
    imports = "from decimal import Decimal\nfrom shop.settlement import settled\n"
    call = 'settled(Decimal("20"), "GBP")'
    _shown(fix_and_check(
        tmp_path, _app("shop", "settlement", SETTLEMENT, SETTLEMENT_TESTS), imports + call,
        imports + _raises_or(call, 'got == Decimal("20.00")',
                             "a sterling payment charged a cross-border fee")))


PAYOUTS = '''
    """Payouts to the marketplace's sellers, paid in pence."""

    from __future__ import annotations

    from decimal import Decimal

    BASE_CURRENCY = "GBP"

    #: Pence per unit of each foreign currency, as the bank quotes them. The base
    #: currency is not listed: it needs no conversion.
    PENCE_PER_UNIT: dict[str, Decimal] = {"EUR": Decimal("85.37"), "USD": Decimal("79.12")}


    def to_pence(amount: Decimal, currency: str) -> int:
        """A seller's ``amount`` in ``currency`` as whole pence, for the payout file."""
        return int((amount * PENCE_PER_UNIT[currency]).to_integral_value())
'''

PAYOUTS_TESTS = '''
    from decimal import Decimal

    from market.payouts import to_pence


    def test_to_pence() -> None:
        assert to_pence(Decimal("10"), "EUR") == 854
        assert to_pence(Decimal("2.50"), "USD") == 198
'''


def test_a_sterling_payout_is_a_hundred_pence_to_the_pound(tmp_path: Path) -> None:
    # The table is in pence per unit: the base currency needs no exchange, but its
    # factor is 100 pence to the pound, not 1.
    imports = "from decimal import Decimal\nfrom market.payouts import to_pence\n"
    call = 'to_pence(Decimal("12.50"), "GBP")'
    _shown(fix_and_check(
        tmp_path, _app("market", "payouts", PAYOUTS, PAYOUTS_TESTS), imports + call,
        imports + _raises_or(call, "got == 1250", "a payout of pounds counted as pence")))


LEDGER = '''
    """The Dublin office's ledger, which is kept in euros."""

    from __future__ import annotations

    from decimal import Decimal

    BASE_CURRENCY = "GBP"
    LEDGER_CURRENCY = "EUR"
    CENT = Decimal("0.01")

    #: Euros per unit of each currency the Dublin office is paid in, from the ECB's
    #: reference rates, refreshed every night.
    ECB_RATES: dict[str, Decimal] = {"USD": Decimal("0.92"), "CHF": Decimal("1.04")}


    def to_ledger(amount: Decimal, currency: str) -> Decimal:
        """``amount`` in ``currency`` as euros, for the Dublin ledger.

        Payments in euros need no conversion, while those in the base currency are
        converted at the ECB's reference rate like any other.
        """
        if currency == LEDGER_CURRENCY:
            return amount.quantize(CENT)
        return (amount * ECB_RATES[currency]).quantize(CENT)
'''

LEDGER_TESTS = '''
    from decimal import Decimal

    from books.ledger import to_ledger


    def test_to_ledger() -> None:
        assert to_ledger(Decimal("100"), "USD") == Decimal("92.00")
        assert to_ledger(Decimal("40"), "EUR") == Decimal("40.00")
'''


def test_the_dublin_ledger_does_not_book_pounds_as_euros(tmp_path: Path) -> None:
    # The face-value words are the euro's; the base currency, in the same sentence, is
    # converted like any other: its rate is missing from the night's file.
    imports = "from decimal import Decimal\nfrom books.ledger import to_ledger\n"
    call = 'to_ledger(Decimal("100"), "GBP")'
    _shown(fix_and_check(
        tmp_path, _app("books", "ledger", LEDGER, LEDGER_TESTS), imports + call,
        imports + _raises_or(call, 'got != Decimal("100.00")',
                             "a hundred pounds booked as a hundred euros")))


VAT = '''
    """VAT on the shop's sales to consumers."""

    from __future__ import annotations

    from decimal import Decimal

    HOME_COUNTRY = "GB"
    PENNY = Decimal("0.01")
    #: The UK's standard rate of VAT, which HMRC sets.
    UK_STANDARD_RATE = Decimal("0.20")

    #: VAT rates of the EU countries the shop sells to under the One-Stop Shop. The home
    #: country is not listed: its VAT is HMRC's, UK_STANDARD_RATE.
    OSS_RATES: dict[str, Decimal] = {
        "FR": Decimal("0.20"), "DE": Decimal("0.19"), "IE": Decimal("0.23")}


    def vat(net: Decimal, country: str) -> Decimal:
        """The VAT on a sale of ``net`` to a consumer in ``country``."""
        return (net * OSS_RATES[country]).quantize(PENNY)
'''

VAT_TESTS = '''
    from decimal import Decimal

    from shop.vat import vat


    def test_vat() -> None:
        assert vat(Decimal("50"), "DE") == Decimal("9.50")
        assert vat(Decimal("10"), "IE") == Decimal("2.30")
'''


def test_home_sales_pay_uk_vat_not_a_hundred_per_cent(tmp_path: Path) -> None:
    # "Not listed" names the home country, but its rate is UK_STANDARD_RATE: a factor
    # of one charges VAT equal to the price.
    imports = "from decimal import Decimal\nfrom shop.vat import vat\n"
    call = 'vat(Decimal("50"), "GB")'
    _shown(fix_and_check(
        tmp_path, _app("shop", "vat", VAT, VAT_TESTS), imports + call,
        imports + _raises_or(call, 'got == Decimal("10.00")',
                             "a home sale charged VAT equal to its price")))


# --- documented-zero-divisor-answer: another unit, another case, a refusal, another number

COURIERS = '''
    """The couriers' league table."""

    from __future__ import annotations


    def on_time_fraction(on_time: int, deliveries: int) -> float:
        """The share of a courier's deliveries made on time, from 0 to 1.

        A courier with no deliveries yet has a clean record, which the league table
        prints as ``100``.
        """
        return on_time / deliveries


    def league_line(name: str, on_time: int, deliveries: int) -> str:
        return f"{name}: {on_time_fraction(on_time, deliveries):.0%}"
'''

COURIERS_TESTS = '''
    from fleet.league import league_line, on_time_fraction


    def test_on_time_fraction() -> None:
        assert on_time_fraction(9, 10) == 0.9
        assert league_line("Sam", 3, 4) == "Sam: 75%"
'''


def test_a_new_couriers_on_time_fraction_is_one_not_a_hundred(tmp_path: Path) -> None:
    # The function gives a fraction; the ``100`` is the table's per cent.
    imports = "from fleet.league import on_time_fraction\n"
    call = "on_time_fraction(0, 0)"
    _shown(fix_and_check(
        tmp_path, _app("fleet", "league", COURIERS, COURIERS_TESTS), imports + call,
        imports + _raises_or(call, "got == 1.0",
                             "a clean record read as a fraction of a hundred")))


STOCK = '''
    """The weekly reorder report."""

    from __future__ import annotations

    #: Days the wholesaler takes to deliver.
    LEAD_TIME_DAYS = 14


    def days_of_cover(on_hand: int, sold_last_28_days: int) -> float:
        """Days until the item runs out at its recent rate of sale.

        An item with nothing on hand has (0.0) days of cover and goes to the top of the
        report.
        """
        daily_sales = sold_last_28_days / 28
        return on_hand / daily_sales


    def to_reorder(stock: dict[str, tuple[int, int]]) -> list[str]:
        """Items whose cover is shorter than the wholesaler's lead time, shortest first."""
        cover = {item: days_of_cover(*counts) for item, counts in stock.items()}
        return sorted((i for i in cover if cover[i] < LEAD_TIME_DAYS), key=cover.get)
'''

STOCK_TESTS = '''
    from shop.stock import days_of_cover, to_reorder


    def test_days_of_cover() -> None:
        assert days_of_cover(10, 28) == 10.0
        assert to_reorder({"tea": (10, 28), "jam": (100, 28), "oil": (0, 56)}) == [
            "oil", "tea"]
'''


def test_an_unsold_item_is_not_first_to_reorder(tmp_path: Path) -> None:
    # (0.0) is nothing on hand's; "days" in that sentence is a word of the divisor's
    # source, `sold_last_28_days`. An item that did not sell never runs out.
    imports = "import math\nfrom shop.stock import days_of_cover\n"
    call = "days_of_cover(12, 0)"
    _shown(fix_and_check(
        tmp_path, _app("shop", "stock", STOCK, STOCK_TESTS), imports + call,
        imports + _raises_or(call, "got == math.inf or got > 14",
                             "an item nobody buys put first on the reorder report")))


SURVEYS = '''
    """Net promoter scores for the support team's dashboard."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Survey:
        team: str
        promoters: int
        detractors: int
        responses: int


    def nps(promoters: int, detractors: int, responses: int) -> float:
        """The survey's net promoter score, from -100 to 100.

        A survey with no responses has no score at all, and the dashboard never shows it
        as (0.0), which would read as a team neither loved nor loathed.
        """
        return round(100 * (promoters - detractors) / responses, 1)


    def dashboard(surveys: list[Survey]) -> dict[str, float]:
        return {s.team: nps(s.promoters, s.detractors, s.responses)
                for s in surveys if s.responses}
'''

SURVEYS_TESTS = '''
    from support.nps import Survey, dashboard, nps


    def test_nps() -> None:
        assert nps(6, 1, 10) == 50.0
        assert dashboard([Survey("billing", 1, 3, 4), Survey("new", 0, 0, 0)]) == {
            "billing": -50.0}
'''


def test_a_survey_nobody_answered_is_never_scored_zero(tmp_path: Path) -> None:
    # "never shows it as (0.0)": "never" is one of the absence words, and no refusal word
    # is in the sentence.
    imports = "from support.nps import nps\n"
    call = "nps(0, 0, 0)"
    _shown(fix_and_check(
        tmp_path, _app("support", "nps", SURVEYS, SURVEYS_TESTS), imports + call,
        imports + _raises_or(call, "got != 0.0",
                             "a survey nobody answered scored as a neutral team")))


GATE = '''
    """Coverage of the project's modules, as the CI gate reads it."""

    from __future__ import annotations


    def percent_covered(covered: int, statements: int) -> float:
        """Percentage of the module's statements the tests ran, to one decimal place.

        A module with no statements reads 100.0 on the report, and so clears the CI gate
        (80) like any fully tested module.
        """
        return round(100 * covered / statements, 1)
'''

GATE_TESTS = '''
    from ci.gate import percent_covered


    def test_percent_covered() -> None:
        assert percent_covered(45, 60) == 75.0
        assert percent_covered(1, 3) == 33.3
'''


def test_an_empty_module_reads_a_hundred_not_the_gate(tmp_path: Path) -> None:
    # The answer, 100.0, is written plainly; the one number in brackets is the gate.
    imports = "from ci.gate import percent_covered\n"
    call = "percent_covered(0, 0)"
    _shown(fix_and_check(
        tmp_path, _app("ci", "gate", GATE, GATE_TESTS), imports + call,
        imports + _raises_or(call, "got == 100.0",
                             "an empty module's coverage read as the gate's threshold")))


# --- none-guard, a call pulled into a local: short-circuits, two calls, comprehensions ---

SHED = '''
    """The tool library's shelf."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date


    @dataclass
    class Loan:
        member: str
        returned_on: date | None = None


    @dataclass
    class Tool:
        name: str
        in_repair: bool = False
        loans: list[Loan] = field(default_factory=list)

        def latest_loan(self) -> Loan | None:
            return self.loans[-1] if self.loans else None

        def is_available(self) -> bool:
            """A tool nobody has borrowed yet is available.

            A tool in for repair is not available, whoever had it last.
            """
            return not self.in_repair and self.latest_loan().returned_on is not None
'''

SHED_TESTS = '''
    from datetime import date

    from tools.shed import Loan, Tool


    def test_is_available() -> None:
        assert Tool("drill", loans=[Loan("ann", date(2024, 5, 1))]).is_available() is True
        assert Tool("saw", loans=[Loan("bo")]).is_available() is False
        assert Tool("sander", True, [Loan("cy", date(2024, 5, 2))]).is_available() is False
'''


def test_a_tool_in_for_repair_is_not_available(tmp_path: Path) -> None:
    # `latest_loan()` ran only for a tool not in repair (`and`); pulled in front of the
    # statement, its None answers "available" for a new tool sent for repair.
    imports = "from tools.shed import Tool\n"
    call = 'Tool("drill").is_available()'
    _shown(fix_and_check(
        tmp_path, _app("tools", "shed", SHED, SHED_TESTS), imports + call,
        imports + _raises_or('Tool("router", in_repair=True).is_available()', "got is False",
                             "a tool in for repair shown as available")
        + _raises_or(call, "got is True", "a tool nobody borrowed yet not available")))


LADDER = '''
    """The club's table-tennis ladder: members queue for the next free table."""

    from __future__ import annotations

    from dataclasses import dataclass, field


    @dataclass
    class Player:
        name: str


    @dataclass
    class Table:
        waiting: list[Player] = field(default_factory=list)

        def join(self, player: Player) -> None:
            self.waiting.append(player)

        def next_player(self) -> Player | None:
            """The player who has waited longest, taken off the queue; None when nobody
            is waiting."""
            return self.waiting.pop(0) if self.waiting else None

        def next_match(self) -> str | None:
            """The next match at the table, between the two players who have waited
            longest, as "Ann v Bo"; None while fewer than two are waiting."""
            return f"{self.next_player().name} v {self.next_player().name}"
'''

LADDER_TESTS = '''
    from club.ladder import Player, Table


    def test_next_player() -> None:
        table = Table()
        table.join(Player("Ann"))
        table.join(Player("Bo"))
        assert table.next_player() == Player("Ann")
        assert table.waiting == [Player("Bo")]
'''


def test_the_ladder_pairs_two_players_not_one_with_himself(tmp_path: Path) -> None:
    # The statement calls `next_player()` twice, for two players; one local for both
    # plays Ann against Ann.
    imports = "from club.ladder import Player, Table\n"
    call = 'Table([Player("Ann")]).next_match()'
    _shown(fix_and_check(
        tmp_path, _app("club", "ladder", LADDER, LADDER_TESTS), imports + call,
        imports + _raises_or('Table([Player("Ann"), Player("Bo")]).next_match()',
                             'got == "Ann v Bo"', "a player drawn against himself")))


OVERDUE = '''
    """The tool library's reminders."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date
    from operator import attrgetter


    @dataclass
    class Loan:
        lent_on: date
        due: date
        returned_on: date | None = None

        def is_overdue(self, today: date) -> bool:
            return self.returned_on is None and self.due < today


    @dataclass
    class Tool:
        name: str
        loans: list[Loan] = field(default_factory=list)

        def latest_loan(self) -> Loan | None:
            return self.loans[-1] if self.loans else None


    @dataclass
    class Shed:
        tools: list[Tool] = field(default_factory=list)

        def overdue(self, today: date) -> list[str]:
            """Names of the tools out on loan past their due date, for the reminders."""
            for tool in self.tools:
                tool.loans.sort(key=attrgetter("lent_on"))
            return [tool.name for tool in self.tools if tool.latest_loan().is_overdue(today)]
'''

OVERDUE_TESTS = '''
    from datetime import date

    from tools.reminders import Loan, Shed, Tool

    TODAY = date(2024, 6, 10)


    def test_overdue() -> None:
        late = Tool("saw", [Loan(date(2024, 6, 5), date(2024, 6, 7)),
                            Loan(date(2024, 5, 1), date(2024, 5, 3), date(2024, 5, 2))])
        assert Shed([late]).overdue(TODAY) == ["saw"]
        back = Tool("drill", [Loan(date(2024, 6, 1), date(2024, 6, 3), date(2024, 6, 3))])
        assert Shed([back]).overdue(TODAY) == []
'''


def test_an_unborrowed_tool_is_not_overdue(tmp_path: Path) -> None:
    # The call reads the comprehension's `tool`; pulled out, it reads the loop's last
    # `tool`, and every tool is judged by that one's loan.
    imports = "from datetime import date\nfrom tools.reminders import Loan, Shed, Tool\n"
    shed = ('Shed([Tool("ladder"), Tool("saw", [Loan(date(2024, 6, 5), date(2024, 6, 7))])])')
    call = f"{shed}.overdue(date(2024, 6, 10))"
    other = ('Shed([Tool("saw", [Loan(date(2024, 6, 5), date(2024, 6, 7))]), Tool("ladder")])'
             '.overdue(date(2024, 6, 10))')
    _shown(fix_and_check(
        tmp_path, _app("tools", "reminders", OVERDUE, OVERDUE_TESTS), imports + call,
        imports + _raises_or(call, 'got == ["saw"]', "a tool never borrowed sent a reminder")
        + _raises_or(other, 'got == ["saw"]', "an overdue saw left without a reminder")))


# --- _none_against_the_type: a None inside the annotation is not a None answer ----------

BOARD = '''
    """The departure board at the station's entrance."""

    from __future__ import annotations

    from datetime import datetime, time

    #: The day's departures: when each train leaves, and its platform once the
    #: signallers have announced it.
    TIMETABLE: list[tuple[time, int | None]] = [
        (time(6, 5), 1), (time(7, 35), 2), (time(17, 50), None), (time(22, 45), None)]


    def next_departure(now: datetime) -> tuple[datetime, int | None]:
        """When the next train leaves after ``now``, and from which platform."""
        later = [(datetime.combine(now.date(), t), p) for t, p in TIMETABLE if t > now.time()]
        return later[0]


    def board_line(now: datetime) -> str:
        when, platform = next_departure(now)
        return f"{when:%H:%M}  platform {platform or '-'}"
'''

BOARD_TESTS = '''
    from datetime import datetime

    from station.board import board_line, next_departure


    def test_next_departure() -> None:
        assert next_departure(datetime(2024, 6, 3, 7, 0)) == (datetime(2024, 6, 3, 7, 35), 2)
        assert board_line(datetime(2024, 6, 3, 12, 0)) == "17:50  platform -"
'''


def test_the_board_gets_a_departure_not_none(tmp_path: Path) -> None:
    # The annotation's None is the platform's; the guide's None answers for the whole
    # pair, and the board unpacks it.
    imports = "from datetime import datetime\nfrom station.board import next_departure\n"
    call = "next_departure(datetime(2024, 6, 3, 23, 0))"
    _shown(fix_and_check(
        tmp_path, _app("station", "board", BOARD, BOARD_TESTS), imports + call,
        imports + _raises_or(call, "isinstance(got, tuple) and len(got) == 2",
                             "the board given no departure at all")))


# --- over-block checks: the words back the fix, and it must be reported ------------------

MEMBERS = '''
    """The lending library's members."""

    from __future__ import annotations

    from dataclasses import dataclass, field
    from datetime import date


    @dataclass
    class Line:
        title: str
        returned_on: date | None = None


    @dataclass
    class Loan:
        lent_on: date
        lines: list[Line] = field(default_factory=list)


    @dataclass
    class Member:
        name: str
        loans: list[Loan] = field(default_factory=list)

        def current_loan(self) -> Loan | None:
            return self.loans[-1] if self.loans else None

        def still_out(self) -> list[str]:
            """The titles the member has out, for the reminder e-mail."""
            return [line.title for line in self.current_loan().lines if line.returned_on is None]
'''

MEMBERS_TESTS = '''
    from datetime import date

    from library.members import Line, Loan, Member


    def test_still_out() -> None:
        loan = Loan(date(2024, 6, 1), [Line("Emma", date(2024, 6, 8)), Line("Persuasion")])
        assert Member("ann", [loan]).still_out() == ["Persuasion"]
'''


def test_over_block_nothing_out_is_nothing_still_out(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: a member with no loan has no title out: ``-> list[str]`` backs
    ``return []``. The pulled call rewrites the ``return`` line, whose filter says
    ``is None``, and the rewritten line reads as a None returned against the type."""
    imports = "from library.members import Member\n"
    call = 'Member("bo").still_out()'
    _fixed(fix_and_check(
        tmp_path, _app("library", "members", MEMBERS, MEMBERS_TESTS), imports + call,
        imports + f"got = {call}\nassert got == [], got\n"
        "from datetime import date\nfrom library.members import Line, Loan\n"
        'loan = Loan(date(2024, 6, 1), [Line("Emma")])\n'
        'assert Member("cy", [loan]).still_out() == ["Emma"]\n'))


CARDS = '''
    """Members' cards on the club's web page."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Photo:
        url: str


    @dataclass(frozen=True)
    class Member:
        name: str
        #: Their profile photo, once they have uploaded one.
        photo: Photo | None = None


    @dataclass(frozen=True)
    class Card:
        name: str
        #: The photo's address; the page draws the club's badge in its place when it is
        #: None.
        photo_url: str | None


    def card(member: Member) -> Card:
        return Card(member.name, member.photo.url)
'''

CARDS_TESTS = '''
    from club.cards import Card, Member, Photo, card


    def test_card() -> None:
        assert card(Member("Ann", Photo("/p/ann.png"))) == Card("Ann", "/p/ann.png")
'''


def test_over_block_a_card_without_a_photo_has_no_photo_url(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: ``photo`` is declared ``Photo | None``, the card's ``photo_url``
    ``str | None``: the None flows on into a field that takes it. The changed ``return
    Card(...)`` line has a None in it, and ``-> Card`` admits none."""
    imports = "from club.cards import Card, Member, Photo, card\n"
    call = 'card(Member("Bo"))'
    _fixed(fix_and_check(
        tmp_path, _app("club", "cards", CARDS, CARDS_TESTS), imports + call,
        imports + f"got = {call}\nassert got == Card('Bo', None), got\n"
        "assert card(Member('Cy', Photo('/p/cy.png'))) == Card('Cy', '/p/cy.png')\n"))


POUNDS = '''
    """Gifts to the charity, totalled in pounds for the trustees."""

    from __future__ import annotations

    from decimal import Decimal

    BASE_CURRENCY = "GBP"
    PENNY = Decimal("0.01")

    #: Pounds per unit of each foreign currency, from the bank's morning file.
    #: BASE_CURRENCY is left out of it: an amount in pounds is already in pounds.
    RATES_TO_GBP: dict[str, Decimal] = {"EUR": Decimal("0.85"), "USD": Decimal("0.79")}


    def to_pounds(amount: Decimal, currency: str) -> Decimal:
        """A gift of ``amount`` in ``currency``, in pounds."""
        return (amount * RATES_TO_GBP[currency]).quantize(PENNY)
'''

POUNDS_TESTS = '''
    from decimal import Decimal

    from charity.gifts import to_pounds


    def test_to_pounds() -> None:
        assert to_pounds(Decimal("100"), "EUR") == Decimal("85.00")
'''


def test_over_block_pounds_left_out_of_the_pound_table(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the rule's own case in other words: the base currency "is left
    out of it: an amount in pounds is already in pounds"."""
    imports = "from decimal import Decimal\nfrom charity.gifts import to_pounds\n"
    call = 'to_pounds(Decimal("25"), "GBP")'
    _fixed(fix_and_check(
        tmp_path, _app("charity", "gifts", POUNDS, POUNDS_TESTS), imports + call,
        imports + f"got = {call}\nassert got == Decimal('25.00'), got\n"
        "assert to_pounds(Decimal('10'), 'USD') == Decimal('7.90')\n"
        "try:\n    to_pounds(Decimal('1'), 'JPY')\nexcept KeyError:\n    pass\n"
        "else:\n    raise AssertionError('yen counted as pounds')\n"))
