"""Email over SMTP, with STARTTLS or implicit TLS and login when configured."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from bugstack.deliver.notify.message import Notification

__all__ = ["EmailChannel"]


class EmailChannel:
    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: tuple[str, ...],
        *,
        username: str | None = None,
        password: str | None = None,
        security: str = "starttls",  # "starttls", "tls" (implicit) or "none"
        ca_file: str | None = None,  # a company CA for a self-managed SMTP server
        timeout: float = 15.0,
    ) -> None:
        if not recipients:
            raise ValueError("an email channel needs at least one recipient")
        if security not in ("starttls", "tls", "none"):
            raise ValueError(f"unknown SMTP security {security!r}")
        self.host, self.port, self.sender, self.recipients = host, port, sender, recipients
        self._username, self._password = username, password
        self._security, self._timeout, self._ca_file = security, timeout, ca_file
        self.name = f"email {', '.join(recipients)}"

    def message(self, notification: Notification) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = notification.headline
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message["X-Bugstack-Event"] = str(notification.kind)
        message.set_content(notification.as_text())
        return message

    def send(self, notification: Notification) -> None:
        context = ssl.create_default_context(cafile=self._ca_file)
        smtp: smtplib.SMTP
        if self._security == "tls":
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self._timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self._timeout)
        with smtp:
            if self._security == "starttls":
                smtp.starttls(context=context)
            if self._username:
                smtp.login(self._username, self._password or "")
            smtp.send_message(self.message(notification))
