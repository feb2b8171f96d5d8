"""Scrubbing: secrets are removed before anything leaves the process.

A name is secret when, lower-cased and stripped of everything but letters and digits, it
contains one of the secret words (``password``, ``token``, ``apikey``...) or is one of the
short secret names (``pwd``, ``cvv``, ``auth``...). Names are matched wherever they
appear: header names, query and form fields, JSON keys at any depth, variable names,
attributes and dataclass fields (through the replay encoder), and ``name=value`` or
``'name': value`` pairs inside text such as a ``repr`` or an exception message. Digit runs
that pass the Luhn check (card numbers), the user part of URLs (``scheme://user:pw@``),
bearer credentials and bugstack keys are removed from text whatever their name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

__all__ = ["DEFAULT_SECRET_NAMES", "DEFAULT_SECRET_WORDS", "SCRUBBED", "Scrubber"]

SCRUBBED = "[scrubbed]"

#: Parts of a name that make it secret wherever they appear in it.
DEFAULT_SECRET_WORDS = (
    "password", "passwd", "passphrase", "secret", "token", "apikey", "authorization",
    "cookie", "privatekey", "accesskey", "cardnumber", "creditcard", "ccnumber", "csrf",
    "xsrf", "sessionid", "signature", "credential",
)
#: Short names that are secret on their own but too common inside other words.
DEFAULT_SECRET_NAMES = (
    "auth", "pwd", "pass", "pin", "cvv", "cvc", "cvv2", "pan", "ssn", "session", "card",
    "jwt", "bearer", "otp", "pw",
)

_NON_ALNUM = re.compile(r"[^a-z0-9]")
# ``name = value`` / ``name: value`` / ``'name': 'value'`` inside free text.
_PAIR = re.compile(
    r"""(?P<q>['"]?)(?P<name>[A-Za-z_][\w\-]*)(?P=q)(?P<sep>\s*[:=]\s*)"""
    # An unquoted value stops at a separator (``=`` too) and never opens a container: in
    # ``values={'token': 'x'}`` or ``failed: token=x`` the pair to scrub is the inner one.
    # The value is a lookahead, so a pair whose name is not secret consumes only its
    # name: in ``failed: token=x`` the search goes on to find ``token=x``.
    r"""(?=(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s,;&=)}\]'"{(\[]+))"""
)
# Credentials in a URL's user part (``scheme://user:password@host``), and bugstack keys.
_URL_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][\w+.\-]*://)[^/\s@'\"]+@")
_BUGSTACK_KEY = re.compile(r"\bbs_\d{1,18}_[0-9a-f]{32}\b")
_BEARER = re.compile(r"(?i)\b(bearer|basic|token)\s+[A-Za-z0-9\-._~+/]{8,}=*")
_DIGITS = re.compile(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])")
_CACHE_LIMIT = 4096


_FOUR_DIGITS = re.compile(r"\d{4}")


def _is_card(text: str) -> bool:
    return 13 <= len(text) <= 19 and text.isdigit() and _luhn_valid(text)


def _card(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return SCRUBBED if _luhn_valid(digits) else match.group(0)


def _luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


class Scrubber:
    """Decides which names are secret and removes their values from data and text."""

    def __init__(self, extra: Iterable[str] = (), *, defaults: bool = True) -> None:
        words = list(DEFAULT_SECRET_WORDS) if defaults else []
        words += [_normalise(e) for e in extra if _normalise(e)]
        self._words = tuple(words)
        self._names = frozenset(DEFAULT_SECRET_NAMES if defaults else ())
        self._cache: dict[str, bool] = {}

    def is_secret(self, name: str) -> bool:
        known = self._cache.get(name)
        if known is not None:
            return known
        key = _normalise(name)
        secret = key in self._names or any(word in key for word in self._words)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[name] = secret
        return secret

    def data(self, value: Any, depth: int = 0) -> Any:
        """Scrub decoded JSON-like data (dicts, lists, strings) at any depth."""
        if depth > 32:
            return SCRUBBED  # deeper than any real payload: refuse rather than recurse
        if isinstance(value, dict):
            return {
                k: SCRUBBED if isinstance(k, str) and self.is_secret(k) else self.data(v, depth + 1)
                for k, v in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.data(v, depth + 1) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def _pairs(self, text: str) -> str:
        out: list[str] = []
        position = 0
        for match in _PAIR.finditer(text):
            if match.start() < position or not self.is_secret(match.group("name")):
                continue
            start, end = match.span("value")
            value = match.group("value")
            quote = value[0] if value[:1] in ("'", '"') else ""
            out.append(text[position:start])
            out.append(f"{quote}{SCRUBBED}{quote}")
            position = end
        if not out:
            return text
        out.append(text[position:])
        return "".join(out)

    def text(self, text: str) -> str:
        """Remove secret ``name=value`` pairs, bearer credentials and card numbers."""
        if len(text) < 8:
            return text  # too short to hold any of the patterns below
        # Each pattern runs only when the characters it needs are there: most strings
        # (identifiers, words, small reprs) then cost a few substring checks.
        if text.isalnum():
            return SCRUBBED if len(text) <= 19 and _is_card(text) else text
        if "@" in text and "://" in text:
            text = _URL_CREDENTIALS.sub(lambda m: f"{m.group('scheme')}{SCRUBBED}@", text)
        if "bs_" in text:
            text = _BUGSTACK_KEY.sub(SCRUBBED, text)
        if " " in text:
            lowered = text.lower()
            if "bearer" in lowered or "basic" in lowered or "token" in lowered:
                text = _BEARER.sub(lambda m: f"{m.group(1)} {SCRUBBED}", text)
        # After the bearer rule, so ``Authorization: Bearer xyz`` loses the credential and
        # not only the word ``Bearer``.
        if "=" in text or ":" in text:
            text = self._pairs(text)
        if _FOUR_DIGITS.search(text):
            text = _DIGITS.sub(_card, text)
        return text

    def headers(self, pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in pairs:
            clean = SCRUBBED if self.is_secret(name) else self.text(value)
            out[name] = f"{out[name]}, {clean}" if name in out else clean
        return out

    def query(self, query: str) -> str:
        if not query:
            return query
        pairs = parse_qsl(query, keep_blank_values=True)
        return urlencode([(k, SCRUBBED if self.is_secret(k) else self.text(v)) for k, v in pairs])

    def body(self, raw: bytes, content_type: str | None, *, complete: bool) -> dict[str, Any]:
        """Record a request body so it can be sent again, with its secrets removed.

        A body of a kind that cannot be searched for secrets (multipart, binary) or that
        was cut short is left out: ``size`` still says it was there.
        """
        kind = (content_type or "").split(";")[0].strip().lower()
        # ``encoding`` is json, form, text or omitted; ``text`` is what to send again.
        record: dict[str, Any] = {"encoding": "omitted", "text": None,
                                  "content_type": content_type, "size": len(raw),
                                  "complete": complete}
        if not raw:
            record["encoding"] = "text"
            record["text"] = ""
            return record
        if not complete or kind.startswith("multipart/"):
            return record
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return record
        if kind == "application/json" or kind.endswith("+json"):
            try:
                parsed = json.loads(text)
            except ValueError:
                pass
            else:
                record["encoding"] = "json"
                record["text"] = json.dumps(self.data(parsed), ensure_ascii=False)
                return record
        if kind == "application/x-www-form-urlencoded":
            record["encoding"] = "form"
            record["text"] = self.query(text)
            return record
        if kind.startswith("text/") or kind in ("", "application/xml", "application/json"):
            record["encoding"] = "text"
            record["text"] = self.text(text)
        return record


def _normalise(name: str) -> str:
    return _NON_ALNUM.sub("", name.lower())
