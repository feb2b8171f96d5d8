from notify.events import account_locked
from notify.mailer import Outbox


def test_account_locked_mail_is_sent() -> None:
    outbox = Outbox()
    message = account_locked(outbox, "grace@example.com", attempts=5)
    assert outbox.sent == [message]
    assert message.to == "grace@example.com"
    assert message.text == "We locked your account after 5 failed sign-in attempts."
    assert message.reply_to == "security@example.com"
