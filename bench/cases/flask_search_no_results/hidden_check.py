from recipes.web import app

client = app.test_client()


def test_no_results_has_null_top() -> None:
    response = client.get("/search?q=ramen")
    assert response.status_code == 200
    assert response.get_json() == {"count": 0, "top": None, "names": []}


def test_results_unchanged() -> None:
    assert client.get("/search?q=pie").get_json()["top"] == "Apple pie"
