from datetime import datetime, timezone

from django.test import Client

from polls.models import Question


def test_results_before_anyone_voted_have_null_percents() -> None:
    question = Question.objects.create(text="Should the market move to Saturdays?", opens=datetime(2025, 6, 1, tzinfo=timezone.utc))
    question.choices.create(text="Yes")
    question.choices.create(text="No")
    response = Client().get(f"/polls/{question.id}/results/")
    assert response.status_code == 200
    assert response.json() == {
        "question": "Should the market move to Saturdays?",
        "total_votes": 0,
        "choices": [
            {"text": "Yes", "votes": 0, "percent": None},
            {"text": "No", "votes": 0, "percent": None},
        ],
    }


def test_first_vote_gives_real_percents() -> None:
    question = Question.objects.create(text="Dogs in the park?", opens=datetime(2025, 6, 1, tzinfo=timezone.utc))
    yes = question.choices.create(text="Yes")
    question.choices.create(text="No")
    client = Client()
    client.post(f"/polls/{question.id}/vote/", {"choice": yes.id})
    assert [c["percent"] for c in client.get(f"/polls/{question.id}/results/").json()["choices"]] == [100.0, 0.0]
