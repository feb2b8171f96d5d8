from __future__ import annotations

from flask import Flask, abort, jsonify, request, url_for

from teams import store
from teams.invites import make_invite_token, read_invite_token

app = Flask(__name__)


@app.post("/teams/<int:team_id>/invites")
def invite(team_id: int):
    if team_id not in store.TEAMS:
        abort(404)
    email = request.get_json()["email"].strip().lower()
    store.PENDING.add((team_id, email))
    token = make_invite_token(team_id, email)
    return jsonify({"token": token, "link": url_for("accept_invite", token=token)}), 201


@app.post("/invites/<token>/accept")
def accept_invite(token: str):
    invitation = read_invite_token(token)
    key = (invitation["team"], invitation["email"])
    if key not in store.PENDING:
        abort(404)
    store.PENDING.discard(key)
    store.MEMBERS[invitation["team"]].add(invitation["email"])
    return jsonify({"team": store.TEAMS[invitation["team"]], "email": invitation["email"]}), 201
