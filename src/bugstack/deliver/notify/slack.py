"""Slack incoming webhooks: a ``text`` fallback plus blocks, as Slack documents them.

Slack answers ``200 ok`` on success and a plain-text error code otherwise
(``invalid_payload``, ``no_service``, ``channel_is_archived``...), which is reported as is.
"""

from __future__ import annotations

from typing import Any

import httpx

from bugstack.deliver.notify.message import Notification

__all__ = ["SlackWebhook", "slack_payload"]


def _escape(text: str) -> str:
    # Slack's mrkdwn gives <, > and & a meaning of their own.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_payload(notification: Notification) -> dict[str, Any]:
    headline = _escape(notification.headline)
    text = f"*{headline}*"
    if notification.summary:
        text += f"\n{_escape(notification.summary)}"
    if notification.link:
        text += f"\n<{notification.link}|Open in bugstack>"
    return {
        "text": notification.headline,
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}],
    }


class SlackWebhook:
    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url, self._timeout = url, timeout
        self.name = "slack"

    def send(self, notification: Notification) -> None:
        response = httpx.post(self.url, json=slack_payload(notification), timeout=self._timeout)
        if response.status_code != 200:
            raise RuntimeError(f"Slack answered {response.status_code}: {response.text[:200]}")
