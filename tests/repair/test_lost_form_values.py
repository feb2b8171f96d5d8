"""A repeated form field whose failing value the capture lost, sent again with it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.reproduce.form_body import form_payload
from bugstack.repair.reproduce.lost_form_values import with_lost_form_value

VIEW = '''def quote():
    ages = [int(value) for value in request.form.getlist("age")]
    return sum(ages)
'''


def _site(message: str = "invalid literal for int() with base 10: ''",
          data: object = None, source: str = VIEW, exc_type: str = "ValueError") -> CrashSite:
    raw = {"abs_path": "/srv/app/shop/views.py", "function": "quote", "lineno": 2,
           "in_app": True}
    event = ErrorEvent.from_dict({
        "exception": {"values": [{"type": exc_type, "value": message,
                                  "stacktrace": {"frames": [raw]}}]},
        "request": {"method": "POST", "url": "http://localhost/quote",
                    "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                    "data": {"age": "34", "seat": "B4"} if data is None else data}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path="shop/views.py", source=source,
                         lineno=2)
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=Path("."))


def test_the_failed_value_is_put_back_beside_the_captured_one() -> None:
    found = with_lost_form_value(_site())
    assert found is not None
    site, field = found
    assert field == "age"
    assert site.event.request is not None
    assert site.event.request.data == {"age": ["34", ""], "seat": "B4"}
    # Sent as a form, both values reach getlist.
    payload = form_payload(site, "application/x-www-form-urlencoded", site.event.request.data)
    assert payload is not None and parse_qs(payload, keep_blank_values=True) == {
        "age": ["34", ""], "seat": ["B4"]}


def test_a_float_field_too() -> None:
    found = with_lost_form_value(_site("could not convert string to float: ' '",
                                       source=VIEW.replace("int(", "float(")))
    assert found is not None and found[0].event.request is not None
    assert found[0].event.request.data["age"] == ["34", " "]


def test_nothing_when_nothing_was_lost() -> None:
    # The captured value is the one that failed: the plain replay sends it already.
    assert with_lost_form_value(_site(data={"age": ""})) is None
    # No getlist: the field is read once, and the captured value is all there was.
    assert with_lost_form_value(_site(source=VIEW.replace('getlist("age")', 'get("age")'))) \
        is None
    # Another error, or a message that quotes no value.
    assert with_lost_form_value(_site(exc_type="TypeError")) is None
    assert with_lost_form_value(_site(message="age must be a number")) is None
    # A body that is not a form of text fields.
    assert with_lost_form_value(_site(data={"age": ["34", ""]})) is None
