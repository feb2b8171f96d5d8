from catalog.web import app

client = app.test_client()


def test_second_page_of_a_category() -> None:
    response = client.get("/categories/shirts?page=2")
    assert response.status_code == 200
    body = response.get_json()
    assert [p["sku"] for p in body["items"]] == ["T-3", "T-4"]
    assert body["page"] == 2 and body["pages"] == 3


def test_last_page_of_a_category() -> None:
    body = client.get("/categories/shirts?page=3").get_json()
    assert [p["sku"] for p in body["items"]] == ["T-5"]
