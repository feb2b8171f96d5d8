"""A repeated form field whose failing value the capture lost, sent again with it.

A form may send one field several times (an ``age`` box per guest) and the view reads
them all, ``request.form.getlist("age")``. sentry-sdk records a form as a dict of one
value per field (Flask keeps the first, Django the last), so a blank second box is gone
from the event and the captured request replays without an error. The error message
still holds the value that failed (``invalid literal for int() with base 10: ''``).

Tried only after the plain request did not reproduce, and only when the frames read one
field with ``getlist`` and the message quotes a value the captured field does not have:
the field is then sent with both values, the captured one first. The scenario's title
says so; nothing else of the request changes.
"""

from __future__ import annotations

import ast
import dataclasses
import re

from bugstack.domain import CrashSite

__all__ = ["with_lost_form_value"]

_QUOTED_VALUE = re.compile(r"^(?:invalid literal for int\(\) with base \d+"
                           r"|could not convert string to float): (?P<value>'.*'|\".*\")$")
_GETLIST = re.compile(r"\.getlist\(\s*(?P<field>'[^']+'|\"[^\"]+\")")


def with_lost_form_value(site: CrashSite) -> tuple[CrashSite, str] | None:
    """The site with the failed value put back into the captured form, and the field's
    name; None when nothing shows a value was lost."""
    request = site.event.request
    matched = _QUOTED_VALUE.match(site.exception.value or "")
    if site.exception.type != "ValueError" or matched is None or request is None \
            or not isinstance(request.data, dict):
        return None
    fields = {ast.literal_eval(m.group("field")) for frame in site.frames
              for m in _GETLIST.finditer(frame.line)}
    if len(fields) != 1:
        return None
    field = fields.pop()
    failed = ast.literal_eval(matched.group("value"))
    captured = request.data.get(field)
    if not isinstance(captured, str) or captured == failed:
        return None  # not a one-value field, or the replay already sends what failed
    body = {**request.data, field: [captured, failed]}
    event = dataclasses.replace(site.event, request=dataclasses.replace(request, data=body))
    return dataclasses.replace(site, event=event), field
