from notify.events import password_reset, welcome
from notify.mailer import Outbox


def test_welcome() -> None:
    outbox = Outbox()
    message = welcome(outbox, "a@example.com", "Ada")
    assert outbox.sent == [message]
    assert message.text == "Hello Ada, thanks for signing up."


def test_password_reset() -> None:
    message = password_reset(Outbox(), "a@example.com", "https://x/reset")
    assert message.reply_to == "support@example.com"
    assert message.text.endswith("https://x/reset")
