from labels.address import label_lines, one_line
from labels.sheet import CELL_HEIGHT, render_sheet

OFFICE = {
    "name": "Ruth Okafor",
    "company": "Okafor & Daughters Ltd",
    "line1": "Unit 4, Canal Wharf",
    "line2": "Granary Street",
    "city": "Leeds",
    "postcode": "ls1 4bt",
    "country": "gb",
}
ABROAD = {
    "name": "Jonas Berg",
    "company": "",
    "line1": "Storgatan 12",
    "line2": "",
    "city": "Uppsala",
    "postcode": "753 20",
    "country": "SE",
}


def test_full_address() -> None:
    assert label_lines(OFFICE) == [
        "Ruth Okafor",
        "Okafor & Daughters Ltd",
        "Unit 4, Canal Wharf",
        "Granary Street",
        "Leeds LS1 4BT",
    ]


def test_empty_parts_are_left_out_and_abroad_gets_a_country() -> None:
    assert label_lines(ABROAD) == ["Jonas Berg", "Storgatan 12", "Uppsala 753 20", "SE"]


def test_one_line() -> None:
    assert one_line({"name": "Ann Lee", "line1": "3 Mill Lane", "city": "York", "postcode": "YO1 7HU"}) == (
        "Ann Lee, 3 Mill Lane, York, YO1 7HU"
    )


def test_sheet_two_across() -> None:
    sheet = render_sheet([OFFICE, ABROAD])
    rows = sheet.splitlines()
    assert len(rows) == CELL_HEIGHT
    assert rows[0].startswith("Ruth Okafor") and rows[0].endswith("Jonas Berg")
    assert rows[4] == "Leeds LS1 4BT"
