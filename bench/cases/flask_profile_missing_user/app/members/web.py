from flask import Flask, abort, jsonify

from members.store import find_member

app = Flask(__name__)


@app.get("/members/<int:member_id>")
def member(member_id: int):
    found = find_member(member_id)
    if found is None:
        abort(404)
    return jsonify(id=found.id, name=found.display_name, city=found.city)


@app.get("/members/<int:member_id>/card")
def member_card(member_id: int):
    found = find_member(member_id)
    return {"title": found.display_name.upper(), "subtitle": found.city}
