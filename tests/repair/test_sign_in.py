"""An anonymous visitor reaching a view that reads the signed-in user: the view gets the
sign-in requirement its siblings (or the module docstring) already state, and nothing is
proposed when the module says nothing about sign-in."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.sign_in import SignInRequired
from tests.repair.apps import DJANGO_MANAGE, DJANGO_TEST_CONFTEST, capture_event, make_repo, run_fix
from tests.repair.crash_sites import crash_at

DJANGO_MESSAGE = "'AnonymousUser' object has no attribute 'customer'"

DJANGO_VIEWS = '''
    from django.contrib.auth.decorators import login_required
    from django.http import JsonResponse


    @login_required
    def account(request):
        return JsonResponse({"points": request.user.customer.points})


    def export(request):
        orders = request.user.customer.orders.all()
        return JsonResponse({"orders": [o.reference for o in orders]})


    def status(request):
        return JsonResponse({"ok": True})
'''


def _proposals(tmp_path: Path, source: str, needle: str, message: str = DJANGO_MESSAGE,
               path: str = "shop/views.py") -> list[str]:
    site, analysis = crash_at(tmp_path, {path: source}, path, needle, "AttributeError",
                              message)
    return [c.edits[path] for c in SignInRequired().propose(site, analysis)]


def test_the_view_gets_its_siblings_decorator_and_nothing_else_changes(tmp_path: Path) -> None:
    [new] = _proposals(tmp_path, DJANGO_VIEWS, "orders = request.user")
    expected = textwrap.dedent(DJANGO_VIEWS).lstrip("\n").replace(
        "\n\ndef export(", "\n\n@login_required\ndef export(")
    assert new == expected
    assert "@login_required\ndef status" not in new  # the unrelated view is left alone


def test_the_siblings_spelling_is_copied(tmp_path: Path) -> None:
    source = DJANGO_VIEWS.replace("@login_required",
                                  '@login_required(login_url="/signin/")')
    [new] = _proposals(tmp_path, source, "orders = request.user")
    assert '@login_required(login_url="/signin/")\ndef export(' in new


def test_a_module_docstring_reserving_pages_for_signed_in_users_is_enough(
        tmp_path: Path) -> None:
    source = '''
        """Pages for signed-in customers only: anonymous visitors go to the login page."""
        from django.http import JsonResponse


        def export(request):
            return JsonResponse({"orders": list(request.user.customer.orders.all())})
    '''
    [new] = _proposals(tmp_path, source, "return JsonResponse")
    assert "from django.contrib.auth.decorators import login_required\n" in new
    assert "@login_required\ndef export(request):" in new


def test_class_based_view_inherits_the_mixin_first(tmp_path: Path) -> None:
    source = '''
        from django.contrib.auth.mixins import LoginRequiredMixin
        from django.views import View


        class Account(LoginRequiredMixin, View):
            def get(self, request):
                return request.user.customer.points


        class Export(View):
            def get(self, request):
                return request.user.customer.orders
    '''
    [new] = _proposals(tmp_path, source, "customer.orders")
    assert "class Export(LoginRequiredMixin, View):" in new
    assert new.count("LoginRequiredMixin") == 3


def test_flask_login_decorator_goes_under_the_route(tmp_path: Path) -> None:
    source = '''
        from flask import Flask
        from flask_login import current_user, login_required

        app = Flask(__name__)


        @app.get("/account")
        @login_required
        def account():
            return {"name": current_user.name}


        @app.get("/orders")
        def orders():
            return {"orders": current_user.orders}
    '''
    [new] = _proposals(tmp_path, source, "current_user.orders",
                       "'AnonymousUserMixin' object has no attribute 'orders'",
                       path="shop/web.py")
    assert '@app.get("/orders")\n@login_required\ndef orders():' in new


def test_silent_module_gets_nothing(tmp_path: Path) -> None:
    source = DJANGO_VIEWS.replace("    @login_required\n", "").replace(
        "    from django.contrib.auth.decorators import login_required\n", "")
    assert _proposals(tmp_path, source, "orders = request.user") == []


def test_view_that_checks_the_visitor_itself_gets_nothing(tmp_path: Path) -> None:
    source = DJANGO_VIEWS.replace(
        "        orders = request.user.customer.orders.all()",
        "        if not request.user.is_authenticated:\n"
        "            return JsonResponse({})\n"
        "        orders = request.user.customer.orders.all()")
    assert _proposals(tmp_path, source, "orders = request.user") == []


def test_siblings_disagreeing_on_the_spelling_get_nothing(tmp_path: Path) -> None:
    source = DJANGO_VIEWS.replace(
        "    def status(request):",
        '    @login_required(login_url="/staff/login/")\n    def status(request):')
    assert _proposals(tmp_path, source, "orders = request.user") == []


def test_other_attribute_errors_are_not_claimed(tmp_path: Path) -> None:
    assert _proposals(tmp_path, DJANGO_VIEWS, "orders = request.user",
                      "'User' object has no attribute 'customer'") == []


LIBRARY_APP = {
    "manage.py": DJANGO_MANAGE,
    "site_conf/__init__.py": "",
    "site_conf/settings.py": '''
        SECRET_KEY = "tests-only"
        DEBUG = False
        ALLOWED_HOSTS = ["testserver"]
        ROOT_URLCONF = "site_conf.urls"
        INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth",
                          "django.contrib.sessions", "loans"]
        MIDDLEWARE = [
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
        ]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
        LOGIN_URL = "/signin/"
        USE_TZ = True
        DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
    ''',
    "site_conf/urls.py": '''
        from django.urls import path

        from loans import views

        urlpatterns = [path("me/loans/", views.my_loans)]
    ''',
    "loans/__init__.py": "",
    "loans/views.py": '''
        """A member's own pages: for signed-in members only; visitors are sent to the login
        page first."""
        from django.http import JsonResponse


        def my_loans(request):
            return JsonResponse({"member": request.user.member_number})
    ''',
    "tests/__init__.py": "",
    "tests/conftest.py": DJANGO_TEST_CONFTEST,
    "tests/test_settings.py": '''
        from django.conf import settings


        def test_members_sign_in_at_signin() -> None:
            assert settings.LOGIN_URL == "/signin/"
    ''',
}


def test_an_anonymous_visitor_is_sent_to_sign_in_end_to_end(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", LIBRARY_APP)
    event = capture_event(repo, tmp_path / "srv" / "app", """
        import os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
        import django
        django.setup()
        from django.core.management import call_command
        call_command("migrate", run_syncdb=True, verbosity=0)
        from django.test import Client
        Client().get("/me/loans/")
    """, framework="django")
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert data["strategy"] == "sign-in-required"
    assert "+from django.contrib.auth.decorators import login_required" in data["patch"]
    assert "+@login_required\n def my_loans(request):" in data["patch"]
