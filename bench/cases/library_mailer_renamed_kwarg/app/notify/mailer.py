"""Outgoing mail. In 2.0 the message body parameter was renamed from ``body`` to ``text``."""

from dataclasses import dataclass, field


@dataclass
class Message:
    to: str
    subject: str
    text: str
    reply_to: str | None = None


@dataclass
class Outbox:
    sent: list[Message] = field(default_factory=list)

    def send_message(self, to: str, subject: str, text: str, *, reply_to: str | None = None) -> Message:
        message = Message(to=to, subject=subject, text=text, reply_to=reply_to)
        self.sent.append(message)
        return message
