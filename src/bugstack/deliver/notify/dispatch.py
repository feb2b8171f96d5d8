"""A project's notification channels, built from its settings, and sending to them.

Settings are a list of channel entries (JSON, as a project stores them)::

    [{"type": "webhook", "url": "https://...", "secret": "...", "events": ["merged"]},
     {"type": "slack", "url": "https://hooks.slack.com/services/..."},
     {"type": "email", "host": "smtp.example.com", "port": 587, "from": "bugstack@x",
      "to": ["team@x"], "security": "starttls", "username": "...", "password": "...",
      "ca_file": "/etc/ssl/company-ca.pem"}]   # ca_file: optional

``events`` is optional (default: every kind). A channel that fails does not stop the
others, and its failure is returned, not swallowed, so the caller can record and retry it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bugstack.deliver.notify.message import ChannelResult, Notification, NotificationKind
from bugstack.deliver.notify.slack import SlackWebhook
from bugstack.deliver.notify.smtp import EmailChannel
from bugstack.deliver.notify.webhook import JsonWebhook

__all__ = [
    "Channel",
    "Notifier",
    "SettingsError",
    "notifier_from_json",
    "notifier_from_settings",
]


class SettingsError(ValueError):
    """A channel entry in a project's notification settings is not usable."""


class Channel(Protocol):
    name: str

    def send(self, notification: Notification) -> None: ...


@dataclass(frozen=True, slots=True)
class _Route:
    channel: Channel
    kinds: frozenset[NotificationKind]


class Notifier:
    def __init__(self, routes: Sequence[tuple[Channel, frozenset[NotificationKind]]]) -> None:
        self._routes = [_Route(channel, kinds) for channel, kinds in routes]

    @property
    def channels(self) -> list[Channel]:
        return [route.channel for route in self._routes]

    def wanting(self, kind: NotificationKind) -> list[str]:
        """The names of the channels a notification of this kind goes to."""
        return [route.channel.name for route in self._routes
                if kind is NotificationKind.TEST or kind in route.kinds]

    def send(
        self, notification: Notification, only: Collection[str] | None = None
    ) -> list[ChannelResult]:
        """Send to every channel that wants this kind (a test goes to all of them);
        ``only`` names the channels to try (a retry of those that failed)."""
        results = []
        for route in self._routes:
            if notification.kind is not NotificationKind.TEST and (
                notification.kind not in route.kinds
            ):
                continue
            if only is not None and route.channel.name not in only:
                continue
            try:
                route.channel.send(notification)
            except Exception as exc:  # one broken channel must not silence the others
                results.append(ChannelResult(route.channel.name, False,
                                             f"{type(exc).__name__}: {exc}"))
            else:
                results.append(ChannelResult(route.channel.name, True))
        return results

    def send_test(self, project: str, link: str | None = None) -> list[ChannelResult]:
        return self.send(Notification(
            NotificationKind.TEST, project, "bugstack can reach this channel",
            "If you can read this, notifications for this project are set up.", link,
        ))


def _required(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value:
        raise SettingsError(f"{where}: {key!r} is required")
    return value


def _channel(entry: Mapping[str, Any], where: str) -> Channel:
    kind = entry.get("type")
    if kind == "webhook":
        return JsonWebhook(_required(entry, "url", where), _required(entry, "secret", where))
    if kind == "slack":
        return SlackWebhook(_required(entry, "url", where))
    if kind == "email":
        to = entry.get("to")
        recipients = (to,) if isinstance(to, str) else tuple(to) if isinstance(to, list) else ()
        if not recipients or not all(isinstance(r, str) and "@" in r for r in recipients):
            raise SettingsError(f"{where}: 'to' must be one or more email addresses")
        port = entry.get("port", 587)
        if not isinstance(port, int) or not 0 < port < 65536:
            raise SettingsError(f"{where}: 'port' must be a port number")
        try:
            return EmailChannel(
                _required(entry, "host", where), port, _required(entry, "from", where),
                recipients, username=entry.get("username"), password=entry.get("password"),
                security=str(entry.get("security", "starttls")),
                ca_file=entry.get("ca_file"),
            )
        except ValueError as exc:
            raise SettingsError(f"{where}: {exc}") from exc
    raise SettingsError(f"{where}: unknown channel type {kind!r} (webhook, slack or email)")


def notifier_from_settings(settings: Sequence[Mapping[str, Any]]) -> Notifier:
    routes: list[tuple[Channel, frozenset[NotificationKind]]] = []
    for index, entry in enumerate(settings):
        where = f"channel {index + 1}"
        if not isinstance(entry, Mapping):
            raise SettingsError(f"{where}: expected an object")
        events = entry.get("events")
        if events is None:
            kinds = frozenset(NotificationKind)
        else:
            try:
                kinds = frozenset(NotificationKind(e) for e in events)
            except (ValueError, TypeError) as exc:
                known = ", ".join(k.value for k in NotificationKind)
                raise SettingsError(f"{where}: events must be among {known}") from exc
        routes.append((_channel(entry, where), kinds))
    return Notifier(routes)


def notifier_from_json(text: str) -> Notifier:
    """The notifier for a project's stored settings: a JSON list of channel entries (or a
    single entry)."""
    try:
        parsed = json.loads(text)
    except ValueError as exc:
        raise SettingsError(f"not JSON: {exc}") from exc
    return notifier_from_settings(parsed if isinstance(parsed, list) else [parsed])
