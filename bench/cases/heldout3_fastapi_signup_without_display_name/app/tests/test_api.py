from datetime import date

import pytest
from fastapi.testclient import TestClient

from clubhouse.api import MEMBERS, app
from clubhouse.models import Member

client = TestClient(app)


@pytest.fixture(autouse=True)
def members() -> None:
    MEMBERS.clear()


def test_sign_up_with_display_name() -> None:
    response = client.post(
        "/members", json={"username": "jonas", "email": "Jonas@Example.com ", "display_name": "Jonas W."}
    )
    assert response.status_code == 201
    assert response.json()["display_name"] == "Jonas W."
    assert MEMBERS["jonas"].email == "jonas@example.com"


def test_username_taken() -> None:
    body = {"username": "jonas", "email": "a@example.com", "display_name": "J"}
    client.post("/members", json=body)
    assert client.post("/members", json=body).status_code == 409


def test_bad_username_is_refused() -> None:
    assert client.post("/members", json={"username": "Jo Nas", "email": "a@example.com"}).status_code == 422


def test_rename_to_empty_shows_username() -> None:
    MEMBERS["ana"] = Member(username="ana", email="ana@example.com", display_name="Ana", joined=date(2026, 1, 5))
    assert client.put("/members/ana/display-name", params={"display_name": " "}).json()["display_name"] == "ana"


def test_profile_of_unknown_member() -> None:
    assert client.get("/members/nobody").status_code == 404


def test_member_list_is_alphabetical() -> None:
    for name, shown in [("zed", "zed"), ("bo", "Bo"), ("al", "anna")]:
        MEMBERS[name] = Member(username=name, email=f"{name}@example.com", display_name=shown, joined=date(2026, 1, 5))
    assert client.get("/members").json() == ["anna", "Bo", "zed"]
