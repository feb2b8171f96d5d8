"""An editor opens the tag picker in the article editor."""

import os
from datetime import date

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")
import django

django.setup()
from django.core.management import call_command
from django.test import Client

call_command("migrate", run_syncdb=True, verbosity=0)
from articles.models import Article, Tag

python = Tag.objects.create(name="Python", slug="python")
Article.objects.create(title="Typing in practice", published=date(2024, 3, 1)).tags.add(python)
Client().get("/api/tags/")
