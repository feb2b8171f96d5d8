"""The captured request is sent again as it came, even when the event holds only parts of it."""

from __future__ import annotations

from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.reproduce import AppLocation
from bugstack.repair.reproduce.web import request_scenario

DJANGO_APP = AppLocation("django", "site_conf.settings", "site_conf.settings")


def _site(request: dict[str, object]) -> CrashSite:
    raw_frame = {"abs_path": "/srv/app/news/views.py", "function": "import_subscribers",
                 "lineno": 3, "in_app": True,
                 "vars": {"request": "<WSGIRequest: POST '/subscribers/import/'>"}}
    event = ErrorEvent.from_dict({"request": request, "exception": {"values": [
        {"type": "IntegrityError", "value": "UNIQUE constraint failed",
         "stacktrace": {"frames": [raw_frame]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw_frame), path="news/views.py",
                         source="def import_subscribers(request):\n    pass\n    pass\n",
                         lineno=3)
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=Path("."))


def test_a_request_context_with_only_its_body_keeps_the_body() -> None:
    sheet = ["maria@example.com", "T.Okafor@example.org", "t.okafor@example.org "]
    scenario = request_scenario(DJANGO_APP, _site({"data": sheet}))
    assert scenario is not None and scenario.title == "POST /subscribers/import/"
    sent = scenario.action[-1].strip()  # inside `with _tables_as_migrated():`
    assert sent.startswith("result = Client().generic('POST', '/subscribers/import/', data='[")
    assert '"t.okafor@example.org "' in sent and "content_type='application/json'" in sent


def test_an_empty_request_context_falls_back_to_the_locals_without_a_body() -> None:
    scenario = request_scenario(DJANGO_APP, _site({}))
    assert scenario is not None
    assert scenario.action[-1].strip() == \
        "result = Client().generic('POST', '/subscribers/import/', headers={})"
