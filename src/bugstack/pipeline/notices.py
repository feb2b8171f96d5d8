"""Telling a project's channels how a fix job ended (fix proposed, fix failed, merged).

A channel that fails is logged and skipped: a notification never fails a job."""

from __future__ import annotations

import logging

from bugstack.deliver.notify import Notification, SettingsError, notifier_from_json

__all__ = ["notify"]

log = logging.getLogger("bugstack.pipeline")


def notify(settings: str | None, notification: Notification) -> list[str]:
    """Send to the project's channels that want it; a line per channel, for the record."""
    if not settings:
        return []
    try:
        notifier = notifier_from_json(settings)
    except SettingsError as exc:
        log.warning("project %s: notification settings unusable: %s", notification.project,
                    exc)
        return [f"notification settings unusable: {exc}"]
    lines = []
    for result in notifier.send(notification):
        if not result.ok:
            log.warning("project %s: %s notification to %s failed: %s", notification.project,
                        notification.kind, result.channel, result.error)
        lines.append(f"{notification.kind} to {result.channel}: "
                     + ("sent" if result.ok else f"failed ({result.error})"))
    return lines
