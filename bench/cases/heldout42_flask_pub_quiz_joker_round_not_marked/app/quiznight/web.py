"""The quizmaster's tablet posts teams and marks; the pub's screen polls the scoreboard."""

from __future__ import annotations

from flask import Flask, abort, jsonify, request

from quiznight.scoring import ROUNDS, Team, standings

#: Night (an ISO date) -> team name -> team.
NIGHTS: dict[str, dict[str, Team]] = {}


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/nights/<night>/teams")
    def add_team(night: str):
        body = request.get_json()
        joker = body.get("joker")
        if joker is not None and not 1 <= joker <= ROUNDS:
            abort(400, f"the joker goes on a round from 1 to {ROUNDS}")
        teams = NIGHTS.setdefault(night, {})
        if body["name"] in teams:
            abort(409, "that team name is taken tonight")
        teams[body["name"]] = Team(body["name"], joker=joker)
        return jsonify(name=body["name"], joker=joker), 201

    @app.post("/nights/<night>/teams/<name>/rounds")
    def mark_round(night: str, name: str):
        team = NIGHTS.get(night, {}).get(name)
        if team is None:
            abort(404)
        if len(team.scores) == ROUNDS:
            abort(409, "every round is marked already")
        team.scores.append(int(request.get_json()["points"]))
        return jsonify(team=name, round=len(team.scores)), 201

    @app.get("/nights/<night>/scoreboard")
    def scoreboard(night: str):
        teams = NIGHTS.get(night)
        if teams is None:
            abort(404)
        return jsonify(night=night, standings=standings(list(teams.values())))

    return app
