from labels.address import label_lines
from labels.sheet import CELL_HEIGHT, render_sheet

MINIMAL = {"name": "Ann Lee", "line1": "3 Mill Lane", "city": "York", "postcode": "yo1 7hu"}


def test_minimal_address_has_no_blank_lines() -> None:
    assert label_lines(MINIMAL) == ["Ann Lee", "3 Mill Lane", "York YO1 7HU"]


def test_company_without_second_line_abroad() -> None:
    address = {
        "name": "Marie Dubois",
        "company": "Atelier Dubois",
        "line1": "8 rue des Lilas",
        "city": "Lyon",
        "postcode": "69003",
        "country": "fr",
    }
    assert label_lines(address) == ["Marie Dubois", "Atelier Dubois", "8 rue des Lilas", "Lyon 69003", "FR"]


def test_sheet_with_a_minimal_address() -> None:
    full = {
        "name": "Ruth Okafor",
        "company": "Okafor & Daughters Ltd",
        "line1": "Unit 4, Canal Wharf",
        "line2": "Granary Street",
        "city": "Leeds",
        "postcode": "LS1 4BT",
        "country": "GB",
    }
    rows = render_sheet([full, MINIMAL]).splitlines()
    assert len(rows) == CELL_HEIGHT
    right = [row[36:] for row in rows]
    assert right == ["Ann Lee", "3 Mill Lane", "York YO1 7HU", "", "", ""]
