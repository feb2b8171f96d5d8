"""Reading ``.env`` files: the pipeline's defaults, a project's overrides, the secrets."""

from __future__ import annotations

import re

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class EnvFileError(ValueError):
    """A line of an environment file that is not ``KEY=VALUE`` (the message names it)."""


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_env(text: str) -> dict[str, str]:
    """The variables of a ``.env`` file, in file order.

    One ``KEY=VALUE`` per line. The value is everything after the first ``=`` (it may
    contain ``=`` itself: base64 secrets, URLs with a query string), with surrounding
    whitespace and one pair of matching quotes removed. Blank lines and lines starting
    with ``#`` are skipped; a later line for the same key wins. A line without ``=``, or
    with a key that is not a shell variable name, raises :class:`EnvFileError` naming
    its line number.
    """
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise EnvFileError(f"line {number}: expected KEY=VALUE, got {line!r}")
        key, value = line.split("=")
        key = key.strip()
        if not _KEY.fullmatch(key):
            raise EnvFileError(f"line {number}: {key!r} is not a variable name")
        values[key] = _unquote(value.strip())
    return values
