"""Scenarios through the web framework: the captured request, or the app's lifespan."""

from __future__ import annotations

import ast
import json
import re
from typing import Any
from urllib.parse import urlsplit

from bugstack.domain import CrashSite
from bugstack.repair.reproduce.app_factories import find_factory
from bugstack.repair.reproduce.form_body import FORM_CONTENT_TYPE, form_payload
from bugstack.repair.reproduce.model import (
    AppLocation,
    Scenario,
    is_test_file,
    module_name,
    replay_context,
)
from bugstack.repair.reproduce.uploads import PLACEHOLDER_BYTES, Upload, uploaded_file
from bugstack.repair.workspace import Workspace

__all__ = ["DJANGO_IMPORTS", "DJANGO_TABLES_AS_MIGRATED", "django_setup", "find_app",
           "lifespan_scenario", "looks_like_lifespan", "request_scenario"]

_APP_ASSIGN = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?P<kind>FastAPI|Starlette|Flask)\(", re.M
)
_DJANGO_SETTINGS = re.compile(r"DJANGO_SETTINGS_MODULE['\"]\s*,\s*['\"]([\w.]+)['\"]")
_CONFIGURED_SETTINGS = re.compile(r"^\s*DJANGO_SETTINGS_MODULE\s*=\s*['\"]?([\w.]+)", re.M)
_ROOT_URLCONF = re.compile(r"^ROOT_URLCONF\s*=", re.M)
_TEST_CONFIGS = {"pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"}
#: Headers a test client sets itself, or that only meant something on the original wire.
_DROPPED_HEADERS = {"host", "content-length", "connection", "accept-encoding", "user-agent",
                    "sentry-trace", "baggage", "traceparent", "x-forwarded-for", "x-real-ip",
                    "cookie", "authorization"}


#: The probe sends a Django request to a freshly migrated database, whose tables the app's
#: own models start empty; a regression test in the app's suite may meet the rows earlier
#: tests left (a listing would then answer more products than the probe saw). It sends
#: the request with those tables empty, inside a transaction rolled back afterwards, so
#: the suite's rows come back. Django's own apps (content types, permissions) are left
#: as they are: migrate fills them in the probe too. On SQLite, whose AUTOINCREMENT
#: tables keep counting past deleted rows, the ids restart as well (the probe's new row
#: was id 1, and the answer says so); there the reset is part of the rolled-back
#: transaction. Other databases reset sequences outside transactions: they are left alone.
#: An app without a database is told by its engines, not by ``settings.DATABASES`` being
#: empty: once anything touches ``django.db.connections``, Django fills that very dict in
#: with a dummy ``default``, and migrating it raises ImproperlyConfigured.
DJANGO_TABLES_AS_MIGRATED = '''
def _has_database():
    from django.conf import settings

    dummy = "django.db.backends.dummy"
    return any((db.get("ENGINE") or dummy) != dummy for db in settings.DATABASES.values())


@contextmanager
def _tables_as_migrated():
    from django.apps import apps
    from django.db import connection, transaction

    if not _has_database():
        yield  # an app without a database: nothing to start from
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            tables = []
            for model in apps.get_models(include_auto_created=True):
                meta = model._meta
                if (meta.managed and not meta.proxy
                        and not meta.app_config.name.startswith("django.")):
                    tables.append(meta.db_table)
                    cursor.execute("DELETE FROM " + connection.ops.quote_name(meta.db_table))
            if connection.vendor == "sqlite" and tables:
                cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
                if cursor.fetchone():
                    cursor.execute("DELETE FROM sqlite_sequence WHERE name IN (%s)"
                                   % ", ".join(["%s"] * len(tables)), tables)
        yield
        transaction.set_rollback(True)
'''.strip("\n")


#: What a scenario in a Django project imports for :func:`django_setup`.
DJANGO_IMPORTS = frozenset({"import os", "import django", "from contextlib import contextmanager"})


def django_setup(app: AppLocation) -> list[str]:
    """Lines that set Django up as the app's tests do: settings, ``django.setup()``, the
    test environment, the database migrated."""
    return [
        f"os.environ.setdefault('DJANGO_SETTINGS_MODULE', {app.attribute!r})",
        "django.setup()",
        "from django.test.utils import setup_test_environment",
        "try:",
        "    setup_test_environment()",
        "except RuntimeError:",
        "    pass  # already set up by the test runner",
        "from django.core.management import call_command",
        "if _has_database():",
        "    call_command('migrate', run_syncdb=True, verbosity=0)",
    ]


def find_app(workspace: Workspace, site: CrashSite) -> AppLocation | None:
    """The web application object of the repository, if it has one."""
    crash_paths = {f.path for f in site.frames}
    found: list[tuple[int, AppLocation]] = []
    for rel in workspace.files():
        if is_test_file(rel):
            continue
        text = workspace.read(rel)
        if rel.endswith("manage.py"):
            settings = _DJANGO_SETTINGS.search(text)
            if settings:
                found.append((0, AppLocation("django", module_name(rel), settings.group(1))))
            continue
        django = _django_settings_elsewhere(rel, text)
        if django is not None:
            found.append((django[0], AppLocation("django", module_name(rel), django[1])))
            continue
        rank = (0 if rel in crash_paths else 1) * 100 + rel.count("/")
        for match in _APP_ASSIGN.finditer(text):
            framework = "flask" if match["kind"] == "Flask" else "starlette"
            found.append((rank, AppLocation(framework, module_name(rel), match["name"])))
        factory = find_factory(workspace, module_name(rel), text) \
            if not _APP_ASSIGN.search(text) else None
        if factory is not None:
            # After any module-level app: a global is what production serves for sure.
            found.append((rank + 50, AppLocation(factory.framework, module_name(rel),
                                                 factory.name, factory.setup,
                                                 frozenset(factory.imports))))
    for name in _TEST_CONFIGS:
        config = workspace.path / name
        django = _django_settings_elsewhere(name, config.read_text(encoding="utf-8",
                                                                   errors="replace")) \
            if config.is_file() else None
        if django is not None:
            found.append((django[0], AppLocation("django", django[1], django[1])))
    found.sort(key=lambda item: item[0])
    return found[0][1] if found else None


def _django_settings_elsewhere(rel: str, text: str) -> tuple[int, str] | None:
    """A Django project without ``manage.py`` still names its settings: in ``wsgi.py`` or
    ``asgi.py``, in pytest-django's configuration, or as a ``settings`` module with a
    ``ROOT_URLCONF``. (rank, settings module), the surer first."""
    name = rel.rsplit("/", 1)[-1]
    if name in _TEST_CONFIGS:
        configured = _CONFIGURED_SETTINGS.search(text)
        return (2, configured.group(1)) if configured else None
    named = _DJANGO_SETTINGS.search(text)
    if named:
        return 1, named.group(1)
    if name == "settings.py" and _ROOT_URLCONF.search(text):
        return 3, module_name(rel)
    return None


def _request_parts(site: CrashSite) -> tuple[str, str, str, dict[str, str], Any] | None:
    request = site.event.request
    replay = replay_context(site)
    captured = replay.get("request") if isinstance(replay.get("request"), dict) else None
    if request is not None and not request.url and not request.method:
        # sentry-sdk's Django integration can leave only the body (its request processor
        # did not run): the method and path come from the request in the locals, the
        # body from the event.
        body_only = request.data
        request = None
        if captured is None:
            parts = _request_from_frames(site)
            if parts is not None and body_only not in (None, "", {}) and parts[4] is None:
                return (*parts[:4], body_only)
            return parts
    if request is None and captured is None:
        return _request_from_frames(site)
    if request is not None:
        method = (request.method or "GET").upper()
        url = urlsplit(request.url or "/")
        path = url.path or "/"
        query = request.query_string or url.query or ""
        headers = dict(request.headers)
        body = request.data
    else:
        assert captured is not None
        method = str(captured.get("method") or "GET").upper()
        path = str(captured.get("path") or "/")
        query = str(captured.get("query_string") or "")
        headers = captured.get("headers") if isinstance(captured.get("headers"), dict) else {}
        body = captured.get("body")
    kept = {
        str(k): str(v) for k, v in headers.items()
        if str(k).lower() not in _DROPPED_HEADERS and "[Filtered]" not in str(v)
    }
    return method, path, query, kept, body


_REQUEST_REPR = re.compile(r"^<\w*Request: (?P<method>[A-Z]+) '(?P<target>[^']*)'>$")


def _request_from_frames(site: CrashSite) -> tuple[str, str, str, dict[str, str], Any] | None:
    """Method and path from a request object's repr among the locals, as Django prints it
    (``<WSGIRequest: GET '/books/?page=2'>``), or from the route and its captured values."""
    for frame in reversed(site.frames):
        for value in frame.frame.vars.values():
            match = _REQUEST_REPR.match(value) if isinstance(value, str) else None
            if match:
                target = urlsplit(match["target"])
                return match["method"], target.path or "/", target.query, {}, None
    route = site.event.transaction
    if route and route.startswith("/") and site.frames:
        values = site.frames[-1].frame.vars
        path = route
        for name in re.findall(r"\{(\w+)(?::\w+)?\}", route):
            raw = values.get(name)
            try:
                literal = ast.literal_eval(raw) if isinstance(raw, str) else None
            except (ValueError, SyntaxError):
                return None
            if literal is None:
                return None
            path = re.sub(r"\{" + name + r"(?::\w+)?\}", str(literal), path)
        return "GET", path, "", {}, None
    return None


def _body_arguments(headers: dict[str, str], body: Any) -> str:
    if body in (None, "", {}):
        return ""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if isinstance(body, dict | list) and "form" not in content_type:
        return f", json={body!r}"
    if isinstance(body, dict):
        return f", data={body!r}"
    if isinstance(body, str) and "json" in content_type:
        try:
            return f", json={json.loads(body)!r}"
        except ValueError:
            pass
    return f", content={str(body)!r}"


def request_scenario(app: AppLocation, site: CrashSite) -> Scenario | None:
    parts = _request_parts(site)
    if parts is None:
        return None
    method, path, query, headers, body = parts
    title = f"{method} {path}" + (f"?{query}" if query else "")
    target = path + (f"?{query}" if query else "")
    body_args = _body_arguments(headers, body)
    captured_kind = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    upload = uploaded_file(site, captured_kind, body)
    if upload is not None:
        # Re-encoded as multipart by the test client: the captured boundary is stale.
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    if app.framework == "starlette":
        if upload is not None:
            body_args = (f", data={upload.fields!r}, files={{{upload.field!r}: "
                         f"({upload.filename!r}, {PLACEHOLDER_BYTES!r}, "
                         f"{upload.content_type!r})}}")
        return Scenario("request", title, framework="starlette", imports={
            "from starlette.testclient import TestClient", *app.imports(),
        }, action=[
            *app.built(),
            f"with TestClient({app.attribute}) as client:",
            f"    result = client.request({method!r}, {target!r}, "
            f"headers={headers!r}{body_args})",
        ])
    if app.framework == "flask":
        flask_body = body_args.replace("content=", "data=")
        imports = app.imports()
        if upload is not None:
            imports.add("import io")
            multipart = _with_file(upload, "(io.BytesIO({data!r}), {name!r}, {kind!r})")
            flask_body = f", data={multipart}, content_type='multipart/form-data'"
        return Scenario("request", title, imports=imports, framework="flask", action=[
            *app.built(),
            f"{app.attribute}.testing = True",
            f"client = {app.attribute}.test_client()",
            f"result = client.open({target!r}, method={method!r}, "
            f"headers={headers!r}{flask_body})",
        ])
    django_data = ""
    if upload is not None and method == "POST":
        multipart = _with_file(upload, "SimpleUploadedFile({name!r}, {data!r}, "
                                       "content_type={kind!r})")
        django_data = f", data={multipart}"
    elif body not in (None, "", {}):
        form = form_payload(site, captured_kind, body)
        if form is not None:
            django_data = f", data={form!r}, content_type={FORM_CONTENT_TYPE!r}"
        else:
            payload = json.dumps(body) if isinstance(body, dict | list) else str(body)
            kind = captured_kind or "application/json"
            django_data = f", data={payload!r}, content_type={kind!r}"
    extra_headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    return Scenario("request", title, imports=set(DJANGO_IMPORTS),
                    helpers={DJANGO_TABLES_AS_MIGRATED}, framework="django", action=[
        *django_setup(app),
        "from django.test import Client",
        *(["from django.core.files.uploadedfile import SimpleUploadedFile"]
          if upload is not None and method == "POST" else []),
        "with _tables_as_migrated():",
        # Client.post encodes a dict holding a file as multipart; generic() sends raw data.
        f"    result = Client().post({target!r}{django_data}, headers={extra_headers!r})"
        if upload is not None and method == "POST" else
        f"    result = Client().generic({method!r}, {target!r}{django_data}, "
        f"headers={extra_headers!r})",
    ])


def _with_file(upload: Upload, file_source: str) -> str:
    """The form's fields as a dict literal, the file field's value rendered from
    ``file_source`` (a format string over ``name``, ``data`` and ``kind``)."""
    parts = [f"{key!r}: {value!r}" for key, value in upload.fields.items()]
    parts.append(f"{upload.field!r}: " + file_source.format(
        name=upload.filename, data=PLACEHOLDER_BYTES, kind=upload.content_type))
    return "{" + ", ".join(parts) + "}"


def lifespan_scenario(app: AppLocation) -> Scenario | None:
    if app.framework != "starlette":
        return None
    return Scenario("lifespan", "the application's start-up and shutdown", imports={
        "from starlette.testclient import TestClient", *app.imports(),
    }, action=[
        *app.built(),
        f"with TestClient({app.attribute}):",
        "    pass",
        "result = None",
    ])


def looks_like_lifespan(site: CrashSite) -> bool:
    """Whether a crash frame is a start-up or shutdown hook of the application."""
    hooks = ("on_event", "lifespan", "startup", "shutdown", "add_event_handler")
    for frame in site.frames:
        lines = frame.source.splitlines()
        function = frame.frame.function or ""
        if any(word in function for word in hooks):
            return True
        # The decorators just above the function's ``def`` say what registers it.
        for index in range(min(frame.lineno, len(lines)) - 1, -1, -1):
            if re.match(rf"\s*(async\s+)?def\s+{re.escape(function)}\b", lines[index]):
                above = " ".join(lines[max(0, index - 3):index])
                if any(word in above for word in hooks):
                    return True
                break
    return False
