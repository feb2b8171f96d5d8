from __future__ import annotations

from flask import Flask, request

from shipbot.messages import announcement

app = Flask(__name__)

#: Lines posted to the team channel (production sends them to the chat; kept here).
CHANNEL: list[str] = []


@app.post("/github")
def github_webhook():
    if request.headers.get("X-GitHub-Event") != "pull_request":
        return "", 204
    line = announcement(request.get_json())
    if line is not None:
        CHANNEL.append(line)
    return "", 204
