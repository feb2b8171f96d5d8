"""Twenty-third adversarial review: absences read as "go ahead", "no bound", "None" or a
stand-in constant.

Rules under review:

* ``absent_terms`` (``AbsentTermOfMax``): ``name = obj.field +/- other`` raises for a None
  field declared "not yet / never", the next statement is ``return max(name, other)``,
  and a docstring sentence lets the case "go ahead straight away": the guard returns the
  other argument of the ``max()``;
* ``unbounded_none`` (new parts): ``_absence_clauses`` ("no ``drink_from`` means ready
  now", without the word None) and the "ready now / available straight away" words of
  ``_NO_LOWER``: the None is taken as no bound in the comparison;
* ``none_input_fields`` (``NoneInputLeavesFieldNone``): a helper raises on a None
  parameter passed as ``obj.field`` by its caller, straight into a keyword of a result
  class whose field admits None and whose None sentence shares two words with the input's
  case: the keyword becomes ``... if obj.field is not None else None``;
* ``declared_none_values._comment_backing`` (a constant's own comment "in place of the
  area rent" speaking of the field's None case) and the narrowed ``REFUSAL`` of
  ``none_declarations`` ("raised" as an adjective no longer refuses).

Each wrong-fix trap is a small app whose words say the rule's answer is wrong there; the
hidden assertion checks the behaviour those words give, and a declined fix passes.

Wrong-fix traps, ``absent_terms``:

* ``test_a_new_account_has_its_whole_allowance``: ``left = allowance - account.downloads``
  feeds ``max(left, 0)``; a new account "can download straight away", the rule leaves it 0
  (the None is subtracted, so dropping it drops to the floor, not to "at once");
* ``test_a_transferred_donor_waits_the_full_gap``: the None is a donor transferred from
  another region; "never given in any region ... straight away" is the other case, and
  the docstring gives the transferred donor twelve weeks from today;
* ``test_a_kittens_booster_is_a_year_after_its_first_course``: what may happen "straight
  away" is the first course, not the booster the function dates.

Wrong-fix traps, ``unbounded_none``:

* ``test_a_pencilled_in_hold_blocks_nobody``: "a booking with no end is a pencilled-in
  hold, which blocks nobody": the clause's own "no end" reads as open-ended;
* ``test_an_auction_bottle_waits_for_a_tasting``: "No ``drink_from`` means ready now,
  unless the bottle came from an auction lot": the clause split drops the exception;
* ``test_an_item_with_no_sale_planned_is_at_full_price``: "No ``sale_from`` means the item
  is available now at full price": "available now" is said of the item, not the sale.

Wrong-fix traps, ``none_input_fields``:

* ``test_a_fermenting_batchs_abv_is_estimated``: the result's field is "never None while
  the batch is still fermenting: it is then estimated from the recipe's target gravity";
* ``test_an_unchecked_vat_number_still_pays_uk_vat``: "None for a customer outside the
  UK, but not for one whose number has not been checked yet: they pay UK VAT";
* ``test_a_kit_brews_abv_uses_the_labels_gravity``: the None is the original gravity of a
  kit brew (read off the label); the result's None is a fermenting batch's, sharing
  "gravity" and "read".

Wrong-fix traps, ``declared_none_values`` (``_comment_backing`` and ``REFUSAL``):

* ``test_a_monthly_flat_rent_is_paid_twelve_times_a_year``: the constant is "this flat
  monthly rent in place of the area rent"; the function works out a year's rent;
* ``test_a_dinghy_pays_the_flat_fee_for_every_night``: the product replaced also holds
  the nights of the stay; the constant is the nightly fee;
* ``test_a_plot_not_surveyed_yet_pays_no_rent``: the constant's comment is about raised
  beds, which the surveyor has "never measured"; the None is a new plot "not measured
  yet", which the docstring lets off the rent;
* ``test_a_raised_bed_under_review_is_refused``: the declaration says ``annual_rent`` "has
  raised ``RentUnderReview``" for a raised bed since the AGM (a verb the new ``REFUSAL``
  misses); the flat-rent constant "paid ... up to 2024";
* ``test_a_raised_beds_water_is_not_its_rent``: the flat rent stands "in place of the area
  rent"; the crash is the water charge worked out from the area, and raised beds pay no
  water charge.

Over-block checks (the words back the fix; the engine must end ``fixed``):

* ``test_over_block_a_first_time_donor_while_regulars_must_wait``: the model donor app,
  its docstring adding "Regular donors must wait twelve weeks between donations";
* ``test_over_block_no_available_from_said_before_a_colon``: "No ``available_from``: the
  bike is available straight away";
* ``test_over_block_fermentation_said_in_other_words``: the input is "None while the batch
  is still fermenting", the result's field "None until fermentation has finished".

As written (2026-11-27), all 14 wrong-fix traps are reported ``fixed`` with the wrong
behaviour, each by the rule it targets (``absent-term-of-max``, ``unbounded-none``,
``none-input-leaves-field-none``, ``declared-none-value`` through ``_comment_backing``),
and all 3 over-block checks fail: the donor app ends ``unverified`` ("must" in any
docstring sentence is a refusal to ``absent_terms``), the bike ``not_fixed`` (the colon
parts "No ``available_from``" from its meaning), the brewery ``unverified`` (one word in
common, "fermenting"/"fermentation", where two are asked for). All 17 pass since the
rules were tightened the same day.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import expect_fixed as _fixed
from tests.repair.adversarial import fix_and_check
from tests.repair.adversarial import raises_or as _raises_or
from tests.repair.adversarial import shown as _shown

# --- absent_terms: the term that drops out of max() ----------------------------------------

DOWNLOADS = '''
    """The shop's monthly download allowance."""

    from __future__ import annotations

    from dataclasses import dataclass

    #: Free downloads each account gets every month.
    FREE_DOWNLOADS = 5


    @dataclass
    class Account:
        email: str
        #: Downloads taken this month; None for a new account that has not downloaded
        #: anything yet.
        downloads: int | None = None


    def downloads_left(account: Account, allowance: int = FREE_DOWNLOADS) -> int:
        """How many more downloads the account may take this month, never below zero. A
        new account, which has never downloaded, can download straight away."""
        left = allowance - account.downloads
        return max(left, 0)
'''

DOWNLOADS_TESTS = '''
    from shop.allowance import Account, downloads_left


    def test_downloads_left() -> None:
        assert downloads_left(Account("a@shop.test", 2)) == 3
        assert downloads_left(Account("b@shop.test", 7)) == 0
'''


def test_a_new_account_has_its_whole_allowance(tmp_path: Path) -> None:
    # `allowance - downloads` is no "earliest day": dropping the None term out of the
    # max() leaves its floor of 0, while the docstring lets a new account download.
    imports = "from shop.allowance import Account, downloads_left\n"
    call = 'downloads_left(Account("new@shop.test"))'
    _shown(fix_and_check(
        tmp_path, _app("shop", "allowance", DOWNLOADS, DOWNLOADS_TESTS), imports + call,
        imports + _raises_or(call, "got == 5", "a new account left no downloads")))


TRANSFERS = '''
    """Booking blood donations."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta

    MIN_GAP = timedelta(weeks=12)


    @dataclass(frozen=True)
    class Donor:
        name: str
        donations: int
        #: The day of the latest donation; None for a donor transferred from another
        #: region, whose record never came with the date.
        last_donation: date | None = None


    def next_eligible(donor: Donor, today: date) -> date:
        """The first day the donor can book: twelve weeks after the last donation, and
        never earlier than today. A donor who has never given in any region can book
        straight away; a donor transferred from another region waits the full twelve
        weeks from today, as the date of their last donation never came with them."""
        if donor.donations == 0:
            return today
        earliest = donor.last_donation + MIN_GAP
        return max(earliest, today)
'''

TRANSFERS_TESTS = '''
    from datetime import date

    from clinic.donors import Donor, next_eligible


    def test_next_eligible() -> None:
        assert next_eligible(Donor("Tom", 4, date(2025, 1, 6)), date(2025, 2, 1)) == \\
            date(2025, 3, 31)
        assert next_eligible(Donor("Ann", 0), date(2025, 2, 1)) == date(2025, 2, 1)
'''


def test_a_transferred_donor_waits_the_full_gap(tmp_path: Path) -> None:
    # The declared None is a transferred donor; "never given in any region" is the other
    # case (handled above it), and the docstring gives the transferred one 12 weeks.
    imports = "from datetime import date\nfrom clinic.donors import Donor, next_eligible\n"
    call = 'next_eligible(Donor("Mia", 3), date(2025, 7, 4))'
    _shown(fix_and_check(
        tmp_path, _app("clinic", "donors", TRANSFERS, TRANSFERS_TESTS), imports + call,
        imports + _raises_or(call, "got == date(2025, 9, 26)",
                             "a transferred donor booked without the twelve-week gap")))


BOOSTERS = '''
    """Vaccination reminders for the surgery's patients."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta

    BOOSTER_GAP = timedelta(days=365)


    @dataclass
    class Pet:
        name: str
        #: The day of the pet's latest jab; None for a pet not vaccinated yet.
        last_jab: date | None = None


    def booster_due(pet: Pet, today: date) -> date:
        """The day the pet's booster is due: a year after its latest jab, and never
        earlier than today. A pet never vaccinated can be seen straight away for its
        first course, and its booster then falls a year later."""
        due = pet.last_jab + BOOSTER_GAP
        return max(due, today)
'''

BOOSTERS_TESTS = '''
    from datetime import date

    from surgery.boosters import Pet, booster_due


    def test_booster_due() -> None:
        assert booster_due(Pet("Rex", date(2025, 3, 1)), date(2025, 7, 4)) == \\
            date(2026, 3, 1)
        assert booster_due(Pet("Tib", date(2024, 3, 1)), date(2025, 7, 4)) == \\
            date(2025, 7, 4)
'''


def test_a_kittens_booster_is_a_year_after_its_first_course(tmp_path: Path) -> None:
    # What may happen "straight away" is the first course; the booster the function
    # dates falls a year after it.
    imports = "from datetime import date\nfrom surgery.boosters import Pet, booster_due\n"
    call = 'booster_due(Pet("Kit"), date(2025, 7, 4))'
    _shown(fix_and_check(
        tmp_path, _app("surgery", "boosters", BOOSTERS, BOOSTERS_TESTS), imports + call,
        imports + _raises_or(call, "got == date(2026, 7, 4)",
                             "an unvaccinated kitten's booster due today")))


# --- unbounded_none: absence clauses and "ready now" -----------------------------------------

ROOMS = '''
    """Room bookings."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import datetime


    @dataclass(frozen=True)
    class Booking:
        room: str
        start: datetime
        #: Confirmed bookings have an end; a booking with no end is a pencilled-in hold,
        #: which blocks nobody.
        end: datetime | None = None


    def clashes(booking: Booking, start: datetime, end: datetime) -> bool:
        """Whether ``booking`` keeps the room from being booked from ``start`` to ``end``."""
        return booking.start < end and start < booking.end


    def free(bookings: list[Booking], start: datetime, end: datetime) -> bool:
        return not any(clashes(b, start, end) for b in bookings)
'''

ROOMS_TESTS = '''
    from datetime import datetime

    from rooms.bookings import Booking, free


    def test_free() -> None:
        taken = Booking("Hall", datetime(2025, 7, 4, 9), datetime(2025, 7, 4, 12))
        assert not free([taken], datetime(2025, 7, 4, 10), datetime(2025, 7, 4, 11))
        assert free([taken], datetime(2025, 7, 4, 13), datetime(2025, 7, 4, 14))
'''


def test_a_pencilled_in_hold_blocks_nobody(tmp_path: Path) -> None:
    # The clause's own words "no end" are what `_NO_UPPER` reads as open-ended; the
    # clause says the hold blocks nobody.
    imports = "from datetime import datetime\nfrom rooms.bookings import Booking, free\n"
    call = ('free([Booking("Hall", datetime(2025, 7, 4, 9))], datetime(2025, 7, 4, 10), '
            'datetime(2025, 7, 4, 11))')
    _shown(fix_and_check(
        tmp_path, _app("rooms", "bookings", ROOMS, ROOMS_TESTS), imports + call,
        imports + _raises_or(call, "got is True",
                             "a pencilled-in hold blocking the room for ever")))


CELLAR = '''
    """The cellar book."""

    from __future__ import annotations

    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Bottle:
        wine: str
        source: str = "merchant"
        #: The first year to drink it, from the merchant's list. No ``drink_from`` means
        #: ready now, unless the bottle came from an auction lot, whose catalogue gives no
        #: window: such a bottle waits for a tasting.
        drink_from: int | None = None


    def is_ready(bottle: Bottle, year: int) -> bool:
        """Whether the bottle can be opened in ``year``."""
        return bottle.drink_from <= year
'''

CELLAR_TESTS = '''
    from cellar.bottles import Bottle, is_ready


    def test_is_ready() -> None:
        assert is_ready(Bottle("Rioja", drink_from=2024), 2026)
        assert not is_ready(Bottle("Barolo", drink_from=2030), 2026)
'''


def test_an_auction_bottle_waits_for_a_tasting(tmp_path: Path) -> None:
    # The comma-split clause keeps "No `drink_from` means ready now" and drops "unless
    # the bottle came from an auction lot ... waits for a tasting".
    imports = "from cellar.bottles import Bottle, is_ready\n"
    call = 'is_ready(Bottle("Barolo", source="auction"), 2026)'
    _shown(fix_and_check(
        tmp_path, _app("cellar", "bottles", CELLAR, CELLAR_TESTS), imports + call,
        imports + _raises_or(call, "got is False",
                             "an auction bottle opened without its tasting")))


SALE = '''
    """Shop prices."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date
    from decimal import Decimal


    @dataclass(frozen=True)
    class Item:
        sku: str
        price: Decimal
        #: Fraction taken off in the item's sale.
        discount: Decimal = Decimal("0.2")
        #: First day of the item's sale. No ``sale_from`` means the item is available now
        #: at full price, with no sale planned.
        sale_from: date | None = None


    def price_on(item: Item, day: date) -> Decimal:
        """What the item costs on ``day``."""
        if item.sale_from <= day:
            return (item.price * (1 - item.discount)).quantize(Decimal("0.01"))
        return item.price
'''

SALE_TESTS = '''
    from datetime import date
    from decimal import Decimal

    from shop.prices import Item, price_on


    def test_price_on() -> None:
        item = Item("MUG", Decimal("10.00"), sale_from=date(2025, 7, 1))
        assert price_on(item, date(2025, 6, 30)) == Decimal("10.00")
        assert price_on(item, date(2025, 7, 1)) == Decimal("8.00")
'''


def test_an_item_with_no_sale_planned_is_at_full_price(tmp_path: Path) -> None:
    # "Available now" is said of the item (at full price), not of the sale the field
    # starts: the rule puts an item with no sale planned on sale.
    imports = ("from datetime import date\nfrom decimal import Decimal\n"
               "from shop.prices import Item, price_on\n")
    call = 'price_on(Item("MUG", Decimal("10.00")), date(2025, 7, 4))'
    _shown(fix_and_check(
        tmp_path, _app("shop", "prices", SALE, SALE_TESTS), imports + call,
        imports + _raises_or(call, 'got == Decimal("10.00")',
                             "an item with no sale planned sold at the sale price")))


# --- none_input_fields: the result's field and the input's None ------------------------------

GRAVITY = '''
    """Hydrometer arithmetic."""

    ABV_FACTOR = 131.25


    def abv(original: float, final: float) -> float:
        return round((original - final) * ABV_FACTOR, 1)
'''


ESTIMATED = '''
    """The brewery's batch summaries."""

    from __future__ import annotations

    from dataclasses import dataclass

    from brew import gravity


    @dataclass(frozen=True)
    class Batch:
        name: str
        original: float
        #: The recipe's target final gravity.
        target: float
        #: Read when fermentation has finished; None while the batch is still fermenting.
        final: float | None = None


    @dataclass(frozen=True)
    class Summary:
        name: str
        status: str
        #: Percent; set by ``summarise``, never None while the batch is still fermenting:
        #: it is then estimated from the recipe's target gravity.
        abv: float | None = None


    def summarise(batch: Batch) -> Summary:
        return Summary(
            name=batch.name,
            status="fermenting" if batch.final is None else "finished",
            abv=gravity.abv(batch.original, batch.final),
        )
'''

ESTIMATED_TESTS = '''
    from brew.api import Batch, Summary, summarise


    def test_summarise() -> None:
        assert summarise(Batch("Pale", 1.05, 1.012, 1.01)) == Summary("Pale", "finished", 5.3)
'''


def test_a_fermenting_batchs_abv_is_estimated(tmp_path: Path) -> None:
    # The result's field says "never None while the batch is still fermenting": the two
    # words shared with the input's case are read as backing for None.
    imports = "from brew.api import Batch, summarise\n"
    call = 'summarise(Batch("Stout", 1.05, 1.012))'
    _shown(fix_and_check(
        tmp_path, _app("brew", "api", ESTIMATED, ESTIMATED_TESTS,
                       {"brew/gravity.py": GRAVITY}), imports + call,
        imports + _raises_or(call, "got.abv == 5.0",
                             "a fermenting batch's abv left None, not estimated")))


TAX = '''
    """VAT."""

    from __future__ import annotations

    from decimal import Decimal

    VAT_RATE = Decimal("0.20")


    def vat_due(net: Decimal, vat_number: str) -> Decimal | None:
        """UK VAT on ``net``; None for a customer outside the UK (a number not starting
        GB)."""
        if vat_number[:2] != "GB":
            return None
        return (net * VAT_RATE).quantize(Decimal("0.01"))
'''

BILLING = '''
    """Invoices."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal

    from trade import tax


    @dataclass(frozen=True)
    class Customer:
        name: str
        #: The customer's VAT number, as HMRC or the EU's VIES confirmed it; None until it
        #: has been checked.
        vat_number: str | None = None


    @dataclass(frozen=True)
    class Invoice:
        customer: str
        net: Decimal
        #: VAT charged. None for a customer outside the UK, but not for one whose number
        #: has not been checked yet: they pay UK VAT until it is.
        vat: Decimal | None


    def invoice(customer: Customer, net: Decimal) -> Invoice:
        return Invoice(customer=customer.name, net=net,
                       vat=tax.vat_due(net, customer.vat_number))
'''

BILLING_TESTS = '''
    from decimal import Decimal

    from trade.billing import Customer, invoice


    def test_invoice() -> None:
        assert invoice(Customer("Acme", "GB123"), Decimal("100")).vat == Decimal("20.00")
        assert invoice(Customer("Bau", "DE456"), Decimal("100")).vat is None
'''


def test_an_unchecked_vat_number_still_pays_uk_vat(tmp_path: Path) -> None:
    # The result's None sentence shares "until" and "checked" with the input's case, to
    # say that case is NOT None: it pays UK VAT.
    imports = "from decimal import Decimal\nfrom trade.billing import Customer, invoice\n"
    call = 'invoice(Customer("Newco"), Decimal("100"))'
    _shown(fix_and_check(
        tmp_path, _app("trade", "billing", BILLING, BILLING_TESTS, {"trade/tax.py": TAX}),
        imports + call,
        imports + _raises_or(call, 'got.vat == Decimal("20.00")',
                             "an unchecked customer invoiced without VAT")))


KITS = '''
    """The brewery's batch summaries."""

    from __future__ import annotations

    from dataclasses import dataclass

    from brew import gravity


    @dataclass(frozen=True)
    class Batch:
        name: str
        #: Gravity on brew day, from the hydrometer; None for a kit brew: its gravity is
        #: read off the kit's label instead.
        original: float | None
        #: Read when fermentation has finished; None while the batch is still fermenting.
        final: float | None = None
        #: The gravity printed on a kit's label.
        label_gravity: float = 0.0


    @dataclass(frozen=True)
    class Summary:
        name: str
        status: str
        #: Percent; None until the final gravity is read (the batch is still fermenting).
        abv: float | None


    def summarise(batch: Batch) -> Summary:
        return Summary(
            name=batch.name,
            status="fermenting" if batch.final is None else "finished",
            abv=gravity.abv(batch.original, batch.final),
        )
'''

KITS_TESTS = '''
    from brew.api import Batch, Summary, summarise


    def test_summarise() -> None:
        assert summarise(Batch("Pale", 1.05, 1.01)) == Summary("Pale", "finished", 5.3)
'''


def test_a_kit_brews_abv_uses_the_labels_gravity(tmp_path: Path) -> None:
    # The None is a finished kit brew's original gravity; the result's None is a
    # fermenting batch's, sharing only "gravity" and "read" with it.
    imports = "from brew.api import Batch, summarise\n"
    call = 'summarise(Batch("Kit Lager", None, 1.008, 1.040))'
    _shown(fix_and_check(
        tmp_path, _app("brew", "api", KITS, KITS_TESTS, {"brew/gravity.py": GRAVITY}),
        imports + call,
        imports + _raises_or(call, "got.abv == 4.2",
                             "a finished kit brew summarised without its abv")))


# --- declared_none_values: a constant's own comment, and "raised" -----------------------------

PLOTS = '''
    """The society's plots."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Plot:
        number: str
        #: Measured area in square metres; None for a raised bed, which is never measured.
        area_m2: Decimal | None
        water: bool = True
'''

PLOT_TESTS = '''
    from decimal import Decimal

    from society.plots import Plot
    from society.rent import annual_rent


    def test_annual_rent() -> None:
        assert annual_rent(Plot("7", Decimal("100"))) == Decimal("54.00")
        assert annual_rent(Plot("8", Decimal("100"), water=False)) == Decimal("42.00")
'''

MONTHLY = '''
    """The society's yearly rents."""

    from __future__ import annotations

    from decimal import Decimal

    from society.plots import Plot

    #: Rent per square metre, a year.
    RATE_PER_M2 = Decimal("0.42")

    #: The raised beds by the gate are not measured: each pays this flat monthly rent in
    #: place of the area rent.
    RAISED_BED_MONTHLY = Decimal("1.50")

    #: A year's water.
    WATER_CHARGE = Decimal("12.00")


    def annual_rent(plot: Plot) -> Decimal:
        """The plot's rent for the year, with a year's water."""
        rent = plot.area_m2 * RATE_PER_M2
        if plot.water:
            rent += WATER_CHARGE
        return rent
'''


def test_a_monthly_flat_rent_is_paid_twelve_times_a_year(tmp_path: Path) -> None:
    # The constant is a monthly rent; the function works out a year's.
    imports = ("from decimal import Decimal\nfrom society.plots import Plot\n"
               "from society.rent import annual_rent\n")
    call = 'annual_rent(Plot("RB1", None))'
    _shown(fix_and_check(
        tmp_path, _app("society", "rent", MONTHLY, PLOT_TESTS, {"society/plots.py": PLOTS}),
        imports + call,
        imports + _raises_or(call, 'got == Decimal("30.00")',
                             "a raised bed's year billed one month's rent")))


HARBOUR = '''
    """Harbour dues."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal

    #: Dues per metre of length, a night.
    RATE_PER_METRE = Decimal("2.10")

    #: Dinghies on the slipway are not measured: each pays this flat nightly fee in place
    #: of the length fee.
    DINGHY_FEE = Decimal("5.00")

    #: Charged once a stay.
    HARBOUR_LEVY = Decimal("3.00")


    @dataclass(frozen=True)
    class Boat:
        name: str
        #: Length in metres; None for a dinghy on the slipway, which is never measured.
        length_m: Decimal | None = None


    def stay_fee(boat: Boat, nights: int) -> Decimal:
        """The dues for a stay of ``nights`` nights: the nightly fee for each night, and
        the harbour levy once."""
        fee = boat.length_m * RATE_PER_METRE * nights
        return fee + HARBOUR_LEVY
'''

HARBOUR_TESTS = '''
    from decimal import Decimal

    from harbour.dues import Boat, stay_fee


    def test_stay_fee() -> None:
        assert stay_fee(Boat("Kestrel", Decimal("10")), 3) == Decimal("66.00")
'''


def test_a_dinghy_pays_the_flat_fee_for_every_night(tmp_path: Path) -> None:
    # The product the constant replaces also holds the nights of the stay: the flat fee
    # is nightly, and stands in for the length fee only.
    imports = "from decimal import Decimal\nfrom harbour.dues import Boat, stay_fee\n"
    call = 'stay_fee(Boat("Tern"), 3)'
    _shown(fix_and_check(
        tmp_path, _app("harbour", "dues", HARBOUR, HARBOUR_TESTS), imports + call,
        imports + _raises_or(call, 'got == Decimal("18.00")',
                             "a three-night stay billed one night's dinghy fee")))


SURVEYED_PLOTS = '''
    """The society's plots."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Plot:
        number: str
        #: Square metres; None for a plot the surveyor has not measured yet.
        area_m2: Decimal | None
        kind: str = "plot"
        water: bool = True
'''

SURVEYED = '''
    """The society's yearly rents."""

    from __future__ import annotations

    from decimal import Decimal

    from society.plots import Plot

    #: Rent per square metre, a year.
    RATE_PER_M2 = Decimal("0.42")

    #: The raised beds by the gate pay this flat yearly rent in place of the area rent:
    #: the surveyor has never measured them as plots.
    RAISED_BED_RENT = Decimal("18.00")

    #: A year's water.
    WATER_CHARGE = Decimal("12.00")


    def annual_rent(plot: Plot) -> Decimal:
        """The plot's rent for the year, with a year's water. A plot the surveyor has
        not measured yet pays no rent until its first survey, only the water."""
        if plot.kind == "raised bed":
            rent = RAISED_BED_RENT
        else:
            rent = plot.area_m2 * RATE_PER_M2
        if plot.water:
            rent += WATER_CHARGE
        return rent
'''

SURVEYED_TESTS = '''
    from decimal import Decimal

    from society.plots import Plot
    from society.rent import annual_rent


    def test_annual_rent() -> None:
        assert annual_rent(Plot("7", Decimal("100"))) == Decimal("54.00")
        assert annual_rent(Plot("RB1", Decimal("6"), "raised bed", False)) == Decimal("18.00")
'''


def test_a_plot_not_surveyed_yet_pays_no_rent(tmp_path: Path) -> None:
    # The constant's comment is about raised beds the surveyor "never measured"; the
    # None is a new plot not measured yet, which the docstring lets off the rent.
    imports = ("from decimal import Decimal\nfrom society.plots import Plot\n"
               "from society.rent import annual_rent\n")
    call = 'annual_rent(Plot("E4", None))'
    _shown(fix_and_check(
        tmp_path, _app("society", "rent", SURVEYED, SURVEYED_TESTS,
                       {"society/plots.py": SURVEYED_PLOTS}), imports + call,
        imports + _raises_or(call, 'got == Decimal("12.00")',
                             "a new plot billed the raised beds' flat rent")))


REVIEWED_PLOTS = '''
    """The society's plots."""

    from __future__ import annotations

    from dataclasses import dataclass
    from decimal import Decimal


    @dataclass(frozen=True)
    class Plot:
        number: str
        #: Square metres; None for a raised bed, which is never measured. Since the 2025
        #: AGM ``annual_rent`` has raised ``RentUnderReview`` for a raised bed, until the
        #: committee agrees the beds' new rent.
        area_m2: Decimal | None
        water: bool = True
'''

REVIEWED = '''
    """The society's yearly rents."""

    from __future__ import annotations

    from decimal import Decimal

    from society.plots import Plot

    #: Rent per square metre, a year.
    RATE_PER_M2 = Decimal("0.42")

    #: The raised beds by the gate are not measured: each paid this flat yearly rent in
    #: place of the area rent, up to 2024.
    RAISED_BED_RENT = Decimal("18.00")

    #: A year's water.
    WATER_CHARGE = Decimal("12.00")


    class RentUnderReview(Exception):
        """The committee has not agreed this plot's rent."""


    def annual_rent(plot: Plot) -> Decimal:
        """The plot's rent for the year, with a year's water."""
        rent = plot.area_m2 * RATE_PER_M2
        if plot.water:
            rent += WATER_CHARGE
        return rent
'''


def test_a_raised_bed_under_review_is_refused(tmp_path: Path) -> None:
    # "has raised ``RentUnderReview``": the narrowed REFUSAL takes "raised" followed by a
    # name for the adjective; the flat rent is the one raised beds paid up to 2024.
    imports = ("from decimal import Decimal\nfrom society.plots import Plot\n"
               "from society.rent import annual_rent\n")
    call = 'annual_rent(Plot("RB1", None))'
    _shown(fix_and_check(
        tmp_path, _app("society", "rent", REVIEWED, PLOT_TESTS,
                       {"society/plots.py": REVIEWED_PLOTS}), imports + call,
        imports + _raises_or(call, "False",
                             "a raised bed under review billed the old flat rent")))


WATER = '''
    """The society's yearly charges."""

    from __future__ import annotations

    from decimal import Decimal

    from society.plots import Plot

    #: Rent per square metre, a year.
    RATE_PER_M2 = Decimal("0.42")

    #: Water per square metre, a year.
    WATER_PER_M2 = Decimal("0.05")

    #: The raised beds by the gate are not measured: each pays this flat yearly rent in
    #: place of the area rent.
    RAISED_BED_RENT = Decimal("18.00")


    def annual_rent(plot: Plot) -> Decimal:
        """The plot's rent for the year."""
        if plot.area_m2 is None:
            return RAISED_BED_RENT
        return plot.area_m2 * RATE_PER_M2


    def water_charge(plot: Plot) -> Decimal:
        """The plot's yearly water charge, by its area. Raised beds are watered from the
        rain butts and pay no water charge."""
        return plot.area_m2 * WATER_PER_M2
'''

WATER_TESTS = '''
    from decimal import Decimal

    from society.charges import annual_rent, water_charge
    from society.plots import Plot


    def test_charges() -> None:
        assert annual_rent(Plot("7", Decimal("100"))) == Decimal("42.00")
        assert annual_rent(Plot("RB1", None)) == Decimal("18.00")
        assert water_charge(Plot("7", Decimal("100"))) == Decimal("5.00")
'''


def test_a_raised_beds_water_is_not_its_rent(tmp_path: Path) -> None:
    # The flat rent stands in for the area *rent*; the crash works out the water charge
    # from the same area ("area" is the one name part the check asks for).
    imports = ("from decimal import Decimal\nfrom society.plots import Plot\n"
               "from society.charges import water_charge\n")
    call = 'water_charge(Plot("RB1", None))'
    _shown(fix_and_check(
        tmp_path, _app("society", "charges", WATER, WATER_TESTS,
                       {"society/plots.py": PLOTS}), imports + call,
        imports + _raises_or(call, "got == 0", "a raised bed charged its rent for water")))


# --- over-block checks: the words back the fix, and it must be reported ---------------------

REGULARS = '''
    """Booking blood donations."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date, timedelta

    MIN_GAP = timedelta(weeks=12)


    @dataclass(frozen=True)
    class Donor:
        name: str
        #: The day of the latest donation; None for a new donor who has not given yet.
        last_donation: date | None


    def next_eligible(donor: Donor, today: date) -> date:
        """The first day the donor can book, never earlier than today. Regular donors
        must wait twelve weeks between donations; a donor who has never given can book
        straight away."""
        earliest = donor.last_donation + MIN_GAP
        return max(earliest, today)
'''

REGULARS_TESTS = '''
    from datetime import date

    from clinic.donors import Donor, next_eligible


    def test_regular_donor_waits() -> None:
        assert next_eligible(Donor("Tom", date(2025, 1, 6)), date(2025, 2, 1)) == \\
            date(2025, 3, 31)
'''


def test_over_block_a_first_time_donor_while_regulars_must_wait(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the rule's own donor app, its docstring saying regular donors
    "must wait" twelve weeks: that is the gap the max() keeps, no refusal of the new
    donor."""
    imports = "from datetime import date\nfrom clinic.donors import Donor, next_eligible\n"
    call = 'next_eligible(Donor("Mia", None), date(2025, 7, 4))'
    _fixed(fix_and_check(
        tmp_path, _app("clinic", "donors", REGULARS, REGULARS_TESTS), imports + call,
        imports + f"assert {call} == date(2025, 7, 4)\n"
        'assert next_eligible(Donor("Tom", date(2025, 6, 6)), date(2025, 7, 4)) == '
        "date(2025, 8, 29)\n"))


HIRE = '''
    """Bike hire."""

    from __future__ import annotations

    from dataclasses import dataclass
    from datetime import date


    @dataclass(frozen=True)
    class Bike:
        frame: str
        #: First day the bike can be hired. No ``available_from``: the bike is available
        #: straight away.
        available_from: date | None = None


    def can_hire(bike: Bike, day: date) -> bool:
        """Whether ``bike`` can be hired on ``day``."""
        return bike.available_from <= day
'''

HIRE_TESTS = '''
    from datetime import date

    from hire.bikes import Bike, can_hire


    def test_can_hire() -> None:
        assert can_hire(Bike("A1", date(2025, 7, 1)), date(2025, 7, 4))
        assert not can_hire(Bike("A2", date(2025, 8, 1)), date(2025, 7, 4))
'''


def test_over_block_no_available_from_said_before_a_colon(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: "No ``available_from``: the bike is available straight away":
    the absence and its meaning in two clauses of one sentence."""
    imports = "from datetime import date\nfrom hire.bikes import Bike, can_hire\n"
    call = 'can_hire(Bike("B7"), date(2025, 7, 4))'
    _fixed(fix_and_check(
        tmp_path, _app("hire", "bikes", HIRE, HIRE_TESTS), imports + call,
        imports + f"assert {call} is True\n"
        'assert not can_hire(Bike("A2", date(2025, 8, 1)), date(2025, 7, 4))\n'))


PARAPHRASED = '''
    """The brewery's batch summaries."""

    from __future__ import annotations

    from dataclasses import dataclass

    from brew import gravity


    @dataclass(frozen=True)
    class Batch:
        name: str
        original: float
        #: Read when fermentation has finished; None while the batch is still fermenting.
        final: float | None = None


    @dataclass(frozen=True)
    class Summary:
        name: str
        status: str
        #: Percent; None until fermentation has finished.
        abv: float | None


    def summarise(batch: Batch) -> Summary:
        return Summary(
            name=batch.name,
            status="fermenting" if batch.final is None else "finished",
            abv=gravity.abv(batch.original, batch.final),
        )
'''

PARAPHRASED_TESTS = '''
    from brew.api import Batch, Summary, summarise


    def test_summarise() -> None:
        assert summarise(Batch("Pale", 1.05, 1.01)) == Summary("Pale", "finished", 5.3)
'''


def test_over_block_fermentation_said_in_other_words(tmp_path: Path) -> None:
    """OVER-BLOCK CHECK: the rule's own brewery, the result's field saying "None until
    fermentation has finished" for the input's "None while the batch is still
    fermenting": the same case in other words."""
    imports = "from brew.api import Batch, Summary, summarise\n"
    call = 'summarise(Batch("Stout", 1.05))'
    _fixed(fix_and_check(
        tmp_path, _app("brew", "api", PARAPHRASED, PARAPHRASED_TESTS,
                       {"brew/gravity.py": GRAVITY}), imports + call,
        imports + f"assert {call} == Summary('Stout', 'fermenting', None)\n"
        'assert summarise(Batch("Pale", 1.05, 1.01)).abv == 5.3\n'))
