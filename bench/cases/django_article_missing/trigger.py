"""A crawler follows an old link to the reading-time badge of a deleted article."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

from blog.models import Article

call_command("migrate", run_syncdb=True, verbosity=0)
Article.objects.create(slug="hello", title="Hello", body="one two three", published=True)
Client().get("/articles/goodbye/stats/")
