from datetime import date, datetime, timedelta, timezone

from django.test import Client

from pupils.models import Lesson, Pupil

START = datetime(2024, 5, 6, 9, 0, tzinfo=timezone.utc)


def _pupil(bought: int | None, taken: int, **extra) -> Pupil:
    pupil = Pupil.objects.create(name="Owen Reyes", email="owen@example.com", lessons_bought=bought, **extra)
    for n in range(taken):
        Lesson.objects.create(pupil=pupil, starts=START + timedelta(days=7 * n), minutes=90 if n % 2 else 60, completed=True)
    return pupil


def test_progress_with_a_bundle() -> None:
    pupil = _pupil(10, 3, test_booked=date(2024, 9, 2))
    response = Client().get(f"/pupils/{pupil.pk}/progress/")
    assert response.status_code == 200
    assert response.json() == {
        "name": "Owen Reyes",
        "lessons_taken": 3,
        "hours_driven": 3.5,
        "lessons_left": 7,
        "needs_top_up": False,
        "test_booked": "2024-09-02",
    }


def test_bundle_nearly_used_up() -> None:
    pupil = _pupil(10, 8)
    body = Client().get(f"/pupils/{pupil.pk}/progress/").json()
    assert body["lessons_left"] == 2
    assert body["needs_top_up"] is True


def test_unknown_pupil() -> None:
    assert Client().get("/pupils/999/progress/").status_code == 404


def test_upcoming_lessons() -> None:
    pupil = _pupil(10, 1)
    soon = datetime.now(timezone.utc) + timedelta(days=2)
    Lesson.objects.create(pupil=pupil, starts=soon, minutes=120)
    body = Client().get(f"/pupils/{pupil.pk}/lessons/").json()
    assert body == {"lessons": [{"starts": soon.isoformat(), "minutes": 120}]}
