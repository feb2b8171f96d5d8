from django.conf import settings
from django.test import Client, override_settings


def test_contact_falls_back_to_the_front_desk() -> None:
    with override_settings(ADMINS=[]):
        response = Client().get("/help/contact/")
    assert response.status_code == 200
    assert response.json() == {"email": "frontdesk@library.example", "phone": "+31 20 555 0100"}
    assert response.json()["email"] == settings.DEFAULT_FROM_EMAIL


def test_front_desk_address_follows_the_setting() -> None:
    with override_settings(ADMINS=[], DEFAULT_FROM_EMAIL="balie@oba.example"):
        assert Client().get("/help/contact/").json()["email"] == "balie@oba.example"


def test_first_admin_still_preferred() -> None:
    admins = [("Ops", "ops@library.example"), ("Desk Lead", "lead@library.example")]
    with override_settings(ADMINS=admins):
        assert Client().get("/help/contact/").json()["email"] == "ops@library.example"
