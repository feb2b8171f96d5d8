from datetime import datetime, timezone

from django.test import Client

from polls.models import Question


def make_poll(votes: dict[str, int]) -> Question:
    question = Question.objects.create(text="Where should the new bench go?", opens=datetime(2025, 5, 1, tzinfo=timezone.utc))
    for text, count in votes.items():
        question.choices.create(text=text, votes=count)
    return question


def test_results_percentages() -> None:
    question = make_poll({"By the pond": 5, "At the playground": 2, "Near the library": 1})
    body = Client().get(f"/polls/{question.id}/results/").json()
    assert body["total_votes"] == 8
    assert [c["percent"] for c in body["choices"]] == [62.5, 25.0, 12.5]


def test_vote_counts() -> None:
    question = make_poll({"Yes": 1, "No": 1})
    yes = question.choices.get(text="Yes")
    client = Client()
    assert client.post(f"/polls/{question.id}/vote/", {"choice": yes.id}).status_code == 200
    assert client.get(f"/polls/{question.id}/results/").json()["choices"][0] == {"text": "Yes", "votes": 2, "percent": 66.7}


def test_vote_without_choice() -> None:
    question = make_poll({"Yes": 0})
    assert Client().post(f"/polls/{question.id}/vote/", {}).status_code == 400


def test_unknown_poll() -> None:
    assert Client().get("/polls/404/results/").status_code == 404


def test_detail() -> None:
    question = make_poll({"Yes": 0, "No": 0})
    assert [c["text"] for c in Client().get(f"/polls/{question.id}/").json()["choices"]] == ["Yes", "No"]
