# mypy: disable-error-code="import-not-found"
from fixed import app


def test_adding_a_book_redirects_to_its_page() -> None:
    app.testing = True
    client = app.test_client()
    response = client.post("/books", data={"title": "Solaris"})
    assert response.status_code == 303
    assert response.headers["Location"] == "/books/2"
    assert client.get("/books/2").get_json() == {"id": 2, "title": "Solaris", "url": "/books/2"}
