from __future__ import annotations

from flask import Flask, abort, jsonify

app = Flask(__name__)

#: quiz slug -> {player: score}. A quiz appears here when it opens, before anyone finishes it.
SCORES: dict[str, dict[str, int]] = {
    "capitals": {"ana": 7, "bo": 9, "cy": 4},
    "rivers": {},
}


def summary(scores: dict[str, int]) -> dict[str, object]:
    """The results panel. ``top_score`` and ``winner`` are null while nobody has finished
    the quiz (the page shows "Be the first to finish!")."""
    ranking = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    winner, top_score = ranking[0]
    return {"players": len(scores), "top_score": top_score, "winner": winner}


@app.get("/quizzes/<slug>/results")
def results(slug: str):
    if slug not in SCORES:
        abort(404)
    return jsonify(summary(SCORES[slug]))
