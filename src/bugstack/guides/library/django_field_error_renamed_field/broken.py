"""A helpdesk's triage queue in a one-file Django project."""

import django
from django.conf import settings

settings.configure(
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF=__name__,
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
    USE_TZ=True,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402


class Ticket(models.Model):
    subject = models.CharField(max_length=200)
    priority = models.IntegerField(default=2)
    # Timestamps end in _at: `opened` was renamed when `closed_at` was added.
    opened_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True)

    class Meta:
        app_label = "helpdesk"


def triage_queue(request):
    # Most urgent first; within a priority, the ticket that has waited longest.
    tickets = Ticket.objects.filter(closed_at__isnull=True).order_by("-priority", "opened")
    return JsonResponse({"queue": [t.subject for t in tickets]})


urlpatterns = [path("tickets/queue/", triage_queue)]

with connection.schema_editor() as editor:
    editor.create_model(Ticket)


if __name__ == "__main__":
    from django.test import Client

    print(Client().get("/tickets/queue/").status_code)
