from __future__ import annotations

from flask import Flask, abort, jsonify
from flask.typing import ResponseReturnValue

from league.standings import Result, table

app = Flask(__name__)

#: League slug -> (registered teams, results entered so far). The live site loads these
#: from the secretaries' spreadsheet at start-up.
LEAGUES: dict[str, tuple[list[str], list[Result]]] = {}


def reset() -> None:
    LEAGUES.clear()
    LEAGUES["sunday-div-1"] = (
        ["Albion Rovers", "Canal Street", "Eastfield", "Harbour Town"],
        [
            Result("Albion Rovers", "Canal Street", 2, 1),
            Result("Eastfield", "Harbour Town", 0, 0),
            Result("Canal Street", "Eastfield", 3, 0),
            Result("Harbour Town", "Albion Rovers", 1, 1),
        ],
    )


@app.get("/leagues/<slug>/table")
def league_table(slug: str) -> ResponseReturnValue:
    if slug not in LEAGUES:
        abort(404)
    teams, results = LEAGUES[slug]
    return jsonify(table(teams, results))


@app.get("/leagues/<slug>/teams")
def league_teams(slug: str) -> ResponseReturnValue:
    if slug not in LEAGUES:
        abort(404)
    return jsonify(sorted(LEAGUES[slug][0]))


reset()
