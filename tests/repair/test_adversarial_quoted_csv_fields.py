"""quoted_csv_fields under review: reading a line as CSV is no fix where the format's own
documentation says it has no quoting and refuses a line with a delimiter too many."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

CONTACTS = '''
    """Contacts imported from the CRM's CSV export."""

    from __future__ import annotations


    def read_contact(line: str) -> tuple[str, str, str]:
        """One line of the CRM's CSV export: name, email, phone. The CRM never quotes a
        field: a name holding a comma cannot be told from a damaged line, so such a line
        is refused (ValueError) and corrected by hand in the CRM."""
        name, email, phone = line.split(",")
        return name, email, phone
'''

CONTACTS_TESTS = '''
    from crm.contacts import read_contact


    def test_read_contact() -> None:
        assert read_contact("Grace,grace@example.com,555") == ("Grace", "grace@example.com",
                                                               "555")
'''


def test_a_format_documented_without_quoting_keeps_refusing(tmp_path: Path) -> None:
    line = '\'"Hopper, Grace",grace@example.com,555\''
    check = ('from crm.contacts import read_contact\n'
             f'try:\n    read_contact({line})\nexcept ValueError:\n    pass\n'
             'else:\n    raise AssertionError("a line with a comma too many was read")\n')
    data = fix_and_check(
        tmp_path, {"crm/__init__.py": "", "crm/contacts.py": CONTACTS,
                   "tests/__init__.py": "", "tests/test_contacts.py": CONTACTS_TESTS},
        f'from crm.contacts import read_contact\nread_contact({line})', check)
    assert data is not None


STOCK = '''
    """Stock levels: read from the warehouse's tab-separated feed, reported as CSV."""

    from __future__ import annotations

    import csv
    import io


    def read_stock(line: str) -> tuple[str, str, int]:
        """One line of the warehouse feed: sku, name and count, separated by tabs. The
        feed has no quoting: a quote is part of a name (27" monitor), and a tab never
        occurs inside a field, so a line with a tab too many is damaged and refused
        (ValueError)."""
        sku, name, count = line.split("\\t")
        return sku, name, int(count)


    def report(rows: list[tuple[str, str, int]]) -> str:
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue()
'''

STOCK_TESTS = '''
    from depot.stock import read_stock, report


    def test_read_stock() -> None:
        assert read_stock('A1\\t27" monitor\\t3') == ("A1", '27" monitor', 3)
        assert report([("A1", "x", 3)]) == "A1,x,3\\r\\n"
'''


def test_a_feed_without_quoting_beside_a_csv_report_keeps_refusing(tmp_path: Path) -> None:
    line = '\'A1\\t"27\\tmonitor"\\t3\''
    check = ('from depot.stock import read_stock\n'
             f'try:\n    read_stock({line})\nexcept ValueError:\n    pass\n'
             'else:\n    raise AssertionError("a line with a tab too many was read")\n')
    data = fix_and_check(
        tmp_path, {"depot/__init__.py": "", "depot/stock.py": STOCK,
                   "tests/__init__.py": "", "tests/test_stock.py": STOCK_TESTS},
        f'from depot.stock import read_stock\nread_stock({line})', check)
    assert data is not None


CATALOG = '''
    """The shop catalogue, kept as a tab-separated file (Excel's "Text (Tab delimited)")."""

    from __future__ import annotations

    import csv


    def load(path: str) -> list[dict[str, str]]:
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f, dialect="excel-tab"))


    def variant(spec: str) -> tuple[str, str, str]:
        """A variant spec typed by the merchant in the admin form: title, size and colour,
        separated by commas, written as typed (titles keep their own quotation marks)."""
        title, size, colour = spec.split(",")
        return title, size, colour
'''

CATALOG_TESTS = '''
    from shop.catalog import variant


    def test_variant() -> None:
        assert variant('"Dune" poster,A2,black') == ('"Dune" poster', "A2", "black")
'''


def test_a_tab_dialect_reader_does_not_make_a_comma_split_csv(tmp_path: Path) -> None:
    spec = '\'"Hello, world" poster,A2,black\''
    check = ('from shop.catalog import variant\n'
             f'try:\n    found = variant({spec})\nexcept ValueError:\n    pass\n'
             'else:\n    assert found[0] == \'"Hello, world" poster\', found\n')
    data = fix_and_check(
        tmp_path, {"shop/__init__.py": "", "shop/catalog.py": CATALOG,
                   "tests/__init__.py": "", "tests/test_catalog.py": CATALOG_TESTS},
        f'from shop.catalog import variant\nvariant({spec})', check)
    assert data is not None


# Hole in quoted_csv_fields: a module whose csv writer quotes with single quotes.
LOGS = '''
    """Access log lines: CSV as our proxy writes it (``log_format csv``)."""

    from __future__ import annotations

    import csv
    import io


    def write_line(fields: list[str]) -> str:
        out = io.StringIO()
        csv.writer(out, quotechar="'", lineterminator="").writerow(fields)
        return out.getvalue()


    def read_line(line: str) -> tuple[str, str, str]:
        """One line: client, request and status, comma-separated. The proxy quotes with
        single quotes; a double quote is part of the request as the client sent it."""
        client, request, status = line.split(",")
        return client, request, status
'''

LOGS_TESTS = '''
    from proxy.logs import read_line, write_line


    def test_round_trip() -> None:
        assert read_line(write_line(["1.2.3.4", "GET /", "200"])) == ("1.2.3.4", "GET /",
                                                                       "200")
'''


def test_a_double_quote_is_no_quoting_where_the_writer_quotes_with_single_quotes(
        tmp_path: Path) -> None:
    line = '\'1.2.3.4,"GET /a,b",200\''
    check = ('from proxy.logs import read_line\n'
             f'try:\n    found = read_line({line})\nexcept ValueError:\n    pass\n'
             'else:\n    assert found[1] == \'"GET /a,b"\', found\n')
    data = fix_and_check(
        tmp_path, {"proxy/__init__.py": "", "proxy/logs.py": LOGS,
                   "tests/__init__.py": "", "tests/test_logs.py": LOGS_TESTS},
        f'from proxy.logs import read_line\nread_line({line})', check)
    assert data is not None
