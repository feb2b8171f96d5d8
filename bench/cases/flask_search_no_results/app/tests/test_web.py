from recipes.web import app


def test_search_soup() -> None:
    body = app.test_client().get("/search?q=soup").get_json()
    assert body == {"count": 2, "top": "Lentil soup", "names": ["Lentil soup", "Tomato soup"]}
