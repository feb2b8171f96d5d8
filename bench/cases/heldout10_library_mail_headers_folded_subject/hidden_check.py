from mailparse.headers import bounce_reference, parse_headers

RAW = (
    "From: Mail Delivery System <mailer-daemon@example.net>\r\n"
    "Subject: Undelivered Mail Returned to Sender: Your order B-1001 has shipped and\r\n"
    " is on its way to you\r\n"
    "X-Order-Ref: B-1001\r\n"
    "Received: from mx.example.com\r\n"
    "\tby example.net with ESMTP\r\n"
    "\r\n"
    "This is the mail system at host example.net.\r\n"
)


def test_folded_headers_are_unfolded() -> None:
    assert parse_headers(RAW) == {
        "from": "Mail Delivery System <mailer-daemon@example.net>",
        "subject": (
            "Undelivered Mail Returned to Sender: Your order B-1001 has shipped and"
            " is on its way to you"
        ),
        "x-order-ref": "B-1001",
        "received": "from mx.example.com by example.net with ESMTP",
    }
    assert bounce_reference(RAW) == "B-1001"
