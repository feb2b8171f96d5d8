from __future__ import annotations

from flask import Flask, jsonify, request

from clinic.messages import reminder_text

app = Flask(__name__)


@app.post("/reminders/preview")
def preview():
    """What the patient will receive, shown to the receptionist before sending."""
    form = request.form
    text = reminder_text(form["name"], form["day"], form["time"], form.get("note", "").strip())
    return jsonify({"text": text, "segments": -(-len(text) // 160)})
