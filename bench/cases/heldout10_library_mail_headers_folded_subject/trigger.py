"""The bounce processor reads a bounce whose Subject the remote server folded."""

from mailparse.headers import bounce_reference

bounce_reference(
    "From: Mail Delivery System <mailer-daemon@example.net>\r\n"
    "Subject: Undelivered Mail Returned to Sender: Your order B-1001 has shipped and\r\n"
    " is on its way to you\r\n"
    "X-Order-Ref: B-1001\r\n"
    "\r\n"
    "This is the mail system at host example.net.\r\n"
)
