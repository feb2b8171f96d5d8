from datetime import datetime, timedelta, timezone

from django.test import Client

from pupils.models import Lesson, Pupil


def _lessons(pupil: Pupil, count: int) -> None:
    for week in range(count):
        Lesson.objects.create(
            pupil=pupil,
            starts=datetime(2024, 5, 7, 17, 0, tzinfo=timezone.utc) + timedelta(weeks=week),
            minutes=60,
            completed=True,
        )


def test_pay_as_you_go_pupil_has_no_bundle_to_run_out_of() -> None:
    pupil = Pupil.objects.create(name="Priya Shah", email="priya@example.com", lessons_bought=None)
    _lessons(pupil, 4)
    assert pupil.lessons_left() is None
    assert pupil.needs_top_up() is False
    response = Client().get(f"/pupils/{pupil.pk}/progress/")
    assert response.status_code == 200
    assert response.json() == {
        "name": "Priya Shah",
        "lessons_taken": 4,
        "hours_driven": 4.0,
        "lessons_left": None,
        "needs_top_up": False,
        "test_booked": None,
    }


def test_pay_as_you_go_before_any_lesson_and_bundles_unchanged() -> None:
    payg = Pupil.objects.create(name="Tom Ng", email="tom@example.com")
    assert Client().get(f"/pupils/{payg.pk}/progress/").json()["lessons_left"] is None
    bundle = Pupil.objects.create(name="Ava Cole", email="ava@example.com", lessons_bought=5)
    _lessons(bundle, 3)
    body = Client().get(f"/pupils/{bundle.pk}/progress/").json()
    assert (body["lessons_left"], body["needs_top_up"]) == (2, True)
