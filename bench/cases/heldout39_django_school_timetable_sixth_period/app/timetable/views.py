from __future__ import annotations

from django.http import Http404, HttpRequest, JsonResponse

from timetable.export import LESSONS, WEEKDAYS
from timetable.periods import PERIOD_TIMES, bell_times


def bell(request: HttpRequest, period: int) -> JsonResponse:
    if not 1 <= period <= len(PERIOD_TIMES):
        raise Http404("no such period")
    start, end = bell_times(period)
    return JsonResponse({"period": period, "start": start, "end": end})


def day(request: HttpRequest, form: str, weekday: str) -> JsonResponse:
    """One form's lessons for a weekday, in period order, with their bell times."""
    weekday = weekday.lower()
    if form not in LESSONS or weekday not in WEEKDAYS:
        raise Http404("no timetable for that form and day")
    rows = []
    for period, subject, room in sorted(LESSONS[form].get(weekday, [])):
        start, end = PERIOD_TIMES[period]
        rows.append({"period": period, "subject": subject, "room": room, "start": start, "end": end})
    return JsonResponse({"form": form, "day": weekday, "lessons": rows})
