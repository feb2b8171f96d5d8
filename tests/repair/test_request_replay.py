"""The captured request is sent again as it came, even when the event holds only parts of it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.reproduce import AppLocation
from bugstack.repair.reproduce.web import request_scenario
from tests.repair.apps import DJANGO_TEST_CONFTEST, capture_event, django_site, make_repo, run_fix

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


def _form_site(request: dict[str, object], view: str) -> CrashSite:
    """A crash in ``view`` (its last line), sent a request captured as ``request``."""
    source = textwrap.dedent(view).lstrip("\n")
    raw_frame = {"abs_path": "/srv/app/club/views.py", "function": "join",
                 "lineno": len(source.splitlines()), "in_app": True,
                 "vars": {"request": "<WSGIRequest: POST '/join/'>"}}
    event = ErrorEvent.from_dict({"request": request, "exception": {"values": [
        {"type": "MultiValueDictKeyError", "value": "'nickname'",
         "stacktrace": {"frames": [raw_frame]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw_frame), path="club/views.py",
                         source=source, lineno=len(source.splitlines()))
    return CrashSite(event=event, exception=event.primary, frames=(frame,), root=Path("."))


FORM_VIEW = '''
    def join(request):
        email = request.POST["email"]
        return request.POST["nickname"]
'''
JSON_VIEW = '''
    import json

    def join(request):
        sent = json.loads(request.body)
        return sent["nickname"]
'''


def _sent(site: CrashSite) -> str:
    scenario = request_scenario(DJANGO_APP, site)
    assert scenario is not None
    return scenario.action[-1].strip()


def test_a_captured_form_is_posted_as_a_form_to_a_view_reading_request_post() -> None:
    # sentry-sdk's Django integration keeps request.POST as `data`, without a content type.
    sent = _sent(_form_site({"data": {"email": "a@b.example", "city": "Oslo & Bergen"}},
                            FORM_VIEW))
    assert ("data='email=a%40b.example&city=Oslo+%26+Bergen', "
            "content_type='application/x-www-form-urlencoded'") in sent


def test_the_same_body_goes_as_json_to_a_view_reading_the_raw_body() -> None:
    sent = _sent(_form_site({"data": {"email": "a@b.example"}}, JSON_VIEW))
    assert """data='{"email": "a@b.example"}', content_type='application/json'""" in sent


def test_a_captured_form_content_type_wins_over_the_view() -> None:
    request = {"method": "POST", "url": "http://testserver/join/", "data": {"email": "a@b.example"},
               "headers": {"Content-Type": "multipart/form-data; boundary=BoUnDaRy"}}
    sent = _sent(_form_site(request, JSON_VIEW))
    assert "data='email=a%40b.example', content_type='application/x-www-form-urlencoded'" in sent


def test_a_body_with_values_no_form_field_has_stays_json() -> None:
    sent = _sent(_form_site({"data": {"email": "a@b.example", "age": 4}}, FORM_VIEW))
    assert "content_type='application/json'" in sent


def test_a_form_post_captured_by_sentry_sdk_reproduces_the_missing_field(
        tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {
        **django_site("club"),
        "site_conf/urls.py": '''
            from django.urls import path

            from club import views

            urlpatterns = [path("join/", views.join)]
        ''',
        "club/__init__.py": "",
        "club/views.py": '''
            from django.http import HttpRequest, JsonResponse


            def join(request: HttpRequest) -> JsonResponse:
                email = request.POST["email"].strip()
                return JsonResponse({"email": email, "nickname": request.POST["nickname"]})
        ''',
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_club.py": '''
            from django.test import Client


            def test_join() -> None:
                sent = {"email": "a@b.example", "nickname": "ab"}
                assert Client().post("/join/", sent).json() == sent
        ''',
    })
    event = capture_event(repo, tmp_path / "srv" / "app", """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.test import Client
        Client().post("/join/", {"email": "a@b.example"})
    """, framework="django")
    _code, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    # Reproduced on the field production missed, not on the email a JSON body would hide.
    assert data["status"] != "not_reproduced", data.get("explanation")
    assert "'nickname'" in str(data.get("explanation"))
