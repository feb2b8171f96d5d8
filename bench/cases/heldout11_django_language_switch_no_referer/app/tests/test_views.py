from django.test import Client


def test_goes_back_to_the_page() -> None:
    response = Client().get("/language/?lang=de", HTTP_REFERER="http://testserver/shop/mugs/")
    assert response.status_code == 302
    assert response["Location"] == "http://testserver/shop/mugs/"
    assert response.cookies["lang"].value == "de"


def test_foreign_referer_is_not_followed() -> None:
    response = Client().get("/language/?lang=fr", HTTP_REFERER="https://evil.example/")
    assert response["Location"] == "/account/"


def test_unknown_language() -> None:
    assert Client().get("/language/?lang=xx").status_code == 400
