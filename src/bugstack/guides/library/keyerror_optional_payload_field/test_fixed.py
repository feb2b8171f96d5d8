# mypy: disable-error-code="import-not-found"
from fixed import display_name


def test_a_payload_without_the_optional_field_falls_back() -> None:
    assert display_name({"email": "ada@example.com"}) == "ada"


def test_the_optional_field_is_used_when_present() -> None:
    assert display_name({"email": "ada@example.com", "nickname": "Ada"}) == "Ada"
