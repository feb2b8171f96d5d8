from quiz.app import app


def test_results() -> None:
    body = app.test_client().get("/quizzes/capitals/results").get_json()
    assert body == {"players": 3, "top_score": 9, "winner": "bo"}


def test_unknown_quiz() -> None:
    assert app.test_client().get("/quizzes/nope/results").status_code == 404
