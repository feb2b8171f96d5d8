"""Notifications on new issue, fix proposed, fix failed, merged and regressed: a signed JSON
webhook, Slack incoming webhooks and email over SMTP, configured per project."""

from bugstack.deliver.notify.dispatch import (
    Channel,
    Notifier,
    SettingsError,
    notifier_from_json,
    notifier_from_settings,
)
from bugstack.deliver.notify.events import (
    fix_failed,
    fix_proposed,
    merged,
    new_issue,
    regressed,
)
from bugstack.deliver.notify.message import ChannelResult, Notification, NotificationKind
from bugstack.deliver.notify.outbox import Outbox
from bugstack.deliver.notify.slack import SlackWebhook, slack_payload
from bugstack.deliver.notify.smtp import EmailChannel
from bugstack.deliver.notify.webhook import SIGNATURE_HEADER, JsonWebhook, sign, verify_signature

__all__ = [
    "SIGNATURE_HEADER",
    "Channel",
    "ChannelResult",
    "EmailChannel",
    "JsonWebhook",
    "Notification",
    "NotificationKind",
    "Notifier",
    "Outbox",
    "SettingsError",
    "SlackWebhook",
    "fix_failed",
    "fix_proposed",
    "merged",
    "new_issue",
    "notifier_from_json",
    "notifier_from_settings",
    "regressed",
    "sign",
    "slack_payload",
    "verify_signature",
]
