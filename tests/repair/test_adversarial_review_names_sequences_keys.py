"""moved_names, lazy_sequences and typed_dict_keys under review: apps with each rule's
trigger and its superficial backing, where the right fix is something else.

Twelve traps were written (four a rule); eleven drew a wrong fix and are kept out of this
file for the engine's authors: moved_names imported a capitalised parameter, a global
rebound at run time and a limit in other units; lazy_sequences collected an iterator the
caller goes on reading, a shared one a method hands out, one that pops a queue and one
whose later items raise; typed_dict_keys renamed a read to the key's negation, to the key
in other units, to the parent's id and to a count instead of the amount. The trap below
is the one the engine declined.
"""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

# moved_names: a module that imports the crashing one through a third module.
MODELS = '''
    """Orders."""

    STATUSES = ["new", "paid", "shipped"]

    from shop.signals import on_save  # noqa: E402


    def save(order: dict) -> str:
        return on_save(order)
'''

SIGNALS = '''
    """What happens when an order is saved."""

    from shop.views import render_order


    def on_save(order: dict) -> str:
        return render_order(order)
'''

VIEWS = '''
    """Order pages."""


    def render_order(order: dict) -> str:
        return f"Order {order['id']}"


    def status_label(order: dict) -> str:
        return STATUSES[order["status"]].title()
'''

APP = '''
    """The shop's entry point: models first, as the framework loads them."""

    import shop.models  # noqa: F401
    from shop.views import status_label

    __all__ = ["status_label"]
'''

MODELS_TESTS = '''
    from shop.app import status_label  # noqa: F401
    from shop.models import save


    def test_save() -> None:
        assert save({"id": 7, "status": 0}) == "Order 7"
'''


def test_an_import_circular_through_a_third_module_is_not_added(tmp_path: Path) -> None:
    # shop.models imports shop.signals, which imports shop.views: `from shop.models import
    # STATUSES` in shop.views works only when shop.models happens to be imported first,
    # and `import shop.views` on its own fails.
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/models.py": MODELS,
                   "shop/signals.py": SIGNALS, "shop/views.py": VIEWS, "shop/app.py": APP,
                   "tests/__init__.py": "", "tests/test_models.py": MODELS_TESTS},
        'from shop.app import status_label\nstatus_label({"id": 7, "status": 1})',
        'import shop.views\n'
        'assert shop.views.status_label({"id": 7, "status": 1}) == "Paid"\n')
    assert data is not None


JOBS = '''
    """The job queue."""

    from __future__ import annotations

    from collections.abc import Iterator


    def take(queue: list[str]) -> Iterator[str]:
        """Takes jobs off the front of ``queue``, one each time the next is asked for."""
        while queue:
            yield queue.pop(0)


    def next_job(queue: list[str]) -> str:
        """The next job to run, taken off the queue; the others stay queued."""
        return take(queue)[0]


    def drain(queue: list[str]) -> list[str]:
        return list(take(queue))
'''


JOBS_TESTS = '''
    from worker.jobs import drain


    def test_drain() -> None:
        queue = ["a", "b"]
        assert drain(queue) == ["a", "b"]
        assert queue == []
'''



def test_a_generator_that_pops_is_not_run_to_its_end(tmp_path: Path) -> None:
    # Collecting `take(queue)` pops every job to run the first one: the others are lost.
    data = fix_and_check(
        tmp_path, {"worker/__init__.py": "", "worker/jobs.py": JOBS,
                   "tests/__init__.py": "", "tests/test_jobs.py": JOBS_TESTS},
        'from worker.jobs import next_job\nnext_job(["a", "b", "c"])',
        'from worker.jobs import next_job\nqueue = ["a", "b", "c"]\n'
        'assert next_job(queue) == "a"\n'
        'assert queue == ["b", "c"], f"jobs lost: {queue}"\n')
    assert data is not None


CONTEXT = '''
    """The request's context: who is signed in."""

    from __future__ import annotations

    CURRENT_USER: str | None = None


    def sign_in(user: str) -> None:
        global CURRENT_USER
        CURRENT_USER = user


    def sign_out() -> None:
        global CURRENT_USER
        CURRENT_USER = None
'''


AUDIT = '''
    """Audit trail."""


    def entry(action: str) -> str:
        """An audit line: the user signed in now (or "anonymous") and ``action``."""
        return f"{CURRENT_USER or 'anonymous'}: {action}"
'''


CONTEXT_TESTS = '''
    from app import context


    def test_sign_in() -> None:
        context.sign_in("ann")
        assert context.CURRENT_USER == "ann"
        context.sign_out()
        assert context.CURRENT_USER is None
'''



def test_a_global_rebound_at_run_time_is_not_imported_by_value(tmp_path: Path) -> None:
    # `from app.context import CURRENT_USER` binds the value at import time (None): every
    # audit line would say "anonymous" whoever is signed in.
    data = fix_and_check(
        tmp_path, {"app/__init__.py": "", "app/context.py": CONTEXT, "app/audit.py": AUDIT,
                   "tests/__init__.py": "", "tests/test_context.py": CONTEXT_TESTS},
        'from app import audit, context\ncontext.sign_in("ann")\naudit.entry("delete")',
        'from app import audit, context\ncontext.sign_in("ann")\n'
        'assert audit.entry("delete") == "ann: delete", audit.entry("delete")\n')
    assert data is not None


UPLOADS = '''
    """File uploads."""

    MAX_LENGTH = 10 * 1024 * 1024  # bytes


    def accept_file(data: bytes) -> bool:
        return len(data) <= MAX_LENGTH
'''


COMMENTS = '''
    """Comments under articles."""


    def accept_comment(text: str) -> bool:
        """Whether a comment may be posted: at most 500 characters."""
        return 0 < len(text.strip()) and len(text) <= MAX_LENGTH
'''


UPLOADS_TESTS = '''
    from media.uploads import accept_file


    def test_accept_file() -> None:
        assert accept_file(b"x" * 10)
        assert not accept_file(b"x" * (10 * 1024 * 1024 + 1))
'''



def test_a_limit_in_other_units_is_not_the_one_meant(tmp_path: Path) -> None:
    # The only `MAX_LENGTH` of the package is the upload limit in bytes (10 MiB); the
    # comment limit the function documents is 500 characters.
    data = fix_and_check(
        tmp_path, {"media/__init__.py": "", "media/uploads.py": UPLOADS,
                   "media/comments.py": COMMENTS,
                   "tests/__init__.py": "", "tests/test_uploads.py": UPLOADS_TESTS},
        'from media.comments import accept_comment\naccept_comment("Nice article")',
        'from media.comments import accept_comment\n'
        'assert accept_comment("Nice article")\n'
        'assert not accept_comment("x" * 501), "a 501-character comment was accepted"\n')
    assert data is not None


FEED = '''
    """A feed of JSON lines: metadata first, then the entries."""

    from __future__ import annotations

    import json
    from collections.abc import Iterable, Iterator
    from typing import Any


    class Feed:
        def __init__(self, lines: Iterable[str]) -> None:
            self._records = (json.loads(line) for line in lines)

        def records(self) -> Iterator[dict[str, Any]]:
            """The feed's records, read once, in order."""
            return self._records


    def read(lines: Iterable[str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The feed's metadata (its first record) and its entries (the rest)."""
        feed = Feed(lines)
        meta = feed.records()[0]
        return meta, list(feed.records())


    def count(lines: Iterable[str]) -> int:
        return sum(1 for _ in Feed(lines).records())
'''


FEED_TESTS = '''
    from news.feed import count


    def test_count() -> None:
        assert count(['{"title": "x"}', '{"id": 1}']) == 2
'''


FEED_LINES = '[\'{"title": "News"}\', \'{"id": 1}\', \'{"id": 2}\']'



def test_a_method_returning_a_shared_iterator_is_not_the_call_that_makes_it(
        tmp_path: Path) -> None:
    # `feed.records()` hands out the same generator each time: collecting it to take the
    # metadata leaves no entries for the second call.
    data = fix_and_check(
        tmp_path, {"news/__init__.py": "", "news/feed.py": FEED,
                   "tests/__init__.py": "", "tests/test_feed.py": FEED_TESTS},
        f'from news.feed import read\nread({FEED_LINES})',
        f'from news.feed import read\nmeta, entries = read({FEED_LINES})\n'
        'assert meta == {"title": "News"}, meta\n'
        'assert entries == [{"id": 1}, {"id": 2}], entries\n')
    assert data is not None


TAX = '''
    """Tax rates."""

    RATE = 0.19
    REDUCED_RATE = 0.07


    def rate_for(food: bool) -> float:
        return REDUCED_RATE if food else RATE
'''


INVOICES = '''
    """Invoice totals."""


    def total(net: float, rate: float) -> float:
        """The invoice total: ``net`` plus tax at ``rate``, the rate the caller looked up
        for the goods (standard or reduced)."""
        return round(net * (1 + RATE), 2)
'''


TAX_TESTS = '''
    from shop.tax import rate_for


    def test_rate_for() -> None:
        assert rate_for(True) == 0.07
        assert rate_for(False) == 0.19
'''



def test_a_parameter_spelled_in_capitals_is_not_the_module_constant(tmp_path: Path) -> None:
    # `RATE` is the parameter `rate` miswritten: importing the standard rate taxes every
    # invoice at 19 %, whatever rate the caller passed.
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/tax.py": TAX, "shop/invoices.py": INVOICES,
                   "tests/__init__.py": "", "tests/test_tax.py": TAX_TESTS},
        'from shop.invoices import total\ntotal(100.0, 0.07)',
        'from shop.invoices import total\n'
        'assert total(100.0, 0.07) == 107.0, total(100.0, 0.07)\n')
    assert data is not None


SHEETS = '''
    """Comma-separated sheets."""

    from __future__ import annotations

    from collections.abc import Iterator


    def split_line(line: str) -> list[str]:
        return line.rstrip("\\n").split(",")


    def header(rows: Iterator[list[str]]) -> list[str]:
        """The sheet's header: the first row of ``rows``. The caller goes on reading the
        data rows that follow from the same iterator."""
        return rows[0]


    def load(text: str) -> list[dict[str, str]]:
        """The data rows of the sheet ``text``, keyed by the header's names."""
        rows = (split_line(line) for line in text.splitlines())
        names = header(rows)
        return [dict(zip(names, row)) for row in rows]
'''


SHEETS_TESTS = '''
    from sheets.reader import split_line


    def test_split_line() -> None:
        assert split_line("a,b\\n") == ["a", "b"]
'''


SHEET = '"name,age\\nann,31\\nbob,40\\n"'



def test_an_iterator_the_caller_goes_on_reading_is_not_drained(tmp_path: Path) -> None:
    # `list(rows)[0]` takes the header and consumes every data row with it: load() would
    # return no rows at all.
    data = fix_and_check(
        tmp_path, {"sheets/__init__.py": "", "sheets/reader.py": SHEETS,
                   "tests/__init__.py": "", "tests/test_reader.py": SHEETS_TESTS},
        f'from sheets.reader import load\nload({SHEET})',
        f'from sheets.reader import load\ngot = load({SHEET})\n'
        'assert got == [{"name": "ann", "age": "31"}, {"name": "bob", "age": "40"}], got\n')
    assert data is not None


READINGS = '''
    """Meter logs, one reading a line; the meter appends to the log as it reads."""

    from __future__ import annotations

    from collections.abc import Iterable, Iterator


    def readings(lines: Iterable[str]) -> Iterator[int]:
        for line in lines:
            yield int(line)


    def first_reading(lines: Iterable[str]) -> int:
        """The log's first reading. The last line may still be being written (a partial
        number) while the log is read."""
        return readings(lines)[0]


    def total(lines: Iterable[str]) -> int:
        return sum(readings(lines))
'''


READINGS_TESTS = '''
    from meter.log import total


    def test_total() -> None:
        assert total(["5", "7"]) == 12
'''



def test_items_after_the_one_indexed_are_not_produced(tmp_path: Path) -> None:
    # `list(readings(lines))[0]` parses the partial last line to read the first one.
    data = fix_and_check(
        tmp_path, {"meter/__init__.py": "", "meter/log.py": READINGS,
                   "tests/__init__.py": "", "tests/test_log.py": READINGS_TESTS},
        'from meter.log import first_reading\nfirst_reading(["5", "7"])',
        'from meter.log import first_reading\n'
        'assert first_reading(["5", "7", "1"]) == 5\n'
        'assert first_reading(["5", "7", "1-"]) == 5, "a partial line breaks the first"\n')
    assert data is not None


THREADS = '''
    """Comment threads."""

    from __future__ import annotations

    from typing import TypedDict


    class Comment(TypedDict):
        uid: str
        parent_id: str | None
        text: str
'''


INDEX = '''
    """Looking comments up."""

    from __future__ import annotations

    from forum.threads import Comment


    def by_id(comments: list[Comment]) -> dict[str, Comment]:
        """The comments keyed by their own id."""
        return {c["id"]: c for c in comments}


    def texts(comments: list[Comment]) -> list[str]:
        return [c["text"] for c in comments]
'''


INDEX_TESTS = '''
    from forum.index import texts


    def test_texts() -> None:
        assert texts([{"uid": "c1", "parent_id": None, "text": "hi"}]) == ["hi"]
'''


COMMENTS_ARG = ('[{"uid": "c1", "parent_id": None, "text": "hi"}, '
                '{"uid": "c2", "parent_id": "c1", "text": "hello"}]')



def test_the_key_extending_id_is_the_parents_id(tmp_path: Path) -> None:
    # The comment's own id is `uid`; `parent_id` (the only key with the word `id`) keys
    # every reply by the comment it answers.
    data = fix_and_check(
        tmp_path, {"forum/__init__.py": "", "forum/threads.py": THREADS,
                   "forum/index.py": INDEX,
                   "tests/__init__.py": "", "tests/test_index.py": INDEX_TESTS},
        f'from forum.index import by_id\nby_id({COMMENTS_ARG})',
        f'from forum.index import by_id\ngot = by_id({COMMENTS_ARG})\n'
        'assert sorted(k for k in got if k) == ["c1", "c2"], got\n')
    assert data is not None


MEMBERS = '''
    """Club members."""

    from typing import TypedDict


    class Member(TypedDict):
        name: str
        email: str
        no_newsletter: bool
'''


MAILING = '''
    """The newsletter."""

    from club.members import Member


    def recipients(members: list[Member]) -> list[str]:
        """The emails the newsletter goes to: the members who want it."""
        return [m["email"] for m in members if m["newsletter"]]


    def names(members: list[Member]) -> list[str]:
        return [m["name"] for m in members]
'''


MAILING_TESTS = '''
    from club.mailing import names


    def test_names() -> None:
        assert names([{"name": "Ann", "email": "a@x.org", "no_newsletter": False}]) == ["Ann"]
'''


TWO_MEMBERS = ('[{"name": "Ann", "email": "a@x.org", "no_newsletter": True}, '
               '{"name": "Bob", "email": "b@x.org", "no_newsletter": False}]')



def test_the_key_extending_the_name_is_its_negation(tmp_path: Path) -> None:
    # `m["no_newsletter"]` sends the newsletter to exactly the members who refused it.
    data = fix_and_check(
        tmp_path, {"club/__init__.py": "", "club/members.py": MEMBERS,
                   "club/mailing.py": MAILING,
                   "tests/__init__.py": "", "tests/test_mailing.py": MAILING_TESTS},
        f'from club.mailing import recipients\nrecipients({TWO_MEMBERS})',
        f'from club.mailing import recipients\ngot = recipients({TWO_MEMBERS})\n'
        'assert "a@x.org" not in got, got\n')
    assert data is not None


ORDERS = '''
    """Orders."""

    from decimal import Decimal
    from typing import TypedDict


    class Order(TypedDict):
        number: str
        amount: Decimal
        total_items: int
'''


REPORTS = '''
    """Sales reports."""

    from decimal import Decimal

    from sales.orders import Order


    def revenue(orders: list[Order]) -> Decimal:
        """The money the orders brought in."""
        return sum((o["total"] for o in orders), Decimal(0))


    def numbers(orders: list[Order]) -> list[str]:
        return [o["number"] for o in orders]
'''


REPORTS_TESTS = '''
    from decimal import Decimal

    from sales.reports import numbers


    def test_numbers() -> None:
        order = {"number": "1", "amount": Decimal("9.90"), "total_items": 2}
        assert numbers([order]) == ["1"]
'''


ORDERS_ARG = ('[{"number": "1", "amount": Decimal("9.90"), "total_items": 2}, '
              '{"number": "2", "amount": Decimal("20.00"), "total_items": 1}]')



def test_the_key_extending_total_is_a_count_not_the_amount(tmp_path: Path) -> None:
    # `o["total_items"]` sums item counts as if they were money.
    data = fix_and_check(
        tmp_path, {"sales/__init__.py": "", "sales/orders.py": ORDERS,
                   "sales/reports.py": REPORTS,
                   "tests/__init__.py": "", "tests/test_reports.py": REPORTS_TESTS},
        f'from decimal import Decimal\nfrom sales.reports import revenue\nrevenue({ORDERS_ARG})',
        f'from decimal import Decimal\nfrom sales.reports import revenue\n'
        f'got = revenue({ORDERS_ARG})\n'
        'assert got == Decimal("29.90"), got\n')
    assert data is not None


ITEMS = '''
    """Catalogue items; prices are kept in cents since 2.0."""

    from typing import TypedDict


    class Item(TypedDict):
        sku: str
        price_cents: int
'''


LABELS = '''
    """Shelf labels."""

    from shop.items import Item


    def label(item: Item) -> str:
        """The shelf label: the SKU and the price in euros, with two decimals."""
        return f"{item['sku']}: {item['price']:.2f} EUR"


    def sku(item: Item) -> str:
        return item["sku"]
'''


LABELS_TESTS = '''
    from shop.labels import sku


    def test_sku() -> None:
        assert sku({"sku": "A1", "price_cents": 1250}) == "A1"
'''



def test_the_renamed_key_changed_its_unit_too(tmp_path: Path) -> None:
    # `item['price_cents']` prints 1250.00 EUR for a 12.50 EUR item.
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/items.py": ITEMS, "shop/labels.py": LABELS,
                   "tests/__init__.py": "", "tests/test_labels.py": LABELS_TESTS},
        'from shop.labels import label\nlabel({"sku": "A1", "price_cents": 1250})',
        'from shop.labels import label\ngot = label({"sku": "A1", "price_cents": 1250})\n'
        'assert got == "A1: 12.50 EUR", got\n')
    assert data is not None
