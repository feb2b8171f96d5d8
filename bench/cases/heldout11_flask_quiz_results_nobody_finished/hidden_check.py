from quiz.app import app, summary


def test_nobody_finished_yet() -> None:
    response = app.test_client().get("/quizzes/rivers/results")
    assert response.status_code == 200
    assert response.get_json() == {"players": 0, "top_score": None, "winner": None}


def test_summary_of_empty_scores() -> None:
    assert summary({}) == {"players": 0, "top_score": None, "winner": None}


def test_results_unchanged() -> None:
    assert summary({"ana": 3}) == {"players": 1, "top_score": 3, "winner": "ana"}
    assert app.test_client().get("/quizzes/nope/results").status_code == 404
