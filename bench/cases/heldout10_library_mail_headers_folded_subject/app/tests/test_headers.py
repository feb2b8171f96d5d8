from mailparse.headers import bounce_reference, parse_headers

RAW = (
    "From: Mail Delivery System <mailer-daemon@example.net>\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "X-Order-Ref: B-1001\r\n"
    "\r\n"
    "This is the mail system at host example.net.\r\n"
)


def test_headers() -> None:
    assert parse_headers(RAW) == {
        "from": "Mail Delivery System <mailer-daemon@example.net>",
        "subject": "Undelivered Mail Returned to Sender",
        "x-order-ref": "B-1001",
    }


def test_bounce_reference() -> None:
    assert bounce_reference(RAW) == "B-1001"
