from __future__ import annotations

import time

from flask import Flask, abort, jsonify, request

from docshare.signing import sign, verify

app = Flask(__name__)

DOCUMENTS = {7: "Quarterly report", 12: "Board minutes"}
LINK_LIFETIME = 7 * 24 * 3600


@app.post("/documents/<int:document_id>/share")
def share(document_id: int):
    """A link to the document that works for a week without signing in."""
    if document_id not in DOCUMENTS:
        abort(404)
    expires = int(time.time()) + LINK_LIFETIME
    return jsonify(
        {
            "url": f"/shared/{document_id}?expires={expires}&sig={sign(document_id, expires)}",
            "expires": expires,
            "sig": sign(document_id, expires),
        }
    )


@app.get("/shared/<int:document_id>")
def shared(document_id: int):
    expires = request.args.get("expires", type=int)
    sig = request.args.get("sig", "")
    if expires is None or expires < time.time() or not verify(document_id, expires, sig):
        abort(403)
    return jsonify({"title": DOCUMENTS[document_id]})
