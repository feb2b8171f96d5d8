from django.test import Client


def test_no_referer_goes_to_the_fallback() -> None:
    response = Client().get("/language/?lang=fr")
    assert response.status_code == 302
    assert response["Location"] == "/account/"
    assert response.cookies["lang"].value == "fr"


def test_blank_referer_goes_to_the_fallback() -> None:
    response = Client().get("/language/?lang=en", HTTP_REFERER="")
    assert response.status_code == 302
    assert response["Location"] == "/account/"


def test_referer_still_followed() -> None:
    response = Client().get("/language/?lang=de", HTTP_REFERER="http://testserver/shop/")
    assert response["Location"] == "http://testserver/shop/"
