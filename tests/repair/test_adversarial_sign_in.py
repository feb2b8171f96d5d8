"""sign_in under review: a public page is not put behind sign-in because other pages of
its module are, nor because the module docstring says sign-in is required elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.repair.adversarial import fix_and_check
from tests.repair.test_sign_in import LIBRARY_APP

URLS = '''
    from django.urls import path

    from loans import views

    urlpatterns = [path("me/loans/", views.my_loans), path("books/", views.books),
                   path("books/new/", views.new_books)]
'''

# The catalogue is public: `books` shows a member's own rate when someone is signed in.
SIBLINGS_DISAGREE = '''
    from django.contrib.auth.decorators import login_required
    from django.http import JsonResponse


    @login_required
    def my_loans(request):
        return JsonResponse({"member": request.user.member_number})


    def books(request):
        rate = request.user.member_rate if request.user.is_authenticated else 1.0
        return JsonResponse({"books": ["Dune"], "rate": rate})


    def new_books(request):
        return JsonResponse({"books": ["Piranesi"], "rate": request.user.member_rate})
'''

HEDGED_DOCSTRING = '''
    """Library pages. Sign-in is required for a member's own loans only; the catalogue is
    public and open to anyone."""
    from django.http import JsonResponse


    def my_loans(request):
        if not request.user.is_authenticated:
            return JsonResponse({"error": "sign in"}, status=401)
        return JsonResponse({"member": request.user.member_number})


    def books(request):
        return JsonResponse({"books": ["Dune"]})


    def new_books(request):
        return JsonResponse({"books": ["Piranesi"], "rate": request.user.member_rate})
'''

TRIGGER = """
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django
django.setup()
from django.core.management import call_command
call_command("migrate", run_syncdb=True, verbosity=0)
from django.test import Client
Client().get("/books/new/")
"""

# An anonymous visitor still sees the public list of new books (no redirect to sign in).
CHECK = TRIGGER.replace('Client().get("/books/new/")',
                        'assert Client().get("/books/new/").status_code == 200')


@pytest.mark.parametrize("views", [SIBLINGS_DISAGREE, HEDGED_DOCSTRING],
                         ids=["public-sibling-reads-the-same-attribute", "hedged-docstring"])
def test_a_public_page_is_not_put_behind_sign_in(tmp_path: Path, views: str) -> None:
    data = fix_and_check(tmp_path, {**LIBRARY_APP, "site_conf/urls.py": URLS,
                                    "loans/views.py": views},
                         TRIGGER, CHECK, framework="django")
    assert data is not None and "login_required\n def new_books" not in (data["patch"] or "")
