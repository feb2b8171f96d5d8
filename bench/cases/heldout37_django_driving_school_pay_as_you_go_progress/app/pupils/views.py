from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from pupils.models import Pupil


def progress(request, pupil_id: int) -> JsonResponse:
    """The progress card on the pupil's dashboard."""
    pupil = get_object_or_404(Pupil, pk=pupil_id)
    return JsonResponse(
        {
            "name": pupil.name,
            "lessons_taken": pupil.lessons_taken(),
            "hours_driven": round(pupil.hours_driven(), 1),
            "lessons_left": pupil.lessons_left(),
            "needs_top_up": pupil.needs_top_up(),
            "test_booked": pupil.test_booked.isoformat() if pupil.test_booked else None,
        }
    )


def lessons(request, pupil_id: int) -> JsonResponse:
    """Upcoming lessons, soonest first."""
    pupil = get_object_or_404(Pupil, pk=pupil_id)
    upcoming = pupil.lessons.filter(completed=False, starts__gte=timezone.now())
    return JsonResponse(
        {
            "lessons": [
                {"starts": lesson.starts.isoformat(), "minutes": lesson.minutes}
                for lesson in upcoming
            ]
        }
    )
