"""Invitation links: ``/invites/<token>/accept``, sent by e-mail to the invitee.

The token only names the invitation (team and address); accepting it still checks that
the invitation is pending, so a made-up token gets nowhere.
"""

from __future__ import annotations

import base64
import json


def make_invite_token(team_id: int, email: str) -> str:
    """A URL-safe token for an invitation: the base64url of its JSON payload, with the
    trailing ``=`` padding left off (mail clients cut links at it and it would be
    percent-encoded in the path)."""
    payload = json.dumps({"team": team_id, "email": email}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode("utf-8")).decode("ascii").rstrip("=")


def read_invite_token(token: str) -> dict[str, object]:
    """The payload of a token made by :func:`make_invite_token`."""
    payload = base64.urlsafe_b64decode(token)
    return json.loads(payload)
