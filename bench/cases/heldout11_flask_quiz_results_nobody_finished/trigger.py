"""A player opens the results of the rivers quiz the minute it opens."""

from quiz.app import app

app.test_client().get("/quizzes/rivers/results")
