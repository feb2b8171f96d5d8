"""Adversarial review of three new rules: none_answers (a function's own ``if x is None:
return X`` given where the None crashes first), none_constants (a module constant built by
the crashing call's class, whose comment speaks of the value's absence, stands in for it),
and contract_constants for records held in a plain name (``doc.get(key, CONSTANT)`` when a
constant's comment speaks of the key's absence).

Each app tempts one rule: the surface evidence is there, but the code's own docstrings and
comments say a careful reviewer wants something else (usually: keep refusing).

none_into_optional, none_answers and none_constants were dropped after these reviews
(their first and tightened versions were both beaten); the traps stay so that a later
attempt at such a rule starts from them. Every trap passes.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import app_files as _app
from tests.repair.adversarial import fix_and_check


def _raises(call: str, what: str) -> str:
    """A hidden assertion: ``call`` (after the imports) must still raise."""
    return (f'try:\n    got = {call}\nexcept Exception:\n    pass\n'
            f'else:\n    raise AssertionError(f"{what}: {{got!r}}")\n')


# --- none_answers -----------------------------------------------------------------------------

# `code` (a local) is rebound between the answer and the crash: None first meant "no code typed",
# then "a code not in the catalogue", which the docstring says must raise.
COUPONS = '''
    """Checkout coupons."""

    from __future__ import annotations


    class UnknownCoupon(ValueError):
        """A code the customer typed that is not in the catalogue; the checkout shows it."""


    COUPONS = {"SPRING10": {"percent": 10}, "VIP25": {"percent": 25}}


    def coupon_discount(cart: dict) -> float:
        """The discount the cart's coupon gives, as a fraction. No code at all (None)
        gives no discount: 0.0. A code that is not in the catalogue raises UnknownCoupon,
        so the customer sees their typo instead of paying full price unawares."""
        code = cart.get("coupon")
        if code is None:
            return 0.0
        code = COUPONS.get(code.strip().upper())
        return code["percent"] / 100
'''

COUPONS_TESTS = '''
    from shop.coupons import coupon_discount


    def test_coupon_discount() -> None:
        assert coupon_discount({}) == 0.0
        assert coupon_discount({"coupon": " spring10 "}) == 0.1
'''


def test_a_rebound_name_is_not_answered_as_its_first_none(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "coupons", COUPONS, COUPONS_TESTS),
        'from shop.coupons import coupon_discount\ncoupon_discount({"coupon": "SPRNG10"})',
        'from shop.coupons import coupon_discount\n'
        + _raises('coupon_discount({"coupon": "SPRNG10"})',
                  "a mistyped coupon was silently worth nothing"))


# The final None is "unset"; a None part-way along the path is a broken config file.
SETTINGS = '''
    """Settings read from the site's YAML config, already parsed into dicts."""

    from __future__ import annotations

    from typing import Any

    #: What an unset setting reads as.
    UNSET = ""


    def setting(config: dict[str, Any], path: str) -> Any:
        """The value at a dotted ``path``. A setting written as null (``host: ~``) is unset
        and reads as UNSET. A null part-way along the path (``mail: ~`` read as
        ``mail.host``) means the config file is broken: that must raise, never read as
        UNSET, or the site starts without its mail host."""
        value: Any = config
        for key in path.split("."):
            value = value[key]
        if value is None:
            return UNSET
        return value
'''

SETTINGS_TESTS = '''
    from site_conf.settings import UNSET, setting


    def test_setting() -> None:
        assert setting({"mail": {"host": "smtp.local"}}, "mail.host") == "smtp.local"
        assert setting({"mail": {"host": None}}, "mail.host") == UNSET
'''


def test_an_intermediate_none_documented_as_broken_is_not_unset(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("site_conf", "settings", SETTINGS, SETTINGS_TESTS),
        'from site_conf.settings import setting\nsetting({"mail": None}, "mail.host")',
        'from site_conf.settings import setting\n'
        + _raises('setting({"mail": None}, "mail.host")', "a broken config read as unset"))


# The only `if value is None: return ...` is a nested helper's, about one cell; the outer
# function returns a list.
REVENUE = '''
    """The monthly revenue table."""

    from __future__ import annotations


    def revenue_cells(months: dict[str, list[float | None]], month: str) -> list[str]:
        """The cells of one month's row: each sale with two decimals, a sale not priced
        yet shown as "-". Always a list, one cell per sale; a month with no sales has an
        empty row."""

        def cell(value: float | None) -> str:
            if value is None:
                return "-"
            return f"{value:.2f}"

        value = months.get(month)
        cells = []
        for sale in value:
            cells.append(cell(sale))
        return cells
'''

REVENUE_TESTS = '''
    from reports.revenue import revenue_cells


    def test_revenue_cells() -> None:
        assert revenue_cells({"2024-01": [1.5, None]}, "2024-01") == ["1.50", "-"]
'''


def test_a_nested_helpers_answer_is_not_the_outer_functions(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("reports", "revenue", REVENUE, REVENUE_TESTS),
        'from reports.revenue import revenue_cells\nrevenue_cells({}, "2024-02")',
        'from reports.revenue import revenue_cells\n'
        'try:\n    got = revenue_cells({}, "2024-02")\nexcept Exception:\n    got = []\n'
        'assert isinstance(got, list), f"a row that is not a list: {got!r}"\n')


# The answer is given only in lenient mode; strict mode must reject the row.
AMOUNTS = '''
    """Payment rows from the bank import."""

    from __future__ import annotations


    def parse_amount(row: dict[str, str | None], strict: bool = False) -> int:
        """The row's amount in cents. A lenient import (the nightly preview) counts a row
        with no amount as 0; a strict import (the month-end close) must reject such a row,
        since a missing amount there is a missing payment."""
        amount = row.get("amount")
        if not strict:
            if amount is None:
                return 0
        return int(amount.replace(",", ""))
'''

AMOUNTS_TESTS = '''
    from bank.amounts import parse_amount


    def test_parse_amount() -> None:
        assert parse_amount({"amount": "1,250"}, strict=True) == 1250
        assert parse_amount({"amount": None}) == 0
'''


def test_an_answer_given_only_when_lenient_is_not_given_when_strict(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("bank", "amounts", AMOUNTS, AMOUNTS_TESTS),
        'from bank.amounts import parse_amount\nparse_amount({"amount": None}, strict=True)',
        'from bank.amounts import parse_amount\n'
        + _raises('parse_amount({"amount": None}, strict=True)',
                  "a strict close counted a missing payment as 0"))


# --- none_constants ---------------------------------------------------------------------------

STORE = '''
    """Sync cursors, kept in the app's database (a dict here)."""

    from __future__ import annotations

    _CURSORS: dict[str, str] = {"invoices": "2024-03-01T00:00:00+00:00"}


    def get_cursor(feed: str) -> str | None:
        return _CURSORS.get(feed)


    def set_cursor(feed: str, value: str) -> None:
        _CURSORS[feed] = value
'''

# The epoch is the invoices feed's; contacts have none and must be backfilled first.
CONTACTS = '''
    """Incremental syncs from the CRM."""

    from __future__ import annotations

    from datetime import datetime, timezone

    from crm import store

    #: An invoices sync with no stored cursor starts from here: invoices before 2019 were
    #: archived by the accountants.
    INVOICES_EPOCH = datetime(2019, 1, 1, tzinfo=timezone.utc)


    def invoices_since() -> datetime:
        """Where the next invoices sync starts."""
        cursor = store.get_cursor("invoices")
        return INVOICES_EPOCH if cursor is None else datetime.fromisoformat(cursor)


    def contacts_since() -> datetime:
        """Where the next contacts sync starts. Contacts have no epoch: the first contacts
        sync is the full backfill run by hand (``backfill_contacts``), which stores the
        cursor, so without a stored cursor this must raise rather than start anywhere."""
        since = datetime.fromisoformat(store.get_cursor("contacts"))
        return since
'''

SYNC_TESTS = '''
    from datetime import datetime

    from crm import store
    from crm.sync import contacts_since, invoices_since


    def test_since() -> None:
        assert isinstance(invoices_since(), datetime)
        store.set_cursor("contacts", "2024-05-01T00:00:00+00:00")
        assert contacts_since().year == 2024
'''


def test_another_feeds_epoch_is_no_start_for_this_feed(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("crm", "sync", CONTACTS, SYNC_TESTS, {"crm/store.py": STORE}),
        'from crm.sync import contacts_since\ncontacts_since()',
        'from crm.sync import contacts_since\n'
        + _raises("contacts_since()", "contacts synced from the invoices epoch"))


# A floor whose comment says, in the same sentence, that a sync without a cursor is refused.
FLOOR = '''
    """Incremental syncs from the CRM."""

    from __future__ import annotations

    from datetime import datetime, timezone

    from crm import store

    #: The oldest timestamp the CRM API accepts in ``updated_after``. It is a floor, not a
    #: starting point: a sync with no stored cursor is a full import, which the nightly job
    #: must never attempt on its own, so it fails and an operator runs the backfill.
    API_FLOOR = datetime(2015, 1, 1, tzinfo=timezone.utc)


    def contacts_since() -> datetime:
        """Where the next contacts sync starts, never before API_FLOOR."""
        since = datetime.fromisoformat(store.get_cursor("contacts"))
        return max(since, API_FLOOR)
'''

FLOOR_TESTS = '''
    from crm import store
    from crm.sync import contacts_since


    def test_since() -> None:
        store.set_cursor("contacts", "2010-05-01T00:00:00+00:00")
        assert contacts_since().year == 2015
'''


def test_a_floor_said_not_to_be_a_start_is_no_start(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("crm", "sync", FLOOR, FLOOR_TESTS, {"crm/store.py": STORE}),
        'from crm.sync import contacts_since\ncontacts_since()',
        'from crm.sync import contacts_since\n'
        + _raises("contacts_since()", "a full import started from the API floor"))


# `import datetime`: the class read is `datetime` the module, so a `datetime.date` passes
# for the `datetime.datetime` the API needs.
QUERY = '''
    """Incremental syncs from the CRM."""

    from __future__ import annotations

    import datetime

    from crm import store

    #: A sync with no stored cursor starts on this day, the CRM's launch.
    CRM_LAUNCH = datetime.date(2019, 1, 1)


    def contacts_query() -> dict[str, str]:
        """The query of the next contacts sync. ``updated_after`` is a full timestamp: the
        API wants an ISO datetime with its offset (``2019-01-01T00:00:00+00:00``) and
        answers a bare date with HTTP 400."""
        since = datetime.datetime.fromisoformat(store.get_cursor("contacts"))
        return {"updated_after": since.isoformat()}
'''

QUERY_TESTS = '''
    from crm import store
    from crm.sync import contacts_query


    def test_query() -> None:
        store.set_cursor("contacts", "2024-05-01T00:00:00+00:00")
        assert contacts_query() == {"updated_after": "2024-05-01T00:00:00+00:00"}
'''


def test_a_date_is_no_stand_in_for_a_datetime(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("crm", "sync", QUERY, QUERY_TESTS, {"crm/store.py": STORE}),
        'from crm.sync import contacts_query\ncontacts_query()',
        'from crm.sync import contacts_query\n'
        'try:\n    got = contacts_query()\nexcept Exception:\n    pass\n'
        'else:\n    assert "T" in got["updated_after"], f"a bare date sent to the API: {got}"\n')


# --- contract_constants for a record in a plain name -----------------------------------------

# The constant is for events without a user; an order without one must not be billed.
ORDERS = '''
    """Shop events and orders, as the webhook posts them (JSON)."""

    from __future__ import annotations

    #: Events without a ``user`` (cron jobs, webhooks) are attributed to this account.
    SYSTEM_USER = "system"


    def event_actor(event: dict) -> str:
        """Who did what an event records."""
        return event["user"] if "user" in event else SYSTEM_USER


    def order_owner(order: dict) -> str:
        """The customer an order is billed to. An order without a user cannot be billed
        to anyone: it must raise, never be billed to the system account."""
        return order["user"]
'''

ORDERS_TESTS = '''
    from shop.orders import event_actor, order_owner


    def test_owner() -> None:
        assert order_owner({"user": "ann"}) == "ann"
        assert event_actor({}) == "system"
'''


def test_an_events_stand_in_is_not_an_orders(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("shop", "orders", ORDERS, ORDERS_TESTS),
        'from shop.orders import order_owner\norder_owner({"total": 10})',
        'from shop.orders import order_owner\n'
        + _raises('order_owner({"total": 10})', "an order billed to the system account"))


# The comment on the version constant says documents without the key are rejected.
DASHBOARDS = '''
    """Saved dashboards, as JSON documents."""

    from __future__ import annotations

    #: The version documents saved by 1.x declare. Documents without ``schema_version``
    #: are rejected: 0.x wrote them, and their widgets cannot be migrated.
    V1 = 1


    def migrate(doc: dict) -> dict:
        """Brings a saved dashboard up to the current schema (2)."""
        version = doc["schema_version"]
        if version == V1:
            doc = {**doc, "widgets": [{"kind": w} for w in doc["widgets"]]}
        return {**doc, "schema_version": 2}
'''

DASHBOARDS_TESTS = '''
    from boards.dashboards import migrate


    def test_migrate() -> None:
        assert migrate({"schema_version": 1, "widgets": ["chart"]})["widgets"] == [
            {"kind": "chart"}]
'''


def test_a_constant_whose_comment_rejects_the_absence_is_no_default(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("boards", "dashboards", DASHBOARDS, DASHBOARDS_TESTS),
        'from boards.dashboards import migrate\nmigrate({"widgets": ["chart"]})',
        'from boards.dashboards import migrate\n'
        + _raises('migrate({"widgets": ["chart"]})', "a 0.x dashboard migrated as 1.x"))


# A ceiling; the same comment says a job with no retries is never retried.
JOBS = '''
    """Background jobs."""

    from __future__ import annotations

    #: The most retries any job may ask for; a job with no ``retries`` is never retried.
    MAX_RETRIES = 5


    def attempts(job: dict) -> int:
        """How many times a job is run: once, plus its retries (at most MAX_RETRIES)."""
        return 1 + min(job["retries"], MAX_RETRIES)
'''

JOBS_TESTS = '''
    from worker.jobs import attempts


    def test_attempts() -> None:
        assert attempts({"retries": 2}) == 3
        assert attempts({"retries": 9}) == 6
'''


def test_a_ceiling_is_no_stand_in_for_a_missing_count(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("worker", "jobs", JOBS, JOBS_TESTS),
        'from worker.jobs import attempts\nattempts({"name": "mail"})',
        'from worker.jobs import attempts\n'
        'try:\n    got = attempts({"name": "mail"})\nexcept Exception:\n    got = 1\n'
        'assert got == 1, f"a job with no retries is retried: {got} attempts"\n')


# The key is mentioned in a negation: no document lacks it since 1.0, one that does is refused.
REPORTS = '''
    """Saved reports, as JSON documents."""

    from __future__ import annotations

    #: The version 1.x wrote. Since 1.0 no document is saved without ``schema_version``;
    #: one that lacks it was edited by hand and is refused.
    UNVERSIONED = 1


    def report_version(doc: dict) -> int:
        """The schema version a saved report declares."""
        return int(doc["schema_version"])
'''

REPORTS_TESTS = '''
    from reports.saved import report_version


    def test_version() -> None:
        assert report_version({"schema_version": 2}) == 2
'''


def test_a_key_named_in_a_negation_has_no_default(tmp_path: Path) -> None:
    fix_and_check(
        tmp_path, _app("reports", "saved", REPORTS, REPORTS_TESTS),
        'from reports.saved import report_version\nreport_version({"title": "Q1"})',
        'from reports.saved import report_version\n'
        + _raises('report_version({"title": "Q1"})', "a hand-edited report given a version"))
