"""Outcomes of the fix engine, shared by the repair pipeline, delivery and the server."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["FixStatus"]


class FixStatus(StrEnum):
    #: A candidate made the reproduction pass and the app's suite showed no new failure.
    FIXED = "fixed"
    #: A candidate looked right but could not be verified; never delivered as a fix.
    UNVERIFIED = "unverified"
    #: The error was reproduced but no candidate held.
    NOT_FIXED = "not_fixed"
    #: The error could not be reproduced, so nothing could be verified.
    NOT_REPRODUCED = "not_reproduced"
