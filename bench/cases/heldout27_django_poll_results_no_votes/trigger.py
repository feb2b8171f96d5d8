"""The council links a poll that opened this morning; the first visitor opens its results."""

import os
from datetime import datetime, timezone

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sitecfg.settings")

import django

django.setup()

from django.core.management import call_command
from django.test import Client

from polls.models import Question

call_command("migrate", run_syncdb=True, verbosity=0)
question = Question.objects.create(text="Should the market move to Saturdays?", opens=datetime.now(timezone.utc))
question.choices.create(text="Yes")
question.choices.create(text="No")

Client().get(f"/polls/{question.id}/results/")
