# mypy: disable-error-code="import-not-found"
from fixed import build_response


def test_the_response_is_returned() -> None:
    assert build_response(7, ["editor"]) == {"id": 7, "roles": ["editor"]}


def test_admins_can_delete() -> None:
    assert build_response(1, ["admin"])["can_delete"] is True
