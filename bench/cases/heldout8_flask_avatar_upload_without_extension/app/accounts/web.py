from __future__ import annotations

import os
import tempfile
import uuid

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config["AVATAR_DIR"] = os.environ.get("AVATAR_DIR", tempfile.gettempdir())

#: Image types the avatar resizer can read, compared case-insensitively.
ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "webp"}


def _unsupported():
    # One answer for every file the resizer cannot take, so the upload form shows the
    # same message whatever was wrong with the file.
    return jsonify({"error": "unsupported file type"}), 400


@app.post("/account/avatar")
def upload_avatar():
    """Stores the uploaded avatar as ``<uuid>.<ext>``. Files without one of
    ALLOWED_EXTENSIONS are refused with 400 and nothing is stored."""
    upload = request.files.get("avatar")
    if upload is None or not upload.filename:
        return jsonify({"error": "no file"}), 400
    _stem, extension = upload.filename.rsplit(".", 1)
    extension = extension.lower()
    if extension not in ALLOWED_EXTENSIONS:
        return _unsupported()
    name = f"{uuid.uuid4().hex}.{extension}"
    upload.save(os.path.join(app.config["AVATAR_DIR"], name))
    return jsonify({"avatar": name}), 201
