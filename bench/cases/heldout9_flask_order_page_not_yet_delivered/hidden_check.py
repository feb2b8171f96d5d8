import re

from orders import create_app


def delivery_line(number: str) -> str:
    response = create_app().test_client().get(f"/orders/{number}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    match = re.search(r'<p class="delivery">(.*?)</p>', page, re.S)
    assert match, page
    return " ".join(match.group(1).split())


def test_undelivered_order_says_on_its_way() -> None:
    assert delivery_line("1002") == "On its way"


def test_undelivered_order_page_still_lists_items() -> None:
    page = create_app().test_client().get("/orders/1002").get_data(as_text=True)
    assert "Placed 09 Mar 2026" in page
    assert "<li>Enamel mug</li>" in page and "<li>Tea towel</li>" in page


def test_delivered_order_unchanged() -> None:
    assert delivery_line("1001") == "Delivered 04 Mar 2026"
