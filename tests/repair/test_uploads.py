"""A multipart upload is sent again with the file's captured name and type and placeholder
bytes, since sentry-sdk never keeps a file's content; nothing is guessed when the event does
not say which field held which file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bugstack.domain import CrashSite, ErrorEvent, Frame, LocatedFrame
from bugstack.repair.reproduce.uploads import uploaded_file
from tests.repair.apps import DJANGO_TEST_CONFTEST, capture_event, django_site, make_repo, run_fix

MULTIPART = 'multipart/form-data; boundary="---------------WerkzeugFormPart_1.2"'


def _site(*reprs: str) -> CrashSite:
    raws = [{"abs_path": "/srv/app/app/web.py", "function": "upload", "lineno": 3,
             "in_app": True, "vars": {"upload": text}} for text in reprs]
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "ValueError", "value": "x", "stacktrace": {"frames": raws}}]}})
    assert event.primary is not None
    frames = tuple(LocatedFrame(frame=Frame.from_dict(raw), path="app/web.py", source="",
                                lineno=3) for raw in raws)
    return CrashSite(event=event, exception=event.primary, frames=frames, root=Path("."))


def test_the_captured_upload_names_the_file_of_the_one_empty_field() -> None:
    for text, name, kind in [
        ("<FileStorage: 'IMG_2291' ('image/jpeg')>", "IMG_2291", "image/jpeg"),
        ("<InMemoryUploadedFile: scan 3.pdf (application/pdf)>", "scan 3.pdf",
         "application/pdf"),
        ("UploadFile(filename='notes', size=12, headers=Headers({'content-disposition': "
         "'form-data; name=\"doc\"; filename=\"notes\"', 'content-type': 'text/plain'}))",
         "notes", "text/plain"),
    ]:
        upload = uploaded_file(_site(text), MULTIPART, {"avatar": "", "caption": "me"})
        assert upload is not None, text
        assert (upload.field, upload.filename, upload.content_type, upload.fields) == (
            "avatar", name, kind, {"caption": "me"})
        # Django's events often carry no headers: the upload object says it was multipart.
        assert uploaded_file(_site(text), "", {"avatar": "", "caption": "me"}) == upload


def test_nothing_is_guessed_about_which_field_held_which_file() -> None:
    photo = "<FileStorage: 'a.png' ('image/png')>"
    body: dict[str, Any] = {"avatar": "", "caption": "me"}
    assert uploaded_file(_site(photo), "application/x-www-form-urlencoded", body) is None
    assert uploaded_file(_site(photo), MULTIPART, {"avatar": "", "banner": ""}) is None
    assert uploaded_file(_site(photo, "<FileStorage: 'b.png' ('image/png')>"), MULTIPART,
                         body) is None
    assert uploaded_file(_site(), MULTIPART, body) is None
    assert uploaded_file(_site(photo), MULTIPART, ["avatar"]) is None


AVATARS = '''
    from flask import Flask, request

    app = Flask(__name__)


    @app.post("/avatar")
    def avatar():
        upload = request.files["avatar"]
        stem, extension = upload.filename.rsplit(".", 1)
        return {"stored": f"{stem}.{extension.lower()}", "caption": request.form["caption"]}
'''

AVATAR_TESTS = '''
    import io

    from profiles.web import app


    def test_avatar() -> None:
        sent = {"avatar": (io.BytesIO(b"x"), "me.PNG"), "caption": "hi"}
        answer = app.test_client().post("/avatar", data=sent).get_json()
        assert answer == {"stored": "me.png", "caption": "hi"}
'''


def test_a_flask_upload_without_an_extension_crashes_again(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"profiles/__init__.py": "",
                                         "profiles/web.py": AVATARS,
                                         "tests/test_web.py": AVATAR_TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import io
        from profiles.web import app
        sent = {"avatar": (io.BytesIO(b"\\xff\\xd8"), "IMG_2291"), "caption": "hi"}
        app.test_client().post("/avatar", data=sent)
    ''', framework="flask")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    # Reproduced (no template fixes it): the file went again under its captured name.
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "POST /avatar"


def test_a_django_upload_without_an_extension_crashes_again(tmp_path: Path) -> None:
    views = '''
        from django.http import HttpRequest, JsonResponse


        def avatar(request: HttpRequest) -> JsonResponse:
            upload = request.FILES["avatar"]
            stem, extension = upload.name.rsplit(".", 1)
            return JsonResponse({"stored": f"{stem}.{extension.lower()}"})
    '''
    repo = make_repo(tmp_path / "repo", {
        **django_site("profiles"),
        "site_conf/urls.py": '''
            from django.urls import path

            from profiles import views

            urlpatterns = [path("avatar/", views.avatar)]
        ''',
        "profiles/__init__.py": "",
        "profiles/views.py": views,
        "tests/__init__.py": "",
        "tests/conftest.py": DJANGO_TEST_CONFTEST,
        "tests/test_profiles.py": '''
            from django.core.files.uploadedfile import SimpleUploadedFile
            from django.test import Client


            def test_avatar() -> None:
                sent = {"avatar": SimpleUploadedFile("me.PNG", b"x")}
                assert Client().post("/avatar/", sent).json() == {"stored": "me.png"}
        ''',
    })
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.core.files.uploadedfile import SimpleUploadedFile
        from django.test import Client
        Client().post("/avatar/", {"avatar": SimpleUploadedFile("IMG_2291", b"\\xff\\xd8")})
    ''', framework="django")
    _, data, stderr = run_fix(repo, event, tmp_path)
    assert data is not None, stderr
    assert data["status"] != "not_reproduced", data["explanation"]
    assert data["checks"]["scenario"] == "POST /avatar/"
