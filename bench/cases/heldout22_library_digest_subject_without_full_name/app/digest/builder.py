"""The daily e-mail digest of what a member missed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.models import Member, Notification, display_name

#: How far back a digest looks.
DIGEST_WINDOW = timedelta(days=1)
#: Senders named in the subject; the rest are counted ("and 3 others").
MAX_NAMED_SENDERS = 2
#: Lines in the body; the rest are summed up in a last line.
MAX_LINES = 8

VERBS = {
    "reply": "replied to",
    "mention": "mentioned you in",
    "like": "liked your post in",
    "follow": "started following",
}


@dataclass(frozen=True)
class Digest:
    to: str
    subject: str
    lines: list[str]


def _line(notification: Notification) -> str:
    verb = VERBS.get(notification.kind, notification.kind)
    return f"{display_name(notification.actor)} {verb} {notification.topic}"


def _subject(notifications: list[Notification]) -> str:
    """"New activity from Ann Lee", "... from Ann Lee and Bob Stone", "... from Ann Lee,
    Bob Stone and 3 others": each sender once, most recent first."""
    names: list[str] = []
    for notification in notifications:
        name = notification.actor.full_name
        if name not in names:
            names.append(name)
    shown, rest = names[:MAX_NAMED_SENDERS], len(names) - MAX_NAMED_SENDERS
    if rest > 0:
        return f"New activity from {', '.join(shown)} and {rest} other{'s' if rest > 1 else ''}"
    if len(shown) == 1:
        return f"New activity from {shown[0]}"
    return f"New activity from {', '.join(shown[:-1])} and {shown[-1]}"


def build_digest(member: Member, notifications: list[Notification], now: datetime) -> Digest | None:
    """The digest for ``member``: their unread notifications of the last DIGEST_WINDOW,
    most recent first; None when there is nothing to tell them."""
    recent = sorted(
        (
            n
            for n in notifications
            if n.recipient_id == member.id and not n.read and now - n.created_at <= DIGEST_WINDOW
        ),
        key=lambda n: n.created_at,
        reverse=True,
    )
    if not recent:
        return None
    lines = [_line(n) for n in recent[:MAX_LINES]]
    if len(recent) > MAX_LINES:
        lines.append(f"... and {len(recent) - MAX_LINES} more")
    return Digest(member.email, _subject(recent), lines)
