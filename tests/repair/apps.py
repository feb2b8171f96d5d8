"""Small real apps for the fix engine's tests, and events captured from them.

An app is written as a git repository; a second copy is "deployed" at another path and
made to crash under the real sentry-sdk, whose event (recorded by a transport instead
of sent) is what ``bugstack fix`` receives, exactly as in production.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

__all__ = ["DJANGO_MANAGE", "DJANGO_TEST_CONFTEST", "capture_event", "commit", "django_site",
           "make_repo", "run_fix"]

_CAPTURE = '''
import json, sys
import sentry_sdk

events = []
sentry_sdk.init(
    dsn="http://0123456789abcdef0123456789abcdef@127.0.0.1:9/1",
    transport=events.append,
    release={release!r},
    include_local_variables=True,
    default_integrations=False,
    integrations=[{integrations}],
    auto_enabling_integrations=False,
)
try:
{trigger}
except Exception as exc:
    sentry_sdk.capture_exception(exc)
sentry_sdk.flush()
with open({out!r}, "w") as handle:
    json.dump([e for e in events if e.get("exception")][0], handle)
'''

_INTEGRATIONS = {
    "fastapi": "__import__('sentry_sdk.integrations.starlette', fromlist=['x'])"
               ".StarletteIntegration(), __import__('sentry_sdk.integrations.fastapi', "
               "fromlist=['x']).FastApiIntegration()",
    "flask": "__import__('sentry_sdk.integrations.flask', fromlist=['x']).FlaskIntegration()",
    "django": "__import__('sentry_sdk.integrations.django', fromlist=['x']).DjangoIntegration()",
    "library": "",
}


#: A Django project's ``manage.py`` naming ``site_conf.settings``, as ``make_repo`` takes it.
DJANGO_MANAGE = '''
        import os
        import sys

        if __name__ == "__main__":
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
            from django.core.management import execute_from_command_line

            execute_from_command_line(sys.argv)
    '''

#: The app's own ``tests/conftest.py``: Django set up, its tables made once per session.
DJANGO_TEST_CONFTEST = '''
        import os

        import django
        import pytest

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        django.setup()


        @pytest.fixture(scope="session", autouse=True)
        def database() -> None:
            from django.core.management import call_command

            call_command("migrate", run_syncdb=True, verbosity=0)
    '''


def django_site(app: str) -> dict[str, str]:
    """``manage.py`` and ``site_conf`` settings of a project holding ``app`` on an
    in-memory SQLite database; the caller adds ``site_conf/urls.py`` and the app."""
    settings = f'''
        SECRET_KEY = "tests-only"
        DEBUG = False
        ALLOWED_HOSTS = ["testserver"]
        ROOT_URLCONF = "site_conf.urls"
        INSTALLED_APPS = ["django.contrib.contenttypes", "{app}"]
        DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}}}
        USE_TZ = True
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
    '''
    return {"manage.py": DJANGO_MANAGE, "site_conf/__init__.py": "",
            "site_conf/settings.py": settings}


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def make_repo(root: Path, files: dict[str, str]) -> Path:
    """A git repository holding ``files`` (dedented), committed once."""
    root.mkdir(parents=True)
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "tests@bugstack.invalid")
    _git(root, "config", "user.name", "bugstack tests")
    _git(root, "config", "commit.gpgsign", "false")
    commit(root, "first release")
    return root


def commit(repo: Path, message: str) -> str:
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", message)
    return _git(repo, "rev-parse", "HEAD")


def capture_event(repo: Path, deployed: Path, trigger: str, framework: str = "library",
                  release: str | None = None) -> dict[str, Any]:
    """Deploy ``repo`` at ``deployed``, run ``trigger`` there under sentry-sdk, return the
    event it sent."""
    shutil.copytree(repo, deployed, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    out = deployed.parent / "event.json"
    script = _CAPTURE.format(
        release=release or _git(repo, "rev-parse", "HEAD"),
        integrations=_INTEGRATIONS[framework],
        trigger=textwrap.indent(textwrap.dedent(trigger).strip(), "    "),
        out=str(out),
    )
    runner = deployed.parent / "capture.py"
    runner.write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(runner)], cwd=deployed, capture_output=True,
                          text=True, timeout=120, check=False,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(deployed)})
    assert out.exists(), done.stderr[-3000:]
    event: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return event


def run_fix(repo: Path, event: dict[str, Any] | None, tmp: Path, *extra: str,
            event_file: Path | None = None) -> tuple[int, dict[str, Any] | None, str]:
    """``bugstack fix --json`` as a subprocess: (exit code, parsed JSON or None, stderr)."""
    if event_file is None:
        event_file = tmp / "event-for-fix.json"
        event_file.write_text(json.dumps(event), encoding="utf-8")
    command = [sys.executable, "-m", "bugstack", "fix", "--repo", str(repo),
               "--event", str(event_file), "--json", *extra]
    if "--traceback" in extra:
        command.remove("--event")
        command.remove(str(event_file))
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    try:
        data = json.loads(done.stdout) if done.stdout.strip() else None
    except ValueError:
        data = None
    return done.returncode, data, done.stderr
