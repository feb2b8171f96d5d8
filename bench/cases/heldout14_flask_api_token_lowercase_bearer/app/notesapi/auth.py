"""Token authentication for the public notes API."""

from __future__ import annotations

import re

from flask import abort, request

from notesapi import tokens

_AUTHORIZATION = re.compile(r"Bearer\s+(?P<token>\S+)")


def current_client() -> tokens.Client:
    """The API client named by the request's ``Authorization: Bearer <token>`` header.

    The scheme name is case-insensitive (RFC 7235, section 2.1): ``Bearer``, ``bearer``
    and ``BEARER`` are the same scheme, and several HTTP libraries send it lower-cased.
    A request without a bearer token, or with a token we never issued, is answered 401.
    """
    header = request.headers.get("Authorization", "")
    token = _AUTHORIZATION.match(header).group("token")
    client = tokens.lookup(token)
    if client is None:
        abort(401)
    return client
