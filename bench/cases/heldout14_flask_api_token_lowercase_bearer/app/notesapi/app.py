from __future__ import annotations

from flask import Flask, jsonify

from notesapi.auth import current_client

app = Flask(__name__)

NOTES: dict[int, list[dict[str, object]]] = {
    1: [{"id": 11, "title": "Standup", "body": "Ship the export"}],
    2: [{"id": 21, "title": "Groceries", "body": "Oat milk"}, {"id": 22, "title": "Ideas", "body": ""}],
}


@app.get("/api/notes")
def list_notes():
    client = current_client()
    return jsonify({"client": client.name, "notes": NOTES.get(client.account_id, [])})
