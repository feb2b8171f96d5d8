"""The dispatch desk prints today's labels; one customer filled in only the required fields."""

from labels.sheet import render_sheet

render_sheet(
    [
        {
            "name": "Ruth Okafor",
            "company": "Okafor & Daughters Ltd",
            "line1": "Unit 4, Canal Wharf",
            "line2": "Granary Street",
            "city": "Leeds",
            "postcode": "LS1 4BT",
            "country": "GB",
        },
        {"name": "Ann Lee", "line1": "3 Mill Lane", "city": "York", "postcode": "yo1 7hu"},
    ]
)
