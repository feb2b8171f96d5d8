from greeter.i18n import parse_accept_language, pick_language
from greeter.web import app


def test_weights_decide() -> None:
    assert parse_accept_language("fr;q=0.8, de;q=0.9") == [("de", 0.9), ("fr", 0.8)]
    assert pick_language("fr;q=0.8, de-AT;q=0.9") == "de"


def test_unsupported_or_missing_header() -> None:
    assert pick_language(None) == "en"
    assert pick_language("ja;q=1.0, ko;q=0.5") == "en"


def test_weight_zero_means_not_wanted() -> None:
    assert pick_language("fr;q=0, pl;q=0.3") == "pl"


def test_greeting_endpoint() -> None:
    response = app.test_client().get("/greeting", headers={"Accept-Language": "pl;q=1.0"})
    assert response.get_json() == {"language": "pl", "text": "Witaj ponownie"}
