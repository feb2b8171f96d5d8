"""Notification channels' secrets are stored sealed and opened only to send."""

from __future__ import annotations

import json

from cryptography.fernet import Fernet

from bugstack.server.secrets import CredentialBox, open_channel_secrets, seal_channel_secrets

CHANNELS = [
    {"type": "webhook", "url": "http://127.0.0.1:9/hook", "secret": "s3cret-hook"},
    {"type": "email", "host": "127.0.0.1", "to": "a@b.c", "password": "smtp-pass"},
    {"type": "slack", "url": "http://127.0.0.1:9/slack"},
]


def test_sealed_channels_hide_every_secret_and_open_to_the_same_settings() -> None:
    box = CredentialBox(Fernet.generate_key())
    stored = json.dumps(seal_channel_secrets(CHANNELS, box))
    assert "s3cret-hook" not in stored and "smtp-pass" not in stored
    assert json.loads(stored)[2] == CHANNELS[2]  # nothing secret, nothing changed
    assert json.loads(open_channel_secrets(stored, box) or "") == CHANNELS


def test_sealing_twice_keeps_the_sealed_value() -> None:
    box = CredentialBox(Fernet.generate_key())
    once = seal_channel_secrets(CHANNELS, box)
    assert seal_channel_secrets(once, box) == once


def test_plaintext_of_an_older_version_is_still_read() -> None:
    box = CredentialBox(Fernet.generate_key())
    assert json.loads(open_channel_secrets(json.dumps(CHANNELS), box) or "") == CHANNELS


def test_a_secret_sealed_under_another_key_stays_sealed_and_the_rest_opens() -> None:
    theirs, ours = CredentialBox(Fernet.generate_key()), CredentialBox(Fernet.generate_key())
    mixed = seal_channel_secrets(CHANNELS[:1], theirs) + seal_channel_secrets(CHANNELS[1:], ours)
    opened = json.loads(open_channel_secrets(json.dumps(mixed), ours) or "")
    assert opened[0]["secret"].startswith("sealed:")
    assert opened[1]["password"] == "smtp-pass"


def test_text_that_is_not_json_is_left_for_the_notifier_to_refuse() -> None:
    box = CredentialBox(Fernet.generate_key())
    assert open_channel_secrets("{not json", box) == "{not json"
    assert open_channel_secrets(None, box) is None
