"""A Django project is recognised by the settings it names, with or without manage.py."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.repair.reproduce import find_app
from bugstack.repair.workspace import Workspace
from tests.repair.apps import capture_event, make_repo, run_fix
from tests.repair.test_fix_command import DJANGO

WITHOUT_MANAGE = {rel: text for rel, text in DJANGO.items() if rel != "manage.py"}


def _found(tmp_path: Path, files: dict[str, str]) -> tuple[str, str] | None:
    for rel, text in files.items():
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    event = ErrorEvent.from_dict({"exception": {"values": [{"type": "KeyError"}]}})
    assert event.primary is not None
    site = CrashSite(event=event, exception=event.primary, frames=())
    app = find_app(Workspace(repo=tmp_path, path=tmp_path, commit=None), site)
    return (app.framework, app.attribute) if app else None


@pytest.mark.parametrize("extra", [
    {"site_conf/wsgi.py": '''
        import os
        from django.core.wsgi import get_wsgi_application
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        application = get_wsgi_application()
     '''},
    {"pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = site_conf.settings\n"},
    {"pyproject.toml": '[tool.pytest.ini_options]\n'
                       'DJANGO_SETTINGS_MODULE = "site_conf.settings"\n'},
    {},  # a settings module with ROOT_URLCONF is enough
], ids=["wsgi", "pytest.ini", "pyproject", "settings-module"])
def test_settings_are_found_without_manage_py(tmp_path: Path, extra: dict[str, str]) -> None:
    assert _found(tmp_path, {**WITHOUT_MANAGE, **extra}) == ("django", "site_conf.settings")


def test_a_library_is_no_django_project(tmp_path: Path) -> None:
    assert _found(tmp_path, {"lib/settings.py": "DEBUG = True\n", "lib/core.py": "X = 1\n"}) \
        is None


def test_a_project_without_manage_py_is_reproduced_and_fixed(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {**WITHOUT_MANAGE, "site_conf/wsgi.py": '''
        import os
        from django.core.wsgi import get_wsgi_application
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        application = get_wsgi_application()
    '''})
    event = capture_event(repo, tmp_path / "srv" / "app", """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.test import Client
        Client().get("/books/2001/")
    """, framework="django")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert "Client().generic('GET', '/books/2001/'" in data["regression_test"]["content"]
