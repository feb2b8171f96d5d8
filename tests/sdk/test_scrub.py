"""The scrubber on its own: what counts as a secret, in names and inside text."""

from __future__ import annotations

import pytest

from bugstack.sdk.scrub import SCRUBBED, Scrubber


@pytest.mark.parametrize("name", [
    "password", "user_password", "PASSWD", "X-Api-Key", "apiKey", "stripeToken",
    "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "client_secret",
    "card_number", "cvv", "pwd", "auth", "sessionid", "csrfmiddlewaretoken", "ssn",
])
def test_secret_names(name: str) -> None:
    assert Scrubber().is_secret(name)


@pytest.mark.parametrize("name", ["author", "username", "quantity", "path", "passenger",
                                  "sku", "tier", "description"])
def test_ordinary_names(name: str) -> None:
    assert not Scrubber().is_secret(name)


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Order(sku='A', password='hunter2')", "sku='A'", "hunter2"),
    ("{'user': 'ada', 'api_key': 'k-123456'}", "'user': 'ada'", "k-123456"),
    ("values={'token': 'abc12345', 'n': 1}", "'n': 1", "abc12345"),
    ("login failed: token=abcdef123&next=/home", "next=/home", "abcdef123"),
    ("postgres://app:s3cr3tpw@db:5432/shop", "@db:5432/shop", "s3cr3tpw"),
    ("Authorization: Bearer eyJhbGciOi.payload.sig", "Authorization", "eyJhbGciOi"),
    ("paid with 4111 1111 1111 1111 today", "paid with", "4111 1111"),
    ("key bs_12_0123456789abcdef0123456789abcdef leaked", "key", "0123456789abcdef"),
])
def test_text_loses_secrets_and_keeps_the_rest(text: str, kept: str, gone: str) -> None:
    clean = Scrubber().text(text)
    assert gone not in clean and kept in clean and SCRUBBED in clean


def test_numbers_that_are_not_cards_stay() -> None:
    assert Scrubber().text("order 4111111111111112 of 1234567890123") == (
        "order 4111111111111112 of 1234567890123")


def test_bodies_are_scrubbed_by_kind() -> None:
    scrubber = Scrubber()
    json_body = scrubber.body(b'{"a": {"b": [{"password": "x1"}]}, "q": 2}',
                              "application/json", complete=True)
    assert json_body["encoding"] == "json" and "x1" not in json_body["text"]
    form = scrubber.body(b"user=ada&password=x2", "application/x-www-form-urlencoded",
                         complete=True)
    assert form["text"] == "user=ada&password=%5Bscrubbed%5D"
    multipart = scrubber.body(b"--b\r\n...", "multipart/form-data; boundary=b", complete=True)
    assert multipart["encoding"] == "omitted" and multipart["text"] is None
    partial = scrubber.body(b'{"a": ', "application/json", complete=False)
    assert partial["encoding"] == "omitted" and partial["size"] == 6


def test_extra_names_and_no_defaults() -> None:
    only_mine = Scrubber(["loyalty-code"], defaults=False)
    assert only_mine.is_secret("loyalty_code") and not only_mine.is_secret("password")
