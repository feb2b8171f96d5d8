from greeter.i18n import parse_accept_language, pick_language
from greeter.web import app


def test_browser_header_picks_the_first_language() -> None:
    response = app.test_client().get(
        "/greeting", headers={"Accept-Language": "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7"}
    )
    assert response.status_code == 200
    assert response.get_json() == {"language": "pl", "text": "Witaj ponownie"}


def test_a_part_without_weight_weighs_one() -> None:
    assert parse_accept_language("fr, en;q=0.9") == [("fr", 1.0), ("en", 0.9)]
    assert pick_language("de,en;q=0.9") == "de"
    assert pick_language("en;q=0.5, fr") == "fr"


def test_bad_weights_are_still_ignored() -> None:
    assert pick_language("de;q=lots, fr;q=0.4") == "fr"
