from notify.mailer import Message, Outbox


def welcome(outbox: Outbox, email: str, name: str) -> Message:
    return outbox.send_message(
        to=email, subject="Welcome!", text=f"Hello {name}, thanks for signing up."
    )


def password_reset(outbox: Outbox, email: str, link: str) -> Message:
    return outbox.send_message(
        to=email,
        subject="Reset your password",
        text=f"Follow this link to choose a new password: {link}",
        reply_to="support@example.com",
    )


def account_locked(outbox: Outbox, email: str, attempts: int) -> Message:
    return outbox.send_message(
        to=email,
        subject="Your account is locked",
        body=f"We locked your account after {attempts} failed sign-in attempts.",
        reply_to="security@example.com",
    )
